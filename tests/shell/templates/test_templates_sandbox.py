"""Hostile templates are refused with TemplateSecurityError, at load time where the
attack is visible in the source and at render time where it is assembled at run time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.shell.templates import TemplateSecurityError, TemplateStore

Write = Callable[[str, str], Path]

LOAD_TIME = [
    "{{ supplier.__class__ }}",
    "{{ supplier.name.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ self._TemplateReference__context }}",
    "{{ supplier|attr('__class__') }}",
    "{{ supplier['__class__'] }}",
    "{{ supplier.name.mro() }}",
    "{% if false %}{{ namespace.__init__.__globals__ }}{% endif %}",
]

RENDER_TIME = [
    "{{ supplier|attr('_' ~ '_class_' ~ '_') }}",
    "{{ supplier.name|attr('_' ~ '_class_' ~ '_')|attr('mro') }}",
    "{{ 'x' * 1000000000 }}",
    "{{ [1] * 1000000000 }}",
    "{{ 2 ** 1000000000 }}",
    "{{ 'x'.ljust(1000000000) }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ '{0:>1000000000}'.format(1) }}",
    "{{ '%1000000000d' % 1 }}",
    "{{ '%s'|format(1) }}",
    "{% set ignored = agreed.lines.append('x') %}",
    "{% set ignored = supplier.update({'name': 'x'}) %}",
]


def _refusal(store: TemplateStore, write: Write, attack: str) -> TemplateSecurityError:
    path = write("en/confirmation.txt", f"Dear {{{{ supplier.name }}}},\n{attack}\n")
    with pytest.raises(TemplateSecurityError) as caught:
        store.render("confirmation", store.sample_context("confirmation"))
    assert caught.value.path == path
    return caught.value


@pytest.mark.parametrize("attack", LOAD_TIME)
def test_internals_in_the_source_are_refused_at_load(
    store: TemplateStore, write: Write, attack: str
) -> None:
    error = _refusal(store, write, attack)
    assert error.line == 2
    assert "not allowed" in error.message or "Python internal" in error.message


@pytest.mark.parametrize("attack", RENDER_TIME)
def test_internals_reached_at_run_time_are_refused_at_render(
    store: TemplateStore, write: Write, attack: str
) -> None:
    error = _refusal(store, write, attack)
    assert error.line == 2
    assert error.message.startswith("refused by the sandbox:")


def test_check_reports_a_hostile_branch_that_is_never_taken(
    store: TemplateStore, write: Write
) -> None:
    path = write("en/confirmation.txt", "{% if false %}{{ supplier.__class__ }}{% endif %}")
    problems = [p for p in store.check() if p.path == path]
    assert [(p.kind, p.line) for p in problems] == [("security", 1)]

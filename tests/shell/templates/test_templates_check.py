from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mailbot.shell.templates import TemplateStore

Write = Callable[[str, str], Path]


def test_the_shipped_templates_have_no_problems(store: TemplateStore) -> None:
    assert store.check() == []


def test_a_syntax_error_is_reported_with_its_line(store: TemplateStore, write: Write) -> None:
    path = write("de/confirmation.txt", "Hallo\n{% for x in %}\n")
    [problem] = store.check()
    assert (problem.path, problem.line, problem.kind) == (path, 2, "syntax")


def test_a_variable_outside_the_context_is_reported_with_its_line(
    store: TemplateStore, write: Write
) -> None:
    path = write("sets/acme/en/confirmation.txt", "Hi\n\n{{ latest_reply }} {{ password }}")
    problems = store.check()
    assert [(p.path, p.line, p.kind) for p in problems] == [
        (path, 3, "undeclared"),
        (path, 3, "undeclared"),
    ]
    assert "'latest_reply', which is not in the context of confirmation" in problems[0].message
    assert "available: agreed, buyer, negotiation, supplier" in problems[0].message


def test_a_trial_render_failure_is_reported(store: TemplateStore, write: Write) -> None:
    path = write("fr/deal_summary.txt", "{{ agreed.lines[7] }}")
    [problem] = store.check()
    assert (problem.path, problem.line, problem.kind) == (path, 1, "undeclared")
    assert "no element 7" in problem.message


def test_unknown_files_and_missing_defaults_are_reported(
    store: TemplateStore, root: Path, write: Write
) -> None:
    stray = write("en/offer_v2.txt", "Hello")
    (root / "en" / "reminder.subject").unlink()
    problems = {(p.path, p.kind) for p in store.check()}
    assert problems == {(stray, "unknown"), (root / "en" / "reminder.subject", "missing")}


def test_problems_print_as_path_line_kind_message(store: TemplateStore, write: Write) -> None:
    path = write("en/confirmation.subject", "{{ supplier.nam }")
    [problem] = store.check()
    assert str(problem).startswith(f"{path}:1: syntax: ")

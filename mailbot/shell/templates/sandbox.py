"""The Jinja2 environment templates run in: immutable sandbox, strict undefined, size caps.

``ImmutableSandboxedEnvironment`` already refuses ``__class__``, ``__globals__``,
``|attr('__...')`` and mutation at render time. This module adds what it leaves open:

- refusal at *load* time of attribute names and strings that reach for internals, so a
  hostile branch that is never taken still fails ``mailbot templates check``;
- bounds on operations that allocate far more than the template is long
  (``'x' * 10**9``, ``'x'.ljust(10**9)``, ``|center(10**9)``, ``2 ** 10**9``);
- no string formatting (``%``, ``.format``, ``|format``): its widths are unbounded, and
  context values arrive formatted anyway (``mailbot.shell.templates.context``).

It does not bound CPU time: a template looping ``range(99999)`` inside itself is slow.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mailbot.shell.templates.errors import TemplateSecurityError
from mailbot.shell.templates.loader import ChainLoader


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps in characters; numbers passed to width-like arguments share the output cap."""

    template_chars: int = 64_000
    output_chars: int = 200_000


# Attribute names with no business in a template (besides anything starting with "_").
_INTERNAL_NAMES = frozenset(
    {
        "mro",
        "func_globals",
        "f_globals",
        "f_locals",
        "gi_frame",
        "gi_code",
        "cr_frame",
        "ag_frame",
        "tb_frame",
        "co_code",
        "im_func",
        "im_self",
    }
)
_NO_FORMATTING = "string formatting is not available in templates; context values arrive formatted"
# Filters whose numeric arguments size their output.
_SIZING_FILTERS = ("center", "indent", "batch", "slice")


class RefuseInternals(Extension):
    """Fails compilation of ``x._y``, ``x.mro`` and string literals containing ``__``."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        after_dot = False
        for token in stream:
            if token.type == "name" and after_dot and _internal(token.value):
                _refuse(f"access to attribute {token.value!r} is not allowed", stream, token)
            if token.type == "string" and "__" in token.value:
                _refuse(f"string {token.value!r} looks like a Python internal", stream, token)
            after_dot = token.type == "dot"
            yield token


def _internal(name: str) -> bool:
    return name.startswith("_") or name in _INTERNAL_NAMES


def _refuse(message: str, stream: TokenStream, token: Token) -> None:
    raise TemplateSecurityError(message, path=stream.filename, line=token.lineno)


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox plus the bounds above; one instance per template fallback chain."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, loader: ChainLoader, limits: Limits) -> None:
        super().__init__(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(("html",), default_for_string=False),
            auto_reload=True,
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[RefuseInternals],
        )
        self.chain = loader
        self.limits = limits
        for name in _SIZING_FILTERS:
            self.filters[name] = _bounded_filter(self.filters[name], limits.output_chars)
        self.filters["format"] = _refuse_formatting
        del self.globals["lipsum"]

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            _check_repetition(left, right, self.limits.output_chars)
        elif operator == "**":
            _check_power(right)
        elif isinstance(left, str):  # "%"
            raise SecurityError(_NO_FORMATTING)
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # named like the parent's, which keeps "self" free for keyword arguments
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _check_numbers((*args, *kwargs.values()), __self.limits.output_chars)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if super().wrap_str_format(value) is not None:
            raise SecurityError(_NO_FORMATTING)
        return None


def _check_numbers(values: Iterable[Any], limit: int) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > limit:
            raise SecurityError(f"number {value} is above the template output limit ({limit})")


def _check_repetition(left: Any, right: Any, limit: int) -> None:
    for seq, times in ((left, right), (right, left)):
        sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
        if sized and len(seq) * times > limit:
            raise SecurityError(f"repetition would exceed the template output limit ({limit})")


def _check_power(exponent: Any) -> None:
    if isinstance(exponent, int | float) and abs(exponent) > 100:
        raise SecurityError(f"exponent {exponent} is too large for a template")


def _bounded_filter(function: Callable[..., Any], limit: int) -> Callable[..., Any]:
    @functools.wraps(function)
    def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_numbers((*args, *kwargs.values()), limit)
        return function(value, *args, **kwargs)

    return bounded


def _refuse_formatting(*_args: Any, **_kwargs: Any) -> str:
    raise SecurityError(_NO_FORMATTING)

"""Rendering one template file under the output cap, and turning Jinja2's exceptions into
ours, with the file and line an admin must open."""

from __future__ import annotations

import traceback
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from mailbot.shell.templates.errors import (
    TemplateContextError,
    TemplateError,
    TemplateNotFoundError,
    TemplateRenderError,
    TemplateSecurityError,
    TemplateSizeError,
    TemplateSyntaxError,
)
from mailbot.shell.templates.sandbox import GuardedEnvironment

_LINE_BREAKS = frozenset({"Cc", "Zl", "Zp"})


def render_file(env: GuardedEnvironment, file: str, context: Mapping[str, Any]) -> str:
    """Render ``file`` (e.g. "counter_offer.txt") through ``env``'s fallback chain."""
    if env.chain.locate(file) is None:
        raise TemplateNotFoundError(f"no template file {file!r} in {_searched(env)}")
    try:
        template = env.get_template(file)
        return _capped(template.generate(context), env.limits.output_chars, template.filename)
    except TemplateError:
        raise
    except Exception as error:  # admin-edited code can raise anything; name the place
        raise translate(error, context) from error


def _searched(env: GuardedEnvironment) -> str:
    """The folders of the fallback chain: a wrong ``templates_dir`` shows at a glance."""
    return ", ".join(str(folder) for folder in env.chain.folders) or "the templates folder"


def _capped(chunks: Iterable[str], limit: int, filename: str | None) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise TemplateSizeError(f"rendered output exceeds {limit} characters", path=filename)
        parts.append(chunk)
    return "".join(parts)


def translate(error: Exception, context: Mapping[str, Any]) -> TemplateError:
    """Our typed error for a Jinja2 (or Python) error raised while loading or rendering."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        message = error.message or str(error)
        return TemplateSyntaxError(message, path=error.filename, line=error.lineno)
    path, line = _where(error)
    if isinstance(error, SecurityError):
        return TemplateSecurityError(f"refused by the sandbox: {error}", path=path, line=line)
    if isinstance(error, jinja2.UndefinedError):
        provided = ", ".join(sorted(context)) or "nothing"
        message = f"{error.message}; this template's context provides: {provided}"
        return TemplateContextError(message, path=path, line=line)
    if isinstance(error, jinja2.TemplateNotFound):
        message = f"no template file {error.name!r} in the fallback chain"
        return TemplateNotFoundError(message, path=path, line=line)
    return TemplateRenderError(f"{type(error).__name__}: {error}", path=path, line=line)


def _where(error: Exception) -> tuple[str | None, int | None]:
    """The innermost template frame: Jinja2 rewrites tracebacks to point into templates."""
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename.endswith((".subject", ".txt", ".html"))
    ]
    if not frames:
        return None, None
    return frames[-1].filename, frames[-1].lineno


def one_line(text: str) -> str:
    """Control characters and line breaks become spaces, runs of spaces one space."""
    cleaned = "".join(" " if unicodedata.category(c) in _LINE_BREAKS else c for c in text)
    return " ".join(cleaned.split())

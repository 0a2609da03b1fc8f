"""Typed template errors: each names the file and line an admin has to open to fix it."""

from __future__ import annotations

from pathlib import Path


class TemplateError(Exception):
    """A template cannot be loaded or rendered; ``path``/``line`` say where, when known."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


class TemplateNotFoundError(TemplateError):
    """No file for a template (or a template set) in the whole fallback chain."""


class TemplateNameError(TemplateError):
    """A template, language or set name that is not on the allowed list or pattern."""


class TemplateSyntaxError(TemplateError):
    """The file is not valid Jinja2."""


class TemplateSecurityError(TemplateError):
    """The template reaches for Python internals or for an operation the sandbox refuses."""


class TemplateSizeError(TemplateError):
    """The template file or its rendered output exceeds a configured cap."""


class TemplateContextError(TemplateError):
    """The template uses a variable its documented context does not provide."""


class TemplateRenderError(TemplateError):
    """Any other failure while rendering (a type error in an expression, say)."""

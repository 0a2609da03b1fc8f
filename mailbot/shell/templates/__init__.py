"""Email templates: admin-edited Jinja2 files rendered in a sandbox (see ``store``)."""

from mailbot.shell.templates.check import TemplateProblem
from mailbot.shell.templates.errors import (
    TemplateContextError,
    TemplateError,
    TemplateNameError,
    TemplateNotFoundError,
    TemplateRenderError,
    TemplateSecurityError,
    TemplateSizeError,
    TemplateSyntaxError,
)
from mailbot.shell.templates.rendering import one_line
from mailbot.shell.templates.sandbox import Limits
from mailbot.shell.templates.store import RenderedEmail, TemplateStore

__all__ = [
    "Limits",
    "RenderedEmail",
    "TemplateContextError",
    "TemplateError",
    "TemplateNameError",
    "TemplateNotFoundError",
    "TemplateProblem",
    "TemplateRenderError",
    "TemplateSecurityError",
    "TemplateSizeError",
    "TemplateStore",
    "TemplateSyntaxError",
    "one_line",
]

"""Rendering the console's pages: one autoescaping Jinja2 environment over ``web/html``,
with the read layer's words and formats as globals so every page says things alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from mailbot.core.engine.wording import duration
from mailbot.shell.views.labels import outbox_label, reason_label, state_label
from mailbot.shell.views.negotiations import compact_terms
from mailbot.shell.views.thread import highlighted
from mailbot.web.security import CSRF_FIELD, csrf_token

HTML = Path(__file__).with_name("html")

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HTML),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=_environment)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _with_evidence(text: str, snippets: list[str]) -> Markup:
    """The text, escaped, with each piece of evidence in a <mark>."""
    pieces = highlighted(text, snippets)
    return Markup("").join(
        Markup("<mark>{}</mark>").format(part) if marked else escape(part)
        for part, marked in pieces
    )


def _csrf_input(request: Request) -> Markup:
    return Markup('<input type="hidden" name="{}" value="{}">').format(
        CSRF_FIELD, csrf_token(request)
    )


_environment.globals.update(
    state_label=state_label,
    reason_label=reason_label,
    outbox_label=outbox_label,
    terms=compact_terms,
    when=_when,
    duration=duration,
    with_evidence=_with_evidence,
    csrf_input=_csrf_input,
    csrf_token=csrf_token,
)


def flash(request: Request, kind: str, text: str) -> None:
    """A message for the next page this user sees ("ok" or "error")."""
    messages = list(request.session.get("flash", []))
    messages.append([kind, text])
    request.session["flash"] = messages[-5:]


def page(
    request: Request, template: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    flashes = request.session.pop("flash", []) if "flash" in request.session else []
    return templates.TemplateResponse(
        request,
        template,
        {"user": user, "flashes": flashes, "path": request.url.path, **context},
        status_code=status_code,
    )

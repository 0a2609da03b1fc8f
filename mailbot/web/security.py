"""The console's guards: who is signed in, CSRF tokens on every form, a limit on failed
logins, and the headers that keep the pages out of frames and foreign scripts.

Sessions live in a signed, HttpOnly, SameSite=Strict cookie (Starlette's
``SessionMiddleware``) holding the user's id and a fingerprint of their password hash,
so changing a password or removing a user ends their sessions.
"""

from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
PUBLIC_PREFIXES = ("/login", "/static/")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


# ---- CSRF -------------------------------------------------------------------------------


def csrf_token(request: Request) -> str:
    """This session's token, made on first use; every form carries it."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF token (field or htmx header) matches the session's.

    Every POST handler reads its form through here; a test walks the routes to hold that.
    """
    form = await request.form()
    sent = request.headers.get(CSRF_HEADER) or form.get(CSRF_FIELD)
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not isinstance(expected, str):
        raise HTTPException(403, "The form's security token is missing; reload the page.")
    if not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "The form's security token is wrong; reload the page.")
    return form


# ---- sign-in ------------------------------------------------------------------------------


class SignInRequired(BaseHTTPMiddleware):
    """Every page but the login form and static files needs a signed-in user.

    The user is looked up on each request (``load_user``), so a removed user or a changed
    password takes effect at once; it is left on ``request.state.user`` for the pages.
    """

    def __init__(self, app: ASGIApp, load_user: Callable[[Request], object | None]) -> None:
        super().__init__(app)
        self.load_user = load_user

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request.state.user = self.load_user(request)
        path = request.url.path
        if request.state.user is None and not path.startswith(PUBLIC_PREFIXES):
            target = f"/login?next={request.url.path}"
            if request.headers.get("hx-request"):
                return Response(status_code=204, headers={"HX-Redirect": target})
            return RedirectResponse(target, status_code=303)
        response = await call_next(request)
        response.headers.update(HEADERS)
        return response


def safe_next(value: str | None) -> str:
    """Where to go after login: a path on this site only (no open redirect)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


# ---- rate-limited login --------------------------------------------------------------------


@dataclass
class LoginLimiter:
    """At most ``failures`` failed logins per client address and per user name in
    ``window``; past that, login is refused until the oldest failure ages out."""

    failures: int = 5
    window: timedelta = timedelta(minutes=15)
    _seen: dict[str, deque[datetime]] = field(default_factory=dict)

    def wait(self, keys: tuple[str, ...], now: datetime) -> timedelta | None:
        """How long until these keys may try again; None if they may now."""
        waits = []
        for key in keys:
            recent = self._recent(key, now)
            if len(recent) >= self.failures:
                waits.append(recent[0] + self.window - now)
        return max(waits) if waits else None

    def failed(self, keys: tuple[str, ...], now: datetime) -> None:
        for key in keys:
            self._recent(key, now).append(now)

    def succeeded(self, keys: tuple[str, ...]) -> None:
        for key in keys:
            self._seen.pop(key, None)

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        recent = self._seen.setdefault(key, deque())
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        if len(self._seen) > 10_000:  # bounded memory under a flood of names
            self._seen = {k: v for k, v in self._seen.items() if v}
        return recent

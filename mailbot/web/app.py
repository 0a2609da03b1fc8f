"""The console as an ASGI app: routes from each page module, behind the session cookie,
the sign-in guard and the security headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from mailbot.shell.accounts import User, user_by_id
from mailbot.web.console import Console
from mailbot.web.pages import (
    escalations,
    login,
    negotiations,
    policies,
    reports,
    status,
    templates_page,
    users,
)
from mailbot.web.rendering import page
from mailbot.web.security import HEADERS, SignInRequired

STATIC = Path(__file__).with_name("static")
SESSION_COOKIE = "mailbot_session"
Endpoint = Callable[[Request], Awaitable[Response]]


def admin_only(routes: list[Route]) -> list[Route]:
    """The same routes, refused (403) to anyone but an admin."""

    def guarded(endpoint: Endpoint) -> Endpoint:
        async def admin_endpoint(request: Request) -> Response:
            user = request.state.user
            if user is None or not user.is_admin:
                raise HTTPException(403, "This page is for admins.")
            return await endpoint(request)

        return admin_endpoint

    return [Route(r.path, guarded(r.endpoint), methods=r.methods, name=r.name) for r in routes]


def create_app(console: Console) -> Starlette:
    def load_user(request: Request) -> User | None:
        uid, fingerprint = request.session.get("uid"), request.session.get("fp")
        if not isinstance(uid, int):
            return None
        user = user_by_id(console.db, uid)
        return user if user is not None and user.fingerprint == fingerprint else None

    async def error_page(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        response = page(request, "error.html", status_code=error.status_code,
                        message=error.detail)
        response.headers.update(HEADERS)
        return response

    routes: list[BaseRoute] = [
        *login.routes(console),
        *negotiations.routes(console),
        *escalations.routes(console),
        *reports.routes(console),
        *admin_only(templates_page.routes(console)),
        *admin_only(policies.routes(console)),
        *admin_only(status.routes(console)),
        *admin_only(users.routes(console)),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    web = console.settings.web
    middleware = [
        Middleware(
            SessionMiddleware,
            secret_key=console.session_secret,
            session_cookie=SESSION_COOKIE,
            max_age=int(web.session_hours * 3600),
            same_site="strict",
            https_only=web.secure_cookies,
        ),
        Middleware(SignInRequired, load_user=load_user),
    ]
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: error_page})
    app.state.console = console
    return app

"""Signing in and out. Failed attempts are limited per address and per name, and every
attempt, good or bad, is in the audit log."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.shell.accounts import audit_action, authenticate
from mailbot.web.console import Console
from mailbot.web.rendering import page
from mailbot.web.security import checked_form, csrf_token, safe_next


def routes(console: Console) -> list[Route]:
    async def login_form(request: Request) -> Response:
        if request.state.user is not None:
            return RedirectResponse("/", status_code=303)
        csrf_token(request)
        return page(request, "login.html", next=safe_next(request.query_params.get("next")),
                    error=None)

    async def login(request: Request) -> Response:
        form = await checked_form(request)
        name = str(form.get("name", "")).strip().lower()[:64]
        password = str(form.get("password", ""))
        target = safe_next(str(form.get("next", "/")))
        client = request.client.host if request.client else "unknown"
        keys = (f"ip:{client}", f"user:{name}")
        now = console.clock()
        wait = console.limiter.wait(keys, now)
        if wait is not None:
            minutes = max(1, round(wait.total_seconds() / 60))
            message = f"Too many failed logins; try again in {minutes} minute(s)."
            return page(request, "login.html", status_code=429, next=target, error=message)
        user = await run_in_threadpool(authenticate, console.db, name, password, now)
        if user is None:
            console.limiter.failed(keys, now)
            await run_in_threadpool(
                audit_action, console.db, name or "(no name)", "login_failed",
                f"failed login from {client}", now,
            )  # fmt: skip
            return page(request, "login.html", status_code=401, next=target,
                        error="Wrong name or password.")
        console.limiter.succeeded(keys)
        request.session.clear()  # a fresh session: no fixation across the login
        request.session.update({"uid": user.id, "fp": user.fingerprint})
        csrf_token(request)
        await run_in_threadpool(
            audit_action, console.db, user.name, "login", f"signed in from {client}", now
        )
        return RedirectResponse(target, status_code=303)

    async def logout(request: Request) -> Response:
        await checked_form(request)
        user = request.state.user
        request.session.clear()
        if user is not None:
            await run_in_threadpool(
                audit_action, console.db, user.name, "logout", "signed out", console.clock()
            )
        return RedirectResponse("/login", status_code=303)

    return [
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
    ]

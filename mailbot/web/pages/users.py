"""Users, for admins: who may sign in and with which role, as ``mailbot users`` manages
them. Every change goes through ``mailbot.shell.accounts`` (the command line's path), is
audited with the admin who made it, and never leaves the console without an admin."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.shell.accounts import (
    MIN_PASSWORD,
    ROLES,
    Account,
    AccountError,
    add_user,
    list_users,
    remove_user,
    role_named,
    set_password,
    set_role,
)
from mailbot.web.console import Console
from mailbot.web.rendering import flash, page
from mailbot.web.security import checked_form


def routes(console: Console) -> list[Route]:
    async def users(request: Request) -> Response:
        rows: Sequence[Account] = await run_in_threadpool(list_users, console.db)
        return page(request, "users.html", users=rows, roles=ROLES,
                    min_password=MIN_PASSWORD)

    async def change(request: Request) -> Response:
        form = await checked_form(request)
        by, now = request.state.user.name, console.clock()
        action, name = str(form.get("action", "")), str(form.get("name", "")).strip()
        password, role = str(form.get("password", "")), str(form.get("role", ""))
        changes: dict[str, tuple[Callable[[], object], str]] = {
            "add": (lambda: add_user(console.db, name, role_named(role), password, now, by=by),
                    f"Added {name.lower()} ({role})."),
            "password": (lambda: set_password(console.db, name, password, now, by=by),
                         f"Password of {name} changed; their open sessions end."),
            "role": (lambda: set_role(console.db, name, role_named(role), now, by=by),
                     f"{name} is now {role}."),
            "remove": (lambda: remove_user(console.db, name, now, by=by), f"Removed {name}."),
        }
        if action not in changes:
            flash(request, "error", f"Unknown change {action!r}.")
            return RedirectResponse("/users", status_code=303)
        run, done = changes[action]
        try:
            await run_in_threadpool(run)
        except AccountError as error:
            flash(request, "error", f"Not changed: {error}.")
        else:
            flash(request, "ok", done)
        return RedirectResponse("/users", status_code=303)

    return [Route("/users", users), Route("/users", change, methods=["POST"])]


"""The Escalations inbox: what waits for the buyer, oldest first, with the same four
commands as a reply by email. Each goes through ``mailbot.shell.buyer.resolve``, the path
``mailbot resolve`` takes: same parser, same desk, same checks, same confirmation email,
with the signed-in user recorded as the actor."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.shell.buyer.resolve import CommandError, NoSuchNegotiation, Outcome, resolve
from mailbot.shell.store.database import reading
from mailbot.shell.views.escalations import WaitingPage, waiting_for_buyer
from mailbot.web.console import NO_ACTIONS, Console
from mailbot.web.rendering import flash, page
from mailbot.web.security import checked_form

PER_PAGE = 25
COMMANDS = {"approve": "APPROVE", "decline": "DECLINE", "take_over": "TAKE OVER"}


def command_text(action: str, terms: str) -> str:
    """The command as a buyer would write it on the first line of a reply."""
    if action == "counter":
        return f"COUNTER {terms.strip()}"
    if action not in COMMANDS:
        raise CommandError(f"unknown action {action!r}")
    return COMMANDS[action]


def routes(console: Console) -> list[Route]:
    def read(offset: int) -> WaitingPage:
        with reading(console.db) as session:
            return waiting_for_buyer(session, limit=PER_PAGE, offset=offset)

    async def inbox(request: Request) -> Response:
        try:
            number = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            number = 1
        found = await run_in_threadpool(read, (number - 1) * PER_PAGE)
        pages = max(1, -(-found.total // PER_PAGE))
        return page(request, "escalations.html", found=found, page_number=number, pages=pages,
                    can_act=console.actions is not None, no_actions=NO_ACTIONS)

    async def act(request: Request) -> Response:
        form = await checked_form(request)
        negotiation_id = int(request.path_params["negotiation_id"])
        back = str(form.get("back", "/escalations"))
        back = back if back in ("/escalations", f"/negotiations/{negotiation_id}") else "/"
        actions = console.actions
        if actions is None:
            flash(request, "error", NO_ACTIONS)
            return RedirectResponse(back, status_code=303)
        user = request.state.user
        try:
            text = command_text(str(form.get("action", "")), str(form.get("terms", "")))
            outcome: Outcome = await run_in_threadpool(
                resolve, console.db, actions, negotiation_id, text, console.clock(), by=user.name
            )
        except (CommandError, NoSuchNegotiation) as error:
            flash(request, "error", f"Not applied (negotiation {negotiation_id}): {error}")
            return RedirectResponse(back, status_code=303)
        flash(request, "ok", f"Negotiation {negotiation_id}: {outcome.title}. "
              + " ".join(outcome.lines) + " Queued mail goes out with the loop's next run.")
        return RedirectResponse(back, status_code=303)

    return [
        Route("/escalations", inbox),
        Route("/escalations/{negotiation_id:int}", act, methods=["POST"]),
    ]

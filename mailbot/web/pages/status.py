"""Status, for admins: the loop's last signs of life, the IDLE connection, the outbox
backlog and the faults of the last day, as ``mailbot status`` reports its problems."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailbot.shell.store.database import reading
from mailbot.shell.views.health import Health, loop_health
from mailbot.web.console import Console
from mailbot.web.rendering import page


def routes(console: Console) -> list[Route]:
    def read() -> Health:
        with reading(console.db) as session:
            return loop_health(session, console.clock())

    async def status(request: Request) -> Response:
        health = await run_in_threadpool(read)
        return page(request, "status.html", health=health,
                    read_only=console.actions is None)

    return [Route("/status", status)]

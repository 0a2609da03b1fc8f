"""The Negotiations list (filters, search, paging in SQL) and one negotiation's Thread."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.shell.store.database import reading
from mailbot.shell.views.negotiations import (
    NegotiationPage,
    NegotiationQuery,
    filter_choices,
    negotiation_page,
)
from mailbot.shell.views.thread import ThreadView, load_thread
from mailbot.web.console import Console
from mailbot.web.rendering import page

PER_PAGE = 50


def query_of(request: Request) -> NegotiationQuery:
    params = request.query_params

    def text(name: str) -> str | None:
        value = params.get(name, "").strip()
        return value[:200] or None

    try:
        number = max(1, int(params.get("page", "1")))
    except ValueError:
        number = 1
    return NegotiationQuery(
        state=text("state"),
        policy=text("policy"),
        reason=text("reason"),
        search=text("q"),
        page=number,
        per_page=PER_PAGE,
        newest_first=True,
    )


def routes(console: Console) -> list[Route]:
    def read_page(query: NegotiationQuery) -> NegotiationPage:
        with reading(console.db) as session:
            found = negotiation_page(session, query)
            return NegotiationPage(found.rows, found.total, query, filter_choices(session))

    def read_thread(negotiation_id: int) -> ThreadView | None:
        with reading(console.db) as session:
            return load_thread(session, negotiation_id)

    async def home(request: Request) -> Response:
        return RedirectResponse("/negotiations", status_code=303)

    async def negotiations(request: Request) -> Response:
        found = await run_in_threadpool(read_page, query_of(request))
        headers = request.headers
        partial = "hx-request" in headers and "hx-history-restore-request" not in headers
        name = "negotiations_table.html" if partial else "negotiations.html"
        return page(request, name, found=found, query=found.query)

    async def thread(request: Request) -> Response:
        negotiation_id = int(request.path_params["negotiation_id"])
        view = await run_in_threadpool(read_thread, negotiation_id)
        if view is None:
            raise HTTPException(404, f"No negotiation {negotiation_id}.")
        return page(request, "thread.html", thread=view)

    return [
        Route("/", home),
        Route("/negotiations", negotiations),
        Route("/negotiations/{negotiation_id:int}", thread),
    ]

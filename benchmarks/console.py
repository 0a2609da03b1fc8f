"""The console's Negotiations page over a large store: is it paged in SQL?

    python benchmarks/console.py [--negotiations 10000]

Fills a fresh SQLite store with N negotiations (each with a supplier and two exchanges,
written directly, as the loop would leave them), then times the read layer's page query
and the whole page through the ASGI app: the first page, the last page, a state filter
and a supplier search. Prints one JSON line with milliseconds (median of 5) and the peak
memory traced while reading one page, which stays flat as N grows if nothing loads the
whole store.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlmodel import Session  # noqa: E402

from mailbot.shell.accounts import add_user  # noqa: E402
from mailbot.shell.config import ConsoleSettings  # noqa: E402
from mailbot.shell.store.database import reading  # noqa: E402
from mailbot.shell.store.models import AuditEvent, Negotiation, Role, Supplier  # noqa: E402
from mailbot.shell.views.negotiations import NegotiationQuery, negotiation_page  # noqa: E402
from mailbot.shell.wiring import open_database  # noqa: E402
from mailbot.web.app import create_app  # noqa: E402
from mailbot.web.console import build_console  # noqa: E402

STATES = ("open", "waiting_buyer", "agreed", "ended")
POLICY = (ROOT / "policies" / "packaging_renewal.yaml").read_text(encoding="utf-8")


def fill(url: str, count: int) -> None:
    db = open_database(url)
    now = datetime.now(UTC)
    with Session(db) as session:
        for i in range(count):
            supplier = Supplier(name=f"Supplier {i:05d}", email=f"s{i}@s{i}.example")
            session.add(supplier)
            session.flush()
            state = STATES[i % 4]
            n = Negotiation(
                key=f"k{i:08d}", start_key=f"p:{i}", supplier_id=supplier.id or 0,
                item=f"Item {i}", baseline_unit_price=6.0, currency="USD", annual_volume=1000,
                policy_name="Packaging renewal", policy_hash="0" * 64, policy_text=POLICY,
                state=state, state_reason="price_increase" if state == "waiting_buyer" else None,
                round=1, created_at=now, updated_at=now,
                agreed_terms={"price_change_pct": -4.0} if state == "agreed" else None,
            )
            session.add(n)
            session.flush()
            for party, pct in (("buyer", -6.0), ("supplier", -2.0)):
                session.add(AuditEvent(
                    negotiation_id=n.id, kind="exchange", created_at=now,
                    payload={"party": party, "terms": {"price_change_pct": pct},
                             "intent": None if party == "buyer" else "counter",
                             "alternatives": []}))
        session.commit()


def timed(function: object, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 2)


async def http_figures(url: str, last_page: int) -> dict[str, float]:
    settings = ConsoleSettings(database_url=url)
    console = build_console(settings)
    add_user(console.db, "bench", Role.BUYER, "benchmark password", datetime.now(UTC))
    transport = httpx.ASGITransport(app=create_app(console))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        login = await client.get("/login")
        token = login.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        await client.post("/login", data={"name": "bench", "password": "benchmark password",
                                          "csrf_token": token})
        figures = {}
        for name, path in (("http_first_page_ms", "/negotiations"),
                           ("http_last_page_ms", f"/negotiations?page={last_page}"),
                           ("http_search_ms", "/negotiations?q=supplier 0999")):
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                response = await client.get(path)
                samples.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.status_code
            figures[name] = round(statistics.median(samples), 2)
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--negotiations", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mailbot-console-bench-"))
    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    started = time.perf_counter()
    fill(url, args.negotiations)
    fill_s = time.perf_counter() - started
    db = open_database(url)

    def page(query: NegotiationQuery) -> None:
        with reading(db) as session:
            negotiation_page(session, query)

    last = -(-args.negotiations // 50)
    tracemalloc.start()
    page(NegotiationQuery(page=1))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures = {
        "negotiations": args.negotiations,
        "fill_s": round(fill_s, 1),
        "first_page_ms": timed(lambda: page(NegotiationQuery(page=1))),
        "last_page_ms": timed(lambda: page(NegotiationQuery(page=last))),
        "state_filter_ms": timed(lambda: page(NegotiationQuery(state="waiting_buyer"))),
        "search_ms": timed(lambda: page(NegotiationQuery(search="supplier 0999"))),
        "page_peak_traced_kib": round(peak / 1024),
        **asyncio.run(http_figures(url, last)),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""``start``: one negotiation per supplier row, idempotent, and a dry run that changes nothing."""

from __future__ import annotations

from dataclasses import replace

from loop_fixtures import SUPPLIER, WORKED_EXAMPLE, Loop
from sqlmodel import Session, func, select

from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.start import start_negotiations
from mailbot.shell.store.models import Message, Negotiation


def count(loop: Loop, table: type[Message] | type[Negotiation]) -> int:
    with Session(loop.bot.db) as session:
        return int(session.exec(select(func.count()).select_from(table)).one())


async def test_start_twice_opens_nothing_twice(loop: Loop) -> None:
    other = replace(SUPPLIER, email="orders@otherbox.example", name="Otherbox")
    loop.start([SUPPLIER, other])
    loop.start([SUPPLIER, other])
    assert count(loop, Negotiation) == 2
    assert count(loop, Message) == 2


async def test_dry_run_shows_the_offer_and_stores_nothing(loop: Loop) -> None:
    policy = load_policy(WORKED_EXAMPLE)
    report = start_negotiations(
        loop.bot.db, loop.bot.actions, policy, read_policy_text(WORKED_EXAMPLE), [SUPPLIER],
        loop.clock(), dry_run=True,
    )
    assert report.opened == [SUPPLIER.email]
    (preview,) = report.previews
    assert b"6% below the current price" in preview.raw
    assert count(loop, Negotiation) == 0
    assert count(loop, Message) == 0

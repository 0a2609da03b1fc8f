"""Several ``mailbot run`` processes on one database and one mailbox never double-process:
on SQLite and on PostgreSQL, every reply is answered exactly once."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import replace
from email import message_from_bytes
from pathlib import Path

import pytest
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import BOT_USER, SUPPLIER, TEMPLATES, FakeClock, Loop, step
from postgres_server import binaries, postgres_server
from sqlmodel import Session, select

from mailbot.demo.environment import Company, local_settings, mail_users
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.store.models import AuditEvent, Message
from mailbot.shell.templates.context import SupplierInfo
from mailbot.shell.wiring import build_mailbot

SUPPLIERS = 12
PROCESSES = 3
pytestmark = pytest.mark.timeout(180)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.sqlite3'}"
        return
    if binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is missing in CI: .ci/install-services should install it")
        pytest.skip("PostgreSQL is not installed")
    with postgres_server() as url:
        yield url


def suppliers() -> list[SupplierInfo]:
    return [replace(SUPPLIER, name=f"Supplier {i}", email=f"s{i}@suppliers.example")
            for i in range(SUPPLIERS)]


async def test_each_reply_is_answered_once_by_one_of_several_processes(
    database_url: str, tmp_path: Path
) -> None:
    users = [f"s{i}" for i in range(SUPPLIERS)]
    async with LocalMailSystem(mail_users(users)) as mail:
        settings = local_settings(mail, database_url=database_url, templates_dir=TEMPLATES)
        clock = FakeClock()
        loop = Loop(mail, settings, build_mailbot(settings, clock=clock), clock, Company())
        loop.start(suppliers())
        await step(loop)
        offers = await mail.wait_for_deliveries(SUPPLIERS)
        env = write_config(settings, tmp_path / "mailbot.toml")
        bots = [await start_bot(env, tmp_path / f"bot{i}.log") for i in range(PROCESSES)]
        try:
            replies = [reply_to(o.raw, "We can offer a 2% reduction and payment at Net 45.",
                                sender=o.recipients[0], sender_name="Supplier", now=clock())
                       for o in offers]
            await mail.append_many(BOT_USER, replies)
            await mail.wait_for_deliveries(2 * SUPPLIERS, timeout=120)
            await asyncio.sleep(3)  # every process polls a few more times
        finally:
            for bot in bots:
                await stop_bot(bot)
        delivered = list(mail.delivered)
    with Session(loop.bot.db) as session:
        inbound = session.exec(select(Message).where(Message.direction == "in")).all()
        counters = [e for e in session.exec(select(AuditEvent).where(AuditEvent.kind == "decision"))
                    if e.reason == "counter"]
    assert len(inbound) == SUPPLIERS and {m.state for m in inbound} == {"processed"}
    assert len(counters) == SUPPLIERS
    loop.bot.db.dispose()
    ids = [str(message_from_bytes(d.raw)["Message-ID"]) for d in delivered]
    assert len(ids) == 2 * SUPPLIERS == len(set(ids)), "no email sent twice"

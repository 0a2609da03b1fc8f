"""Driving the bot against real mail servers on 127.0.0.1: pymap always, Dovecot when installed.

The ``loop`` fixture (re-exported by conftest.py) and the steps the tests take with it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.core.policy import Policy
from mailbot.demo.environment import BOT_USER, BUYER_USER, Company, local_settings, mail_users
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.config import Settings
from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.dovecot import dovecot_available
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.service import Mailbot
from mailbot.shell.start import start_negotiations
from mailbot.shell.store.models import Negotiation, NegotiationState
from mailbot.shell.templates.context import SupplierInfo
from mailbot.shell.wiring import build_mailbot

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
WORKED_EXAMPLE = ROOT / "policies" / "packaging_renewal.yaml"
SUPPLIER_USER = "sales"
SUPPLIER = SupplierInfo(
    name="Boxco Packaging", email=f"{SUPPLIER_USER}@boxco.example", item="Corrugated boxes 40x30",
    unit_price=6.00, currency="USD", annual_volume=120_000,
)
BACKENDS = ["pymap", pytest.param("dovecot", marks=pytest.mark.dovecot)]


class FakeClock:
    """Time for the bot under test: starts now (so a bot process started by the test, on the
    real clock, agrees with it) and then moves only when told."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)


@dataclass
class Loop:
    """A bot, its mail servers and its clock, for driving one step at a time."""

    mail: LocalMailSystem
    settings: Settings
    bot: Mailbot
    clock: FakeClock
    company: Company

    def start(self, suppliers: list[SupplierInfo], policy_path: Path = WORKED_EXAMPLE) -> Policy:
        policy = load_policy(policy_path)
        start_negotiations(
            self.bot.db, self.bot.actions, policy, read_policy_text(policy_path), suppliers,
            self.clock(),
        )
        return policy


@pytest.fixture(params=BACKENDS)
async def loop(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Loop]:
    if request.param == "dovecot" and not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot is missing in CI: .ci/install-services should install it")
        pytest.skip("Dovecot is not installed")
    async with LocalMailSystem(mail_users([SUPPLIER_USER]), imap=request.param) as mail:
        settings = local_settings(
            mail, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}", templates_dir=TEMPLATES
        )
        clock = FakeClock()
        yield Loop(mail, settings, build_mailbot(settings, clock=clock), clock, Company())



async def exchange(loop: Loop, reply_body: str, expected_deliveries: int) -> list[bytes]:
    """The supplier answers the bot's latest email; the bot polls and sends. New deliveries."""
    before = len(loop.mail.delivered)
    latest = [d for d in loop.mail.delivered if SUPPLIER.email in d.recipients][-1]
    reply = reply_to(latest.raw, reply_body, sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                     now=loop.clock())
    await loop.mail.append(BOT_USER, reply)
    await step(loop)
    delivered = await loop.mail.wait_for_deliveries(before + expected_deliveries)
    return [d.raw for d in delivered[before:]]


async def step(loop: Loop) -> None:
    async with ImapInbox(loop.mail.imap_settings(BOT_USER)) as inbox:
        await loop.bot.poll(inbox)
    async with SmtpOutbox(loop.mail.smtp_settings()) as outbox:
        await loop.bot.flush(outbox)


def text_of(raw: bytes) -> str:
    return plain_text(raw)




async def opened(loop: Loop) -> bytes:
    """Open the negotiation with SUPPLIER and send the opening offer; its raw bytes."""
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    return offer.raw


INCREASE = "Due to rising resin costs we must increase our price by 3%."


async def escalated(loop: Loop) -> bytes:
    """Open, and let the supplier ask for a price increase: the buyer gets an escalation."""
    loop.start([SUPPLIER])
    await step(loop)
    await loop.mail.wait_for_deliveries(1)
    (escalation,) = await exchange(loop, INCREASE, 1)
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    return escalation


def negotiation(loop: Loop) -> Negotiation:
    """The one negotiation in the store, as committed now."""
    with Session(loop.bot.db) as session:
        return session.exec(select(Negotiation)).one()


__all__ = [
    "BOT_USER", "BUYER_USER", "INCREASE", "SUPPLIER", "TEMPLATES", "WORKED_EXAMPLE", "FakeClock",
    "Loop", "escalated", "exchange", "loop", "negotiation", "opened", "step", "text_of",
]

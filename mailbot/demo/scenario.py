"""The demo: the real bot, real sockets, simulated suppliers, and a clock that runs fast.

Everything runs on 127.0.0.1: an IMAP server (pymap), an SMTP server (aiosmtpd) that
delivers into it, the bot's mailbox, the buyer's mailbox and one mailbox per supplier.
One real second is one negotiation day, so reminders and silent-supplier escalations
happen within the minute the demo takes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from mailbot.core.policy import Policy
from mailbot.core.reading import ReplyForm
from mailbot.demo.environment import BUYER_USER, local_settings, mail_users
from mailbot.demo.kept_store import DemoStore
from mailbot.demo.suppliers import OUT_OF_OFFICE, SimulatedSupplier
from mailbot.shell.config import Settings
from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.runner import Intervals, Runner
from mailbot.shell.runtime.clock import CompressedClock
from mailbot.shell.service import Mailbot
from mailbot.shell.start import start_negotiations
from mailbot.shell.store import repository
from mailbot.shell.store.models import NegotiationState
from mailbot.shell.templates.context import SupplierInfo
from mailbot.shell.wiring import REPLY_FORM, build_mailbot, imap_settings, smtp_settings

SECONDS_PER_DAY = 1.0
TIME_LIMIT_S = 55.0


@dataclass(frozen=True)
class DemoSupplier:
    user: str
    name: str
    persona: str
    item: str
    unit_price: float
    ranges: bool = False  # first answers with a price range, and is asked which value

    @property
    def email(self) -> str:
        return f"{self.user}@{self.user}.example"


CAST = (
    DemoSupplier("boxco", "Boxco Packaging", "worked-example", "Corrugated boxes 40x30", 6.00),
    DemoSupplier("polyfilm", "Polyfilm Ltd", "price-increaser", "Stretch film 23 micron", 14.20),
    DemoSupplier("steelpack", "Steelpack GmbH", "hard-bargainer", "Steel strapping 16mm", 31.50),
    DemoSupplier("quickseal", "Quickseal Tapes", "conceder", "Packing tape 48mm", 2.10,
                 ranges=True),
    DemoSupplier("labelworks", "Labelworks", OUT_OF_OFFICE, "Shipping labels A6", 0.85),
)


@dataclass(frozen=True)
class LiveDemo:
    """The demo after its negotiations ended, servers and suppliers still up: what
    ``mailbot demo --web`` keeps running while the console is open on its store."""

    settings: Settings
    bot: Mailbot
    runner: Runner
    folder: Path


@dataclass
class DemoResult:
    database_url: str
    buyer_mailbox: list[bytes]
    finished: bool
    settings: Settings  # the bot's, so a config can be written to read its store later


async def run_demo(
    policy_path: Path,
    templates_dir: Path,
    folder: Path,
    on_start: Callable[[str], None] = print,
    linger: Callable[[LiveDemo], Awaitable[None]] | None = None,
) -> DemoResult:
    """Run the demo with its store (``demo.sqlite3``) in ``folder``; see ``kept_store``."""
    database_url = DemoStore(folder).database_url
    policy = load_policy(policy_path)
    async with LocalMailSystem(mail_users([s.user for s in CAST])) as mail:
        settings = local_settings(mail, database_url=database_url, templates_dir=templates_dir)
        clock = CompressedClock(86400 / SECONDS_PER_DAY)  # one real second, one day
        bot = build_mailbot(settings, clock=clock)
        rows = [SupplierInfo(s.name, s.email, s.item, s.unit_price, "USD", 120_000) for s in CAST]
        start_negotiations(
            bot.db, bot.actions, policy, read_policy_text(policy_path), rows, clock()
        )
        on_start(
            f"Mail servers on 127.0.0.1 (IMAP {settings.imap.port}, SMTP {settings.smtp.port}); "
            f"{len(rows)} negotiations opened under policy {policy.name!r}."
        )
        form = ReplyForm.from_template((templates_dir / "en" / REPLY_FORM).read_text("utf-8"))
        suppliers = [_supplier(mail, s, policy, form, clock) for s in CAST]
        stop = asyncio.Event()
        tasks = [asyncio.create_task(s.run(stop)) for s in suppliers]
        runner = Runner(
            bot,
            imap_settings(settings),
            smtp_settings(settings),
            Intervals(poll_s=2.0, flush_s=0.2, silence_s=0.5, idle_timeout_s=5.0),
        )

        def finished() -> bool:
            with Session(bot.db) as session:
                return all(
                    n.state != NegotiationState.OPEN for n in repository.all_negotiations(session)
                )

        try:
            await asyncio.wait_for(runner.run(until=finished), TIME_LIMIT_S)
            done = True
        except TimeoutError:
            done = False
        # Let the last messages (summaries, escalations) reach the buyer's mailbox.
        await _drain(runner, bot)
        if linger is not None:
            bot.stopping = False  # the first loop's end stopped the bot; this one goes on
            again = Runner(bot, runner.imap, runner.smtp, runner.intervals)
            await linger(LiveDemo(settings, bot, again, folder))
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        buyer_mail = await mail.messages(BUYER_USER)
    return DemoResult(database_url, buyer_mail, done, settings)


async def _drain(runner: Runner, bot: Mailbot) -> None:
    async with SmtpOutbox(runner.smtp) as outbox:
        await bot.flush(outbox)


def _supplier(
    mail: LocalMailSystem,
    s: DemoSupplier,
    policy: Policy,
    form: ReplyForm,
    clock: Callable[[], datetime],
) -> SimulatedSupplier:
    return SimulatedSupplier(
        name=s.name,
        email=s.email,
        persona=s.persona,
        policy=policy,
        form=form,
        imap=mail.imap_settings(s.user),
        smtp=mail.smtp_settings(),
        clock=clock,
        ranges=s.ranges,
    )

"""A store with real negotiations in it, made without mail servers: the real bot opens
them, suppliers' replies are committed as the inbox poll would commit them, and the real
processor reads and decides. For tests of what the faces show (CLI views, web console)."""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.config import Settings
from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.inbound.ingest import Fetched, ingest
from mailbot.shell.service import Mailbot
from mailbot.shell.start import start_negotiations
from mailbot.shell.store.models import Direction, Message, OutboundState
from mailbot.shell.templates.context import SupplierInfo
from mailbot.shell.wiring import build_mailbot

ROOT = Path(__file__).resolve().parents[2]
BOT = "procurement@buyer.example"
BUYER = "alex@buyer.example"
INCREASE = "Due to rising resin costs we must increase our price by 3% from next month."


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)


def supplier(index: int, name: str | None = None) -> SupplierInfo:
    return SupplierInfo(
        name=name or f"Supplier {index:05d}", email=f"sales{index}@supplier{index}.example",
        item=f"Item {index}", unit_price=6.00, currency="USD", annual_volume=120_000,
    )


@dataclass
class OfflineStore:
    folder: Path
    settings: Settings
    bot: Mailbot
    clock: Clock = field(default_factory=Clock)
    uid: int = 0

    @property
    def policy_path(self) -> Path:
        return self.folder / "policies" / "packaging_renewal.yaml"

    def open(self, suppliers: list[SupplierInfo]) -> None:
        policy = load_policy(self.policy_path)
        start_negotiations(self.bot.db, self.bot.actions, policy,
                           read_policy_text(self.policy_path), suppliers, self.clock())

    def mark_sent(self) -> None:
        """What a successful outbox flush would record, without an SMTP server."""
        with Session(self.bot.db) as session:
            for m in session.exec(select(Message).where(Message.state == OutboundState.PENDING)):
                m.state, m.sent_at, m.attempts = OutboundState.SENT, self.clock(), 1
                session.add(m)
            session.commit()

    def reply(self, who: SupplierInfo, body: str) -> None:
        """``who`` answers the bot's latest email to them; the bot reads and decides."""
        with Session(self.bot.db) as session:
            latest = session.exec(
                select(Message)
                .where(Message.direction == Direction.OUTBOUND, Message.recipients == who.email)
                .order_by(col(Message.id).desc())
            ).first()
            assert latest is not None, f"nothing was sent to {who.email}"
            raw = latest.raw
        self.clock.advance(0.5)
        answer = reply_to(raw, body, sender=who.email, sender_name=who.name, now=self.clock())
        self.uid += 1
        ingest(self.bot.db, [Fetched(self.uid, answer)], mailbox="INBOX", uidvalidity=1,
               now=self.clock())
        self.bot.process_received()


def offline_store(folder: Path) -> OfflineStore:
    """Templates and policies copied into ``folder`` (tests may edit them)."""
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(ROOT / "policies", folder / "policies")
    settings = Settings(
        database_url=f"sqlite:///{folder / 'store.sqlite3'}",
        templates_dir=folder / "templates",
        bot={"address": BOT, "name": "Alex Morgan", "company": "Example Manufacturing",
             "buyer_mailbox": BUYER, "reply_token_secret": secrets.token_hex(32)},
        imap={"host": "127.0.0.1", "port": 1143, "username": "procurement",
              "security": "plain"},
        smtp={"host": "127.0.0.1", "port": 1025, "username": "", "security": "plain"},
        web={"policies_dir": folder / "policies", "history_dir": folder / "history"},
    )
    clock = Clock()
    return OfflineStore(folder, settings, build_mailbot(settings, clock=clock), clock)

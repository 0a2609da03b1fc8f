"""``mailbot status`` and ``show`` through the shared read layer, as a new user meets them
(issue 16): words for people in tables, the codes in ``--json``, what the supplier said in
an escalation, each outgoing email's real state, and durations rounded."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from sqlmodel import Session, col, select
from support.offline_store import INCREASE, OfflineStore, offline_store, supplier
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.core.engine.wording import duration
from mailbot.shell.store.models import Direction, Message, OutboundState


@pytest.fixture
def store(tmp_path: Path) -> OfflineStore:
    s = offline_store(tmp_path)
    s.open([supplier(1, "Polyfilm Ltd"), supplier(2, "Boxco Packaging")])
    s.mark_sent()
    s.reply(supplier(1, "Polyfilm Ltd"), INCREASE)
    return s


@pytest.fixture
def config(store: OfflineStore, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = store.folder / "mailbot.toml"
    path.write_text(
        f'database_url = "{store.settings.database_url}"\n'
        '[bot]\naddress = "procurement@buyer.example"\nbuyer_mailbox = "alex@buyer.example"\n'
        '[imap]\nhost = "imap.buyer.example"\nusername = "procurement"\n'
        '[smtp]\nhost = "smtp.buyer.example"\nusername = "procurement"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("MAILBOT_BOT__REPLY_TOKEN_SECRET", secrets.token_hex(32))
    monkeypatch.setenv("COLUMNS", "100")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_status_tables_use_words_not_codes_even_when_not_a_terminal(config: Path) -> None:
    output = run("status", "--config", str(config))  # CliRunner: not a terminal
    assert "waiting for" in output and "buyer" in output
    assert "price increase" in output
    assert "waiting_bu" not in output and "waiting_buyer" not in output
    assert "price_increase" not in output


def test_status_json_keeps_the_codes(config: Path) -> None:
    document = json.loads(run("status", "--config", str(config), "--json"))
    by_id = {row["id"]: row for row in document["negotiations"]}
    assert by_id[1]["state"] == "waiting_buyer" and by_id[1]["reason"] == "price_increase"
    assert by_id[1]["their_last"] == {"price_change_pct": 3.0}
    assert by_id[2]["state"] == "open"


def test_show_gives_what_the_supplier_said_in_the_escalation(config: Path) -> None:
    output = run("show", "1", "--config", str(config))
    after = output.split("Their latest reply", 1)[1]
    assert "> Due to rising resin costs" in after.split("History", 1)[0]


def test_show_says_whether_each_outgoing_email_is_queued_sent_deferred_or_failed(
    config: Path, store: OfflineStore
) -> None:
    with Session(store.bot.db) as session:
        escalation = session.exec(
            select(Message).where(Message.direction == Direction.OUTBOUND,
                                  Message.state == OutboundState.PENDING)
            .order_by(col(Message.id).desc())
        ).first()
        assert escalation is not None
    output = run("show", "1", "--config", str(config))
    assert "sent " in output and "queued" in output
    with Session(store.bot.db) as session:
        row = session.get(Message, escalation.id)
        assert row is not None
        row.attempts, row.last_error = 2, "421 4.3.2 try again later"
        session.add(row)
        session.commit()
    output = run("show", "1", "--config", str(config))
    assert "deferred after 2 attempt(s): 421 4.3.2 try again later" in " ".join(output.split())
    with Session(store.bot.db) as session:
        row = session.get(Message, escalation.id)
        assert row is not None
        row.state, row.last_error = OutboundState.FAILED, "550 5.1.1 no such user"
        session.add(row)
        session.commit()
    output = run("show", "1", "--config", str(config))
    assert "failed after 2 attempt(s): 550 5.1.1 no such user" in " ".join(output.split())
    document = json.loads(run("show", "1", "--config", str(config), "--json"))
    states = [m["outbox"]["state"] for m in document["messages"] if m["outbox"]]
    assert states == ["sent", "failed"]


def test_show_of_an_unknown_negotiation_says_where_to_look(config: Path) -> None:
    result = CliRunner().invoke(app, ["show", "99", "--config", str(config)])
    assert result.exit_code == 2 and "No negotiation 99" in result.output


@pytest.mark.parametrize(
    ("days", "said"),
    [(10.0601, "10 days"), (1.0, "1 day"), (2.46, "2.5 days"), (0.26, "6 hours"),
     (1 / 24, "1 hour"), (0.01, "less than an hour"), (3.49, "3 days")],
)
def test_durations_are_rounded_for_people(days: float, said: str) -> None:
    assert duration(days) == said


def test_a_silent_supplier_escalation_says_whole_days(store: OfflineStore) -> None:
    store.clock.advance(10.0601)
    store.bot.check_silence()
    store.clock.advance(10.0601)
    store.bot.check_silence()
    store.clock.advance(10.0601)
    store.bot.check_silence()
    with Session(store.bot.db) as session:
        from mailbot.shell.store.models import AuditEvent

        explanations = session.exec(
            select(AuditEvent.explanation).where(AuditEvent.negotiation_id == 2,
                                                 AuditEvent.kind == "decision")
        ).all()
    said = " ".join(explanations)
    assert "No reply after" in said
    assert "." not in said.split("No reply after ", 1)[1].split(" day", 1)[0]

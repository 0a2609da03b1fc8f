"""The retry schedule of failing servers, the health answers, and JSON log lines."""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import create_engine

from mailbot.shell.mail.errors import ImapConnectionError, ImapLoginError, SmtpTlsError
from mailbot.shell.runtime.backoff import ConnectionHealth, retry_delay
from mailbot.shell.runtime.logging_setup import JsonLines
from mailbot.shell.runtime.monitoring import Monitor
from mailbot.shell.store import migrate


@pytest.mark.parametrize(("permanent", "failures", "seconds"), [
    (False, 1, 0), (False, 2, 5), (False, 3, 10), (False, 20, 300),
    (True, 1, 5), (True, 2, 60), (True, 3, 120), (True, 7, 1800), (True, 50, 1800),
])
def test_retry_delays(permanent: bool, failures: int, seconds: float) -> None:
    assert retry_delay(permanent, failures) == seconds


def test_a_refused_login_is_news_once_then_waits_long() -> None:
    now = [0.0]
    imap = ConnectionHealth("imap", clock=lambda: now[0])
    refused = ImapLoginError("refused login for 'bot'")
    assert imap.failed(refused) is True and imap.permanent
    assert not imap.due() and imap.wait_s() == 5  # once more soon: a restart refuses too
    now[0] = 6
    assert imap.due()
    assert imap.failed(refused) is False  # the same error again: not reported again
    assert imap.wait_s() == 60
    now[0] = 67
    imap.failed(refused)
    assert imap.wait_s() == 120
    assert imap.failed(SmtpTlsError("certificate")) is True  # a different error is news
    assert imap.succeeded() is True and imap.due() and imap.succeeded() is False


def test_a_dropped_connection_is_retried_at_once_first() -> None:
    imap = ConnectionHealth("imap", clock=lambda: 0.0)
    imap.failed(ImapConnectionError("lost"))
    assert imap.due() and not imap.permanent


@pytest.fixture
def db(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    migrate.upgrade(engine)
    return engine


def test_health_fails_when_no_poll_completed_within_the_interval(db) -> None:
    now = [0.0]
    monitor = Monitor(db, poll_interval_s=60, clock=lambda: now[0])
    assert monitor.health()[0] is True  # just started: within its first interval
    ready, why = monitor.readiness()
    assert not ready and why["reasons"] == ["no poll completed yet"]
    now[0] = 151.0  # 2 x 60 s + 30 s grace have passed without a poll
    ok, document = monitor.health()
    assert not ok and document["status"] == "failing"
    assert "no completed poll for 151 s" in document["checks"]["poll"]
    monitor.polled(0.2)
    assert monitor.health()[0] and monitor.readiness()[0]
    answer = monitor.answer("/healthz")
    assert answer.status == 200 and json.loads(answer.body)["status"] == "ok"
    monitor.stopping = True
    assert monitor.answer("/readyz").status == 503


def test_health_fails_when_the_database_does_not_answer(tmp_path) -> None:
    gone = create_engine(f"sqlite:///{tmp_path / 'missing' / 'bot.sqlite3'}")
    ok, document = Monitor(gone, poll_interval_s=60).health()
    assert not ok and document["checks"]["database"].startswith("unreachable")


def test_json_log_lines_are_one_object_per_event() -> None:
    record = logging.LogRecord("mailbot", logging.ERROR, __file__, 1,
                               "poll failed:\n%s", ("two\nlines",), None)
    record.event = "server_unusable"
    line = JsonLines().format(record)
    assert "\n" not in line
    document = json.loads(line)
    assert document["message"] == "poll failed:\ntwo\nlines"
    assert (document["level"], document["event"]) == ("error", "server_unusable")

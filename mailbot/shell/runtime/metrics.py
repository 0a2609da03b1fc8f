"""Prometheus metrics of ``mailbot run``: the store's totals plus this process's own timings.

Replies, decisions, escalations, the outbox backlog and send failures are read from the
database at each scrape, so they survive restarts and agree across several bot processes
on one database. Poll latency and connection failures are this process's own.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.shell.store.models import (
    AuditEvent,
    Direction,
    Escalation,
    InboundState,
    Message,
    OutboundState,
)

POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class StoreCollector(Collector):
    """Counts read from the store at each scrape (a handful of grouped queries)."""

    def __init__(self, db: Engine) -> None:
        self._db = db

    def collect(self) -> Iterator[Metric]:
        with Session(self._db) as session:
            replies = CounterMetricFamily(
                "mailbot_replies_processed", "Inbound emails acted on, by intent read",
                labels=["intent"])
            for intent, count in session.exec(
                select(Message.kind, func.count())
                .where(Message.direction == Direction.INBOUND,
                       Message.state == InboundState.PROCESSED)
                .group_by(Message.kind)
            ):
                replies.add_metric([intent or "unread"], count)
            yield replies
            decisions = CounterMetricFamily(
                "mailbot_decisions", "Decisions taken, by reason", labels=["reason"])
            for reason, count in session.exec(
                select(AuditEvent.reason, func.count())
                .where(AuditEvent.kind == "decision").group_by(AuditEvent.reason)
            ):
                decisions.add_metric([reason], count)
            yield decisions
            escalations = CounterMetricFamily(
                "mailbot_escalations", "Escalations to the buyer, by reason", labels=["reason"])
            for reason, count in session.exec(
                select(Escalation.reason, func.count()).group_by(Escalation.reason)
            ):
                escalations.add_metric([reason], count)
            yield escalations
            yield GaugeMetricFamily(
                "mailbot_outbox_backlog", "Outgoing emails committed and not yet sent",
                value=_outbound(session, OutboundState.PENDING))
            yield CounterMetricFamily(
                "mailbot_send_failures", "Outgoing emails the SMTP server refused for good",
                value=_outbound(session, OutboundState.FAILED))
            yield GaugeMetricFamily(
                "mailbot_quarantined_messages", "Inbound emails set aside as unreadable",
                value=_count(session, Direction.INBOUND, InboundState.QUARANTINED))


def _outbound(session: Session, state: str) -> int:
    return _count(session, Direction.OUTBOUND, state)


def _count(session: Session, direction: str, state: str) -> int:
    query = select(func.count(col(Message.id))).where(
        Message.direction == direction, Message.state == state
    )
    return int(session.exec(query).one())


class Metrics:
    """This process's registry: the store's counts and the runner's own measurements."""

    def __init__(self, db: Engine) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(StoreCollector(db))
        self.poll_seconds = Histogram(
            "mailbot_poll_duration_seconds", "Time to fetch, commit and act on new mail",
            buckets=POLL_BUCKETS, registry=self.registry)
        self.last_poll = Gauge(
            "mailbot_last_poll_success_timestamp_seconds",
            "Unix time of the last poll that completed", registry=self.registry)
        self.connection_failures = Counter(
            "mailbot_connection_failures", "Failed attempts to use a mail server",
            labelnames=["server", "kind"], registry=self.registry)

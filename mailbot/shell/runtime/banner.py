"""The lines ``mailbot run`` logs at start-up: which mailbox, which database, which policies.

An operator reading the log of a service should not have to find the config file to
know what this process is working on.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, col, select

from mailbot.shell.config import ServerConfig, Settings
from mailbot.shell.store.models import Negotiation, NegotiationState

LIVE = (NegotiationState.OPEN, NegotiationState.WAITING_BUYER)


def startup_lines(settings: Settings, db: Engine) -> list[str]:
    imap, smtp = settings.imap, settings.smtp
    monitoring = settings.monitoring
    lines = [
        f"mailbox {imap.username} ({imap.mailbox}) on IMAP {imap.host}:{imap.port}, "
        f"{_login(imap)}; sending via SMTP {smtp.host}:{smtp.port}, {_login(smtp)}",
        f"database {make_url(settings.database_url).render_as_string(hide_password=True)}",
        "policies: " + _policies(db),
        f"polling every {settings.schedule.poll_interval_s:g} s"
        + (" (IMAP IDLE on)" if imap.use_idle else "")
        + f"; escalations to {settings.bot.buyer_mailbox}",
    ]
    if monitoring.port is None:
        lines.append("monitoring off (set [monitoring] port to serve /healthz and /metrics)")
    return lines


def _login(server: ServerConfig) -> str:
    auth = server.auth
    return "password login" if auth.method == "password" else f"OAuth2 via {auth.provider}"


def _policies(db: Engine) -> str:
    with Session(db) as session:
        rows = session.exec(
            select(Negotiation.policy_name, func.count())
            .where(col(Negotiation.state).in_(LIVE))
            .group_by(Negotiation.policy_name)
            .order_by(Negotiation.policy_name)
        ).all()
    if not rows:
        return "no open negotiation yet (open some with `mailbot start`)"
    return ", ".join(f"{name} ({count} open)" for name, count in rows)

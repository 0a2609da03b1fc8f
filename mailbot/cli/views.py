"""Terminal views of the store: the negotiations table and one thread with its audit trail.

Shared by ``mailbot status``, ``mailbot show`` and ``mailbot demo`` so they read the same.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email import policy
from email.parser import BytesHeaderParser

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot.core.terms import Lever, Terms
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.runtime.faults import recent_faults
from mailbot.shell.store import repository
from mailbot.shell.store.models import Direction, Negotiation, OutboundState
from mailbot.shell.templates.context import lever_value

STATE_STYLE = {"agreed": "green", "waiting_buyer": "yellow", "open": "cyan", "ended": "dim"}


def negotiations_table(db: Engine, title: str = "Negotiations") -> Table:
    table = Table(title=title, expand=False)
    for column in (
        "ID",
        "Supplier",
        "State",
        "Round",
        "Our last offer",
        "Their last terms",
        "Savings",
    ):
        table.add_column(column, overflow="fold")
    with Session(db) as session:
        for negotiation in repository.all_negotiations(session):
            dossier = Dossier.load(session, negotiation)
            table.add_row(*_row(dossier))
    return table


def _row(d: Dossier) -> list[str | Text]:
    n = d.negotiation
    ours = [e.terms for e, _ in d.exchanges if e.party == "buyer"]
    theirs = [e.terms for e, _ in d.exchanges if e.party == "supplier" and not e.terms.is_empty()]
    state = f"{n.state}\n{n.state_reason}" if n.state_reason and n.state != "open" else n.state
    return [
        str(n.id),
        f"{d.supplier.name}\n[dim]{n.item}[/dim]",
        Text(state, style=STATE_STYLE.get(n.state, "")),
        str(n.round),
        _terms(ours[-1] if ours else None),
        _terms(theirs[-1] if theirs else None),
        savings(n),
    ]


def _terms(terms: Terms | None) -> str:
    """Compact: "-4%, Net 60, 12 months"."""
    if terms is None or terms.is_empty():
        return "-"
    return ", ".join(
        lever_value(lever, value) for lever in Lever if (value := terms.get(lever)) is not None
    )


def problems_table(db: Engine, now: datetime) -> Table | None:
    """Mail-server faults of the last day and mail not sent yet; None when all is well."""
    table = Table(title="Problems (last 24 hours)", title_style="bold red")
    for column in ("What", "Count", "Last seen", "Detail"):
        table.add_column(column, overflow="fold")
    with Session(db) as session:
        for fault in recent_faults(session, now - timedelta(days=1)):
            table.add_row(
                fault.reason,
                str(fault.count),
                fault.last_at.strftime("%Y-%m-%d %H:%M"),
                fault.last_explanation,
            )
        for message in repository.undelivered(session):
            what = "send_deferred" if message.state == OutboundState.PENDING else "send_failed"
            table.add_row(
                what,
                str(message.attempts),
                message.created_at.strftime("%Y-%m-%d %H:%M"),
                f"to {message.recipients}: {message.last_error}",
            )
    return table if table.row_count else None


def savings(n: Negotiation) -> str:
    """Annual savings of an agreed price change against the baseline, when it can be known."""
    agreed = Terms.from_json(n.agreed_terms) if n.agreed_terms else None
    if agreed is None or agreed.price_change_pct is None:
        return "-"
    pct = -agreed.price_change_pct
    if n.baseline_unit_price is None or n.annual_volume is None:
        return f"{pct:g}%"
    annual = n.baseline_unit_price * n.annual_volume * pct / 100
    return f"{pct:g}% ({n.currency or ''} {annual:,.0f}/yr)".replace("( ", "(")


def thread(db: Engine, negotiation_id: int, *, with_audit: bool = True) -> Group:
    """Every email of one negotiation, oldest first, then its audit trail."""
    parts: list[Panel | Table] = []
    with Session(db) as session:
        for message in repository.messages_of(session, negotiation_id):
            arrow = "→" if message.direction == Direction.OUTBOUND else "←"
            title = f"{arrow} {message.kind or 'email'}  {message.sender} → {message.recipients}"
            parts.append(
                Panel(
                    _body(message.subject, message.raw),
                    title=title,
                    title_align="left",
                    subtitle=message.created_at.strftime("%Y-%m-%d %H:%M"),
                    border_style="blue" if arrow == "→" else "magenta",
                )
            )
        if with_audit:
            parts.append(_audit(session, negotiation_id))
    return Group(*parts)


def _body(subject: str, raw: bytes, max_lines: int = 14) -> str:
    """The subject (as stored, or from the headers of mail not yet read) and the new text."""
    subject = subject or str(BytesHeaderParser(policy=policy.default).parsebytes(raw[:65536])
                             .get("Subject", ""))
    text = plain_text(raw) or "(no readable text part)"
    lines = [line for line in text.splitlines() if not line.startswith(">")]
    shown = "\n".join(lines[:max_lines]).strip()
    more = len(lines) - max_lines
    return f"Subject: {subject}\n\n{shown}" + (f"\n… ({more} more lines)" if more > 0 else "")


def _audit(session: Session, negotiation_id: int) -> Table:
    table = Table(title="Audit trail", show_lines=False)
    for column in ("When", "Kind", "Reason", "Explanation"):
        table.add_column(column, overflow="fold")
    kinds = ("reading", "decision", "note", "forward", "quarantine")
    for event in repository.events(session, negotiation_id, kinds):
        table.add_row(
            event.created_at.strftime("%m-%d %H:%M"), event.kind, event.reason, event.explanation
        )
    return table


def print_thread(console: Console, db: Engine, negotiation_id: int) -> None:
    console.print(thread(db, negotiation_id))

"""Terminal views: the negotiations table, the loop's problems, and one thread with its
audit trail, drawn with rich from the shell's read layer (``mailbot.shell.views``), which
the web console renders too. Shared by ``mailbot status``, ``show`` and ``demo``.

Tables show words for people ("waiting for buyer"); ``--json`` keeps the codes.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import datetime
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from sqlalchemy.engine import Engine

from mailbot.core.terms import Terms
from mailbot.shell.store.database import reading
from mailbot.shell.views.health import loop_health
from mailbot.shell.views.negotiations import (
    NegotiationQuery,
    NegotiationRow,
    compact_terms,
    negotiation_page,
)
from mailbot.shell.views.thread import MessageView, ThreadView, highlighted, load_thread

STATE_STYLE = {"agreed": "green", "waiting_buyer": "yellow", "open": "cyan", "ended": "dim"}
MAX_LINES = 14


def negotiations_table(db: Engine, title: str = "Negotiations") -> Table:
    table = Table(title=title, expand=False)
    for column in ("ID", "Supplier", "State", "Round", "Our last offer", "Their last terms"):
        table.add_column(column, overflow="fold")
    table.add_column("Savings", overflow="fold")
    for row in all_rows(db):
        table.add_row(*_row(row))
    return table


def all_rows(db: Engine) -> list[NegotiationRow]:
    with reading(db) as session:
        return list(negotiation_page(session, NegotiationQuery(per_page=None)).rows)


def _row(row: NegotiationRow) -> list[str | Text]:
    state = Text(row.state_label, style=STATE_STYLE.get(row.state, ""))
    if row.reason and row.state != "open":
        state.append(f"\n{row.reason_label}", style="dim")
    supplier = Text(row.supplier)
    supplier.append(f"\n{row.item}", style="dim")
    return [
        str(row.id),
        supplier,
        state,
        str(row.round),
        compact_terms(row.our_last),
        compact_terms(row.their_last),
        row.savings.text() if row.savings else "-",
    ]


def problems_table(db: Engine, now: datetime) -> Table | None:
    """Mail-server faults of the last day and mail not sent yet; None when all is well."""
    with reading(db) as session:
        health = loop_health(session, now)
    if not health.problems:
        return None
    table = Table(title="Problems (last 24 hours)", title_style="bold red")
    for column in ("What", "Count", "Last seen", "Detail"):
        table.add_column(column, overflow="fold")
    for fault in health.faults:
        table.add_row(
            fault.reason.replace("_", " "),
            str(fault.count),
            fault.last_at.strftime("%Y-%m-%d %H:%M"),
            fault.last_explanation,
        )
    for mail in health.undelivered:
        table.add_row(
            f"email {mail.outbox.label}",
            str(mail.outbox.attempts),
            mail.created_at.strftime("%Y-%m-%d %H:%M"),
            f"to {mail.recipients}: {mail.outbox.last_error}",
        )
    return table


def thread(db: Engine, negotiation_id: int, *, with_audit: bool = True) -> Group:
    """Every email of one negotiation, oldest first, then its audit trail."""
    with reading(db) as session:
        view = load_thread(session, negotiation_id)
    if view is None:
        return Group(Text(f"No negotiation {negotiation_id}."))
    parts: list[Panel | Table | Text] = [_header(view)]
    parts += [_panel(message) for message in view.messages]
    if with_audit:
        parts.append(_audit(view))
    return Group(*parts)


def _header(view: ThreadView) -> Text:
    line = Text(f"{view.supplier} <{view.supplier_email}>, {view.item}: ", style="bold")
    line.append(view.state_label, style=STATE_STYLE.get(view.state, ""))
    if view.reason:
        line.append(f" ({view.reason_label})")
    line.append(f"\npolicy {view.policy_name!r}, sha256 {view.policy_hash[:12]}", style="dim")
    return line


def _panel(m: MessageView) -> Panel:
    arrow = "→" if m.outbound else "←"
    title = f"{arrow} {m.kind}  {m.sender} → {m.recipients}"
    when = m.at.strftime("%Y-%m-%d %H:%M")
    if m.outbox is not None:
        when = f"{when}  {_outbox_line(m)}"
    return Panel(
        _body(m),
        title=title,
        title_align="left",
        subtitle=when,
        border_style="blue" if m.outbound else "magenta",
    )


def _outbox_line(m: MessageView) -> str:
    """Where an outgoing email stands: only "sent" means the server took it."""
    outbox = m.outbox
    assert outbox is not None
    if outbox.state == "sent" and outbox.sent_at is not None:
        return f"sent {outbox.sent_at.strftime('%m-%d %H:%M')}"
    if outbox.state in ("deferred", "failed"):
        tries = f"{outbox.attempts} attempt(s)"
        return f"{outbox.label} after {tries}: {outbox.last_error}"
    return outbox.label


def _body(m: MessageView) -> Text:
    body = Text(f"Subject: {m.subject}\n\n")
    lines = (m.text or "(no readable text part)").splitlines()
    snippets = [e.text for e in m.reading.evidence] if m.reading else []
    for part, is_evidence in highlighted("\n".join(lines[:MAX_LINES]).strip(), snippets):
        body.append(part, style="bold underline" if is_evidence else "")
    more = len(lines) - MAX_LINES
    if more > 0:
        body.append(f"\n… ({more} more lines)", style="dim")
    if m.reading is not None:
        r = m.reading
        body.append(
            f"\nread as {r.intent} (confidence {r.confidence:.2f}): {compact_terms(r.terms)}",
            style="dim",
        )
    return body


def _audit(view: ThreadView) -> Table:
    table = Table(title="Audit trail", show_lines=False)
    for column in ("When", "Kind", "Reason", "Explanation", "By"):
        table.add_column(column, overflow="fold")
    for entry in view.audit:
        table.add_row(
            entry.at.strftime("%m-%d %H:%M"),
            entry.kind.replace("_", " "),
            entry.reason_label,
            entry.explanation,
            entry.actor or "",
        )
    return table


# ---- --json: the codes, not the labels ------------------------------------------------


def as_json(value: Any) -> Any:
    """A read-layer dataclass as JSON-ready values (terms as their stated levers)."""
    if isinstance(value, Terms):
        return value.stated()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


"""Mail the buyer hears of once per negotiation, never one by one: automatic replies.

A supplier's mailbox can answer every email automatically (an absence, a ticket system),
and a flood of them must neither bury the buyer nor stop a negotiation. Each is recorded
against its negotiation; the first one in an open negotiation also queues one short note
to the buyer, and a digest event in the audit log keeps it to that one.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from mailbot.core.sender import Sender
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import Dossier, buyer_info
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, NegotiationState
from mailbot.shell.templates import context as tc

DIGEST = "digest"


def tell_buyer_once(
    session: Session,
    actions: Actions,
    dossier: Dossier,
    message: Message,
    sender: Sender,
    reason: str,
    now: datetime,
) -> Message | None:
    """Queue the buyer's one note about ``reason`` mail in this negotiation, unless it went
    out already or the negotiation no longer waits for the supplier."""
    n = dossier.negotiation
    assert n.id is not None
    if n.state != NegotiationState.OPEN:
        return None
    if any(e.reason == reason for e in repository.events(session, n.id, [DIGEST])):
        return None
    repository.record(
        session, kind=DIGEST, now=now, negotiation_id=n.id, message_id=message.id, reason=reason,
        explanation="the buyer was told once; later ones are only recorded",
    )
    address = tc.shown_text(sender.address or "an unknown address")
    context = tc.buyer_notice_context(
        dossier.supplier_info,
        buyer_info(actions.outgoing.bot),
        dossier.negotiation_info(),
        title="The supplier's mailbox answers automatically",
        lines=[
            f"An automatic reply came from {address} "
            f"(subject: \"{tc.shown_text(message.subject or '(none)')}\").",
            "mailbot records automatic replies and keeps waiting for a real answer; "
            "reminders and the silence rule go on as planned.",
            "You hear of this once per negotiation; "
            f"\"mailbot show {n.id}\" lists every automatic reply.",
        ],
    )
    return actions.outgoing.to_buyer(
        session, n, "buyer_notice", context, now, template_set=dossier.policy.templates
    )

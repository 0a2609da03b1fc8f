"""One context builder per template the buyer receives: deal summaries, escalations, notices."""

from __future__ import annotations

from collections.abc import Sequence

from mailbot.core.terms import Terms
from mailbot.shell.templates.context.facts import (
    BuyerInfo,
    ClarifiedReply,
    Context,
    HistoryItem,
    LeverBound,
    NegotiationInfo,
    SenderInfo,
    SupplierInfo,
)
from mailbot.shell.templates.context.parts import (
    bounds_context,
    history_context,
    parties_context,
    savings_context,
    sender_context,
)
from mailbot.shell.templates.context.supplier_mail import confirmation_context


def deal_summary_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    agreed: Terms,
    history: Sequence[HistoryItem],
) -> Context:
    return {
        **confirmation_context(supplier, buyer, negotiation, agreed=agreed),
        "savings": savings_context(agreed, supplier),
        "history": history_context(history),
    }


def escalation_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    reason_code: str,
    explanation: str,
    latest_reply: str,
    history: Sequence[HistoryItem],
    bounds: Sequence[LeverBound],
    sender: SenderInfo | None = None,
    clarified: ClarifiedReply | None = None,
) -> Context:
    """``sender``: who wrote the email behind the escalation, when there is one;
    ``clarified``: the earlier reply the bot asked the supplier to clarify, when the latest
    reply answers that clarification, so the buyer reads both."""
    return {
        **parties_context(supplier, buyer, negotiation),
        "reason": {"code": reason_code, "explanation": explanation},
        "sender": sender_context(sender),
        "latest_reply": latest_reply,
        "history": history_context(history),
        "bounds": bounds_context(bounds),
        "clarified": (
            {"asked": clarified.asked, "earlier_reply": clarified.earlier_reply}
            if clarified else None
        ),
    }


def buyer_notice_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    title: str,
    lines: Sequence[str],
    draft: str = "",
) -> Context:
    """A short note to the buyer: a command's result, or a draft waiting for approval."""
    return {
        **parties_context(supplier, buyer, negotiation, "en"),
        "notice": {"title": title, "lines": list(lines), "draft": draft},
    }

"""The pieces every template context shares: the parties, terms, history and bounds."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from mailbot.core.terms import Terms
from mailbot.shell.templates.context.facts import (
    BuyerInfo,
    Context,
    HistoryItem,
    LeverBound,
    NegotiationInfo,
    SenderInfo,
    SupplierInfo,
)
from mailbot.shell.templates.context.formatting import (
    LEVER_LABELS,
    count,
    lever_value,
    money,
    plain_number,
)
from mailbot.shell.templates.context.terms import describe_terms


def supplier_context(supplier: SupplierInfo, language: str = "en") -> Context:
    price = supplier.unit_price
    volume = supplier.annual_volume
    return {
        "name": supplier.name,
        "email": supplier.email,
        "item": supplier.item,
        "unit_price": money(price, supplier.currency, language) if price is not None else "",
        "currency": supplier.currency or "",
        "annual_volume": count(volume, language) if volume is not None else "",
        "language": supplier.language,
    }


def buyer_context(buyer: BuyerInfo) -> Context:
    return {"name": buyer.name, "email": buyer.email, "company": buyer.company}


def negotiation_context(negotiation: NegotiationInfo) -> Context:
    return {"id": negotiation.id, "reference": negotiation.reference, "round": negotiation.round}


def terms_context(
    terms: Terms, supplier: SupplierInfo, conditional: str | None = None, language: str = "en"
) -> Context:
    """The ``offer``/``agreed`` shape: printable lines, raw values, an optional trade-off."""
    lines = describe_terms(
        terms,
        baseline_unit_price=supplier.unit_price,
        currency=supplier.currency,
        language=language,
    )
    return {"lines": lines, "terms": terms.to_json(), "conditional": conditional,
            "alternatives": []}


def alternatives_context(
    alternatives: Sequence[Terms], supplier: SupplierInfo, language: str = "en"
) -> list[Context]:
    """Packages of equal value for the supplier to pick from: [{letter, lines, terms}]."""
    return [
        {
            "letter": letter,
            "lines": describe_terms(
                terms, baseline_unit_price=supplier.unit_price, currency=supplier.currency,
                language=language,
            ),
            "terms": terms.to_json(),
        }
        for letter, terms in zip("ABC", alternatives, strict=False)
    ]


def savings_context(agreed: Terms, supplier: SupplierInfo) -> Context | None:
    """What the agreed price change saves against the baseline; None when not computable."""
    pct, baseline = agreed.price_change_pct, supplier.unit_price
    if pct is None or baseline is None:
        return None
    per_unit = -baseline * pct / 100
    annual = per_unit * supplier.annual_volume if supplier.annual_volume is not None else None
    return {
        "pct": plain_number(-pct),
        "per_unit": money(per_unit, supplier.currency),
        "annual": money(annual, supplier.currency) if annual is not None else "",
        "currency": supplier.currency or "",
    }


def history_context(history: Sequence[HistoryItem]) -> list[Context]:
    return [
        {"round": h.round, "party": h.party, "summary": h.summary, "date": h.date.isoformat()}
        for h in history
    ]


def bounds_context(bounds: Sequence[LeverBound]) -> list[Context]:
    return [
        {
            "lever": LEVER_LABELS[b.lever],
            "current": lever_value(b.lever, b.current),
            "target": lever_value(b.lever, b.target),
            "walk_away": lever_value(b.lever, b.walk_away),
        }
        for b in bounds
    ]


SHOWN_NAME_CHARS = 100


def sender_context(sender: SenderInfo | None) -> Context | None:
    """The sender of the email shown to the buyer: {address, name}, or None.

    The name is a stranger's text: control and format characters (newlines, bidi
    overrides that reverse what follows) are dropped and it is cut short, so it reads as
    one visible line next to the real address; HTML parts escape it like all text."""
    if sender is None:
        return None
    return {"address": shown_text(sender.address), "name": shown_text(sender.name)}


def shown_text(text: str, limit: int = SHOWN_NAME_CHARS) -> str:
    """``text`` as one printable line of at most ``limit`` characters."""
    visible = "".join(
        " " if unicodedata.category(c).startswith("C") else c for c in text
    )
    line = " ".join(visible.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def parties_context(
    supplier: SupplierInfo, buyer: BuyerInfo, negotiation: NegotiationInfo, language: str = "en"
) -> Context:
    return {
        "supplier": supplier_context(supplier, language),
        "buyer": buyer_context(buyer),
        "negotiation": negotiation_context(negotiation),
    }

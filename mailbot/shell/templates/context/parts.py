"""The pieces every template context shares: the parties, terms, history and bounds."""

from __future__ import annotations

from collections.abc import Sequence

from mailbot.core.terms import Terms
from mailbot.shell.templates.context.facts import (
    BuyerInfo,
    Context,
    HistoryItem,
    LeverBound,
    NegotiationInfo,
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


def parties_context(
    supplier: SupplierInfo, buyer: BuyerInfo, negotiation: NegotiationInfo, language: str = "en"
) -> Context:
    return {
        "supplier": supplier_context(supplier, language),
        "buyer": buyer_context(buyer),
        "negotiation": negotiation_context(negotiation),
    }

"""Builders from plain facts to template contexts: the contract between code and templates.

Contexts hold only dicts, lists, strings, numbers and ``None``, never live objects: the
sandbox still lets a template call public methods of what it is given, so it is given
nothing with methods worth calling. Supplier text stays plain here; the HTML parts
escape it (autoescape), the text parts print it as is.

The context of each template (keys always present; "formatted" means ready to print):

- ``supplier``: {name, email, item, unit_price (baseline, formatted, "" if unknown),
  currency, annual_volume (formatted, "" if unknown), language}
- ``buyer``: {name, email, company}
- ``negotiation``: {id, reference, round}
- ``offer`` (opening_offer, counter_offer, reminder) and ``agreed`` (confirmation,
  deal_summary): {lines: [str], terms: {term key: value or None}, conditional: str or None}
- ``form`` (offer templates and the reply_form they include): {term key: formatted value},
  "" for a term not in play
- ``savings`` (deal_summary): {pct, per_unit, annual, currency} or None when unknown
- ``history`` (deal_summary, escalation): [{round, party ("buyer"/"supplier"), summary, date}]
- ``reason`` (escalation): {code, explanation}; ``latest_reply``: str (the supplier's new
  text); ``bounds``: [{lever, current, target, walk_away}] (formatted)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from mailbot.core.terms import TERM_KEYS, Lever, Terms

Context = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SupplierInfo:
    """One row of the suppliers file; ``unit_price`` is the baseline before negotiating."""

    name: str
    email: str
    item: str
    unit_price: float | None
    currency: str | None
    annual_volume: int | None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class BuyerInfo:
    name: str
    email: str
    company: str


@dataclass(frozen=True, slots=True)
class NegotiationInfo:
    id: str
    reference: str
    round: int


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One message of the thread, summarised in a line for the buyer."""

    round: int
    party: Literal["buyer", "supplier"]
    summary: str
    date: date


@dataclass(frozen=True, slots=True)
class LeverBound:
    """Where the policy allows a lever to go, next to where the negotiation stands."""

    lever: Lever
    current: float | None
    target: float | None
    walk_away: float | None


# ---- numbers -------------------------------------------------------------------------


def plain_number(value: float) -> str:
    """Up to two decimals, no trailing zeros, no thousands separators: "-4", "2.5"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def money(value: float, currency: str | None) -> str:
    amount = f"{value:,.2f}"
    return f"{currency} {amount}" if currency else amount


def count(value: int) -> str:
    return f"{value:,}"


def months(value: int) -> str:
    return "1 month" if value == 1 else f"{value} months"


# ---- describing terms ----------------------------------------------------------------


def _price_change(pct: float, baseline: float | None, currency: str | None) -> str:
    """For example "4% below the current price (USD 5.76 instead of USD 6.00)"."""
    if baseline is None:
        return "unchanged" if pct == 0 else f"{plain_number(abs(pct))}% {_direction(pct)}"
    if pct == 0:
        return f"unchanged ({money(baseline, currency)})"
    offered = money(baseline * (1 + pct / 100), currency)
    current = money(baseline, currency)
    return f"{plain_number(abs(pct))}% {_direction(pct)} ({offered} instead of {current})"


def _direction(pct: float) -> str:
    return "below the current price" if pct < 0 else "above the current price"


def _price_line(terms: Terms, baseline: float | None, currency: str | None) -> str | None:
    if terms.price_change_pct is not None:
        return _price_change(terms.price_change_pct, baseline, currency)
    if terms.unit_price is not None:
        return f"{money(terms.unit_price, currency)} per unit"
    return None


def describe_terms(
    terms: Terms, *, baseline_unit_price: float | None, currency: str | None
) -> list[str]:
    """One human line per stated term, in a fixed order, e.g. "Payment terms: Net 60"."""
    currency = terms.currency or currency
    price = _price_line(terms, baseline_unit_price, currency)
    lines = [f"Unit price: {price}"] if price else []
    if terms.payment_days is not None:
        lines.append(f"Payment terms: Net {terms.payment_days}")
    if terms.contract_months is not None:
        lines.append(f"Contract length: {months(terms.contract_months)}")
    if terms.volume_units is not None:
        lines.append(f"Volume: {count(terms.volume_units)} units")
    if terms.rebate_pct is not None:
        lines.append(f"Rebate: {plain_number(terms.rebate_pct)}%")
    return lines


def _clauses(terms: Terms, baseline: float | None, currency: str | None) -> list[str]:
    """Noun phrases that fit after "agree to" or "accept"."""
    clauses: list[str] = []
    if terms.price_change_pct == 0:
        clauses.append("the current unit price")
    elif terms.price_change_pct is not None:
        clauses.append(f"a unit price {_price_change(terms.price_change_pct, baseline, currency)}")
    elif terms.unit_price is not None:
        clauses.append(f"a unit price of {money(terms.unit_price, currency)}")
    if terms.payment_days is not None:
        clauses.append(f"payment terms of Net {terms.payment_days}")
    if terms.contract_months is not None:
        clauses.append(f"a {terms.contract_months}-month contract")
    if terms.volume_units is not None:
        clauses.append(f"a volume of {count(terms.volume_units)} units")
    if terms.rebate_pct is not None:
        clauses.append(f"a {plain_number(terms.rebate_pct)}% rebate")
    return clauses


def _join(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def describe_trade_off(
    if_you: Terms, we_can: Terms, *, baseline_unit_price: float | None, currency: str | None
) -> str:
    """A conditional offer in plain words: "If you can agree to X, we can accept Y."."""
    asked = _clauses(if_you, baseline_unit_price, currency or if_you.currency)
    given = _clauses(we_can, baseline_unit_price, currency or we_can.currency)
    if not asked or not given:
        raise ValueError("a trade-off needs at least one term on each side")
    return f"If you can agree to {_join(asked)}, we can accept {_join(given)}."


def form_values(terms: Terms, levers_in_play: Iterable[Lever]) -> dict[str, str]:
    """Every term key, formatted for the reply form; "" for a lever not in play."""
    in_play = {lever.value for lever in levers_in_play}
    values: dict[str, str] = {}
    for key in TERM_KEYS:
        value = getattr(terms, key)
        hidden = key in _LEVER_KEYS and key not in in_play
        values[key] = "" if value is None or hidden else _form_value(value)
    return values


def _form_value(value: float | str) -> str:
    return value if isinstance(value, str) else plain_number(value)


_LEVER_KEYS = frozenset(lever.value for lever in Lever)


def lever_value(lever: Lever, value: float | None) -> str:
    """A lever's value in the short form used in tables: "-4%", "Net 60", "12 months"."""
    if value is None:
        return "-"
    if lever in (Lever.PRICE_CHANGE_PCT, Lever.REBATE_PCT):
        return f"{plain_number(value)}%"
    if lever is Lever.PAYMENT_DAYS:
        return f"Net {round(value)}"
    if lever is Lever.CONTRACT_MONTHS:
        return months(round(value))
    return f"{count(round(value))} units"


LEVER_LABELS = {
    Lever.PRICE_CHANGE_PCT: "Price change",
    Lever.PAYMENT_DAYS: "Payment terms",
    Lever.CONTRACT_MONTHS: "Contract length",
    Lever.VOLUME_UNITS: "Volume",
    Lever.REBATE_PCT: "Rebate",
}


# ---- context parts -------------------------------------------------------------------


def supplier_context(supplier: SupplierInfo) -> Context:
    price = supplier.unit_price
    volume = supplier.annual_volume
    return {
        "name": supplier.name,
        "email": supplier.email,
        "item": supplier.item,
        "unit_price": money(price, supplier.currency) if price is not None else "",
        "currency": supplier.currency or "",
        "annual_volume": count(volume) if volume is not None else "",
        "language": supplier.language,
    }


def buyer_context(buyer: BuyerInfo) -> Context:
    return {"name": buyer.name, "email": buyer.email, "company": buyer.company}


def negotiation_context(negotiation: NegotiationInfo) -> Context:
    return {"id": negotiation.id, "reference": negotiation.reference, "round": negotiation.round}


def terms_context(terms: Terms, supplier: SupplierInfo, conditional: str | None = None) -> Context:
    """The ``offer``/``agreed`` shape: printable lines, raw values, an optional trade-off."""
    lines = describe_terms(
        terms, baseline_unit_price=supplier.unit_price, currency=supplier.currency
    )
    return {"lines": lines, "terms": terms.to_json(), "conditional": conditional}


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


# ---- one builder per template --------------------------------------------------------


def _parties(supplier: SupplierInfo, buyer: BuyerInfo, negotiation: NegotiationInfo) -> Context:
    return {
        "supplier": supplier_context(supplier),
        "buyer": buyer_context(buyer),
        "negotiation": negotiation_context(negotiation),
    }


def offer_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    offer: Terms,
    levers_in_play: Iterable[Lever],
    conditional: str | None = None,
) -> Context:
    """The context of opening_offer, counter_offer and reminder (and their reply form)."""
    return {
        **_parties(supplier, buyer, negotiation),
        "offer": terms_context(offer, supplier, conditional),
        "form": form_values(offer, levers_in_play),
    }


opening_offer_context = offer_context
counter_offer_context = offer_context
reminder_context = offer_context


def confirmation_context(
    supplier: SupplierInfo, buyer: BuyerInfo, negotiation: NegotiationInfo, *, agreed: Terms
) -> Context:
    return {**_parties(supplier, buyer, negotiation), "agreed": terms_context(agreed, supplier)}


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
) -> Context:
    return {
        **_parties(supplier, buyer, negotiation),
        "reason": {"code": reason_code, "explanation": explanation},
        "latest_reply": latest_reply,
        "history": history_context(history),
        "bounds": bounds_context(bounds),
    }

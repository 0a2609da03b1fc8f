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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

from mailbot.core.engine import ConditionalConcession
from mailbot.core.terms import TERM_KEYS, Lever, Terms
from mailbot.shell.template_phrases import Numbers, Phrases, phrases, plural

Context = dict[str, Any]
_N = TypeVar("_N", int, float)


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


def _local(text: str, numbers: Numbers) -> str:
    """Swap Python's "," and "." for the language's separators, in one pass."""
    return text.translate({ord(","): numbers.thousands, ord("."): numbers.decimal})


def local_number(value: float, language: str = "en") -> str:
    """``plain_number`` with the language's decimal mark: "2.5", "2,5"."""
    return _local(plain_number(value), phrases(language).numbers)


def percent(value: float, language: str = "en") -> str:
    """For example "4%" in English, "4 %" in German, French (no-break space) and Spanish."""
    return phrases(language).numbers.percent.format(n=local_number(value, language))


def money(value: float, currency: str | None, language: str = "en") -> str:
    amount = _local(f"{value:,.2f}", phrases(language).numbers)
    return f"{currency} {amount}" if currency else amount


def count(value: int, language: str = "en") -> str:
    return _local(f"{value:,}", phrases(language).numbers)


def months(value: int, language: str = "en") -> str:
    return plural(phrases(language).months, value)


# ---- describing terms ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pricing:
    """What a price change is measured against, and how to write it."""

    baseline: float | None
    currency: str | None
    language: str

    @property
    def words(self) -> Phrases:
        return phrases(self.language)

    def money(self, value: float) -> str:
        return money(value, self.currency, self.language)

    def change(self, pct: float) -> str:
        """For example "4% below the current price (USD 5.76 instead of USD 6.00)"."""
        p = self.words
        if pct == 0:
            change = p.unchanged
        else:
            pattern = p.below if pct < 0 else p.above
            change = pattern.format(pct=percent(abs(pct), self.language))
        if self.baseline is None:
            return change
        if pct == 0:
            return f"{change} ({self.money(self.baseline)})"
        offered = self.money(self.baseline * (1 + pct / 100))
        return p.compared.format(change=change, offered=offered, current=self.money(self.baseline))


def _price_line(terms: Terms, pricing: _Pricing) -> str | None:
    if terms.price_change_pct is not None:
        return pricing.change(terms.price_change_pct)
    if terms.unit_price is not None:
        return pricing.words.per_unit.format(price=pricing.money(terms.unit_price))
    return None


def describe_terms(
    terms: Terms,
    *,
    baseline_unit_price: float | None,
    currency: str | None,
    language: str = "en",
) -> list[str]:
    """One human line per stated term, in a fixed order, e.g. "Payment terms: Net 60"."""
    pricing = _Pricing(baseline_unit_price, terms.currency or currency, language)
    p = pricing.words
    labelled = [
        (p.unit_price, _price_line(terms, pricing)),
        (p.payment_terms, _maybe(terms.payment_days, lambda d: p.net.format(days=d))),
        (p.contract_length, _maybe(terms.contract_months, lambda n: months(n, language))),
        (p.volume, _maybe(terms.volume_units, lambda n: p.units.format(n=count(n, language)))),
        (p.rebate, _maybe(terms.rebate_pct, lambda r: percent(r, language))),
    ]
    return [p.line.format(label=label, value=value) for label, value in labelled if value]


def _maybe(value: _N | None, write: Callable[[_N], str]) -> str | None:
    return None if value is None else write(value)


def _clauses(terms: Terms, pricing: _Pricing) -> list[str]:
    """Noun phrases that fit the trade-off sentence ("agree to ...", "accept ...")."""
    p, language = pricing.words, pricing.language
    clauses: list[str | None] = [
        _price_clause(terms, pricing),
        _maybe(terms.payment_days, lambda d: p.payment_clause.format(days=d)),
        _maybe(terms.contract_months, lambda n: plural(p.contract_clause, n)),
        _maybe(terms.volume_units, lambda n: p.volume_clause.format(n=count(n, language))),
        _maybe(terms.rebate_pct, lambda r: p.rebate_clause.format(pct=percent(r, language))),
    ]
    return [clause for clause in clauses if clause]


def _price_clause(terms: Terms, pricing: _Pricing) -> str | None:
    p = pricing.words
    if terms.price_change_pct == 0:
        return p.current_price_clause
    if terms.price_change_pct is not None:
        return p.price_change_clause.format(change=pricing.change(terms.price_change_pct))
    if terms.unit_price is not None:
        return p.unit_price_clause.format(price=pricing.money(terms.unit_price))
    return None


def _join(parts: Sequence[str], and_: str) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])}{and_}{parts[-1]}"


def describe_trade_off(
    if_you: Terms,
    we_can: Terms,
    *,
    baseline_unit_price: float | None,
    currency: str | None,
    language: str = "en",
) -> str:
    """A conditional offer in plain words: "If you can agree to X, we can accept Y."."""
    asked = _clauses(if_you, _Pricing(baseline_unit_price, currency or if_you.currency, language))
    given = _clauses(we_can, _Pricing(baseline_unit_price, currency or we_can.currency, language))
    if not asked or not given:
        raise ValueError("a trade-off needs at least one term on each side")
    p = phrases(language)
    return p.trade_off.format(asked=_join(asked, p.and_), given=_join(given, p.and_))


def conditional_text(
    conditional: ConditionalConcession,
    *,
    baseline_unit_price: float | None,
    currency: str | None,
    language: str = "en",
) -> str:
    """The engine's conditional concession as a sentence in the supplier's language.

    Built from the structured fields, not from ``conditional.text``, which is English.
    """
    return describe_trade_off(
        Terms().with_lever(conditional.require, conditional.require_value),
        Terms().with_lever(conditional.give, conditional.give_value),
        baseline_unit_price=baseline_unit_price,
        currency=currency,
        language=language,
    )


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


# ---- one builder per template --------------------------------------------------------


def _parties(
    supplier: SupplierInfo, buyer: BuyerInfo, negotiation: NegotiationInfo, language: str = "en"
) -> Context:
    return {
        "supplier": supplier_context(supplier, language),
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
    language: str = "en",
    alternatives: Sequence[Terms] = (),
) -> Context:
    """The context of opening_offer, counter_offer and reminder (and their reply form).

    ``conditional`` should already be in ``language`` (see ``conditional_text``); the
    form stays plain numbers whatever the language, since the reader parses it back.
    """
    return {
        **_parties(supplier, buyer, negotiation, language),
        "offer": {
            **terms_context(offer, supplier, conditional, language),
            "alternatives": (
                alternatives_context(alternatives, supplier, language)
                if len(alternatives) > 1 else []
            ),
        },
        "form": form_values(offer, levers_in_play),
    }


opening_offer_context = offer_context
counter_offer_context = offer_context
reminder_context = offer_context


def confirmation_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    agreed: Terms,
    language: str = "en",
) -> Context:
    return {
        **_parties(supplier, buyer, negotiation, language),
        "agreed": terms_context(agreed, supplier, language=language),
    }


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
        **_parties(supplier, buyer, negotiation, "en"),
        "notice": {"title": title, "lines": list(lines), "draft": draft},
    }

"""Terms in words: the lines of an offer, the trade-off sentence and the reply-form values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from mailbot.core.engine import ConditionalConcession
from mailbot.core.terms import TERM_KEYS, Lever, Terms
from mailbot.shell.templates.context.formatting import (
    count,
    money,
    months,
    percent,
    plain_number,
)
from mailbot.shell.templates.phrases import Phrases, phrases, plural

_N = TypeVar("_N", int, float)
_LEVER_KEYS = frozenset(lever.value for lever in Lever)


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
    line = phrases(language).line
    return [line.format(label=label, value=value) for label, value in
            labelled_terms(terms, baseline_unit_price=baseline_unit_price, currency=currency,
                           language=language)]


def labelled_terms(
    terms: Terms,
    *,
    baseline_unit_price: float | None,
    currency: str | None,
    language: str = "en",
) -> list[tuple[str, str]]:
    """(label, value) per stated term, in the order of ``describe_terms``."""
    pricing = _Pricing(baseline_unit_price, terms.currency or currency, language)
    p = pricing.words
    labelled = [
        (p.unit_price, _price_line(terms, pricing)),
        (p.payment_terms, _maybe(terms.payment_days, lambda d: p.net.format(days=d))),
        (p.contract_length, _maybe(terms.contract_months, lambda n: months(n, language))),
        (p.volume, _maybe(terms.volume_units, lambda n: p.units.format(n=count(n, language)))),
        (p.rebate, _maybe(terms.rebate_pct, lambda r: percent(r, language))),
    ]
    return [(label, value) for label, value in labelled if value]


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

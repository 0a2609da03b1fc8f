"""Pricing and valuing a package with the deal's context (baseline price, volume).

The engine negotiates price as a percent change; suppliers may quote an absolute unit
price instead. With a baseline price the two convert, so a quote of "9.40 per unit"
and "-6%" on a 10.00 baseline are the same offer.
"""

from __future__ import annotations

from dataclasses import replace

from mailbot.core.engine.types import DealContext
from mailbot.core.terms import Terms


def as_percent_change(terms: Terms, context: DealContext) -> Terms:
    """Fill ``price_change_pct`` from a quoted unit price when only the price was stated."""
    baseline = context.baseline_unit_price
    if terms.price_change_pct is not None or terms.unit_price is None or not baseline:
        return terms
    change = (terms.unit_price / baseline - 1.0) * 100.0
    return replace(terms, price_change_pct=round(change, 4))


def priced(terms: Terms, context: DealContext) -> Terms:
    """The package with its unit price and currency stated, when the context allows."""
    baseline = context.baseline_unit_price
    if baseline is None or terms.price_change_pct is None:
        return replace(terms, unit_price=None)
    unit_price = round(baseline * (1.0 + terms.price_change_pct / 100.0), 4)
    return replace(terms, unit_price=unit_price, currency=terms.currency or context.currency)


def package(stated: Terms, last_offer: Terms, context: DealContext) -> Terms:
    """The supplier's full package: what it stated, the rest as in the bot's last offer."""
    base = replace(last_offer, unit_price=None)
    return priced(as_percent_change(stated, context).merged_over(base), context)


def annual_value(terms: Terms, context: DealContext) -> float | None:
    """Yearly deal value (volume x unit price), or None when the context cannot price it."""
    volume = terms.volume_units if terms.volume_units is not None else context.annual_volume
    unit_price = priced(terms, context).unit_price
    if volume is None or unit_price is None:
        return None
    return volume * unit_price


def currency_mismatch(terms: Terms, context: DealContext) -> bool:
    return bool(terms.currency and context.currency and terms.currency != context.currency)

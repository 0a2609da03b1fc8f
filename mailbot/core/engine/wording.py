"""Plain-English phrases for terms, used in explanations and conditional offers.

These are for the audit log and escalation notes; customer-facing emails are rendered
from templates by the shell, in the policy's language.
"""

from __future__ import annotations

from collections.abc import Callable

from mailbot.core.terms import Lever, Terms


def _price(value: float) -> str:
    if value < 0:
        return f"a {-value:g}% price reduction"
    return f"a {value:g}% price increase" if value > 0 else "the current price"


_PHRASES: dict[Lever, Callable[[float], str]] = {
    Lever.PRICE_CHANGE_PCT: _price,
    Lever.PAYMENT_DAYS: lambda v: f"Net {v:g}",
    Lever.REBATE_PCT: lambda v: f"a {v:g}% rebate",
    Lever.VOLUME_UNITS: lambda v: f"a volume of {v:g} units",
    Lever.CONTRACT_MONTHS: lambda v: f"a {v:g}-month term",
}

_REACHES: dict[Lever, Callable[[float], str]] = {
    Lever.PRICE_CHANGE_PCT: lambda v: (
        f"the price reduction reaches {-v:g}%" if v < 0 else f"the price change is at most {v:g}%"
    ),
    Lever.PAYMENT_DAYS: lambda v: f"payment terms reach Net {v:g}",
    Lever.REBATE_PCT: lambda v: f"the rebate reaches {v:g}%",
    Lever.VOLUME_UNITS: lambda v: f"the volume commitment is {v:g} units",
    Lever.CONTRACT_MONTHS: lambda v: f"the term is {v:g} months",
}


def phrase(lever: Lever, value: float) -> str:
    return _PHRASES[lever](value)


def describe(terms: Terms) -> str:
    """E.g. "a 4% price reduction, Net 50, a 12-month term"."""
    parts = [phrase(lever, value) for lever in Lever if (value := terms.get(lever)) is not None]
    return ", ".join(parts) if parts else "no terms stated"


def conditional_text(give: Lever, give_value: float, require: Lever, require_value: float) -> str:
    return f"we can commit to {phrase(give, give_value)} if {_REACHES[require](require_value)}"


def duration(days: float) -> str:
    """A span of time as a person says it: "10 days", "1.5 days", "6 hours"; never
    "10.0601 days" (the clock's precision is not the reader's)."""
    if days < 1:
        hours = round(days * 24)
        if hours < 1:
            return "less than an hour"
        return "1 hour" if hours == 1 else f"{hours} hours"
    rounded = round(days) if days >= 3 else round(days, 1)
    return "1 day" if rounded == 1 else f"{rounded:g} days"

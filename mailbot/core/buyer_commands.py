"""The buyer's commands, given on the first line of a reply to an escalation or a draft, or
by ``mailbot resolve``: APPROVE, DECLINE, COUNTER <terms>, TAKE OVER.

Pure parsing. A COUNTER's terms are written the way buyers write them: "4% net 50",
"3.5% 12 months", "+2%"; a bare percent is a price reduction (that is what a buyer asks
for), an explicit "+" an increase. ``COUNTER OVERRIDE <terms>`` sends terms outside the
policy on purpose (``mailbot.core.buyer_terms`` refuses them otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from mailbot.core.terms import Terms


class CommandKind(StrEnum):
    APPROVE = "approve"  # send the draft, or accept the supplier's latest terms
    DECLINE = "decline"  # drop the draft, or end the negotiation
    COUNTER = "counter"  # send these terms to the supplier
    TAKE_OVER = "take_over"  # the buyer continues by hand; the bot stops writing


@dataclass(frozen=True, slots=True)
class BuyerCommand:
    kind: CommandKind
    terms: Terms = field(default_factory=Terms)
    override: bool = False  # COUNTER OVERRIDE: the buyer sends terms outside the policy


class CommandError(ValueError):
    """Not a command the bot understands; the message says what it does understand."""


USAGE = (
    "Write one command on the first line of your reply: APPROVE, DECLINE, "
    "COUNTER <terms> (e.g. COUNTER 4% NET 50) or TAKE OVER. "
    "COUNTER OVERRIDE <terms> sends terms outside the policy."
)
_OVERRIDE = re.compile(r"^override\b[\s:,-]*", re.I)
_COMMAND = re.compile(r"^\s*(approve|decline|counter|take\s*over)\b[\s:,-]*(.*)$", re.I)
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_TERM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rebate_pct", re.compile(rf"rebate\s*(?:of\s*)?{_NUMBER}\s*%|{_NUMBER}\s*%\s*rebate", re.I)),
    ("payment_days", re.compile(rf"\bnet\s*{_NUMBER}\b|\b{_NUMBER}\s*days\b", re.I)),
    ("contract_months", re.compile(rf"\b{_NUMBER}[\s-]*months?\b", re.I)),
    ("contract_years", re.compile(rf"\b{_NUMBER}[\s-]*years?\b", re.I)),
    ("volume_units", re.compile(rf"\b{_NUMBER}\s*(?:units|pcs|pieces)\b", re.I)),
    ("price_change_pct", re.compile(rf"(?<![\d.,])([+-]?){_NUMBER}\s*%(?!\s*rebate)", re.I)),
)


def parse_command(text: str) -> BuyerCommand:
    """The command on the first non-empty line of ``text``; CommandError if there is none."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    match = _COMMAND.match(first)
    if match is None:
        raise CommandError(f"no command in {first.strip()[:80]!r}. {USAGE}")
    kind = CommandKind(re.sub(r"\s+", "_", match.group(1).lower()))
    if kind is not CommandKind.COUNTER:
        return BuyerCommand(kind)
    rest, override = _OVERRIDE.subn("", match.group(2), count=1)
    terms = parse_terms(rest)
    if terms.is_empty():
        raise CommandError(f"COUNTER needs terms, e.g. COUNTER 4% NET 50. {USAGE}")
    return BuyerCommand(kind, terms, override=bool(override))


def parse_terms(text: str) -> Terms:
    """Terms in a buyer's shorthand: "4% net 50 12 months rebate 1%"."""
    values: dict[str, float] = {}
    rest = text
    for key, pattern in _TERM_PATTERNS:
        match = pattern.search(rest)
        if match is None:
            continue
        number = next(g for g in reversed(match.groups()) if g and g not in "+-")
        value = float(number.replace(",", "."))
        if key == "price_change_pct":
            value = value if match.group(1) == "+" else -value
        if key == "contract_years":
            key, value = "contract_months", value * 12
        values.setdefault(key, value)
        rest = rest[: match.start()] + " " + rest[match.end() :]  # a number counts once
    return Terms.from_json(values)

"""Every key a policy file may have, generated from the model: the README's key table.

The key paths, types and defaults come from ``Policy`` itself (``model_keys.leaf_keys``),
so a key added to the model shows up here by itself; only its meaning is written by hand,
in ``MEANINGS``. ``mailbot policy keys --markdown`` prints the table, and a test holds the
README's copy to it and fails on a key without a meaning (or a meaning without a key).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.core.model_keys import leaf_keys
from mailbot.core.policy.model import DEFAULT_BETTER, Policy

_DIRECTIONS = ", ".join(f"{lever.value} {better.value}" for lever, better in DEFAULT_BETTER.items())

MEANINGS: dict[str, str] = {
    "name": "What the policy is called; shown in reports and emails to the buyer.",
    "description": "Free text for people reading the policy; the engine ignores it.",
    "levers.<lever>.current": "Today's value (a price change is measured from 0, today's price).",
    "levers.<lever>.target": "What the bot opens with and aims for.",
    "levers.<lever>.walk_away": "The worst value the bot may ever agree to.",
    "levers.<lever>.weight": "How much the lever matters; weights are normalised to sum to 1.",
    "levers.<lever>.better": f"Which direction favours the buyer (default: {_DIRECTIONS}).",
    "fixed_terms.<lever>": "A term that is not negotiated: any other value is escalated.",
    "trade_offs[].give.lever": "The bargaining chip: a lever that moves only through this "
                               "trade-off.",
    "trade_offs[].give.value": "What the bot may give on that lever.",
    "trade_offs[].require.lever": "The lever on which the bot requires a gain in exchange.",
    "trade_offs[].require.value": "The minimum the package must reach on it.",
    "trade_offs[].text": "The trade-off in words, for people; the engine acts on the numbers.",
    "pacing.strategy": "The concession curve: boulware concedes late, conceder early.",
    "pacing.exponent": "The curve's exponent (null: 2 for boulware, 1 linear, 0.5 conceder).",
    "pacing.max_rounds": "Offers the bot may make; the last may reach a walk-away.",
    "pacing.reciprocity": "Concede on a lever at most this many times the supplier's move on it.",
    "pacing.meso": "Packages of equal value per counter-offer, 1 to 3.",
    "pacing.opponent_model": "Learn which levers the supplier moves on; give where it holds.",
    "pacing.variation": "Per-negotiation variation of each concession, 0 to 0.3.",
    "pacing.plausible_after": "From this offer on, offers aim at the supplier's limits as its "
                              "counters show them.",
    "pacing.supplier_patience": "Replies a supplier is expected to give before it may walk "
                                "away; the margin above its limits closes over them.",
    "pacing.reminder_after_days": "Days of silence before a reminder.",
    "pacing.reminders": "Reminders before a silent supplier is escalated.",
    "pacing.escalate_after_days": "Days of silence before escalating to the buyer.",
    "escalation.on_price_increase": "Escalate when the supplier asks for a price increase (with "
                                    "`on_outside_policy: counter`, a supplier that already "
                                    "offered today's price or better is answered in policy).",
    "escalation.on_outside_policy": "A package beyond a walk-away, on a lever not in play, or "
                                    "with an unpermitted concession: `counter` it with an "
                                    "in-policy offer, or `escalate` it to the buyer.",
    "escalation.stalled_rounds": "After this many replies in a row with no move on any lever, "
                                 "one best-and-final offer, then escalate.",
    "escalation.min_confidence": "A reply read with less confidence is clarified with the "
                                 "supplier, or goes to a human (0 to 1).",
    "escalation.clarifications": "Clarifications the bot may ask the supplier per negotiation "
                                 "before an unclear reply goes to a human (0: none).",
    "closing.accept_at_utility": "Also accept any in-policy package worth this much (0 to 1).",
    "closing.auto_close_limit": "Deals worth more a year go to a human (needs price and volume).",
    "templates": "The template set for this policy's emails: `templates/sets/<name>/`, falling "
                 "back file by file to the default set.",
    "language": "The language of the emails to a supplier whose row in the suppliers file "
                "names none (templates exist for en, de, fr, es; others fall back to en).",
    "shadow": "Shadow mode: every email to a supplier waits as a draft for the buyer's APPROVE.",
}

# Where the model's own default would mislead: ``better`` is filled in per lever.
_DEFAULT_SHOWN: dict[str, str] = {"levers.<lever>.better": "per lever"}


@dataclass(frozen=True, slots=True)
class KeyRow:
    key: str
    kind: str
    default: str
    meaning: str


def policy_keys() -> tuple[KeyRow, ...]:
    """Every key, in the model's order; a key without a meaning has an empty one."""
    return tuple(
        KeyRow(key.path, key.kind, _DEFAULT_SHOWN.get(key.path, key.default),
               MEANINGS.get(key.path, ""))
        for key in leaf_keys(Policy)
    )


def keys_markdown() -> str:
    """The key table as Markdown, exactly as the README holds it."""
    lines = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for row in policy_keys():
        cells = (f"`{row.key}`", row.kind, _code(row.default), row.meaning)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def _code(default: str) -> str:
    return default if default in ("required", "per lever", "none") else f"`{default}`"

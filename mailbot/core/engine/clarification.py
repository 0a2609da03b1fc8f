"""A clarification the bot asks the supplier, as a plain value for the audit log.

It restates what the bot understood, lists what is unclear (in the supplier's own
words) and, where the reply named several packages, lists them by letter with whether
each lies inside the policy. The shell renders it and stores it; the supplier's answer
is then read with it as context (``for_reader``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailbot.core.engine.wording import describe, phrase
from mailbot.core.reading.model import Clarifying, Unclear, UnclearKind
from mailbot.core.terms import Lever, Terms

LETTERS = "ABC"
_LEVER_KEYS = frozenset(lever.value for lever in Lever)


@dataclass(frozen=True, slots=True)
class Clarification:
    """``understood`` is what the supplier stated firmly; ``restated`` the package a plain
    "yes" confirms (the understood terms and any hedged value read as meant)."""

    understood: Terms
    restated: Terms
    questions: tuple[Unclear, ...] = ()
    options: tuple[Terms, ...] = ()  # lettered A, B, C
    options_in_policy: tuple[bool, ...] = ()

    def for_reader(self) -> Clarifying:
        return Clarifying(self.restated, self.questions, self.options)

    def describe(self) -> str:
        """What was unclear, in a line for the audit log and the buyer."""
        parts = [_question(q) for q in self.questions]
        if self.options:
            listed = "; ".join(
                f"{letter}: {describe(option)} ({'inside' if inside else 'outside'} the policy)"
                for letter, option, inside in zip(
                    LETTERS, self.options, self.options_in_policy, strict=False))
            parts.append(f"asked which of {listed}")
        if not parts:
            parts.append("the reply was not read with enough confidence; asked the supplier "
                         "to confirm it")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "understood": self.understood.to_json(),
            "restated": self.restated.to_json(),
            "questions": [q.to_json() for q in self.questions],
            "options": [o.to_json() for o in self.options],
            "options_in_policy": list(self.options_in_policy),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Clarification:
        return cls(
            understood=Terms.from_json(data.get("understood")),
            restated=Terms.from_json(data.get("restated")),
            questions=tuple(_unclear(q) for q in data.get("questions") or ()),
            options=tuple(Terms.from_json(o) for o in data.get("options") or ()),
            options_in_policy=tuple(bool(v) for v in data.get("options_in_policy") or ()),
        )


def _unclear(data: dict[str, Any]) -> Unclear:
    return Unclear(
        kind=UnclearKind(data["kind"]),
        text=str(data.get("text", "")),
        field=data.get("field"),
        candidates=tuple(float(c) for c in data.get("candidates") or ()),
        packages=tuple(Terms.from_json(p) for p in data.get("packages") or ()),
    )


def _question(q: Unclear) -> str:
    ordered = [_value(q.field, c) for c in sorted(set(q.candidates), key=abs)]
    values = " or ".join(ordered)
    return {
        UnclearKind.RANGE: f"a range for {q.field}, from {ordered[0]} to {ordered[-1]}; "
                           "asked which value" if ordered else "a range; asked which value",
        UnclearKind.UNCLEAR_NUMBER: f"a hedged value for {q.field} ({values}); asked the "
                                    "supplier to confirm it",
        UnclearKind.FORM_CONFLICTS_TEXT: f"the reply form and the text disagree on {q.field} "
                                         f"({values}); asked which holds",
        UnclearKind.PRICE_PERCENT_CONFLICT: f"the unit price and the percent disagree "
                                            f"({values}); asked which holds",
        UnclearKind.ALTERNATIVES: f"the reply names {len(q.packages)} packages",
    }.get(q.kind, f"{q.kind.value}: {q.text!r}")


def _value(field: str | None, value: float) -> str:
    if field in _LEVER_KEYS:
        return phrase(Lever(str(field)), value)
    return f"{value:g}"

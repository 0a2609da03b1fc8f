"""The buyer's side of a simulated exchange, as sent to a supplier.

Bodies are plain stand-ins until the template set renders real emails; they carry the
same facts (terms, conditional concession) so a ``--supplier-cmd`` program can read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailbot.core.engine import Action, Clarification, Decision
from mailbot.core.engine.wording import describe

_OPENERS: dict[Action, str] = {
    Action.OFFER: "We propose",
    Action.REMIND: "A reminder of our proposal",
    Action.ACCEPT: "We accept",
}

LETTERS = "ABC"

_CLOSERS: dict[Action, str] = {
    Action.ESCALATE: "Thank you. A colleague will be in touch with you shortly.",
    Action.END: "Thank you for your time; we will not pursue this further.",
    Action.WAIT: "",
}


@dataclass(frozen=True, slots=True)
class BuyerMessage:
    round: int
    decision: Decision

    @property
    def body(self) -> str:
        action, terms = self.decision.action, self.decision.terms
        if action is Action.CLARIFY and self.decision.clarification is not None:
            return _clarification_body(self.decision.clarification)
        if action not in _OPENERS or terms is None:
            return _CLOSERS.get(action, "")
        body = f"{_OPENERS[action]}: {describe(terms)}."
        if self.decision.alternatives:
            body = f"{_OPENERS[action]} one of these packages, of equal value to us:\n" + "\n".join(
                f"Option {letter}: {describe(t)}."
                for letter, t in zip(LETTERS, self.decision.alternatives, strict=False))
        if self.decision.conditional is not None:
            body += f" To be clear, {self.decision.conditional.text}."
        return body

    def to_json(self) -> dict[str, Any]:
        """One line of the ``--supplier-cmd`` protocol; a clarification sends the package a
        "yes" confirms as its terms and the packages to pick from as its alternatives."""
        terms, alternatives = self.decision.terms, self.decision.alternatives
        asked = self.decision.clarification
        if asked is not None:
            terms, alternatives = asked.restated, asked.options
        return {
            "round": self.round,
            "action": self.decision.action.value,
            "terms": terms.to_json() if terms is not None else {},
            "body": self.body,
            "alternatives": [t.to_json() for t in alternatives],
        }


def _clarification_body(asked: Clarification) -> str:
    """The clarification in a few plain sentences a supplier program can answer."""
    body = (f"To be sure we read you right: we understood {describe(asked.restated)}. "
            f"Unclear: {asked.describe()}.")
    if asked.options:
        body += "\n" + "\n".join(f"Option {letter}: {describe(t)}."
                                  for letter, t in zip(LETTERS, asked.options, strict=False))
    return body

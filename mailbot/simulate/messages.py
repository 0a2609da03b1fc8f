"""The buyer's side of a simulated exchange, as sent to a supplier.

Bodies are plain stand-ins until the template set renders real emails; they carry the
same facts (terms, conditional concession) so a ``--supplier-cmd`` program can read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailbot.core.engine import Action, Decision
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
        """One line of the ``--supplier-cmd`` protocol."""
        terms = self.decision.terms
        return {
            "round": self.round,
            "action": self.decision.action.value,
            "terms": terms.to_json() if terms is not None else {},
            "body": self.body,
            "alternatives": [t.to_json() for t in self.decision.alternatives],
        }

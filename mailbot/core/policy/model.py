"""A buyer's negotiating policy as typed, frozen data.

The models only describe shape and types; the business rules that make a policy
coherent (walk-away worse than target, trade-offs inside the bounds...) live in
``checks.py`` so that every problem in a file can be reported at once.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from mailbot.core.terms import Lever


class Better(StrEnum):
    """Which direction of a lever favours the buyer."""

    LOWER = "lower"
    HIGHER = "higher"


class Strategy(StrEnum):
    """Time-dependent concession curve, named as in the NegMAS vocabulary."""

    BOULWARE = "boulware"
    LINEAR = "linear"
    CONCEDER = "conceder"


# A buyer pays less, later, with a larger rebate, and commits to less volume for less
# time (flexibility); a trade-off can still grant a longer term in exchange for price.
DEFAULT_BETTER: dict[Lever, Better] = {
    Lever.PRICE_CHANGE_PCT: Better.LOWER,
    Lever.PAYMENT_DAYS: Better.HIGHER,
    Lever.REBATE_PCT: Better.HIGHER,
    Lever.VOLUME_UNITS: Better.LOWER,
    Lever.CONTRACT_MONTHS: Better.LOWER,
}

DEFAULT_EXPONENT: dict[Strategy, float] = {
    Strategy.BOULWARE: 2.0,
    Strategy.LINEAR: 1.0,
    Strategy.CONCEDER: 0.5,
}


class OutsidePolicy(StrEnum):
    """What the bot does with a supplier's package that is outside the policy."""

    COUNTER = "counter"    # answer with an offer inside the policy
    ESCALATE = "escalate"  # hand the thread to a human


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LeverPolicy(_Model):
    """Bounds of one lever in play. ``better`` is filled from ``DEFAULT_BETTER``."""

    current: float
    target: float
    walk_away: float
    weight: float
    better: Better

    def prefers(self, a: float, b: float) -> bool:
        """Whether ``a`` is strictly better for the buyer than ``b``."""
        return a < b if self.better is Better.LOWER else a > b


class LeverValue(_Model):
    lever: Lever
    value: float


class TradeOff(_Model):
    """The bot may move ``give`` to its value if the package reaches ``require``."""

    give: LeverValue
    require: LeverValue
    text: str | None = None


class Pacing(_Model):
    """Defaults are the settings that did best in the realistic tournament (README)."""

    strategy: Strategy = Strategy.LINEAR
    exponent: float | None = None
    max_rounds: int = 6
    reciprocity: float = 2.0
    meso: int = 1  # packages per counter-offer: 1 = a single offer, 2-3 = offers of equal value
    opponent_model: bool = True  # concede on what the supplier holds, paced by its moves
    variation: float = 0.0  # up to this share less concession per round, seeded per deal
    # From this many offers on, every offer is one the supplier can plausibly accept: it
    # aims at the supplier's limits as its counters show them, not at the clock.
    plausible_after: int = 1
    # Replies a supplier is expected to give before it may walk away: paces the approach
    # to its limits and weighs the risk of continuing against a counter in hand.
    supplier_patience: int = 3
    reminder_after_days: float = 3.0
    reminders: int = 2
    escalate_after_days: float = 10.0

    @property
    def curve_exponent(self) -> float:
        return self.exponent if self.exponent is not None else DEFAULT_EXPONENT[self.strategy]


class Escalation(_Model):
    on_price_increase: bool = True
    on_outside_policy: OutsidePolicy = OutsidePolicy.COUNTER
    stalled_rounds: int = 4  # replies without a move on any lever: a best-and-final offer
    min_confidence: float = 0.7
    # An unclear but harmless reply is first clarified with the supplier, at most this
    # many times per negotiation; the next unclear reply goes to a human. 0: never ask.
    clarifications: int = 1

    @field_validator("on_outside_policy", mode="before")
    @classmethod
    def _from_flag(cls, value: Any) -> Any:
        """Older policies said ``true`` (escalate) or ``false`` (counter)."""
        if isinstance(value, bool):
            return OutsidePolicy.ESCALATE if value else OutsidePolicy.COUNTER
        return value


class Closing(_Model):
    accept_at_utility: float | None = None
    auto_close_limit: float | None = None


class Policy(_Model):
    """A whole policy file. Use ``parse_policy``: it also runs the business-rule checks."""

    name: str
    description: str = ""
    levers: dict[Lever, LeverPolicy]
    fixed_terms: dict[Lever, float] = {}
    trade_offs: tuple[TradeOff, ...] = ()
    pacing: Pacing = Pacing()
    escalation: Escalation = Escalation()
    closing: Closing = Closing()
    templates: str = "default"
    language: str = "en"
    # Shadow mode: every email to a supplier waits, as a draft, for the buyer's APPROVE.
    shadow: bool = False

    @model_validator(mode="before")
    @classmethod
    def _default_directions(cls, data: Any) -> Any:
        """Fill each lever's ``better`` from its kind, before field validation."""
        if not isinstance(data, dict) or not isinstance(data.get("levers"), dict):
            return data
        levers = {}
        for key, spec in data["levers"].items():
            if isinstance(spec, dict) and "better" not in spec and key in DEFAULT_BETTER:
                spec = {**spec, "better": DEFAULT_BETTER[Lever(key)].value}
            levers[key] = spec
        return {**data, "levers": levers}

    @property
    def in_play(self) -> tuple[Lever, ...]:
        """Levers in play, in the canonical ``Lever`` order (determinism)."""
        return tuple(lever for lever in Lever if lever in self.levers)

    @property
    def give_levers(self) -> frozenset[Lever]:
        """Bargaining chips: they move only through a trade-off, never by pacing."""
        return frozenset(t.give.lever for t in self.trade_offs)

    @property
    def paced_levers(self) -> tuple[Lever, ...]:
        return tuple(lever for lever in self.in_play if lever not in self.give_levers)

    def weight(self, lever: Lever) -> float:
        """The lever's weight, normalised so the weights in play sum to 1."""
        total = sum(spec.weight for spec in self.levers.values())
        return self.levers[lever].weight / total

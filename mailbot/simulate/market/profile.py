"""One supplier's private position: per-lever limits and ideals, weights, tactic, deadline.

Each lever is scored on the supplier's own scale: 1 at its ideal, 0 at its limit (the
worst it can accept on that lever), negative beyond the limit, which it never accepts.
Its utility is the weighted sum of the scores (each counted at most 1). Limits are per
lever and unrelated to any buyer's ranges: a share of suppliers cannot meet a given
policy at all. A longer contract lets it give more on price: each 12 months beyond
today's term move its price limit ``bonus`` further toward the buyer.

Values are handled in an *oriented* coordinate ``y = sign x`` in which more is better
for the supplier, so one formula serves levers the buyer wants lower or higher.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from mailbot.core.policy import Better
from mailbot.core.terms import INTEGER_LEVERS, Lever, Terms
from mailbot.simulate.market.spec import SPANS, TACTICS, PopulationSpec
from mailbot.simulate.market.view import MarketLever, MarketView

_NATURAL_MIN: dict[Lever, float] = {
    Lever.PAYMENT_DAYS: 0.0, Lever.CONTRACT_MONTHS: 1.0, Lever.REBATE_PCT: 0.0,
    Lever.VOLUME_UNITS: 0.0, Lever.PRICE_CHANGE_PCT: -60.0,
}
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class LeverRange:
    """One lever as the supplier sees it; ``ideal_y >= limit_y`` in oriented units."""

    lever: Lever
    sign: float        # +1 when the supplier wants the value higher, -1 when lower
    today: float
    ideal_y: float
    limit_y: float
    weight: float
    natural: float     # a typical move in this lever's unit (distance scale)
    step: float        # the grid the supplier quotes on

    def y(self, value: float) -> float:
        return self.sign * value

    def value(self, y: float) -> float:
        return self.sign * y


@dataclass(frozen=True, slots=True)
class SupplierProfile:
    levers: tuple[LeverRange, ...]
    tactic: str
    exponent: float
    deadline: int            # replies it gives; it walks away once they are used up
    reservation: float       # utility floor on top of its per-lever limits
    noise: float             # 0 for a steady supplier
    odd_ask_round: int | None
    odd_ask: float           # in natural spans of price
    jumps: bool              # reaches its limits one reply before the deadline
    walks_silently: bool     # at its deadline: no last counter, it just leaves
    reciprocity: float
    hardening: float
    drift: float
    bonus: float             # price limit gained per 12 months beyond today's term
    month_choices: tuple[int, ...]

    def lever(self, lever: Lever) -> LeverRange | None:
        return next((r for r in self.levers if r.lever is lever), None)

    def limit_y(self, r: LeverRange, terms: Terms) -> float:
        """The lever's limit, for price moved by the contract term the package carries."""
        if r.lever is not Lever.PRICE_CHANGE_PCT or not self.bonus:
            return r.limit_y
        term = self.lever(Lever.CONTRACT_MONTHS)
        months = terms.get(Lever.CONTRACT_MONTHS)
        if term is None or months is None:
            return r.limit_y
        extra = min(2.0, max(0.0, (months - term.today) / 12.0))
        return r.limit_y - self.bonus * extra

    def score(self, r: LeverRange, terms: Terms) -> float:
        value = terms.get(r.lever)
        y = r.y(r.today if value is None else value)
        limit = self.limit_y(r, terms)
        if r.ideal_y - limit <= _TOLERANCE:
            return 1.0 if y >= limit - _TOLERANCE else -1.0
        return (y - limit) / (r.ideal_y - limit)

    def utility(self, terms: Terms) -> float:
        return sum(r.weight * min(1.0, self.score(r, terms)) for r in self.levers)

    def within_limits(self, terms: Terms) -> bool:
        return all(self.score(r, terms) >= -_TOLERANCE for r in self.levers)

    def acceptable(self, terms: Terms, aspiration: float) -> bool:
        floor = max(aspiration, self.reservation)
        return self.within_limits(terms) and self.utility(terms) >= floor - 1e-6


def draw_profile(view: MarketView, spec: PopulationSpec, seed: int) -> SupplierProfile:
    """The ``seed``-th supplier of population ``spec``: the same seed, the same supplier."""
    rng = random.Random(f"{spec.name}:{seed}")
    # A lever on which the supplier has no room (ideal at its limit) is a condition, not
    # a preference: it carries no weight.
    raw = [(r, weight if r.ideal_y - r.limit_y > 1e-9 else 0.0)
           for r, weight in (_draw_lever(m, spec, rng) for m in view.levers)]
    total = sum(weight for _, weight in raw) or 1.0
    levers = tuple(_with_weight(r, weight / total) for r, weight in raw)
    tactic = rng.choices(TACTICS, weights=[spec.tactics.get(t, 0.0) for t in TACTICS])[0]
    deadline = rng.choices(list(spec.deadlines), weights=list(spec.deadlines.values()))[0]
    odd = rng.random() < spec.odd_ask_share and deadline >= 3
    coupled = {r.lever for r in levers} >= {Lever.PRICE_CHANGE_PCT, Lever.CONTRACT_MONTHS}
    return SupplierProfile(
        levers=levers,
        tactic=tactic,
        exponent=rng.uniform(*spec.exponents[tactic]),
        deadline=deadline,
        reservation=rng.uniform(*spec.reservation) if rng.random() < spec.reservation_share
        else 0.0,
        noise=rng.uniform(*spec.noise) if rng.random() < spec.noise_share else 0.0,
        odd_ask_round=rng.randint(2, deadline - 1) if odd else None,
        odd_ask=rng.uniform(*spec.odd_ask),
        jumps=tactic in ("boulware", "hard-headed") and rng.random() < spec.jump_share,
        walks_silently=rng.random() < spec.walk_silently_share,
        reciprocity=rng.uniform(*spec.reciprocity),
        hardening=rng.uniform(*spec.hardening),
        drift=rng.uniform(*spec.drift),
        bonus=rng.uniform(*spec.contract_bonus) * SPANS[Lever.PRICE_CHANGE_PCT]
        if coupled else 0.0,
        month_choices=spec.month_choices,
    )


def _draw_lever(m: MarketLever, spec: PopulationSpec, rng: random.Random) -> tuple[
        LeverRange, float]:
    sign = 1.0 if m.buyer_wants is Better.LOWER else -1.0
    natural = SPANS[m.lever] * (max(abs(m.today), 1.0) if m.lever is Lever.VOLUME_UNITS
                                else 1.0)
    today_y = sign * m.today
    if m.lever is Lever.PRICE_CHANGE_PCT:
        # Answering a request for a reduction, a supplier opens at today's price or a
        # little below it; a price increase is an odd ask, drawn separately.
        away = -rng.uniform(0.0, 0.3) if rng.random() < 0.4 else 0.0
    else:
        away = rng.uniform(*spec.open_away) if rng.random() < spec.open_away_share else 0.0
    limit_y = today_y - rng.gauss(spec.limit_mean, spec.limit_sd) * natural
    # A limit on the supplier's side of its opening raises the opening to it: nobody
    # opens with terms it could not accept.
    ideal_y = max(today_y + away * natural, limit_y)
    low = _NATURAL_MIN[m.lever]
    ideal_y, limit_y = (sign * max(low, sign * y) for y in (ideal_y, limit_y))
    if m.lever is Lever.CONTRACT_MONTHS:  # terms are quoted in the usual lengths
        ideal_y, limit_y = (float(_usual(spec.month_choices, y)) for y in (ideal_y, limit_y))
    step = _step(m.lever, spec, rng, natural)
    return LeverRange(m.lever, sign, m.today, ideal_y, limit_y, 0.0, natural,
                      step), rng.gammavariate(2.0, 1.0)


def _usual(choices: tuple[int, ...], months: float) -> int:
    return min(choices, key=lambda c: (abs(c - months), c))


def _with_weight(r: LeverRange, weight: float) -> LeverRange:
    return LeverRange(r.lever, r.sign, r.today, r.ideal_y, r.limit_y, weight, r.natural, r.step)


def _step(lever: Lever, spec: PopulationSpec, rng: random.Random, natural: float) -> float:
    if lever is Lever.PAYMENT_DAYS:
        return float(rng.choice(spec.day_steps))
    if lever is Lever.CONTRACT_MONTHS:
        return 1.0
    if lever is Lever.VOLUME_UNITS:
        return max(1.0, float(math.floor(natural / 20)))
    step = rng.choice(spec.price_steps)
    return step if lever not in INTEGER_LEVERS else max(1.0, round(step))

"""How a market supplier answers the buyer's offers.

Per offer (the best for it, when an offer lets it pick among packages):

1. Past its own deadline it accepts anything within its limits and walks away otherwise.
2. It accepts an offer worth its current aspiration, within every limit.
3. At its deadline, a supplier that walks silently leaves instead of countering.
4. Otherwise it counters with the package it can accept that is *closest to what the
   buyer asked* (least squares in natural spans): it gives most where it cares least,
   so where the offer points matters. A noisy supplier perturbs the counter; one odd
   reply in the middle may ask a higher price than before, even above today's.

Aspiration, on its own utility scale: time-based tactics follow ``1 - t**e`` from its
ideal (first reply) to its reservation at its deadline, a jumper reaching it one reply
early; a reciprocal supplier concedes what the buyer's last step gave it (times its
reciprocity, plus a small drift) and hardens when the buyer takes something back.
"""

from __future__ import annotations

import math
import random

from mailbot.core.engine.types import Action, SupplierMove
from mailbot.core.terms import Intent, Lever, Terms
from mailbot.simulate.market.profile import LeverRange, SupplierProfile
from mailbot.simulate.market.view import MarketView
from mailbot.simulate.messages import BuyerMessage

_BISECTIONS = 36
_SAME = 1e-9


class MarketSupplier:
    """One supplier of the population, with the memory a person keeps of the thread."""

    def __init__(self, profile: SupplierProfile, view: MarketView, seed: int = 0) -> None:
        self.profile, self.view = profile, view
        self.replies = 0
        self.aspiration = 1.0
        self.previous: Terms | None = None
        self._rng = random.Random(f"noise:{seed}")

    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        decision = message.decision
        if decision.terms is None:
            return None
        if decision.action is Action.OFFER:
            self.replies += 1
        p, k = self.profile, self.replies
        offered = [self._full(t) for t in (decision.alternatives or (decision.terms,))]
        best = max(offered, key=p.utility)
        if k > p.deadline:
            return _accept(best) if p.acceptable(best, p.reservation) else _walk()
        aspiration = self._aspire(k, best)
        self.previous = best
        if p.acceptable(best, aspiration):
            return _accept(best)
        if k >= p.deadline and p.walks_silently:
            return _walk()
        return SupplierMove(Intent.COUNTER, False, self._counter(best, aspiration, k))

    def close(self, message: BuyerMessage) -> None:
        """Nothing to release."""

    def _full(self, terms: Terms) -> Terms:
        for m in self.view.levers:
            if terms.get(m.lever) is None:
                terms = terms.with_lever(m.lever, m.today)
        return terms

    def _aspire(self, k: int, offer: Terms) -> float:
        p = self.profile
        if p.tactic == "reciprocal":
            self.aspiration = self._reciprocal(k, offer)
            return self.aspiration
        t = min(1.0, (k - 1) / max(1, p.deadline - 1))
        if p.jumps and k >= p.deadline - 1:
            t = 1.0
        return p.reservation + (1.0 - p.reservation) * (1.0 - float(t**p.exponent))

    def _reciprocal(self, k: int, offer: Terms) -> float:
        p, before = self.profile, self.previous
        if k == 1 or before is None:
            return 1.0
        gain = p.utility(offer) - p.utility(before)
        taken_back = sum(r.weight * max(0.0, min(1.0, p.score(r, before))
                                        - min(1.0, p.score(r, offer))) for r in p.levers)
        aspiration = self.aspiration - p.reciprocity * max(0.0, gain) - p.drift
        if taken_back > 1e-6:
            aspiration += p.hardening * taken_back + 0.02
        return min(1.0, max(p.reservation, aspiration))

    def _counter(self, offer: Terms, aspiration: float, k: int) -> Terms:
        p = self.profile
        package = closest(p, offer, max(aspiration, p.reservation))
        if p.noise:
            package = _noisy(p, package, offer, self._rng)
        price = p.lever(Lever.PRICE_CHANGE_PCT)
        if k == p.odd_ask_round and price is not None:
            y = price.y(_value(package, price))
            package = package.with_lever(price.lever, _on_grid(
                price, price.value(y + p.odd_ask * price.natural)))
        return package


def closest(p: SupplierProfile, offer: Terms, floor: float) -> Terms:
    """The package worth at least ``floor`` to the supplier, within its limits, nearest
    the offer; its ideal on every lever when nothing nearer reaches ``floor``."""
    term = p.lever(Lever.CONTRACT_MONTHS)
    if term is None or not p.bonus:
        return _project(p, offer, floor, fixed=frozenset()) or _ideal(p, offer)
    found: list[tuple[float, Terms]] = []
    for months in _month_options(p, term, offer):
        trial = offer.with_lever(term.lever, months)
        package = _project(p, trial, floor, fixed=frozenset({term.lever}))
        if package is not None:
            found.append((_distance(p, package, offer), package))
    return min(found, key=lambda pair: pair[0])[1] if found else _ideal(p, offer)


def _month_options(p: SupplierProfile, term: LeverRange, offer: Terms) -> list[float]:
    offered = _value(offer, term)
    top = max(term.ideal_y, offered, term.today + 24)
    options = {float(m) for m in p.month_choices if term.limit_y <= m <= top}
    if offered >= term.limit_y:
        options.add(float(offered))
    return sorted(options) or [float(max(term.limit_y, offered))]


def _project(p: SupplierProfile, offer: Terms, floor: float,
             fixed: frozenset[Lever]) -> Terms | None:
    """Least-squares move from the offer onto ``utility >= floor``, inside the limits:
    each free lever's score rises by ``lambda * weight / cost**2`` (capped at its ideal,
    or at the offer where the offer is already better for the supplier)."""
    constant, free = 0.0, []
    for r in p.levers:
        score = p.score(r, offer)
        if r.lever in fixed:
            if score < -_SAME:
                return None
            constant += r.weight * min(1.0, score)
            continue
        span = r.ideal_y - p.limit_y(r, offer)
        cost = max(span / r.natural, 1e-6)
        free.append((r, score, max(1.0, score), r.weight / cost**2))

    weights = [r.weight for r, *_ in free]
    starts = [s for _, s, _, _ in free]
    tops = [top for _, _, top, _ in free]
    pulls = [pull for *_, pull in free]

    def scores(lam: float) -> list[float]:
        return [min(t, max(0.0, s + lam * q)) for s, t, q in zip(starts, tops, pulls,
                                                                  strict=True)]

    def worth(lam: float) -> float:
        total = constant
        for w, s, t, q in zip(weights, starts, tops, pulls, strict=True):
            total += w * min(1.0, t, max(0.0, s + lam * q))
        return total

    if constant + sum(w * min(1.0, t) for w, t in zip(weights, tops, strict=True)) \
            < floor - 1e-9:
        return None
    low, high = 0.0, 1.0
    while worth(high) < floor and high < 1e12:
        high *= 2.0
    if worth(0.0) < floor:
        for _ in range(_BISECTIONS):
            mid = (low + high) / 2
            low, high = (mid, high) if worth(mid) < floor else (low, mid)
    else:
        high = 0.0
    package = offer
    for (r, s, _, _), value in zip(free, scores(high), strict=True):
        if abs(value - s) > _SAME:
            limit = p.limit_y(r, offer)
            package = package.with_lever(r.lever, _on_grid(
                r, r.value(limit + value * (r.ideal_y - limit))))
    return package


def _ideal(p: SupplierProfile, offer: Terms) -> Terms:
    package = offer
    for r in p.levers:
        package = package.with_lever(r.lever, r.value(r.ideal_y))
    return package


def _noisy(p: SupplierProfile, package: Terms, offer: Terms, rng: random.Random) -> Terms:
    """The counter nudged at random, never past a limit nor below what was offered."""
    noisy = package
    for r in p.levers:
        if r.lever is Lever.CONTRACT_MONTHS:
            continue
        limit = p.limit_y(r, package)
        y = r.y(_value(package, r)) + rng.gauss(0.0, p.noise) * (r.ideal_y - limit)
        offered = r.y(_value(offer, r))
        y = max(limit, min(max(r.ideal_y, offered), y))
        noisy = noisy.with_lever(r.lever, _on_grid(r, r.value(y)))
    return noisy


def _on_grid(r: LeverRange, value: float) -> float:
    """Rounded to the supplier's quoting grid, in its own favour."""
    steps = r.y(value) / r.step
    y = math.ceil(steps - 1e-6) * r.step
    return round(r.value(y), 4)


def _distance(p: SupplierProfile, a: Terms, b: Terms) -> float:
    return sum(((_value(a, r) - _value(b, r)) / r.natural) ** 2 for r in p.levers)


def _value(terms: Terms, r: LeverRange) -> float:
    value = terms.get(r.lever)
    return r.today if value is None else value


def _accept(terms: Terms) -> SupplierMove:
    return SupplierMove(Intent.ACCEPT, False, terms)


def _walk() -> SupplierMove:
    return SupplierMove(Intent.REJECT, False, Terms())

"""The parameter ranges a supplier population is drawn from.

``STANDARD`` is written from the description of real suppliers (issue 18): own deadlines
unrelated to the buyer's round budget and often short, openings at their own ideal terms
(usually outside a buyer's policy), separate limits per lever and some that cannot meet a
policy at all, Boulware / linear / Conceder / hard-headed / reciprocal tactics, noise,
jumps just before the deadline, hardening on retraction, a longer contract bought with
price, and now and then an odd ask such as a price increase in the middle of the path.

``SHIFTED`` moves every distribution (shorter deadlines, tighter limits, more hard-headed
and reciprocal suppliers, more noise and odd asks, walk-aways without a last word): a
population nobody tuned on, to check that what wins on ``STANDARD`` is not overfitted.

Distances are in each lever's *natural span* (``SPANS``), the size of a typical move in
that lever's own unit: 3 points of price, 20 days of payment terms... The spans are
market facts, not the buyer's ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.core.terms import Lever

SPANS: dict[Lever, float] = {
    Lever.PRICE_CHANGE_PCT: 3.0,   # percentage points of the unit price
    Lever.PAYMENT_DAYS: 20.0,      # days
    Lever.REBATE_PCT: 2.0,         # percentage points
    Lever.VOLUME_UNITS: 0.2,       # share of today's volume
    Lever.CONTRACT_MONTHS: 12.0,   # months
}

TACTICS = ("boulware", "linear", "conceder", "hard-headed", "reciprocal")


@dataclass(frozen=True, slots=True)
class PopulationSpec:
    name: str
    tactics: dict[str, float]                  # tactic -> share of the population
    exponents: dict[str, tuple[float, float]]  # aspiration 1 - t**e, e drawn in range
    deadlines: dict[int, float]                # replies it gives before walking -> weight
    limit_mean: float                          # its limit beyond today, toward the buyer,
    limit_sd: float                            # in natural spans (negative: cannot meet today)
    open_away_share: float                     # share opening beyond today's terms
    open_away: tuple[float, float]             # how far beyond, in natural spans
    contract_bonus: tuple[float, float]        # extra price per 12 more months, in spans
    reservation_share: float                   # share with a utility floor above its limits
    reservation: tuple[float, float]
    noise_share: float
    noise: tuple[float, float]                 # counter noise, share of each lever's range
    odd_ask_share: float                       # share making one odd ask mid-path
    odd_ask: tuple[float, float]               # price retraction, in natural spans
    jump_share: float                          # Boulware/hard-headed jumping a round early
    walk_silently_share: float                 # share walking at its deadline, no last word
    reciprocity: tuple[float, float]           # reciprocal: own concession per buyer step
    hardening: tuple[float, float]             # reciprocal: aspiration regained per retraction
    drift: tuple[float, float]                 # reciprocal: time concession per reply
    price_steps: tuple[float, ...] = (0.1, 0.25, 0.5)
    day_steps: tuple[int, ...] = (1, 5, 5, 15)
    month_choices: tuple[int, ...] = field(default=(1, 3, 6, 12, 18, 24, 36))


STANDARD = PopulationSpec(
    name="standard",
    tactics={"boulware": 0.25, "linear": 0.2, "conceder": 0.15, "hard-headed": 0.15,
             "reciprocal": 0.25},
    exponents={"boulware": (2.0, 5.0), "linear": (1.0, 1.0), "conceder": (0.25, 0.7),
               "hard-headed": (6.0, 14.0), "reciprocal": (1.0, 1.0)},
    deadlines={2: 1.0, 3: 2.0, 4: 2.5, 5: 2.5, 6: 2.0, 7: 1.5, 8: 1.0, 10: 1.0, 12: 0.5},
    limit_mean=1.2, limit_sd=1.0,
    open_away_share=0.75, open_away=(0.3, 1.2),
    contract_bonus=(0.0, 0.6),
    reservation_share=0.0, reservation=(0.05, 0.3),
    noise_share=0.3, noise=(0.02, 0.08),
    odd_ask_share=0.1, odd_ask=(0.15, 0.6),
    jump_share=0.4, walk_silently_share=0.3,
    reciprocity=(0.5, 1.5), hardening=(0.5, 1.5), drift=(0.0, 0.08),
)

SHIFTED = PopulationSpec(
    name="shifted",
    tactics={"boulware": 0.25, "linear": 0.1, "conceder": 0.1, "hard-headed": 0.25,
             "reciprocal": 0.3},
    exponents={"boulware": (3.0, 7.0), "linear": (1.0, 1.0), "conceder": (0.4, 0.9),
               "hard-headed": (10.0, 20.0), "reciprocal": (1.0, 1.0)},
    deadlines={2: 2.0, 3: 3.0, 4: 2.0, 5: 1.0, 6: 0.5, 9: 0.5, 14: 0.5},
    limit_mean=1.0, limit_sd=1.3,
    open_away_share=0.9, open_away=(0.5, 1.8),
    contract_bonus=(0.0, 1.0),
    reservation_share=0.5, reservation=(0.05, 0.4),
    noise_share=0.5, noise=(0.03, 0.12),
    odd_ask_share=0.25, odd_ask=(0.2, 1.0),
    jump_share=0.6, walk_silently_share=0.6,
    reciprocity=(0.3, 1.2), hardening=(1.0, 2.5), drift=(0.0, 0.05),
    price_steps=(0.25, 0.5, 1.0), day_steps=(5, 15, 30),
    month_choices=(1, 6, 12, 24, 36, 48),
)

POPULATIONS: dict[str, PopulationSpec] = {spec.name: spec for spec in (STANDARD, SHIFTED)}

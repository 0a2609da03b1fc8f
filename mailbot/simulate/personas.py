"""Built-in suppliers for ``mailbot simulate``: common behaviours as pure functions.

A persona sees what a real supplier would: today's terms, the buyer's offers and its
own last position, and which way the buyer wants each lever to move (any supplier
knows a buyer wants a lower price). It returns a ``SupplierMove``, or None for silence.
A lever the buyer offers in the supplier's favour (a longer term, say) is left unstated:
not restating a lever agrees to the buyer's value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mailbot.core.engine import SupplierMove
from mailbot.core.policy import Better
from mailbot.core.terms import INTEGER_LEVERS, Intent, Lever, Terms


@dataclass(frozen=True, slots=True)
class SupplierTurn:
    round: int  # how many offers the buyer has made, the one being answered included
    offer: Terms
    previous_offer: Terms | None
    status_quo: Terms
    last_position: Terms | None  # the terms this supplier stated last, if any
    buyer_better: Mapping[Lever, Better]


Persona = Callable[[SupplierTurn], SupplierMove | None]


def _round(lever: Lever, value: float) -> float:
    return float(round(value)) if lever in INTEGER_LEVERS else round(value, 1)


def _gift(turn: SupplierTurn, lever: Lever, offered: float, today: float) -> bool:
    """Whether the buyer offers this lever worse for itself than today's terms."""
    lower = turn.buyer_better[lever] is Better.LOWER
    return offered > today if lower else offered < today


def toward(turn: SupplierTurn, share: float, levers: tuple[Lever, ...] | None = None) -> Terms:
    """A position ``share`` of the way from today's terms to the buyer's offer."""
    terms = Terms()
    for lever, offered in _offered(turn):
        today = turn.status_quo.get(lever)
        if today is None or _gift(turn, lever, offered, today):
            continue
        moved = today if levers is not None and lever not in levers else (
            today + share * (offered - today))
        terms = terms.with_lever(lever, _round(lever, moved))
    return terms


def _offered(turn: SupplierTurn) -> list[tuple[Lever, float]]:
    return [(lever, value) for lever in Lever if (value := turn.offer.get(lever)) is not None]


def counter(terms: Terms) -> SupplierMove:
    return SupplierMove(Intent.COUNTER, price_increase=False, terms=terms)


def hard_bargainer(turn: SupplierTurn) -> SupplierMove:
    """Barely moves: 5% of the way to the buyer per round, never accepts."""
    return counter(toward(turn, min(0.3, 0.05 * turn.round)))


def conceder(turn: SupplierTurn) -> SupplierMove:
    """Moves 30% of the way per round and accepts the offer once that passes 90%."""
    share = 0.3 * turn.round
    if share >= 0.9:
        return SupplierMove(Intent.ACCEPT, price_increase=False, terms=Terms())
    return counter(toward(turn, share))


def tit_for_tat(turn: SupplierTurn) -> SupplierMove:
    """Opens a fifth of the way, then mirrors each concession the buyer makes."""
    if turn.last_position is None or turn.previous_offer is None:
        return counter(toward(turn, 0.2))
    terms = Terms()
    for lever, offered in _offered(turn):
        mine, before = turn.last_position.get(lever), turn.previous_offer.get(lever)
        if mine is None or before is None:
            continue
        step = abs(offered - before)
        moved = min(mine + step, offered) if offered > mine else max(mine - step, offered)
        terms = terms.with_lever(lever, _round(lever, moved))
    if terms.merged_over(turn.offer) == turn.offer:
        return SupplierMove(Intent.ACCEPT, price_increase=False, terms=Terms())
    return counter(terms)


def price_increaser(turn: SupplierTurn) -> SupplierMove:
    """Answers any offer with a 3% price increase."""
    return SupplierMove(Intent.COUNTER, price_increase=True, terms=Terms(price_change_pct=3.0))


def silent(turn: SupplierTurn) -> None:
    """Never replies."""


def worked_example(turn: SupplierTurn) -> SupplierMove:
    """The issue's supplier: a third of the way on price only, then takes the price
    offered and meets a third of the way on everything else."""
    if turn.round == 1:
        return counter(toward(turn, 1 / 3, levers=(Lever.PRICE_CHANGE_PCT,)))
    terms = toward(turn, 1 / 3).with_lever(Lever.PRICE_CHANGE_PCT,
                                           turn.offer.price_change_pct)
    return SupplierMove(Intent.ACCEPT, price_increase=False, terms=terms)


PERSONAS: dict[str, Persona] = {
    "hard-bargainer": hard_bargainer,
    "conceder": conceder,
    "tit-for-tat": tit_for_tat,
    "price-increaser": price_increaser,
    "silent": silent,
    "worked-example": worked_example,
}

"""Time-dependent concession curves, as pure functions of normalised time.

Convention (NegMAS, see STYLE.md): ``aspiration(t) = 1 - t**e`` on each lever's
normalised 0..1 scale, so the concession the clock allows is ``t**e``:

    e > 1  Boulware  holds firm, concedes late
    e = 1  linear    concedes evenly
    e < 1  Conceder  concedes early

``t`` counts the bot's offers: 0 at the opening, 1 at the last offer ``max_rounds``
allows, so the final permitted offer may reach a walk-away and no earlier one can.

Real suppliers keep their own deadline, often shorter than the bot's budget, so from
``plausible_after`` offers on a second clock runs over the supplier's expected patience:
``risk_margin`` is the share of the room between the supplier's estimated limit and the
target the next offer still asks for, falling along the same curve to 0 by the supplier's
patience (or the last permitted offer, if sooner). ``walk_away_risk`` is the chance that
the supplier leaves at its next reply when the offer does not suit it.
"""

from __future__ import annotations

import hashlib

from mailbot.core.policy import Policy


def time_fraction(policy: Policy, offers_made: int) -> float:
    """Normalised time for the bot's next offer, after ``offers_made`` offers."""
    return min(1.0, offers_made / (policy.pacing.max_rounds - 1))


def time_allowance(policy: Policy, offers_made: int) -> float:
    """The share of each lever's range the clock allows the next offer to concede."""
    return float(time_fraction(policy, offers_made) ** policy.pacing.curve_exponent)


def aspiration(policy: Policy, offers_made: int) -> float:
    return 1.0 - time_allowance(policy, offers_made)


def varied_allowance(policy: Policy, offers_made: int, seed: int) -> float:
    """The clock's allowance, less up to ``pacing.variation`` of it, the same for the same
    negotiation and round: the curve cannot be read off, and never runs ahead of time."""
    variation = policy.pacing.variation
    if variation <= 0:
        return time_allowance(policy, offers_made)
    return time_allowance(policy, offers_made) * (1.0 - variation * _draw(seed, offers_made))


def _draw(seed: int, offers_made: int) -> float:
    digest = hashlib.blake2b(f"{seed}:{offers_made}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def risk_margin(policy: Policy, offers_made: int, seed: int = 0) -> float:
    """1 until ``plausible_after`` offers are made, then falling to 0 over the supplier's
    patience (less up to ``pacing.variation`` of it, seeded like the clock)."""
    pacing = policy.pacing
    late = offers_made - pacing.plausible_after + 1
    if late <= 0:
        return 1.0
    horizon = max(1, pacing.supplier_patience - 1)
    t = min(1.0, max(late / horizon, time_fraction(policy, offers_made)))
    margin = 1.0 - float(t**pacing.curve_exponent)
    return margin * (1.0 - pacing.variation * _draw(seed, offers_made))


def walk_away_risk(policy: Policy, replies: int) -> float:
    """The chance the supplier walks away at its next reply if the offer does not suit it:
    rising as its replies near ``supplier_patience``, at most even odds."""
    return min(0.5, 1.0 / max(2, policy.pacing.supplier_patience - replies + 2))

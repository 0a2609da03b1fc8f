"""Time-dependent concession curves, as pure functions of normalised time.

Convention (NegMAS, see STYLE.md): ``aspiration(t) = 1 - t**e`` on each lever's
normalised 0..1 scale, so the concession the clock allows is ``t**e``:

    e > 1  Boulware  holds firm, concedes late
    e = 1  linear    concedes evenly
    e < 1  Conceder  concedes early

``t`` counts the bot's offers: 0 at the opening, 1 at the last offer ``max_rounds``
allows, so the final permitted offer may reach a walk-away and no earlier one can.
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
    digest = hashlib.blake2b(f"{seed}:{offers_made}".encode(), digest_size=8).digest()
    draw = int.from_bytes(digest, "big") / 2**64
    return time_allowance(policy, offers_made) * (1.0 - variation * draw)

"""Concession curves and the additive utility."""

import pytest

from mailbot.core.engine import utility
from mailbot.core.engine.pacing import aspiration, time_allowance, time_fraction
from mailbot.core.policy import Policy
from mailbot.core.terms import Terms


def policy_with(strategy: str, exponent: float | None = None, max_rounds: int = 5) -> Policy:
    return Policy.model_validate({
        "name": "curves",
        "levers": {
            "price_change_pct": {"current": 0, "target": -10, "walk_away": 0, "weight": 3},
            "payment_days": {"current": 30, "target": 90, "walk_away": 30, "weight": 1},
        },
        "pacing": {"strategy": strategy, "exponent": exponent, "max_rounds": max_rounds},
    })


def test_time_runs_from_opening_to_last_permitted_offer():
    policy = policy_with("linear", max_rounds=5)
    assert [time_fraction(policy, n) for n in (0, 2, 4, 9)] == [0.0, 0.5, 1.0, 1.0]


def test_boulware_holds_linear_is_even_conceder_gives_early():
    at_half = {s: time_allowance(policy_with(s), 2) for s in ("boulware", "linear", "conceder")}
    assert at_half["boulware"] == pytest.approx(0.25)
    assert at_half["linear"] == pytest.approx(0.5)
    assert at_half["conceder"] == pytest.approx(0.5**0.5)
    assert aspiration(policy_with("boulware", 3.0), 2) == pytest.approx(1 - 0.125)


def test_utility_is_weighted_and_normalised_between_walk_away_and_target():
    policy = policy_with("linear")
    assert utility(policy, Terms(price_change_pct=-10, payment_days=90)) == pytest.approx(1.0)
    assert utility(policy, Terms(price_change_pct=0, payment_days=30)) == pytest.approx(0.0)
    assert utility(policy, Terms(price_change_pct=-5, payment_days=30)) == pytest.approx(0.375)
    # Beyond the target counts as the target; unstated counts as today's value.
    assert utility(policy, Terms(price_change_pct=-20)) == pytest.approx(0.75)

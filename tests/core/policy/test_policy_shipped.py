"""Every policy shipped in policies/ loads, and each behaves as its comments promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.core.engine import Action, DealContext, History, SupplierMove, breaches, decide
from mailbot.core.engine.types import Exchange
from mailbot.core.policy import parse_policy
from mailbot.core.terms import Intent, Terms
from mailbot.simulate.league import with_default_strategy

POLICIES = sorted((Path(__file__).resolve().parents[3] / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_shipped_policy_is_valid(path: Path) -> None:
    policy = parse_policy(path.read_text(encoding="utf-8"), str(path))
    assert policy.levers


def test_tail_spend_standard_negotiates_with_the_default_strategy() -> None:
    path = next(p for p in POLICIES if p.name == "tail_spend_standard.yaml")
    policy = parse_policy(path.read_text(encoding="utf-8"), str(path))
    assert with_default_strategy(policy) == policy
    opening = Terms(price_change_pct=-5, payment_days=60, rebate_pct=2, contract_months=12)
    history = History(exchanges=(Exchange("buyer", opening),))
    # Net 20 is beyond the walk-away: answered with an offer inside the policy.
    move = SupplierMove(Intent.COUNTER, False, Terms(price_change_pct=-1, payment_days=20))
    decision = decide(policy, history, move, DealContext(seed=7))
    assert (decision.action, decision.reason) == (Action.OFFER, "counter")
    assert decision.terms is not None and breaches(policy, decision.terms) == ()


def test_the_tournament_policy_sets_only_a_budget() -> None:
    path = next(p for p in POLICIES if p.name == "packaging_defaults.yaml")
    policy = parse_policy(path.read_text(encoding="utf-8"), str(path))
    assert with_default_strategy(policy) == policy
    assert policy.pacing.max_rounds == 8

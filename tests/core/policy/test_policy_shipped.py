"""Every policy shipped in policies/ loads, and each behaves as its comments promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.core.engine import Action, DealContext, History, SupplierMove, decide
from mailbot.core.engine.types import Exchange
from mailbot.core.policy import parse_policy
from mailbot.core.terms import Intent, Terms

POLICIES = sorted((Path(__file__).resolve().parents[3] / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_shipped_policy_is_valid(path: Path) -> None:
    policy = parse_policy(path.read_text(encoding="utf-8"), str(path))
    assert policy.levers


def test_tail_spend_standard_offers_three_packages_of_equal_value() -> None:
    path = next(p for p in POLICIES if p.name == "tail_spend_standard.yaml")
    policy = parse_policy(path.read_text(encoding="utf-8"), str(path))
    opening = Terms(price_change_pct=-5, payment_days=60, rebate_pct=2, contract_months=12)
    history = History(exchanges=(Exchange("buyer", opening),))
    move = SupplierMove(Intent.COUNTER, False, Terms(price_change_pct=-1, payment_days=45))
    decision = decide(policy, history, move, DealContext(seed=7))
    assert decision.action is Action.OFFER
    assert len(decision.alternatives) == 3
    assert decision.alternatives[0] == decision.terms

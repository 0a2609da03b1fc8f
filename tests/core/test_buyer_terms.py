"""A buyer's COUNTER terms checked against the policy, like the bot's own offers."""

from __future__ import annotations

from pathlib import Path

from mailbot.core.buyer_terms import check_buyer_terms
from mailbot.core.policy import parse_policy
from mailbot.core.terms import Terms

POLICY = parse_policy(
    (Path(__file__).resolve().parents[2] / "policies" / "packaging_renewal.yaml").read_text(),
    "packaging_renewal.yaml",
)


def test_terms_inside_every_bound_pass() -> None:
    terms = Terms(price_change_pct=-2, payment_days=50, contract_months=1)
    check = check_buyer_terms(POLICY, terms)
    assert check.inside and check.breaches == ()


def test_payment_days_beyond_the_walk_away_are_refused_with_the_bounds() -> None:
    terms = Terms(price_change_pct=-2, payment_days=30, contract_months=1)
    check = check_buyer_terms(POLICY, terms)
    assert not check.inside
    refusal = check.refusal()
    assert "payment_days = 30 is beyond the walk-away" in refusal
    assert "payment_days target 60, walk-away 45" in refusal
    assert "COUNTER OVERRIDE" in refusal


def test_a_price_increase_and_an_unearned_trade_off_are_both_named() -> None:
    check = check_buyer_terms(POLICY, Terms(price_change_pct=1, contract_months=12))
    assert [b.lever.value for b in check.breaches] == ["price_change_pct", "contract_months"]
    assert "only if price_change_pct reaches -3" in check.refusal()


def test_a_lever_outside_the_policy_is_refused() -> None:
    check = check_buyer_terms(POLICY, Terms(rebate_pct=2))
    assert "rebate_pct = 2 is not negotiable" in check.refusal()
    assert "rebate_pct not in play" in check.refusal()

"""The issue's worked example and its price-increase path, through the general engine."""

from pathlib import Path

import pytest

from mailbot.core.engine import (
    Action,
    ConditionalConcession,
    Decision,
    Exchange,
    History,
    SupplierMove,
    breaches,
    decide,
    open_negotiation,
)
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Intent, Lever, Terms

POLICY_FILE = Path(__file__).parents[3] / "policies" / "packaging_renewal.yaml"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(POLICY_FILE.read_text(), str(POLICY_FILE))


def counter(**terms: float) -> SupplierMove:
    return SupplierMove(Intent.COUNTER, price_increase=False, terms=Terms.from_json(terms))


def after(history: History, offer: Decision, move: SupplierMove | None = None) -> History:
    assert offer.terms is not None
    history = history.with_exchange(Exchange("buyer", offer.terms))
    if move is not None:
        history = history.with_exchange(Exchange("supplier", move.terms, move.intent))
    return history


def test_opens_at_six_percent_reduction_net_60(policy):
    decision = open_negotiation(policy)

    assert decision.action is Action.OFFER
    assert decision.terms == Terms(price_change_pct=-6.0, payment_days=60, contract_months=1)


def test_counters_with_conditional_twelve_month_term_at_four_percent(policy):
    opening = open_negotiation(policy)

    move = counter(price_change_pct=-2, payment_days=45)

    decision = decide(policy, after(History(), opening), move)

    assert (decision.action, decision.reason) == (Action.OFFER, "counter")
    assert decision.terms == Terms(price_change_pct=-4.0, payment_days=60, contract_months=12)
    assert decision.conditional == ConditionalConcession(
        give=Lever.CONTRACT_MONTHS, give_value=12, require=Lever.PRICE_CHANGE_PCT,
        require_value=-4.0,
        text="we can commit to a 12-month term if the price reduction reaches 4%",
    )


def test_closes_at_four_percent_net_50_twelve_months(policy):
    opening = open_negotiation(policy)
    first = counter(price_change_pct=-2, payment_days=45)
    second = decide(policy, after(History(), opening), first)
    accepts = SupplierMove(Intent.ACCEPT, False, Terms(price_change_pct=-4, payment_days=50))

    decision = decide(policy, after(after(History(), opening, first), second), accepts)

    assert (decision.action, decision.reason) == (Action.ACCEPT, "accept_within_policy")
    assert decision.terms == Terms(price_change_pct=-4.0, payment_days=50, contract_months=12)
    assert breaches(policy, decision.terms) == ()


@pytest.mark.parametrize("stage", [1, 2])
def test_price_increase_escalates_at_any_point(policy, stage):
    opening = open_negotiation(policy)
    history = after(History(), opening)
    if stage == 2:
        first = counter(price_change_pct=-2, payment_days=45)
        second = decide(policy, history, first)
        history = after(after(History(), opening, first), second)
    increase = SupplierMove(Intent.COUNTER, True, Terms(price_change_pct=2.5))

    decision = decide(policy, history, increase)

    assert (decision.action, decision.reason) == (Action.ESCALATE, "price_increase")
    assert decision.terms is None
    assert "price increase" in decision.explanation


def test_price_increase_is_detected_from_terms_without_the_flag(policy):
    history = after(History(), open_negotiation(policy))

    decision = decide(policy, history, counter(price_change_pct=1))

    assert decision.reason == "price_increase"


def test_decisions_are_deterministic_and_round_trip_through_json(policy):
    history = after(History(), open_negotiation(policy))
    move = counter(price_change_pct=-2, payment_days=45)

    first, second = decide(policy, history, move), decide(policy, history, move)

    assert first == second
    assert Decision.from_json(first.to_json()) == first

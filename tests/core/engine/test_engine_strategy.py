"""Strategy settings: MESO alternatives, the opponent model and seeded variation."""

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from mailbot.core.engine import (
    Action,
    DealContext,
    Decision,
    Exchange,
    History,
    SupplierMove,
    breaches,
    decide,
    on_silence,
    open_negotiation,
    seed_from,
    utility,
)
from mailbot.core.engine.opponent import read_supplier
from mailbot.core.engine.pacing import time_allowance, varied_allowance
from mailbot.core.engine.strategy import MESO_TOLERANCE
from mailbot.core.policy import Policy, PolicyError, parse_policy
from mailbot.core.terms import Intent, Lever, Terms

POLICY_FILE = Path(__file__).parents[3] / "policies" / "packaging_renewal.yaml"
BASE: dict[str, Any] = yaml.safe_load(POLICY_FILE.read_text())


def with_pacing(**pacing: Any) -> Policy:
    data = copy.deepcopy(BASE)
    data["pacing"].update(pacing)
    return parse_policy(yaml.safe_dump(data), "test.yaml")


def counter(**terms: float) -> SupplierMove:
    return SupplierMove(Intent.COUNTER, False, Terms.from_json(terms))


def first_counter(policy: Policy, context: DealContext | None = None) -> tuple[History, Decision]:
    opening = open_negotiation(policy, context)
    assert opening.terms is not None
    move = counter(price_change_pct=-2, payment_days=45)
    history = History((Exchange("buyer", opening.terms),))
    decision = decide(policy, history, move, context)
    return history.with_exchange(Exchange("supplier", move.terms, move.intent)), decision


def test_meso_offers_packages_of_equal_value_inside_the_policy():
    policy = with_pacing(meso=3)
    _, decision = first_counter(policy, DealContext(baseline_unit_price=10.0, currency="EUR"))

    assert decision.action is Action.OFFER
    assert 2 <= len(decision.alternatives) <= 3
    assert decision.alternatives[0] == decision.terms
    worth = utility(policy, decision.terms)
    for package in decision.alternatives:
        assert breaches(policy, package) == ()
        assert abs(utility(policy, package) - worth) <= MESO_TOLERANCE
        assert package.unit_price is not None  # priced like the offer itself
    assert "or, of equal value" in decision.explanation
    assert Decision.from_json(decision.to_json()) == decision


def test_meso_keeps_the_worked_example_offer_first():
    _, decision = first_counter(with_pacing(meso=3))

    assert decision.terms == Terms(price_change_pct=-4.0, payment_days=60, contract_months=12)


def test_without_meso_an_offer_has_no_alternatives_and_old_json_still_loads():
    _, decision = first_counter(with_pacing())
    data = decision.to_json()

    assert decision.alternatives == () and data["alternatives"] == []
    del data["alternatives"]
    assert Decision.from_json(data) == decision


def test_picking_an_alternative_closes_on_that_package():
    policy = with_pacing(meso=3)
    history, offer = first_counter(policy)
    picked = offer.alternatives[1]
    history = history.with_exchange(
        Exchange("buyer", offer.terms or Terms(), alternatives=offer.alternatives))

    decision = decide(policy, history, SupplierMove(Intent.ACCEPT, False, picked))

    assert decision.action is Action.ACCEPT
    assert decision.terms == picked


def test_a_picked_package_is_honoured_even_when_our_next_offer_would_be_worth_more():
    policy = with_pacing(meso=3)
    offer = Terms(price_change_pct=-6.0, payment_days=60, contract_months=1)
    cheaper = Terms(price_change_pct=-2.0, payment_days=50, contract_months=1)
    history = History((Exchange("buyer", offer, alternatives=(offer, cheaper)),))

    decision = decide(policy, history, SupplierMove(Intent.ACCEPT, False, cheaper))

    assert (decision.action, decision.reason) == (Action.ACCEPT, "accept_alternative")
    assert decision.terms == cheaper


def test_a_reminder_repeats_the_alternatives():
    policy = with_pacing(meso=3)
    offers = (Terms(price_change_pct=-6.0), Terms(price_change_pct=-5.0, payment_days=58))
    history = History((Exchange("buyer", offers[0], alternatives=offers),))

    reminder = on_silence(policy, history, days_waiting=3)

    assert reminder is not None and reminder.alternatives == offers


def test_opponent_model_reads_what_the_supplier_holds():
    policy = with_pacing()
    positions = [Terms(price_change_pct=-2.0, payment_days=45),
                 Terms(price_change_pct=-3.0, payment_days=45)]

    model = read_supplier(policy, positions)

    assert model.weights[Lever.PAYMENT_DAYS] > model.weights[Lever.PRICE_CHANGE_PCT]
    assert model.order(policy)[0] is Lever.PAYMENT_DAYS


def test_opponent_model_gives_where_the_supplier_holds_and_keeps_the_price():
    _, plain = first_counter(with_pacing())
    _, modelled = first_counter(with_pacing(opponent_model=True))

    assert plain.terms is not None and modelled.terms is not None
    assert modelled.terms.price_change_pct == -6.0  # the supplier moves on price: ask more
    assert (modelled.terms.payment_days or 0) < 60  # and holds Net 45: give there


def test_variation_is_seeded_per_negotiation_and_never_ahead_of_the_clock():
    policy = with_pacing(variation=0.2)
    seeds = [seed_from(f"negotiation-{n}") for n in range(20)]
    draws = {varied_allowance(policy, 2, seed) for seed in seeds}

    assert len(draws) > 1
    assert all(time_allowance(policy, 2) * 0.8 <= d <= time_allowance(policy, 2) for d in draws)
    assert varied_allowance(policy, 2, seeds[0]) == varied_allowance(policy, 2, seeds[0])
    assert seed_from("abc") == seed_from("abc") != seed_from("abd")


@pytest.mark.parametrize(("key", "value"), [("meso", 4), ("meso", 0), ("variation", 0.5)])
def test_policy_check_rejects_bad_strategy_settings(key, value):
    with pytest.raises(PolicyError, match=f"pacing.{key}"):
        with_pacing(**{key: value})

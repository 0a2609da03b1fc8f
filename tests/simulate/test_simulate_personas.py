"""Built-in personas against the example policy, through the simulator loop."""

from pathlib import Path

import pytest

from mailbot.core.engine import DealContext, breaches
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Terms
from mailbot.simulate import PERSONAS, PersonaSupplier, simulate

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(EXAMPLE.read_text(), str(EXAMPLE))


def run(policy: Policy, name: str, context: DealContext | None = None):
    return simulate(policy, PersonaSupplier(PERSONAS[name], policy), context)


def test_worked_example_supplier_agrees_to_the_issue_terms(policy):
    outcome = run(policy, "worked-example")

    assert (outcome.outcome, outcome.reason, outcome.rounds) == (
        "agreed", "accept_within_policy", 2)
    assert outcome.terms == Terms(price_change_pct=-4.0, payment_days=50, contract_months=12)
    assert outcome.utility == pytest.approx(0.5)
    acts = [(e.party, e.act) for e in outcome.transcript]
    assert acts == [("buyer", "offer"), ("supplier", "counter"), ("buyer", "offer"),
                    ("supplier", "accept"), ("buyer", "accept")]


def test_price_increaser_is_escalated(policy):
    outcome = run(policy, "price-increaser")
    assert (outcome.outcome, outcome.reason) == ("escalated", "price_increase")


def test_silent_supplier_is_reminded_then_escalated(policy):
    outcome = run(policy, "silent")
    buyer_acts = [e.act for e in outcome.transcript if e.party == "buyer"]
    assert buyer_acts == ["offer", "remind", "remind", "escalate"]
    assert outcome.reason == "silent_supplier"


def test_a_hard_bargainer_is_closed_at_its_own_ask_or_held_out_against(policy):
    # Barely moving, it is not expected to give more: by default its in-policy package
    # is taken rather than risk a walk-away; a patient setting holds out for more.
    quick = run(policy, "hard-bargainer")
    assert (quick.outcome, quick.reason) == ("agreed", "accept_expected_value")
    supplier_asks = [e.terms for e in quick.transcript if e.party == "supplier"]
    assert quick.terms.price_change_pct == supplier_asks[-1].price_change_pct
    patient = policy.model_copy(update={"pacing": policy.pacing.model_copy(
        update={"supplier_patience": 12})})
    held_out = run(patient, "hard-bargainer")
    assert held_out.rounds > quick.rounds
    assert held_out.outcome == "agreed" and held_out.utility > quick.utility


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_every_outcome_stays_inside_policy(policy, name):
    outcome = run(policy, name, DealContext(baseline_unit_price=2.5, currency="EUR"))
    assert breaches(policy, outcome.terms) == ()
    if outcome.outcome == "agreed":
        assert outcome.terms.unit_price is not None and outcome.terms.currency == "EUR"


def test_outcome_json_has_the_contract_keys(policy):
    data = run(policy, "tit-for-tat").to_json()
    assert set(data) == {"outcome", "reason", "rounds", "terms", "utility", "transcript"}
    assert Terms.from_json(data["terms"]) is not None

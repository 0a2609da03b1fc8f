"""One test per row of the decision table, plus the silence schedule."""

import copy
from dataclasses import replace
from typing import Any

import pytest
import yaml
from engine_policies import worked_levers

from mailbot.core.engine import (
    RULES,
    Action,
    DealContext,
    Exchange,
    History,
    SupplierMove,
    breaches,
    decide,
    on_silence,
    open_negotiation,
)
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Intent, Terms

BASE: dict[str, Any] = worked_levers(
    fixed_terms={"volume_units": 10000},
    pacing={"strategy": "linear", "opponent_model": False, "max_rounds": 4,
            "reminder_after_days": 3, "reminders": 2, "escalate_after_days": 10},
)


def make_policy(**changes: Any) -> Policy:
    data = copy.deepcopy(BASE)
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        node = data
        for parent in parents:
            node = node.setdefault(parent, {})
        node[key] = value
    return parse_policy(yaml.safe_dump(data), "test.yaml")


def opened(policy: Policy, context: DealContext | None = None) -> History:
    offer = open_negotiation(policy, context).terms
    assert offer is not None
    return History((Exchange("buyer", offer),))


def move(intent: Intent = Intent.COUNTER, confidence: float = 1.0, **terms: Any) -> SupplierMove:
    return SupplierMove(intent, False, Terms.from_json(terms), confidence)


def reason(policy: Policy, history: History, supplier: SupplierMove,
           context: DealContext | None = None) -> tuple[Action, str]:
    decision = decide(policy, history, supplier, context)
    return decision.action, decision.reason


@pytest.fixture(scope="module")
def policy() -> Policy:
    return make_policy()


def test_every_rule_has_a_unique_reason():
    reasons = [rule.reason for rule in RULES]
    assert len(reasons) == len(set(reasons))
    assert RULES[-1].reason == "counter"


@pytest.mark.parametrize(("intent", "expected"), [
    (Intent.BOUNCE, (Action.ESCALATE, "bounce")),
    (Intent.AUTO_REPLY, (Action.WAIT, "auto_reply_ignored")),
    (Intent.REJECT, (Action.ESCALATE, "supplier_rejected")),
    (Intent.OTHER, (Action.ESCALATE, "unclear_reply")),
])
def test_non_offer_intents(policy, intent, expected):
    assert reason(policy, opened(policy), move(intent)) == expected


def test_low_confidence_is_clarified_first_then_escalates_before_reading_terms(policy):
    supplier = move(confidence=0.5, price_change_pct=-6, payment_days=60)
    assert reason(policy, opened(policy), supplier) == (Action.CLARIFY, "clarify")
    asked_once = replace(opened(policy), clarifications=1)
    assert reason(policy, asked_once, supplier) == (Action.ESCALATE, "low_confidence")
    never_ask = make_policy(escalation__clarifications=0)
    assert reason(never_ask, opened(never_ask), supplier) == (Action.ESCALATE, "low_confidence")


def test_other_currency_escalates(policy):
    context = DealContext(baseline_unit_price=10.0, currency="EUR")
    supplier = move(unit_price=9.5, currency="USD")
    assert reason(policy, opened(policy, context), supplier, context) == (
        Action.ESCALATE, "currency_mismatch")


@pytest.mark.parametrize("terms", [
    {"payment_days": 30},                          # beyond the walk-away
    {"rebate_pct": 1.0},                           # a lever not in play
    {"volume_units": 12000},                       # a fixed term changed
    {"price_change_pct": -2, "contract_months": 12},  # chip without the trade-off's price
])
def test_terms_outside_policy_escalate_when_the_policy_says_so(terms):
    strict = make_policy(escalation__on_outside_policy="escalate")
    decision = decide(strict, opened(strict), move(**terms))
    assert (decision.action, decision.reason) == (Action.ESCALATE, "outside_policy")
    assert next(iter(terms)) in decision.explanation or "contract_months" in decision.explanation


def test_fixed_term_restated_unchanged_is_fine(policy):
    decision = decide(policy, opened(policy), move(price_change_pct=-1, volume_units=10000))
    assert decision.reason == "counter"


@pytest.mark.parametrize("setting", [None, "counter", False])
def test_by_default_an_out_of_policy_counter_is_answered_inside_the_policy(setting):
    lenient = make_policy() if setting is None else make_policy(
        escalation__on_outside_policy=setting)
    decision = decide(lenient, opened(lenient), move(payment_days=30))
    assert (decision.action, decision.reason) == (Action.OFFER, "counter")
    assert decision.terms is not None and breaches(lenient, decision.terms) == ()
    assert decision.terms.payment_days is not None and decision.terms.payment_days >= 45


def test_an_older_policy_saying_true_still_escalates():
    older = make_policy(escalation__on_outside_policy=True)
    assert reason(older, opened(older), move(payment_days=30)) == (
        Action.ESCALATE, "outside_policy")


def test_supplier_accepting_the_offer_as_is_closes(policy):
    assert reason(policy, opened(policy), move(Intent.ACCEPT)) == (
        Action.ACCEPT, "accept_within_policy")


def test_supplier_accept_with_worse_terms_is_a_counter(policy):
    supplier = move(Intent.ACCEPT, price_change_pct=-1, payment_days=45)
    assert reason(policy, opened(policy), supplier) == (Action.OFFER, "counter")


def test_closing_rule_accepts_a_good_enough_package():
    generous = make_policy(closing__accept_at_utility=0.5)
    supplier = move(price_change_pct=-5, payment_days=45)  # worth 0.5
    assert reason(generous, opened(generous), supplier) == (Action.ACCEPT, "accept_closing_rule")


@pytest.mark.parametrize(("volume", "expected"), [
    (None, "deal_value_unknown"),
    (100_000, "above_auto_close_limit"),
    (1_000, "accept_within_policy"),
])
def test_auto_close_limit(volume, expected):
    limited = make_policy(closing__auto_close_limit=50_000)
    context = DealContext(baseline_unit_price=10.0, annual_volume=volume, currency="EUR")
    decision = decide(limited, opened(limited, context), move(Intent.ACCEPT), context)
    assert decision.reason == expected


def test_quoted_unit_price_is_read_as_percent_change(policy):
    context = DealContext(baseline_unit_price=10.0, currency="EUR")
    decision = decide(policy, opened(policy, context), move(unit_price=9.4, payment_days=60),
                      context)
    assert (decision.action, decision.reason) == (Action.ACCEPT, "accept_within_policy")
    assert decision.terms is not None
    assert decision.terms.price_change_pct == pytest.approx(-6.0)
    assert decision.terms.unit_price == pytest.approx(9.4)


def step(policy: Policy, history: History, supplier: SupplierMove) -> tuple[History, Any]:
    decision = decide(policy, history, supplier)
    history = history.with_exchange(Exchange("supplier", supplier.terms, supplier.intent))
    if decision.action is Action.OFFER:
        history = history.with_exchange(Exchange("buyer", decision.terms))
    return history, decision


def test_a_supplier_that_stops_moving_gets_one_best_and_final_offer_then_a_human():
    patient = make_policy(pacing__max_rounds=8, escalation__stalled_rounds=2)
    history = opened(patient)
    stuck = move(price_change_pct=-1, payment_days=40)
    reasons = []
    for _ in range(4):
        history, decision = step(patient, history, stuck)
        reasons.append(decision.reason)
        if decision.action is Action.OFFER:
            assert decision.terms is not None and not breaches(patient, decision.terms)
    assert reasons == ["counter", "counter", "best_and_final", "stalled"]


def test_a_supplier_moving_below_the_walk_away_is_moving_not_stalled():
    patient = make_policy(pacing__max_rounds=8, escalation__stalled_rounds=2)
    history = opened(patient)
    for days in (30, 35, 40, 44):
        history, decision = step(patient, history, move(price_change_pct=-1, payment_days=days))
        assert decision.reason == "counter"


def test_max_rounds_escalates_an_out_of_policy_counter_after_the_last_offer():
    short = make_policy(pacing__max_rounds=2, escalation__stalled_rounds=5)
    history, offer = step(short, opened(short), move(price_change_pct=-1, payment_days=46))
    assert offer.action is Action.OFFER
    assert reason(short, history, move(price_change_pct=-1.5, payment_days=40)) == (
        Action.ESCALATE, "max_rounds")


def test_after_the_last_permitted_offer_any_in_policy_counter_is_accepted():
    short = make_policy(pacing__max_rounds=2, escalation__stalled_rounds=5)
    history, offer = step(short, opened(short), move(price_change_pct=-1, payment_days=46))
    assert offer.terms is not None
    modest = move(price_change_pct=-0.5, payment_days=45)
    decision = decide(short, history, modest)
    assert (decision.action, decision.reason) == (Action.ACCEPT, "accept_last_offer")
    assert decision.terms is not None and decision.terms.price_change_pct == -0.5


def test_unstated_conditional_concession_lapses_when_its_condition_fails(policy):
    history = opened(policy)
    first = move(price_change_pct=-2, payment_days=45)
    offer = decide(policy, history, first)
    assert offer.conditional is not None and offer.terms is not None
    history = history.with_exchange(Exchange("supplier", first.terms, first.intent))
    history = history.with_exchange(Exchange("buyer", offer.terms))
    # 2.5% does not meet the trade-off's 3%, so the unstated 12-month term is not agreed.
    decision = decide(policy, history, move(price_change_pct=-2.5))
    assert decision.action is Action.ACCEPT
    assert decision.terms == Terms(price_change_pct=-2.5, payment_days=offer.terms.payment_days,
                                   contract_months=1)


@pytest.mark.parametrize(("sent", "days", "expected"), [
    (0, 2.9, None),
    (0, 3.0, (Action.REMIND, "reminder_due")),
    (1, 5.0, None),
    (1, 6.0, (Action.REMIND, "reminder_due")),
    (2, 9.0, None),
    (2, 10.0, (Action.ESCALATE, "silent_supplier")),
])
def test_silence_schedule(policy, sent, days, expected):
    history = History(opened(policy).exchanges, reminders_sent=sent)
    decision = on_silence(policy, history, days)
    assert (decision.action, decision.reason) == expected if expected else decision is None
    if decision is not None and decision.action is Action.REMIND:
        assert decision.terms == history.buyer_offers[-1]

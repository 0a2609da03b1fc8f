"""Whole negotiations through ``decide``: the bargaining chip, pacing against the walk-away
risk, accepting against the value of going on, and an odd price ask mid-path."""

import copy
from typing import Any

from engine_policies import parsed, worked_levers

from mailbot.core.engine import (
    Action,
    Decision,
    Exchange,
    History,
    SupplierMove,
    breaches,
    decide,
    open_negotiation,
)
from mailbot.core.engine.pacing import risk_margin
from mailbot.core.policy import Policy
from mailbot.core.terms import Intent, Terms

BASE = worked_levers(pacing={"strategy": "linear", "max_rounds": 8})


def make_policy(**pacing: Any) -> Policy:
    data = copy.deepcopy(BASE)
    data["pacing"].update(pacing)
    return parsed(data)


def counter(price: float, days: int, months: int | None = None) -> SupplierMove:
    terms = Terms(price_change_pct=price, payment_days=days, contract_months=months)
    return SupplierMove(Intent.COUNTER, False, terms)


def play(policy: Policy, moves: list[SupplierMove]) -> list[Decision]:
    """The bot's answer to each move in turn (the history grows as in a real thread)."""
    opening = open_negotiation(policy)
    assert opening.terms is not None
    history = History((Exchange("buyer", opening.terms),))
    decisions = []
    for move in moves:
        decision = decide(policy, history, move)
        decisions.append(decision)
        history = history.with_exchange(Exchange("supplier", move.terms, move.intent))
        if decision.action is not Action.OFFER:
            break
        assert decision.terms is not None
        history = history.with_exchange(Exchange("buyer", decision.terms))
    return decisions


def months(decision: Decision) -> int | None:
    return decision.terms.contract_months if decision.terms else None


def test_the_chip_answers_a_concession_not_a_wait():
    policy = make_policy()
    waiting = play(policy, [counter(0, 30, 12)])
    assert months(waiting[0]) == 1  # opened at today's price: nothing to answer yet
    moving = play(policy, [counter(0, 30, 12), counter(-2, 40, 12)])
    assert months(moving[1]) == 12
    assert moving[1].conditional is not None


def test_a_chip_once_offered_stays_while_the_supplier_can_still_pay_for_it():
    policy = make_policy()
    moves = [counter(0, 30, 12), counter(-1.5, 40, 12), counter(-2.3, 44, 12),
             counter(-2.9, 45, 12)]
    decisions = play(policy, moves)
    granted = [d for d in decisions if d.action is Action.OFFER and months(d) == 12]
    assert len(granted) >= 2
    for decision in granted:  # the price never slides under the trade-off's 3%
        assert decision.terms is not None and (decision.terms.price_change_pct or 0) <= -3
        assert breaches(policy, decision.terms) == ()


def test_a_chip_the_supplier_cannot_pay_for_is_withdrawn_once_for_good():
    policy = make_policy()
    stuck = [counter(0, 30, 12), counter(-2, 40, 12), counter(-2.5, 50, 12),
             counter(-2.5, 50, 12), counter(-2.5, 50, 12)]
    decisions = play(policy, stuck)
    terms_by_round = [months(d) for d in decisions if d.action is Action.OFFER]
    first_on = terms_by_round.index(12)
    withdrawn = terms_by_round.index(1, first_on)
    assert all(m == 1 for m in terms_by_round[withdrawn:])
    assert all(d.terms is None or breaches(policy, d.terms) == () for d in decisions)


def test_after_the_first_rounds_each_offer_aims_at_what_the_supplier_has_shown():
    policy = make_policy(plausible_after=2, supplier_patience=8, opponent_model=False)
    steady = [counter(-1, 45, 1), counter(-2, 47, 1), counter(-3, 49, 1)]
    earlier, aimed = play(policy, steady)[1:3]
    assert earlier.terms is not None and aimed.terms is not None
    # After three offers, the fourth asks no more than the supplier's estimated limit
    # (its best plus its last step: 4%) plus the margin left at that point.
    margin = risk_margin(policy, 3)
    price_ask = 4 + margin * (6 - 4)
    assert aimed.terms.price_change_pct is not None
    assert -aimed.terms.price_change_pct <= price_ask + 0.1
    assert -aimed.terms.price_change_pct < -(earlier.terms.price_change_pct or 0)


def test_an_in_policy_counter_from_a_supplier_that_stopped_moving_is_taken():
    policy = make_policy(supplier_patience=4)
    decisions = play(policy, [counter(-2, 46, 1), counter(-3, 50, 1), counter(-3, 50, 1)])
    last = decisions[-1]
    assert last.action is Action.ACCEPT
    assert last.reason in {"accept_within_policy", "accept_expected_value"}
    assert last.terms is not None and last.terms.price_change_pct == -3


def test_a_supplier_moving_fast_is_not_stopped_by_an_early_acceptance():
    policy = make_policy(supplier_patience=6)
    decisions = play(policy, [counter(-0.5, 46, 1), counter(-2.5, 52, 1)])
    assert decisions[-1].action is Action.OFFER  # worth more to wait for its next step


def test_an_odd_price_ask_mid_path_is_answered_and_an_opening_increase_escalated():
    policy = make_policy()
    odd = play(policy, [counter(-1, 45, 1), counter(1.5, 45, 1)])
    assert (odd[-1].action, odd[-1].reason) == (Action.OFFER, "counter")
    opening_ask = play(policy, [counter(2, 45, 1)])
    assert opening_ask[-1].reason == "price_increase"
    strict = parsed({**copy.deepcopy(BASE), "escalation": {"on_outside_policy": "escalate"}})
    assert play(strict, [counter(-1, 45, 1), counter(1.5, 45, 1)])[-1].reason == (
        "price_increase")

"""The clarify row: an unclear but harmless reply is asked about, a dangerous one never.

Moves are built by hand, as the reader would report them (reason, unclear points, the
terms it states firmly), so each row of the predicate is pinned on its own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from test_engine_decisions import make_policy, opened

from mailbot.core.engine import Action, Clarification, Decision, SupplierMove, decide
from mailbot.core.policy import Policy
from mailbot.core.reading import Reason, Unclear, UnclearKind
from mailbot.core.terms import Intent, Terms

RANGE = Unclear(UnclearKind.RANGE, "between 2 and 3% lower", "price_change_pct", (-3.0, -2.0))
TWO = (Terms(price_change_pct=-3.0, contract_months=12),
       Terms(price_change_pct=-4.0, contract_months=24))
PACKAGES = Unclear(UnclearKind.ALTERNATIVES, "3% for a year or 4% for two", None, (), TWO)


def other(reason: Reason | None, *unclear: Unclear, **understood: Any) -> SupplierMove:
    return SupplierMove(Intent.OTHER, False, Terms(), 0.8, reason=reason, unclear=unclear,
                        understood=Terms.from_json(understood))


def decision(policy: Policy, move: SupplierMove, clarifications: int = 0) -> Decision:
    history = replace(opened(policy), clarifications=clarifications)
    return decide(policy, history, move)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return make_policy()


def test_a_range_is_clarified_with_what_was_understood(policy):
    asked = decision(policy, other(Reason.RANGE, RANGE, payment_days=50))
    assert (asked.action, asked.reason) == (Action.CLARIFY, "clarify")
    assert asked.clarification is not None
    assert asked.clarification.restated == Terms(payment_days=50)
    assert asked.clarification.questions == (RANGE,)
    assert "range for price_change_pct" in asked.explanation and "Net 50" in asked.explanation


def test_packages_the_supplier_named_are_listed_each_checked_against_the_policy(policy):
    asked = decision(policy, other(Reason.ALTERNATIVES, PACKAGES, payment_days=50))
    clarification = asked.clarification
    assert clarification is not None
    assert clarification.options == tuple(t.merged_over(Terms(payment_days=50)) for t in TWO)
    # 12 months is permitted by the trade-off at 3%; 24 months is past the walk-away.
    assert clarification.options_in_policy == (True, False)
    assert "outside the policy" in asked.explanation


def test_a_hedged_number_is_restated_as_meant():
    hedged = Unclear(UnclearKind.UNCLEAR_NUMBER, "maybe 2.5%", "price_change_pct", (-2.5,))
    asked = decision(make_policy(), other(Reason.TENTATIVE, hedged, payment_days=55))
    assert asked.clarification is not None
    assert asked.clarification.restated == Terms(price_change_pct=-2.5, payment_days=55)


def test_a_counter_read_with_low_confidence_is_restated_for_confirmation(policy):
    unsure = SupplierMove(Intent.COUNTER, False, Terms(price_change_pct=-2.0), 0.55)
    asked = decision(policy, unsure)
    assert asked.action is Action.CLARIFY
    assert asked.clarification is not None
    assert asked.clarification.restated == Terms(price_change_pct=-2.0)


@pytest.mark.parametrize("reason", [
    Reason.BANK_DETAILS_CHANGE, Reason.DIFFERENT_ITEM, Reason.PENDING_SIGN_OFF,
    Reason.CONDITIONAL_OUTSIDE_LEVERS, Reason.QUESTION, Reason.CALL_REQUEST,
    Reason.INTERNAL_NOTE, Reason.PARTIAL, Reason.SUSPICIOUS_CONTENT,
])
def test_what_only_a_human_may_handle_is_never_clarified(policy, reason):
    """Even with a range beside it: a bank-detail change with numbers is still one."""
    assert decision(policy, other(reason, RANGE, payment_days=50)).action is Action.ESCALATE


def test_a_price_increase_and_a_rejection_are_never_clarified(policy):
    increase = Unclear(UnclearKind.RANGE, "up 2 to 4%", "price_change_pct", (2.0, 4.0))
    assert decision(policy, other(Reason.RANGE, increase)).action is Action.ESCALATE
    flagged = replace(other(Reason.RANGE, RANGE), price_increase=True)
    assert decision(policy, flagged).reason == "price_increase"
    refusal = SupplierMove(Intent.REJECT, False, Terms(), 0.6, unclear=(RANGE,))
    assert decision(policy, refusal).reason == "supplier_rejected"


def test_a_condition_outside_the_levers_goes_to_a_human(policy):
    condition = Unclear(UnclearKind.CONDITIONAL, "3% if you pay upfront", "price_change_pct",
                        (-3.0,))
    assert decision(policy, other(Reason.RANGE, RANGE, condition)).action is Action.ESCALATE


def test_an_automatic_reply_is_never_answered_with_a_clarification(policy):
    auto = SupplierMove(Intent.AUTO_REPLY, False, Terms(), 0.5, unclear=(RANGE,))
    assert decision(policy, auto).action is Action.WAIT


def test_nothing_to_restate_and_nothing_to_ask_escalates(policy):
    assert decision(policy, other(Reason.UNCLEAR)).reason == "unclear_reply"


def test_the_next_unclear_reply_after_the_allowed_clarifications_escalates(policy):
    assert decision(policy, other(Reason.RANGE, RANGE), clarifications=1).action is (
        Action.ESCALATE)
    twice = make_policy(escalation__clarifications=2)
    assert decision(twice, other(Reason.RANGE, RANGE), clarifications=1).action is (
        Action.CLARIFY)
    never = make_policy(escalation__clarifications=0)
    assert decision(never, other(Reason.RANGE, RANGE)).action is Action.ESCALATE


def test_a_clarification_survives_the_audit_log_round_trip(policy):
    asked = decision(policy, other(Reason.ALTERNATIVES, PACKAGES, RANGE, payment_days=50))
    assert Decision.from_json(asked.to_json()) == asked
    assert isinstance(asked.clarification, Clarification)

"""The realistic supplier population: seeded, blind to the buyer's ranges, and behaving as
the description of real suppliers says (own deadline, own ideal, own per-lever limits)."""

from dataclasses import replace
from pathlib import Path

import pytest

from mailbot.core.engine import Action, Decision
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Intent, Lever, Terms
from mailbot.simulate.market import (
    SHIFTED,
    STANDARD,
    MarketSupplier,
    draw_profile,
    view_of,
)
from mailbot.simulate.market.behaviour import closest
from mailbot.simulate.messages import BuyerMessage
from mailbot.simulate.referee import feasible

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"
PRICE, DAYS, MONTHS = Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS, Lever.CONTRACT_MONTHS


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(EXAMPLE.read_text(), str(EXAMPLE))


def offer(round_no: int, **terms: float) -> BuyerMessage:
    return BuyerMessage(round_no, Decision(Action.OFFER, "counter", "", Terms.from_json(terms)))


def steady(policy: Policy, seed: int = 3, **changes: object):
    """A drawn supplier made steady (no noise, no odd ask) with the given changes."""
    profile = draw_profile(view_of(policy), STANDARD, seed)
    return replace(profile, noise=0.0, odd_ask_round=None, **changes)


def test_the_population_is_seeded_and_varied(policy):
    view = view_of(policy)
    assert draw_profile(view, STANDARD, 7) == draw_profile(view, STANDARD, 7)
    profiles = [draw_profile(view, STANDARD, seed) for seed in range(200)]
    assert len({p.tactic for p in profiles}) == 5
    assert len({p.deadline for p in profiles}) >= 6
    assert draw_profile(view, SHIFTED, 7) != draw_profile(view, STANDARD, 7)


def test_a_supplier_sees_only_todays_terms_and_the_buyers_direction(policy):
    view = view_of(policy)
    assert [(m.lever, m.today, m.buyer_wants.value) for m in view.levers] == [
        (PRICE, 0.0, "lower"), (DAYS, 45.0, "higher"), (MONTHS, 1.0, "lower")]
    # Moving the buyer's target and walk-away leaves every supplier unchanged.
    wider = policy.model_copy(update={"levers": {
        **policy.levers, PRICE: policy.levers[PRICE].model_copy(update={"target": -9.0})}})
    assert draw_profile(view_of(wider), STANDARD, 11) == draw_profile(view, STANDARD, 11)


def test_about_one_pair_in_four_has_no_deal_inside_the_policy(policy):
    view = view_of(policy)
    share = sum(not feasible(policy, draw_profile(view, STANDARD, s)) for s in range(400)) / 400
    assert 0.15 <= share <= 0.35


def test_it_opens_at_its_own_ideal_terms_often_outside_the_policy(policy):
    view = view_of(policy)
    openings = []
    for seed in range(60):
        profile = steady(policy, seed)
        move = MarketSupplier(profile, view, seed).reply(offer(1, price_change_pct=-6,
                                                               payment_days=60,
                                                               contract_months=1))
        assert move is not None and move.intent is Intent.COUNTER
        openings.append(move.terms)
    assert sum(t.payment_days is not None and t.payment_days < 45 for t in openings) >= 20


def test_counters_stay_within_its_limits_and_it_walks_away_after_its_deadline(policy):
    view = view_of(policy)
    profile = steady(policy, tactic="linear", exponent=1.0, deadline=3, walks_silently=False)
    supplier = MarketSupplier(profile, view, 1)
    greedy = {"price_change_pct": -6, "payment_days": 60, "contract_months": 1}
    for round_no in (1, 2, 3):
        move = supplier.reply(offer(round_no, **greedy))
        assert move is not None
        if move.intent is Intent.COUNTER:
            assert profile.within_limits(move.terms)
    last = supplier.reply(offer(4, **greedy))
    assert last is not None
    assert last.intent is (Intent.ACCEPT if profile.within_limits(
        Terms.from_json(greedy)) else Intent.REJECT)


def test_after_its_deadline_it_accepts_anything_within_its_limits(policy):
    view = view_of(policy)
    profile = steady(policy, deadline=2, walks_silently=False)
    supplier = MarketSupplier(profile, view, 1)
    for round_no in (1, 2):
        supplier.reply(offer(round_no, price_change_pct=-6, payment_days=60, contract_months=1))
    inside = closest(profile, Terms(price_change_pct=-6, payment_days=60, contract_months=1),
                     0.0)
    move = supplier.reply(BuyerMessage(3, Decision(Action.OFFER, "counter", "", inside)))
    assert move is not None and move.intent is Intent.ACCEPT


def test_the_counter_is_the_acceptable_package_nearest_the_offer(policy):
    profile = steady(policy)
    asked = Terms(price_change_pct=-6, payment_days=60, contract_months=1)
    counter = closest(profile, asked, 0.6)
    assert profile.utility(counter) >= 0.6 - 1e-6
    assert profile.within_limits(counter)
    # Asking for less on one lever moves the counter's other levers toward the buyer too.
    softer = closest(profile, asked.with_lever(DAYS, 45), 0.6)
    assert (softer.price_change_pct or 0) <= (counter.price_change_pct or 0) + 1e-9


def test_a_reciprocal_supplier_hardens_when_the_buyer_takes_something_back(policy):
    view = view_of(policy)
    seed = next(s for s in range(100) if (term := draw_profile(view, STANDARD, s).lever(MONTHS))
                and term.weight > 0.2 and term.ideal_y >= 12)
    profile = steady(policy, seed, tactic="reciprocal", deadline=8, reciprocity=1.0,
                     drift=0.0)
    generous, retracted = MarketSupplier(profile, view, 2), MarketSupplier(profile, view, 2)
    first = {"price_change_pct": -6, "payment_days": 60, "contract_months": 12}
    for supplier in (generous, retracted):
        supplier.reply(offer(1, **first))
    conceded = {"price_change_pct": -5, "payment_days": 55}
    generous.reply(offer(2, **conceded, contract_months=12))
    retracted.reply(offer(2, **conceded, contract_months=1))
    assert generous.aspiration < 1.0
    assert retracted.aspiration > generous.aspiration

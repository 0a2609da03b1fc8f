"""Reading the supplier's positions: movement without clamping, limits shown per lever
(and per contract term), levers held, replies stalled, and what the next offer aims at."""

import pytest
from engine_policies import parsed, worked_levers

from mailbot.core.engine.aim import UNMOVED, aimed_share, estimated_limit
from mailbot.core.engine.positions import Positions, share
from mailbot.core.policy import Policy
from mailbot.core.terms import Lever, Terms

PRICE, DAYS, MONTHS = Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS, Lever.CONTRACT_MONTHS
@pytest.fixture(scope="module")
def policy() -> Policy:
    return parsed(worked_levers())


def track(policy: Policy, *packages: tuple[float, int, int]) -> Positions:
    terms = tuple(Terms(price_change_pct=p, payment_days=d, contract_months=m)
                  for p, d, m in packages)
    return Positions(policy, terms, tuple(Terms() for _ in terms))


def test_a_supplier_moving_below_the_walk_away_is_moving(policy):
    moving = track(policy, (0, 30, 1), (0, 35, 1), (0, 40, 1))
    assert moving.shares(DAYS) == pytest.approx([-1.0, -2 / 3, -1 / 3])
    assert moving.movement(DAYS) == pytest.approx(2 / 3)
    assert moving.stalled == 0
    assert moving.moved()


def test_movement_counts_from_the_worse_of_todays_terms_and_its_opening(policy):
    conceding = track(policy, (-2, 45, 1))
    assert conceding.movement(PRICE) == pytest.approx(1 / 3)  # 2 points off today's price
    assert conceding.movement(DAYS) == 0.0


def test_stalled_counts_replies_without_a_move_on_any_lever(policy):
    stuck = track(policy, (-1, 40, 1), (-1, 40, 1), (-1.1, 40, 1), (-1, 40, 1))
    assert stuck.stalled == 3
    assert track(policy, (-1, 40, 1), (-1, 40, 1), (-2, 40, 1)).stalled == 0


def test_a_price_given_with_a_longer_term_does_not_count_for_a_monthly_offer(policy):
    positions = track(policy, (0, 30, 12), (-2.5, 40, 12))
    assert positions.best(PRICE) == pytest.approx(2.5 / 6)
    assert positions.best_with(PRICE, {MONTHS: 12}) == pytest.approx(2.5 / 6)
    # Never a monthly position: the least it has given is the safe guess.
    assert positions.best_with(PRICE, {MONTHS: 1}) == pytest.approx(0.0)
    monthly = track(policy, (-1, 30, 1), (-2.5, 40, 12))
    assert monthly.best_with(PRICE, {MONTHS: 1}) == pytest.approx(1 / 6)


def test_a_lever_is_held_after_moving_or_while_another_moves(policy):
    assert track(policy, (-1, 45, 1), (-2, 45, 1), (-2, 45, 1)).held(PRICE)
    assert track(policy, (0, 30, 1), (0, 40, 1)).held(PRICE)
    assert not track(policy, (0, 30, 1), (0, 30, 1)).held(PRICE)


def test_the_aim_is_the_estimated_limit_plus_the_margin(policy):
    steady = track(policy, (-1, 45, 1), (-2, 45, 1))  # one point a reply
    limit, held = estimated_limit(steady, PRICE, {MONTHS: 1})
    assert (limit, held) == (pytest.approx(3 / 6), False)  # it may move as far again
    assert aimed_share(steady, PRICE, {MONTHS: 1}, 0.5) == pytest.approx(0.5 + 0.5 * 0.5)
    assert aimed_share(steady, PRICE, {MONTHS: 1}, 0.0) == pytest.approx(0.5)


def test_a_held_lever_is_asked_at_its_value_and_an_unmoved_one_halfway(policy):
    held = track(policy, (-1, 45, 1), (-2, 45, 1), (-2, 45, 1))
    assert aimed_share(held, PRICE, {MONTHS: 1}, 0.9) == pytest.approx(2 / 6)
    unmoved = track(policy, (-1.2, 45, 1), (-1.2, 45, 1))
    expected = 0.2 + UNMOVED * 0.8
    assert aimed_share(unmoved, PRICE, {MONTHS: 1}, 0.0) == pytest.approx(expected)
    assert share(policy.levers[PRICE], -1.2) == pytest.approx(0.2)

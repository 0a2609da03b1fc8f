"""The realistic tournament: every mailbot setting and every baseline meets the same
suppliers; deterministic; never a breach; the CLI prints it."""

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli import simulate_cmd
from mailbot.core.engine import Action, DealContext, Decision, Exchange, History, SupplierMove
from mailbot.core.policy import OutsidePolicy, Pacing, Policy, parse_policy
from mailbot.core.terms import Intent, Terms
from mailbot.simulate.baselines import SplitDifferenceBuyer, TimeBasedBuyer, outcomes
from mailbot.simulate.league import (
    VARIANTS,
    best_baseline,
    entrants,
    play,
    with_default_strategy,
)
from mailbot.simulate.market import SHIFTED, STANDARD
from mailbot.simulate.referee import breach

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"
SEEDS = range(16)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(EXAMPLE.read_text(), str(EXAMPLE))


@pytest.fixture(scope="module")
def rows(policy):
    return play(entrants(policy), STANDARD, SEEDS)


def test_every_entrant_meets_the_same_suppliers_without_a_breach(policy, rows):
    names = [r.entrant for r in rows]
    assert names[0] == "policy as written"
    assert "defaults" in names
    assert {"time-based linear (NegMAS-style)", "split the difference",
            "escalate any out-of-policy counter"} <= set(names)
    assert {r.feasible for r in rows} == {rows[0].feasible}  # one population for all
    for row in rows:
        assert row.negotiations == len(SEEDS)
        assert row.breaches == 0
        assert 0 <= row.agreement_feasible <= 1 and 0 <= row.utility_all <= 1


def test_the_tournament_is_deterministic(policy, rows):
    some = entrants(policy)[:2]
    assert play(some, STANDARD, SEEDS) == [r for r in rows if r.entrant in
                                           {e.name for e in some}]


def test_default_strategy_keeps_the_policy_but_resets_every_strategy_setting(policy):
    base = with_default_strategy(policy)
    assert base.levers == policy.levers and base.trade_offs == policy.trade_offs
    assert base.pacing.max_rounds == policy.pacing.max_rounds
    defaults = Pacing()
    assert (base.pacing.strategy, base.pacing.reciprocity) == (defaults.strategy,
                                                               defaults.reciprocity)
    assert base.escalation.on_outside_policy is OutsidePolicy.COUNTER
    assert policy.escalation.on_outside_policy is OutsidePolicy.ESCALATE


def test_variants_are_distinct_and_a_repeat_of_the_defaults_is_played_once(policy):
    played = [e for e in entrants(policy) if e.kind == "mailbot"]
    assert len({e.name for e in played}) == len(played)
    policies = [e.policy for e in played]
    assert all(policies.count(p) == 1 for p in policies)
    defaults = with_default_strategy(policy)
    assert next(e.name for e in played if e.policy == defaults) == "defaults"
    assert len(played) <= 1 + len(VARIANTS)


def test_the_seed_rule_baseline_escalates_most_real_openings(rows):
    seed_rule = next(r for r in rows if r.entrant == "escalate any out-of-policy counter")
    assert seed_rule.escalated > 0.5
    assert best_baseline(rows) is not None


def test_a_shifted_population_is_a_different_one(policy):
    standard = play(entrants(policy)[:1], STANDARD, range(8))
    shifted = play(entrants(policy)[:1], SHIFTED, range(8))
    assert standard != shifted


def test_split_the_difference_takes_the_first_in_policy_counter(policy):
    buyer = SplitDifferenceBuyer(policy)
    opening = buyer.open(policy, DealContext())
    history = History((Exchange("buyer", opening.terms or Terms()),))
    outside = SupplierMove(Intent.COUNTER, False, Terms(price_change_pct=0, payment_days=30))
    answer = buyer.decide(policy, history, outside, DealContext())
    assert answer.action is Action.OFFER and answer.terms is not None
    assert (answer.terms.price_change_pct, answer.terms.payment_days) == (-3.0, 45)
    inside = SupplierMove(Intent.COUNTER, False, Terms(price_change_pct=-1, payment_days=50))
    assert buyer.decide(policy, history, inside, DealContext()).action is Action.ACCEPT


def test_the_time_based_agent_offers_inside_the_policy_at_a_falling_aspiration(policy):
    buyer = TimeBasedBuyer(policy)
    assert all(not breach(policy, t) for t in outcomes(policy))
    history = History((Exchange("buyer", buyer.open(policy, DealContext()).terms or Terms()),))
    worths = []
    for _ in range(policy.pacing.max_rounds - 1):
        move = SupplierMove(Intent.COUNTER, False, Terms(payment_days=30))
        decision = buyer.decide(policy, history, move, DealContext())
        assert decision.action is Action.OFFER and decision.terms is not None
        assert not breach(policy, decision.terms)
        worths.append(decision.terms)
        history = history.with_exchange(Exchange("supplier", move.terms, move.intent))
        history = history.with_exchange(Exchange("buyer", decision.terms))
    last = buyer.decide(policy, history, SupplierMove(Intent.COUNTER, False, Terms(
        payment_days=30)), DealContext())
    assert last.action is Action.END


def test_cli_prints_the_table_as_json(tmp_path):
    app = typer.Typer()
    app.callback()(lambda: None)
    simulate_cmd.register(app)

    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--tournament",
                                      "--suppliers", "6", "--first-seed", "100", "--json"])

    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["population"], data["first_seed"], data["suppliers"]) == ("standard", 100, 6)
    assert {row["breaches"] for row in data["rows"]} == {0}
    assert data["best_baseline"] in {row["entrant"] for row in data["rows"]}


def test_cli_refuses_an_unknown_population():
    app = typer.Typer()
    app.callback()(lambda: None)
    simulate_cmd.register(app)
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--tournament",
                                      "--population", "gentle"])
    assert result.exit_code == 1
    assert "unknown population" in result.stderr


def test_decisions_of_baselines_are_plain_decisions(policy):
    decision = SplitDifferenceBuyer(policy).open(policy, DealContext())
    assert isinstance(decision, Decision) and decision.terms is not None

"""The policy tournament: a small population, deterministic, never a breach."""

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli import simulate_cmd
from mailbot.core.engine import Action, Decision
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Terms
from mailbot.simulate.messages import BuyerMessage
from mailbot.simulate.opponents import KINDS, make_opponent
from mailbot.simulate.tournament import recommend, settings, tournament

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(EXAMPLE.read_text(), str(EXAMPLE))


@pytest.fixture(scope="module")
def rows(policy):
    return tournament(policy, seeds=2)


def test_every_setting_meets_every_kind_of_supplier_without_a_breach(policy, rows):
    assert [r.setting for r in rows] == [s.name for s in settings(policy)]
    assert len(rows) == 13  # the policy as written, then 3 curves x MESO x opponent model
    for row in rows:
        assert row.negotiations == 2 * len(KINDS)
        assert row.breaches == 0
        assert 0 <= row.agreement_rate <= 1
        assert row.pareto_distance >= 0 and row.nash_distance >= 0


def test_the_tournament_is_deterministic(policy, rows):
    assert tournament(policy, seeds=2) == rows


def test_recommend_takes_the_best_buyer_utility_among_settings_that_agree_enough(rows):
    best = recommend(rows)
    assert best is not None and best.agreement_rate >= 0.7
    assert all(r.buyer_utility <= best.buyer_utility for r in rows if r.agreement_rate >= 0.7)


def test_a_supplier_picks_the_alternative_best_for_it(policy):
    opponent = make_opponent(policy, "conceder", 0)
    cheap = Terms(price_change_pct=-6.0, payment_days=60, contract_months=1)
    generous = Terms(price_change_pct=-0.5, payment_days=46, contract_months=12)
    offer = Decision(Action.OFFER, "counter", "", cheap, alternatives=(cheap, generous))

    move = opponent.reply(BuyerMessage(3, offer))

    assert move is not None and move.terms == generous


def test_cli_prints_json(tmp_path):
    app = typer.Typer()
    app.callback()(lambda: None)
    simulate_cmd.register(app)

    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--tournament",
                                      "--seeds", "1", "--json"])

    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["negotiations"] == 13 * len(KINDS)
    assert {row["breaches"] for row in data["rows"]} == {0}

"""`mailbot policy check`: one test per misconfiguration, each naming file, field and fix."""

import re
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from mailbot.cli import policy_cmd

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    policy_cmd.register(app)
    return app


def write_variant(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(EXAMPLE.read_text())
    change(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def check(app: typer.Typer, path: Path):
    return CliRunner().invoke(app, ["policy", "check", str(path)])


def assert_reported(result, path: Path, field: str, fix: str) -> None:
    assert result.exit_code == 1
    line = next(line for line in result.stderr.splitlines() if f"{path}: {field}:" in line)
    assert f"Fix: {fix}" in line


def test_good_policy_prints_bounds_trade_offs_and_rules(app):
    result = check(app, EXAMPLE)
    assert result.exit_code == 0, result.output
    for expected in ("Levers in play", "price_change_pct", "walk-away", "Trade-offs",
                     "12-month term", "Escalates to a human when", "price increase"):
        assert expected in result.stdout


def test_walk_away_better_than_target(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["levers"]["payment_days"].update(walk_away=75))
    assert_reported(check(app, path), path, "levers.payment_days.walk_away",
                    "swap target and walk_away")


def test_non_positive_weight(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["levers"]["price_change_pct"].update(weight=-2))
    assert_reported(check(app, path), path, "levers.price_change_pct.weight",
                    "use a positive number")


def test_trade_off_minimum_beyond_walk_away(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["trade_offs"][0]["require"].update(value=1))
    assert_reported(check(app, path), path, "trade_offs[0].require.value",
                    "set a minimum between the target (-6) and the walk-away (0)")


def test_trade_off_on_lever_not_in_play(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["trade_offs"][0]["give"].update(lever="rebate_pct"))
    assert_reported(check(app, path), path, "trade_offs[0].give.lever",
                    "add rebate_pct under levers, or remove this trade-off")


def test_unknown_key_typo(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d.update(escalaton=d.pop("escalation")))
    assert_reported(check(app, path), path, "escalaton", "did you mean `escalation`?")


def test_missing_file(app, tmp_path):
    result = check(app, tmp_path / "nope.yaml")
    assert result.exit_code == 1
    assert "nope.yaml: cannot read the file" in result.stderr


def test_trade_off_prints_its_numbers_with_the_text_beside_them(app, tmp_path):
    def deeper(d):
        d["levers"]["price_change_pct"].update(target=-40)
        d["trade_offs"][0]["require"]["value"] = -30

    path = write_variant(tmp_path, deeper)
    result = check(app, path)
    assert result.exit_code == 0, result.output
    assert "contract_months 12" in result.stdout and "(target 1)" in result.stdout
    assert "price_change_pct -30" in result.stdout
    assert f"warning: {path}: trade_offs[0].text: the text mentions 3," in flat(result.stdout)


def test_a_trade_off_that_can_never_trigger_is_a_warning(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["trade_offs"][0]["require"].update(value=-7))
    result = check(app, path)
    assert result.exit_code == 0
    assert "OK, 2 warning(s)" in flat(result.stdout)
    assert (f"warning: {path}: trade_offs[0].require.value: the minimum -7 lies beyond the "
            "target (-6)") in flat(result.stdout)


def test_weights_are_shown_as_written_and_as_shares(app, tmp_path):
    path = write_variant(tmp_path, lambda d: d["levers"]["payment_days"].update(weight=1.5))
    result = check(app, path)
    assert "6 (71%)" in result.stdout and "1.5 (18%)" in result.stdout
    assert "1 (12%)" in result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def all_levers(data):
    """Every lever in play, the widest policy a table has to fit."""
    data["levers"].update(
        rebate_pct={"current": 0, "target": 2.25, "walk_away": 0, "weight": 0.333333},
        volume_units={"current": 120000, "target": 100000, "walk_away": 150000, "weight": 1})
    data["trade_offs"][0]["text"] = ("a twelve-month commitment, up from monthly, in exchange "
                                     "for an unconditional reduction of at least 3%")


@pytest.mark.parametrize("change", [lambda d: None, all_levers], ids=["example", "all-levers"])
def test_no_word_is_cut_off_at_80_columns(app, tmp_path, change):
    path = write_variant(tmp_path, change)
    result = CliRunner().invoke(app, ["policy", "check", str(path)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "…" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    tokens = set(re.split(r"[\s│┃]+", result.stdout))
    policy = yaml.safe_load(path.read_text())
    expected = [*policy["levers"], *policy["trade_offs"][0]["text"].split(),
                "price_change_pct", "contract_months"]
    missing = [word for word in expected if word not in tokens]
    assert not missing, result.stdout

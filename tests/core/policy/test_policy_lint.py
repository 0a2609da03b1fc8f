"""Warnings about valid policies that probably do not say what their author meant."""

from pathlib import Path

import pytest
import yaml

from mailbot.core.policy import lint_policy, parse_policy

POLICIES = Path(__file__).parents[3] / "policies"
EXAMPLE = POLICIES / "packaging_renewal.yaml"


def lint(change=lambda data: None) -> list[tuple[str, str]]:
    data = yaml.safe_load(EXAMPLE.read_text())
    change(data)
    policy = parse_policy(yaml.safe_dump(data), "p.yaml")
    return [(w.path, w.message) for w in lint_policy(policy)]


@pytest.mark.parametrize("path", sorted(POLICIES.glob("*.yaml")), ids=lambda p: p.name)
def test_the_shipped_policies_have_no_warning(path: Path) -> None:
    assert lint_policy(parse_policy(path.read_text(), path.name)) == ()


def test_a_minimum_beyond_the_target_can_never_trigger() -> None:
    def deeper(data):
        data["trade_offs"][0]["require"]["value"] = -8
        data["trade_offs"][0]["text"] = "a 12-month term for 8% off"

    warnings = lint(deeper)
    assert [path for path, _ in warnings] == ["trade_offs[0].require.value"]
    assert "beyond the target (-6)" in warnings[0][1] and "never trigger" in warnings[0][1]


def test_a_text_whose_numbers_are_not_the_trade_offs_is_named() -> None:
    def inconsistent(data):
        data["levers"]["price_change_pct"].update(target=-40, walk_away=0)
        data["trade_offs"][0]["require"]["value"] = -30

    warnings = lint(inconsistent)
    assert [path for path, _ in warnings] == ["trade_offs[0].text"]
    assert "mentions 3," in warnings[0][1] and "price_change_pct = -30" in warnings[0][1]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("24 months for 2.5% off", "24"),
        ("a year's commitment (12 months, not 1) for at least 2,5 %", None),
        ("a longer term in exchange for a better price", None),
        ("12 months for 2.5% off and Net 60", "60"),
    ],
)
def test_numbers_in_the_text_are_held_against_the_trade_off(text: str, flagged: str | None):
    def reword(data):
        data["trade_offs"][0]["require"]["value"] = -2.5
        data["trade_offs"][0]["text"] = text

    warnings = lint(reword)
    if flagged is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and f"mentions {flagged}," in warnings[0][1]


def test_no_text_no_warning() -> None:
    assert lint(lambda data: data["trade_offs"][0].pop("text")) == []

"""Parsing and validating policy text: every problem reported, each with field and fix."""

from pathlib import Path

import pytest
import yaml

from mailbot.core.policy import (
    Better,
    OutsidePolicy,
    PolicyError,
    Strategy,
    TradeOffRow,
    parse_policy,
    policy_hash,
    summarize,
)
from mailbot.core.terms import Lever

EXAMPLE = Path(__file__).parents[3] / "policies" / "packaging_renewal.yaml"


def example_data() -> dict:
    return yaml.safe_load(EXAMPLE.read_text())


def problems_in(data: dict | str) -> list[tuple[str, str, str]]:
    text = data if isinstance(data, str) else yaml.safe_dump(data)
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "p.yaml")
    assert caught.value.source == "p.yaml"
    return [(p.path, p.message, p.fix) for p in caught.value.problems]


def test_example_policy_parses_with_default_directions():
    policy = parse_policy(EXAMPLE.read_text(), str(EXAMPLE))

    assert policy.in_play == (Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS, Lever.CONTRACT_MONTHS)
    assert policy.levers[Lever.PRICE_CHANGE_PCT].better is Better.LOWER
    assert policy.levers[Lever.PAYMENT_DAYS].better is Better.HIGHER
    assert policy.levers[Lever.CONTRACT_MONTHS].better is Better.LOWER
    assert policy.give_levers == {Lever.CONTRACT_MONTHS}
    assert policy.pacing.strategy is Strategy.LINEAR
    assert policy.weight(Lever.PRICE_CHANGE_PCT) == pytest.approx(0.6)


def test_direction_can_be_overridden():
    data = example_data()
    data["levers"]["contract_months"].update(better="higher", target=24, walk_away=1, current=1)
    data["trade_offs"] = []
    policy = parse_policy(yaml.safe_dump(data), "p.yaml")
    assert policy.levers[Lever.CONTRACT_MONTHS].better is Better.HIGHER


def test_all_problems_are_reported_at_once():
    data = example_data()
    data["levers"]["payment_days"]["weight"] = 0
    data["levers"]["price_change_pct"]["walk_away"] = -8
    data["pacing"]["exponent"] = 2.0

    paths = [path for path, _, _ in problems_in(data)]

    assert paths == ["levers.price_change_pct.walk_away", "levers.payment_days.weight",
                     "trade_offs[0].require.value", "pacing.exponent"]


def test_type_errors_are_all_reported_with_suggestions():
    data = example_data()
    data["levers"]["paymnt_days"] = data["levers"].pop("payment_days")
    data["pacing"]["strategy"] = "bolware"
    data["pacing"]["max_rounds"] = "many"

    found = problems_in(data)

    assert ("levers.paymnt_days", "`paymnt_days` is not a lever",
            "did you mean `payment_days`?") in found
    assert any(p == "pacing.strategy" and f == "did you mean `boulware`?" for p, _, f in found)
    assert any(p == "pacing.max_rounds" and f == "use a whole number" for p, _, f in found)
    assert len(found) == 3  # no noise from fields under the misspelt lever


def test_missing_field_says_what_to_add():
    data = example_data()
    del data["levers"]["payment_days"]["target"]
    assert problems_in(data) == [
        ("levers.payment_days.target", "`target` is missing", "add `target: <value>`")]


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d["levers"]["payment_days"].update(walk_away=60), "levers.payment_days"),
    (lambda d: d["levers"]["payment_days"].update(target=59.5), "levers.payment_days.target"),
    (lambda d: d["trade_offs"][0]["give"].update(value=24), "trade_offs[0].give.value"),
    (lambda d: d["trade_offs"][0]["give"].update(value=1), "trade_offs[0].give.value"),
    (lambda d: d["trade_offs"][0]["require"].update(lever="contract_months"),
     "trade_offs[0].require.lever"),
    (lambda d: d["pacing"].update(escalate_after_days=5), "pacing.escalate_after_days"),
    (lambda d: d["pacing"].update(max_rounds=1), "pacing.max_rounds"),
    (lambda d: d["pacing"].update(reciprocity=0), "pacing.reciprocity"),
    (lambda d: d["pacing"].update(plausible_after=0), "pacing.plausible_after"),
    (lambda d: d["pacing"].update(supplier_patience=1), "pacing.supplier_patience"),
    (lambda d: d.update(fixed_terms={"payment_days": 45}), "fixed_terms.payment_days"),
    (lambda d: d["escalation"].update(min_confidence=7), "escalation.min_confidence"),
    (lambda d: d["closing"].update(accept_at_utility=1.5), "closing.accept_at_utility"),
    (lambda d: d.update(levers={}), "levers"),
])
def test_business_rule_problems(change, path):
    data = example_data()
    change(data)
    assert path in [p for p, _, _ in problems_in(data)]


@pytest.mark.parametrize("text", ["levers: [unclosed", "- a list\n- not a mapping\n"])
def test_unreadable_yaml(text):
    ((_, message, fix),) = problems_in(text)
    assert message and fix


def test_error_message_names_file_field_and_fix():
    data = example_data()
    data["levers"]["payment_days"]["wieght"] = data["levers"]["payment_days"].pop("weight")
    with pytest.raises(PolicyError) as caught:
        parse_policy(yaml.safe_dump(data), "policies/x.yaml")
    assert ("policies/x.yaml: levers.payment_days.wieght: unknown key `wieght`. "
            "Fix: did you mean `weight`?") in str(caught.value)


def test_policy_hash_identifies_the_exact_text():
    text = EXAMPLE.read_text()
    assert policy_hash(text) == policy_hash(text)
    assert policy_hash(text) != policy_hash(text + "\n")
    assert len(policy_hash(text)) == 64


def test_summary_lists_bounds_trade_offs_and_rules():
    summary = summarize(parse_policy(EXAMPLE.read_text(), "x"))
    assert [(r.lever, r.moves_by) for r in summary.levers] == [
        ("price_change_pct", "pacing"), ("payment_days", "pacing"),
        ("contract_months", "trade-off only")]
    assert [(r.lever, r.weight_as_written, r.weight) for r in summary.levers] == [
        ("price_change_pct", 6, 0.6), ("payment_days", 3, 0.3), ("contract_months", 1, 0.1)]
    assert summary.trade_offs == (TradeOffRow(
        gives="contract_months 12 (target 1)",
        requires="price_change_pct -3 or lower",
        text="a 12-month term (up from monthly) for at least a 3% price reduction",
    ),)
    assert "supplier asks for a price increase" in summary.escalation


@pytest.mark.parametrize(("written", "expected"), [
    ("counter", OutsidePolicy.COUNTER), ("escalate", OutsidePolicy.ESCALATE),
    (True, OutsidePolicy.ESCALATE), (False, OutsidePolicy.COUNTER)])
def test_on_outside_policy_is_counter_or_escalate_and_older_flags_still_read(written,
                                                                            expected):
    data = example_data()
    data["escalation"]["on_outside_policy"] = written
    assert parse_policy(yaml.safe_dump(data), "p.yaml").escalation.on_outside_policy is expected


def test_a_new_policy_counters_out_of_policy_packages_and_the_worked_example_escalates():
    data = example_data()
    del data["escalation"]["on_outside_policy"]
    assert parse_policy(yaml.safe_dump(data), "p.yaml").escalation.on_outside_policy is (
        OutsidePolicy.COUNTER)
    example = parse_policy(EXAMPLE.read_text(), "x")
    assert example.escalation.on_outside_policy is OutsidePolicy.ESCALATE


def test_an_unknown_outside_policy_answer_suggests_the_known_ones():
    data = example_data()
    data["escalation"]["on_outside_policy"] = "escalte"
    ((path, _, fix),) = problems_in(data)
    assert path == "escalation.on_outside_policy" and fix == "did you mean `escalate`?"


def test_summary_explains_the_pacing_against_the_supplier_and_the_closing_rules():
    summary = summarize(parse_policy(EXAMPLE.read_text(), "x"))
    assert any("aims at the supplier's limits" in line for line in summary.pacing)
    assert any("best-and-final" in line for line in summary.escalation)
    assert any("after the last permitted offer" in line for line in summary.closing)


def test_the_language_is_a_two_letter_code():
    data = example_data()
    data["language"] = "German"
    assert problems_in(data) == [("language", "language is 'German'",
                                  "use a two-letter language code in lower case, "
                                  "e.g. en, de, fr, es")]

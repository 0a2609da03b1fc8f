"""`mailbot simulate --supplier-cmd`: a scripted supplier program over JSON Lines,
through the real CLI command."""

import json
import re
import shlex
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli import simulate_cmd

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"

# The supplier program: answers each offer with the next scripted reply and logs every
# line it receives, so the test can check both directions of the protocol.
SUPPLIER = """
import json, sys
replies = json.loads(sys.argv[1])
log = open(sys.argv[2], "w")
for line in sys.stdin:
    log.write(line)
    log.flush()
    if json.loads(line)["action"] == "offer":
        print(json.dumps(replies.pop(0)), flush=True)
"""


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, as in mailbot.cli.app, so `simulate` is a command
    simulate_cmd.register(app)
    return app


def run_script(app, tmp_path: Path, replies: list, *extra: str):
    script = tmp_path / "supplier.py"
    script.write_text(SUPPLIER)
    log = tmp_path / "received.jsonl"
    command = shlex.join([sys.executable, str(script), json.dumps(replies), str(log)])
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE),
                                      "--supplier-cmd", command, *extra])
    received = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return result, received


def test_worked_example_through_supplier_cmd(app, tmp_path):
    replies = [
        {"intent": "counter", "price_increase": False,
         "terms": {"price_change_pct": -2, "payment_days": 45}},
        {"intent": "accept", "price_increase": False,
         "terms": {"price_change_pct": -4, "payment_days": 50}},
    ]
    result, received = run_script(app, tmp_path, replies, "--json")

    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    assert (outcome["outcome"], outcome["reason"], outcome["rounds"]) == (
        "agreed", "accept_within_policy", 2)
    assert {k: v for k, v in outcome["terms"].items() if v is not None} == {
        "price_change_pct": -4.0, "payment_days": 50, "contract_months": 12}
    assert [(m["round"], m["action"]) for m in received] == [
        (1, "offer"), (2, "offer"), (2, "accept")]
    assert received[0]["terms"]["price_change_pct"] == -6.0
    assert received[0]["terms"]["payment_days"] == 60
    assert received[1]["terms"]["contract_months"] == 12
    assert "12-month term if the price reduction reaches 4%" in received[1]["body"]


def test_price_increase_through_supplier_cmd(app, tmp_path):
    replies = [{"intent": "counter", "price_increase": True, "terms": {"price_change_pct": 4}}]
    result, received = run_script(app, tmp_path, replies, "--json")

    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    assert (outcome["outcome"], outcome["reason"]) == ("escalated", "price_increase")
    assert [m["action"] for m in received] == ["offer", "escalate"]


def test_readable_transcript_without_json(app, tmp_path):
    replies = [{"intent": "reject", "price_increase": False, "terms": {}}]
    result, _ = run_script(app, tmp_path, replies)
    assert result.exit_code == 0, result.output
    assert "Transcript" in result.stdout
    assert "escalated (supplier rejected)" in result.stdout


def test_bad_reply_is_a_clear_error(app, tmp_path):
    result, _ = run_script(app, tmp_path, [{"intent": "maybe"}])
    assert result.exit_code == 1
    assert "bad supplier reply" in result.stderr


def test_program_that_exits_early_is_a_clear_error(app, tmp_path):
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--supplier-cmd",
                                      shlex.join([sys.executable, "-c", "pass"])])
    assert result.exit_code == 1
    assert "supplier program" in result.stderr


def test_all_personas_json(app):
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--all-personas",
                                      "--json", "--baseline-price", "2.40", "--currency", "eur"])
    assert result.exit_code == 0, result.output
    rows = {row["persona"]: row for row in json.loads(result.stdout)}
    assert rows["worked-example"]["outcome"] == "agreed"
    assert rows["worked-example"]["terms"]["unit_price"] == pytest.approx(2.304)
    assert rows["price-increaser"]["reason"] == "price_increase"


def test_the_personas_table_names_reasons_in_words_without_breaking_them(app):
    """Outside a terminal the table is 80 columns wide: a reason code used to be cut in two
    ("accept_withi / n_policy"); the table shows its words, the JSON keeps the code."""
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--all-personas"])
    assert result.exit_code == 0, result.output
    assert not re.search(r"[a-z]_[a-z]|[a-z]_\s", result.stdout), "no code, whole or cut"
    cells = [line.split("│")[3].strip() for line in result.stdout.splitlines()
             if line.count("│") > 3]
    assert "accepted" in cells and "within" in cells and "increase" in " ".join(cells)


def test_conflicting_supplier_options_are_refused(app):
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--persona",
                                      "silent", "--all-personas"])
    assert result.exit_code == 1
    assert "choose one of" in result.stderr


def test_worked_example_as_plain_email_replies(app, tmp_path):
    replies = [
        {"body": "Thanks for your proposal. We can offer a 2% reduction with payment at "
                 "Net 45.\n\nBest regards,\nJane"},
        {"body": "We accept a 4% reduction at Net 50.\n\nRegards,\nJane"},
    ]
    result, _ = run_script(app, tmp_path, replies, "--json")

    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    assert (outcome["outcome"], outcome["rounds"]) == ("agreed", 2)
    assert {k: v for k, v in outcome["terms"].items() if v is not None} == {
        "price_change_pct": -4.0, "payment_days": 50, "contract_months": 12}


def test_the_readme_example_program_negotiates(app):
    program = Path(__file__).parents[2] / "examples" / "halfway_supplier.py"
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE), "--supplier-cmd",
                                      shlex.join([sys.executable, str(program)]), "--json"])
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    supplier = [t for t in outcome["transcript"] if t["party"] == "supplier"]
    assert supplier[0]["act"] == "counter"  # its email body, read by the reader
    assert supplier[0]["terms"]["price_change_pct"] == -3.0  # halfway from 0 to the bot's -6
    assert supplier[0]["terms"]["payment_days"] == 52  # halfway from 45 to the bot's 60
    assert outcome["outcome"] == "agreed"


def test_a_range_in_an_email_reply_is_clarified_and_the_answer_decides(app, tmp_path):
    """A ``{"body"}`` reply naming a range gets a ``clarify`` message, whose answer is read
    with it as context: "3 %" is the price the supplier meant."""
    replies = [
        {"body": "We can do between 2 and 3% off, with payment at Net 45.\n\nRegards,\nJane"},
        {"body": "3 %"},
        {"body": "We accept.\n\nJane"},
    ]
    script = tmp_path / "supplier.py"
    script.write_text(SUPPLIER.replace('== "offer"', 'in ("offer", "clarify")'))
    log = tmp_path / "received.jsonl"
    command = shlex.join([sys.executable, str(script), json.dumps(replies), str(log)])
    result = CliRunner().invoke(app, ["simulate", "--policy", str(EXAMPLE),
                                      "--supplier-cmd", command, "--json"])

    assert result.exit_code == 0, result.output
    received = [json.loads(line) for line in log.read_text().splitlines()]
    asked = received[1]
    assert asked["action"] == "clarify"
    assert asked["terms"]["payment_days"] == 45 and asked["terms"]["price_change_pct"] is None
    assert "range for price_change_pct" in asked["body"]
    transcript = json.loads(result.stdout)["transcript"]
    answered = [e for e in transcript if e["party"] == "supplier"][1]
    assert answered["act"] == "counter"
    assert (answered["terms"]["price_change_pct"], answered["terms"]["payment_days"]) == (-3, 45)
    assert [e["act"] for e in transcript if e["party"] == "buyer"][:3] == [
        "offer", "clarify", "offer"]

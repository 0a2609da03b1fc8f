"""``mailbot extract``: human and JSON output, exit codes, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from mailbot.cli import extract_cmd

COUNTER = (
    b"From: Rosa Lindqvist <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
    b"Subject: Re: trays\r\nMessage-ID: <a@nordpack.example>\r\n\r\n"
    b"We can go to USD 7.60 per tray at Net 45.\r\n\r\nRosa\r\n"
)
ACCEPT = (
    b"From: Rosa Lindqvist <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
    b"Subject: Re: trays\r\n\r\nAgreed, go ahead.\r\n"
)


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    extract_cmd.register(app)

    @app.callback()
    def main() -> None:
        """Keep ``extract`` a named sub-command, as in the real app."""

    return app


@pytest.fixture
def mails(tmp_path: Path) -> dict[str, Path]:
    paths = {"counter": tmp_path / "counter.eml", "accept": tmp_path / "accept.eml",
             "text": tmp_path / "notes.txt"}
    paths["counter"].write_bytes(COUNTER)
    paths["accept"].write_bytes(ACCEPT)
    paths["text"].write_text("just some notes\nnothing else\n")
    return paths


def run(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_human_output_shows_intent_terms_confidence_and_evidence(app, mails):
    result = run(app, "--baseline-price", "8", "--currency", "usd", str(mails["counter"]))
    assert result.exit_code == 0, result.output
    assert "intent:     counter" in result.output
    assert "unit_price=7.6" in result.output
    assert "currency=USD" in result.output
    assert "payment_days=45" in result.output
    assert "confidence:" in result.output
    assert "<- \"" in result.output and "Net 45" in result.output


def test_json_single_file_is_one_object_without_file_key(app, mails):
    result = run(app, "--json", "--baseline-price", "8", str(mails["counter"]))
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["intent"] == "counter"
    assert data["terms"]["payment_days"] == 45
    assert data["terms"]["rebate_pct"] is None
    assert data["price_increase"] is False
    assert isinstance(data["confidence"], float)
    assert "file" not in data
    assert data["evidence"]


def test_json_several_files_one_line_each_with_file_key(app, mails):
    result = run(app, "--json", str(mails["counter"]), str(mails["accept"]))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["counter.eml", "accept.eml"]
    assert [line["intent"] for line in lines] == ["counter", "accept"]


def test_missing_file_exits_2_with_a_clear_message(app, mails):
    result = run(app, str(mails["accept"]), "no-such.eml")
    assert result.exit_code == 2
    assert "no-such.eml: no such file" in result.stderr
    assert "intent:     accept" in result.stdout


def test_not_an_email_exits_2(app, mails):
    result = run(app, str(mails["text"]))
    assert result.exit_code == 2
    assert "not an email" in result.stderr


def test_any_intent_exits_0(app, tmp_path):
    bounce = tmp_path / "bounce.eml"
    bounce.write_bytes(b"From: MAILER-DAEMON@mx.example\r\nSubject: Undeliverable: x\r\n\r\n"
                       b"Your message could not be delivered.\r\n")
    result = run(app, str(bounce))
    assert result.exit_code == 0
    assert "intent:     bounce" in result.output


def test_command_module_imports_no_reader_at_startup():
    code = ("import sys, mailbot.cli.extract_cmd; "
            "print('email.feedparser' in sys.modules, 'mailbot.core.reading' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]


RESTATED = (
    b"From: Rosa Lindqvist <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
    b"Subject: Re: trays\r\n\r\nWe accept the 5% reduction with payment at Net 60.\r\n"
)
RANGE = (
    b"From: Rosa Lindqvist <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
    b"Subject: Re: trays\r\n\r\nA reduction between 2 and 3% looks realistic.\r\n"
)
PICK = (
    b"From: Rosa Lindqvist <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
    b"Subject: Re: trays\r\n\r\nWe'll go with B.\r\n"
)


def write(tmp_path: Path, name: str, raw: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(raw)
    return str(path)


def test_last_offer_lets_a_restating_acceptance_read_as_the_loop_reads_it(app, tmp_path):
    path = write(tmp_path, "restated.eml", RESTATED)
    without = json.loads(run(app, "--json", path).output)
    with_offer = json.loads(run(app, "--json", "--last-offer",
                                '{"price_change_pct": -5, "payment_days": 60}', path).output)
    assert without["intent"] == "counter"
    assert with_offer["intent"] == "accept"
    assert with_offer["terms"]["payment_days"] == 60


def test_alternatives_let_a_letter_pick_a_package(app, tmp_path):
    path = write(tmp_path, "pick.eml", PICK)
    result = run(app, "--json", "--alternatives",
                 '[{"price_change_pct": -3, "contract_months": 12}, '
                 '{"price_change_pct": -4, "contract_months": 24}]', path)
    data = json.loads(result.output)
    assert data["intent"] == "accept"
    assert (data["terms"]["price_change_pct"], data["terms"]["contract_months"]) == (-4.0, 24)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--last-offer", "{not json", "--last-offer: not JSON"),
     ("--last-offer", '{"discount": 5}', "unknown term keys ['discount']"),
     ("--last-offer", "[1, 2]", "expected a JSON object of terms"),
     ("--alternatives", '{"price_change_pct": -3}', "expected a JSON list of terms"),
     ("--alternatives", '[{"price_change_pct": -3}, {"bogus": 1}]', "--alternatives[1]")],
)
def test_bad_context_json_exits_2_with_a_message_naming_the_option(app, tmp_path, option,
                                                                    value, message):
    result = run(app, option, value, write(tmp_path, "pick.eml", PICK))
    assert result.exit_code == 2
    assert message in result.stderr


def test_range_reply_says_why_its_value_was_not_taken(app, tmp_path):
    result = run(app, write(tmp_path, "range.eml", RANGE))
    assert result.exit_code == 0
    assert "terms:      none stated" in result.output
    assert "reason: range" in result.output
    assert "range: price_change_pct 2–3 % (not a single value; not taken)" in result.output
    assert "evidence:" not in result.output


def test_refused_number_in_a_counter_is_listed_as_not_taken(app, tmp_path):
    raw = (b"From: Rosa <rosa@nordpack.example>\r\nTo: buyer@acme.example\r\n"
           b"Subject: Re: trays\r\n\r\n5% is too much for us; we can give 2%.\r\n")
    result = run(app, write(tmp_path, "refused.eml", raw))
    assert "price_change_pct=-2.0" in result.output
    assert "refused: price_change_pct 5 % (refused by the supplier; not taken)" in result.output

"""A new user's configuration mistakes, through the real CLI: each one message, no traceback.

No config file at all says to copy the example; every problem in a file is listed at once,
an unknown key with a "did you mean"; relative paths are read from the config file's
folder, so the bot works from any directory; a missing template is one line.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.shell.config import Settings, relative_to

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "packaging_renewal.yaml"
SERVERS = (
    '[bot]\naddress = "procurement@buyer.example"\nbuyer_mailbox = "alex@buyer.example"\n'
    '[imap]\nhost = "imap.buyer.example"\nusername = "procurement"\n'
    '[smtp]\nhost = "smtp.buyer.example"\nusername = "procurement"\n'
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.upper().startswith("MAILBOT_"):
            monkeypatch.delenv(name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_no_config_file_says_to_copy_the_example() -> None:
    code, output = invoke("status")
    assert code == 2
    assert "no ./mailbot.toml found" in output and "copy mailbot.example.toml" in output
    assert "Field required" not in output and "MAILBOT_BOT" not in output


def test_every_problem_in_the_file_at_once_with_did_you_mean(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text(
        'databse_url = "sqlite:///x.sqlite3"\n'
        + SERVERS.replace('host = "imap', 'hots = "imap').replace(
            'username = "procurement"\n[smtp]',
            'username = "procurement"\npassword = "hunter2-typed-in"\n[smtp]')
        + '[schedul]\npoll_interval_s = 5\n[limits]\nsend_attempts = "many"\n',
        encoding="utf-8",
    )
    code, output = invoke("config", "check", "--config", config)
    assert code == 2
    assert "6 problem(s)" in output
    assert "databse_url: unknown key `databse_url`; did you mean `database_url`?" in output
    assert "imap.hots: unknown key `hots`; did you mean `host`?" in output
    assert "imap.host: missing" in output
    assert "schedul: unknown key `schedul`; did you mean `schedule`?" in output
    assert "limits.send_attempts:" in output and "'many'" in output
    assert "imap.password: a secret in the config file" in output
    assert "hunter2-typed-in" not in output


def test_a_mistyped_environment_variable_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text(SERVERS, encoding="utf-8")
    monkeypatch.setenv("MAILBOT_IMAP__MAILBXO", "Procurement")
    code, output = invoke("status", "--config", config)
    assert code == 2
    assert "MAILBOT_IMAP__MAILBXO" in output and "did you mean `MAILBOT_IMAP__MAILBOX`?" in output


def test_a_toml_syntax_error_is_one_message(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text(SERVERS + "[limits\n", encoding="utf-8")
    code, output = invoke("config", "check", "--config", config)
    assert code == 2
    assert f"{config}: not valid TOML" in output and "line 10" in output


def test_config_check_reports_the_secret_and_the_templates_together(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text(SERVERS, encoding="utf-8")  # templates_dir defaults to ./templates
    code, output = invoke("config", "check", "--config", config)
    assert code == 2
    assert "MAILBOT_BOT__REPLY_TOKEN_SECRET" in output
    assert f"templates_dir: {tmp_path / 'templates'} holds no templates" in output


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config with relative paths, beside its own copy of the templates."""
    folder = tmp_path / "checkout"
    shutil.copytree(ROOT / "templates", folder / "templates")
    (folder / "mailbot.toml").write_text(
        'database_url = "sqlite:///var/bot.sqlite3"\ntemplates_dir = "templates"\n' + SERVERS,
        encoding="utf-8",
    )
    (folder / "suppliers.csv").write_text(
        "Supplier name,Email,Item,Current unit price,Currency,Annual volume,Language\n"
        "Boxco Packaging,sales@boxco.example,Corrugated boxes,6.00,USD,120000,en\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MAILBOT_BOT__REPLY_TOKEN_SECRET", secrets.token_hex(32))
    return folder


def start_dry_run(checkout: Path) -> tuple[int, str]:
    return invoke("start", "--policy", POLICY, "--suppliers", checkout / "suppliers.csv",
                  "--dry-run", "--config", checkout / "mailbot.toml")


def test_relative_paths_are_read_from_the_config_files_folder(checkout: Path) -> None:
    code, output = start_dry_run(checkout)
    assert code == 0, output
    assert "Would open 1 negotiation(s)" in output and "Unit price: 6% below" in output
    assert (checkout / "var" / "bot.sqlite3").is_file()
    assert not (Path.cwd() / "var").exists()


def test_a_missing_template_is_one_line(checkout: Path) -> None:
    (checkout / "templates" / "en" / "opening_offer.subject").unlink()
    code, output = start_dry_run(checkout)
    assert code == 2
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("Template error: no template file 'opening_offer.subject' in ")
    assert str(checkout / "templates" / "en") in lines[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///var/bot.sqlite3", "sqlite:////srv/bot/var/bot.sqlite3"),
        ("sqlite:////data/bot.sqlite3", "sqlite:////data/bot.sqlite3"),
        ("sqlite:///:memory:", "sqlite:///:memory:"),
        ("postgresql+psycopg://bot@db/mailbot", "postgresql+psycopg://bot@db/mailbot"),
    ],
)
def test_only_relative_sqlite_files_move_under_the_config_folder(url: str, expected: str) -> None:
    settings = Settings(
        database_url=url,
        templates_dir=Path("/opt/templates"),
        bot={"address": "a@b.example", "buyer_mailbox": "c@b.example"},
        imap={"host": "imap.b.example", "username": "a", "ca_file": "ca.pem"},
        smtp={"host": "smtp.b.example", "username": "a"},
    )
    moved = relative_to(Path("/srv/bot"), settings)
    assert moved.database_url == expected
    assert moved.templates_dir == Path("/opt/templates")
    assert moved.imap.ca_file == Path("/srv/bot/ca.pem")

"""``mailbot start``, ``status``, ``show`` and ``config check`` through the real CLI."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "packaging_renewal.yaml"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "mailbot.toml"
    path.write_text(
        f'database_url = "sqlite:///{tmp_path / "bot.sqlite3"}"\n'
        f'templates_dir = "{ROOT / "templates"}"\n'
        '[bot]\naddress = "procurement@buyer.example"\nbuyer_mailbox = "alex@buyer.example"\n'
        'name = "Alex Morgan"\ncompany = "Example Manufacturing"\n'
        '[imap]\nhost = "imap.buyer.example"\nusername = "procurement"\n'
        '[smtp]\nhost = "smtp.buyer.example"\nusername = "procurement"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("MAILBOT_BOT__REPLY_TOKEN_SECRET", secrets.token_hex(32))
    monkeypatch.setenv("MAILBOT_IMAP__PASSWORD", "imap-password-from-env")
    return path


@pytest.fixture
def suppliers(tmp_path: Path) -> Path:
    path = tmp_path / "suppliers.csv"
    path.write_text(
        "Supplier name,Email,Item,Current unit price,Currency,Annual volume,Language\n"
        "Boxco Packaging,sales@boxco.example,Corrugated boxes,6.00,USD,120000,en\n"
        "Tapeco,orders@tapeco.example,Packing tape,2.10,USD,50000,de\n",
        encoding="utf-8",
    )
    return path


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def test_config_check_reports_the_servers_and_hides_secrets(config: Path) -> None:
    code, output = invoke("config", "check", "--config", config)
    assert code == 0, output
    assert "imap.buyer.example:993" in output
    assert "imap-password-from-env" not in output


def test_config_check_names_the_missing_secret(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAILBOT_BOT__REPLY_TOKEN_SECRET")
    code, output = invoke("config", "check", "--config", config)
    assert code == 2
    assert "MAILBOT_BOT__REPLY_TOKEN_SECRET" in output


def test_config_refuses_plain_imap_to_a_remote_host(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILBOT_IMAP__SECURITY", "plain")
    code, output = invoke("config", "check", "--config", config)
    assert code == 2
    assert "Plain is allowed only for localhost" in output


def test_start_dry_run_then_start_then_status_and_show(config: Path, suppliers: Path) -> None:
    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--dry-run",
                          "--config", config)
    assert code == 0, output
    assert "Would open 2 negotiation(s)" in output
    assert "Unit price: 6% below the current price" in output
    code, output = invoke("status", "--config", config)
    assert code == 0 and "Boxco" not in output

    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--config", config)
    assert code == 0 and "Opened 2 negotiation(s); 0 already open" in output
    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--config", config)
    assert "Opened 0 negotiation(s); 2 already open" in output

    code, output = invoke("status", "--config", config)
    assert code == 0 and "Boxco" in output and "Tapeco" in output
    code, output = invoke("show", "1", "--config", config)
    assert code == 0 and "opening_offer" in output and "sales@boxco.example" in output
    code, output = invoke("show", "99", "--config", config)
    assert code == 2 and "No negotiation 99" in output


def test_start_names_the_bad_line_of_a_suppliers_file(config: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Supplier name,Email,Item,Current unit price\nBoxco,not-an-email,Boxes,6\n",
                   encoding="utf-8")
    code, output = invoke("start", "--policy", POLICY, "--suppliers", bad, "--config", config)
    assert code == 2
    assert "bad.csv: row 2, column 'Email'" in output and "not an email address" in output


def test_resolve_refuses_when_nothing_waits_for_the_buyer(config: Path, suppliers: Path) -> None:
    invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--config", config)
    code, output = invoke("resolve", "1", "--counter", "4% net 50", "--config", config)
    assert code == 1
    assert "nothing in negotiation 1 waits for a decision" in output
    code, output = invoke("resolve", "99", "--approve", "--config", config)
    assert code == 2 and "No negotiation 99" in output


def test_start_without_the_token_secret_says_so(
    config: Path, suppliers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAILBOT_BOT__REPLY_TOKEN_SECRET")
    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers,
                          "--config", config)
    assert code == 2
    assert "MAILBOT_BOT__REPLY_TOKEN_SECRET" in output

"""``mailbot templates check`` and ``preview`` through the real CLI."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.shell.templates.catalogue import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
POLICY = ROOT / "policies" / "packaging_renewal.yaml"
RENDERABLE = sorted(name for name, spec in CATALOGUE.items() if not spec.partial)
GREETING = {"en": "Dear Acme", "de": "Sehr geehrtes Team", "fr": "Madame", "es": "Estimado"}


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(TEMPLATES, tmp_path / "templates"))


def test_check_passes_on_the_shipped_templates() -> None:
    code, output = invoke("templates", "check", "--templates", TEMPLATES)
    assert code == 0, output
    assert "templates OK" in output


@pytest.mark.parametrize(
    "hostile",
    [
        "{{ supplier.__class__.__mro__ }}",
        "{% if false %}{{ buyer._sa_instance_state }}{% endif %}",
        "{{ ''|attr('__class__') }}",
    ],
)
def test_check_refuses_a_template_reaching_for_internals(copy: Path, hostile: str) -> None:
    target = copy / "de" / "confirmation.txt"
    target.write_text(f"Hallo {{{{ supplier.name }}}}\n{hostile}\n", encoding="utf-8")
    code, output = invoke("templates", "check", "--templates", copy)
    assert code == 1
    assert f"{target}:2: security:" in output
    assert "1 problem(s)" in output


def test_check_names_the_file_and_line_of_a_syntax_error(copy: Path) -> None:
    target = copy / "fr" / "reminder.txt"
    target.write_text("Bonjour\n{% for line in offer.lines %}\n", encoding="utf-8")
    code, output = invoke("templates", "check", "--templates", copy)
    assert code == 1
    assert f"{target}:" in output and "syntax" in output


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("name", RENDERABLE)
def test_preview_renders_each_template_in_each_language(name: str, language: str) -> None:
    code, output = invoke(
        "templates", "preview", name, "--language", language, "--html", "--templates", TEMPLATES
    )
    assert code == 0, output
    assert "[ref N-42]" in output
    buyer_facing = name in ("deal_summary", "escalation", "buyer_notice")
    assert ("Hello Dana Buyer" if buyer_facing else GREETING[language]) in output
    if CATALOGUE[name].html:
        assert "<!DOCTYPE html>" in output


def test_preview_of_an_unknown_template_lists_the_known_ones() -> None:
    code, output = invoke("templates", "preview", "invoice", "--templates", TEMPLATES)
    assert code == 1
    assert "unknown template 'invoice'" in output and "counter_offer" in output


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "mailbot.toml"
    path.write_text(
        f'database_url = "sqlite:///{tmp_path / "bot.sqlite3"}"\n'
        f'templates_dir = "{TEMPLATES}"\n'
        '[bot]\naddress = "procurement@buyer.example"\nbuyer_mailbox = "alex@buyer.example"\n'
        'name = "Alex Morgan"\ncompany = "Example Manufacturing"\n'
        '[imap]\nhost = "imap.buyer.example"\nusername = "procurement"\n'
        '[smtp]\nhost = "smtp.buyer.example"\nusername = "procurement"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("MAILBOT_BOT__REPLY_TOKEN_SECRET", secrets.token_hex(32))
    suppliers = tmp_path / "suppliers.csv"
    suppliers.write_text(
        "Supplier name,Email,Item,Current unit price,Currency,Annual volume,Language\n"
        "Boxco Packaging,sales@boxco.example,Corrugated boxes,6.00,USD,120000,en\n"
        "Tapeco,orders@tapeco.example,Packing tape,2.10,USD,50000,de\n",
        encoding="utf-8",
    )
    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--config", path)
    assert code == 0, output
    return path


def test_preview_with_a_real_negotiation_uses_its_data_and_language(config: Path) -> None:
    code, output = invoke("templates", "preview", "opening_offer", "--negotiation", "2",
                          "--config", config)
    assert code == 0, output
    assert "Sehr geehrtes Team von Tapeco" in output
    assert "Stückpreis: 6 % unter dem aktuellen Preis (USD 1,97 statt USD 2,10)" in output
    assert "Zahlungsziel: 60 Tage netto" in output
    assert "Alex Morgan" in output and "Packing tape: Preisvorschlag [ref " in output


def test_preview_with_a_real_negotiation_in_another_language(config: Path) -> None:
    code, output = invoke("templates", "preview", "reminder", "-n", "1", "-l", "es",
                          "--config", config)
    assert code == 0, output
    assert "Estimado equipo de Boxco Packaging" in output
    assert "Precio unitario: un 6 % inferior al actual (USD 5,64 en lugar de USD 6,00)" in output


def test_preview_of_a_missing_negotiation_says_so(config: Path) -> None:
    code, output = invoke("templates", "preview", "confirmation", "-n", "9", "--config", config)
    assert code == 2
    assert "No negotiation 9" in output

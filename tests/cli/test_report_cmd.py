"""``mailbot report`` over the store a demo run keeps: 3 agreements, 2 escalations."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest
from demo_store import KeptDemo
from typer.testing import CliRunner

from mailbot.cli.app import app


@pytest.fixture
def config(kept_demo: KeptDemo, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The config `mailbot demo` keeps beside its store: `report` needs nothing else."""
    for name in list(os.environ):
        if name.upper().startswith("MAILBOT_"):
            monkeypatch.delenv(name)
    return kept_demo.config


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def test_json_report_of_the_demo(config: Path) -> None:
    code, output = invoke("report", "--config", config, "--json")
    assert code == 0, output
    report = json.loads(output)
    total = report["total"]
    assert total["negotiations"] == 5
    assert total["by_state"] == {"open": 0, "waiting_buyer": 2, "agreed": 3, "ended": 0}
    assert total["agreements"] == 3 and total["success_rate"] == 1.0
    assert total["escalations"] == {"price_increase": 1, "silent_supplier": 1}
    usd = total["money"]["USD"]
    assert 0 < usd["savings"] < usd["spend"]
    assert usd["savings_rate"] == pytest.approx(usd["savings"] / usd["spend"])
    assert 0 < usd["vs_target"] < 1  # agreed above the 6% target
    assert total["rounds_to_close"] >= 2 and total["days_to_close"] > 0
    assert report["groups"].keys() == {"total"}


def test_terminal_report_by_supplier(config: Path) -> None:
    code, output = invoke("report", "--config", config, "--by", "supplier")
    assert code == 0, output
    for title in ("Negotiations by state", "Agreed terms", "Savings", "Escalations by reason"):
        assert title in output
    assert "Boxco Packaging" in output and "silent_supplier" in output
    assert "100% (3/3)" in output


def test_csv_has_one_row_per_policy(config: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    code, output = invoke("report", "--config", config, "--by", "policy", "--csv", target)
    assert code == 0, output
    with target.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(r["group"], r["currency"], r["agreements"]) for r in rows] == [
        ("Packaging renewal", "USD", "3")
    ]


def test_an_empty_database_reports_nothing_to_compute(tmp_path: Path, config: Path) -> None:
    empty = tmp_path / "empty.toml"
    text = config.read_text(encoding="utf-8")
    empty.write_text(re.sub(r'database_url = ".*"', f'database_url = "sqlite:///{tmp_path}/e.db"',
                            text), encoding="utf-8")
    code, output = invoke("report", "--config", empty, "--json")
    assert code == 0, output
    total = json.loads(output)["total"]
    assert total["negotiations"] == 0 and total["success_rate"] is None


def test_xlsx_workbook_read_back(config: Path, tmp_path: Path) -> None:
    """The workbook is a real .xlsx: opened again, its numbers are numbers with formats."""
    from openpyxl import load_workbook

    target = tmp_path / "report.xlsx"
    code, output = invoke("report", "--config", config, "--xlsx", target)
    assert code == 0, output
    report = json.loads(invoke("report", "--config", config, "--json", "--by", "supplier")[1])
    book = load_workbook(target)
    assert book.sheetnames == ["Total", "By policy", "By supplier", "Agreed terms"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])

    total = book["Total"]
    header = [c.value for c in total[1]]
    row = dict(zip(header, (c for c in total[2]), strict=True))
    usd = report["total"]["money"]["USD"]
    assert row["Group"].value == "total" and row["Currency"].value == "USD"
    assert row["Negotiations"].value == 5 and row["Agreements"].value == 3
    assert row["Savings"].value == pytest.approx(usd["savings"])
    assert row["Savings"].number_format == "#,##0.00"
    assert row["Success rate"].value == 1.0 and row["Success rate"].number_format == "0.0%"
    change = report["total"]["price_change_pct"]
    assert row["Price change pct"].value == pytest.approx(change / 100)

    by_supplier = book["By supplier"]
    assert by_supplier.max_row - 1 == len(report["groups"])  # one currency per supplier here

    agreed = book["Agreed terms"]
    header = [c.value for c in agreed[1]]
    deals = [dict(zip(header, row, strict=True)) for row in agreed.iter_rows(min_row=2)]
    assert len(deals) == row["Agreements"].value == 3
    boxco = next(d for d in deals if d["Supplier"].value == "Boxco Packaging")
    assert boxco["Supplier email"].value.endswith("@boxco.example")
    assert isinstance(boxco["Price change"].value, float) and boxco["Price change"].value < 0
    assert boxco["Price change"].number_format == "0.0%"
    base, price = boxco["Baseline unit price"].value, boxco["Agreed unit price"].value
    assert price == pytest.approx(base * (1 + boxco["Price change"].value))
    assert isinstance(boxco["Payment days"].value, int)
    savings = boxco["Annual savings"].value
    assert savings == pytest.approx((base - price) * boxco["Annual volume"].value)
    assert boxco["Agreed on"].is_date and boxco["Agreed on"].number_format == "yyyy-mm-dd"

"""``mailbot start`` with an Excel suppliers list, a list without prices, and a bad list."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from test_mail_commands import POLICY, ROOT, config, invoke

__all__ = ["config"]


def test_start_reads_the_example_workbook(config: Path) -> None:
    code, output = invoke("start", "--policy", POLICY, "--suppliers",
                          ROOT / "examples" / "suppliers.xlsx", "--dry-run", "--config", config)
    assert code == 0, output
    assert "Would open 5 negotiation(s)" in output
    assert "Warning" not in output


def test_start_warns_when_the_price_lever_has_no_prices(config: Path, tmp_path: Path) -> None:
    suppliers = tmp_path / "suppliers.csv"
    suppliers.write_text("Supplier name,Email,Item\nBoxco,s@boxco.example,Boxes\n",
                         encoding="utf-8")
    code, output = invoke("start", "--policy", POLICY, "--suppliers", suppliers, "--dry-run",
                          "--config", config)
    assert code == 0, output
    assert "Warning: 1 of 1 supplier(s) have no current unit price" in output


def test_a_bad_workbook_opens_nothing(config: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Supplier name", "Email", "Item"])
    sheet.append(["Fine", "fine@x.example", "Bolts"])
    sheet.append(["Broken", "broken-at-x", "Nuts"])
    book.save(tmp_path / "suppliers.xlsx")
    code, output = invoke("start", "--policy", POLICY, "--suppliers",
                          tmp_path / "suppliers.xlsx", "--config", config)
    assert code == 2
    assert "row 3, column 'Email'" in output
    code, output = invoke("status", "--config", config)
    assert code == 0, output
    assert "Fine" not in output  # the good row was not opened either

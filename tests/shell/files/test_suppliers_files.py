"""The suppliers list from CSV and from real Excel workbooks: headers matched loosely, every
bad row reported with its row, column and fix, and a warning when prices are missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from mailbot.shell.files.policies import load_policy
from mailbot.shell.files.suppliers import SuppliersFileError, price_warnings, read_suppliers

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
POLICY = ROOT / "policies" / "packaging_renewal.yaml"


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_the_example_workbook_and_csv_hold_the_same_suppliers() -> None:
    from_excel = read_suppliers(EXAMPLES / "suppliers.xlsx")
    from_csv = read_suppliers(EXAMPLES / "suppliers.csv")
    assert from_excel == from_csv
    assert len(from_csv) == 5
    first = from_excel[0]
    assert (first.unit_price, first.currency, first.annual_volume, first.language) == (
        2.85, "EUR", 40000, "de")


def test_excel_headers_match_loosely_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "list.xlsx", [
        [None, None, None],  # a blank first row, as exported sheets often have
        ["EMAIL", "supplier_name", "Item", "current-unit-price", "annual volume", "CURRENCY"],
        ["Sales@Crate.example", "Crate & Co", "Wooden crate", 12.5, 900, "usd"],
        [None, None, None, None, None, None],
        ["info@bins.example", "Bins Ltd", "Plastic bin", 3, 15000.0, "GBP"],
    ])
    crate, bins = read_suppliers(path)
    assert (crate.name, crate.email, crate.unit_price, crate.annual_volume, crate.currency) == (
        "Crate & Co", "sales@crate.example", 12.5, 900, "USD")
    assert (bins.unit_price, bins.annual_volume, bins.language) == (3.0, 15000, "en")


def test_every_bad_row_is_reported_with_row_column_and_fix(tmp_path: Path) -> None:
    path = workbook(tmp_path / "bad.xlsx", [
        ["Supplier name", "Email", "Item", "Current unit price", "Currency", "Language"],
        ["Good One", "a@good.example", "Bolts", 1.2, "EUR", "en"],
        ["", "not-an-address", "Nuts", "cheap", "euro", "german"],
        ["Third", "c@third.example", "", -4, "EUR", "en"],
        ["Again", "A@good.example", "bolts", 1.1, "EUR", "en"],
    ])
    with pytest.raises(SuppliersFileError) as caught:
        read_suppliers(path)
    text = str(caught.value)
    assert "nothing was opened" in text
    expected = [
        "row 3, column 'Supplier name': is empty",
        "row 3, column 'Email': 'not-an-address' is not an email address (write it as",
        "row 3, column 'Current unit price': 'cheap' is not a number (write e.g. 6.00",
        "row 3, column 'Currency': 'euro' is not a three-letter currency code",
        "row 3, column 'Language': 'german' is not a two-letter language code",
        "row 4, column 'Item': is empty",
        "row 4, column 'Current unit price': must be positive",
        "row 5: the same email and item as row 2",
    ]
    for line in expected:
        assert line in text, line
    assert "row 2" not in text.replace("as row 2", "")


def test_csv_rows_are_numbered_as_in_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Email,Item\nA,a@x.example,Bolts\nB,b@x,Nuts\n", encoding="utf-8")
    with pytest.raises(SuppliersFileError, match=r"row 3, column 'Email': 'b@x'"):
        read_suppliers(path)


def test_missing_columns_name_what_the_header_needs(tmp_path: Path) -> None:
    path = workbook(tmp_path / "list.xlsx", [["Vendor", "Mail"], ["A", "a@x.example"]])
    with pytest.raises(SuppliersFileError) as caught:
        read_suppliers(path)
    assert "missing column(s) Supplier name, Email, Item" in str(caught.value)
    assert "Vendor, Mail" in str(caught.value)


def test_a_file_that_is_not_a_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("this is not a zip file", encoding="utf-8")
    with pytest.raises(SuppliersFileError, match="cannot read it as an Excel workbook"):
        read_suppliers(path)


def test_price_lever_without_prices_warns(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Supplier name,Email,Item\nBoxco,s@boxco.example,Boxes\n", encoding="utf-8")
    (warning,) = price_warnings(load_policy(POLICY), read_suppliers(path))
    assert "1 of 1 supplier(s) have no current unit price (Boxco)" in warning
    assert "'Current unit price'" in warning
    assert price_warnings(load_policy(POLICY), read_suppliers(EXAMPLES / "suppliers.csv")) == []


def test_a_row_without_a_language_takes_the_policys(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Supplier name,Email,Item,Language\n"
                    "Kisten AG,info@kisten.example,Crate,\n"
                    "Crate & Co,sales@crate.example,Crate,fr\n", encoding="utf-8")
    kisten, crate = read_suppliers(path, language="de")
    assert (kisten.language, crate.language) == ("de", "fr")

"""``mailbot report --xlsx FILE``: the report as an Excel workbook.

One sheet per grouping (total, by policy, by supplier), each row a group and currency as in
the CSV, and one sheet of agreed terms per supplier and item. Numbers are stored as
numbers with a display format (percentages as fractions shown as %), dates as dates; each
sheet's header row is frozen and filterable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mailbot.shell.views.agreements import AgreedDeal
from mailbot.shell.views.report import CSV_COLUMNS, Summary, csv_rows

PERCENT, MONEY, COUNT, DECIMAL, DATE = "0.0%", "#,##0.00", "#,##0", "0.0", "yyyy-mm-dd"

# CSV column -> (header, number format, scale: CSV percent points become fractions)
_SUMMARY_FORMATS: dict[str, tuple[str, float]] = {
    "success_rate": (PERCENT, 1), "savings_rate": (PERCENT, 1), "vs_target": (PERCENT, 1),
    "price_change_pct": (PERCENT, 0.01), "spend": (MONEY, 1), "savings": (MONEY, 1),
    "target_savings": (MONEY, 1), "payment_days_gained": (DECIMAL, 1),
    "rounds_to_close": (DECIMAL, 1), "days_to_close": (DECIMAL, 1),
}


_COUNTS = frozenset({"negotiations", "open", "waiting_buyer", "agreed", "ended",
                     "concluded_engaged", "agreements"})


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[AgreedDeal], Any]
    number_format: str | None = None


def _pct(value: float | None) -> float | None:
    return value / 100 if value is not None else None


AGREED_COLUMNS = (
    Column("Reference", lambda d: d.reference),
    Column("Supplier", lambda d: d.supplier),
    Column("Supplier email", lambda d: d.supplier_email),
    Column("Item", lambda d: d.item),
    Column("Policy", lambda d: d.policy),
    Column("Currency", lambda d: d.currency),
    Column("Baseline unit price", lambda d: d.baseline_unit_price, MONEY),
    Column("Price change", lambda d: _pct(d.terms.price_change_pct), PERCENT),
    Column("Agreed unit price", lambda d: d.agreed_unit_price, "#,##0.00##"),
    Column("Payment days", lambda d: d.terms.payment_days, COUNT),
    Column("Contract months", lambda d: d.terms.contract_months, COUNT),
    Column("Rebate", lambda d: _pct(d.terms.rebate_pct), PERCENT),
    Column("Volume commitment", lambda d: d.terms.volume_units, COUNT),
    Column("Annual volume", lambda d: d.annual_volume, COUNT),
    Column("Annual spend at agreed price", lambda d: d.annual_spend, MONEY),
    Column("Annual savings", lambda d: d.annual_savings, MONEY),
    Column("Agreed on", lambda d: d.agreed_at.astimezone(UTC).replace(tzinfo=None)
           if d.agreed_at else None, DATE),
    Column("Rounds", lambda d: d.rounds, COUNT),
)


def write_workbook(path: Path | IO[bytes], groupings: Mapping[str, Mapping[str, Summary]],
                   deals: Sequence[AgreedDeal]) -> None:
    """``groupings``: sheet title -> that grouping's summaries (e.g. "By policy"); ``path``
    may be an open binary file (the console's download)."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for title, groups in groupings.items():
        _summary_sheet(book.create_sheet(title), groups)
    _agreed_sheet(book.create_sheet("Agreed terms"), deals)
    book.save(path)


def _summary_sheet(sheet: Worksheet, groups: Mapping[str, Summary]) -> None:
    headers = [c.replace("_", " ").capitalize() for c in CSV_COLUMNS]
    formats = [_summary_format(c) for c in CSV_COLUMNS]
    rows = [[_scaled(row.get(c), scale) for c, (_, scale) in zip(CSV_COLUMNS, formats,
                                                                  strict=True)]
            for row in csv_rows(groups)]
    _fill(sheet, headers, rows, [fmt for fmt, _ in formats])


def _summary_format(column: str) -> tuple[str | None, float]:
    if column in _SUMMARY_FORMATS:
        return _SUMMARY_FORMATS[column]
    return (COUNT if column in _COUNTS else None), 1


def _scaled(value: Any, scale: float) -> Any:
    if value == "" or value is None:
        return None
    return value * scale if isinstance(value, int | float) and scale != 1 else value


def _agreed_sheet(sheet: Worksheet, deals: Sequence[AgreedDeal]) -> None:
    rows = [[column.value(deal) for column in AGREED_COLUMNS] for deal in deals]
    _fill(sheet, [c.header for c in AGREED_COLUMNS], rows,
          [c.number_format for c in AGREED_COLUMNS])


def _fill(sheet: Worksheet, headers: list[str], rows: list[list[Any]],
          formats: Sequence[str | None]) -> None:
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, (header, number_format) in enumerate(zip(headers, formats, strict=True), 1):
        letter = get_column_letter(index)
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
        widest = max([len(header), *(len(str(r[index - 1] or "")) for r in rows)])
        sheet.column_dimensions[letter].width = min(widest + 2, 48)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"

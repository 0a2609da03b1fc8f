"""Rows of a CSV file or of an Excel workbook's first sheet, as text, with their row numbers.

Both formats come out the same, so the suppliers list has one set of checks: a number
Excel stores as a number reads as ``6.0`` or ``120000``, not as a locale's text.
"""

from __future__ import annotations

import csv
import datetime
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})


class TableFileError(Exception):
    """The file cannot be read as a table; the message names the file and why."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the user sees it, cells)


def read_table(path: Path) -> Table:
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return _excel(path)
    if path.suffix.lower() == ".xls":
        raise TableFileError(f"{path}: the old .xls format is not read; save it as .xlsx or CSV")
    return _csv(path)


def _csv(path: Path) -> Table:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            lines = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise TableFileError(f"{path}: cannot read it as CSV ({error})") from None
    return _from_rows(path, enumerate(lines, start=1))


def _excel(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TableFileError(f"{path}: cannot read it as an Excel workbook ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        rows = [(n, [_cell_text(v) for v in values])
                for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()
    return _from_rows(path, rows)


def _from_rows(path: Path, numbered: Iterable[tuple[int, Sequence[str]]]) -> Table:
    filled = [(n, [c.strip() for c in cells]) for n, cells in numbered if any(c.strip()
                                                                             for c in cells)]
    if not filled:
        raise TableFileError(f"{path}: empty (the first row must be the header)")
    (_, headers), body = filled[0], filled[1:]
    width = len(headers)
    return Table(headers, [(n, (cells + [""] * width)[:width]) for n, cells in body])


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)

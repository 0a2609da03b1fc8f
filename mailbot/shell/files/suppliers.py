"""Reading the suppliers CSV given to ``mailbot start``, with errors that name the line and column.

Columns (header names are matched loosely: case, spaces and underscores do not matter):
supplier name, email, item, current unit price, currency, annual volume, language.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from mailbot.shell.templates.context import SupplierInfo

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("suppliername", "supplier", "name"),
    "email": ("email", "emailaddress", "supplieremail"),
    "item": ("item", "product"),
    "unit_price": ("currentunitprice", "unitprice", "price", "baselineprice"),
    "currency": ("currency",),
    "annual_volume": ("annualvolume", "volume"),
    "language": ("language", "lang"),
}
REQUIRED = ("name", "email", "item")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SuppliersFileError(Exception):
    """The suppliers file cannot be used; the message names the line, the column and the fix."""


@dataclass(frozen=True)
class _Columns:
    index: dict[str, str]  # our field -> the file's header


def read_suppliers(path: Path) -> list[SupplierInfo]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SuppliersFileError(f"{path}: cannot read it as CSV ({error})") from None
    if not rows:
        raise SuppliersFileError(f"{path}: no supplier rows (the first line must be the header)")
    columns = _columns(path, list(rows[0].keys()))
    problems: list[str] = []
    suppliers: list[SupplierInfo] = []
    for line, row in enumerate(rows, start=2):
        try:
            suppliers.append(_supplier(row, columns))
        except ValueError as error:
            problems.append(f"{path}:{line}: {error}")
    if problems:
        raise SuppliersFileError("\n".join(problems))
    return suppliers


def _columns(path: Path, headers: list[str]) -> _Columns:
    normal = {re.sub(r"[\s_\-]", "", (h or "").lower()): h for h in headers}
    index = {field: normal[n] for field, names in COLUMNS.items() for n in names if n in normal}
    missing = [field for field in REQUIRED if field not in index]
    if missing:
        raise SuppliersFileError(
            f"{path}: missing column(s) {missing}; the header needs: supplier name, email, item, "
            "current unit price, currency, annual volume, language"
        )
    return _Columns(index)


def _supplier(row: dict[str, str], columns: _Columns) -> SupplierInfo:
    def cell(field: str) -> str:
        header = columns.index.get(field)
        return (row.get(header) or "").strip() if header else ""

    email = cell("email").lower()
    if not _EMAIL.match(email):
        raise ValueError(f"email {email!r} is not an email address")
    if not cell("name") or not cell("item"):
        raise ValueError("supplier name and item must not be empty")
    return SupplierInfo(
        name=cell("name"),
        email=email,
        item=cell("item"),
        unit_price=_number(cell("unit_price"), "current unit price"),
        currency=cell("currency").upper() or None,
        annual_volume=_integer(cell("annual_volume"), "annual volume"),
        language=(cell("language") or "en").lower()[:2],
    )


def _number(text: str, what: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number (write e.g. 6.00)") from None
    if value <= 0:
        raise ValueError(f"{what} must be positive, not {text!r}")
    return value


def _integer(text: str, what: str) -> int | None:
    value = _number(text, what)
    return round(value) if value is not None else None

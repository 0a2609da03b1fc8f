"""Reading the suppliers list given to ``mailbot start``: CSV or Excel (.xlsx), with every
problem reported at once, each naming the row, the column and the fix.

Columns (header names are matched loosely: case, spaces, dashes and underscores do not
matter), in any order: supplier name, email, item (required); current unit price,
currency, annual volume, language (optional, but without a price the bot can only
speak of percentages).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from mailbot.core.policy import Policy, is_language_code
from mailbot.core.terms import Lever
from mailbot.shell.files.tables import TableFileError, read_table
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
HEADERS = {  # as the README and the error messages name them
    "name": "Supplier name", "email": "Email", "item": "Item",
    "unit_price": "Current unit price", "currency": "Currency",
    "annual_volume": "Annual volume", "language": "Language",
}
REQUIRED = ("name", "email", "item")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
SHOWN = 5  # rows named in a warning before "and N more"


class SuppliersFileError(Exception):
    """The suppliers file cannot be used; the message names each row, column and fix."""


def read_suppliers(path: Path, language: str = "en") -> list[SupplierInfo]:
    """The suppliers in ``path``; ``language`` for rows that name none (the policy's)."""
    try:
        table = read_table(path)
    except TableFileError as error:
        raise SuppliersFileError(str(error)) from None
    index = _columns(path, table.headers)
    if not table.rows:
        raise SuppliersFileError(f"{path}: no supplier rows under the header")
    problems: list[str] = []
    suppliers: list[SupplierInfo] = []
    for number, cells in table.rows:
        row = _Row(path, number, {field: cells[i] for field, i in index.items()}, language)
        supplier = row.supplier()
        problems.extend(row.problems)
        if supplier is not None:
            suppliers.append(supplier)
    problems.extend(_duplicates(path, table.rows, index))
    if problems:
        raise SuppliersFileError(
            f"{path}: {len(problems)} problem(s); nothing was opened\n" + "\n".join(problems)
        )
    return suppliers


def price_warnings(policy: Policy, suppliers: Sequence[SupplierInfo]) -> list[str]:
    """With a price lever in play, a supplier without a current price gets offers in
    percent only ("6% below the current price") and no savings can be reported."""
    if Lever.PRICE_CHANGE_PCT not in policy.levers:
        return []
    unpriced = [s for s in suppliers if s.unit_price is None]
    if not unpriced:
        return []
    names = ", ".join(s.name for s in unpriced[:SHOWN])
    more = f" and {len(unpriced) - SHOWN} more" if len(unpriced) > SHOWN else ""
    return [
        f"{len(unpriced)} of {len(suppliers)} supplier(s) have no current unit price "
        f"({names}{more}), but policy {policy.name!r} negotiates the price: their emails will "
        "say only \"N% below the current price\" with no amounts, and their savings cannot "
        "be reported. Add a 'Current unit price' (and 'Currency', 'Annual volume') column."
    ]


def _columns(path: Path, headers: list[str]) -> dict[str, int]:
    normal = {re.sub(r"[\s_\-]", "", h.lower()): i for i, h in enumerate(headers)}
    index: dict[str, int] = {}
    for field, names in COLUMNS.items():
        found = next((normal[n] for n in names if n in normal), None)
        if found is not None:
            index[field] = found
    missing = [HEADERS[field] for field in REQUIRED if field not in index]
    if missing:
        raise SuppliersFileError(
            f"{path}: missing column(s) {', '.join(missing)} in the header row "
            f"({', '.join(h for h in headers if h) or 'empty'}); the columns are: "
            + ", ".join(HEADERS.values())
        )
    return index


@dataclass
class _Row:
    path: Path
    number: int
    cells: dict[str, str]
    default_language: str

    def __post_init__(self) -> None:
        self.problems: list[str] = []

    def supplier(self) -> SupplierInfo | None:
        name, item = self._required("name"), self._required("item")
        email = self._checked("email", lambda v: bool(_EMAIL.match(v)),
                              "is not an email address (write it as name@company.com)",
                              required=True).lower()
        currency = self._checked("currency", lambda v: bool(_CURRENCY.match(v.upper())),
                                 "is not a three-letter currency code (e.g. USD, EUR)")
        language = self._checked("language", lambda v: is_language_code(v.lower()),
                                 "is not a two-letter language code (e.g. en, de, fr, es)")
        price = self._number("unit_price", "6.00")
        volume = self._number("annual_volume", "120000")
        if self.problems:
            return None
        return SupplierInfo(
            name=name, email=email, item=item, unit_price=price,
            currency=currency.upper() or None,
            annual_volume=round(volume) if volume is not None else None,
            language=language.lower() or self.default_language,
        )

    def _problem(self, field: str, message: str) -> None:
        self.problems.append(f"{self.path}: row {self.number}, column {HEADERS[field]!r}: "
                             f"{message}")

    def _required(self, field: str) -> str:
        value = self.cells.get(field, "")
        if not value:
            self._problem(field, "is empty; every supplier needs one")
        return value

    def _checked(self, field: str, ok: Callable[[str], bool], fix: str, *,
                 required: bool = False) -> str:
        value = self.cells.get(field, "")
        if not value:
            if required:
                self._problem(field, "is empty; every supplier needs one")
            return ""
        if not ok(value):
            self._problem(field, f"{value!r} {fix}")
        return value

    def _number(self, field: str, example: str) -> float | None:
        text = self.cells.get(field, "")
        if not text:
            return None
        try:
            value = float(text.replace(",", "").replace(" ", ""))
        except ValueError:
            self._problem(field, f"{text!r} is not a number (write e.g. {example}, without a "
                                 "currency sign)")
            return None
        if value <= 0:
            self._problem(field, f"must be positive, not {text!r}")
            return None
        return value


def _duplicates(path: Path, rows: list[tuple[int, list[str]]],
                index: dict[str, int]) -> list[str]:
    """The same supplier email and item twice would open one negotiation, not two."""
    seen: dict[tuple[str, str], int] = {}
    problems = []
    for number, cells in rows:
        key = (cells[index["email"]].lower(), cells[index["item"]].strip().lower())
        if not all(key):
            continue
        if key in seen:
            problems.append(f"{path}: row {number}: the same email and item as row "
                            f"{seen[key]}; remove one of them (or name the items apart)")
        else:
            seen[key] = number
    return problems

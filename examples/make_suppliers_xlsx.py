"""Write examples/suppliers.xlsx from examples/suppliers.csv: the same rows, with prices and
volumes as numbers, as a buyer's own workbook would hold them.

    .venv/bin/python examples/make_suppliers_xlsx.py
"""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
NUMBERS = {"Current unit price": "#,##0.00", "Annual volume": "#,##0"}


def main() -> None:
    with (HERE / "suppliers.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Suppliers"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append([float(v) if header[i] in NUMBERS else v for i, v in enumerate(row)])
    for column, name in enumerate(header, start=1):
        letter = sheet.cell(1, column).column_letter
        widest = max(len(name), *(len(r[column - 1]) for r in body))
        sheet.column_dimensions[letter].width = widest + 2
        if name in NUMBERS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = NUMBERS[name]
    sheet.freeze_panes = "A2"
    workbook.save(HERE / "suppliers.xlsx")


if __name__ == "__main__":
    main()

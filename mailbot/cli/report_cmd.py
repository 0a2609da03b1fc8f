"""``mailbot report``: what the bot achieved, in total, per policy or per supplier.

The numbers come from ``mailbot.shell.views.report`` (whose docstring defines each one);
this module only reads the configuration, shows progress and lays the results out: rich
tables in the terminal, one JSON object with ``--json``, rows per group with ``--csv``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mailbot.cli.mail_cmd import ConfigOption, console, errors, settings

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rich.table import Table

    from mailbot.shell.views.report import DealRow, Money, Snapshot, Summary


class By(StrEnum):
    """The choices of ``--by``; ``reporting.Grouping`` by name, without importing it."""

    TOTAL = "total"
    POLICY = "policy"
    SUPPLIER = "supplier"


def report(
    config: ConfigOption = None,
    by: Annotated[By, typer.Option("--by", help="Group the figures.")] = By.TOTAL,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Also write one row per group to FILE.")
    ] = None,
    xlsx_file: Annotated[
        Path | None,
        typer.Option("--xlsx", help="Also write an Excel workbook: a sheet per grouping and "
                                    "the agreed terms per supplier."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead.")] = False,
) -> None:
    """Outcomes, savings, payment days, time to close and escalations, from the store."""
    from mailbot.shell.views import report as reporting

    snapshot, rows = _read_rows(config)
    total, groups = reporting.summarise(rows), reporting.grouped(rows, reporting.Grouping(by.value))
    if csv_file is not None:
        _write_csv(csv_file, groups)
    if xlsx_file is not None:
        _write_xlsx(xlsx_file, snapshot, rows)
    if as_json:
        typer.echo(_json(by, total, groups))
        return
    shown = {"Total": total} if by is By.TOTAL else {"Total": total, **groups}
    for table in (_outcomes(shown), _agreements(shown), _savings(shown), _escalations(shown)):
        console.print(table)
    for written in (csv_file, xlsx_file):
        if written is not None:
            console.print(f"Wrote {written}")


def _read_rows(config: Path | None) -> tuple[Snapshot, list[DealRow]]:
    from rich.progress import Progress
    from sqlmodel import Session

    from mailbot.shell.views.report import deal_rows, read_snapshot
    from mailbot.shell.wiring import open_database

    with Session(open_database(settings(config).database_url)) as session:
        snapshot = read_snapshot(session)
    with Progress(console=errors, transient=True) as progress:
        task = progress.add_task("Reading negotiations", total=len(snapshot.negotiations))
        return snapshot, deal_rows(snapshot, progress=lambda n: progress.advance(task, n))


def _json(by: By, total: Summary, groups: Mapping[str, Summary]) -> str:
    import json

    from mailbot.shell.views.report import summary_json

    document = {
        "total": summary_json(total),
        "by": by.value,
        "groups": {name: summary_json(s) for name, s in groups.items()},
    }
    return json.dumps(document, indent=2)


def _write_csv(path: Path, groups: Mapping[str, Summary]) -> None:
    import csv

    from mailbot.shell.views.report import CSV_COLUMNS, csv_rows

    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(groups))


def _write_xlsx(path: Path, snapshot: Snapshot, rows: list[DealRow]) -> None:
    from mailbot.shell.views.agreements import agreed_deals
    from mailbot.shell.views.report import Grouping, grouped
    from mailbot.shell.views.report_workbook import write_workbook

    sheets = {"Total": Grouping.TOTAL, "By policy": Grouping.POLICY,
              "By supplier": Grouping.SUPPLIER}
    try:
        write_workbook(path, {title: grouped(rows, by) for title, by in sheets.items()},
                       agreed_deals(snapshot))
    except OSError as error:
        errors.print(f"[red]Cannot write {path}:[/red] {error}")
        raise typer.Exit(2) from None


# ---- tables --------------------------------------------------------------------------


def _table(
    title: str, columns: tuple[str, ...], caption: str | None = None, labels: int = 1
) -> Table:
    """The first ``labels`` columns are text; the rest are figures, right-aligned."""
    from rich.table import Table

    table = Table(title=title, caption=caption)
    for column in columns[:labels]:
        table.add_column(column)
    for column in columns[labels:]:
        table.add_column(column, justify="right", no_wrap=True)
    return table


def _outcomes(groups: Mapping[str, Summary]) -> Table:
    caption = "Success: agreed / concluded where the supplier replied."
    columns = ("", "Count", "Open", "Waiting", "Agreed", "Ended", "Success")
    table = _table("Negotiations by state", columns, caption)
    for name, s in groups.items():
        states = (str(s.by_state[state]) for state in ("open", "waiting_buyer", "agreed", "ended"))
        success = f"{_pct(s.success_rate)} ({s.agreements}/{s.concluded_engaged})"
        table.add_row(name, str(s.negotiations), *states, success)
    return table


def _agreements(groups: Mapping[str, Summary]) -> Table:
    caption = "Means over agreements; payment days over the policy's current."
    columns = ("", "Price vs baseline", "Payment days", "Rounds", "Days to close")
    table = _table("Agreed terms", columns, caption)
    for name, s in groups.items():
        table.add_row(
            name,
            _number(s.price_change_pct, "+.1f", "%"),
            _number(s.payment_days_gained, "+.1f"),
            _number(s.rounds_to_close, ".1f"),
            _number(s.days_to_close, ".1f"),
        )
    return table


def _savings(groups: Mapping[str, Summary]) -> Table:
    caption = "Spend: baseline price x annual volume, of agreements."
    columns = ("", "Currency", "Spend", "Savings", "Rate", "Of target")
    table = _table("Savings", columns, caption)
    for name, s in groups.items():
        if not s.money:
            table.add_row(name, "-", "-", "-", "-", "-")
        for currency, m in s.money.items():
            table.add_row(name, currency or "?", *_money_cells(m))
    return table


def _money_cells(m: Money) -> tuple[str, ...]:
    return f"{m.spend:,.0f}", f"{m.savings:,.0f}", _pct(m.savings_rate, 1), _pct(m.vs_target)


def _escalations(groups: Mapping[str, Summary]) -> Table:
    table = _table("Escalations by reason", ("", "Reason", "Count"), labels=2)
    for name, s in groups.items():
        for reason, count in s.escalations.items():
            table.add_row(name, reason, str(count))
    return table


def _pct(value: float | None, decimals: int = 0) -> str:
    return "-" if value is None else f"{value:.{decimals}%}"


def _number(value: float | None, spec: str, unit: str = "") -> str:
    return "-" if value is None else f"{value:{spec}}{unit}"


def register(app: typer.Typer) -> None:
    app.command()(report)

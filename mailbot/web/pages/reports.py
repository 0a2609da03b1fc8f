"""Reports: the ``mailbot report`` figures (the same read layer), charts of savings over
time, success by policy and escalations by reason, and CSV / Excel downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mailbot.shell.store.database import reading
from mailbot.shell.views import report as reporting
from mailbot.shell.views.agreements import agreed_deals
from mailbot.shell.views.labels import reason_label, state_label
from mailbot.shell.views.report_workbook import write_workbook
from mailbot.web.charts import bar_chart, line_chart
from mailbot.web.console import Console
from mailbot.web.rendering import page

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class Figures:
    by: reporting.Grouping
    total: reporting.Summary
    groups: Mapping[str, reporting.Summary]
    rows: list[reporting.DealRow]
    savings: list[reporting.SavingsPoint]
    snapshot: reporting.Snapshot


def figures(console: Console, by: reporting.Grouping) -> Figures:
    with reading(console.db) as session:
        snapshot = reporting.read_snapshot(session)
    rows = reporting.deal_rows(snapshot)
    return Figures(by, reporting.summarise(rows), reporting.grouped(rows, by), rows,
                   reporting.savings_over_time(snapshot), snapshot)


def charts(f: Figures) -> dict[str, object]:
    currencies = sorted({p.currency for p in f.savings})
    main = max(currencies, key=lambda c: sum(p.savings for p in f.savings if p.currency == c),
               default="")
    line = [(p.day, p.cumulative) for p in f.savings if p.currency == main]
    by_policy = reporting.grouped(f.rows, reporting.Grouping.POLICY)
    success = [(name, (s.success_rate or 0.0) * 100) for name, s in by_policy.items()]
    return {
        "savings": line_chart(line, title=f"Annual savings agreed, cumulative ({main or '-'})"),
        "success": bar_chart(success, title="Success rate by policy",
                             fmt=lambda v: f"{v:.0f}%"),
        "escalations": bar_chart([(reason_label(k), v) for k, v in
                                  f.total.escalations.items()],
                                 title="Escalations by reason"),
        "states": bar_chart([(state_label(k), v) for k, v in f.total.by_state.items()],
                            title="Negotiations by state"),
    }


def csv_bytes(f: Figures) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reporting.CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(reporting.csv_rows(f.groups))
    return out.getvalue().encode("utf-8")


def xlsx_bytes(f: Figures) -> bytes:
    """The workbook ``mailbot report --xlsx`` writes: a sheet per grouping, and the agreed
    terms."""
    sheets = {"Total": reporting.Grouping.TOTAL, "By policy": reporting.Grouping.POLICY,
              "By supplier": reporting.Grouping.SUPPLIER}
    out = io.BytesIO()
    write_workbook(out, {title: reporting.grouped(f.rows, by) for title, by in sheets.items()},
                   agreed_deals(f.snapshot))
    return out.getvalue()


def routes(console: Console) -> list[Route]:
    def grouping(request: Request) -> reporting.Grouping:
        value = request.query_params.get("by", "total")
        known = {g.value for g in reporting.Grouping}
        return reporting.Grouping(value) if value in known else reporting.Grouping.TOTAL

    async def report(request: Request) -> Response:
        f = await run_in_threadpool(figures, console, grouping(request))
        shown = {"Total": f.total} if f.by is reporting.Grouping.TOTAL else \
            {"Total": f.total, **f.groups}
        return page(request, "reports.html", f=f, charts=charts(f), shown=shown,
                    groupings=[g.value for g in reporting.Grouping])

    async def download(request: Request) -> Response:
        f = await run_in_threadpool(figures, console, grouping(request))
        kind = request.path_params["kind"]
        if kind not in ("csv", "xlsx"):
            raise HTTPException(404, "Downloads are .csv or .xlsx.")
        name = f"mailbot-report-{f.by.value}"
        if kind == "xlsx":
            body = await run_in_threadpool(xlsx_bytes, f)
            return Response(body, media_type=XLSX, headers=_attachment(f"{name}.xlsx"))
        return Response(csv_bytes(f), media_type="text/csv; charset=utf-8",
                        headers=_attachment(f"{name}.csv"))

    return [
        Route("/reports", report),
        Route("/reports/download.{kind:str}", download),
    ]


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}

"""``mailbot policy check FILE``: validate a policy and show what it will do.

A bad policy exits 1 and lists every problem (file, field, fix) on stderr; a good one
prints the bounds, trade-offs and escalation rules a buyer should review before any
email goes out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mailbot.core.policy import PolicySummary

policy_app = typer.Typer(help="Check negotiating policies.", no_args_is_help=True)


@policy_app.command("check")
def check(file: Path = typer.Argument(..., help="The policy YAML file.")) -> None:
    """Validate a policy file and print a readable summary."""
    from rich.console import Console

    from mailbot.core.policy import PolicyError, summarize
    from mailbot.shell.files.policies import load_policy

    try:
        policy = load_policy(file)
    except PolicyError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from None
    render_summary(Console(), summarize(policy), str(file))


def render_summary(console: Console, summary: PolicySummary, source: str) -> None:
    from rich.table import Table

    console.print(f"[bold]{summary.name}[/bold]  ({source}: OK)")
    if summary.description:
        console.print(summary.description)
    bounds = Table(title="Levers in play")
    bounds.add_column("lever", no_wrap=True)
    for header in ("current", "target", "walk-away", "weight", "better", "moves by"):
        bounds.add_column(header)
    for row in summary.levers:
        bounds.add_row(row.lever, f"{row.current:g}", f"{row.target:g}", f"{row.walk_away:g}",
                       f"{row.weight:.2f}", row.better, row.moves_by)
    console.print(bounds)
    for title, lines in (
        ("Fixed terms (not negotiable)", tuple(f"{k} = {v:g}" for k, v in summary.fixed_terms)),
        ("Trade-offs", summary.trade_offs),
        ("Pacing", summary.pacing),
        ("Escalates to a human when", summary.escalation),
        ("Closes without a human when", summary.closing),
    ):
        _list_table(console, title, lines)


def _list_table(console: Console, title: str, lines: tuple[str, ...]) -> None:
    from rich.table import Table

    if not lines:
        return
    table = Table(show_header=False, title=title, title_justify="left")
    for line in lines:
        table.add_row(line)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy")

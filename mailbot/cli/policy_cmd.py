"""``mailbot policy check FILE``: validate a policy and show what it will do.

A bad policy exits 1 and lists every problem (file, field, fix) on stderr; a good one
prints the bounds, trade-offs and escalation rules a buyer should review before any
email goes out, with a warning for what is valid but probably not meant (``lint.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console
    from rich.table import Table

    from mailbot.core.policy import PolicySummary, Problem

policy_app = typer.Typer(help="Check negotiating policies.", no_args_is_help=True)


@policy_app.command("check")
def check(file: Path = typer.Argument(..., help="The policy YAML file.")) -> None:
    """Validate a policy file and print a readable summary, with warnings."""
    from rich.console import Console

    from mailbot.core.policy import PolicyError, lint_policy, summarize
    from mailbot.shell.files.policies import load_policy

    try:
        policy = load_policy(file)
    except PolicyError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from None
    render_summary(Console(), summarize(policy), str(file), lint_policy(policy))


def render_summary(
    console: Console, summary: PolicySummary, source: str, warnings: tuple[Problem, ...] = ()
) -> None:
    verdict = f"OK, {len(warnings)} warning(s)" if warnings else "OK"
    console.print(f"[bold]{summary.name}[/bold]  ({source}: {verdict})", highlight=False)
    for warning in warnings:
        console.print(f"[yellow]warning:[/yellow] {warning.render(source)}", highlight=False)
    if summary.description:
        console.print(summary.description)
    console.print(_levers_table(summary))
    if summary.fixed_terms:
        console.print(_table("Fixed terms (not negotiable)", ("lever", "value"),
                             [(k, f"{v:g}") for k, v in summary.fixed_terms]))
    if summary.trade_offs:
        console.print(_table(
            "Trade-offs (the engine acts on the numbers; the text is only shown)",
            ("gives", "if the package reaches", "text, as written"),
            [(t.gives, t.requires, t.text or "-") for t in summary.trade_offs],
        ))
    for title, lines in (
        ("Pacing", summary.pacing),
        ("Escalates to a human when", summary.escalation),
        ("Closes without a human when", summary.closing),
    ):
        if lines:
            console.print(_table(title, (), [(line,) for line in lines]))


def _levers_table(summary: PolicySummary) -> Table:
    rows = [
        (row.lever, f"{row.current:g}", f"{row.target:g}", f"{row.walk_away:g}",
         f"{row.weight_as_written:g} ({row.weight:.0%})", row.better)
        for row in summary.levers
    ]
    table = _table("Levers in play",
                   ("lever", "current", "target", "walk-away", "weight (share)", "better"), rows)
    chips = [row.lever for row in summary.levers if row.moves_by != "pacing"]
    if chips:
        table.caption = f"Moves only through a trade-off: {', '.join(chips)}."
        table.caption_justify = "left"
    return table


def _table(title: str, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> Table:
    """A table whose columns are never narrower than their longest word.

    Rich shortens a squeezed column with an ellipsis ("trade-o…"), which turns a summary
    meant to be trusted into a guess; lines may wrap between words, never inside one.
    """
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=bool(headers))
    columns = headers or ("",)
    for index, header in enumerate(columns):
        words = [word for row in rows for word in row[index].split()] + header.split()
        table.add_column(header, min_width=max(map(len, words), default=1))
    for row in rows:
        table.add_row(*row)
    return table


@policy_app.command("keys")
def keys(
    markdown: bool = typer.Option(False, "--markdown", help="Print the README's Markdown table."),
) -> None:
    """List every key a policy file may have: its type, its default and what it does."""
    from rich.console import Console
    from rich.markup import escape

    from mailbot.core.policy.reference import keys_markdown, policy_keys

    if markdown:
        typer.echo(keys_markdown(), nl=False)
        return
    console = Console(highlight=False)
    for row in policy_keys():  # a list, not a table: long type names would squeeze it
        default = row.default if row.default == "required" else f"default {row.default}"
        console.print(f"[bold]{escape(row.key)}[/bold]  [dim]{escape(row.kind)}; "
                      f"{escape(default)}[/dim]")
        console.print(f"    {row.meaning}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy")

"""``mailbot demo``: negotiate for real over embedded mail servers, then show what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

ROOT = Path(__file__).resolve().parents[2]


def demo(
    policy: Annotated[Path, typer.Option(help="Policy for every negotiation.")] = ROOT
    / "policies"
    / "packaging_renewal.yaml",
    templates: Annotated[Path, typer.Option(help="Templates folder.")] = ROOT / "templates",
    threads: Annotated[bool, typer.Option(help="Print every email thread.")] = True,
) -> None:
    """Start local IMAP and SMTP servers and simulated suppliers, and let the bot negotiate."""
    import asyncio
    import logging
    from email import message_from_bytes
    from email import policy as email_policy

    from mailbot.cli.views import negotiations_table, thread
    from mailbot.demo.scenario import CAST, SECONDS_PER_DAY, run_demo
    from mailbot.shell.store.database import open_engine

    logging.basicConfig(level=logging.ERROR)
    console = Console()
    console.rule("mailbot demo")
    console.print(
        f"{len(CAST)} simulated suppliers answer by email; one real second is "
        f"{1 / SECONDS_PER_DAY:g} negotiation day."
    )
    result = asyncio.run(run_demo(policy, templates, on_start=console.print))
    db = open_engine(result.database_url)
    if threads:
        for index in range(1, len(CAST) + 1):
            console.rule(f"Negotiation {index}: {CAST[index - 1].name} ({CAST[index - 1].persona})")
            console.print(thread(db, index, with_audit=False))
    console.print(negotiations_table(db, title="Outcome"))
    console.print(f"The buyer's mailbox received {len(result.buyer_mailbox)} email(s):")
    for raw in result.buyer_mailbox:
        subject = message_from_bytes(raw, policy=email_policy.default).get("Subject", "")
        console.print(f"  • {subject}", markup=False)
    if not result.finished:
        console.print("[yellow]Time limit reached with negotiations still open.[/yellow]")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(demo)

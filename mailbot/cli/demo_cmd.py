"""``mailbot demo``: negotiate for real over embedded mail servers, then show what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mailbot.demo.kept_store import DEFAULT_FOLDER, DemoStore

ROOT = Path(__file__).resolve().parents[2]


def demo(
    policy: Annotated[Path, typer.Option(help="Policy for every negotiation.")] = ROOT
    / "policies"
    / "packaging_renewal.yaml",
    templates: Annotated[Path, typer.Option(help="Templates folder.")] = ROOT / "templates",
    threads: Annotated[bool, typer.Option(help="Print every email thread.")] = True,
    keep: Annotated[
        Path,
        typer.Option(help="Keep the demo's store (database and mailbot.toml) in this folder."),
    ] = DEFAULT_FOLDER,
    discard: Annotated[
        bool, typer.Option("--discard", help="Throw the store away instead of keeping it.")
    ] = False,
) -> None:
    """Start local IMAP and SMTP servers and simulated suppliers, and let the bot negotiate.

    The store is kept (in ./mailbot-demo unless --keep DIR says otherwise), each run
    replacing the last, and the commands to inspect it are printed at the end.
    """
    import tempfile

    from mailbot.demo.kept_store import DemoStoreError, prepare

    try:
        store = prepare(keep) if not discard else None
    except DemoStoreError as error:
        typer.echo(f"mailbot demo: {error}", err=True)
        raise typer.Exit(2) from None
    if store is not None:
        _run(policy, templates, threads, store, kept=True)
        return
    with tempfile.TemporaryDirectory(prefix="mailbot-demo-") as folder:
        _run(policy, templates, threads, prepare(Path(folder)), kept=False)


def _run(policy: Path, templates: Path, threads: bool, store: DemoStore, *, kept: bool) -> None:
    import asyncio
    import logging
    from email import message_from_bytes
    from email import policy as email_policy

    from mailbot.cli.views import negotiations_table, thread
    from mailbot.demo.kept_store import keep
    from mailbot.demo.scenario import CAST, SECONDS_PER_DAY, run_demo
    from mailbot.shell.store.database import open_engine

    logging.basicConfig(level=logging.ERROR)
    console = Console()
    console.rule("mailbot demo")
    console.print(
        f"{len(CAST)} simulated suppliers answer by email; one real second is "
        f"{1 / SECONDS_PER_DAY:g} negotiation day."
    )
    result = asyncio.run(run_demo(policy, templates, store.folder, on_start=console.print))
    keep(store, result.settings)
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
    db.dispose()
    if kept:
        _print_inspection(console, store)
    if not result.finished:
        console.print("[yellow]Time limit reached with negotiations still open.[/yellow]")
        raise typer.Exit(1)


def _print_inspection(console: Console, store: DemoStore) -> None:
    from mailbot.cli.invocation import program, shown

    config = shown(store.config_path)
    # soft_wrap: a command broken over two lines cannot be copied and run
    console.print(f"\nThe demo's store is kept in {shown(store.folder)}/. Look into it with:",
                  soft_wrap=True)
    for command in ("status", "show 1", "report"):
        console.print(f"  {program()} {command} --config {config}",
                      markup=False, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(demo)

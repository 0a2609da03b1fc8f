"""``mailbot demo``: negotiate for real over embedded mail servers, then show what happened."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from mailbot.demo.scenario import LiveDemo

ROOT = Path(__file__).resolve().parents[2]


def demo(
    policy: Annotated[Path, typer.Option(help="Policy for every negotiation.")] = ROOT
    / "policies"
    / "packaging_renewal.yaml",
    templates: Annotated[Path, typer.Option(help="Templates folder.")] = ROOT / "templates",
    threads: Annotated[bool, typer.Option(help="Print every email thread.")] = True,
    web: Annotated[
        bool,
        typer.Option(
            "--web", help="Keep the demo's store and servers, and open the console on them."
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="The console's port, with --web.")] = 8000,
) -> None:
    """Start local IMAP and SMTP servers and simulated suppliers, and let the bot negotiate."""
    import asyncio
    import logging
    import tempfile
    from email import message_from_bytes
    from email import policy as email_policy

    from mailbot.demo.scenario import CAST, SECONDS_PER_DAY, run_demo

    logging.basicConfig(level=logging.ERROR)
    console = Console()
    console.rule("mailbot demo")
    console.print(
        f"{len(CAST)} simulated suppliers answer by email; one real second is "
        f"{1 / SECONDS_PER_DAY:g} negotiation day."
    )
    folder, linger = None, None
    if web:
        # Stopping the first loop's IDLE connection leaves a task aioimaplib reports; noise.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        folder = Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
        policy, templates = _editable_copies(folder, policy, templates)
        linger = _console(console, port, threads)
    result = asyncio.run(
        run_demo(policy, templates, folder, on_start=console.print, linger=linger)
    )
    if not web:
        _outcome(console, result.database_url, threads)
    console.print(f"The buyer's mailbox received {len(result.buyer_mailbox)} email(s):")
    for raw in result.buyer_mailbox:
        subject = message_from_bytes(raw, policy=email_policy.default).get("Subject", "")
        console.print(f"  • {subject}", markup=False)
    if not result.finished:
        console.print("[yellow]Time limit reached with negotiations still open.[/yellow]")
        raise typer.Exit(1)


def _outcome(console: Console, database_url: str, threads: bool) -> None:
    from mailbot.cli.views import negotiations_table, thread
    from mailbot.demo.scenario import CAST
    from mailbot.shell.store.database import open_engine

    db = open_engine(database_url)
    if threads:
        for index in range(1, len(CAST) + 1):
            console.rule(f"Negotiation {index}: {CAST[index - 1].name} ({CAST[index - 1].persona})")
            console.print(thread(db, index, with_audit=False))
    console.print(negotiations_table(db, title="Outcome"))


def _editable_copies(folder: Path, policy: Path, templates: Path) -> tuple[Path, Path]:
    """Copies of the policy and templates beside the demo's store, for the console to
    edit without touching the checkout."""
    import shutil

    shutil.copytree(templates, folder / "templates")
    (folder / "policies").mkdir()
    shutil.copy2(policy, folder / "policies" / policy.name)
    return folder / "policies" / policy.name, folder / "templates"


def _console(console: Console, port: int, threads: bool) -> Callable[[LiveDemo], Awaitable[None]]:
    """What the demo does once its negotiations ended, with --web: show the outcome, add
    a console user, then run the loop and the console until Ctrl-C."""

    async def linger(live: LiveDemo) -> None:
        import secrets

        from mailbot.shell.accounts import add_user
        from mailbot.shell.config import ConsoleSettings, WebConfig
        from mailbot.shell.store.models import Role
        from mailbot.web.app import create_app
        from mailbot.web.console import build_console
        from mailbot.web.server import serve_beside, server

        _outcome(console, live.settings.database_url, threads)
        password = secrets.token_urlsafe(12)
        add_user(live.bot.db, "demo", Role.ADMIN, password, live.bot.clock())
        web = WebConfig(port=port, policies_dir=live.folder / "policies",
                        history_dir=live.folder / "history")
        settings = ConsoleSettings.of(live.settings).model_copy(update={"web": web})
        app = create_app(build_console(settings, db=live.bot.db))
        console.rule("mailbot console")
        console.print(f"The demo's store: {live.settings.database_url}")
        console.print(f"Open http://127.0.0.1:{port} and sign in as [bold]demo[/bold] with "
                      f"password [bold]{password}[/bold]")
        console.print("The mail servers, the simulated suppliers and the loop keep running: "
                      "act on an escalation and the supplier answers. Ctrl-C stops it all.")
        await serve_beside(live.runner.run(), server(app, web))

    return linger


def register(app: typer.Typer) -> None:
    app.command()(demo)

"""``mailbot demo``: negotiate for real over embedded mail servers, then show what happened."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from mailbot.demo.kept_store import DEFAULT_FOLDER, DemoStore

if TYPE_CHECKING:
    from mailbot.demo.scenario import LiveDemo

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
    web: Annotated[
        bool,
        typer.Option(
            "--web", help="Then keep the servers and loop running, with the console open on them."
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="The console's port, with --web.")] = 8000,
) -> None:
    """Start local IMAP and SMTP servers and simulated suppliers, and let the bot negotiate.

    The store is kept (in ./mailbot-demo unless --keep DIR says otherwise), each run
    replacing the last, and the commands to inspect it are printed at the end. With
    --web the demo goes on after its negotiations end, with the web console open on its
    store (on copies of the templates and the policy, kept beside the store).
    """
    import tempfile

    from mailbot.demo.kept_store import DemoStoreError, prepare

    try:
        store = prepare(keep) if not discard else None
    except DemoStoreError as error:
        typer.echo(f"mailbot demo: {error}", err=True)
        raise typer.Exit(2) from None
    console_port = port if web else None
    if store is not None:
        _run(policy, templates, threads, store, kept=True, port=console_port)
        return
    with tempfile.TemporaryDirectory(prefix="mailbot-demo-") as folder:
        _run(policy, templates, threads, prepare(Path(folder)), kept=False, port=console_port)


def _run(
    policy: Path,
    templates: Path,
    threads: bool,
    store: DemoStore,
    *,
    kept: bool,
    port: int | None = None,
) -> None:
    import asyncio
    import logging
    from email import message_from_bytes
    from email import policy as email_policy

    from mailbot.demo.kept_store import keep
    from mailbot.demo.scenario import CAST, SECONDS_PER_DAY, run_demo

    logging.basicConfig(level=logging.ERROR)
    console = Console()
    console.rule("mailbot demo")
    console.print(
        f"{len(CAST)} simulated suppliers answer by email; one real second is "
        f"{1 / SECONDS_PER_DAY:g} negotiation day."
    )
    linger = None
    if port is not None:
        # Stopping the first loop's IDLE connection leaves a task aioimaplib reports; noise.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        policy, templates = _editable_copies(store.folder, policy, templates)
        linger = _console(console, port, threads)
    result = asyncio.run(
        run_demo(policy, templates, store.folder, on_start=console.print, linger=linger)
    )
    keep(store, result.settings)
    if linger is None:
        _outcome(console, result.database_url, threads)
    console.print(f"The buyer's mailbox received {len(result.buyer_mailbox)} email(s):")
    for raw in result.buyer_mailbox:
        subject = message_from_bytes(raw, policy=email_policy.default).get("Subject", "")
        console.print(f"  • {subject}", markup=False)
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
    db.dispose()


def _editable_copies(folder: Path, policy: Path, templates: Path) -> tuple[Path, Path]:
    """Copies of the policy and templates beside the demo's store, for the console to
    edit without touching the checkout (a previous run's copies are replaced)."""
    import shutil

    for name in ("templates", "policies", "history"):
        shutil.rmtree(folder / name, ignore_errors=True)
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
        console.print(f"Open http://127.0.0.1:{port} and sign in as [bold]demo[/bold] with "
                      f"password [bold]{password}[/bold]")
        console.print("The mail servers, the simulated suppliers and the loop keep running: "
                      "act on an escalation and the supplier answers. Ctrl-C stops it all.")
        await serve_beside(live.runner.run(), server(app, web))

    return linger


def register(app: typer.Typer) -> None:
    app.command()(demo)

"""``mailbot run``, ``start``, ``status``, ``show`` and ``config check``: the mail loop's commands.

Every command reads the same configuration: ``--config FILE`` (or ``MAILBOT_CONFIG``), then
``MAILBOT_*`` environment variables over it. Heavy imports happen inside the commands.
"""

from __future__ import annotations

import json
import os
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from mailbot.shell.config import AuthConfig, Settings
    from mailbot.shell.service import Mailbot
    from mailbot.shell.wiring import Parts

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="TOML config file (default: $MAILBOT_CONFIG or ./mailbot.toml)."
    ),
]
config_app = typer.Typer(help="Check the configuration.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True, soft_wrap=True)


@contextmanager
def config_errors() -> Iterator[None]:
    """A configuration problem ends the command with its message (exit 2), not a traceback.

    A template that cannot be found or rendered is the admin's configuration too.
    """
    from mailbot.shell.config import ConfigError
    from mailbot.shell.templates import TemplateError

    try:
        yield
    except ConfigError as error:
        errors.print(f"[red]Configuration error[/red]\n{error}")
        raise typer.Exit(2) from None
    except TemplateError as error:
        errors.print(f"[red]Template error:[/red] {error}")
        raise typer.Exit(2) from None


def settings(path: Path | None) -> Settings:
    from mailbot.shell.config import load_settings

    with config_errors():
        return load_settings(path or _default_config())


def parts_for(path: Path | None) -> Parts:
    """The store, templates and outgoing mail, as ``start`` and ``resolve`` need them."""
    from mailbot.shell.wiring import build_parts

    with config_errors():
        return build_parts(settings(path))


def _default_config() -> Path | None:
    env = os.environ.get("MAILBOT_CONFIG")
    if env:
        return Path(env)
    local = Path("mailbot.toml")
    return local if local.is_file() else None


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def run(
    config: ConfigOption = None,
    log_format: Annotated[
        LogFormat, typer.Option("--log-format", help="One line per event: text or JSON.")
    ] = LogFormat.TEXT,
    clock_speed: Annotated[
        float | None,
        typer.Option(
            "--clock-speed",
            min=0.001,
            help="Negotiation time per real time, for tests and staging: 86400 makes a "
            "second a day (default: schedule.clock_speed, 1).",
        ),
    ] = None,
    web: Annotated[
        bool, typer.Option("--web", help="Serve the web console beside the loop.")
    ] = False,
) -> None:
    """Run the bot until stopped: poll (IDLE where possible), decide, send, remind."""
    import asyncio
    import logging

    from mailbot.shell.mail.auth.sources import TokenSources
    from mailbot.shell.runner import Intervals, Runner
    from mailbot.shell.runtime.banner import startup_lines
    from mailbot.shell.runtime.clock import negotiation_clock
    from mailbot.shell.runtime.log_redaction import redact_tokens_in_logs
    from mailbot.shell.runtime.logging_setup import configure_logging
    from mailbot.shell.wiring import build_mailbot, imap_settings, reply_tokens, smtp_settings

    configure_logging(log_format.value)
    s = settings(config)
    speed = clock_speed if clock_speed is not None else s.schedule.clock_speed
    if speed != 1:
        logging.getLogger("mailbot").warning(
            "negotiation time runs %gx real time (tests and staging only)", speed
        )
    with config_errors():
        bot = build_mailbot(s, clock=negotiation_clock(speed))
        redact_tokens_in_logs(reply_tokens(s))
    log = logging.getLogger("mailbot")
    for line in startup_lines(s, bot.db):
        log.info(line, extra={"event": "startup"})
    schedule, tokens = s.schedule, TokenSources()
    intervals = Intervals(
        schedule.poll_interval_s, schedule.outbox_interval_s, schedule.silence_check_interval_s
    )
    monitoring = s.monitoring
    runner = Runner(
        bot, imap_settings(s, tokens), smtp_settings(s, tokens), intervals,
        use_idle=s.imap.use_idle,
        monitoring=(monitoring.host, monitoring.port) if monitoring.port is not None else None,
    )
    if web:
        asyncio.run(_with_console(s, bot, runner.run()))
    else:
        asyncio.run(runner.run())
    log.info("stopped", extra={"event": "stopped"})


async def _with_console(s: Settings, bot: Mailbot, loop: Coroutine[Any, Any, None]) -> None:
    """The loop with the web console served beside it on the same event loop (and on the
    loop's clock, compressed or not)."""
    from mailbot.shell.config import ConsoleSettings
    from mailbot.web.app import create_app
    from mailbot.web.console import build_console
    from mailbot.web.server import exposure_warning, serve_beside, server

    with config_errors():
        built = build_console(ConsoleSettings.of(s), db=bot.db)
    built.clock = bot.clock
    warning = exposure_warning(s.web.host, s.web)
    if warning:
        errors.print(f"[yellow]{warning}[/yellow]")
    console.print(f"mailbot console on http://{s.web.host}:{s.web.port}")
    await serve_beside(loop, server(create_app(built), s.web))


def start(
    policy: Annotated[Path, typer.Option("--policy", "-p", help="Policy YAML file.")],
    suppliers: Annotated[
        Path, typer.Option("--suppliers", "-s", help="Suppliers file: CSV or Excel (.xlsx).")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be sent; change nothing.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Open a negotiation per supplier (idempotent: a second run opens nothing twice)."""
    from rich.progress import Progress

    from mailbot.core.policy import PolicyError
    from mailbot.shell.files.policies import load_policy, read_policy_text
    from mailbot.shell.files.suppliers import SuppliersFileError, price_warnings, read_suppliers
    from mailbot.shell.start import start_negotiations
    from mailbot.shell.wiring import utc_now

    try:
        loaded = load_policy(policy)
        rows = read_suppliers(suppliers, loaded.language)
    except (PolicyError, SuppliersFileError) as error:
        errors.print(str(error), style="red", markup=False, highlight=False)
        raise typer.Exit(2) from None
    for warning in price_warnings(loaded, rows):
        errors.print(f"Warning: {warning}", style="yellow", markup=False, highlight=False)
    parts = parts_for(config)
    with config_errors(), Progress(console=console, transient=True) as progress:
        task = progress.add_task("Opening negotiations", total=len(rows))
        report = start_negotiations(
            parts.db,
            parts.actions,
            loaded,
            read_policy_text(policy),
            rows,
            utc_now(),
            dry_run=dry_run,
            progress=lambda _: progress.advance(task),
        )
    verb = "Would open" if dry_run else "Opened"
    console.print(
        f"{verb} {len(report.opened)} negotiation(s); {len(report.already_open)} already open."
    )
    if dry_run:
        for message in report.previews:
            console.rule(f"To {message.recipients}: {message.subject}")
            console.print(message.raw.decode("utf-8", "replace"), markup=False, highlight=False)


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (state and reason codes) instead of tables.")
]


def status(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """A table of negotiations: state, round, latest offers both ways, savings."""
    from mailbot.cli.views import all_rows, negotiations_table, problems_table
    from mailbot.cli.views import as_json as to_json
    from mailbot.shell.wiring import open_database, utc_now

    db = open_database(settings(config).database_url)
    if as_json:
        typer.echo(json.dumps({"negotiations": to_json(all_rows(db))}, indent=2))
        return
    console.print(negotiations_table(db))
    problems = problems_table(db, utc_now())
    if problems is not None:
        console.print(problems)


def show(
    negotiation_id: Annotated[int, typer.Argument(help="Negotiation ID (see `mailbot status`).")],
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """One negotiation's thread and its audit trail."""
    from mailbot.cli.views import as_json as to_json
    from mailbot.cli.views import thread
    from mailbot.shell.store.database import reading
    from mailbot.shell.views.thread import load_thread
    from mailbot.shell.wiring import open_database

    db = open_database(settings(config).database_url)
    with reading(db) as session:
        view = load_thread(session, negotiation_id)
    if view is None:
        errors.print(f"[red]No negotiation {negotiation_id}[/red]; `mailbot status` lists them.")
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(to_json(view), indent=2, default=str))
        return
    console.print(thread(db, negotiation_id))


def resolve(
    negotiation_id: Annotated[int, typer.Argument(help="Negotiation ID (see `mailbot status`).")],
    approve: Annotated[
        bool, typer.Option("--approve", help="Send the draft / accept their terms.")
    ] = False,
    decline: Annotated[
        bool, typer.Option("--decline", help="Withhold the draft / end it.")
    ] = False,
    counter: Annotated[
        str | None, typer.Option("--counter", help='Offer these terms, e.g. "4% net 50".')
    ] = None,
    take_over: Annotated[
        bool, typer.Option("--take-over", help="Continue by hand; the bot stops.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Decide an escalation or a shadow-mode draft, as a reply to the email would."""
    from mailbot.shell.buyer.resolve import CommandError, NoSuchNegotiation, resolve
    from mailbot.shell.wiring import utc_now

    chosen = [
        c
        for c, on in (
            ("APPROVE", approve),
            ("DECLINE", decline),
            (f"COUNTER {counter}", counter is not None),
            ("TAKE OVER", take_over),
        )
        if on
    ]
    if len(chosen) != 1:
        errors.print("Give exactly one of --approve, --decline, --counter TERMS, --take-over.")
        raise typer.Exit(2)
    parts = parts_for(config)
    try:
        outcome = resolve(
            parts.db, parts.actions, negotiation_id, chosen[0], utc_now(), by="mailbot resolve"
        )
    except NoSuchNegotiation:
        errors.print(f"[red]No negotiation {negotiation_id}[/red]; `mailbot status` lists them.")
        raise typer.Exit(2) from None
    except CommandError as error:
        errors.print(f"[red]Not applied:[/red] {error}")
        raise typer.Exit(1) from None
    console.print(f"[green]{outcome.title}[/green]: " + " ".join(outcome.lines))
    console.print("Queued mail goes out with the next outbox run of `mailbot run`.")


@config_app.command("check")
def config_check(
    config: ConfigOption = None,
    connect: Annotated[
        bool,
        typer.Option("--connect", help="Also log in to IMAP and SMTP, select the mailbox and "
                                       "check IDLE, reporting each step."),
    ] = False,
) -> None:
    """Validate the configuration and say what the bot would connect to (secrets hidden)."""
    from mailbot.shell.config import ConfigError
    from mailbot.shell.wiring import reply_tokens, template_store

    s = settings(config)
    problems = []
    for ready in (reply_tokens, template_store):  # every problem at once, not one per run
        try:
            ready(s)
        except ConfigError as error:
            problems.append(str(error))
    with config_errors():
        if problems:
            raise ConfigError("\n".join(problems))
    console.print(f"[green]OK[/green] database {s.database_url}")
    console.print(
        f"IMAP {s.imap.security} {s.imap.host}:{s.imap.port} as {s.imap.username}, "
        f"mailbox {s.imap.mailbox}, {_login(s.imap.auth)}"
    )
    console.print(
        f"SMTP {s.smtp.security} {s.smtp.host}:{s.smtp.port} as {s.smtp.username}, "
        f"{_login(s.smtp.auth)}"
    )
    console.print(f"Bot {s.bot.address}; escalations to {s.bot.buyer_mailbox}")
    if connect and not _connects(s):
        raise typer.Exit(2)


def _login(auth: AuthConfig) -> str:
    if auth.method == "password":
        return "password login"
    return f"OAuth2 (XOAUTH2) via {auth.provider}"


def _connects(s: Settings) -> bool:
    import asyncio

    from mailbot.shell.mail.auth.sources import TokenSources
    from mailbot.shell.mail.connection_check import Step, check_connections
    from mailbot.shell.wiring import imap_settings, smtp_settings

    def show(step: Step) -> None:
        mark = "[green]ok[/green]  " if step.ok else "[red]FAIL[/red]"
        console.print(f"{mark} {step.name}: ", end="")
        console.print(step.detail, markup=False, highlight=False)

    tokens = TokenSources()
    steps = asyncio.run(check_connections(
        imap_settings(s, tokens), smtp_settings(s, tokens),
        logins=(_login(s.imap.auth), _login(s.smtp.auth)), on_step=show,
    ))
    return all(step.ok for step in steps)


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(start)
    app.command()(status)
    app.command()(show)
    app.command()(resolve)
    app.add_typer(config_app, name="config")

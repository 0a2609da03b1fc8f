"""``mailbot web`` (the console) and ``mailbot users`` (who may sign in to it).

Both need only the store: ``--config FILE`` or ``MAILBOT_DATABASE_URL``, no mail settings.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mailbot.cli.mail_cmd import ConfigOption, _default_config, config_errors, console, errors

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from mailbot.shell.accounts import Role
    from mailbot.shell.config import ConsoleSettings

users_app = typer.Typer(help="The web console's users.", no_args_is_help=True)


def console_settings(path: Path | None) -> ConsoleSettings:
    from mailbot.shell.config import load_console_settings

    with config_errors():
        return load_console_settings(path or _default_config())


def _database(path: Path | None) -> Engine:
    from mailbot.shell.wiring import open_database

    return open_database(console_settings(path).database_url)


def web(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    config: ConfigOption = None,
) -> None:
    """Serve the web console (default http://127.0.0.1:8000); needs only the store."""
    from mailbot.web.app import create_app
    from mailbot.web.console import NO_ACTIONS, build_console
    from mailbot.web.server import exposure_warning, serve_until_stopped, server

    s = console_settings(config)
    with config_errors():
        built = build_console(s)
    listen = host or s.web.host
    warning = exposure_warning(listen, s.web)
    if warning:
        errors.print(f"[yellow]{warning}[/yellow]")
    if built.actions is None:
        errors.print(f"[yellow]{NO_ACTIONS}[/yellow]")
    console.print(f"mailbot console on http://{listen}:{port or s.web.port} (Ctrl-C stops it)")
    serve_until_stopped(server(create_app(built), s.web, host=host, port=port))


@contextmanager
def _account_errors() -> Iterator[None]:
    """A refused change (name taken, short password, no such user) ends with its reason."""
    from mailbot.shell.accounts import AccountError

    try:
        yield
    except AccountError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from None


def _role(value: str) -> Role:
    """The role named on the command line; an unknown one is a usage error (exit 2)."""
    from mailbot.shell.accounts import AccountError, role_named

    try:
        return role_named(value)
    except AccountError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Sign-in name, e.g. alex.")],
    role: Annotated[str, typer.Option(help="buyer (acts on escalations) or admin.")] = "buyer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Add a user; the password is asked twice (or read from stdin) and stored hashed."""
    from mailbot.shell.accounts import add_user
    from mailbot.shell.wiring import utc_now

    chosen = _role(role)
    db = _database(config)
    with _account_errors():
        user = add_user(db, name, chosen, _password(password_stdin), utc_now())
    console.print(f"Added {user.name} ({user.role.value}). They sign in at the console.")


@users_app.command("passwd")
def users_passwd(
    name: Annotated[str, typer.Argument(help="Sign-in name.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Set a new password; the user's open sessions end."""
    from mailbot.shell.accounts import set_password
    from mailbot.shell.wiring import utc_now

    with _account_errors():
        set_password(_database(config), name, _password(password_stdin), utc_now())
    console.print(f"Password of {name} changed.")


@users_app.command("role")
def users_role(
    name: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Argument(help="buyer or admin.")],
    config: ConfigOption = None,
) -> None:
    """Make a user a buyer or an admin (the last admin stays one)."""
    from mailbot.shell.accounts import set_role
    from mailbot.shell.wiring import utc_now

    chosen = _role(role)
    with _account_errors():
        set_role(_database(config), name, chosen, utc_now())
    console.print(f"{name} is now a{'n' if role == 'admin' else ''} {role}.")


@users_app.command("remove")
def users_remove(
    name: Annotated[str, typer.Argument(help="Sign-in name.")], config: ConfigOption = None
) -> None:
    """Remove a user; their open sessions end."""
    from mailbot.shell.accounts import remove_user
    from mailbot.shell.wiring import utc_now

    with _account_errors():
        remove_user(_database(config), name, utc_now())
    console.print(f"Removed {name}.")


@users_app.command("list")
def users_list(config: ConfigOption = None) -> None:
    """Every user with their role and last sign-in."""
    from mailbot.shell.accounts import list_users

    for user in list_users(_database(config)):
        last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "never"
        typer.echo(f"{user.name}\t{user.role}\tlast sign-in {last}")


def register(app: typer.Typer) -> None:
    app.command()(web)
    app.add_typer(users_app, name="users")

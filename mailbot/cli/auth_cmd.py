"""``mailbot auth google``: the one-time browser consent that stores a Google refresh token
in the secrets file, for mailboxes without a service account."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from mailbot.cli.mail_cmd import console, errors

auth_app = typer.Typer(help="Obtain OAuth2 credentials for the mailbox.", no_args_is_help=True)


@auth_app.command("google")
def google(
    client_id: Annotated[
        str, typer.Option("--client-id", help="OAuth client ID of type 'Desktop app'.")
    ],
    client_secret: Annotated[
        str,
        typer.Option("--client-secret", envvar="MAILBOT_GOOGLE_CLIENT_SECRET", prompt=True,
                     hide_input=True, help="The client's secret."),
    ],
    mailbox: Annotated[
        str | None, typer.Option("--mailbox", help="Suggest this account on the consent page.")
    ] = None,
    secrets_file: Annotated[
        Path | None,
        typer.Option("--secrets-file", help="Where to keep the token (default: "
                                            "$MAILBOT_SECRETS_FILE)."),
    ] = None,
) -> None:
    """Open Google's consent page, wait for the grant, keep the refresh token."""
    from mailbot.shell.mail.auth.google_consent import ConsentClient, obtain_refresh_token
    from mailbot.shell.mail.auth.secrets_store import store_secrets
    from mailbot.shell.mail.errors import TokenError

    target = secrets_file or _env_path("MAILBOT_SECRETS_FILE")
    if target is None:
        errors.print("Name the secrets file: --secrets-file PATH or MAILBOT_SECRETS_FILE "
                     "(outside any repository, e.g. /etc/mailbot/secrets.toml).")
        raise typer.Exit(2)
    client = ConsentClient(client_id, client_secret)

    def show(url: str) -> None:
        console.print("Open this address in a browser on this machine, sign in as the bot's "
                      "mailbox and allow access (over SSH: forward the port in the link):")
        console.print(url, markup=False, highlight=False, soft_wrap=True)

    try:
        refresh_token = obtain_refresh_token(client, show, login_hint=mailbox)
        store_secrets(target, {
            (server, "auth", key): value
            for server in ("imap", "smtp")
            for key, value in (("refresh_token", refresh_token), ("client_secret", client_secret))
        })
    except TokenError as error:
        errors.print(f"[red]No token:[/red] {error}")
        raise typer.Exit(1) from None
    console.print(f"[green]Stored[/green] the refresh token and client secret in {target}. "
                  "In mailbot.toml, under both [imap.auth] and [smtp.auth]:")
    console.print(f'  method = "oauth2"\n  provider = "google"\n  client_id = "{client_id}"',
                  markup=False, highlight=False)


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def register(app: typer.Typer) -> None:
    app.add_typer(auth_app, name="auth")

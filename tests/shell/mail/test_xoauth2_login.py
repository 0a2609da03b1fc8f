"""SASL XOAUTH2 against the local servers: a ``command`` provider supplies the token, the
servers accept only the tokens they were told of, and a refused token is fetched anew once."""

from __future__ import annotations

import dataclasses
import shlex
import sys
from pathlib import Path

import pytest

from mailbot.shell.mail.auth.command import CommandTokens
from mailbot.shell.mail.auth.sources import COMMAND_HINT
from mailbot.shell.mail.auth.tokens import CachedToken
from mailbot.shell.mail.errors import ImapLoginError, SmtpLoginError, TokenError
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpOutbox

RAW = b"From: buyer@example.com\r\nTo: acme@example.com\r\nSubject: hi\r\n\r\nHello.\r\n"


def token_program(tmp_path: Path, token: str) -> tuple[str, Path]:
    """A program that prints the token kept in a file (so a test can rotate it)."""
    holder = tmp_path / "token.txt"
    holder.write_text(token, encoding="utf-8")
    script = tmp_path / "print_token.py"
    script.write_text(
        "import os, sys\n"
        "assert os.environ['MAILBOT_AUTH_USER']\n"
        f"print(open({str(holder)!r}).read())\n",
        encoding="utf-8",
    )
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}", holder


def source(command: str, mailbox: str = "buyer") -> CachedToken:
    return CachedToken("command", CommandTokens(command, mailbox), refusal_hint=COMMAND_HINT)


@pytest.fixture
async def oauth_mail() -> LocalMailSystem:
    async with LocalMailSystem({"buyer": "pw", "acme": "pw"},
                               bearer_tokens={"buyer": {"good-token"}}) as mail:
        yield mail


async def test_imap_logs_in_with_the_token_the_command_prints(
        oauth_mail: LocalMailSystem, tmp_path: Path) -> None:
    await oauth_mail.append("buyer", RAW)
    command, _ = token_program(tmp_path, "good-token")
    settings = dataclasses.replace(oauth_mail.imap_settings("buyer"), password="",
                                   token=source(command))
    async with ImapInbox(settings) as inbox:
        assert (await inbox.select()).exists == 1
    assert oauth_mail.imap_server.oauth_logins == 1  # type: ignore[attr-defined]


async def test_imap_refused_token_is_fetched_again_once_then_works(
        oauth_mail: LocalMailSystem, tmp_path: Path) -> None:
    command, holder = token_program(tmp_path, "good-token")
    tokens = source(command)
    assert await tokens.token() == "good-token"  # cached from now on
    assert oauth_mail.bearer_tokens is not None
    oauth_mail.bearer_tokens["buyer"] = {"rotated-token"}  # the provider revoked the old one
    holder.write_text("rotated-token", encoding="utf-8")
    settings = dataclasses.replace(oauth_mail.imap_settings("buyer"), password="", token=tokens)
    async with ImapInbox(settings) as inbox:
        await inbox.select()
    assert tokens.fetches == 2


async def test_imap_refused_token_names_provider_mailbox_and_cause(
        oauth_mail: LocalMailSystem, tmp_path: Path) -> None:
    command, _ = token_program(tmp_path, "stolen-token")
    tokens = source(command)
    settings = dataclasses.replace(oauth_mail.imap_settings("buyer"), password="", token=tokens)
    with pytest.raises(ImapLoginError) as caught:
        await ImapInbox(settings).connect()
    text = str(caught.value)
    assert "provider 'command'" in text and "mailbox 'buyer'" in text
    assert COMMAND_HINT in text
    assert "stolen-token" not in text
    assert tokens.fetches == 2  # refused, fetched again, refused again: then it stops


async def test_smtp_sends_after_xoauth2_with_the_command_token(
        oauth_mail: LocalMailSystem, tmp_path: Path) -> None:
    command, _ = token_program(tmp_path, "good-token")
    settings = dataclasses.replace(oauth_mail.smtp_settings(), username="buyer",
                                   token=source(command))
    async with SmtpOutbox(settings) as outbox:
        receipt = await outbox.send(RAW, sender="buyer@example.com", recipients=["acme@x.org"])
    assert receipt.accepted == ("acme@x.org",)
    assert len(oauth_mail.delivered) == 1


async def test_smtp_without_a_token_is_refused_by_the_server(
        oauth_mail: LocalMailSystem) -> None:
    """The proof that the XOAUTH2 test above needed its token: no login, no sending."""
    async with SmtpOutbox(oauth_mail.smtp_settings()) as outbox:
        with pytest.raises(Exception, match="530"):
            await outbox.send(RAW, sender="buyer@example.com", recipients=["acme@x.org"])
    assert oauth_mail.delivered == []


async def test_smtp_refused_token_is_a_login_error_not_a_failed_message(
        oauth_mail: LocalMailSystem, tmp_path: Path) -> None:
    command, _ = token_program(tmp_path, "stolen-token")
    tokens = source(command)
    settings = dataclasses.replace(oauth_mail.smtp_settings(), username="buyer", token=tokens)
    async with SmtpOutbox(settings) as outbox:
        with pytest.raises(SmtpLoginError) as caught:
            await outbox.send(RAW, sender="buyer@example.com", recipients=["acme@x.org"])
    assert "provider 'command'" in str(caught.value) and "'buyer'" in str(caught.value)
    assert tokens.fetches == 2


async def test_a_failing_token_command_is_a_token_error(tmp_path: Path) -> None:
    command = f"{shlex.quote(sys.executable)} -c \"import sys; sys.exit('no session')\""
    with pytest.raises(TokenError, match="exited with 1: no session"):
        await source(command).token()


async def test_json_output_sets_the_cache_lifetime(tmp_path: Path) -> None:
    program = 'print(\'{"access_token": "abc", "expires_in": 3600}\')'
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(program)}"
    now = [0.0]
    tokens = CachedToken("command", CommandTokens(command, "buyer"), refusal_hint="",
                         clock=lambda: now[0])
    assert await tokens.token() == "abc"
    now[0] = 3000.0  # within the hour, before the renewal margin
    await tokens.token()
    assert tokens.fetches == 1
    now[0] = 3400.0  # under five minutes left: renewed
    await tokens.token()
    assert tokens.fetches == 2

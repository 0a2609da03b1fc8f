"""Putting mail into, and reading it out of, a local server's mailbox over IMAP.

The test and demo servers are filled the way a real server is (APPEND as the user),
so delivery works the same against pymap and Dovecot and reaches IDLE clients. This
deliberately does not use ImapInbox: tests check the inbox against an independent reader.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable

import aioimaplib

from mailbot.shell.mail.errors import ImapCommandError
from mailbot.shell.mail.imap_inbox import ImapSettings
from mailbot.shell.mail.imap_parse import parse_fetch, quote_mailbox
from mailbot.shell.mail.security import client_tls_context


async def append_messages(settings: ImapSettings, raws: Iterable[bytes],
                          mailbox: str = "INBOX") -> None:
    """APPEND each message in order, creating ``mailbox`` if needed."""
    async with _session(settings) as client:
        if mailbox.upper() != "INBOX":
            await client.create(quote_mailbox(mailbox))  # NO if it exists: fine
        for raw in raws:
            _check(await client.append(raw, mailbox=quote_mailbox(mailbox), flags=None), "APPEND")


async def read_messages(settings: ImapSettings, mailbox: str = "INBOX") -> list[bytes]:
    """Every message in ``mailbox``, in UID order."""
    async with _session(settings) as client:
        selected = _check(await client.select(quote_mailbox(mailbox)), "SELECT")
        if aioimaplib.extract_exists(selected) == 0:
            return []
        fetched = _check(await client.uid("fetch", "1:*", "(UID BODY.PEEK[])"), "FETCH")
        return [message.raw for message in parse_fetch(fetched.lines)]


@contextlib.asynccontextmanager
async def _session(settings: ImapSettings) -> AsyncIterator[aioimaplib.IMAP4]:
    tls = client_tls_context(settings.ca_file) if settings.security == "tls" else None
    client = aioimaplib.IMAP4(settings.host, settings.port, timeout=settings.timeout,
                              ssl_context=tls)
    try:
        await client.wait_hello_from_server()
        _check(await client.login(settings.username, settings.password), "LOGIN")
        yield client
        await client.logout()
    finally:
        if client.protocol.transport is not None:
            client.protocol.transport.close()


def _check(response: aioimaplib.Response, command: str) -> aioimaplib.Response:
    if response.result != "OK":
        raise ImapCommandError(f"local IMAP server answered {response.result} to {command}: "
                               f"{response.lines}")
    return response

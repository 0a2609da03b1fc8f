"""An IMAP mailbox read by UID, over implicit TLS, that reports every fault as a typed error.

The inbox keeps no progress of its own: the caller passes the last UID it has committed,
so a crash or a reconnect can never skip or repeat a message on the inbox's account.
Every command is raced against the loss of the connection, because aioimaplib leaves
pending commands (IDLE above all) waiting when the socket drops.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal, Self, TypeVar

import aioimaplib

from mailbot.shell.mail.auth import TokenSource
from mailbot.shell.mail.errors import (
    ImapCommandError,
    ImapConnectionError,
    ImapLoginError,
    ImapTlsError,
)
from mailbot.shell.mail.imap_parse import (
    FetchedMessage,
    MailboxState,
    parse_fetch,
    parse_search,
    parse_select,
    quote_mailbox,
    uid_set,
)
from mailbot.shell.mail.security import (
    client_tls_context,
    require_local_for_plain,
    tls_failure_hint,
)

__all__ = ["FetchedMessage", "ImapInbox", "ImapSettings", "MailboxState"]

_T = TypeVar("_T")

# Servers may drop an IDLE after 30 minutes (RFC 2177): re-issue it well before.
IDLE_CYCLE_SECONDS = 28 * 60


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    mailbox: str = "INBOX"
    security: Literal["tls", "plain"] = "tls"
    ca_file: Path | None = None
    timeout: float = 30.0
    token: TokenSource | None = field(default=None, repr=False, compare=False)  # XOAUTH2

    def __post_init__(self) -> None:
        if self.security == "plain":
            require_local_for_plain("IMAP", self.host)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


class ImapInbox:
    """One logged-in connection to one mailbox; open with ``connect()`` or ``async with``."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._client: aioimaplib.IMAP4 | None = None
        self._lost = asyncio.Event()

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect, verify the certificate, log in and learn the post-login capabilities."""
        await self.close()
        self._lost = asyncio.Event()
        client = aioimaplib.IMAP4(
            self.settings.host, self.settings.port, timeout=self.settings.timeout,
            conn_lost_cb=self._on_connection_lost, ssl_context=self._tls_context(),
        )
        self._client = client
        try:
            await self._greeting(client)
            await self._login(client)
            await self._call(client.protocol.capability(), "CAPABILITY")
        except BaseException:
            await self.close()
            raise

    @property
    def is_connected(self) -> bool:
        return self._client is not None and not self._lost.is_set()

    @property
    def supports_idle(self) -> bool:
        return bool(self._connected().has_capability("IDLE"))

    async def select(self) -> MailboxState:
        client = self._connected()
        response = await self._ok(
            client.select(quote_mailbox(self.settings.mailbox)), "SELECT"
        )
        return parse_select(response.lines)

    async def fetch_after(self, last_uid: int, *, batch: int = 200,
                          ) -> AsyncIterator[list[FetchedMessage]]:
        """Messages with a UID above ``last_uid``, oldest first, ``batch`` at a time.

        Bodies are fetched with BODY.PEEK so that reading never marks mail as seen.
        """
        uids = await self._uids_after(last_uid)
        for start in range(0, len(uids), batch):
            chunk = uid_set(uids[start:start + batch])
            client = self._connected()
            response = await self._ok(client.uid("fetch", chunk, "(UID BODY.PEEK[])"), "FETCH")
            yield parse_fetch(response.lines)

    async def wait_for_news(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for new mail; True means "fetch now".

        With IDLE, True only when the server announced a change; without it, this is a
        polling interval and always answers True. A lost connection or a server BYE
        raises ImapConnectionError: reconnect, then fetch past the last committed UID.
        """
        if not self.supports_idle:
            await self._call(asyncio.sleep(timeout), "poll wait")
            await self._ok(self._connected().noop(), "NOOP")
            return True
        return await self._idle(min(timeout, IDLE_CYCLE_SECONDS))

    async def move(self, uids: Iterable[int], folder: str) -> None:
        """Move messages to ``folder``, creating it if missing."""
        targets = uid_set(uids)
        if not targets:
            return
        client = self._connected()
        await self._ensure_folder(folder)
        if client.has_capability("MOVE"):
            await self._ok(client.uid("move", targets, quote_mailbox(folder)), "MOVE")
            return
        await self._ok(client.uid("copy", targets, quote_mailbox(folder)), "COPY")
        await self._ok(client.uid("store", targets, "+FLAGS.SILENT", r"(\Deleted)"), "STORE")
        await self._expunge(targets)

    async def mark_seen(self, uids: Iterable[int]) -> None:
        targets = uid_set(uids)
        if targets:
            client = self._connected()
            await self._ok(client.uid("store", targets, "+FLAGS.SILENT", r"(\Seen)"), "STORE")

    async def close(self) -> None:
        """Log out politely if the connection is alive, then drop it; safe to repeat."""
        client, self._client = self._client, None
        if client is None:
            return
        if not self._lost.is_set() and client.get_state() in ("AUTH", "SELECTED"):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.logout(), min(self.settings.timeout, 5.0))
        transport = client.protocol.transport
        if transport is not None:
            transport.close()

    # --- connection ---------------------------------------------------------------

    def _tls_context(self) -> ssl.SSLContext | None:
        if self.settings.security == "plain":
            return None
        return client_tls_context(self.settings.ca_file)

    async def _greeting(self, client: aioimaplib.IMAP4) -> None:
        where = self.settings.address
        try:
            await client.wait_hello_from_server()
        except ssl.SSLCertVerificationError as exc:
            raise ImapTlsError(
                tls_failure_hint(self.settings.host, self.settings.port,
                                 self.settings.ca_file, exc)
            ) from exc
        except ssl.SSLError as exc:
            raise ImapTlsError(
                f"TLS handshake with IMAP server {where} failed ({exc}); is this port "
                f"implicit TLS (usually 993) rather than plain IMAP (143)?"
            ) from exc
        except (OSError, TimeoutError) as exc:
            raise ImapConnectionError(
                f"cannot reach IMAP server {where}: {exc or 'no greeting in time'}"
            ) from exc

    async def _login(self, client: aioimaplib.IMAP4) -> None:
        if self.settings.token is not None:
            await self._login_with_token(client, self.settings.token)
            return
        response = await self._call(
            client.login(self.settings.username, self.settings.password), "LOGIN"
        )
        if response.result != "OK":
            raise ImapLoginError(
                f"IMAP server {self.settings.address} refused login for "
                f"{self.settings.username!r}: {_text(response)}. Check the username and "
                f"password (an app password may be needed)."
            )

    async def _login_with_token(self, client: aioimaplib.IMAP4, source: TokenSource) -> None:
        """AUTHENTICATE XOAUTH2; a refused token is dropped and a fresh one tried, once."""
        user = self.settings.username
        for _attempt in (1, 2):
            token = await source.token()
            response = await self._call(client.xoauth2(user, token), "AUTHENTICATE XOAUTH2")
            if response.result == "OK":
                return
            source.refused()
        raise ImapLoginError(
            f"IMAP server {self.settings.address} refused the OAuth2 token from provider "
            f"{source.provider!r} for mailbox {user!r} (twice, the second freshly fetched): "
            f"{_text(response).rstrip('.')}. Likely cause: {source.refusal_hint}."
        )

    def _on_connection_lost(self, exc: Exception | None) -> None:
        self._lost.set()

    def _connected(self) -> aioimaplib.IMAP4:
        if self._client is None or self._lost.is_set():
            raise ImapConnectionError(
                f"not connected to IMAP server {self.settings.address}: call connect()"
            )
        return self._client

    # --- commands -----------------------------------------------------------------

    async def _call(self, command: Awaitable[_T], name: str) -> _T:
        """Await ``command`` unless the connection drops first."""
        task = asyncio.ensure_future(command)
        lost = asyncio.ensure_future(self._lost.wait())
        try:
            await asyncio.wait({task, lost}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            lost.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
            raise ImapConnectionError(
                f"connection to IMAP server {self.settings.address} lost during {name}"
            )
        try:
            return task.result()
        except (OSError, TimeoutError, aioimaplib.Abort) as exc:
            raise ImapConnectionError(
                f"{name} on IMAP server {self.settings.address} failed: {exc or 'timed out'}"
            ) from exc

    async def _ok(self, command: Awaitable[aioimaplib.Response], name: str,
                  ) -> aioimaplib.Response:
        response = await self._call(command, name)
        if response.result != "OK":
            raise ImapCommandError(
                f"IMAP server {self.settings.address} answered {response.result} to "
                f"{name}: {_text(response)}"
            )
        return response

    async def _uids_after(self, last_uid: int) -> list[int]:
        client = self._connected()
        response = await self._ok(
            client.uid_search("UID", f"{last_uid + 1}:*", charset=None), "UID SEARCH"
        )
        return parse_search(response.lines, above=last_uid)

    async def _ensure_folder(self, folder: str) -> None:
        client = self._connected()
        listed = await self._ok(client.list('""', quote_mailbox(folder)), "LIST")
        if not _lists(listed.lines, folder):
            await self._ok(client.create(quote_mailbox(folder)), "CREATE")

    async def _expunge(self, targets: str) -> None:
        client = self._connected()
        if client.has_capability("UIDPLUS"):
            await self._ok(client.uid("expunge", targets), "UID EXPUNGE")
        else:  # also expunges other \Deleted mail in this mailbox
            await self._ok(client.expunge(), "EXPUNGE")

    async def _idle(self, timeout: float) -> bool:
        client = self._connected()
        idle = await self._call(client.idle_start(timeout=timeout + 5), "IDLE")
        pushed = await self._call(_next_push(client, timeout), "IDLE")
        _raise_on_bye(pushed, self.settings.address)
        client.idle_done()
        await self._call(asyncio.wait_for(idle, self.settings.timeout), "IDLE DONE")
        return _announces_change(pushed)


async def _next_push(client: aioimaplib.IMAP4, timeout: float) -> list[bytes]:
    try:
        pushed: list[bytes] = await client.wait_server_push(timeout)
    except TimeoutError:
        return []
    return pushed


def _announces_change(pushed: object) -> bool:
    # wait_server_push yields a list of lines, or a marker string when IDLE was stopped.
    return isinstance(pushed, list) and any(
        line.endswith((b"EXISTS", b"RECENT")) or b"FETCH" in line for line in pushed
    )


def _raise_on_bye(pushed: object, address: str) -> None:
    if isinstance(pushed, list) and any(line.startswith(b"BYE") for line in pushed):
        raise ImapConnectionError(f"IMAP server {address} closed the connection (BYE) during IDLE")


def _lists(lines: list[bytes], folder: str) -> bool:
    names = (f" {folder}".encode(), quote_mailbox(folder).encode())
    return any(bytes(line).endswith(names) for line in lines)


def _text(response: aioimaplib.Response) -> str:
    return b" ".join(bytes(line) for line in response.lines).decode("utf-8", "replace")

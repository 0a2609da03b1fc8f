"""An aiosmtpd server on 127.0.0.1 that hands each accepted message to local mailboxes.

It runs on the caller's event loop (not aiosmtpd's threaded Controller) so that the
IMAP server, the bot and the tests share one loop: delivery and waiting need no
cross-thread hand-off, and the port is bound as 0 with no free-port race.
Faults can be scheduled (``fail_next``) and connections dropped, for failure tests.
"""

from __future__ import annotations

import asyncio
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from mailbot.shell.mail.local.tls_cert import CertPair, server_tls_context
from mailbot.shell.mail.local.xoauth2 import Tokens, smtp_xoauth2

Deliver = Callable[[str, bytes], Awaitable[None]]
Stage = Literal["rcpt", "data"]


@dataclass(frozen=True, slots=True)
class DeliveredMessage:
    sender: str
    recipients: tuple[str, ...]
    raw: bytes
    received_at: datetime


def local_user(address: str) -> str:
    """``Buyer+Tag@example.com`` -> ``buyer``: the mailbox a plus-address lands in."""
    return address.rpartition("@")[0].partition("+")[0].lower() if "@" in address else ""


class LocalSmtpServer:
    def __init__(self, deliver: Deliver, is_user: Callable[[str], bool],
                 cert: CertPair | None, tokens: Tokens | None = None) -> None:
        """``tokens`` requires AUTH XOAUTH2 with one of those bearer tokens per user."""
        self.host = "127.0.0.1"
        self.tokens = tokens
        self.port = 0
        self.delivered: list[DeliveredMessage] = []
        self.connections_opened = 0
        self._deliver = deliver
        self._is_user = is_user
        self._tls = server_tls_context(cert)
        self._faults: dict[Stage, deque[tuple[int, str]]] = {"rcpt": deque(), "data": deque()}
        self._changed = asyncio.Condition()
        self._sessions: list[SMTP] = []
        self._server: asyncio.Server | None = None
        # Called with each message's bytes after DATA, before it is accepted.
        self.on_data: Callable[[bytes], Awaitable[None]] | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._new_session, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self.drop_connections()
            await self._server.wait_closed()
            self._server = None

    def fail_next(self, code: int, message: str, count: int = 1, *,
                  at: Stage = "rcpt") -> None:
        """Answer the next ``count`` RCPT (or DATA) commands with ``code message``.

        A 421 also closes the connection afterwards, as real servers do.
        """
        self._faults[at].extend([(code, message)] * count)

    def drop_connections(self) -> None:
        """Close every client connection without a reply, like a crashed server."""
        for session in self._sessions:
            if session.transport is not None:
                session.transport.close()

    async def wait_for_deliveries(self, count: int, timeout: float = 10.0,
                                  ) -> list[DeliveredMessage]:
        """Wait until ``count`` messages in all have been accepted; TimeoutError if not."""
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.delivered) >= count), timeout
            )
        return list(self.delivered)

    # --- aiosmtpd handler hooks ---------------------------------------------------

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await smtp_xoauth2(server, args, self.tokens or {})

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if fault := self._fault("rcpt", server):
            return fault
        if not self._is_user(local_user(address)):
            return f"550 5.1.1 <{address}>: no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if fault := self._fault("data", server):
            return fault
        raw = _raw(envelope)
        if self.on_data is not None:
            await self.on_data(raw)  # fault tests: e.g. kill the client mid-send
        for user in dict.fromkeys(local_user(rcpt) for rcpt in envelope.rcpt_tos):
            await self._deliver(user, raw)
        await self._record(envelope, raw)
        return "250 2.0.0 OK: delivered"

    # --- internals ----------------------------------------------------------------

    def _new_session(self) -> SMTP:
        self.connections_opened += 1
        oauth = self.tokens is not None
        with warnings.catch_warnings():  # AUTH without TLS: this server serves 127.0.0.1 only
            warnings.simplefilter("ignore", UserWarning)
            session = SMTP(self, hostname="localhost", tls_context=self._tls,
                           require_starttls=False, decode_data=False, enable_SMTPUTF8=True,
                           # with tokens, only XOAUTH2 lets a client send
                           auth_required=oauth, auth_require_tls=not oauth,
                           auth_exclude_mechanism=["LOGIN", "PLAIN"] if oauth else ["XOAUTH2"])
        self._sessions.append(session)
        return session

    def _fault(self, stage: Stage, server: SMTP) -> str | None:
        if not self._faults[stage]:
            return None
        code, message = self._faults[stage].popleft()
        if code == 421 and server.transport is not None:
            # The reply is written before this callback runs; then the line goes dead.
            asyncio.get_running_loop().call_soon(server.transport.close)
        return f"{code} {message}"

    async def _record(self, envelope: Envelope, raw: bytes) -> None:
        message = DeliveredMessage(
            str(envelope.mail_from), tuple(envelope.rcpt_tos), raw, datetime.now(UTC)
        )
        async with self._changed:
            self.delivered.append(message)
            self._changed.notify_all()


def _raw(envelope: Envelope) -> bytes:
    content: Any = envelope.original_content or envelope.content
    return bytes(content)

"""A complete mail system on 127.0.0.1 for ``mailbot demo`` and the integration tests.

An IMAP server (pymap in this process, or a private Dovecot) holds one mailbox per
user; an aiosmtpd server delivers what it accepts into those mailboxes (``buyer+tag@``
lands with ``buyer``) and records it. Everything lives in a temp folder removed on exit.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Literal, Protocol, Self

from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.imap_inbox import ImapSettings
from mailbot.shell.mail.local.dovecot import DovecotServer
from mailbot.shell.mail.local.mailbox_admin import append_messages, read_messages
from mailbot.shell.mail.local.pymap_server import PymapServer
from mailbot.shell.mail.local.smtp_server import DeliveredMessage, LocalSmtpServer, Stage
from mailbot.shell.mail.local.tls_cert import CertPair, make_self_signed
from mailbot.shell.mail.smtp_outbox import SmtpSettings

__all__ = ["DeliveredMessage", "LocalMailSystem"]

ImapKind = Literal["pymap", "dovecot"]


class _ImapServer(Protocol):
    host: str
    port: int

    @property
    def uses_tls(self) -> bool: ...
    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def restart(self) -> None: ...
    async def add_user(self, name: str, password: str) -> None: ...
    async def kick(self, user: str) -> None: ...


class LocalMailSystem:
    """``async with LocalMailSystem(users={"buyer": "pw"}) as mail: ...``

    ``tls=True`` serves IMAP over implicit TLS and SMTP with STARTTLS, using a fresh
    self-signed certificate whose file is ``ca_file``. ``hide_imap`` removes pymap
    capabilities (e.g. ``{"IDLE", "MOVE"}``) to exercise client fallbacks. ``bearer_tokens``
    (pymap only) turns on SASL XOAUTH2: IMAP accepts those tokens besides passwords, and
    SMTP accepts only clients that logged in with one. Tests may change the sets live.
    """

    def __init__(self, users: dict[str, str] | None = None, *, imap: ImapKind = "pymap",
                 tls: bool = False, hide_imap: frozenset[str] = frozenset(),
                 bearer_tokens: dict[str, set[str]] | None = None) -> None:
        self._initial_users = dict(users or {})
        self._kind = imap
        self._tls = tls
        self._hide = hide_imap
        self.bearer_tokens = bearer_tokens
        self._passwords: dict[str, str] = {}
        self._folder: Path | None = None
        self._cert: CertPair | None = None
        self._imap: _ImapServer | None = None
        self._smtp: LocalSmtpServer | None = None

    async def __aenter__(self) -> Self:
        self._folder = Path(tempfile.mkdtemp(prefix="mailbot-mail-"))
        try:
            await self._start(self._folder)
        except BaseException:
            await self._shutdown()
            raise
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self._shutdown()

    # --- users and mailboxes ------------------------------------------------------

    @property
    def ca_file(self) -> Path | None:
        return self._cert.cert if self._cert else None

    @property
    def imap_server(self) -> _ImapServer:
        if self._imap is None:
            raise MailError("the local mail system is not running: use 'async with'")
        return self._imap

    async def add_user(self, name: str, password: str) -> None:
        await self.imap_server.add_user(name, password)
        self._passwords[name] = password

    def imap_settings(self, user: str, *, mailbox: str = "INBOX") -> ImapSettings:
        server = self.imap_server
        return ImapSettings(
            host=server.host, port=server.port, username=user,
            password=self._passwords[user], mailbox=mailbox,
            security="tls" if server.uses_tls else "plain", ca_file=self.ca_file,
            timeout=10.0,
        )

    def smtp_settings(self) -> SmtpSettings:
        smtp = self.smtp
        return SmtpSettings(
            host=smtp.host, port=smtp.port,
            security="starttls" if self._tls else "plain", ca_file=self.ca_file,
            timeout=10.0,
        )

    async def append(self, user: str, raw: bytes, mailbox: str = "INBOX") -> None:
        """Deliver ``raw`` straight into ``user``'s mailbox, as if it had just arrived."""
        await self.append_many(user, [raw], mailbox)

    async def append_many(self, user: str, raws: list[bytes], mailbox: str = "INBOX") -> None:
        await append_messages(self.imap_settings(user), raws, mailbox)

    async def messages(self, user: str, mailbox: str = "INBOX") -> list[bytes]:
        return await read_messages(self.imap_settings(user), mailbox)

    # --- SMTP side ----------------------------------------------------------------

    @property
    def smtp(self) -> LocalSmtpServer:
        if self._smtp is None:
            raise MailError("the local mail system is not running: use 'async with'")
        return self._smtp

    @property
    def delivered(self) -> list[DeliveredMessage]:
        return self.smtp.delivered

    async def wait_for_deliveries(self, count: int, timeout: float = 10.0,
                                  ) -> list[DeliveredMessage]:
        return await self.smtp.wait_for_deliveries(count, timeout)

    def fail_next(self, code: int, message: str, count: int = 1, *,
                  at: Stage = "rcpt") -> None:
        self.smtp.fail_next(code, message, count, at=at)

    # --- faults -------------------------------------------------------------------

    async def kick(self, user: str) -> None:
        """Drop ``user``'s IMAP connections mid-session."""
        await self.imap_server.kick(user)

    async def restart_imap(self) -> None:
        """Restart the IMAP server: clients are dropped, mail is kept, UIDVALIDITY changes."""
        await self.imap_server.restart()

    # --- lifecycle ----------------------------------------------------------------

    async def _start(self, folder: Path) -> None:
        self._cert = make_self_signed(folder) if self._tls else None
        self._imap = self._new_imap(folder)
        await self._imap.start()
        for name, password in self._initial_users.items():
            await self.add_user(name, password)
        self._smtp = LocalSmtpServer(self._deliver, self._passwords.__contains__, self._cert,
                                     self.bearer_tokens)
        await self._smtp.start()

    def _new_imap(self, folder: Path) -> _ImapServer:
        if self._kind == "dovecot":
            folder.chmod(0o755)  # Dovecot's auth and mail processes run as other users
            dovecot_folder = folder / "dovecot"
            dovecot_folder.mkdir()
            return DovecotServer(dovecot_folder, self._cert)
        return PymapServer(self._cert, hide=self._hide, tokens=self.bearer_tokens)

    async def _deliver(self, user: str, raw: bytes) -> None:
        await append_messages(self.imap_settings(user), [raw])

    async def _shutdown(self) -> None:
        if self._smtp is not None:
            await self._smtp.stop()
        if self._imap is not None:
            await self._imap.stop()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._smtp = self._imap = self._folder = None

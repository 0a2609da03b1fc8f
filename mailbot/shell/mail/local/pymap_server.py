"""pymap's in-memory IMAP server, run inside this process on 127.0.0.1.

pymap's own command line creates a single user and offers only STARTTLS, which
aioimaplib cannot use; here the same parts are wired by hand so that several users
exist and TLS, when asked for, is implicit (as on port 993).
"""

from __future__ import annotations

import asyncio
from argparse import Namespace
from contextlib import AsyncExitStack, suppress

from proxyprotocol.reader import ProxyProtocolReader
from proxyprotocol.sock import SocketInfo
from proxyprotocol.version import ProxyProtocolVersion
from pymap.backend.dict import Config, Identity
from pymap.backend.dict.mailbox import MailboxSet
from pymap.concurrent import Subsystem
from pymap.context import connection_exit
from pymap.imap.state import ConnectionState
from pymap.parsing.commands import Commands
from pymap.user import Passwords, UserMetadata
from pysasl import SASLAuth
from pysasl.hashing import BuiltinHash

from mailbot.shell.mail.local.tls_cert import CertPair, server_tls_context
from mailbot.shell.mail.local.xoauth2 import (
    AuthenticateWithInitialResponse,
    BearerLogin,
    SaslIrConnection,
    Tokens,
    sasl_with_xoauth2,
)

# Fast password hashing: these users exist only for tests and the demo.
_HASH_ROUNDS = 1000


class PymapServer:
    """One listening socket over a dict backend whose users and mail live in memory."""

    def __init__(self, cert: CertPair | None, *, hide: frozenset[str] = frozenset(),
                 tokens: Tokens | None = None) -> None:
        """``hide`` drops capabilities from the server's list (e.g. IDLE, MOVE), to test
        the fallbacks clients use on servers without them. ``tokens`` turns on
        AUTHENTICATE XOAUTH2, accepting those bearer tokens per user."""
        self.host = "127.0.0.1"
        self.port = 0
        self._tls = server_tls_context(cert)
        self._config = _Config(hide, xoauth2=tokens is not None)
        self._login = BearerLogin(self._config, tokens or {})
        self._server: asyncio.Server | None = None
        self._open: dict[asyncio.StreamWriter, ConnectionState] = {}

    @property
    def uses_tls(self) -> bool:
        return self._tls is not None

    async def start(self) -> None:
        """Listen on a free port, or on the port of a previous start."""
        self._config.apply_context()
        callback = ProxyProtocolReader(self._config.proxy_protocol).get_callback(self._serve)
        self._server = await asyncio.start_server(
            callback, self.host, self.port, ssl=self._tls
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop listening and drop every client, as a crashed server would."""
        if self._server is not None:
            self._server.close()
            for writer in list(self._open):
                writer.close()
            await self._server.wait_closed()
            self._server = None

    async def restart(self) -> None:
        """Restart with fresh mailboxes: mail is kept, but UIDs and UIDVALIDITY change.

        A real pymap process would lose its in-memory mail on restart; keeping it under a
        new UIDVALIDITY reproduces a server that rebuilt its index, the case a client
        must resync from without reprocessing.
        """
        await self.stop()
        cache = self._config.set_cache
        for user, (mailboxes, filters) in list(cache.items()):
            cache[user] = (await _rebuilt(mailboxes), filters)
        await self.start()

    async def add_user(self, name: str, password: str) -> None:
        hashed = await Passwords(self._config).hash_password(password)
        identity = Identity(name, self._login, None, frozenset())
        await identity.set(UserMetadata(self._config, name, password=hashed))

    @property
    def oauth_logins(self) -> int:
        return self._login.oauth_logins

    async def kick(self, user: str) -> None:
        """Close every connection logged in as ``user``."""
        for writer, state in list(self._open.items()):
            with suppress(Exception):  # ``session`` raises before login
                if state.session.owner == user:
                    writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     sock_info: SocketInfo) -> None:
        # What pymap's IMAPServer.__call__ does, plus a registry for kick().
        conn = SaslIrConnection(self._config.commands, self._config, reader, writer, sock_info)
        state = ConnectionState(self._login, self._config)
        self._open[writer] = state
        try:
            async with AsyncExitStack() as stack:
                connection_exit.set(stack)
                await conn.run(state)
        finally:
            del self._open[writer]
            conn.close()


async def _rebuilt(old: MailboxSet) -> MailboxSet:
    """The same mailboxes and mail, in new mailboxes that get a new UIDVALIDITY."""
    new = MailboxSet()
    for entry in (await old.list_mailboxes()).list():
        if entry.name.upper() != "INBOX":
            await new.add_mailbox(entry.name)
        source, target = await old.get_mailbox(entry.name), await new.get_mailbox(entry.name)
        async for message in source.messages():
            await source.copy(message.uid, target)
    return new


class _Config(Config):
    def __init__(self, hide: frozenset[str], *, xoauth2: bool = False) -> None:
        super().__init__(
            Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None),
            host="127.0.0.1",
            port=0,
            demo_data=False,
            demo_user="",
            demo_password="",
            tls_enabled=False,  # no STARTTLS: TLS, when used, is implicit on the socket
            hash_context=BuiltinHash(rounds=_HASH_ROUNDS),
            cpu_subsystem=Subsystem.for_asyncio(),
            proxy_protocol=ProxyProtocolVersion.get(None),
            invalid_user_sleep=0.0,
            reject_dnsbl=False,
        )
        self._hidden = {name.encode() for name in hide}
        self._xoauth2 = xoauth2
        self._commands = Commands()
        self._commands.register(AuthenticateWithInitialResponse)

    @property
    def commands(self) -> Commands:
        return self._commands

    @property
    def tls_auth(self) -> SASLAuth:
        return sasl_with_xoauth2() if self._xoauth2 else SASLAuth.defaults()

    @property
    def login_capability(self) -> list[bytes]:
        return [cap for cap in super().login_capability if cap not in self._hidden]

"""The benchmark's mail servers: in this process, or in a child process of their own.

The child is ``loop.py --serve-mail KIND`` (``serve_mail``): it reads the users as JSON on
stdin, prints where the servers listen, and stops at EOF.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal, Protocol

from harness.measure import status_kb
from mailbot.demo.environment import BOT_USER
from mailbot.shell.mail.imap_inbox import ImapSettings
from mailbot.shell.mail.local.mailbox_admin import append_messages
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpSettings

LOOP_SCRIPT = Path(__file__).resolve().parent.parent / "loop.py"


class MailHost(Protocol):
    def imap_settings(self, user: str, *, mailbox: str = "INBOX") -> ImapSettings: ...
    def smtp_settings(self) -> SmtpSettings: ...
    async def append_many(self, user: str, raws: list[bytes], mailbox: str = "INBOX") -> None: ...


class ChildMailHost:
    """``LocalMailSystem`` run by ``loop.py --serve-mail KIND`` in a child process."""

    def __init__(self, kind: str, users: dict[str, str]) -> None:
        self.kind = kind
        self.users = users
        self._process: subprocess.Popen[str] | None = None
        self._info: dict[str, Any] = {}

    async def __aenter__(self) -> ChildMailHost:
        self._process = subprocess.Popen(
            [sys.executable, str(LOOP_SCRIPT), "--serve-mail", self.kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(self.users) + "\n")
        self._process.stdin.flush()
        loop = asyncio.get_running_loop()
        line = await asyncio.wait_for(
            loop.run_in_executor(None, self._process.stdout.readline), 60
        )
        if not line:
            await self.__aexit__(None, None, None)
            raise RuntimeError("the mail-server child process exited before it was ready")
        self._info = json.loads(line)
        return self

    async def __aexit__(self, *exc: object) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            assert process.stdin is not None
            process.stdin.close()  # EOF: the child shuts its servers down and exits
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(loop.run_in_executor(None, process.wait), 30)
        except TimeoutError:
            process.terminate()
            try:
                await asyncio.wait_for(loop.run_in_executor(None, process.wait), 10)
            except TimeoutError:
                process.kill()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def peak_rss_mb(self) -> float:
        return status_kb("VmHWM", self.pid) / 1024 if self.pid else 0.0

    def imap_settings(self, user: str, *, mailbox: str = "INBOX") -> ImapSettings:
        imap = self._info["imap"]
        return ImapSettings(
            host=imap["host"], port=imap["port"], username=user, password=self.users[user],
            mailbox=mailbox, security="plain", timeout=10.0,
        )

    def smtp_settings(self) -> SmtpSettings:
        smtp = self._info["smtp"]
        return SmtpSettings(host=smtp["host"], port=smtp["port"], security="plain", timeout=10.0)

    async def append_many(self, user: str, raws: list[bytes], mailbox: str = "INBOX") -> None:
        await append_messages(self.imap_settings(user), raws, mailbox)


def imap_kind(kind: str) -> Literal["pymap", "dovecot"]:
    return "dovecot" if kind == "dovecot" else "pymap"


async def serve_mail(kind: str) -> None:
    """The child: run the servers, print where they listen, stop at EOF on stdin."""
    users = json.loads(sys.stdin.readline())
    async with LocalMailSystem(users, imap=imap_kind(kind)) as mail:
        imap, smtp = mail.imap_settings(BOT_USER), mail.smtp_settings()
        info = {"imap": {"host": imap.host, "port": imap.port},
                "smtp": {"host": smtp.host, "port": smtp.port}}
        print(json.dumps(info), flush=True)
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        eof = loop.run_in_executor(None, sys.stdin.read)
        waiter = asyncio.ensure_future(stop.wait())
        await asyncio.wait({eof, waiter}, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        mail.smtp.delivered.clear()


@contextlib.asynccontextmanager
async def mail_host(kind: str, where: str, users: dict[str, str]) -> AsyncIterator[MailHost]:
    if where == "inproc":
        async with LocalMailSystem(users, imap=imap_kind(kind)) as mail:
            yield mail
    else:
        async with ChildMailHost(kind, users) as child:
            yield child



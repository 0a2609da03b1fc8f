"""Real mail servers on 127.0.0.1 for the transport tests: pymap always, Dovecot when installed."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Callable

import pytest

from mailbot.shell.mail.local.dovecot import dovecot_available
from mailbot.shell.mail.local.servers import ImapKind, LocalMailSystem

USERS = {"buyer": "buyer-secret", "acme": "acme-secret"}

BACKENDS = ["pymap", pytest.param("dovecot", marks=pytest.mark.dovecot)]


def require(available: bool, what: str) -> None:
    """Skip when a server program is missing, except in CI, where that is a setup bug."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing in CI: .ci/install-services should install it")
    pytest.skip(f"{what} is not installed")


def start(kind: ImapKind, *, tls: bool = False,
          hide_imap: frozenset[str] = frozenset()) -> LocalMailSystem:
    if kind == "dovecot":
        require(dovecot_available(), "Dovecot")
    if tls:
        require(shutil.which("openssl") is not None, "openssl")
    return LocalMailSystem(USERS, imap=kind, tls=tls, hide_imap=hide_imap)


@pytest.fixture(params=BACKENDS)
async def mail_system(request: pytest.FixtureRequest) -> AsyncIterator[LocalMailSystem]:
    async with start(request.param) as mail:
        yield mail


@pytest.fixture(params=BACKENDS)
async def tls_mail_system(request: pytest.FixtureRequest) -> AsyncIterator[LocalMailSystem]:
    async with start(request.param, tls=True) as mail:
        yield mail


@pytest.fixture
async def pymap_system() -> AsyncIterator[LocalMailSystem]:
    async with start("pymap") as mail:
        yield mail


@pytest.fixture
def local_mail() -> Callable[..., LocalMailSystem]:
    """Build an unstarted mail system: ``async with local_mail("pymap", tls=True) as mail``."""
    return start


@pytest.fixture
def make_message() -> Callable[[int], bytes]:
    """Distinct, CRLF-terminated messages with a parenthesis in the subject."""
    return _message


def _message(number: int) -> bytes:
    return (
        f"From: supplier{number}@example.com\r\nTo: buyer@example.com\r\n"
        f"Subject: Offer ({number}\r\nMessage-ID: <{number}@example.com>\r\n\r\n"
        f"Body of message {number}.\r\n"
    ).encode()

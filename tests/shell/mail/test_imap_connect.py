"""Connecting: typed errors for bad passwords and bad certificates, no clear text off-host."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from pathlib import Path

import pytest

from mailbot.shell.mail.errors import (
    ImapConnectionError,
    ImapLoginError,
    ImapTlsError,
    MailSecurityError,
)
from mailbot.shell.mail.imap_inbox import ImapInbox, ImapSettings
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.local.tls_cert import make_self_signed


async def test_wrong_password_is_a_login_error(mail_system: LocalMailSystem) -> None:
    settings = dataclasses.replace(mail_system.imap_settings("buyer"), password="wrong")
    with pytest.raises(ImapLoginError, match="refused login for 'buyer'"):
        await ImapInbox(settings).connect()


async def test_implicit_tls_with_the_custom_ca(tls_mail_system: LocalMailSystem,
                                              make_message) -> None:
    await tls_mail_system.append("buyer", make_message(7))
    settings = tls_mail_system.imap_settings("buyer")
    assert settings.security == "tls"
    async with ImapInbox(settings) as inbox:
        assert (await inbox.select()).exists == 1


async def test_untrusted_certificate_is_a_tls_error_naming_host_and_fix(
        tls_mail_system: LocalMailSystem, tmp_path: Path) -> None:
    other_ca = make_self_signed(tmp_path).cert
    settings = dataclasses.replace(tls_mail_system.imap_settings("buyer"), ca_file=other_ca)
    with pytest.raises(ImapTlsError) as caught:
        await ImapInbox(settings).connect()
    text = str(caught.value)
    assert f"127.0.0.1:{settings.port}" in text
    assert "did not verify" in text
    assert "ca_file" in text


async def test_unreachable_server_is_a_connection_error(tmp_path: Path) -> None:
    settings = ImapSettings("127.0.0.1", 1, "buyer", "pw", security="plain", timeout=5)
    expected = re.escape("cannot reach IMAP server 127.0.0.1:1")
    with pytest.raises(ImapConnectionError, match=expected):
        await ImapInbox(settings).connect()


async def test_a_server_that_never_greets_fails_soon_not_at_the_command_timeout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A server caught shutting down takes the connection and says nothing: waiting the
    full command timeout for its greeting stalled the poll after an IMAP restart."""
    held: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)  # accept, never greet

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    monkeypatch.setattr("mailbot.shell.mail.imap_inbox.GREETING_TIMEOUT_S", 0.3)
    settings = ImapSettings("127.0.0.1", port, "buyer", "pw", security="plain", timeout=60)
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(ImapConnectionError, match="no greeting in time"):
            await ImapInbox(settings).connect()
        assert asyncio.get_running_loop().time() - started < 10  # not the 60 s timeout
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


@pytest.mark.parametrize("host", ["mail.example.com", "10.0.0.5"])
def test_plain_text_is_refused_off_this_machine(host: str) -> None:
    with pytest.raises(MailSecurityError, match=f"refused for host '{host}'"):
        ImapSettings(host, 143, "buyer", "pw", security="plain")


def test_password_stays_out_of_repr() -> None:
    assert "s3cret" not in repr(ImapSettings("localhost", 993, "buyer", "s3cret"))

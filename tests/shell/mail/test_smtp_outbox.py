"""Sending: delivery, refusals sorted into transient and permanent, one reused connection."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from mailbot.shell.mail.errors import (
    MailSecurityError,
    PermanentSendError,
    SmtpTlsError,
    TransientSendError,
)
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.local.tls_cert import make_self_signed
from mailbot.shell.mail.send_retry import send_with_retry
from mailbot.shell.mail.smtp_outbox import SmtpOutbox, SmtpSettings

RAW = b"From: bot@example.com\r\nTo: acme@example.com\r\nSubject: Offer\r\n\r\nHello.\r\n"


async def test_sent_mail_is_recorded_and_lands_in_the_mailbox(
        mail_system: LocalMailSystem) -> None:
    async with SmtpOutbox(mail_system.smtp_settings()) as outbox:
        receipt = await outbox.send(RAW, sender="bot@example.com",
                                    recipients=["acme@example.com"])
    assert receipt.accepted == ("acme@example.com",)
    assert receipt.refused == ()
    [delivered] = mail_system.delivered
    assert (delivered.sender, delivered.recipients, delivered.raw) == (
        "bot@example.com", ("acme@example.com",), RAW)
    assert await mail_system.messages("acme") == [RAW]


async def test_plus_address_lands_with_the_user(pymap_system: LocalMailSystem) -> None:
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        await outbox.send(RAW, sender="acme@example.com", recipients=["Buyer+k3y@example.com"])
    assert await pymap_system.messages("buyer") == [RAW]


async def test_partial_refusal_is_in_the_receipt(pymap_system: LocalMailSystem) -> None:
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        receipt = await outbox.send(RAW, sender="bot@example.com",
                                    recipients=["acme@example.com", "ghost@example.com"])
    assert receipt.accepted == ("acme@example.com",)
    [refusal] = receipt.refused
    assert (refusal.recipient, refusal.code) == ("ghost@example.com", 550)


@pytest.mark.parametrize("stage", ["rcpt", "data"])
async def test_451_is_transient_and_retried(pymap_system: LocalMailSystem, stage) -> None:
    pymap_system.fail_next(451, "4.3.0 try again later", count=2, at=stage)
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        with pytest.raises(TransientSendError) as caught:
            await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
        assert caught.value.code == 451
        receipt = await send_with_retry(outbox, RAW, sender="bot@example.com",
                                        recipients=["acme@example.com"], backoff=0.01)
    assert receipt.accepted == ("acme@example.com",)
    assert len(pymap_system.delivered) == 1


async def test_550_is_permanent_and_not_retried(pymap_system: LocalMailSystem) -> None:
    pymap_system.fail_next(550, "5.7.1 rejected by policy", at="data")
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        # Had it retried, the second attempt would have been accepted.
        with pytest.raises(PermanentSendError) as caught:
            await send_with_retry(outbox, RAW, sender="bot@example.com",
                                  recipients=["acme@example.com"], backoff=0.01)
    assert (caught.value.code, caught.value.reply) == (550, "5.7.1 rejected by policy")
    assert pymap_system.delivered == []


async def test_every_recipient_refused_is_permanent(pymap_system: LocalMailSystem) -> None:
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        with pytest.raises(PermanentSendError, match=re.escape("ghost@example.com: 550")):
            await outbox.send(RAW, sender="bot@example.com", recipients=["ghost@example.com"])


async def test_one_connection_serves_many_sends(pymap_system: LocalMailSystem) -> None:
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        for _ in range(5):
            await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
    assert pymap_system.smtp.connections_opened == 1
    assert len(pymap_system.delivered) == 5


async def test_reconnects_after_the_server_drops_the_connection(
        pymap_system: LocalMailSystem) -> None:
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
        pymap_system.smtp.drop_connections()
        await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
    assert pymap_system.smtp.connections_opened == 2
    assert len(pymap_system.delivered) == 2


async def test_421_closes_the_line_and_the_retry_reconnects(
        pymap_system: LocalMailSystem) -> None:
    pymap_system.fail_next(421, "4.3.2 shutting down")
    async with SmtpOutbox(pymap_system.smtp_settings()) as outbox:
        receipt = await send_with_retry(outbox, RAW, sender="bot@example.com",
                                        recipients=["acme@example.com"], backoff=0.01)
    assert receipt.accepted == ("acme@example.com",)
    assert pymap_system.smtp.connections_opened == 2


async def test_starttls_with_the_custom_ca(local_mail) -> None:
    async with local_mail("pymap", tls=True) as mail:
        settings = mail.smtp_settings()
        assert settings.security == "starttls"
        async with SmtpOutbox(settings) as outbox:
            await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
        assert len(mail.delivered) == 1


async def test_untrusted_certificate_is_a_tls_error(local_mail, tmp_path: Path) -> None:
    async with local_mail("pymap", tls=True) as mail:
        other_ca = make_self_signed(tmp_path).cert
        settings = dataclasses.replace(mail.smtp_settings(), ca_file=other_ca)
        expected = re.escape(f"127.0.0.1:{settings.port}") + ".*did not verify"
        async with SmtpOutbox(settings) as outbox:
            with pytest.raises(SmtpTlsError, match=expected):
                await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])
        assert mail.delivered == []


async def test_unreachable_server_is_transient() -> None:
    settings = SmtpSettings("127.0.0.1", 1, security="plain", timeout=5)
    async with SmtpOutbox(settings) as outbox:
        with pytest.raises(TransientSendError, match=re.escape("127.0.0.1:1")):
            await outbox.send(RAW, sender="bot@example.com", recipients=["acme@example.com"])


def test_plain_smtp_is_refused_off_this_machine() -> None:
    with pytest.raises(MailSecurityError, match="SMTP security 'plain'"):
        SmtpSettings("smtp.example.com", 25, security="plain")

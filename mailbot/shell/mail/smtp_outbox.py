"""Sending over one long-lived SMTP connection, with every failure sorted into
transient (retry later) or permanent (escalate).

The connection is probed with NOOP before each send and reopened if the server dropped
it while idle; this keeps the resend decision with the caller: a send that fails after
the message may have reached the server is reported, never silently repeated here.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

import aiosmtplib

from mailbot.shell.mail.auth import TokenSource
from mailbot.shell.mail.errors import (
    MailError,
    PermanentSendError,
    SendError,
    SmtpLoginError,
    SmtpTlsError,
    TransientSendError,
)
from mailbot.shell.mail.security import (
    client_tls_context,
    require_local_for_plain,
    tls_failure_hint,
)

# A connection that answered this recently is used without a NOOP probe first; if it was
# dropped in that window, the send is tried once more on a fresh connection.
FRESH_SECONDS = 5.0


class _StaleConnection(Exception):
    """The unprobed connection was found closed before the server took the message."""


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    security: Literal["starttls", "tls", "plain"] = "starttls"
    ca_file: Path | None = None
    timeout: float = 30.0
    token: TokenSource | None = field(default=None, repr=False, compare=False)  # XOAUTH2

    def __post_init__(self) -> None:
        if self.security == "plain":
            require_local_for_plain("SMTP", self.host)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Refusal:
    recipient: str
    code: int
    message: str


@dataclass(frozen=True, slots=True)
class SendReceipt:
    """The server took the message for ``accepted``; ``refused`` did not get it."""

    accepted: tuple[str, ...]
    refused: tuple[Refusal, ...]
    reply: str


class SmtpOutbox:
    """Sends are serialised on one connection, opened on first use and reopened when lost."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()
        self._last_used = 0.0  # monotonic time of the last command that got an answer

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open (or probe) the connection and log in, without sending anything."""
        async with self._lock:
            await self._connection()
            self._last_used = time.monotonic()

    async def send(self, raw: bytes, *, sender: str, recipients: Sequence[str]) -> SendReceipt:
        """Send ``raw`` as is; raises TransientSendError or PermanentSendError for this
        message, SmtpUnusableError when the server cannot be used at all (TLS, login)."""
        async with self._lock:
            try:
                refused, reply = await self._sendmail(sender, recipients, raw)
            except _StaleConnection:  # dropped since its last answer: once more, afresh
                refused, reply = await self._sendmail(sender, recipients, raw)
            self._last_used = time.monotonic()
        return _receipt(recipients, refused, reply)

    async def _sendmail(self, sender: str, recipients: Sequence[str], raw: bytes
                        ) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
        unprobed = self._smtp is not None and self._recently_used()
        smtp = await self._connection()
        try:
            return await smtp.sendmail(sender, list(recipients), raw)
        except (aiosmtplib.SMTPException, OSError) as exc:
            await self._drop_if_disconnected(exc)
            if unprobed and isinstance(exc, aiosmtplib.SMTPServerDisconnected):
                self._last_used = 0.0  # the retry probes, or reconnects
                raise _StaleConnection from exc
            raise _classify(exc, self.settings) from exc

    async def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None and smtp.is_connected:
            try:
                await asyncio.wait_for(smtp.quit(), min(self.settings.timeout, 5.0))
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                smtp.close()

    async def _connection(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected and self._recently_used():
            return self._smtp  # answered a moment ago: skip the NOOP round trip
        if self._smtp is not None and await _alive(self._smtp):
            return self._smtp
        await self.close()
        smtp = _client(self.settings)
        try:
            await smtp.connect()
            if self.settings.token is not None:
                await self._login_with_token(smtp, self.settings.token)
        except (aiosmtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise _classify(exc, self.settings) from exc
        except MailError:
            smtp.close()
            raise
        self._smtp = smtp
        return smtp

    async def _login_with_token(self, smtp: aiosmtplib.SMTP, source: TokenSource) -> None:
        """AUTH XOAUTH2; a refused token is dropped and a fresh one tried, once."""
        where, user = f"SMTP server {self.settings.address}", self.settings.username or ""
        if smtp.last_ehlo_response is None:
            await smtp.ehlo()  # after STARTTLS the server's AUTH list must be asked again
        if "xoauth2" not in smtp.server_auth_methods:
            offered = ", ".join(smtp.server_auth_methods) or "no AUTH at all"
            raise SmtpLoginError(
                f"{where} does not offer AUTH XOAUTH2 (it offers {offered}). Exchange Online "
                "turns SMTP AUTH off per mailbox or tenant: Set-CASMailbox "
                "-SmtpClientAuthenticationDisabled $false"
            )
        refusal: aiosmtplib.SMTPAuthenticationError | None = None
        for _attempt in (1, 2):
            try:
                await smtp.auth_xoauth2(user, await source.token())
                return
            except aiosmtplib.SMTPAuthenticationError as exc:
                source.refused()
                refusal = exc
        assert refusal is not None
        raise SmtpLoginError(
            f"{where} refused the OAuth2 token from provider {source.provider!r} for mailbox "
            f"{user!r} (twice, the second freshly fetched): {refusal.code} {refusal.message}. "
            f"Likely cause: {source.refusal_hint}."
        )

    def _recently_used(self) -> bool:
        return time.monotonic() - self._last_used < FRESH_SECONDS

    async def _drop_if_disconnected(self, exc: BaseException) -> None:
        if isinstance(exc, aiosmtplib.SMTPServerDisconnected | TimeoutError):
            await self.close()


async def _alive(smtp: aiosmtplib.SMTP) -> bool:
    """A NOOP round trip: the cheap way to find a connection the server closed while idle."""
    if not smtp.is_connected:
        return False
    try:
        await smtp.noop()
    except (aiosmtplib.SMTPException, OSError):
        return False
    return True


def _client(settings: SmtpSettings) -> aiosmtplib.SMTP:
    tls = settings.security != "plain"
    with_password = settings.token is None  # a token logs in after connecting
    return aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.port,
        username=settings.username if with_password else None,
        password=settings.password if with_password else None,
        use_tls=settings.security == "tls",
        start_tls=settings.security == "starttls",  # required, never opportunistic
        tls_context=client_tls_context(settings.ca_file) if tls else None,
        timeout=settings.timeout,
    )


def _receipt(recipients: Sequence[str], refused: dict[str, aiosmtplib.SMTPResponse],
             reply: str) -> SendReceipt:
    refusals = tuple(Refusal(rcpt, r.code, r.message) for rcpt, r in refused.items())
    accepted = tuple(rcpt for rcpt in recipients if rcpt not in refused)
    return SendReceipt(accepted, refusals, reply)


def _classify(exc: BaseException, settings: SmtpSettings) -> MailError:
    """Sort an aiosmtplib failure into the error the caller acts on."""
    where = f"SMTP server {settings.address}"
    if cert_error := _cert_failure(exc):
        hint = tls_failure_hint(settings.host, settings.port, settings.ca_file, cert_error)
        return SmtpTlsError(hint)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return _all_refused(exc, where)
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return SmtpLoginError(
            f"{where} refused the login for {settings.username!r}: {exc.code} {exc.message}. "
            f"Check the SMTP username and password.")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        kind = TransientSendError if 400 <= exc.code < 500 else PermanentSendError
        return kind(f"{where} answered {exc.code} {exc.message}", code=exc.code,
                    reply=exc.message)
    return TransientSendError(f"{where} unreachable or connection lost: {exc}")


def _all_refused(exc: aiosmtplib.SMTPRecipientsRefused, where: str) -> SendError:
    details = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
    codes = [r.code for r in exc.recipients]
    kind = PermanentSendError if all(code >= 500 for code in codes) else TransientSendError
    return kind(f"{where} refused every recipient ({details})", code=max(codes, default=None),
                reply=details)


def _cert_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None

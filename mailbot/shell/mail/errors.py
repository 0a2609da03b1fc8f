"""Typed mail-transport faults, each carrying what the operator needs to act.

Transient faults (the caller retries later) and permanent ones (the caller escalates)
are separate classes, so no caller has to parse server text to decide.
"""

from __future__ import annotations


class MailError(Exception):
    """Base class of every mail-transport fault."""


class MailSecurityError(MailError):
    """A configuration would send credentials or mail in clear text off this machine."""


class ImapError(MailError):
    """Base class of IMAP faults."""


class ImapConnectionError(ImapError):
    """The IMAP server could not be reached, or the connection was lost: reconnect."""


class ImapTlsError(ImapConnectionError):
    """The TLS handshake failed, usually because the certificate did not verify."""


class ImapLoginError(ImapError):
    """The server refused the username and password, or the OAuth2 token."""


class ImapCommandError(ImapError):
    """The server answered NO or BAD to a command."""


class SendError(MailError):
    """An SMTP send failed; ``code`` and ``reply`` are the server's own words."""

    def __init__(self, message: str, *, code: int | None = None, reply: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.reply = reply


class TransientSendError(SendError):
    """4xx replies, timeouts and dropped connections: the same send may succeed later."""


class PermanentSendError(SendError):
    """5xx replies or every recipient refused: retrying will not help; escalate."""


class SmtpUnusableError(MailError):
    """The SMTP server cannot be used at all until an admin acts (certificate, login).

    Not a SendError: no message is at fault, so none is failed or escalated; the runner
    reports it once and tries again after a long pause.
    """


class SmtpTlsError(SmtpUnusableError):
    """The SMTP server's certificate did not verify: fix the CA or the host name."""


class SmtpLoginError(SmtpUnusableError):
    """The SMTP server refused the username and password, or the OAuth2 token."""


class TokenError(MailError):
    """An OAuth2 provider gave no access token; the message names the provider and the fix."""


# Faults that repeat identically until someone changes the configuration or the server:
# reported once and retried with a long backoff instead of every few seconds.
PERMANENT_FAULTS: tuple[type[MailError], ...] = (
    ImapTlsError, ImapLoginError, SmtpUnusableError, TokenError, MailSecurityError,
)

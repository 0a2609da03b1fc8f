"""Google Workspace tokens through google-auth: a service account acting for the mailbox
(domain-wide delegation), or the refresh token from a one-time ``mailbot auth google``.

google-auth blocks, so each refresh runs in a worker thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mailbot.shell.mail.auth.tokens import AccessToken, BlockingFetch
from mailbot.shell.mail.errors import TokenError

SCOPE = "https://mail.google.com/"
TOKEN_URI = "https://oauth2.googleapis.com/token"

SERVICE_ACCOUNT_HINT = (
    "the service account's client ID lacks domain-wide delegation for "
    "https://mail.google.com/ (Admin console > Security > API controls), or IMAP is off "
    "for this user"
)
REFRESH_TOKEN_HINT = (
    "the refresh token was revoked or expired (a Google Cloud app in testing mode keeps "
    "them 7 days): run `mailbot auth google` again"
)


@dataclass(frozen=True)
class GoogleServiceAccountTokens(BlockingFetch):
    key_file: Path
    mailbox: str  # the user the service account acts for (``with_subject``)
    scope: str = SCOPE
    http_session: Any = None  # a requests.Session; tests pass one that trusts their CA

    def acquire(self) -> AccessToken:
        from google.oauth2 import service_account

        try:
            info = json.loads(self.key_file.read_text(encoding="utf-8"))
            credentials = service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
                info, scopes=[self.scope]
            ).with_subject(self.mailbox)
        except (OSError, ValueError, KeyError) as error:
            raise TokenError(
                f"auth.service_account_file {self.key_file}: not a service account key "
                f"({error}); download a JSON key of the service account"
            ) from None
        return _refresh(credentials, self.http_session,
                        f"Google refused a token to service account {info.get('client_email')} "
                        f"for {self.mailbox}")


@dataclass(frozen=True)
class GoogleRefreshTokens(BlockingFetch):
    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    token_uri: str = TOKEN_URI
    scope: str = SCOPE
    http_session: Any = None

    def acquire(self) -> AccessToken:
        from google.oauth2.credentials import Credentials

        credentials = Credentials(  # type: ignore[no-untyped-call]
            None, refresh_token=self.refresh_token, token_uri=self.token_uri,
            client_id=self.client_id, client_secret=self.client_secret, scopes=[self.scope],
        )
        return _refresh(credentials, self.http_session,
                        f"Google refused to renew the token of OAuth client {self.client_id}")


def _refresh(credentials: Any, session: Any, refused: str) -> AccessToken:
    import google.auth.exceptions
    from google.auth.transport.requests import Request

    try:
        credentials.refresh(Request(session=session))
    except google.auth.exceptions.RefreshError as error:
        raise TokenError(f"{refused}: {_reason(error)}") from None
    except google.auth.exceptions.TransportError as error:
        raise TokenError(f"{refused}: the token endpoint is unreachable ({error})") from None
    expiry: datetime | None = credentials.expiry  # naive UTC, as google-auth keeps it
    lifetime = (expiry.replace(tzinfo=UTC) - datetime.now(UTC)).total_seconds() if expiry else 0
    return AccessToken(str(credentials.token), max(lifetime, 60.0))


def _reason(error: Exception) -> str:
    # RefreshError's args: (message, response body as dict or text)
    text = str(error.args[0]) if error.args else str(error)
    if "unauthorized_client" in text:
        return f"{text}. Likely cause: {SERVICE_ACCOUNT_HINT}"
    if "invalid_grant" in text:
        return f"{text}. Likely cause: {REFRESH_TOKEN_HINT}"
    return text

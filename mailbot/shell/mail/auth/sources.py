"""The token source an ``[imap.auth]`` or ``[smtp.auth]`` section names, one per distinct
section: when IMAP and SMTP are configured alike they share one cached token."""

from __future__ import annotations

from mailbot.shell.config import AuthConfig
from mailbot.shell.mail.auth import google, microsoft
from mailbot.shell.mail.auth.command import CommandTokens
from mailbot.shell.mail.auth.tokens import CachedToken, Fetch

COMMAND_HINT = "the token command printed a token the server does not accept for this mailbox"


class TokenSources:
    """Builds each section's ``CachedToken`` once."""

    def __init__(self) -> None:
        self._made: dict[tuple[AuthConfig, str], CachedToken] = {}

    def for_login(self, auth: AuthConfig, mailbox: str) -> CachedToken | None:
        """The token source of ``auth`` for ``mailbox``; None for password logins."""
        if auth.method == "password":
            return None
        key = (auth, mailbox)
        if key not in self._made:
            self._made[key] = token_source(auth, mailbox)
        return self._made[key]


def token_source(auth: AuthConfig, mailbox: str) -> CachedToken:
    fetch, hint = _fetcher(auth, mailbox)
    assert auth.provider is not None
    return CachedToken(auth.provider, fetch, refusal_hint=hint)


def _fetcher(auth: AuthConfig, mailbox: str) -> tuple[Fetch, str]:
    if auth.provider == "microsoft":
        assert auth.tenant_id and auth.client_id  # checked by AuthConfig
        return microsoft.MicrosoftTokens(
            tenant_id=auth.tenant_id,
            client_id=auth.client_id,
            client_secret=auth.client_secret.get_secret_value(),
            certificate_file=auth.certificate_file,
            authority_host=auth.authority_host,
            scope=auth.scope or microsoft.SCOPE,
        ), microsoft.REFUSAL_HINT
    if auth.provider == "google":
        scope = auth.scope or google.SCOPE
        if auth.service_account_file is not None:
            return google.GoogleServiceAccountTokens(
                auth.service_account_file, mailbox, scope
            ), google.SERVICE_ACCOUNT_HINT
        assert auth.client_id
        return google.GoogleRefreshTokens(
            client_id=auth.client_id,
            client_secret=auth.client_secret.get_secret_value(),
            refresh_token=auth.refresh_token.get_secret_value(),
            token_uri=auth.token_uri,
            scope=scope,
        ), google.REFRESH_TOKEN_HINT
    assert auth.command
    return CommandTokens(auth.command, mailbox, auth.token_lifetime_s), COMMAND_HINT

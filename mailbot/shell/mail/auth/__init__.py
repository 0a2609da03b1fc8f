"""OAuth2 access tokens for SASL XOAUTH2: where they come from and how long they are kept.

``tokens`` caches a token until shortly before it expires; ``command``, ``microsoft`` and
``google`` fetch one; ``sources`` picks the fetcher a configuration names.
"""

from mailbot.shell.mail.auth.tokens import AccessToken, CachedToken, TokenSource

__all__ = ["AccessToken", "CachedToken", "TokenSource"]

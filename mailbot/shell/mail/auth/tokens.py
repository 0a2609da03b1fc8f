"""An access token kept until shortly before it expires, fetched again once when refused.

Both the IMAP and the SMTP connection ask for a token on every login; the providers are
slow (an HTTPS round trip, or a program to run) and rate-limited, so one token is shared
until it is about to expire. A server that refuses it gets one fresh token, never a loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

# Renew this long before expiry (or at half the lifetime, for short-lived tokens), so a
# token never expires between being handed out and the server checking it.
RENEW_BEFORE_S = 300.0


@dataclass(frozen=True, slots=True)
class AccessToken:
    value: str = field(repr=False)
    lifetime_s: float  # as the provider said (expires_in), from the moment it was fetched


Fetch = Callable[[], Awaitable[AccessToken]]


class BlockingFetch:
    """A fetcher over a library that blocks (MSAL, google-auth): ``acquire`` runs in a
    worker thread, so the mail loop goes on while the token endpoint answers."""

    def acquire(self) -> AccessToken:
        raise NotImplementedError

    async def __call__(self) -> AccessToken:
        return await asyncio.to_thread(self.acquire)


class TokenSource(Protocol):
    """What a mail connection needs: a token, and a way to say the server refused it."""

    @property
    def provider(self) -> str: ...

    @property
    def refusal_hint(self) -> str: ...

    async def token(self) -> str: ...

    def refused(self) -> None: ...


class CachedToken:
    """A provider's token, cached; ``refused()`` drops it so the next ``token()`` fetches."""

    def __init__(self, provider: str, fetch: Fetch, *, refusal_hint: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._provider = provider
        self._fetch = fetch
        self._hint = refusal_hint
        self._clock = clock
        self._value: str | None = None
        self._renew_at = 0.0
        self._lock = asyncio.Lock()
        self.fetches = 0  # how many tokens were fetched: for tests and the status view

    @property
    def provider(self) -> str:
        return self._provider

    @property
    def refusal_hint(self) -> str:
        return self._hint

    async def token(self) -> str:
        async with self._lock:  # IMAP and SMTP logging in at once fetch one token
            if self._value is None or self._clock() >= self._renew_at:
                fetched = await self._fetch()
                self.fetches += 1
                margin = min(RENEW_BEFORE_S, fetched.lifetime_s / 2)
                self._value = fetched.value
                self._renew_at = self._clock() + fetched.lifetime_s - margin
            return self._value

    def refused(self) -> None:
        self._value = None

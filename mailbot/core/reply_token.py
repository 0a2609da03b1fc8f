"""Per-negotiation reply tokens: a plus-address that routes a reply to its negotiation.

A token is the negotiation key followed by a 10-character HMAC of it (base32, 50 bits),
all lowercase letters and digits, so it survives in an address local part and cannot be
made up for another negotiation without the secret. Pure: no I/O, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from email.utils import getaddresses

MAC_LENGTH = 10
MIN_SECRET_BYTES = 16
MAX_LOCAL_PART = 64  # RFC 5321
_KEY = re.compile(r"[a-z0-9]{1,40}")
# A whole run of letters and digits of a token's possible length.
_CANDIDATE = re.compile(
    rf"(?<![a-z0-9])[a-z0-9]{{{MAC_LENGTH + 1},{40 + MAC_LENGTH}}}(?![a-z0-9])", re.IGNORECASE
)
_DOMAIN_SEPARATOR = b"mailbot reply token v1\x00"


class ReplyTokens:
    """Issues and checks tokens with one secret; rotating the secret orphans open threads
    (their replies then match by References or sender, see issue 4)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the reply-token secret needs at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret

    def issue(self, negotiation_key: str) -> str:
        if not _KEY.fullmatch(negotiation_key):
            raise ValueError(
                f"negotiation key {negotiation_key!r} must be 1-40 lowercase letters or digits"
            )
        return negotiation_key + self._mac(negotiation_key)

    def verify(self, token: str) -> str | None:
        """The negotiation key the token was issued for, or None for anything else.

        Mail clients sometimes change the case of addresses; tokens are lowercase anyway.
        """
        token = token.lower()
        key, mac = token[:-MAC_LENGTH], token[-MAC_LENGTH:]
        if not _KEY.fullmatch(key) or len(mac) != MAC_LENGTH:
            return None
        return key if hmac.compare_digest(mac, self._mac(key)) else None

    def find_token(self, addresses: Iterable[str]) -> str | None:
        """The first verifying token among the plus-addresses in ``addresses`` (raw To,
        Cc or Delivered-To header values, each possibly listing several addresses)."""
        for _name, addr in getaddresses(list(addresses)):
            local = addr.rpartition("@")[0]
            if "+" in local:
                token = local.rpartition("+")[2].lower()
                if self.verify(token) is not None:
                    return token
        return None

    def redact(self, text: str) -> str:
        """``text`` with every verifying token replaced by ``<token>``, for log lines."""
        return _CANDIDATE.sub(lambda m: "<token>" if self.verify(m.group()) else m.group(), text)

    def plus_address(self, mailbox: str, token: str) -> str:
        """``buyer@x.com`` -> ``buyer+TOKEN@x.com``; a token that would not verify (and so
        never route a reply) is refused."""
        if self.verify(token) is None:
            raise ValueError("not a reply token issued with this secret")
        local, at, domain = mailbox.rpartition("@")
        if not at or not local or not domain:
            raise ValueError(f"{mailbox!r} is not an address like 'buyer@example.com'")
        tagged = f"{local}+{token}"
        if len(tagged) > MAX_LOCAL_PART:
            raise ValueError(  # the message leaves the token out: it may be logged
                f"'{local}+<token>' is longer than {MAX_LOCAL_PART} characters; use a shorter"
                " mailbox name or negotiation key"
            )
        return f"{tagged}@{domain}"

    def _mac(self, key: str) -> str:
        digest = hmac.new(self._secret, _DOMAIN_SEPARATOR + key.encode(), hashlib.sha256)
        return base64.b32encode(digest.digest()).decode().lower()[:MAC_LENGTH]

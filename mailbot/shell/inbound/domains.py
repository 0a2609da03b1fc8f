"""Organisational domains (DMARC, RFC 7489 §3.2) from the Public Suffix List.

The list ships inside the ``publicsuffixlist`` package and is read once, from the
package, never from the network: mail.boxco.example and boxco.example are one
organisation, while two sites under a public suffix (github.io) are not.
"""

from __future__ import annotations

from functools import cache

from publicsuffixlist import PublicSuffixList


@cache
def _list() -> PublicSuffixList:
    return PublicSuffixList()


@cache
def organisational_domain(domain: str) -> str:
    """The registrable domain of ``domain`` (itself when it is a public suffix)."""
    domain = domain.lower().strip(".")
    return _list().privatesuffix(domain) or domain

"""Whether our own receiving server authenticated the sender's domain (RFC 8601 + DMARC).

A pass counts only when all of these hold:
- the Authentication-Results header carries our server's ``authserv-id`` (anyone can
  write the header; RFC 8601 has our border server remove copies claiming its id);
- the method passed: ``dmarc``, ``dkim`` or ``spf``;
- the identity it passed for is aligned with the From address, as DMARC aligns (relaxed):
  ``header.from`` / ``header.d`` / ``smtp.mailfrom`` has the same organisational domain
  as the From domain. A DKIM pass for gmail.com says nothing about a From at boxco.example.

The organisational domain needs the Public Suffix List; the caller passes the lookup in,
so this module stays pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

OrganisationalDomain = Callable[[str], str]

# The identity each method vouches for, by preference.
_IDENTITIES: dict[str, tuple[str, ...]] = {
    "dmarc": ("header.from",),
    "dkim": ("header.d", "header.i"),
    "spf": ("smtp.mailfrom",),
}
_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9-]+)(?:/\d+)?\s*=\s*([a-z]+)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b([a-z]+\.[a-z-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MethodResult:
    method: str  # dmarc | dkim | spf | ...
    result: str  # pass | fail | none | ...
    identity: str | None  # the domain it was evaluated for, if stated


def results_of(header: str, authserv_id: str) -> tuple[MethodResult, ...]:
    """The method results of one Authentication-Results value, if our server wrote it."""
    text = _without_comments(header)
    server, _, rest = text.partition(";")
    words = server.split()  # the authserv-id, then an optional version number
    if not words or words[0].lower() != authserv_id.lower():
        return ()
    found = []
    for resinfo in rest.split(";"):
        matched = _RESULT.match(resinfo)
        if matched is None:
            continue
        method, result = matched.group(1).lower(), matched.group(2).lower()
        properties = {k.lower(): v.strip('"') for k, v in _PROPERTY.findall(resinfo)}
        identity = next(
            (properties[key] for key in _IDENTITIES.get(method, ()) if key in properties), None
        )
        found.append(MethodResult(method, result, _domain(identity) if identity else None))
    return tuple(found)


def aligned_pass(
    headers: Iterable[str],
    *,
    authserv_id: str,
    from_domain: str,
    organisational_domain: OrganisationalDomain,
) -> bool:
    """Whether our server saw a DMARC, DKIM or SPF pass aligned with ``from_domain``."""
    wanted = organisational_domain(from_domain.lower())
    for header in headers:
        for found in results_of(header, authserv_id):
            if (
                found.method in _IDENTITIES
                and found.result == "pass"
                and found.identity is not None
                and organisational_domain(found.identity) == wanted
            ):
                return True
    return False


def _without_comments(text: str) -> str:
    previous = None
    while previous != text:  # innermost first, so nested comments go too
        previous, text = text, _COMMENT.sub(" ", text)
    return text


def _domain(identity: str) -> str:
    """``sales@boxco.example`` or ``@boxco.example`` or ``boxco.example``: the domain."""
    return identity.rpartition("@")[2].strip().strip(".").lower()

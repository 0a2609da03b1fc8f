"""Pure readers for the IMAP responses aioimaplib hands back, and UID-set writing.

aioimaplib gives a response as a list of lines: ``bytes`` for protocol text, and for a
FETCH a ``bytearray`` literal between its header line and a closing line. These
functions hold the traps in one place: the literal's type, a UID that can come before or
after the literal, and ``UID SEARCH UID n:*`` returning the highest UID even below n.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_FETCH_HEAD = re.compile(rb"^\d+ FETCH \(")
_LITERAL_SIZE = re.compile(rb"\{(\d+)\}$")
_UID = re.compile(rb"\bUID (\d+)")
_CODE = re.compile(rb"\[(UIDVALIDITY|UIDNEXT) (\d+)\]")
_EXISTS = re.compile(rb"^(\d+) EXISTS$")


@dataclass(frozen=True, slots=True, order=True)
class FetchedMessage:
    uid: int
    raw: bytes


@dataclass(frozen=True, slots=True)
class MailboxState:
    """What SELECT reported; a changed ``uidvalidity`` means every stored UID is void."""

    uidvalidity: int
    uidnext: int | None
    exists: int


def parse_fetch(lines: Sequence[bytes | bytearray]) -> list[FetchedMessage]:
    """The messages in a ``UID FETCH (UID BODY.PEEK[])`` response, in UID order."""
    found: list[FetchedMessage] = []
    for index, line in enumerate(lines):
        if not (_FETCH_HEAD.match(line) and _LITERAL_SIZE.search(line)):
            continue
        literal = lines[index + 1] if index + 1 < len(lines) else b""
        closing = lines[index + 2] if index + 2 < len(lines) else b""
        uid = _uid(line) or _uid(closing)
        if uid is not None:
            found.append(FetchedMessage(uid, bytes(literal)))
    return sorted(found)


def parse_search(lines: Sequence[bytes | bytearray], *, above: int) -> list[int]:
    """UIDs from a UID SEARCH response, keeping only those above ``above``.

    The result is the line of bare numbers; other untagged lines (``5 EXISTS``) can be
    mixed into the same response and are skipped.
    """
    words = [w for line in lines for w in _search_words(line)]
    return sorted(uid for uid in map(int, words) if uid > above)


def parse_select(lines: Sequence[bytes | bytearray]) -> MailboxState:
    codes: dict[bytes, int] = {}
    exists = 0
    for line in lines:
        for name, value in _CODE.findall(line):
            codes[bytes(name)] = int(value)
        if match := _EXISTS.match(line):
            exists = int(match.group(1))
    if b"UIDVALIDITY" not in codes:
        raise ValueError("the server's SELECT response carried no UIDVALIDITY")
    return MailboxState(codes[b"UIDVALIDITY"], codes.get(b"UIDNEXT"), exists)


def uid_set(uids: Iterable[int]) -> str:
    """A compact UID set: ``[1, 2, 3, 7]`` -> ``"1:3,7"``."""
    runs: list[list[int]] = []
    for uid in sorted(set(uids)):
        if runs and uid == runs[-1][1] + 1:
            runs[-1][1] = uid
        else:
            runs.append([uid, uid])
    return ",".join(str(a) if a == b else f"{a}:{b}" for a, b in runs)


def quote_mailbox(name: str) -> str:
    """A mailbox name as an IMAP quoted string (names with spaces must be quoted)."""
    if not name.isascii():
        raise ValueError(f"mailbox name {name!r} is not ASCII (modified UTF-7 is not supported)")
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _search_words(line: bytes | bytearray) -> list[bytes]:
    words = bytes(line).removeprefix(b"SEARCH").split()
    return words if all(w.isdigit() for w in words) else []


def _uid(line: bytes | bytearray) -> int | None:
    match = _UID.search(line)
    return int(match.group(1)) if match else None

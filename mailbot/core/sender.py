"""Who sent an email: the RFC 5322 addr-spec of the From field, read from the raw header.

The display name is for people and never names the sender. Mail clients show it, so a
forger writes an address there: ``sales@supplier.example <someone@gmail.com>`` or the
same in an encoded-word. Python's address parsers take the first of those for the
address, so this module reads the raw field itself: inside angle brackets is the
addr-spec; without them, the whole field (comments removed) is. A display name that
holds an address other than the real one is a spoofing sign, and so is a From field
that names several mailboxes, or several From fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header

_ADDRESS_IN_TEXT = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_ADDR_SPEC = re.compile(r"^[^\s@<>()\[\],;:\"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"^from[ \t]*:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sender:
    """The sender's address (lower case; None without one valid mailbox), its display name
    as decoded, and the reason the From field looks forged, if it does."""

    address: str | None
    display_name: str
    spoof_sign: str | None = None


def sender_of(raw: bytes) -> Sender:
    """The sender of the raw message ``raw``; never raises."""
    fields = _from_fields(raw)
    if not fields:
        return Sender(None, "")
    sender = parse_from(fields[0])
    if len(fields) > 1:
        return Sender(sender.address, sender.display_name, "the message has several From fields")
    return sender


def parse_from(value: str) -> Sender:
    """One From field's value (unfolded, not decoded) as a ``Sender``."""
    mailboxes = _split_top_level(value)
    if len(mailboxes) != 1:
        return Sender(None, "", f"the From field names {len(mailboxes)} mailboxes")
    address, name = _mailbox(mailboxes[0])
    display = _decoded(name)
    if address is None:
        return Sender(None, display)
    shown = {a.lower() for a in _ADDRESS_IN_TEXT.findall(f"{name} {display}")}
    others = sorted(shown - {address})
    if others:
        sign = f"the display name shows {others[0]} but the message is from {address}"
        return Sender(address, display, sign)
    return Sender(address, display)


# ---- the raw header ---------------------------------------------------------------------


def _from_fields(raw: bytes) -> list[str]:
    """Every From field of the header block, unfolded (raw UTF-8 is allowed, RFC 6532)."""
    end = _HEADER_END.search(raw)
    block = raw[: end.start()] if end else raw
    fields: list[list[bytes]] = []
    current: list[bytes] | None = None
    for line in block.splitlines():
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line)
            continue
        current = None
        if _FIELD_START.match(line):
            current = [line.split(b":", 1)[1]]
            fields.append(current)
    return [b" ".join(p.strip() for p in f).decode("utf-8", "replace") for f in fields]


def _split_top_level(value: str) -> list[str]:
    """Split a mailbox list on the commas outside quotes, comments and angle brackets."""
    parts: list[str] = []
    current: list[str] = []
    state = _Scanner()
    for char in value:
        if char == "," and state.top_level:
            parts.append("".join(current))
            current = []
            continue
        state.feed(char)
        current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]


def _mailbox(text: str) -> tuple[str | None, str]:
    """(addr-spec, raw display name) of one mailbox: ``name <addr>`` or a bare ``addr``."""
    state, angles = _Scanner(), 0
    outside: list[str] = []
    angle: list[str] = []
    for char in text:
        was_in_angle = state.angle
        state.feed(char)
        if state.angle != was_in_angle:  # a bracket that opens or closes the angle-addr
            angles += state.angle
            continue
        (angle if state.angle else outside).append(char)
    if angles > 1:
        return None, "".join(outside)
    if angles == 1:
        return _addr_spec("".join(angle)), "".join(outside).strip()
    return _addr_spec("".join(outside)), _comment_text(text)


def _addr_spec(text: str) -> str | None:
    spec = re.sub(r"\s+", "", _without_comments(text))
    spec = spec.rpartition(":")[2] if spec.startswith("@") else spec  # an obsolete route
    return spec.lower() if _ADDR_SPEC.match(spec) else None


def _without_comments(text: str) -> str:
    kept, state = [], _Scanner()
    for char in text:
        state.feed(char)
        if not state.in_comment and char != ")":
            kept.append(char)
    return "".join(kept)


def _comment_text(text: str) -> str:
    """The old ``addr (Name)`` form keeps the name in a comment."""
    found = re.search(r"\((.*)\)", text)
    return found.group(1).strip() if found else ""


def _decoded(name: str) -> str:
    """The display name as a person sees it: encoded-words decoded, quotes removed."""
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = re.sub(r"\\(.)", r"\1", name[1:-1])
    if "=?" not in name:
        return " ".join(name.split())
    try:
        return " ".join(str(make_header(decode_header(name))).split())
    except (LookupError, UnicodeError, ValueError, TypeError):
        return " ".join(name.split())


class _Scanner:
    """Where a character of a header value stands: in a quoted string, a (nested)
    comment, or angle brackets. Backslash escapes count inside quotes and comments."""

    def __init__(self) -> None:
        self.quoted = False
        self.comment = 0
        self.angle = False
        self.escaped = False

    @property
    def top_level(self) -> bool:
        return not (self.quoted or self.comment or self.angle)

    @property
    def in_comment(self) -> bool:
        return self.comment > 0

    def feed(self, char: str) -> None:
        if self.escaped:
            self.escaped = False
        elif char == "\\" and (self.quoted or self.comment):
            self.escaped = True
        elif self.quoted:
            self.quoted = char != '"'
        elif char == "(":
            self.comment += 1
        elif char == ")" and self.comment:
            self.comment -= 1
        elif self.comment:
            pass
        elif char == '"':
            self.quoted = True
        elif char == "<":
            self.angle = True
        elif char == ">":
            self.angle = False

"""Well-formed mail split into parts without building ``email.message.Message`` objects.

``email.message_from_bytes`` feeds every line of every part through a chain of regular
expressions, and every ``Message.get`` scans all headers again; on the reader's typical
reply (a few kilobytes, one text part or a multipart/alternative pair) that costs more
than reading the reply does. Here the header block is split at its colons, a multipart
body at its boundary lines, and each part answers the few questions ``mime`` asks with
the values compat32 would give (raw header values with their folding, the same
``Content-Type`` parameters, the same decoded payload bytes).

Only what is plainly well-formed is read here: a line that is no header, a missing or
unclosed boundary, a ``message/*`` part, a parameter with quoting, escapes, comments or
RFC 2231 continuations in it, an unusual transfer encoding, bare ``\\r`` line ends or deep
nesting return ``None`` and take the stdlib parse, which also records what was wrong.
The test ``test_reading_lean_mime`` holds the two to the same answers.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from email.policy import compat32
from typing import Any

# One header field: its name, a colon, and its value up to the last continuation line.
_FIELD = re.compile(r"([!-9;-~]+):([^\n]*(?:\n[ \t][^\n]*)*)\n?")
# A parameter compat32 reads exactly as written: a token name (no RFC 2231 '*'), and a
# token value or a quoted string with no quote, backslash or angle bracket inside.
_PARAMETER = re.compile(r'\s*([^\s"=*;\\]+)\s*=\s*([^\s"<>;\\][^\s";\\]*|"[^"\\<>]*")\s*')
_TYPE = re.compile(r"\s*[^\s;=\"\\/]+/[^\s;=\"\\/]+\s*")
_ENCODINGS = frozenset({"", "7bit", "8bit", "binary", "quoted-printable", "base64"})
_MAX_DEPTH = 4


class LeanPart:
    """One MIME part, answering like the compat32 ``Message`` it stands in for."""

    __slots__ = ("_body", "_children", "_first", "_params", "_plain", "content_type", "fields")

    def __init__(self, fields: list[tuple[str, str]], content_type: str,
                 params: dict[str, str], plain: bool) -> None:
        self.fields = fields  # (name, raw value) in order, as compat32 stores them
        self._plain = plain  # all ASCII: compat32 hands the values out unchanged
        self.content_type = content_type
        self._params = params
        self._first: dict[str, str] = {}
        for name, value in fields:
            self._first.setdefault(name.lower(), value)
        self._body = b""
        self._children: list[LeanPart] | None = None

    def items(self) -> list[tuple[str, Any]]:
        if self._plain:
            return list(self.fields)
        return [(name, compat32.header_fetch_parse(name, value)) for name, value in self.fields]

    def get(self, name: str, failobj: Any = None) -> Any:
        value = self._first.get(name.lower())
        return failobj if value is None else compat32.header_fetch_parse(name, value)

    def get_content_type(self) -> str:
        return self.content_type

    def get_content_maintype(self) -> str:
        return self.content_type.split("/")[0]

    def get_content_subtype(self) -> str:
        return self.content_type.split("/")[1]

    def get_content_disposition(self) -> str | None:
        value = self._first.get("content-disposition")
        return None if value is None else value.partition(";")[0].strip().lower()

    def get_content_charset(self) -> str | None:
        charset = self._params.get("charset")
        return None if charset is None else charset.lower()

    def get_param(self, name: str) -> str | None:
        return self._params.get(name.lower())

    def is_multipart(self) -> bool:
        return self._children is not None

    def get_payload(self) -> list[LeanPart] | str:
        """The children of a multipart, else the body as compat32 keeps it."""
        if self._children is not None:
            return self._children
        return self._body.decode("ascii", errors="surrogateescape")

    def decoded(self) -> bytes:
        """The bytes a quoted-printable or unencoded body stands for, as compat32's
        ``get_payload(decode=True)`` gives them (base64 is decoded by the caller, leniently,
        from ``get_payload()``)."""
        if self._first.get("content-transfer-encoding", "").lower() == "quoted-printable":
            return binascii.a2b_qp(self._body)
        return self._body

    def walk(self) -> Iterator[LeanPart]:
        yield self
        for child in self._children or ():
            yield from child.walk()


def lean_tree(raw: bytes) -> LeanPart | None:
    """The message's parts, or ``None`` when anything in it is not plainly well-formed."""
    return _part(raw, 0)


def _part(raw: bytes, depth: int) -> LeanPart | None:
    if raw.startswith((b"\r\n", b"\n")):
        head, body = b"", raw[2 if raw.startswith(b"\r\n") else 1 :]
    else:
        blank = _blank_line(raw)
        if blank is None:
            return None
        head, body = raw[: blank[0]], raw[blank[1] :]
    part = _headers(head)
    if part is None:
        return None
    maintype = part.get_content_maintype()
    if maintype == "message" or part.content_type == "multipart/digest":
        return None  # returned messages, reports and digests: the stdlib knows their shapes
    if maintype == "multipart":
        part._children = _children(part, body, depth)
        return part if part._children else None
    encoding = part._first.get("content-transfer-encoding", "").lower()
    if encoding.strip() not in _ENCODINGS or (encoding == "base64" and not body.isascii()):
        return None
    part._body = body
    return part


def _blank_line(raw: bytes) -> tuple[int, int] | None:
    """Where ``\\r?\\n\\r?\\n`` first matches (start, end), found with two byte
    searches: the first line end followed by an empty line, with its CR if it has one."""
    found = [at for at in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if at >= 0]
    if not found:
        return None
    first = min(found)
    start = first - 1 if first and raw[first - 1 : first] == b"\r" else first
    return start, first + (3 if raw[first + 1 : first + 2] == b"\r" else 2)


def _children(part: LeanPart, body: bytes, depth: int) -> list[LeanPart] | None:
    boundary = (part.get_param("boundary") or "").rstrip()
    if not boundary or depth >= _MAX_DEPTH or body.count(b"\r") != body.count(b"\r\n"):
        return None
    delimiter = re.escape(b"--" + boundary.encode("ascii"))
    # A boundary line starts the body or follows a line end; splitting at "\n" + boundary
    # (a literal the regex engine finds fast) leaves the "\r" of a "\r\n" on the part.
    pieces = re.split(b"\n" + delimiter + rb"(--)?[ \t]*(?:\r?\n|$)", b"\n" + body)
    # pieces: preamble, then (closing mark, part) pairs; the last mark must close.
    marks, parts = pieces[1::2], pieces[2::2]
    if not marks or marks[-1] != b"--" or any(mark for mark in marks[:-1]):
        return None
    children: list[LeanPart] = []
    for piece in parts[:-1]:
        child = _part(piece[:-1] if piece.endswith(b"\r") else piece, depth + 1)
        if child is None:
            return None
        children.append(child)
    return children or None


def _headers(head: bytes) -> LeanPart | None:
    """The header block as compat32 stores it (names, raw values with their folding), for
    a block with nothing unusual in it; ``None`` when it has something unusual."""
    if head.count(b"\r") != head.count(b"\r\n"):
        return None  # a bare CR ends a line for the stdlib: leave that to it
    text = head.decode("ascii", errors="surrogateescape")
    fields: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        field = _FIELD.match(text, position)
        if field is None:
            return None  # a line that is no header, or a continuation with nothing above
        # compat32: the first line's value without leading blanks, continuation lines
        # as they are, the last line end removed.
        fields.append((field.group(1), field.group(2).lstrip(" \t").rstrip("\r\n")))
        position = field.end()
    return _typed(fields, text.isascii())


def _typed(fields: list[tuple[str, str]], plain: bool) -> LeanPart | None:
    """The part with its content type and parameters, or ``None`` where compat32's
    reading of them has corner cases (it is then left to compat32 itself)."""
    value = next((v for n, v in fields if n.lower() == "content-type"), None)
    for name, other in fields:
        if name.lower() in ("content-type", "content-disposition",
                            "content-transfer-encoding") and not other.isascii():
            return None
    if value is None:
        return LeanPart(fields, "text/plain", {}, plain)
    pieces = value.split(";")
    if not _TYPE.fullmatch(pieces[0]):
        return None
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        if not piece.strip():
            continue
        found = _PARAMETER.fullmatch(piece)
        if found is None:
            return None
        params.setdefault(found.group(1).lower(), found.group(2).strip('"'))
    return LeanPart(fields, pieces[0].strip().lower(), params, plain)

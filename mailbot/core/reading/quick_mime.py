"""Well-formed mail parsed without the stdlib's line-by-line feed parser.

``email.message_from_bytes`` feeds every line of every part through a chain of regular
expressions; on the reader's typical reply (a few kilobytes, one text part or a
multipart/alternative pair) that parse costs more than reading the reply does. Here the
header block is split at its colons and a multipart body at its boundary lines, into the
same ``email.message.Message`` tree (compat32: names and raw values with their folding,
string payloads, ``\\r\\n`` kept). Anything not plainly well-formed (a line that is no
header, a missing or unclosed boundary, a message/* part, deep nesting) returns ``None``
and takes the stdlib parse, which also records what was wrong.
"""

from __future__ import annotations

import re
from email.message import Message

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_HEADER_NAME = re.compile(r"[!-9;-~]+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_MAX_DEPTH = 4


def quick_tree(raw: bytes) -> Message | None:
    message = _part(raw, 0)
    if message is None or message.get_content_maintype() != "multipart":
        return message
    return message if isinstance(message.get_payload(), list) else None


def _part(raw: bytes, depth: int) -> Message | None:
    if raw.startswith((b"\r\n", b"\n")):
        head, body = b"", raw[2 if raw.startswith(b"\r\n") else 1 :]
    else:
        end = _HEADER_END.search(raw)
        if end is None:
            return None
        head, body = raw[: end.start()], raw[end.end() :]
    message = header_block(head)
    if message is None:
        return None
    maintype = message.get_content_maintype()
    if maintype == "message":
        return None  # returned messages and reports: the stdlib knows their shapes
    if maintype == "multipart":
        children = _children(message, body, depth)
        if children is None:
            return None
        message.set_payload(children)
        return message
    message.set_payload(body.decode("ascii", errors="surrogateescape"))
    return message


def _children(message: Message, body: bytes, depth: int) -> list[Message | str] | None:
    boundary = message.get_boundary()
    if not boundary or depth >= _MAX_DEPTH or not boundary.isascii():
        return None  # an odd boundary (8-bit, decoded to U+FFFD): the stdlib's slow path
    delimiter = re.escape(b"--" + boundary.encode("ascii"))
    pieces = re.split(rb"(?:^|\r?\n)" + delimiter + rb"(--)?[ \t]*(?:\r?\n|$)", body)
    # pieces: preamble, then (closing mark, part) pairs; the last mark must close.
    marks, parts = pieces[1::2], pieces[2::2]
    if not marks or marks[-1] != b"--" or any(mark for mark in marks[:-1]):
        return None
    children: list[Message | str] = []
    for part in parts[:-1]:
        child = _part(part, depth + 1)
        if child is None:
            return None
        children.append(child)
    return children or None


def header_block(head: bytes) -> Message | None:
    """The header block as compat32 stores it (names, raw values with their folding), for
    a block with nothing unusual in it; ``None`` when it has something unusual."""
    text = head.decode("ascii", errors="surrogateescape")
    fields: list[list[str]] = []
    for line in _LINE.findall(text):
        if not line:
            continue
        if line[0] in " \t":
            if not fields:
                return None
            fields[-1].append(line)
            continue
        name, colon, _ = line.partition(":")
        if not colon or not _HEADER_NAME.fullmatch(name):
            return None
        fields.append([line])
    message = Message()
    for lines in fields:
        name, value = lines[0].split(":", 1)
        message[name] = (value.lstrip(" \t") + "".join(lines[1:])).rstrip("\r\n")
    return message

"""Raw email bytes to one ``ParsedMessage``: headers, best-effort text, defects.

The stdlib parser (``compat32``, which never raises on bad structure) builds the tree;
its ``Message`` is walked here, because the bot must see the ``message/delivery-status``
part of a bounce and decode unknown charsets with a fallback rather than replacement
characters. (mail-parser was used before; its only addition for us, the defect
categories, is collected here directly, at less than half its cost per message.)
Parsing never raises: every failure degrades to less text plus a defect, because a
message the bot cannot read must still be routed.
"""

from __future__ import annotations

import base64
import binascii
import email
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from email.header import Header, decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr

from mailbot.core.reading.html import html_to_text
from mailbot.core.reading.quick_mime import LeanPart, lean_tree

# A part as the stdlib parses it, or as the lean splitter does for well-formed mail.
Part = Message | LeanPart

_FALLBACK_CHARSETS = ("utf-8", "cp1252")
_CONTAINER_SKIP = frozenset({"message/rfc822", "text/rfc822-headers", "message/delivery-status",
                             "message/disposition-notification"})
_BOUNDARY_LINE = re.compile(r"^--([^\s]{1,200})[ \t]*\r?$", re.MULTILINE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")
# Undeclared 8-bit text: the single-byte charsets of the languages we read, tried in turn.
_GUESSED_CHARSETS = ("cp1252", "iso-8859-2", "iso-8859-15")
# A symbol between two letters ("z³", "Mo¿emy") means the wrong single-byte charset.
_ODD = r"[^\w\s.,;:!?'\"()\-/%€$£@&*+=<>\[\]]"
_MISDECODED = re.compile(rf"(?<=[^\W\d_]){_ODD}|{_ODD}(?=[^\W\d_])")


@dataclass(frozen=True)
class ParsedMessage:
    """One parse of the raw bytes, shared by the reader and the shell's routing."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_addr: str | None
    from_name: str | None
    to_addrs: tuple[str, ...]
    subject: str
    date: str | None
    headers: Mapping[str, tuple[str, ...]]
    text: str
    defects: tuple[str, ...]
    is_delivery_report: bool
    size: int

    def header(self, name: str) -> str:
        """The first value of a header (lower-case name), or ``""``."""
        values = self.headers.get(name, ())
        return values[0] if values else ""


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes; never raises."""
    defects: list[str] = []
    message = _parse_tree(raw, defects)
    plain, html = _text_parts(_recover_boundary(message, defects), defects)
    text = plain or html_to_text(html)
    headers = _decoded_headers(message, defects)
    return _assemble(raw, message, headers, text, defects)


def _assemble(
    raw: bytes, message: Part, headers: Mapping[str, tuple[str, ...]], text: str,
    defects: list[str],
) -> ParsedMessage:
    def first(name: str) -> str | None:
        values = headers.get(name)
        return values[0] if values else None

    from_name, from_addr = _address(first("from") or "")
    return ParsedMessage(
        message_id=_first_id(first("message-id")),
        in_reply_to=_first_id(first("in-reply-to")),
        references=tuple(_MESSAGE_ID.findall(" ".join(headers.get("references", ())))),
        from_addr=from_addr.lower() or None,
        from_name=from_name or None,
        to_addrs=_addresses(headers.get("to", ())),
        subject=first("subject") or "",
        date=first("date"),
        headers=headers,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        defects=tuple(dict.fromkeys(defects)),
        is_delivery_report=_is_delivery_report(message),
        size=len(raw),
    )


# "Name <local@domain>" or a bare address with nothing unusual in it: the common case,
# read without the stdlib's full RFC 5322 tokenizer (which gives the same answer).
_SIMPLE_ADDRESS = re.compile(
    r'^\s*(?:(?P<name>[^"<>,;:@()\\\[\]]*?|"[^"\\<>]*")\s*<(?P<addr>[^\s<>()",;:@\\]+@'
    r'[^\s<>()",;:@\\]+)>|(?P<bare>[^\s<>()",;:@\\]+@[^\s<>()",;:@\\]+))\s*$'
)


def _address(header: str) -> tuple[str, str]:
    simple = _SIMPLE_ADDRESS.match(header)
    if simple is None:
        return parseaddr(header)
    if simple.group("bare"):
        return "", simple.group("bare")
    return simple.group("name").strip().strip('"').strip(), simple.group("addr")


def _addresses(values: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for value in values:
        parts = value.split(",")
        simple = [_SIMPLE_ADDRESS.match(part) for part in parts]
        if all(simple) and '"' not in value:
            found += [(m.group("addr") or m.group("bare")).lower() for m in simple if m]
        else:
            found += [a.lower() for _, a in getaddresses([value]) if a]
    return tuple(found)


def _parse_tree(raw: bytes, defects: list[str]) -> Part:
    lean = lean_tree(raw)
    if lean is not None:
        return lean
    try:
        message = email.message_from_bytes(raw)
    except Exception as error:  # compat32 is lenient, but hostile bytes find new ways
        defects.append(f"ParserError: {type(error).__name__}")
        message = email.message_from_string(raw.decode("latin-1", errors="replace"))
    for part in message.walk():
        defects.extend(sorted({type(defect).__name__ for defect in part.defects}))
    return message


def _recover_boundary(message: Part, defects: list[str]) -> Part:
    """Re-read a multipart whose declared boundary never occurs, with the one that does."""
    payload = message.get_payload() if message.get_content_maintype() == "multipart" else None
    if not isinstance(payload, str):
        return message
    found = _BOUNDARY_LINE.search(payload)
    if found is None:
        return message
    defects.append("RecoveredBoundary")
    boundary = found.group(1).removesuffix("--")
    header = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
    return email.message_from_string(header + payload)


def _decoded_headers(message: Part, defects: list[str]) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    for name, value in message.items():
        collected.setdefault(name.lower(), []).append(_decode_header_value(value, defects))
    return {name: tuple(values) for name, values in collected.items()}


def _decode_header_value(value: object, defects: list[str]) -> str:
    if isinstance(value, Header):  # raw 8-bit header bytes (RFC 6532, or just sloppy)
        value = "".join(
            _decode_bytes(chunk, None, defects) if isinstance(chunk, bytes) else chunk
            for chunk, _charset in decode_header(value)
        )
    text = str(value)
    if "=?" not in text:
        return " ".join(text.split())
    try:
        text = str(make_header(decode_header(text)))
    except (LookupError, UnicodeError, ValueError, TypeError):
        defects.append("HeaderDecodeDefect")
        text = "".join(
            _decode_bytes(chunk, charset, defects) if isinstance(chunk, bytes) else chunk
            for chunk, charset in _safe_chunks(text)
        )
    return " ".join(text.split())


def _safe_chunks(text: str) -> list[tuple[bytes | str, str | None]]:
    try:
        return decode_header(text)
    except (ValueError, TypeError):
        return [(text, None)]


def _decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    guesses = [data.decode(name, errors="replace") for name in _GUESSED_CHARSETS]
    return min(guesses, key=lambda text: len(_MISDECODED.findall(text)))


def _text_parts(message: Part, defects: list[str]) -> tuple[str, str]:
    plain: list[str] = []
    html: list[str] = []
    for part in _readable_parts(message):
        body = _part_text(part, defects)
        if body.strip():
            (html if part.get_content_subtype() == "html" else plain).append(body)
    return "\n\n".join(plain), "\n\n".join(html)


def _readable_parts(part: Part) -> Iterator[Part]:
    """Text parts of the message itself, never of attached or returned messages."""
    content_type = part.get_content_type()
    if content_type in _CONTAINER_SKIP or part.get_content_disposition() == "attachment":
        return
    if part.is_multipart():
        payload = part.get_payload()
        for child in payload if isinstance(payload, list) else ():
            if isinstance(child, (Message, LeanPart)):
                yield from _readable_parts(child)
    elif part.get_content_maintype() == "text" and content_type in ("text/plain", "text/html"):
        yield part


def _part_text(part: Part, defects: list[str]) -> str:
    data = _payload_bytes(part, defects)
    if data is None:
        return str(part.get_payload())
    return _decoded_text(data, part.get_content_charset(), defects)


def _decoded_text(data: bytes, charset: str | None, defects: list[str]) -> str:
    try:
        text = data.decode(charset or "us-ascii")
    except (LookupError, ValueError):  # unknown, undecodable, or a NUL in the charset name
        defects.append(f"CharsetFallback: {charset or 'undeclared'}")
        return _decode_bytes(data, None, defects)
    if charset in _SINGLE_BYTE and not data.isascii():
        return _relabelled(data, text, charset, defects)
    return text


# Declared single-byte charsets that mail clients often declare wrongly.
_SINGLE_BYTE = frozenset({"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252",
                          "iso-8859-15", "iso-8859-2", "windows-1250", "cp1250"})
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _relabelled(data: bytes, text: str, charset: str, defects: list[str]) -> str:
    """Text whose declared single-byte charset is plainly wrong, read in the right one:
    UTF-8 bytes declared Latin-1 ("Ã¥r" for "år"), or Polish declared Latin-1 ("mo¿emy").
    Valid UTF-8 multi-byte sequences almost never occur in real single-byte text."""
    if _UTF8_SEQUENCE.search(data):
        try:
            relabelled = data.decode("utf-8")
        except UnicodeDecodeError:
            relabelled = ""
        if relabelled:
            defects.append(f"CharsetMislabelled: {charset} read as utf-8")
            return relabelled
    odd = len(_MISDECODED.findall(text))
    if not odd:
        return text
    guesses = [(len(_MISDECODED.findall(guess)), name, guess) for name in _GUESSED_CHARSETS
               if (guess := data.decode(name, errors="replace"))]
    fewest, name, guess = min(guesses)
    if fewest < odd and fewest * 3 <= odd:
        defects.append(f"CharsetMislabelled: {charset} read as {name}")
        return guess
    return text



def _payload_bytes(part: Part, defects: list[str]) -> bytes | None:
    """The decoded payload; base64 cut off mid-stream gives what decodes before the cut."""
    if str(part.get("content-transfer-encoding", "")).strip().lower() == "base64":
        raw = part.get_payload()
        if isinstance(raw, str):
            return _lenient_base64(raw, defects)
    if isinstance(part, LeanPart):
        return part.decoded()
    try:
        data = part.get_payload(decode=True)
    except Exception:
        defects.append("PayloadDecodeDefect")
        return None
    return data if isinstance(data, bytes) else b""


def _lenient_base64(text: str, defects: list[str]) -> bytes:
    letters = _NOT_BASE64.sub("", text.split("=", 1)[0])
    usable = len(letters) - len(letters) % 4
    if usable < len(letters):
        defects.append("TruncatedBase64")
    try:
        return base64.b64decode(letters[:usable])
    except (binascii.Error, ValueError):
        defects.append("PayloadDecodeDefect")
        return b""


def _is_delivery_report(message: Part) -> bool:
    if message.get_content_type() == "multipart/report":
        report_type = str(message.get_param("report-type") or "").lower()
        if report_type == "delivery-status":
            return True
    return any(part.get_content_type() == "message/delivery-status" for part in message.walk())


def _first_id(value: str | None) -> str | None:
    if not value:
        return None
    found = _MESSAGE_ID.search(value)
    return found.group(0) if found else value.strip() or None

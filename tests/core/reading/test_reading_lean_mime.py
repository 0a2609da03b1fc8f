"""The lean MIME splitter gives what the stdlib parse gives, or steps aside.

``quick_mime`` reads well-formed mail without the stdlib's feed parser. These tests hold
it to the stdlib: for generated messages in many shapes (charsets, transfer encodings,
parameter quoting, nesting, attachments, broken boundaries, CRLF or LF), every part it
builds answers like the compat32 ``Message`` part, and the parsed message is the same
whichever way it was split. A message it declines goes the stdlib way, so declining is
always safe; the last tests check it does not decline the common shapes."""

from __future__ import annotations

import base64
import email
import quopri
import re
from email.message import Message
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.core.reading import mime, parse_message
from mailbot.core.reading.quick_mime import LeanPart, _blank_line, lean_tree

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

COMMON_TYPES = ("text/plain", "text/plain; charset=utf-8", "text/html; charset=utf-8",
                'text/plain; charset="iso-8859-1"')
ODD_TYPES = (
    "text/plain", "text/plain; charset=utf-8", 'text/plain; charset="UTF-8"; format=flowed',
    "TEXT/PLAIN;charset=iso-8859-1", "text/plain; charset=utf-8;", "text/html; charset=utf-8",
    'text/plain; charset="x-unknown"', "text/plain; charset*=utf-8''x", "text/plain (note)",
    'text/plain; name="a;b"', "text/plain; charset=\"utf-8\\\"\"", "text", "text/plain; flag",
    "application/octet-stream", "text/plain;\r\n charset=windows-1252", 'text/plain; charset="<x>"',
    "text/rfc822-headers", "image/png; name=logo.png",
)
COMMON_ENCODINGS = ("", "7bit", "8bit", "quoted-printable", "base64")
ODD_ENCODINGS = ("Base64", "QUOTED-PRINTABLE", "quoted-printable ", "x-uuencode", "binary")
DISPOSITIONS = ("", "inline", "attachment", 'attachment; filename="offer.pdf"', "ATTACHMENT ")
WORDS = st.text(st.sampled_from("abc xyz 0123456789 %.,€äöüßçñłó\n=-<>;\"'"), max_size=120)
FROM_FIELDS = ("Rosa Lindqvist <rosa@nordpack.example>", "rosa@nordpack.example",
               '"Lindqvist, Rosa" <rosa@nordpack.example>',
               "=?utf-8?q?Ren=C3=A9e_M=C3=BCller?= <renee@werk.example>",
               "Renée Müller <renee@werk.example>", "sales@a.example <x@b.example>",
               "=?x-bad?q?oops?= <y@c.example>")


def encoded(body: str, encoding: str, charset: str) -> bytes:
    try:
        data = body.encode(charset)
    except (LookupError, UnicodeError):
        data = body.encode("utf-8")
    if encoding.strip().lower() == "base64":
        return base64.encodebytes(data)
    if encoding.strip().lower() == "quoted-printable":
        return quopri.encodestring(data)
    return data


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    odd = draw(st.integers(0, 3)) == 0  # one part in four has something unusual
    content_type = draw(st.sampled_from(ODD_TYPES if odd else COMMON_TYPES))
    encoding = draw(st.sampled_from(ODD_ENCODINGS if odd else COMMON_ENCODINGS))
    disposition = draw(st.sampled_from(DISPOSITIONS))
    charset = "latin-1" if "8859" in content_type or "1252" in content_type else "utf-8"
    head = [f"Content-Type: {content_type}"]
    if encoding:
        head.append(f"Content-Transfer-Encoding: {encoding}")
    if disposition:
        head.append(f"Content-Disposition: {disposition}")
    body = encoded(draw(WORDS), encoding, charset)
    return "\n".join(head).encode("utf-8") + b"\n\n" + body


@st.composite
def part(draw: st.DrawFn, depth: int = 0) -> bytes:
    if depth >= 2 or draw(st.booleans()):
        return draw(leaf())
    subtype = draw(st.sampled_from(("alternative", "mixed", "related", "alternative", "digest")))
    boundary = draw(st.sampled_from(("b1", "----=_Part_7_1.2", "=-=x=-=", "b1 ")))
    quoted = draw(st.booleans()) or " " in boundary
    children = draw(st.lists(part(depth + 1), min_size=1, max_size=3))
    close = "" if draw(st.integers(0, 7)) == 0 else "--"  # sometimes never closed
    body = b"".join(b"--" + boundary.strip().encode() + b"\n" + child + b"\n"
                    for child in children) + b"--" + boundary.strip().encode() + close.encode()
    param = f'"{boundary}"' if quoted else boundary
    return (f"Content-Type: multipart/{subtype}; boundary={param}\n\n".encode() + b"preamble\n"
            + body + b"\nepilogue\n")


@st.composite
def message(draw: st.DrawFn) -> bytes:
    sender = draw(st.sampled_from(FROM_FIELDS))
    subject = draw(st.sampled_from(("Re: price", "=?utf-8?b?UmU6IFByZWlz?=", "Re: Präis",
                                    "Re: a\n  folded subject")))
    head = (f"From: {sender}\nTo: Desk <desk@acme.example>, b@acme.example\n"
            f"Subject: {subject}\nMessage-ID: <m1@nordpack.example>\n"
            "In-Reply-To: <o1@acme.example>\nMIME-Version: 1.0\n").encode()
    raw = head + draw(part())
    if draw(st.booleans()):
        raw = raw.replace(b"\n", b"\r\n")
    if draw(st.integers(0, 9)) == 0:
        raw = raw.replace(b"\n", b"\r", 1)  # a bare CR somewhere
    return raw


def stdlib_parse(raw: bytes) -> mime.ParsedMessage:
    with mock.patch.object(mime, "lean_tree", lambda raw: None):
        return parse_message(raw)


def assert_same_part(lean: LeanPart, full: Message) -> None:
    assert lean.get_content_type() == full.get_content_type()
    assert lean.get_content_disposition() == full.get_content_disposition()
    assert lean.get_content_charset() == full.get_content_charset()
    assert lean.get_param("report-type") == full.get_param("report-type")
    assert lean.items() == full.items()
    assert lean.is_multipart() == full.is_multipart()
    if lean.is_multipart():
        lean_children, full_children = lean.get_payload(), full.get_payload()
        assert isinstance(lean_children, list) and isinstance(full_children, list)
        assert len(lean_children) == len(full_children)
        for lean_child, full_child in zip(lean_children, full_children, strict=True):
            assert_same_part(lean_child, full_child)
    elif str(full.get("content-transfer-encoding", "")).strip().lower() == "base64":
        assert lean.get_payload() == full.get_payload()
    else:
        assert lean.decoded() == full.get_payload(decode=True)


@SETTINGS
@given(message())
def test_every_part_answers_as_the_stdlib_part(raw):
    lean = lean_tree(raw)
    if lean is not None:
        assert_same_part(lean, email.message_from_bytes(raw))


@SETTINGS
@given(message())
def test_the_parsed_message_is_the_same_either_way(raw):
    assert parse_message(raw) == stdlib_parse(raw)


def test_the_common_shapes_are_split_lean():
    plain = (b"From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
             b"Content-Transfer-Encoding: quoted-printable\r\n\r\nNet 45 is fine =\r\nfor us.\r\n")
    pair = (b"From: a@b.example\nContent-Type: multipart/alternative; boundary=\"b\"\n\n"
            b"--b\nContent-Type: text/plain\n\nOK\n--b\nContent-Type: text/html\n\n<p>OK</p>\n"
            b"--b--\n")
    for raw in (plain, pair):
        assert lean_tree(raw) is not None
        assert parse_message(raw) == stdlib_parse(raw)
    assert "Net 45 is fine for us." in parse_message(plain).text


def test_shapes_with_corner_cases_are_left_to_the_stdlib():
    unclosed = b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nhello\n"
    report = (b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
              b"--b\nContent-Type: message/delivery-status\n\nStatus: 5.0.0\n--b--\n")
    continued = b"Content-Type: text/plain; charset*=utf-8''x\n\nhi\n"
    for raw in (unclosed, report, continued):
        assert lean_tree(raw) is None


@SETTINGS
@given(st.binary(max_size=40) | st.lists(st.sampled_from([b"\r", b"\n", b"a", b":"]),
                                         max_size=12).map(b"".join))
def test_the_blank_line_is_where_the_stdlib_pattern_finds_it(raw):
    found = re.search(rb"\r?\n\r?\n", raw)
    assert _blank_line(raw) == (found.span() if found else None)

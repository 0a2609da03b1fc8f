"""Hostile and broken emails for the poller tests: each is built here, none is opened."""

from __future__ import annotations

import base64

HEADERS = b"From: someone@unknown.example\r\nTo: procurement@buyer.example\r\n"


def broken_mime() -> bytes:
    return (HEADERS + b"Subject: broken\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
            b"--never-closed\r\nContent-Type: text/plain\r\n\r\nhalf a message")


def huge_header(size: int = 1_000_000) -> bytes:
    return HEADERS + b"Subject: " + b"A" * size + b"\r\n\r\nbody\r\n"


def big_attachment(size: int) -> bytes:
    payload = base64.encodebytes(b"\x89PNG" + b"\x00" * size)
    return (HEADERS + b"Subject: big\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/plain\r\n\r\nsee attachment\r\n--b\r\n"
            b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + payload + b"\r\n--b--\r\n")


def charset_garbage() -> bytes:
    return (HEADERS + b"Subject: =?x-unknown-7?B?////?=\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=\"x-unknown-7\"\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n\xff\xfe\xfd 5% \xc3\x28 Net 30\r\n")


def nul_bytes() -> bytes:
    return HEADERS + b"Subject: nul\x00bytes\r\n\r\nwe \x00accept\x00 the \x00offer\r\n"


def deeply_nested(depth: int = 60) -> bytes:
    parts = [HEADERS + b"Subject: nested\r\nMIME-Version: 1.0\r\n"]
    for level in range(depth):
        parts.append(b"Content-Type: multipart/mixed; boundary=\"l%d\"\r\n\r\n--l%d\r\n"
                     % (level, level))
    parts.append(b"Content-Type: text/plain\r\n\r\ndeep\r\n")
    parts.extend(b"--l%d--\r\n" % level for level in reversed(range(depth)))
    return b"".join(parts)


def not_an_email() -> bytes:
    return bytes(range(256)) * 40


HOSTILE = {
    "broken_mime": broken_mime,
    "huge_header": huge_header,
    "charset_garbage": charset_garbage,
    "nul_bytes": nul_bytes,
    "deeply_nested": deeply_nested,
    "not_an_email": not_an_email,
}

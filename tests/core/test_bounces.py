"""Reading what a bounce returns: the original's Message-ID and the failed recipients."""

from __future__ import annotations

import pytest

from mailbot.core.bounces import bounce_report
from mailbot.core.reading import parse_message

ORIGINAL = ("From: Procurement <procurement@buyer.example>\r\nTo: sales@boxco.example\r\n"
            "Subject: Our offer\r\nMessage-ID: <k1.abc@buyer.example>\r\n")


def dsn(original: str, recipient: str, *, returned: str = "headers", action: str = "failed",
        status: str = "5.1.1") -> bytes:
    kind = "text/rfc822-headers" if returned == "headers" else "message/rfc822"
    tail = "" if returned == "headers" else "\r\nHello\r\n"
    return (
        "From: MAILER-DAEMON@mx.boxco.example\r\nTo: procurement@buyer.example\r\n"
        "Subject: Undelivered Mail\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.boxco.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} no such user\r\n"
        f"--b\r\nContent-Type: {kind}\r\n\r\n{original}{tail}\r\n--b--\r\n"
    ).encode()


def plain_ndr(original: str, recipient: str) -> bytes:
    return ("From: postmaster@boxco.example\r\nSubject: Delivery failed\r\n\r\n"
            f"Your message to {recipient} could not be delivered.\r\n\r\n{original}").encode()


def report_of(raw: bytes):
    return bounce_report(parse_message(raw), raw)


@pytest.mark.parametrize("returned", ["headers", "message"])
def test_a_report_names_the_returned_message_and_recipient(returned: str) -> None:
    report = report_of(dsn(ORIGINAL, "sales@boxco.example", returned=returned))
    assert report is not None and report.structured and report.failed
    assert report.original_ids[0] == "<k1.abc@buyer.example>"
    assert report.addresses == ("sales@boxco.example",)
    assert report.describe().startswith("sales@boxco.example (5.1.1 smtp; 550")


def test_a_delay_warning_has_not_failed() -> None:
    report = report_of(dsn(ORIGINAL, "sales@boxco.example", action="delayed", status="4.4.1"))
    assert report is not None and not report.failed


def test_a_plain_notice_gives_the_quoted_message_id() -> None:
    report = report_of(plain_ndr(ORIGINAL, "sales@boxco.example"))
    assert report is not None and not report.structured
    assert "<k1.abc@buyer.example>" in report.original_ids


def test_a_persons_reply_is_no_bounce() -> None:
    reply = b"From: Anna <anna@boxco.example>\r\nSubject: Re: offer\r\n\r\nMessage-ID: <x@y.z>\r\n"
    assert report_of(reply) is None

"""Delivery reports as mail systems write them (RFC 3464/6522), built here for the tests."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy


def headers_of(original: bytes) -> str:
    """The header block of ``original``, as a report returns it."""
    return original.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")


def dsn(
    original: bytes,
    recipient: str,
    *,
    returned: str = "headers",  # headers | message | none
    action: str = "failed",
    status: str = "5.1.1",
    to: str = "procurement@buyer.example",
    reporter: str = "mx.boxco.example",
) -> bytes:
    """A multipart/report for ``original`` about ``recipient``, with the original's
    headers (text/rfc822-headers), the whole original (message/rfc822), or neither."""
    boundary = "dsn-boundary-7f3a"
    parts = [
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"This is the mail system at host {reporter}.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n",
        "Content-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {reporter}\r\n"
        "Arrival-Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\n"
        f"Original-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        f"Diagnostic-Code: smtp; 550 {status} <{recipient}>: Recipient address rejected\r\n",
    ]
    if returned == "headers":
        parts.append("Content-Type: text/rfc822-headers\r\n\r\n" + headers_of(original) + "\r\n")
    elif returned == "message":
        parts.append("Content-Type: message/rfc822\r\n\r\n" + original.decode("ascii", "replace"))
    body = "".join(f"--{boundary}\r\n{part}\r\n" for part in parts) + f"--{boundary}--\r\n"
    head = (
        f"From: MAILER-DAEMON@{reporter} (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <dsn-{action}-{returned}-{recipient.replace('@', '.')}@{reporter}>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n'
    )
    return (head + "\r\n" + body).encode("ascii")


def plain_ndr(original: bytes, recipient: str, *, to: str = "procurement@buyer.example") -> bytes:
    """A plain-text non-delivery notice that quotes the original's headers, no threading."""
    message_id = str(message_from_bytes(original, policy=email_policy.default)["Message-ID"])
    return (
        "From: postmaster@boxco.example\r\n"
        f"To: {to}\r\n"
        "Subject: Delivery has failed to these recipients or groups\r\n"
        "Message-ID: <ndr-1@boxco.example>\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"Your message to {recipient} couldn't be delivered.\r\n"
        "The mailbox does not exist (550 5.1.10 RESOLVER.ADR.RecipientNotFound).\r\n\r\n"
        "Original message headers:\r\n\r\n"
        f"Message-ID: {message_id}\r\n"
        "Subject: (see above)\r\n"
    ).encode("ascii")

"""Build small raw emails for the reader's tests (our own wording, CRLF like IMAP)."""

from __future__ import annotations

import base64
import quopri

from mailbot.core.reading import ReadingContext
from mailbot.core.terms import Terms

SUPPLIER = "Rosa Lindqvist <rosa.lindqvist@nordpack.example>"
BUYER = "Purchasing Desk <buyer@acme.example>"


def raw_email(
    body: str | bytes,
    *,
    subject: str = "Re: Corrugated trays - price review",
    sender: str = SUPPLIER,
    headers: dict[str, str] | None = None,
    content_type: str = 'text/plain; charset="utf-8"',
    encoding: str = "8bit",
) -> bytes:
    """A single-part message; ``encoding`` is applied to ``body`` for qp and base64."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    if encoding == "quoted-printable":
        data = quopri.encodestring(data)
    elif encoding == "base64":
        data = base64.encodebytes(data)
    lines = [
        f"From: {sender}",
        f"To: {BUYER}",
        f"Subject: {subject}",
        "Date: Tue, 14 Oct 2025 09:12:00 +0200",
        "Message-ID: <r1@nordpack.example>",
        "In-Reply-To: <offer-7@acme.example>",
        "MIME-Version: 1.0",
        f"Content-Type: {content_type}",
        f"Content-Transfer-Encoding: {encoding}",
        *(f"{name}: {value}" for name, value in (headers or {}).items()),
    ]
    head = "\r\n".join(lines).encode("utf-8")
    return head + b"\r\n\r\n" + data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def alternative(plain: str, html: str, *, sender: str = SUPPLIER) -> bytes:
    boundary = "b0und4ry-42"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n\n{html}\n"
        f"--{boundary}--\n"
    )
    return raw_email(body, sender=sender,
                     content_type=f'multipart/alternative; boundary="{boundary}"')


def context(
    baseline: float | None = 8.0,
    currency: str | None = "USD",
    offer: dict[str, float | None] | None = None,
) -> ReadingContext:
    """A negotiation where the buyer last offered 5% off at Net 60 unless told otherwise."""
    last = Terms.from_json(offer if offer is not None else {"price_change_pct": -5.0,
                                                           "payment_days": 60})
    return ReadingContext(baseline_unit_price=baseline, currency=currency, last_offer=last)


QUOTED_OFFER = """\
On Mon, 13 Oct 2025 at 16:40, Purchasing Desk <buyer@acme.example> wrote:
> Dear Rosa,
>
> we would like to propose a 5% reduction on the current price of
> USD 8.00 per tray and payment terms of Net 60.
>
> Kind regards,
> Purchasing Desk
> Phone +1 312 555 0142
"""

SIGNATURE = """\
Rosa Lindqvist
Key Accounts | Nordpack AB
Hamngatan 12, 411 06 Gothenburg
Tel. +46 31 555 12 34
"""

"""What a bounce says about the email it returns: its Message-ID and who did not get it.

A delivery report rarely threads (no In-Reply-To, sent by the mail system to the bare
envelope sender), so it is tied to its negotiation by what it carries: the original's
Message-ID in the returned headers (a ``message/rfc822`` or ``text/rfc822-headers`` part,
RFC 3464/6522) and the ``Original-Recipient``/``Final-Recipient`` fields of the
``message/delivery-status`` part. A plain-text non-delivery report often quotes the
original's headers too, so its text is searched for Message-IDs.

Mail-parser drops the delivery-status part, so the stdlib parser reads the raw bytes
here; only mail that looks like a bounce is parsed again.
"""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

from mailbot.core.reading import ParsedMessage

_SYSTEM_SENDER = re.compile(
    r"^(mailer-daemon|mailer_daemon|mailerdaemon|mail-daemon|postmaster|bounces?)([+@]|$)",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"<[^<>\s@]+@[^<>\s@]+>")
_QUOTED_ID = re.compile(r"^[>\s]*message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_ADDRESS_TYPE = re.compile(r"^\s*(rfc822|utf-8)\s*;\s*", re.IGNORECASE)
_RETURNED = frozenset({"message/rfc822", "text/rfc822-headers", "message/global",
                       "message/global-headers"})
_NOT_FAILED = frozenset({"delayed", "delivered", "relayed", "expanded"})
MAX_IDS = 20  # looked up in the store; a report naming more is not worth trusting further
MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class FailedRecipient:
    address: str
    action: str  # failed | delayed | delivered | relayed | expanded ("" if not stated)
    status: str  # e.g. 5.1.1 ("" if not stated)
    diagnostic: str

    @property
    def permanent(self) -> bool:
        return self.action == "failed" or self.status.startswith("5")


@dataclass(frozen=True, slots=True)
class BounceReport:
    """What a bounce names: Message-IDs of the returned email (the one in its returned
    headers first) and the recipients the report is about."""

    original_ids: tuple[str, ...]
    recipients: tuple[FailedRecipient, ...]
    structured: bool  # a real RFC 3464 delivery report, not a plain-text notice

    @property
    def failed(self) -> bool:
        """False only for a report that says every recipient was delayed or delivered
        (a warning, or a success notice): the mail system is still trying, or done."""
        if not self.structured or not self.recipients:
            return True
        return any(r.permanent or r.action not in _NOT_FAILED for r in self.recipients)

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.address for r in self.recipients))

    def describe(self) -> str:
        """The failed addresses with their status, for the buyer."""
        parts = []
        for r in self.recipients:
            detail = " ".join(x for x in (r.status, r.diagnostic[:160]) if x)
            parts.append(f"{r.address} ({detail})" if detail else r.address)
        return ", ".join(dict.fromkeys(parts))


def looks_like_bounce(parsed: ParsedMessage) -> bool:
    """Signs of mail from the mail system itself rather than from a person."""
    return (
        parsed.is_delivery_report
        or "x-failed-recipients" in parsed.headers
        or parsed.header("return-path").strip() == "<>"
        or bool(_SYSTEM_SENDER.match(parsed.from_addr or ""))
    )


def bounce_report(parsed: ParsedMessage, raw: bytes) -> BounceReport | None:
    """The report of a bounce, or None for mail that does not look like one."""
    if not looks_like_bounce(parsed):
        return None
    message = email.message_from_bytes(raw)
    ids: list[str] = []
    recipients: list[FailedRecipient] = []
    structured = False
    for part in _parts(message):
        content_type = part.get_content_type()
        if content_type in ("message/delivery-status", "message/global-delivery-status"):
            structured = True
            recipients.extend(_status_recipients(part))
        elif content_type in _RETURNED:
            ids.extend(_returned_ids(part))
    if not ids:  # a plain-text notice, or a report without the returned headers
        ids.extend(_QUOTED_ID.findall(parsed.text[:MAX_TEXT]))
        ids.extend(_MESSAGE_ID.findall(parsed.text[:MAX_TEXT]))
    for value in parsed.headers.get("x-failed-recipients", ()):
        recipients.extend(
            FailedRecipient(a.strip().lower(), "failed", "", "")
            for a in value.split(",") if "@" in a
        )
    unique = tuple(dict.fromkeys(ids))[:MAX_IDS]
    return BounceReport(unique, tuple(recipients), structured)


def _parts(message: Message, depth: int = 0) -> Iterator[Message]:
    """Parts of the report, without descending into the returned message itself."""
    yield message
    if depth > 10 or message.get_content_type() in _RETURNED:
        return
    payload = message.get_payload()
    if message.is_multipart() and isinstance(payload, list):
        for child in payload:
            if isinstance(child, Message):
                yield from _parts(child, depth + 1)


def _returned_ids(part: Message) -> list[str]:
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822: the returned email, parsed
        headers = [p for p in payload if isinstance(p, Message)]
    else:  # text/rfc822-headers: the returned header block as text
        text = part.get_payload(decode=True)
        block = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(payload)
        headers = [email.message_from_string(block.lstrip())]
    found = []
    for header_block in headers:
        value = str(header_block.get("Message-ID", "") or "")
        found.extend(_MESSAGE_ID.findall(value))
    return found


def _status_recipients(part: Message) -> list[FailedRecipient]:
    """Per-recipient blocks of a message/delivery-status part (RFC 3464 §2.3): the first
    block is about the message, each later one about a recipient."""
    blocks = _status_blocks(part)
    found = []
    for block in blocks[1:] if len(blocks) > 1 else blocks:
        action = str(block.get("Action", "")).strip().lower()
        status = str(block.get("Status", "")).strip()
        diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
        for field in ("Original-Recipient", "Final-Recipient"):
            address = _address(block.get(field))
            if address is not None:
                found.append(FailedRecipient(address, action, status, diagnostic))
    return found


def _status_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    text = part.get_payload(decode=True)
    body = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(payload)
    return [email.message_from_string(b.strip()) for b in re.split(r"\r?\n\s*\r?\n", body)
            if b.strip()]


def _address(value: object) -> str | None:
    if not value:
        return None
    text = _ADDRESS_TYPE.sub("", str(value)).strip().strip("<>").lower()
    return text if "@" in text and " " not in text else None

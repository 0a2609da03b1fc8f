"""Turning a rendered email into the bytes handed to SMTP, with threading headers.

Nothing here reads a clock or makes up an identifier: the Date and the Message-ID come
in as arguments, so a message re-built after a crash is the same message. Text that
may come from a supplier (names, subjects, an In-Reply-To) never reaches a header with
a line break in it, so it cannot add headers of its own.
"""

from __future__ import annotations

import email.policy
import hashlib
import re
from collections.abc import Sequence
from datetime import datetime
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

from mailbot.shell.templates import RenderedEmail, one_line

# Python folds a header that does not fit 78 columns right after its colon, which
# readers then show with a leading space; RFC 5322 allows lines up to 998.
_POLICY = email.policy.SMTP.clone(max_line_length=998)
_MESSAGE_ID = re.compile(r"<[^<>@\s]+@[^<>@\s]+>")
_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# RFC 5322 suggests trimming long References; keep the thread root and the latest ones.
MAX_REFERENCES = 20


def new_message_id(domain: str, unique: str) -> str:
    """``<mailbot.HASH@domain>``, a function of its inputs only: the caller stores it, and
    a re-send after a crash carries the same id, so the receiver can drop the duplicate."""
    if not _DOMAIN.fullmatch(domain):
        raise ValueError(f"invalid Message-ID domain {domain!r}; expected e.g. 'buyer.example'")
    if not unique:
        raise ValueError("a Message-ID needs a non-empty unique part")
    digest = hashlib.sha256(unique.encode("utf-8")).hexdigest()[:32]
    return f"<mailbot.{digest}@{domain}>"


def address(display_name: str, addr_spec: str) -> Address:
    """An ``Address`` from untrusted parts: the name is made one line (``Address`` itself
    refuses CR/LF), an addr-spec with control characters or spaces is refused."""
    return Address(display_name=one_line(display_name), addr_spec=_no_controls(addr_spec))


def reply_subject(base: str) -> str:
    """``Re: base``, once, whatever reply prefixes ``base`` already carries."""
    return f"Re: {_REPLY_PREFIX.sub('', one_line(base))}"


def compose(
    rendered: RenderedEmail,
    *,
    sender: Address,
    to: Address,
    reply_to: str | None,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    date: datetime,
    attachments: Sequence[bytes] = (),
) -> bytes:
    """The message as CRLF bytes: text (plus HTML as an alternative), then each of
    ``attachments`` (raw RFC 5322 messages) as a ``message/rfc822`` part.

    Our own ``message_id`` must be well formed; ``in_reply_to`` and ``references`` come
    from the supplier's mail, so malformed entries are dropped rather than refused.
    """
    # MIMEPart rather than EmailMessage throughout: only the top level gets MIME-Version.
    message = MIMEPart(policy=_POLICY)
    subject = reply_subject(rendered.subject) if in_reply_to else one_line(rendered.subject)
    for name, value in _headers(
        subject, sender, to, reply_to, message_id, in_reply_to, references, date
    ):
        message[name] = value
    _add_body(message, rendered, attachments)
    return message.as_bytes()


def _add_body(message: MIMEPart, rendered: RenderedEmail, attachments: Sequence[bytes]) -> None:
    message.set_content(rendered.text)
    if rendered.html is not None:
        message.add_alternative(rendered.html, subtype="html")
    for raw in attachments:
        message.add_attachment(_original(raw), disposition="attachment", filename="original.eml")


def _original(raw: bytes) -> Message:
    """Parsed with compat32, which writes back the bytes it read (broken headers, 8-bit
    junk and all): the buyer sees what was received."""
    return BytesParser(policy=email.policy.compat32).parsebytes(raw)


def _headers(
    subject: str,
    sender: Address,
    to: Address,
    reply_to: str | None,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    date: datetime,
) -> list[tuple[str, str | Address]]:
    if not _MESSAGE_ID.fullmatch(message_id):
        raise ValueError(f"invalid Message-ID {message_id!r}; build it with new_message_id()")
    if date.tzinfo is None:
        raise ValueError("the Date header needs a timezone-aware datetime")
    headers: list[tuple[str, str | Address]] = [
        ("From", _safe_address(sender)),
        ("To", _safe_address(to)),
        ("Subject", subject),
        ("Date", format_datetime(date)),
        ("Message-ID", message_id),
        ("MIME-Version", "1.0"),
    ]
    if reply_to is not None:
        headers.append(("Reply-To", address("", reply_to)))
    thread = _valid_ids([*references, *([in_reply_to] if in_reply_to else [])])
    if in_reply_to and _MESSAGE_ID.fullmatch(in_reply_to):
        headers.append(("In-Reply-To", in_reply_to))
    if thread:
        headers.append(("References", " ".join(_trimmed(thread))))
    headers += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return headers


def _safe_address(given: Address) -> Address:
    """Rebuilt through ``address``: ``Address`` lets other control characters through."""
    return address(given.display_name, given.addr_spec)


def _no_controls(text: str) -> str:
    if one_line(text) != text:
        raise ValueError(f"address {text!r} contains control characters or spaces")
    return text


def _valid_ids(ids: Sequence[str]) -> list[str]:
    """Well-formed ids, in order, each once."""
    return list(dict.fromkeys(i.strip() for i in ids if _MESSAGE_ID.fullmatch(i.strip())))


def _trimmed(ids: list[str]) -> list[str]:
    if len(ids) <= MAX_REFERENCES:
        return ids
    return [ids[0], *ids[-(MAX_REFERENCES - 1) :]]


def plain_text(raw: bytes) -> str:
    """The text/plain part of an email ("" when it has none, or none that decodes): for
    quoting our own drafts and showing threads, where a bad part must not stop the rest."""
    message = message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",))
    if not isinstance(part, EmailMessage):
        return ""
    try:
        return str(part.get_content())
    except (LookupError, ValueError):
        return ""

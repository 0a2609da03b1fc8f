from __future__ import annotations

import email.policy
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesParser

import pytest

from mailbot.shell.outbound.compose import (
    MAX_REFERENCES,
    address,
    compose,
    new_message_id,
    reply_subject,
)
from mailbot.shell.templates import RenderedEmail

DATE = datetime(2025, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=1)))
MESSAGE_ID = new_message_id("buyer.example", "negotiation-42/outbox-7")
EMAIL = RenderedEmail(
    subject="M8 hex bolts: pricing proposal [ref N-42]",
    text="Dear Acme,\n\nPlease find our proposal.\n",
    html="<p>Dear Acme,</p>",
)
ORIGINAL = (
    b"From: Acme <sales@acme.example>\r\nSubject: =?bogus?q?x?= \xe9t\xe9\r\n"
    b"Message-ID: <s1@acme.example>\r\nContent-Type: text/plain; charset=latin-1\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n\r\nWe must raise prices \xe9\x00.\r\n"
)


def _compose(rendered: RenderedEmail = EMAIL, **overrides: object) -> EmailMessage:
    arguments: dict[str, object] = {
        "sender": address("Dana Müller", "dana@buyer.example"),
        "to": address("Acme Fasteners", "sales@acme.example"),
        "reply_to": "dana+n42abcdefghij@buyer.example",
        "message_id": MESSAGE_ID,
        "in_reply_to": None,
        "references": (),
        "date": DATE,
    }
    arguments.update(overrides)
    raw = compose(rendered, **arguments)  # type: ignore[arg-type]
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    message = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def test_headers_of_a_first_message() -> None:
    message = _compose()
    assert message["Subject"] == "M8 hex bolts: pricing proposal [ref N-42]"
    assert message["From"] == "Dana Müller <dana@buyer.example>"
    assert message["To"] == "Acme Fasteners <sales@acme.example>"
    assert message["Reply-To"] == "dana+n42abcdefghij@buyer.example"
    assert message["Message-ID"] == MESSAGE_ID
    assert message["Date"].datetime == DATE
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Auto-Response-Suppress"] == "All"
    assert "In-Reply-To" not in message and "References" not in message


def test_non_ascii_display_names_are_encoded_words_on_the_wire() -> None:
    raw = compose(
        EMAIL,
        sender=address("Dana Müller", "dana@buyer.example"),
        to=address("Acme", "sales@acme.example"),
        reply_to=None,
        message_id=MESSAGE_ID,
        in_reply_to=None,
        references=(),
        date=DATE,
    )
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    assert header_block.isascii()
    assert b"From: Dana =?utf-8?q?M=C3=BCller?= <dana@buyer.example>" in header_block


def test_a_reply_threads_and_says_re_once() -> None:
    message = _compose(
        RenderedEmail("Re: RE: M8 hex bolts [ref N-42]", "text", None),
        in_reply_to="<s2@acme.example>",
        references=["<root@buyer.example>", "<s1@acme.example>", "not an id", "<s2@acme.example>"],
    )
    assert message["Subject"] == "Re: M8 hex bolts [ref N-42]"
    assert message["In-Reply-To"] == "<s2@acme.example>"
    assert message["References"] == "<root@buyer.example> <s1@acme.example> <s2@acme.example>"


def test_long_references_keep_the_root_and_the_latest() -> None:
    ids = [f"<m{i}@acme.example>" for i in range(50)]
    references = _compose(in_reply_to=ids[-1], references=ids[:-1])["References"].split()
    assert len(references) == MAX_REFERENCES
    assert references[0] == ids[0] and references[-1] == ids[-1]


@pytest.mark.parametrize(
    "evil",
    [
        "\r\nBcc: victim@example.com",
        "\nBcc: victim@example.com",
        "\x00\u2028Bcc: victim@example.com",
    ],
)
def test_line_breaks_in_subjects_and_names_cannot_add_headers(evil: str) -> None:
    message = _compose(
        RenderedEmail(f"Offer{evil}", "text", None),
        to=address(f"Acme{evil}", "sales@acme.example"),
        sender=address(f"Dana{evil}", "dana@buyer.example"),
        in_reply_to=f"<s1@acme.example>{evil}",
    )
    assert "Bcc" not in message
    assert message["Subject"] == "Re: Offer Bcc: victim@example.com"
    assert message["To"].addresses[0].display_name == "Acme Bcc: victim@example.com"
    assert "In-Reply-To" not in message
    assert set(message.keys()) == {
        "Content-Type",
        "Content-Transfer-Encoding",
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "MIME-Version",
        "Reply-To",
        "Auto-Submitted",
        "X-Auto-Response-Suppress",
    }


def test_other_control_characters_in_a_given_address_are_removed() -> None:
    message = _compose(to=Address(display_name="Acme\x1b[2J\x00", addr_spec="sales@acme.example"))
    assert message["To"].addresses[0].display_name == "Acme [2J"


def test_an_address_with_control_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="control characters"):
        _compose(reply_to="dana@buyer.example\r\nBcc: victim@example.com")


def test_text_and_html_are_alternatives() -> None:
    message = _compose()
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.replace("\r\n", "\n") == EMAIL.text
    assert message.get_body(("html",)).get_content().strip() == EMAIL.html  # type: ignore[union-attr]


def test_text_only_when_there_is_no_html() -> None:
    message = _compose(RenderedEmail("Subject", "Just text\n", None))
    assert message.get_content_type() == "text/plain"
    assert message.get_content() == "Just text\r\n"


def test_the_original_is_attached_byte_for_byte() -> None:
    message = _compose(attachments=[ORIGINAL])
    assert message.get_content_type() == "multipart/mixed"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "message/rfc822"
    assert attachment.get_filename() == "original.eml"
    inner = attachment.get_payload(0)
    assert isinstance(inner, Message)
    policy = email.policy.compat32.clone(linesep="\r\n")
    assert inner.as_bytes(policy=policy) == ORIGINAL
    assert message.get_body(("html",)) is not None


def test_message_ids_are_deterministic_and_opaque() -> None:
    again = new_message_id("buyer.example", "negotiation-42/outbox-7")
    other = new_message_id("buyer.example", "negotiation-42/outbox-8")
    assert MESSAGE_ID == again != other
    assert MESSAGE_ID.startswith("<mailbot.") and MESSAGE_ID.endswith("@buyer.example>")
    assert "negotiation" not in MESSAGE_ID


@pytest.mark.parametrize(
    ("domain", "unique"), [("bad domain", "x"), ("x.example>", "x"), ("x.example", "")]
)
def test_message_id_inputs_are_checked(domain: str, unique: str) -> None:
    with pytest.raises(ValueError):
        new_message_id(domain, unique)


def test_our_own_message_id_and_date_are_checked() -> None:
    with pytest.raises(ValueError, match="invalid Message-ID"):
        _compose(message_id="<no-at-sign>")
    with pytest.raises(ValueError, match="timezone-aware"):
        _compose(date=datetime(2025, 3, 4))
    assert (
        _compose(date=datetime(2025, 3, 4, tzinfo=UTC))["Date"] == "Tue, 04 Mar 2025 00:00:00 +0000"
    )


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("Bolts [ref N-1]", "Re: Bolts [ref N-1]"),
        ("Re: Bolts", "Re: Bolts"),
        ("RE: re:Bolts", "Re: Bolts"),
        ("AW: Re[2]: Bolts", "Re: Bolts"),
        ("Bolts\r\n", "Re: Bolts"),
    ],
)
def test_reply_subject(base: str, expected: str) -> None:
    assert reply_subject(base) == expected

"""The sender is the From field's addr-spec; display names never name it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.core.sender import parse_from, sender_of


@pytest.mark.parametrize(
    ("field", "address", "name"),
    [
        ("Boxco Sales <sales@boxco.example>", "sales@boxco.example", "Boxco Sales"),
        ('"Sales, Boxco" <Sales@Boxco.example>', "sales@boxco.example", "Sales, Boxco"),
        ("sales@boxco.example", "sales@boxco.example", ""),
        ("sales@boxco.example (Boxco Sales)", "sales@boxco.example", "Boxco Sales"),
        ("=?utf-8?q?J=C3=BCrgen?= <j@boxco.example>", "j@boxco.example", "Jürgen"),
        ("Anna <@relay.example:anna@boxco.example>", "anna@boxco.example", "Anna"),
        ("sales@boxco.example <sales@boxco.example>", "sales@boxco.example", "sales@boxco.example"),
    ],
)
def test_the_address_and_the_name(field: str, address: str, name: str) -> None:
    sender = parse_from(field)
    assert (sender.address, sender.display_name, sender.spoof_sign) == (address, name, None)


@pytest.mark.parametrize(
    ("field", "real", "shown"),
    [
        ("vertrieb@supplier.example <supplier.vertrieb@gmail.example>",
         "supplier.vertrieb@gmail.example", "vertrieb@supplier.example"),
        ("=?utf-8?q?sales=40supplier=2Eexample?= <x@gmail.example>",
         "x@gmail.example", "sales@supplier.example"),
        ('"sales@supplier.example" <x@gmail.example>', "x@gmail.example", "sales@supplier.example"),
        ("(sales@supplier.example) <x@gmail.example>", "x@gmail.example", "sales@supplier.example"),
        ('"Sales <sales@supplier.example>" <x@gmail.example>', "x@gmail.example",
         "sales@supplier.example"),
    ],
)
def test_a_display_name_showing_another_address_is_a_spoofing_sign(
    field: str, real: str, shown: str
) -> None:
    sender = parse_from(field)
    assert sender.address == real
    assert sender.spoof_sign is not None and shown in sender.spoof_sign


@pytest.mark.parametrize(
    "field", ["Bob <bob@a.example>, eve@b.example", "<a@b.example> <c@d.example>"]
)
def test_several_mailboxes_name_no_sender(field: str) -> None:
    assert parse_from(field).address is None


@pytest.mark.parametrize("field", ["", "nobody", "Name <not an address>", "<>"])
def test_no_valid_address_names_no_sender(field: str) -> None:
    assert parse_from(field).address is None


def test_the_raw_header_is_read_folded_and_only_in_the_header_block() -> None:
    raw = b"Subject: x\r\nFrom: Boxco\r\n <sales@boxco.example>\r\n\r\nFrom: evil@x.example\r\n"
    assert sender_of(raw).address == "sales@boxco.example"


def test_several_from_fields_are_a_spoofing_sign() -> None:
    sender = sender_of(b"From: a@b.example\r\nFrom: c@d.example\r\n\r\nbody")
    assert sender.spoof_sign == "the message has several From fields"


@given(st.binary(max_size=400))
def test_any_bytes_give_a_sender_or_none_without_raising(raw: bytes) -> None:
    sender = sender_of(b"From: " + raw + b"\r\n\r\nbody")
    assert sender.address is None or "@" in sender.address

"""The response readers on the shapes aioimaplib really produces (bytearray literals)."""

from __future__ import annotations

import pytest

from mailbot.shell.mail.imap_parse import (
    FetchedMessage,
    parse_fetch,
    parse_search,
    parse_select,
    quote_mailbox,
    uid_set,
)


def test_fetch_reads_the_uid_before_or_after_the_literal() -> None:
    lines = [
        b"1 FETCH (UID 101 BODY[] {5}", bytearray(b"one\r\n"), b")",
        b"2 FETCH (BODY[] {5}", bytearray(b"two\r\n"), b" UID 102)",
        b"2 FETCH (FLAGS (\\Seen) UID 102)",
        b"UID FETCH completed.",
    ]
    fetched = parse_fetch(lines)
    assert fetched == [FetchedMessage(101, b"one\r\n"), FetchedMessage(102, b"two\r\n")]
    assert all(type(m.raw) is bytes for m in fetched)


def test_search_drops_the_highest_uid_the_server_adds_below_the_range() -> None:
    assert parse_search([b"57", b"UID SEARCH completed."], above=60) == []
    assert parse_search([b"5 EXISTS", b"61 62", b"done"], above=60) == [61, 62]


def test_select_reads_codes_and_count() -> None:
    state = parse_select([b"3 EXISTS", b"OK [UIDVALIDITY 7] x", b"OK [UIDNEXT 104] y"])
    assert (state.uidvalidity, state.uidnext, state.exists) == (7, 104, 3)


def test_uid_sets_are_compact() -> None:
    assert uid_set([7, 1, 2, 3, 9, 10]) == "1:3,7,9:10"
    assert uid_set([]) == ""


def test_mailbox_names_are_quoted_and_escaped() -> None:
    assert quote_mailbox("Bot Done") == '"Bot Done"'
    assert quote_mailbox('a"b\\c') == '"a\\"b\\\\c"'
    with pytest.raises(ValueError, match="not ASCII"):
        quote_mailbox("Erledigt ✓")

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.core.reply_token import MAC_LENGTH, ReplyTokens

TOKENS = ReplyTokens(b"a test secret of 32 bytes length")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
keys = st.text(ALNUM, min_size=1, max_size=40)


@given(keys)
def test_an_issued_token_verifies_to_its_key(key: str) -> None:
    token = TOKENS.issue(key)
    assert token == token.lower() and token.isalnum()
    assert len(token) == len(key) + MAC_LENGTH
    assert TOKENS.verify(token) == key
    assert TOKENS.verify(token.upper()) == key


@given(st.text(ALNUM, min_size=0, max_size=60))
def test_a_random_token_never_verifies(guess: str) -> None:
    assert TOKENS.verify(guess) is None


@given(keys, st.data())
def test_changing_one_character_breaks_the_token(key: str, data: st.DataObject) -> None:
    token = TOKENS.issue(key)
    index = data.draw(st.integers(0, len(token) - 1))
    replacement = data.draw(st.sampled_from(ALNUM).filter(lambda c: c != token[index]))
    assert TOKENS.verify(token[:index] + replacement + token[index + 1 :]) is None


def test_another_secret_does_not_verify() -> None:
    other = ReplyTokens(b"another secret, also 32 bytes!!!")
    assert other.verify(TOKENS.issue("n42")) is None


@pytest.mark.parametrize("key", ["", "N42", "n-42", "n 42", "x" * 41])
def test_keys_must_be_short_lowercase_alnum(key: str) -> None:
    with pytest.raises(ValueError, match="lowercase letters or digits"):
        TOKENS.issue(key)


def test_a_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        ReplyTokens(b"short")


def test_plus_address() -> None:
    token = TOKENS.issue("n42")
    assert TOKENS.plus_address("buyer@x.com", token) == f"buyer+{token}@x.com"
    with pytest.raises(ValueError, match="not a reply token"):
        TOKENS.plus_address("buyer@x.com", "n42aaaaaaaaaa")
    with pytest.raises(ValueError, match="not an address"):
        TOKENS.plus_address("buyer", token)
    with pytest.raises(ValueError, match="longer than 64") as caught:
        TOKENS.plus_address("a-very-long-mailbox-name@x.com", TOKENS.issue("k" * 40))
    assert TOKENS.issue("k" * 40) not in str(caught.value)


def test_find_token_takes_the_first_verifying_plus_address() -> None:
    first, second = TOKENS.issue("n1"), TOKENS.issue("n2")
    headers = [
        "Dana <dana@x.com>, forged <buyer+n9aaaaaaaaaa@x.com>",
        f'"Buyer" <Buyer+{first.upper()}@X.COM>',
        f"buyer+{second}@x.com",
    ]
    assert TOKENS.find_token(headers) == first
    assert TOKENS.find_token(["buyer@x.com", "nobody+plain@x.com"]) is None


def test_redact_hides_tokens_only() -> None:
    token = TOKENS.issue("n42")
    line = f"reply to buyer+{token}@x.com matched negotiation n42; Message-ID abcdefghijklmnop"
    assert TOKENS.redact(line) == (
        "reply to buyer+<token>@x.com matched negotiation n42; Message-ID abcdefghijklmnop"
    )

"""A stranger's From display name reaches the buyer's email as inert text: decoded, shown
apart from the real address, on one line, and escaped in HTML."""

from __future__ import annotations

import pytest

from mailbot.core.sender import parse_from
from mailbot.shell.templates import TemplateStore
from mailbot.shell.templates import context as tc

HOSTILE_NAMES = [
    "=?utf-8?q?evil=40x=2Eexample=7B=7B7*7=7D=7D?=",  # an address and a template expression
    "=?utf-8?q?=7B=25_for_x_in_range(9)_=25=7D=3Cscript=3Ealert(1)=3C/script=3E?=",
    "=?utf-8?q?Sales=0D=0ABcc:_victim=40x=2Eexample?=",  # a line break, encoded
    "=?utf-8?b?4oCuZWxwbWF4ZS5vY3hvYkBzZWxhcw==?=",  # U+202E: reads reversed on screen
    "=?utf-8?q?{{_config.__class__.__init__.__globals___}}?=",
    '"' + "A" * 5000 + '"',
]


def escalation(store: TemplateStore, from_field: str) -> tuple[str, str]:
    sender = parse_from(from_field)
    context = store.sample_context("escalation")
    context["sender"] = tc.sender_context(tc.sender_info(sender))
    email = store.render("escalation", context)
    assert email.html is not None
    return email.text, email.html


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_display_name_is_shown_apart_and_inert(store: TemplateStore, name: str) -> None:
    text, html = escalation(store, f"{name} <z@q.example>")
    assert "Sent from: z@q.example" in text
    shown = next(line for line in text.splitlines() if line.startswith("Display name"))
    assert "\u202e" not in shown and "\r" not in shown
    assert len(shown) < 200
    assert "49" not in text and "00000000" not in text  # nothing was evaluated
    assert not any(line.startswith("Bcc:") for line in text.splitlines())
    assert "<script>" not in html


def test_the_decoded_name_keeps_its_braces_as_text(store: TemplateStore) -> None:
    text, html = escalation(store, f"{HOSTILE_NAMES[0]} <z@q.example>")
    assert 'Display name (set by the sender, not verified): "evil@x.example{{7*7}}"' in text
    assert "evil@x.example{{7*7}}" in html


def test_markup_in_a_display_name_is_escaped_in_html(store: TemplateStore) -> None:
    _, html = escalation(store, f"{HOSTILE_NAMES[1]} <z@q.example>")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_shown_text_drops_control_and_format_characters() -> None:
    assert tc.shown_text("a\r\nb\tc\u202ed\u200b") == "a b c d"
    assert tc.shown_text("x" * 300).endswith("…") and len(tc.shown_text("x" * 300)) == 100

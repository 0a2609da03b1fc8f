"""Parsing the buyer's reply commands."""

from __future__ import annotations

import pytest

from mailbot.core.buyer_commands import CommandError, CommandKind, parse_command, parse_terms
from mailbot.core.terms import Terms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("APPROVE", CommandKind.APPROVE),
        ("approve\n\n> quoted escalation", CommandKind.APPROVE),
        ("  Decline, thanks", CommandKind.DECLINE),
        ("TAKE OVER", CommandKind.TAKE_OVER),
        ("take over - I'll call them", CommandKind.TAKE_OVER),
        ("\n\nApprove.", CommandKind.APPROVE),
    ],
)
def test_commands_on_the_first_line(text: str, kind: CommandKind) -> None:
    assert parse_command(text).kind is kind


def test_counter_reads_the_buyers_shorthand() -> None:
    command = parse_command("COUNTER 4% NET 50")
    assert command.kind is CommandKind.COUNTER
    assert command.terms == Terms(price_change_pct=-4.0, payment_days=50)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("3.5% 12 months", Terms(price_change_pct=-3.5, contract_months=12)),
        ("+2%", Terms(price_change_pct=2.0)),
        ("2 years net 60", Terms(payment_days=60, contract_months=24)),
        ("rebate 1.5% and 5% off", Terms(price_change_pct=-5.0, rebate_pct=1.5)),
        ("4,5% 45 days", Terms(price_change_pct=-4.5, payment_days=45)),
        ("10000 units", Terms(volume_units=10000)),
    ],
)
def test_terms_shorthand(text: str, terms: Terms) -> None:
    assert parse_terms(text) == terms


@pytest.mark.parametrize("text", ["", "Thanks, looks good", "OK", "COUNTER", "counter soon"])
def test_anything_else_is_refused_with_the_usage(text: str) -> None:
    with pytest.raises(CommandError, match="APPROVE, DECLINE"):
        parse_command(text)


def test_a_command_word_inside_a_sentence_is_not_a_command() -> None:
    with pytest.raises(CommandError):
        parse_command("I would approve if the price were lower")


def test_counter_override_is_read_as_such() -> None:
    command = parse_command("COUNTER OVERRIDE 2% NET 30")
    assert command.kind is CommandKind.COUNTER and command.override
    assert command.terms == Terms(price_change_pct=-2.0, payment_days=30)
    assert not parse_command("COUNTER 2% NET 30").override

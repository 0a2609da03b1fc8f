"""Locale number formats and spelled-out numbers."""

from __future__ import annotations

import re

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import read_reply
from mailbot.core.reading.numbers import NUMBER, parse_number, spell_out_digits, uses_decimal_comma


@pytest.mark.parametrize(
    ("token", "decimal_comma", "value"),
    [
        ("1,234.50", False, 1234.5),
        ("1.234,50", True, 1234.5),
        ("1.234,50", False, 1234.5),
        ("1 234,50", True, 1234.5),
        ("1'234.50", False, 1234.5),
        ("4,5", True, 4.5),
        ("4,5", False, 4.5),
        ("0,115", True, 0.115),
        ("0.115", False, 0.115),
        ("25,000", False, 25000.0),
        ("25.000", True, 25000.0),
        ("7.250", False, 7.25),
        ("10k", False, 10000.0),
        ("2.5K", False, 2500.0),
        ("12 Tsd.", True, 12000.0),
        ("1,200,000", False, 1200000.0),
    ],
)
def test_locale_formats(token, decimal_comma, value):
    assert parse_number(token, decimal_comma=decimal_comma) == pytest.approx(value)


def test_not_a_number():
    assert parse_number("abc") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two percent and sixty days", "2 percent and 60 days"),
        ("a three-year contract", "a 3-year contract"),
        ("thirty-five days", "35 days"),
        ("ninety days", "90 days"),
        ("zweiundvierzig Tage, drei Jahre", "42 Tage, 3 Jahre"),
        ("trente jours, quarante-cinq jours", "30 jours, 45 jours"),
        ("sesenta y cinco días, dos años", "65 días, 2 años"),
        ("eine Laufzeit von einem Jahr", "eine Laufzeit von 1 Jahr"),
        ("une remise sur un an", "une remise sur 1 an"),
        ("no digits here", "no digits here"),
    ],
)
def test_spelled_numbers(text, expected):
    assert spell_out_digits(text) == expected


def test_decimal_comma_detection():
    assert uses_decimal_comma("Wir bieten 3,5 % und 2,40 EUR")
    assert not uses_decimal_comma("We offer 3.5% and USD 2.40")
    assert uses_decimal_comma("nous pouvons vous proposer avec plaisir 1.250 pièces")


# A multiplier named after the digits, and Indian grouping in lakhs.
@pytest.mark.parametrize(("token", "value"), [
    ("40 thousand", 40_000), ("12 tausend", 12_000), ("75 mil", 75_000),
    ("3 lakh", 300_000), ("2 lakhs", 200_000), ("1 crore", 10_000_000),
    ("3,50,000", 350_000), ("12,00,000", 1_200_000),
])
def test_named_multipliers_and_lakh_grouping(token, value):
    assert re.fullmatch(NUMBER, token)
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(("answer", "volume"), [
    ("We can give 2% if you commit to 3 lakh pieces a year.", 300_000),
    ("Podemos dar un 2 % con un volumen anual de 60 mil unidades.", 60_000),
    ("We can give 2% for a yearly volume of 2,50,000 pcs.", 250_000),
])
def test_a_volume_with_a_named_multiplier(answer, volume):
    reading = read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())
    assert reading.terms.volume_units == volume, reading.numbers

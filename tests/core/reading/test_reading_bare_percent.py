"""A number written without its unit in a terse reply, read as the offer's percent only
when the reply points there. Our own wording; the buyer offered 5% off at Net 60 with a
12-month contract."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.terms import Intent

OFFER = {"price_change_pct": -5.0, "payment_days": 60, "contract_months": 12}


def read(answer: str, offer: dict[str, float | None] | None = None) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context(offer=offer or OFFER))


@pytest.mark.parametrize(("answer", "terms"), [
    # another bare number repeats the offered 5: the numbers are percents
    ("Not 5. Best is 2. Rest unchanged.", {"price_change_pct": -2.0}),
    ("We can go to 3, not 5.", {"price_change_pct": -3.0}),
    # every other offered term restated with its unit: the price is the one left
    ("Two and a half and we have a deal; Net 60 and the 12 months are fine.",
     {"price_change_pct": -2.5, "payment_days": 60, "contract_months": 12}),
    ("Can do 4, Net 60, 12 months.",
     {"price_change_pct": -4.0, "payment_days": 60, "contract_months": 12}),
])
def test_a_bare_number_is_the_percent(answer, terms):
    reading = read(answer)
    assert (reading.intent, reading.terms.stated()) == (Intent.COUNTER, terms), reading.numbers


@pytest.mark.parametrize("answer", [
    "Back in the office on the 3. Net 60 and 12 months are fine.",  # a date
    "Net 60 and 12 months fine, reach me on 0171 2.",  # a phone number's tail
    "Net 60 and 12 months agreed. See point 2 of our conditions.",  # a reference
    "Net 60 and 12 months agreed.\nOffice: Unit 4, Mill Lane",  # an address
    "I have 2 questions about the 60 days and the 12 months.",  # a count with its noun
    "Can do 3 and maybe more later.",  # neither an echo nor the other terms restated
])
def test_a_bare_number_elsewhere_is_no_percent(answer):
    assert read(answer).terms.price_change_pct is None


def test_two_bare_proposals_are_no_term():
    assert read("Not 5. 3 or 2, Net 60, 12 months.").terms.price_change_pct is None


def test_no_offered_percent_no_bare_percent():
    offer = {"price_change_pct": None, "payment_days": 60, "contract_months": 12}
    reading = read("Can do 4, Net 60, 12 months.", offer)
    assert reading.terms.price_change_pct is None

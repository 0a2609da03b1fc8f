"""A price increase announced without the word "price", and what is not one (our words).

Every reply answers the offer of ``reading_mail``: 5% off a USD 8.00 baseline at Net 60.
"""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.terms import Intent


def read(answer: str) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())


# Declines that announce an increase in so many words: reject, with the increase flag.
ANNOUNCED = [
    "A reduction is not on the table; if anything there will be an increase in spring.",
    "No cut possible. You will get our new (higher) price list next week.",
    "Eine Senkung geht nicht, wegen der Energiekosten steht eher eine Erhöhung an.",
    "Nachlass ist nicht drin, im Gegenteil, wir werden nach oben gehen müssen.",
    "No podemos bajar; de hecho, en marzo tendremos que subirlo.",
    "No hay margen para rebajas, nos veremos obligados a actualizar precios.",
    "Nous ne pouvons rien faire, une hausse est même prévue pour avril.",
    "Non possiamo scontare nulla, anzi dovremo aumentarlo a breve.",
]


@pytest.mark.parametrize("answer", ANNOUNCED)
def test_a_decline_announcing_an_increase_carries_the_flag(answer):
    reading = read(answer)
    assert (reading.intent, reading.price_increase) == (Intent.REJECT, True), answer


# Increase words about something else, turned down, or in the past: no increase.
NOT_AN_INCREASE = [
    "If you increase the volume to 50,000 units we can do 3%.",
    "Despite the rise in resin costs we can offer 2%.",
    "We will not increase our prices this year, but no reduction either.",
    "Instead of an increase we can give you 1% off.",
    "Last year's increase was already 4%; we keep the price now.",
    "We have absorbed the cost increase without passing it on.",
    "We can raise the discount to 3% if you pay within 10 days.",
]


@pytest.mark.parametrize("answer", NOT_AN_INCREASE)
def test_increase_words_about_something_else_are_no_increase(answer):
    assert not read(answer).price_increase, answer

"""Number words are read only in the language the reply is written in."""

from __future__ import annotations

import pytest

from mailbot.core.reading.language import EVERY, languages_of
from mailbot.core.reading.number_words import spell_out_digits


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We can do this once the order is confirmed, thanks.", "en"),
        ("Wir können Ihnen leider nicht mehr geben.", "de"),
        ("Nous pouvons vous proposer une remise.", "fr"),
        ("Muchas gracias, nuestro precio es firme.", "es"),
        ("Possiamo offrire uno sconto, grazie.", "it"),
        ("Onze prijzen gaan omhoog, met vriendelijke groet.", "nl"),
        ("Niestety nie możemy obniżyć ceny.", "pl"),
        ("Não podemos baixar o preço, obrigado.", "pt"),
        ("Vi kan inte sänka priset, tack.", "sv"),
    ],
)
def test_the_language_of_a_reply(text, language):
    assert language in languages_of(text)
    assert len(languages_of(text)) <= 2


def test_a_reply_too_short_to_tell_keeps_every_language():
    assert languages_of("OK, 5%.") == EVERY


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("3% is fine once our director has signed it off.", "once"),  # not the Spanish 11
        ("Onze prijzen stijgen met 3%.", "Onze"),  # Dutch "our", not the French 11
        ("Possiamo offrire uno sconto, grazie.", "uno"),  # an article, no unit after it
    ],
)
def test_a_word_that_is_a_number_elsewhere_stays_a_word(text, spelled):
    assert spelled in spell_out_digits(text, languages_of(text))


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Podemos pagar a once días, muchas gracias.", "11 días"),
        ("Nous pouvons accepter onze jours, merci.", "11 jours"),
        ("Possiamo accettare un anno di contratto, grazie.", "1 anno"),
        ("Wir können dreißig Tage anbieten, leider nicht mehr.", "30 Tage"),
    ],
)
def test_number_words_of_the_reply_s_language_are_digits(text, digits):
    assert digits in spell_out_digits(text, languages_of(text))

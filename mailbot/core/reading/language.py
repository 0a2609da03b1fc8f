"""Which of the nine languages a reply is written in, from its most common small words.

Some words are a number in one language and an ordinary word in another: "once" is
eleven in Spanish and a conjunction in English, "onze" eleven in French and "our" in
Dutch, "elf", "sei", "due", "tien" the same. The reader reads such a word, and such a
connector, only in the languages the reply is written in. A reply too short to tell
(no small word of any language) keeps every language, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv")
EVERY = frozenset(LANGUAGES)

# Function words frequent in business mail, none of them a number, each in one language
# only (a word shared by two languages is left out: it tells nothing).
_SMALL_WORDS = {
    "en": "the and you our for with this that can are will be it of on at as by not would "
          "could your from have has but once please thanks regards which",
    "de": "und wir sie ihnen der das nicht mit für ist können ihr unser unsere auf bei dass "
          "oder aber noch auch gerne bitte vielen grüßen leider ich uns den dem zu",
    "fr": "nous vous les pour avec est pas sur notre votre dans merci cordialement aussi "
          "sommes pouvons une",
    "es": "los las nuestro nuestra muy gracias saludos pero también ustedes usted sus "
          "nosotros hasta precio días",
    "it": "siamo possiamo che della vostra vostro nostro nostra sono anche grazie saluti "
          "cordiali però gli dei abbiamo questo questa prezzo giorni",
    "nl": "het een wij voor met niet zijn kunnen onze van jullie uw ook maar graag groet "
          "groeten bedankt hebben gaan wordt worden",
    "pl": "nie jest się dla oraz możemy że dziękuję pozdrawiam państwa nasz nasza jesteśmy "
          "ale także prosimy cena",
    "pt": "os não uma nosso nossa obrigado obrigada cumprimentos também vocês é são ao aos "
          "pelo pela preço prezado atenciosamente oferecer com em seu sua desconto muito "
          # "Att," signs off Portuguese mail; shared with Swedish "att", it tells neither
          "att conseguimos",
    "sv": "och för med inte är att det som på vår våra tack hälsningar också gärna "
          "vänliga priset oss jag",
}
_WORD_LANGUAGES: dict[str, frozenset[str]] = {}
for _language, _words in _SMALL_WORDS.items():
    for _word in _words.split():
        _WORD_LANGUAGES[_word] = _WORD_LANGUAGES.get(_word, frozenset()) | {_language}
_TELLING = {word: langs.pop() for word, langs in
            ((w, set(ls)) for w, ls in _WORD_LANGUAGES.items()) if len(langs) == 1}
_WORD = re.compile(r"[^\W\d_]+")
_CLOSE = 0.5  # a language counts when it has at least half the best one's small words


@lru_cache(maxsize=256)
def languages_of(text: str) -> frozenset[str]:
    """The languages ``text`` is written in (every language when it cannot tell)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text.lower()):
        language = _TELLING.get(word)
        if language is not None:
            counts[language] += 1
    best = max(counts.values())
    if best == 0:
        return EVERY
    return frozenset(lang for lang, count in counts.items() if count >= best * _CLOSE)

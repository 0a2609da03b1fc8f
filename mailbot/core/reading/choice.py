"""A reply that picks one of the packages the bot offered by letter (MESO).

An offer with alternatives lists them as A, B, C. Suppliers answer "B", "Option B
works for us", "we'd go with the second", "Variante B", "l'option B", "opción B".
Only the supplier's new text is read (quotes are gone by then, so the bot's own lettered
list is never taken for a pick). Two different letters ("A or B", "A is fine, B too")
are ambiguous: a human decides. Nothing is read when the offer had no alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LETTERS = "ABC"

_NOUN = (
    r"(?:option|variante|variant|alternative|alternativa|opci[óo]n|package|paket|offer|"
    r"angebot|offre|oferta|proposal|proposition|propuesta|vorschlag|version)"
)
_CHOOSE = (
    r"(?:go(?:ing)? with|take|choose|prefer|opt for|pick|select|accept|like|want|"
    r"nehmen|w[äa]hlen|bevorzugen|entscheiden uns f[üu]r|prenons|choisissons|"
    r"pr[ée]f[ée]rons|retenons|optons pour|elegimos|preferimos|tomamos|"
    r"nos quedamos con|optamos por|aceptamos)"
)
_ORDINALS: dict[str, int] = {
    "first": 0, "second": 1, "third": 2, "erste": 0, "zweite": 1, "dritte": 2,
    "premier": 0, "première": 0, "premiere": 0, "deuxième": 1, "deuxieme": 1,
    "troisième": 2, "troisieme": 2, "primera": 0, "primer": 0, "segunda": 1, "tercera": 2,
}
_ORDINAL = (r"(?P<o>first|second|third|erste|zweite|dritte|premi[eè]re?|premier|"
            r"deuxi[eè]me|seconde?|troisi[eè]me|primera|primer|segunda|tercera)[nrms]?")
_ARTICLE = r"(?:the|die|der|das|den|la|le|el|l')"

# Letter after an option noun: "option B", "Variante B", "opción (C)".
_NAMED = re.compile(rf"\b{_NOUN}\s*\(?(?P<l>[A-Ca-c])\)?(?!\w)", re.IGNORECASE)
# A letter on its own line, perhaps with a choice verb or a polite word: "B", "B, thanks".
_BARE = re.compile(
    rf"^\s*(?i:(?:we|i)(?:'d|'ll| would| will)?\s+{_CHOOSE}\s+)?\(?(?P<l>[A-C])\)?"
    r"\s*(?:[.,!:;-]*\s*(?i:please|thanks|thank you|bitte|danke|merci|gracias|por favor)?)?"
    r"[.!]*\s*$",
    re.MULTILINE,
)
# A letter opening a sentence or clause, as its subject: "B works for us", "A is fine, B too".
_SUBJECT = re.compile(
    r"(?:^|[.!;,]\s+)\(?(?P<l>[A-C])\)?(?=\s+(?i:is|works?|would|sounds?|suits?|looks?|"
    r"too|as well|also|passt|ist|geht|w[äa]re|nous|me|est|serait|va|est[áa]|es|nos)\b)",
    re.MULTILINE,
)
# "we'd go with the second", "the second option", "la segunda opción", "die zweite Variante".
_BY_ORDINAL = re.compile(
    rf"(?P<lead>{_CHOOSE}\s+)?{_ARTICLE}\s*{_ORDINAL}\b(?P<noun>\s+(?:one\b|{_NOUN}))?",
    re.IGNORECASE,
)
_EITHER = re.compile(
    rf"\b(?:{_NOUN}\s+)?(?P<a>[A-C])\s*(?:or|oder|ou|o|/|and|und|et|y|&)\s*"
    rf"(?:{_NOUN}\s+)?(?P<b>[A-C])\b"
)


@dataclass(frozen=True)
class Pick:
    """Which alternative the reply picks (0-based), whether it is ambiguous, and where."""

    index: int | None = None
    ambiguous: bool = False
    spans: tuple[tuple[int, int], ...] = ()
    text: str = ""

    def blank(self, text: str) -> str:
        """``text`` without the words that made the pick (its letter is not a term)."""
        for start, end in self.spans:
            text = text[:start] + " " * (end - start) + text[end:]
        return text


NO_PICK = Pick()


def find_pick(text: str, count: int) -> Pick:
    """The alternative ``text`` picks among ``count`` offered (none when ``count`` < 2)."""
    if count < 2:
        return NO_PICK
    found = list(_letters(text)) + list(_ordinals(text))
    spans = tuple((start, end) for _, start, end in found)
    if _EITHER.search(text):
        return Pick(None, True, spans)
    chosen = {index for index, _, _ in found}
    if not chosen:
        return NO_PICK
    if len(chosen) > 1 or max(chosen) >= count:
        return Pick(None, True, spans)
    start, end = spans[0]
    return Pick(chosen.pop(), False, spans, text[start:end].strip())


def _letters(text: str) -> list[tuple[int, int, int]]:
    found = []
    for pattern in (_NAMED, _BARE, _SUBJECT):
        for match in pattern.finditer(text):
            letter = match.group("l")
            if letter.islower() and not _ends_phrase(text, match.end("l")):
                continue  # "we offer a 3% reduction": the article, not a letter
            found.append((LETTERS.index(letter.upper()), match.start(), match.end()))
    return found


def _ends_phrase(text: str, end: int) -> bool:
    """A lower-case letter counts only at the end of its phrase: "option b." or "option b,"."""
    return bool(re.match(r"\)?\s*(?:[.,;:!]|$)", text[end:]))


def _ordinals(text: str) -> list[tuple[int, int, int]]:
    found = []
    for match in _BY_ORDINAL.finditer(text):
        if not (match.group("lead") or match.group("noun")):
            continue  # "the first delivery": an ordinal, but no choice between packages
        word = match.group("o").lower()
        index = next(i for key, i in _ORDINALS.items() if word.startswith(key.strip()))
        found.append((index, match.start(), match.end()))
    return found

"""Case-insensitive word cues, matched fast: lower-case text against lower-case patterns.

The reader's cues are long alternations of words in nine languages. Python's ``re`` pays
for ``IGNORECASE`` at every character of every alternative, about three times the cost of
matching lower-case text case-sensitively, and the reader runs dozens of such cues on
every message. ``Cue`` compiles a pattern in lower case and folds the text it is given
(``str.lower`` keeps the length, so match positions stay those of the original text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from mailbot.core.reading.prefilter import compile_prefiltered


@lru_cache(maxsize=512)  # the same clause is matched against many cues in a row
def fold(text: str) -> str:

    """``text`` in lower case, one character for one (positions are kept)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _lowered(pattern: str) -> str:
    """The pattern with its literal letters in lower case; ``\\W``, ``\\S``, ``\\D`` and
    ``\\B`` keep their meaning."""
    out = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")



_REMEMBERED = 64  # texts per cue: a message's clauses, not a corpus


class Cue:
    """A compiled case-insensitive pattern that matches on folded text."""

    __slots__ = ("_found", "_regex", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._regex = compile_prefiltered(_lowered(pattern), flags & ~re.IGNORECASE)
        self._found: dict[str, re.Match[str] | None] = {}  # the last texts searched

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match; a text searched again (the same clause asked about by two
        signals) is answered from memory."""
        if pos:
            return self._regex.search(fold(text), pos)
        if text in self._found:
            return self._found[text]
        if len(self._found) >= _REMEMBERED:
            self._found.clear()
        found = self._found[text] = self._regex.search(fold(text))
        return found

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._regex.match(fold(text), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._regex.finditer(fold(text))

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self._regex.finditer(fold(text))]

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        """Pieces of the original ``text`` (not of its folded copy)."""
        pieces, position = [], 0
        for count, found in enumerate(self._regex.finditer(fold(text)), 1):
            pieces.append(text[position : found.start()])
            position = found.end()
            if maxsplit and count >= maxsplit:
                break
        pieces.append(text[position:])
        return pieces

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        """Replace in the original ``text``; a callable gets matches on the folded copy."""
        out, position = [], 0
        for found in self._regex.finditer(fold(text)):
            out.append(text[position : found.start()])
            out.append(replacement(found) if callable(replacement) else replacement)
            position = found.end()
        out.append(text[position:])
        return "".join(out)


def cue(pattern: str, flags: int = 0) -> Cue:
    return Cue(pattern, flags)


class EitherCue:
    """A cue, or else a second one tried only where a cheap hint is found: a rare kind
    of wording kept out of a cue searched many times (its alternation stays short)."""

    __slots__ = ("_first", "_hint", "_second", "pattern")

    def __init__(self, pattern: str, second: Cue, hint: Cue) -> None:
        self._first, self._second, self._hint = Cue(pattern), second, hint
        self.pattern = pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self._first.search(text, pos)
        if found is None and self._hint.search(text, pos):
            return self._second.search(text, pos)
        return found

"""German typed without umlauts: "koennen", "moeglich", "fuer", "Rueckverguetung".

Writers on a keyboard without umlauts spell ä, ö, ü as ae, oe, ue, and every German cue
of the reader is written with the umlaut (or with its bare vowel, as in "k[öo]nnen").
In German text the digraphs are turned back into umlauts, except where German keeps
them: after a vowel ("neue", "Steuer", "Bauer"), after "q" ("Frequenz"), in the "-uell"
words ("aktuell", "eventuell") and in "zuerst", "zueinander".
"""

from __future__ import annotations

import re

_DIGRAPH = re.compile(r"(?<![aeiouäöüqAEIOUÄÖÜQ])([aouAOU])e(?!ll)")
_KEPT = re.compile(r"\bzue(rst|inander|nde)\b|\b(michael|israel|poesie|oboe)\b", re.IGNORECASE)
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}
_HINT = re.compile(r"[aou]e", re.IGNORECASE)


def with_umlauts(text: str) -> str:
    """``text`` with ae, oe, ue read as ä, ö, ü where German would write them so."""
    if not _HINT.search(text):
        return text
    kept = {m.start() for m in _KEPT.finditer(text)}
    return _DIGRAPH.sub(
        lambda m: m.group(0) if _kept(m.start(), kept) else _UMLAUT[m.group(1)], text)


def _kept(position: int, kept: set[int]) -> bool:
    return any(start <= position < start + 12 for start in kept)

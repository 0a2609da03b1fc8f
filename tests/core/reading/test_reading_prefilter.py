"""A prefiltered pattern finds exactly what the plain pattern finds.

Every cue the reader compiles is checked against its plain compile on generated text
made of the cue's own words, so that matches, spans and groups are really compared."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import mailbot.core.reading as reading
from mailbot.core.reading.folding import Cue, _lowered
from mailbot.core.reading.prefilter import ORIGINALS, compile_prefiltered, first_characters


def reader_cues() -> list[Cue]:
    found: list[Cue] = []
    for info in pkgutil.iter_modules(reading.__path__):
        module = importlib.import_module(f"mailbot.core.reading.{info.name}")
        found += [value for value in vars(module).values() if isinstance(value, Cue)]
    return found


CUES = reader_cues()
WORDS = sorted({w for c in CUES for w in re.findall(r"[^\W\d_]{2,}", c.pattern.lower())})
TEXT = st.lists(st.sampled_from([*WORDS, " ", ", ", ".\n", "'s", "3%", "45", "-", ":"]),
                max_size=40).map(" ".join)


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


def spans(pattern: re.Pattern[str], text: str) -> Found:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_most_reader_cues_are_prefiltered():
    prefiltered = [c for c in CUES if first_characters(_lowered(c.pattern), c._regex.flags)]
    assert len(CUES) > 50
    assert len(prefiltered) > len(CUES) / 2


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_every_prefiltered_pattern_finds_what_its_plain_pattern_finds(text):
    assert len(ORIGINALS) > 100  # every cue, and the plain patterns compiled this way
    for compiled, (pattern, flags) in ORIGINALS.items():
        plain = re.compile(pattern, flags)
        assert compiled.pattern == pattern and compiled.groupindex == plain.groupindex
        for sample in (text, text.upper(), f"({text}: 12-3 45, {text})"):
            assert spans(compiled, sample) == spans(plain, sample), pattern[:60]


def test_the_lookahead_names_every_possible_first_character():
    assert first_characters(r"\b(net|netto|n[ée]to)\b") == "(?=[n])"
    assert first_characters(r"^\s*yes\b|\bok\b") == "(?:^|(?=[o]))"
    anchored = compile_prefiltered(r"^\s*yes\b|\bok\b")
    assert anchored.search("yes") and anchored.search("is ok")
    assert first_characters(r"(?:ab)?c+") == "(?=[ac])"


def test_patterns_it_cannot_read_are_left_without_a_lookahead():
    for pattern in (r"\w+ net", r"a?", r".x", r"[^x]y", r"(?i:a)b", r"[^x]\d"):
        assert first_characters(pattern) is None


def test_patterns_the_engine_scans_for_are_left_to_it():
    for pattern in (r"\d%", r"net|netto", r"[$€]\s?\d", r"(?:skonto|sconto)"):
        assert first_characters(pattern) is None


def test_digits_and_blanks_at_the_start_are_named_by_their_class():
    assert first_characters(r"\s*(but|aber)\b|\(\d{3}\)") == r"(?=[\(\sab])"
    found = compile_prefiltered(r"\s*(but|aber)\b|\(\d{3}\)")
    assert found.search("ok\u3000aber") and found.search("ok\u2029 but")
    assert found.search("call (555) 12")
    assert first_characters(r"\w+@|ab") is None  # nearly every place would pass


# Random alternations of the shapes the cues use (literals, classes, groups, optional
# parts, zero-width tests, anchors, wildcards), long enough to be sorted by first
# character, against random text: the same matches, spans and groups.
PIECE = st.sampled_from(["a", "b", "c", "ab", "ba", "[ab]", "[bc]", "(a|b)", "(?:a|c)", "b?",
                         "(c)", r"\b", "^", "(?=a)", "(?!b)", ".", r"\s", "a+", "(?:ab)?"])
ALTERNATIVE = st.lists(PIECE, min_size=0, max_size=4).map("".join)
ALTERNATION = st.lists(ALTERNATIVE, min_size=8, max_size=14).map(
    lambda alternatives: r"\b(" + "|".join(alternatives) + r")(c|\b)")


@settings(max_examples=300, deadline=None)
@given(ALTERNATION, st.lists(st.text("abc ", max_size=12), min_size=1, max_size=5))
def test_sorted_alternations_find_what_the_plain_pattern_finds(pattern, texts):
    plain, sorted_ = re.compile(pattern), compile_prefiltered(pattern)
    for text in texts:
        assert spans(sorted_, text) == spans(plain, text)
        assert [m.groups() for m in sorted_.finditer(text, 1)] == [
            m.groups() for m in plain.finditer(text, 1)]

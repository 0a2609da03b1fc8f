"""Regular expressions that skip, at C speed, the places where no match can start.

Python's ``re`` tries a pattern at every position of the text. The reader's cues are long
alternations of words in nine languages after a ``\\b``; at each word start the engine
walks all the alternatives, even where the word begins with a letter no alternative
begins with. When every match must start with one of a known set of characters, a
lookahead ``(?=[...])`` in front rejects the other positions in one step. It changes
nothing else: the same matches, spans and groups (a match that starts at ``^`` keeps its
way in). The set is read from the engine's own parse of the pattern; anything the
analysis does not understand (a ``\\w`` at the start, an inline flag, a pattern that may
match the empty string) leaves the pattern as it is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The stdlib's own regex parser (``re._parser`` since Python 3.11): the same reading of a
# pattern as the engine's. Without it, patterns are compiled as written.
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python's internals
    _parser = None

_MAX_RANGE = 400  # a wider range ([a-z] is 26, [\u0000-\uffff] is not worth it) gives up
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_Start = tuple[frozenset[str], bool, bool]  # (first characters, may start at ^, may be empty)


class _Unknown(Exception):
    """The pattern holds something whose first character is not known."""


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead for the first character in front
    where the possible first characters are known."""
    plain = re.compile(pattern, flags)
    prefix = _prefix(pattern, flags)
    return plain if prefix is None else re.compile(f"{prefix}(?:{pattern})", flags)


def _prefix(pattern: str, flags: int) -> str | None:
    if _parser is None or flags & (re.VERBOSE | re.IGNORECASE) or _GLOBAL_FLAGS.match(pattern):
        return None
    try:
        parsed = _parser.parse(pattern, flags).data
        if _engine_scans(parsed):
            return None
        chars, anchored, empty = _sequence(parsed)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if empty or not chars:
        return None
    lookahead = "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
    return f"(?:^|{lookahead})" if anchored else lookahead


def _engine_scans(items: Any) -> bool:
    """The engine finds the first character itself (a pattern that starts with a literal,
    a class, or alternatives that each start with a literal): a lookahead would only
    hide that from it."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is _c.BRANCH:
        return all(branch and branch[0][0] is _c.LITERAL for branch in av[1])
    return op in (_c.LITERAL, _c.IN)


def _sequence(items: Any) -> _Start:
    """First characters of a sequence: those of its items up to the first that cannot
    match empty."""
    chars: set[str] = set()
    anchored = False
    for op, av in items:
        first, at_start, empty = _item(op, av)
        chars |= first
        anchored = anchored or at_start
        if not empty:
            return frozenset(chars), anchored, False
    return frozenset(chars), anchored, True


def _item(op: Any, av: Any) -> _Start:
    if op is _c.LITERAL:
        return frozenset({chr(av)}), False, False
    if op is _c.IN:
        return _class(av), False, False
    if op is _c.BRANCH:
        return _union([_sequence(branch) for branch in av[1]])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _sequence(sub.data)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, anchored, empty = _sequence(sub.data)
        return chars, anchored, empty or low == 0
    if op is _c.AT:
        if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING):
            return frozenset(), True, False  # this way in starts at ^, whatever follows
        return frozenset(), False, True  # \b, \B, $: zero width
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return frozenset(), False, True  # lookarounds consume nothing
    raise _Unknown


def _union(starts: list[_Start]) -> _Start:
    return (frozenset().union(*(s[0] for s in starts)), any(s[1] for s in starts),
            any(s[2] for s in starts))


def _class(items: Any) -> frozenset[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in _categories():
            chars |= _categories()[av]
        else:  # NEGATE, \w, \d and the negated categories, wide ranges
            raise _Unknown
    return frozenset(chars)


# Every character ``\s`` matches: Unicode whitespace, all below U+3001 (a test checks the
# whole code space), which holds the ASCII whitespace of ``re.ASCII`` patterns.
SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def _categories() -> dict[Any, frozenset[str]]:
    return {_c.CATEGORY_SPACE: SPACES, _c.CATEGORY_UNI_SPACE: SPACES}

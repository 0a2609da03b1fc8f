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
import itertools
import re
from typing import Any

# The stdlib's own regex parser (``re._parser`` since Python 3.11): the same reading of a
# pattern as the engine's. Without it, patterns are compiled as written.
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _compiler: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another Python's internals
    _parser = None

_MAX_RANGE = 400  # a wider range ([a-z] is 26, [\u0000-\uffff] is not worth it) gives up
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_Start = tuple[frozenset[str], bool, bool]  # (first characters, may start at ^, may be empty)


class _Unknown(Exception):
    """The pattern holds something whose first character is not known."""


# Every pattern compiled here, with the text and flags it was given (for the tests that
# hold each to its plain compile).
ORIGINALS: dict[re.Pattern[str], tuple[str, int]] = {}


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a lookahead for the first character in front
    where the possible first characters are known, and long alternations sorted by their
    first character."""
    compiled = _compile_prefiltered(pattern, flags)
    ORIGINALS[compiled] = (pattern, flags)
    return compiled


def _compile_prefiltered(pattern: str, flags: int) -> re.Pattern[str]:
    plain = re.compile(pattern, flags)
    if _parser is None or flags & (re.VERBOSE | re.IGNORECASE) or _GLOBAL_FLAGS.match(pattern):
        return plain
    prefix = _prefix(pattern, flags)
    text = pattern if prefix is None else f"{prefix}(?:{pattern})"
    try:
        return sorted_alternatives(text, flags)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return plain if prefix is None else re.compile(text, flags)


# ---- long alternations ------------------------------------------------------------------
# At each place, the engine tries the alternatives of ``(agreed|accept|...)`` one by one,
# hundreds of them in a cue of nine languages; it skips one that starts with a literal
# other than the character there in a few steps, but must enter every other one (those
# that start with a group or a class). Sorted by first character, ``a(?:greed|ccept)``,
# one literal check skips a whole group; alternatives that cannot be cut after their
# first character stay whole behind a lookahead for it, ``(?=r)(?:(raise|...) ...)``.
# Each character's alternatives keep their original order, and those whose first
# character is not known (they may start anywhere, or be empty) are in every character's
# list and in a last one: whatever the character, the alternatives that can match there
# are tried in their original order, so the first to match is the one it was before.

_SORT_FROM = 8  # alternatives; fewer are tried quickly enough as they are


def sorted_alternatives(text: str, flags: int = 0) -> re.Pattern[str]:
    """``text`` compiled with its long alternations sorted by first character."""
    tree = _parser.parse(text, flags)
    _sort_branches(tree.data, tree.state)
    code = _compiler._code(tree, flags)
    names = tree.state.groupdict
    index_names: list[str | None] = [None] * tree.state.groups
    for name, index in names.items():
        index_names[index] = name
    pattern: re.Pattern[str] = _sre.compile(text, flags | tree.state.flags, code,
                                            tree.state.groups - 1, names, tuple(index_names))
    return pattern


def _sort_branches(items: Any, state: Any) -> None:
    for position, (op, av) in enumerate(items):
        if op is _c.BRANCH:
            for branch in av[1]:
                _sort_branches(branch.data, state)
            if len(av[1]) >= _SORT_FROM:
                sorted_ = _by_first_character(av[1], state)
                if _cost(sorted_) < _cost(av[1]):
                    items[position] = (_c.BRANCH, (None, sorted_))
        elif op is _c.SUBPATTERN:
            _sort_branches(av[3].data, state)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _sort_branches(av[2].data, state)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _sort_branches(av[1].data, state)


def _cost(branches: list[Any]) -> int:
    """Roughly the steps it takes to find that none of the alternatives starts here."""
    return sum(_entry_cost(list(branch.data)) for branch in branches)


def _entry_cost(items: list[Any]) -> int:
    """A literal or a class is one step; a group, a repeat or a lookahead is entered and
    costs what its own first items cost."""
    if not items:
        return 1
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return 1
    if op is _c.AT:
        return 1 + _entry_cost(items[1:])
    if op is _c.SUBPATTERN:
        return 1 + _entry_cost(list(av[3].data) + items[1:])
    if op is _c.BRANCH:
        return 1 + sum(_entry_cost(list(branch.data)) for branch in av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return 3 + _entry_cost(list(av[1].data))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        optional = _entry_cost(items[1:]) if av[0] == 0 else 0
        return 2 + _entry_cost(list(av[2].data)) + optional
    return 4


def _by_first_character(branches: list[Any], state: Any) -> list[Any]:
    firsts: list[frozenset[str] | None] = []
    for branch in branches:
        try:
            chars, anchored, empty = _sequence(branch.data)
        except _Unknown:
            chars, anchored, empty = frozenset(), True, True
        unsorted = anchored or empty or any(len(c) > 1 for c in chars)  # \\d, \\s, ranges
        firsts.append(None if unsorted else chars)
    known = sorted(set().union(*(f for f in firsts if f is not None)))
    groups: list[Any] = []
    for char in known:
        members = [b for b, f in zip(branches, firsts, strict=True) if f is None or char in f]
        groups += _runs(members, char, state)
    wild = [b for b, f in zip(branches, firsts, strict=True) if f is None]
    if wild:
        groups.append(_parser.SubPattern(state, [_group(wild, state)]))
    return groups


def _runs(members: list[Any], char: str, state: Any) -> list[Any]:
    """One character's alternatives in order: runs that can be cut after the character
    as ``\\b?c(?:rest|rest)`` (the same zero-width test first), the others whole as
    ``(?=c)(?:whole|whole)``."""
    cut = [(member, _after(list(member.data), char, ())) for member in members]
    runs: list[Any] = []
    for key, run in itertools.groupby(cut, key=lambda pair: None if pair[1] is None
                                      else pair[1][0]):
        pairs = list(run)
        if key is not None:
            items = [*key, (_c.LITERAL, ord(char)), _group([rest for _, (_, rest) in pairs],
                                                          state)]
        else:
            lookahead = (_c.ASSERT, (1, _parser.SubPattern(state, [(_c.LITERAL, ord(char))])))
            items = [lookahead, _group([member for member, _ in pairs], state)]
        runs.append(_parser.SubPattern(state, items))
    return runs


_ZERO_WIDTH_HEADS = () if _parser is None else (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)


def _after(items: list[Any], char: str, head: tuple[Any, ...]) -> Any:
    """(the word-boundary tests before it, the alternative after its first character
    ``char``), or None where it does not start with that character plainly."""
    if not items:
        return None
    op, av = items[0]
    if op is _c.AT and av in _ZERO_WIDTH_HEADS:
        return _after(items[1:], char, (*head, items[0]))
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = av[3].data
        if inner and inner[0][0] is not _c.BRANCH:
            return _after(list(inner) + items[1:], char, head)
        return None
    if op is _c.LITERAL and chr(av) == char:
        return head, items[1:]
    if op is _c.IN:
        try:
            return (head, items[1:]) if char in _class(av) else None
        except _Unknown:
            return None
    return None


def _group(members: list[Any], state: Any) -> Any:
    if len(members) == 1:
        return (_c.SUBPATTERN, (None, 0, 0, _sub(members[0], state)))
    inner = _parser.SubPattern(state, [(_c.BRANCH, (None, [_sub(m, state) for m in members]))])
    return (_c.SUBPATTERN, (None, 0, 0, inner))


def _sub(member: Any, state: Any) -> Any:
    return member if isinstance(member, _parser.SubPattern) else _parser.SubPattern(state, member)


# ---- the first characters of a match -----------------------------------------------------


def _prefix(pattern: str, flags: int) -> str | None:
    try:
        parsed = _parser.parse(pattern, flags).data
        if _engine_scans(parsed):
            return None
        chars, anchored, empty = _sequence(parsed)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if empty or not chars or chars & _BROAD:
        return None  # a lookahead that lets (almost) every place through costs more
    lookahead = "(?=[" + "".join(c if len(c) > 1 else re.escape(c) for c in sorted(chars)) + "])"
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
    """A class's characters; a category (``\\d``, ``\\s``) or a wide range is kept as
    the text that writes it in a class."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is _c.RANGE:
            chars.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:  # NEGATE, and categories of a locale
            raise _Unknown
    return frozenset(chars)


_CATEGORIES = {} if _parser is None else {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_BROAD = frozenset({r"\D", r"\S", r"\w", r"\W"})

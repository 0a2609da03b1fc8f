"""Which characters a regular expression's match can start with, read from the engine's
own parse of the pattern (``re._parser``, Python 3.11 and later).

The answer is sound or absent: every match starts with one of the characters named (or
at an anchor, ``^`` or ``\\A``), and anything the analysis does not know (``.``, a negated
class, an inline flag) raises ``Unknown`` rather than guess. ``prefilter`` and
``alternation_sort`` build on it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

try:
    parser: Any = importlib.import_module("re._parser")
    const: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python's internals
    parser = const = None

_MAX_RANGE = 400  # wider ranges are kept whole (a class item), not listed


class Unknown(Exception):
    """The pattern holds something whose first character is not known."""


@dataclass(frozen=True)
class Start:
    """How a match of a sequence can start: with one of ``chars`` (characters, and class
    items such as ``(CATEGORY, CATEGORY_DIGIT)`` or a wide ``(RANGE, (lo, hi))``), at one
    of the ``anchors`` (``AT`` codes), or, when ``empty``, with whatever follows."""

    chars: frozenset[Any] = frozenset()
    anchors: frozenset[Any] = frozenset()
    empty: bool = False

    @property
    def plain(self) -> bool:
        """Only characters: no class item, no anchor, never empty."""
        return not (self.anchors or self.empty) and all(isinstance(c, str) for c in self.chars)


def sequence_start(items: Any) -> Start:
    """The start of a sequence: its items' up to the first that cannot match empty."""
    chars: set[Any] = set()
    anchors: set[Any] = set()
    for op, av in items:
        start = _item_start(op, av)
        chars |= start.chars
        anchors |= start.anchors
        if not start.empty:
            return Start(frozenset(chars), frozenset(anchors), False)
    return Start(frozenset(chars), frozenset(anchors), True)


def _item_start(op: Any, av: Any) -> Start:
    if op is const.LITERAL:
        return Start(frozenset({chr(av)}))
    if op is const.IN:
        return Start(class_chars(av))
    if op is const.BRANCH:
        starts = [sequence_start(branch) for branch in av[1]]
        return Start(frozenset().union(*(s.chars for s in starts)),
                     frozenset().union(*(s.anchors for s in starts)),
                     any(s.empty for s in starts))
    if op is const.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise Unknown
        return sequence_start(sub.data)
    if op in (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT):
        low, _high, sub = av
        start = sequence_start(sub.data)
        return Start(start.chars, start.anchors, start.empty or low == 0)
    if op is const.AT:
        if av in (const.AT_BEGINNING, const.AT_BEGINNING_LINE, const.AT_BEGINNING_STRING):
            return Start(anchors=frozenset({av}))  # this way in starts there, whatever follows
        return Start(empty=True)  # \b, \B, $: zero width
    if op in (const.ASSERT, const.ASSERT_NOT):
        return Start(empty=True)  # lookarounds consume nothing
    raise Unknown


def class_chars(items: Any) -> frozenset[Any]:
    """A class's characters; a category (``\\d``, ``\\s``) or a wide range is kept as its
    class item."""
    chars: set[Any] = set()
    for op, av in items:
        if op is const.LITERAL:
            chars.add(chr(av))
        elif op is const.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is const.RANGE or (op is const.CATEGORY and av in _CATEGORIES):
            chars.add((op, av))
        else:  # a negated class, a category of a locale
            raise Unknown
    return frozenset(chars)


_CATEGORIES = frozenset() if const is None else frozenset({
    const.CATEGORY_DIGIT, const.CATEGORY_NOT_DIGIT, const.CATEGORY_SPACE,
    const.CATEGORY_NOT_SPACE, const.CATEGORY_WORD, const.CATEGORY_NOT_WORD})
# Classes that let (almost) every place of a text through: no use as a filter.
BROAD = frozenset() if const is None else frozenset({
    (const.CATEGORY, const.CATEGORY_NOT_DIGIT), (const.CATEGORY, const.CATEGORY_NOT_SPACE),
    (const.CATEGORY, const.CATEGORY_WORD), (const.CATEGORY, const.CATEGORY_NOT_WORD)})


def engine_scans(items: Any) -> bool:
    """The engine finds the first character itself (a pattern that starts with a literal,
    a class, or alternatives that each start with a literal)."""
    while items and items[0][0] is const.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is const.BRANCH:
        return all(branch and branch[0][0] is const.LITERAL for branch in av[1])
    return op in (const.LITERAL, const.IN)

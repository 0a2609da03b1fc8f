"""Long alternations sorted by first character, in a parsed pattern (same matches).

At each place, the engine tries the alternatives of ``(agreed|accept|...)`` one by one,
hundreds of them in a cue of nine languages; it skips one that starts with a literal
other than the character there in a few steps, but must enter every other one (those
that start with a group, a repeat or a word-boundary test). Sorted by first character,
``a(?:greed|ccept)``, one literal check skips a whole group; alternatives that cannot be
cut after their first character stay whole behind a lookahead for it,
``(?=r)(?:(raise|...) ...)``.

Each character's alternatives keep their original order, and those whose first character
is not known (they may start anywhere, or be empty) are in every character's list and in
a last one: whatever the character, the alternatives that can match there are tried in
their original order, so the first to match is the one it was before. A branch is sorted
only where that is cheaper by a rough count of the steps it takes to reject a place.
"""

from __future__ import annotations

import itertools
from typing import Any

from mailbot.core.reading.first_chars import Unknown, class_chars, const, parser, sequence_start

_SORT_FROM = 8  # alternatives; fewer are tried quickly enough as they are


def sort_branches(items: Any, state: Any) -> None:
    """Sort, in place, every long enough branch of the parsed ``items``."""
    for position, (op, av) in enumerate(items):
        if op is const.BRANCH:
            for branch in av[1]:
                sort_branches(branch.data, state)
            if len(av[1]) >= _SORT_FROM:
                sorted_ = _by_first_character(av[1], state)
                if _cost(sorted_) < _cost(av[1]):
                    items[position] = (const.BRANCH, (None, sorted_))
        elif op is const.SUBPATTERN:
            sort_branches(av[3].data, state)
        elif op in (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT):
            sort_branches(av[2].data, state)
        elif op in (const.ASSERT, const.ASSERT_NOT):
            sort_branches(av[1].data, state)


def _cost(branches: list[Any]) -> int:
    """Roughly the steps it takes to find that none of the alternatives starts here."""
    return sum(_entry_cost(list(branch.data)) for branch in branches)


def _entry_cost(items: list[Any]) -> int:
    """A literal or a class is one step; a group, a repeat or a lookahead is entered and
    costs what its own first items cost."""
    if not items:
        return 1
    op, av = items[0]
    if op in (const.LITERAL, const.IN):
        return 1
    if op is const.AT:
        return 1 + _entry_cost(items[1:])
    if op is const.SUBPATTERN:
        return 1 + _entry_cost(list(av[3].data) + items[1:])
    if op is const.BRANCH:
        return 1 + sum(_entry_cost(list(branch.data)) for branch in av[1])
    if op in (const.ASSERT, const.ASSERT_NOT):
        return 3 + _entry_cost(list(av[1].data))
    if op in (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT):
        optional = _entry_cost(items[1:]) if av[0] == 0 else 0
        return 2 + _entry_cost(list(av[2].data)) + optional
    return 4


def _by_first_character(branches: list[Any], state: Any) -> list[Any]:
    firsts: list[frozenset[Any] | None] = []
    for branch in branches:
        try:
            start = sequence_start(branch.data)
        except Unknown:
            firsts.append(None)
            continue
        firsts.append(start.chars if start.plain else None)
    known = sorted(set().union(*(f for f in firsts if f is not None)))
    groups: list[Any] = []
    for char in known:
        members = [b for b, f in zip(branches, firsts, strict=True) if f is None or char in f]
        groups += _runs(members, char, state)
    wild = [b for b, f in zip(branches, firsts, strict=True) if f is None]
    if wild:
        groups.append(parser.SubPattern(state, [_group(wild, state)]))
    return groups


def _runs(members: list[Any], char: str, state: Any) -> list[Any]:
    """One character's alternatives in order: runs that can be cut after the character
    as ``\\b?c(?:rest|rest)`` (the same word-boundary test first), the others whole as
    ``(?=c)(?:whole|whole)``."""
    cut = [(member, _after(list(member.data), char, ())) for member in members]
    runs: list[Any] = []
    for head, run in itertools.groupby(cut, key=lambda pair: None if pair[1] is None
                                       else pair[1][0]):
        pairs = list(run)
        if head is not None:
            rests = [rest for _, (_, rest) in pairs]
            items = [*head, (const.LITERAL, ord(char)), _group(rests, state)]
        else:
            lookahead = (const.ASSERT, (1, parser.SubPattern(state, [(const.LITERAL, ord(char))])))
            items = [lookahead, _group([member for member, _ in pairs], state)]
        runs.append(parser.SubPattern(state, items))
    return runs


_BOUNDARY_TESTS = () if const is None else (const.AT_BOUNDARY, const.AT_NON_BOUNDARY)


def _after(items: list[Any], char: str, head: tuple[Any, ...]) -> Any:
    """(the word-boundary tests before it, the alternative after its first character
    ``char``), or None where it does not start with that character plainly."""
    if not items:
        return None
    op, av = items[0]
    if op is const.AT and av in _BOUNDARY_TESTS:
        return _after(items[1:], char, (*head, items[0]))
    if op is const.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = av[3].data
        if inner and inner[0][0] is not const.BRANCH:
            return _after(list(inner) + items[1:], char, head)
        return None
    if op is const.LITERAL and chr(av) == char:
        return head, items[1:]
    if op is const.IN:
        try:
            return (head, items[1:]) if char in class_chars(av) else None
        except Unknown:
            return None
    return None


def _group(members: list[Any], state: Any) -> Any:
    """``(?:a|b)`` of the members (parsed sequences or lists of items)."""
    subs = [m if isinstance(m, parser.SubPattern) else parser.SubPattern(state, m)
            for m in members]
    inner = subs[0] if len(subs) == 1 else parser.SubPattern(
        state, [(const.BRANCH, (None, subs))])
    return (const.SUBPATTERN, (None, 0, 0, inner))

"""Regular expressions that skip, at C speed, the places where no match can start.

Python's ``re`` tries a pattern at every position of the text. The reader's cues are long
alternations of words in nine languages after a ``\\b``; at each word start the engine
walks all the alternatives, even where the word begins with a letter no alternative
begins with. When every match must start with one of a known set of characters, a
lookahead ``(?=[...])`` in front rejects the other positions in one step, and long
alternations are sorted by first character (``alternation_sort``). Neither changes what
is found: the same matches, spans and groups (a match that starts at ``^`` keeps its way
in), and the compiled pattern keeps its text. The first characters are read from the
engine's own parse (``first_chars``); a pattern the analysis does not understand, or one
the engine already scans for by itself, is compiled as written.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from mailbot.core.reading.alternation_sort import sort_branches
from mailbot.core.reading.first_chars import (
    BROAD,
    Unknown,
    const,
    engine_scans,
    parser,
    sequence_start,
)

try:
    _compiler: Any = importlib.import_module("re._compiler")
    _sre: Any = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - another Python's internals
    _compiler = None

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_FAILURES = (Unknown, re.error, AttributeError, TypeError, ValueError, RecursionError)

# Every pattern compiled here, with the text and flags it was given (for the tests that
# hold each to its plain compile).
ORIGINALS: dict[re.Pattern[str], tuple[str, int]] = {}


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, faster to search with and finding the same."""
    try:
        compiled = _compiled(pattern, flags)
    except _FAILURES:
        compiled = re.compile(pattern, flags)
    ORIGINALS[compiled] = (pattern, flags)
    return compiled


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """The lookahead put in front of ``pattern``, as text (``(?=[ab])``), or None."""
    lookahead = _lookahead(parser.parse(pattern, flags))
    return None if lookahead is None else _text(lookahead)


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    if parser is None or _compiler is None or flags & (re.VERBOSE | re.IGNORECASE) or (
            _GLOBAL_FLAGS.match(pattern)):
        return re.compile(pattern, flags)
    tree = parser.parse(pattern, flags)
    lookahead = _lookahead(tree)
    sort_branches(tree.data, tree.state)
    if lookahead is not None:
        tree.data = [lookahead, *tree.data]
    code = _compiler._code(tree, flags)
    names = tree.state.groupdict
    index_names: list[str | None] = [None] * tree.state.groups
    for name, index in names.items():
        index_names[index] = name
    compiled: re.Pattern[str] = _sre.compile(pattern, flags | tree.state.flags, code,
                                             tree.state.groups - 1, names, tuple(index_names))
    return compiled


def _lookahead(tree: Any) -> Any:
    """``(?=[first characters])``, or ``(?:^|(?=[...]))`` where a match may also start at
    an anchor, as a parsed item; None where it would not help."""
    if engine_scans(tree.data):
        return None
    try:
        start = sequence_start(tree.data)
    except Unknown:
        return None
    if start.empty or not start.chars or start.chars & BROAD:
        return None  # a lookahead that lets (almost) every place through costs more
    items = [(const.LITERAL, ord(c)) if isinstance(c, str) else c
             for c in sorted(start.chars, key=str)]
    lookahead = (const.ASSERT, (1, parser.SubPattern(tree.state, [(const.IN, items)])))
    if not start.anchors:
        return lookahead
    ways = [parser.SubPattern(tree.state, [(const.AT, anchor)]) for anchor in start.anchors]
    return (const.BRANCH, (None, [*ways, parser.SubPattern(tree.state, [lookahead])]))


def _text(item: Any) -> str:
    op, av = item
    if op is const.BRANCH:
        ways = ["^" if p.data[0][0] is const.AT else _text(p.data[0]) for p in av[1]]
        return f"(?:{'|'.join(ways)})"
    chars = []
    for kind, value in av[1].data[0][1]:
        if kind is const.LITERAL:
            chars.append(re.escape(chr(value)))
        elif kind is const.RANGE:
            chars.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        else:
            chars.append(_CATEGORY_TEXT.get(value, "?"))
    return f"(?=[{''.join(chars)}])"


_CATEGORY_TEXT = {} if const is None else {
    const.CATEGORY_DIGIT: r"\d", const.CATEGORY_NOT_DIGIT: r"\D", const.CATEGORY_SPACE: r"\s",
    const.CATEGORY_NOT_SPACE: r"\S", const.CATEGORY_WORD: r"\w", const.CATEGORY_NOT_WORD: r"\W",
}

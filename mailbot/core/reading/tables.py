"""Tables that set the supplier's numbers beside the buyer's.

Suppliers answer with a table: "Item | Your proposal | Our proposal", one row per term.
Read as prose, each row names both numbers, and the buyer's would be taken for an offer.
When a header row names whose column is whose, the rows keep their label and the
supplier's own columns; the buyer's and today's columns are blanked.
"""

from __future__ import annotations

import re

from mailbot.core.reading.folding import Cue

# Cells are cut at bars and tabs, and at a slash between spaces ("-6% / -2.5%").
_CELL_SPLIT = re.compile(r"\s*[|\t]\s*|\s+/\s+")
_THEIRS = Cue(
    r"\b(your|you|requested|current|today|old|previous|ihr\w*|gew[üu]nscht|aktuell\w*|bisher\w*|"
    r"votre|vos|demand[ée]|actuel\w*|su|sus|solicitad\w*|actual|vostr\w*|richiest\w*|attual\w*|"
    r"uw|gevraagd\w*|huidig\w*|pa[ńn]stw\w*|obecn\w*|vossa|seu|sua|atual|er|ert|era|nuvarande)\b"
)
_OURS = Cue(
    r"\b(our|we|new|offer(ed)?|counter|unser\w*|neu\w*|angebot|notre|nos|nouveau|nouvelle|"
    r"nuestr\w*|nuevo|nueva|nostr\w*|nuovo|nuova|onze|ons|nieuw\w*|nasz\w*|nowy|nowa|noss\w*|"
    r"novo|nova|v[åa]r\w*|ny|nya)\b"
)


_OUR_WORD = Cue(
    r"\b(our|we|unser\w*|notre|nos|nuestr\w*|nostr\w*|onze|ons|nasz\w*|noss\w*|v[åa]r\w*)\b"
)


def own_columns(text: str) -> str:
    """``text`` with the cells of the buyer's and today's columns blanked."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        cells = _cells(line)
        if len(cells) < 2:
            continue
        theirs = [i for i, cell in enumerate(cells) if _THEIRS.search(cell)
                  and not _OUR_WORD.search(cell)]  # "Your offer" is theirs, "Our offer" ours
        ours = [i for i, cell in enumerate(cells) if _OURS.search(cell) and i not in theirs]
        if theirs and ours:
            lines[index] = " "
            lines[index + 1 :] = _blank_columns(lines[index + 1 :], set(theirs), len(cells))
            break
    return "\n".join(lines)


def _cells(line: str) -> list[str]:
    """The cells of a row; a leading bar keeps its empty first cell (the label column
    of a header: "| Your proposal | Our offer"), a trailing one does not."""
    stripped = line.strip()
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return _CELL_SPLIT.split(stripped) if stripped else []


def _blank_columns(rows: list[str], theirs: set[int], width: int) -> list[str]:
    kept = []
    for row in rows:
        cells = _cells(row)
        if len(cells) != width:
            kept.append(row)
            continue
        # a blanked cell keeps the label it may start with: "Unit price: -6%"
        kept.append(": ".join(_label(c) if i in theirs else c for i, c in enumerate(cells)
                              if i not in theirs or _label(c)))
    return kept


def _label(cell: str) -> str:
    head, colon, _ = cell.rpartition(":")
    return head.strip() if colon else ""

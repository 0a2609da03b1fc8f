"""Tables that set the supplier's numbers beside the buyer's.

Suppliers answer with a table: "Item | Your proposal | Our proposal", one row per term.
Read as prose, each row names both numbers, and the buyer's would be taken for an offer.
When a header row names whose column is whose, the rows keep their label and the
supplier's own columns; the buyer's and today's columns are blanked.
"""

from __future__ import annotations

import re

from mailbot.core.reading.folding import Cue

_CELL_SPLIT = re.compile(r"\s*[|\t]\s*")
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


def own_columns(text: str) -> str:
    """``text`` with the cells of the buyer's and today's columns blanked."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        cells = _CELL_SPLIT.split(line.strip().strip("|"))
        if len(cells) < 3:
            continue
        theirs = [i for i, cell in enumerate(cells) if _THEIRS.search(cell)
                  and not _OURS.search(cell)]
        ours = [i for i, cell in enumerate(cells) if _OURS.search(cell)]
        if theirs and ours:
            lines[index] = " "
            lines[index + 1 :] = _blank_columns(lines[index + 1 :], set(theirs), len(cells))
            break
    return "\n".join(lines)


def _blank_columns(rows: list[str], theirs: set[int], width: int) -> list[str]:
    kept = []
    for row in rows:
        cells = _CELL_SPLIT.split(row.strip().strip("|"))
        if len(cells) != width:
            kept.append(row)
            continue
        kept.append(": ".join(c for i, c in enumerate(cells) if i not in theirs))
    return kept

"""Split the supplier's text into clauses and mark the ones whose numbers are not offers.

Suppliers repeat the buyer's numbers to refuse them ("A 10% reduction is not achievable;
4% is our limit", "3% instead of 6%") or ask about them ("does the 6% apply to ...?").
Terms are read only from clauses that neither refuse nor ask, so a clause boundary is
drawn at every "but", "however", "instead of" and their German, French, Spanish and
Dutch equivalents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Mood(Enum):
    """How a clause relates to the numbers it mentions."""

    STATES = "states"  # proposes or restates: its numbers are terms
    REFUSES = "refuses"  # declines something: its numbers are the buyer's
    ASKS = "asks"  # a question: its numbers are asked about


@dataclass(frozen=True)
class Clause:
    text: str
    mood: Mood
    line: int  # index of the source line, to relate clauses to list items and rows


_ITEM = re.compile(r"^\s*([-*•–·>]|\d{1,2}[.)]\s|[a-z][.)]\s|option\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)|(?<=[.!?])(?=[A-Z])")
_CONTRAST = re.compile(
    r",?\s+\b(?=(?:but|however|although|though|whereas|jedoch|aber|allerdings|sondern|"
    r"mais|cependant|toutefois|pero|sin embargo|aunque|maar|echter)\b)"
    r"|,\s*(?=(?:not|nicht|pas|no|niet)\b)",
    re.IGNORECASE,
)
_INSTEAD = re.compile(
    r"\b(instead of|rather than|in place of|statt|anstatt|anstelle|au lieu de|plut[ôo]t que|"
    r"en lugar de|en vez de|in plaats van)\b[^,.;:\n]*",
    re.IGNORECASE,
)
_REFUSAL = re.compile(
    r"\b(not|cannot|can't|can ?not|won't|wouldn't|couldn't|don't|doesn't|isn't|aren't|unable|"
    r"impossible|no way|decline|declines|reject|refuse|unfortunately not|"
    r"too (steep|high|low|much|aggressive|far|deep)|out of the question|beyond our|"
    r"no (\w+ ){0,3}(is |are )?(possible|feasible|acceptable|achievable)|"
    r"nicht|kein|keine|keinen|leider|unmöglich|ablehnen|"
    r"ne|n'|pas|impossible|refusons|"
    r"no podemos|no es posible|no nos es|imposible|rechazamos|no aceptamos|no estamos|"
    r"niet|geen|onmogelijk)\b",
    re.IGNORECASE,
)
_LEADING_NO = re.compile(r"^\s*(no|nein|non)\b[,.!]", re.IGNORECASE)
_PROPOSAL_QUESTION = re.compile(
    r"\b(would you (accept|agree|consider|take|be (ok|okay|fine|happy))|"
    r"could you (accept|agree|live with|consider|do)|can you (accept|agree|live with)|"
    r"how about|what about|would .{0,60} (work|be acceptable|suit)|"
    r"(würden|könnten|wären) sie .{0,60}(akzeptieren|einverstanden|annehmen)|"
    r"(accepteriez|pourriez)-vous|seriez-vous d'accord|"
    r"(aceptarían|aceptaría|podrían aceptar)|qué tal|"
    r"(zou|zouden) u .{0,40}(akkoord|accepteren)|"
    r"\b(ok|okay|acceptable|fine|alright|agreed)\s*\?\s*$|(does|would|will|could) (that|this) work|"
    r"works? for you\s*\?\s*$)",
    re.IGNORECASE,
)


def clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of ``text`` in reading order, each with its mood."""
    found: list[Clause] = []
    for line_number, line in enumerate(unwrap(text)):
        for sentence in _SENTENCE_END.split(line):
            found.extend(_sentence_clauses(sentence, line_number))
    return tuple(found)


def unwrap(text: str) -> list[str]:
    """Logical lines: hard-wrapped prose is joined again, list items and rows are not."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def _continues(previous: str, line: str) -> bool:
    if not previous.strip() or not line.strip() or _ITEM.match(line) or "|" in line:
        return False
    if previous.rstrip().endswith((":", "|")):
        return False
    lowercase_next = line.lstrip()[0].islower() and not previous.rstrip().endswith((".", "!", "?"))
    return len(previous) >= 40 or lowercase_next


def _sentence_clauses(sentence: str, line: int) -> list[Clause]:
    asks = sentence.rstrip().endswith("?") and not _PROPOSAL_QUESTION.search(sentence)
    result = [Clause(m.group(0), Mood.REFUSES, line) for m in _INSTEAD.finditer(sentence)]
    remainder = _INSTEAD.sub(" ", sentence) if result else sentence
    for part in _CONTRAST.split(remainder):
        if part.strip():
            result.append(Clause(part.strip(), _mood(part, asks), line))
    return result


def _mood(text: str, asks: bool) -> Mood:
    if asks:
        return Mood.ASKS
    if _REFUSAL.search(text) or _LEADING_NO.match(text):
        return Mood.REFUSES
    return Mood.STATES

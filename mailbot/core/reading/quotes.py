"""Separate the supplier's new words from quoted history.

Reading the bot's own quoted offer as the supplier's counter is the classic failure, so
everything that is history goes: ``>`` quotes with their "On ... wrote:" attribution
(English, German, French, Spanish, Dutch), Outlook separators and From/Sent header
blocks, and forwarded blocks. A ``>`` quote may be followed by more new text
(bottom-posting, inline answers); an unindented Outlook history never is, so it cuts
the rest of the body. Signatures are handled in ``signature.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTION = re.compile(
    r"(\bwrote|\bschrieb\b.*|\ba [ée]crit|\bescribi[óo]|\bschreef\b.*|\bha scritto)\s*:\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_START = re.compile(r"^\s*(on|am|le|el|op|il)\s", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}|_{2,}|={2,})?\s*(original message|urspr[üu]ngliche nachricht|originalnachricht|"
    r"message d'origine|mensaje original|oorspronkelijk bericht|forwarded message|"
    r"weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|"
    r"doorgestuurd bericht)\s*(-{2,}|_{2,}|={2,})?\s*$"
    r"|^\s*_{8,}\s*$"
    r"|^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"d[ée]but du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado)\s*:?\s*$",
    re.IGNORECASE,
)
_HEADER_FROM = re.compile(r"^\s*\*?(from|von|de|van|da)\s*\*?\s*:\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(sent|gesendet|envoy[ée]|enviado( el)?|verzonden|date|datum|fecha|to|an|[àa]|"
    r"para|aan|subject|betreff|objet|asunto|onderwerp|cc|inviato|oggetto)\s*\*?\s*:",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*>")
_RULE_CHARS = ("-", "_", "=")


@dataclass(frozen=True)
class Segment:
    """A run of the supplier's own lines; ``answers`` is the quoted line just above it
    when the supplier wrote between quoted lines (an inline reply)."""

    text: str
    answers: str | None = None
    inline: bool = False


def split_new_text(text: str) -> tuple[Segment, ...]:
    """The supplier's own text as segments, in order, without any quoted history."""
    lines = text.split("\n")
    lines = lines[: _history_start(lines)]
    return _segments(lines)


def _history_start(lines: list[str]) -> int:
    """Index of the first line of unindented history (or ``len(lines)``)."""
    for index, line in enumerate(lines):
        if ":" not in line and not line.lstrip().startswith(_RULE_CHARS):
            continue  # every history marker has a colon or is a rule of - _ =
        if _SEPARATOR.match(line) or _is_header_block(lines, index):
            return index
        span = attribution_span(lines, index)
        if span and not _next_is_quoted(lines, index + span):
            return index
    return len(lines)


def _is_header_block(lines: list[str], index: int) -> bool:
    if not _HEADER_FROM.match(lines[index]):
        return False
    following = lines[index + 1 : index + 4]
    return any(_HEADER_NEXT.match(line) for line in following)


def attribution_span(lines: list[str], index: int) -> int:
    """How many lines an "On ... wrote:" attribution starting here takes (0: none)."""
    line = lines[index]
    starts = _ATTRIBUTION_START.match(line)
    if not starts and not line.rstrip().endswith(":"):
        return 0
    if len(line) < 300 and _ATTRIBUTION.search(line) and _looks_attributed(line):
        return 1
    if index + 1 < len(lines) and starts and len(line) < 200:
        joined = f"{line} {lines[index + 1]}"
        if len(lines[index + 1]) < 120 and _ATTRIBUTION.search(joined):
            return 2
    return 0


def _looks_attributed(line: str) -> bool:
    return bool(_ATTRIBUTION_START.match(line) or "@" in line or re.search(r"\d", line))


def _next_is_quoted(lines: list[str], index: int) -> bool:
    for line in lines[index:]:
        if line.strip():
            return bool(_QUOTED.match(line))
    return True


def _segments(lines: list[str]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    current: list[str] = []
    last_quoted: str | None = None
    index = 0
    while index < len(lines):
        span = attribution_span(lines, index)
        line = lines[index]
        if span or _QUOTED.match(line):
            _close(segments, current, last_quoted, quote_follows=True)
            current = []
            if not span and line.strip(" >"):
                last_quoted = line
            index += max(span, 1)
            continue
        current.append(line)
        index += 1
    _close(segments, current, last_quoted, quote_follows=False)
    return tuple(segments)


def _close(
    segments: list[Segment], lines: list[str], answers: str | None, *, quote_follows: bool
) -> None:
    text = "\n".join(lines).strip("\n")
    if text.strip():
        above = _unquote(answers) if answers is not None else None
        segments.append(Segment(text, above, inline=above is not None and quote_follows))


def _unquote(line: str) -> str:
    return re.sub(r"^(\s*>)+\s?", "", line).strip()

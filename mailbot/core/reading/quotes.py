"""Separate the supplier's new words from quoted history.

Reading the bot's own quoted offer as the supplier's counter is the classic failure, so
everything that is history goes: ``>`` quotes with their "On ... wrote:" attribution,
"-----Original Message-----" separators, From/Sent header blocks in any order, and
forwarded blocks, as the clients of nine languages write them (English, German, French,
Spanish, Italian, Dutch, Polish, Portuguese, Swedish). A ``>`` quote may be followed by
more new text (bottom-posting, inline answers); an unindented Outlook history never is,
so it cuts the rest of the body, except for the short answers a supplier types into it
after writing "see our answers below". Signatures are handled in ``signature.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.core.reading import cues
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.html import TYPED_MARK

# "... wrote:", "... schrieb am 13.10.2025 16:40:", "... a écrit le ... :", "... pisze:".
_ATTRIBUTION = Cue(
    r"\b(wrote|schrieb|geschrieben|a [ée]crit|escribi[óo]|schreef|geschreven|ha scritto|"
    r"scrisse|napisa[łl]\w*(\(-?a\))?|pisze|escreveu|skrev|kirjoitti|wiadomo[śs][ćc] napisana "
    r"przez)\b.*:\s*$"
)
_ATTRIBUTION_START = Cue(
    r"^\s*(on|am|le|el|op|il|em|den|dnia|w dniu|w|no dia|[àa]s|il giorno|\w{2,4}\.,)\s")

_SEPARATOR = Cue(
    r"^\s*(-{2,}|_{2,}|={2,})?\s*(original message|original e-?mail|reply message|"
    r"urspr[üu]ngliche (nachricht|mail|e-?mail)|original-?nachricht|message d'origine|"
    r"message original|"
    r"mail original|courriel original|mensaje original|correo original|messaggio originale|"
    r"oorspronkelijk bericht|origineel bericht|oryginalna wiadomo[śs][ćc]|"
    r"wiadomo[śs][ćc] oryginalna|mensagem original|ursprungligt meddelande|"
    r"originalmeddelande|forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|"
    r"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|przekazana wiadomo[śs][ćc]|"
    r"wiadomo[śs][ćc] przekazana|mensagem encaminhada|vidarebefordrat meddelande)"
    r"\s*(-{2,}|_{2,}|={2,})?\s*$"
    r"|^\s*_{8,}\s*$"
    r"|^\s*-{3,}.{0,120}\b(wrote|schrieb|a [ée]crit|escribi[óo]|ha scritto|schreef|"
    r"napisa[łl]\w*|escreveu|skrev)\b.{0,40}-{3,}\s*$"
    r"|^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"d[ée]but du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado)\s*:?\s*$"
)
_HEADER_LABEL = Cue(
    r"^\s*\*?(from|von|de|da|van|od|fr[åa]n|fra|sent|date|gesendet|datum|envoy[ée]|"
    r"enviado( el)?|enviada|fecha|inviato|data|verzonden|wys[łl]ano|wys[łl]ane|skickat|sendt|"
    r"to|an|[àa]|para|aan|do|till|til|subject|betreff|objet|asunto|oggetto|onderwerp|temat|"
    r"assunto|[äa]mne|emne|cc|kopie|copie|dw|kopia)\s*\*?\s*:"
)
_SENDER_OR_DATE = Cue(
    r"^\s*\*?(from|von|de|da|van|od|fr[åa]n|fra|sent|date|gesendet|datum|envoy[ée]|"
    r"enviado( el)?|enviada|fecha|inviato|data|verzonden|wys[łl]ano|wys[łl]ane|skickat|"
    r"sendt)\s*\*?\s*:\s*\S"
)
# "See our answers below": the supplier typed its answers into the unindented quote.
_WHERE_BELOW = (
    r"(below|inline|in line|in (red|blue|green|bold|colou?r)|under each|each point|point by "
    r"point|unten|im text|in (rot|blau|gr[üu]n)|direkt|ci-dessous|en (rouge|bleu|vert)|dans le "
    r"texte|abajo|en (rojo|azul|verde)|en el texto|sotto|in (rosso|blu|verde)|nel testo|"
    r"hieronder|in het (rood|blauw|groen)|in de tekst|poni[żz]ej|na (czerwono|niebiesko|"
    r"zielono)|w tre[śs]ci|abaixo|(a|em) (vermelho|azul|verde)|no texto|nedan|i (r[öo]tt|"
    r"bl[åa]tt|gr[öo]nt)|i texten)"
)
_ANSWERS_BELOW = Cue(
    rf"\b((answer|comment|repl|remark|note|response|feedback|antwort|anmerkung|kommentar|"
    rf"r[ée]ponse|commentaire|remarque|respuesta|comentario|risposte|commenti|antwoord|"
    rf"opmerking|odpowied|komentarz|uwag|resposta|coment[áa]rio|svar|kommentar)\w*"
    rf"[^.]{{0,40}}\b{_WHERE_BELOW}|"

    rf"(see|siehe|voir|ver|vedi|zie|patrz|se) {_WHERE_BELOW})"
)
# "> " quotes, and the "| " some clients use (a table row has more bars than one).
_QUOTED = re.compile(r"^\s*(>|\|(?![^|\n]*\|[^|\n]*\|))")

_QUOTE_MARKS = (">", "|")  # the first character _QUOTED needs after any blanks
_RULE_CHARS = ("-", "_", "=")


@dataclass(frozen=True)
class Segment:
    """A run of the supplier's own lines; ``answers`` is the quoted line just above it
    when the supplier wrote between quoted lines (an inline reply)."""

    text: str
    answers: str | None = None
    inline: bool = False
    typed_in_quote: bool = False  # typed into an unindented quote, below the signature


def split_new_text(text: str) -> tuple[Segment, ...]:
    """The supplier's own text as segments, in order, without any quoted history."""
    lines = text.split("\n")
    typed = frozenset(i for i, line in enumerate(lines) if line.startswith(TYPED_MARK))
    if typed:
        lines = [line.removeprefix(TYPED_MARK) for line in lines]
    start = _history_start(lines)
    segments = _segments(lines[:start])
    announced = any(_ANSWERS_BELOW.search(s.text) for s in segments)
    if start < len(lines) and (announced or typed):
        coloured = frozenset(i - start for i in typed if i >= start)
        segments += _typed_into_quote(lines[start:], None if announced else coloured)
    return segments


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
    """Two or more header lines in a row, one of them naming the sender or the date:
    "From:/Sent:/To:/Subject:" in any order and language."""
    if not _HEADER_LABEL.match(lines[index]):
        return False
    block = [line for line in lines[index : index + 4] if line.strip()]
    labelled = [line for line in block if _HEADER_LABEL.match(line)]
    return len(labelled) >= 2 and any(_SENDER_OR_DATE.match(line) for line in labelled)


_ANSWER_LINE = re.compile(r"^\s*[^\s\-•*·>]")


def _typed_into_quote(history: list[str], only: frozenset[int] | None) -> tuple[Segment, ...]:
    """Short lines right under a quoted line with a number: the supplier's answers to
    that line ("- payment at Net 60" / "Agreed"). The offer's own lines are bullets or
    sentences, so only short lines that are not bullets count; without an announcement
    ("see our answers below"), only the lines typed in colour (``only``)."""
    found = []
    previous = ""
    for index, line in enumerate(history):
        if index and history[index - 1].strip():
            previous = history[index - 1]  # the quoted line above, across a blank line
        if index == 0 or (only is not None and index not in only):
            continue
        words = line.split()
        if not (0 < len(words) <= 8 and _ANSWER_LINE.match(line) and re.search(r"\d", previous)):
            continue
        if cues.ACCEPT.search(line) or cues.REJECT.search(line) or re.search(r"\d", line):
            found.append(Segment(line.strip(), previous.strip(), inline=True,
                                 typed_in_quote=True))
    return tuple(found)


def attribution_span(lines: list[str], index: int) -> int:
    """How many lines an "On ... wrote:" attribution starting here takes (0: none)."""
    line = lines[index]
    if ":" not in line and (index + 1 >= len(lines) or ":" not in lines[index + 1]):
        return 0  # every attribution ends in a colon, on its line or the next
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
        if span or (line.lstrip()[:1] in _QUOTE_MARKS and _QUOTED.match(line)
                    and not _table_header(lines, index)):
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


def _table_header(lines: list[str], index: int) -> bool:
    """"| Your proposal | Our offer" over rows with bars: a table's header (its label
    cell left empty), not a "|" quote."""
    line = lines[index]
    if not line.lstrip().startswith("|") or line.count("|") < 2:
        return False
    following = next((row for row in lines[index + 1 :] if row.strip()), "")
    return following.count("|") >= 2 and not following.lstrip().startswith((">", "|"))


def _close(
    segments: list[Segment], lines: list[str], answers: str | None, *, quote_follows: bool
) -> None:
    text = "\n".join(lines).strip("\n")
    if text.strip():
        above = _unquote(answers) if answers is not None else None
        segments.append(Segment(text, above, inline=above is not None and quote_follows))


def _unquote(line: str) -> str:
    return re.sub(r"^(\s*[>|])+\s?", "", line).strip()

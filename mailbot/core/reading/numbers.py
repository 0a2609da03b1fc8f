"""Numbers as suppliers write them: "1,234.50", "1.234,50", "1 234,50", "4,5", "250k",
"1,2 Mio.", "60 mil", "5 lakh", "5,00,000" (Indian grouping); spelled-out numbers are
turned into digits first (``number_words``).

A lone separator followed by three digits ("1.195", "50,000") is the one real ambiguity:
it is read as a thousands separator when it is a comma, or when it is a dot and the
message writes decimals with a comma (German, French, Spanish, Dutch usage).
"""

from __future__ import annotations

import re

from mailbot.core.reading.folding import Cue
from mailbot.core.reading.number_words import spell_out_digits

__all__ = ["NUMBER", "NUMBER_BODY", "parse_number", "spell_out_digits", "uses_decimal_comma"]

NUMBER_BODY = (
    # Indian grouping first: "5,00,000" (lakhs of two digits)
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{1,3}(?:(?:[,.'\u2019]|[ \u00a0\u202f](?=\d{3}\b))\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?:\s?[kK]\b|\s?(?:Tsd|tsd)\b\.?|\s?(?:Mio|Mill|mln)\b\.?|"
    # "1.2m units": an m for million only right before what is counted (not "1.2m wide")
    r"[mM](?=\s+(?:units?|pcs|pieces|labels|rolls|boxes|cartons|bags|items|bottles|sheets|"
    r"pallets|trays|sleeves|tubes|cans|caps|lids)\b)|"
    r"\s(?:million|millions|millones|milioni|miljoen|miljon|milh[õo]es|milh[ãa]o|"
    r"thousand|tausend|mille|mila|mil|duizend|tysi[ęe]c\w*|tusen|lakhs?|lacs?|crores?)\b)?"
    r"(?![\d])"
)
# A number token: grouped thousands or plain digits, optional decimals, k or million.
NUMBER = rf"(?<![\w.,]){NUMBER_BODY}"
_MILLIONS = re.compile(r"\s?(mio|mill|mln|million\w*|millones|milioni|miljoen|miljon|"
                       r"milh[õo]es|milh[ãa]o)\.?$", re.IGNORECASE)
# Named multipliers after the digits: "50 thousand", "5 lakh" (Indian English), "2 crore".
_MULTIPLIERS = re.compile(r"\s(?:(thousand|tausend|mille|mila|mil|duizend|tysi[ęe]c\w*|tusen)|"
                          r"(lakhs?|lacs?)|(crores?))$", re.IGNORECASE)
_GROUPING = re.compile(r"[ '\u00a0\u202f\u2019]")
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")
_DECIMAL_DOT = re.compile(r"\d\.\d{1,2}(?!\d)")
_COMMA_LANGUAGE = Cue(
    r"\b(und|wir|ihnen|nous|vous|avec|pour|nosotros|podemos|para|con|wij|kunnen|"
    r"possiamo|siamo|della|dla|oraz|możemy|jest|podemos|nós|não|och|vi|kan|för)\b",
)


def uses_decimal_comma(text: str) -> bool:
    """Whether the message writes decimals with a comma."""
    commas = len(_DECIMAL_COMMA.findall(text))
    dots = len(_DECIMAL_DOT.findall(text))
    if commas != dots:
        return commas > dots
    return len(_COMMA_LANGUAGE.findall(text)) >= 2


def parse_number(token: str, *, decimal_comma: bool = False) -> float | None:
    """The value of a ``NUMBER`` token, or ``None`` when it is not one."""
    text = token.strip()
    multiplier = 1.0
    lowered = text.lower().rstrip(".")
    if lowered.endswith(("k", "tsd")):
        multiplier = 1000.0
        text = re.sub(r"\s?(k|K|tsd|Tsd)\.?$", "", text)
    named = _MULTIPLIERS.search(text)
    if named:
        multiplier = 1_000.0 if named.group(1) else 100_000.0 if named.group(2) else 1e7
        text = text[: named.start()]
    if re.fullmatch(r"[\d.,]+[mM]", text):
        multiplier, text = 1_000_000.0, text[:-1]
    millions = _MILLIONS.search(text)
    if millions:
        multiplier = 1_000_000.0
        text = text[: millions.start()]
    text = _GROUPING.sub("", text)
    try:
        return _plain_value(text, decimal_comma) * multiplier
    except ValueError:
        return None


def _plain_value(text: str, decimal_comma: bool) -> float:
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        return float(text.replace(grouping, "").replace(decimal, "."))
    separator = "," if "," in text else "." if "." in text else ""
    if not separator:
        return float(text)
    head, _, tail = text.rpartition(separator)
    if text.count(separator) > 1 or _is_grouping(head, tail, separator, decimal_comma):
        return float(text.replace(separator, ""))
    return float(f"{head}.{tail}")


def _is_grouping(head: str, tail: str, separator: str, decimal_comma: bool) -> bool:
    if len(tail) != 3 or head in ("", "0"):
        return False
    return (separator == "," and not decimal_comma) or (separator == "." and decimal_comma)

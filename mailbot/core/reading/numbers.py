"""Numbers as suppliers write them: "1,234.50", "1.234,50", "1 234,50", "4,5", "250k",
"forty-five", "drei", "quarante-cinq", "cuarenta y cinco".

A lone separator followed by three digits ("1.195", "50,000") is the one real ambiguity:
it is read as a thousands separator when it is a comma, or when it is a dot and the
message writes decimals with a comma (German, French, Spanish, Dutch usage).
"""

from __future__ import annotations

import re

# A number token: grouped thousands or plain digits, optional decimals, optional k.
NUMBER = (
    r"(?<![\w.,])(?:\d{1,3}(?:(?:[,.'\u2019]|[ \u00a0\u202f](?=\d{3}\b))\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?:\s?[kK]\b|\s?(?:Tsd|tsd)\b\.?)?(?![\d])"
)
_GROUPING = re.compile(r"[ '\u00a0\u202f\u2019]")
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")
_DECIMAL_DOT = re.compile(r"\d\.\d{1,2}(?!\d)")
_COMMA_LANGUAGE = re.compile(
    r"\b(und|wir|ihnen|nous|vous|avec|pour|nosotros|podemos|para|con|wij|kunnen)\b",
    re.IGNORECASE,
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


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "ein": 1, "eins": 1, "eine": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12,
    "fünfzehn": 15, "achtzehn": 18,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "dix-huit": 18,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "dieciocho": 18,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90,
}
# Articles that double as "one" are only numbers right before a unit word.
_ARTICLES = frozenset({"ein", "eine", "einem", "einen", "un", "une", "uno", "una"})
_UNIT_AFTER_ARTICLE = re.compile(r"^[\s-]*(year|jahr|an\b|año|ano)", re.IGNORECASE)
_KNOWN_WORDS = frozenset(_UNITS) | frozenset(_TENS)
_UNIT_SUFFIXES = frozenset({"year", "month", "jahres", "monats", "week", "day"})
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LINK = re.compile(r"^(?:[- ]|\s+y\s+|\s+et\s+|-et-)$", re.IGNORECASE)


def spell_out_digits(text: str) -> str:
    """Replace spelled-out numbers ("forty-five", "drei", "one-year") with digits."""
    tokens = [m for m in _TOKEN.finditer(text) if _maybe_number(m.group(0).lower())]
    if not tokens:
        return text
    out: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        match = tokens[index]
        value = _word_value(match.group(0).lower())
        end = match.end()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and _compound(match, following, text):
            value = (value or 0) + (_word_value(following.group(0).lower()) or 0)
            end = following.end()
            index += 1
        elif match.group(0).lower() in _ARTICLES and not _UNIT_AFTER_ARTICLE.match(text[end:]):
            value = None
        out.append(text[position : match.start()])
        original = text[match.start() : end]
        out.append(_keep_unit(original, value) if value is not None else original)
        position = end
        index += 1
    out.append(text[position:])
    return "".join(out)


def _maybe_number(word: str) -> bool:
    if word not in _KNOWN_WORDS and "-" not in word and "und" not in word:
        return False
    return _word_value(word) is not None


def _keep_unit(original: str, value: int) -> str:
    """"one-year" -> "1-year": the unit word stays for the contract pattern."""
    _, dash, tail = original.rpartition("-")
    return f"{value}-{tail}" if dash and tail.lower() in _UNIT_SUFFIXES else str(value)


def _compound(first: re.Match[str], second: re.Match[str], text: str) -> bool:
    """"forty five", "cuarenta y cinco", "vingt et un": tens then a unit below ten."""
    tens, unit = first.group(0).lower(), second.group(0).lower()
    return (
        tens in _TENS and _UNITS.get(unit, 10) < 10
        and bool(_LINK.match(text[first.end() : second.start()]))
    )


def _word_value(word: str) -> int | None:
    """The value of one word: "drei", "forty-five", "fünfundvierzig", "quarante-cinq"."""
    stem, dash, suffix = word.rpartition("-")
    if dash and suffix in _UNIT_SUFFIXES:
        return _word_value(stem)
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    head, dash, tail = word.partition("-")
    if dash and head in _TENS and _UNITS.get(tail.removeprefix("et-"), 10) < 10:
        return _TENS[head] + _UNITS[tail.removeprefix("et-")]
    unit, und, tens = word.partition("und")
    if und and tens in _TENS and _UNITS.get(unit, 10) < 10:
        return _TENS[tens] + _UNITS[unit]
    return None

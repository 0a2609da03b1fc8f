"""Spelled-out numbers to digits, in the nine languages suppliers write to us in.

"forty-five", "vierundzwanzig", "quatre-vingt-dix", "treinta y cinco", "ventiquattro",
"vierentwintig", "dwadzieścia cztery", "vinte e quatro", "tjugofyra"; halves too ("one
and a half", "anderthalb", "un punto e mezzo", "dos y medio", "pół", "e meio", "halv").
Words that are also ordinary words somewhere ("en", "un", "due", "sei", "tien", "elf",
and every article that means "one") count only right before a unit: "ein Jahr",
"due per cento", "en procent".
"""

from __future__ import annotations

import re

from mailbot.core.reading.folding import Cue
from mailbot.core.reading.language import EVERY

_UNIT_WORDS: dict[str, int] = {}
_TEN_WORDS: dict[str, int] = {}
_LANGUAGES: dict[str, frozenset[str]] = {}  # the languages a number word is a number in


def _add(table: dict[str, int], words: str, values: tuple[int, ...], language: str) -> None:
    for word, value in zip(words.split(), values, strict=True):
        table[word] = value
        _tag(word, language)


def _tag(word: str, language: str) -> None:
    _LANGUAGES[word] = _LANGUAGES.get(word, frozenset()) | {language}


_ONE_TO_NINETEEN = tuple(range(1, 20))
_TENS = (20, 30, 40, 50, 60, 70, 80, 90)
_add(_UNIT_WORDS, "one two three four five six seven eight nine ten eleven twelve thirteen "
     "fourteen fifteen sixteen seventeen eighteen nineteen", _ONE_TO_NINETEEN, "en")
_add(_TEN_WORDS, "twenty thirty forty fifty sixty seventy eighty ninety", _TENS, "en")
_add(_UNIT_WORDS, "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
     "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", _ONE_TO_NINETEEN, "de")
_add(_TEN_WORDS, "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig", _TENS, "de")
_add(_UNIT_WORDS, "un deux trois quatre cinq six sept huit neuf dix onze douze treize "
     "quatorze quinze seize dix-sept dix-huit dix-neuf", _ONE_TO_NINETEEN, "fr")
_add(_TEN_WORDS, "vingt trente quarante cinquante soixante soixante-dix quatre-vingt "
     "quatre-vingt-dix", _TENS, "fr")
_add(_UNIT_WORDS, "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
     "catorce quince dieciséis diecisiete dieciocho diecinueve", _ONE_TO_NINETEEN, "es")
_add(_TEN_WORDS, "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa", _TENS, "es")
_add(_UNIT_WORDS, "uno due tre quattro cinque sei sette otto nove dieci undici dodici "
     "tredici quattordici quindici sedici diciassette diciotto diciannove", _ONE_TO_NINETEEN, "it")
_add(_TEN_WORDS, "venti trenta quaranta cinquanta sessanta settanta ottanta novanta", _TENS, "it")
_add(_UNIT_WORDS, "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien "
     "veertien vijftien zestien zeventien achttien negentien", _ONE_TO_NINETEEN, "nl")
_add(_TEN_WORDS, "twintig dertig veertig vijftig zestig zeventig tachtig negentig", _TENS, "nl")
_add(_UNIT_WORDS, "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć "
     "jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście "
     "osiemnaście dziewiętnaście", _ONE_TO_NINETEEN, "pl")
_add(_TEN_WORDS, "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt "
     "siedemdziesiąt osiemdziesiąt dziewięćdziesiąt", _TENS, "pl")
# Polish declined forms ("przy dwóch procentach", "w ciągu trzydziestu dni").
_add(_UNIT_WORDS, "jednego dwóch trzech czterech pięciu sześciu siedmiu ośmiu dziewięciu "
     "dziesięciu dwunastu piętnastu osiemnastu",
     (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18), "pl")
_add(_TEN_WORDS, "dwudziestu trzydziestu czterdziestu pięćdziesięciu sześćdziesięciu "
     "siedemdziesięciu osiemdziesięciu dziewięćdziesięciu", _TENS, "pl")
_add(_UNIT_WORDS, "um dois três quatro cinco seis sete oito nove dez onze doze treze "
     "catorze quinze dezasseis dezassete dezoito dezanove", _ONE_TO_NINETEEN, "pt")
_add(_UNIT_WORDS, "uma duas quatorze dezesseis dezessete dezenove", (1, 2, 14, 16, 17, 19), "pt")
_add(_TEN_WORDS, "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa", _TENS, "pt")
_add(_UNIT_WORDS, "en ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton "
     "femton sexton sjutton arton nitton", (1, *_ONE_TO_NINETEEN), "sv")
_add(_TEN_WORDS, "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", _TENS, "sv")
for _article in ("ein", "eine", "einem", "einen", "einer"):
    _UNIT_WORDS[_article] = 1
    _tag(_article, "de")
_UNIT_WORDS["une"] = 1
_tag("une", "fr")
# The articles that mean "one" in Spanish and Italian too ("un año", "un anno", "una vez").
_UNIT_WORDS["una"] = 1
for _language in ("es", "it"):
    _tag("un", _language)
    _tag("una", _language)
_TEN_WORDS["quatre-vingts"] = 80
_tag("quatre-vingts", "fr")


def _compounds() -> dict[str, int]:
    """Tens and units written as one word, generated once: "vierundzwanzig",
    "vierentwintig", "veinticuatro", "ventiquattro", "tjugofyra", "forty-five",
    "vingt-et-un", "quatre-vingt-dix-huit"."""
    units = {1: "ein eins een uno un one um ett en", 2: "zwei twee dos dós due two dois två deux",
             3: "drei drie tres trés tre tré three três trois",
             4: "vier cuatro quattro four fyra quatre", 5: "fünf vijf cinco cinque five fem cinq",
             6: "sechs zes seis séis sei six sex",
             7: "sieben zeven siete sette seven sete sju sept",
             8: "acht ocho otto eight oito åtta huit", 9: "neun negen nueve nove nine nio neuf"}
    tens = {"de": ("zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig "
                   "neunzig"),
            "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
            "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
            "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
            "en": "twenty thirty forty fifty sixty seventy eighty ninety",
            "fr": "vingt trente quarante cinquante soixante"}
    found: dict[str, int] = {}
    for lang, words in tens.items():
        for ten_value, ten in zip(_TENS, words.split()[:8], strict=False):
            if lang == "de" and ten == "dreissig":
                ten_value = 30
            elif lang == "de" and words.split().index(ten) > 1:
                ten_value = _TENS[words.split().index(ten) - 1]
            for unit_value, forms in units.items():
                for unit in forms.split():
                    if lang == "de":
                        found[f"{unit}und{ten}"] = ten_value + unit_value
                    elif lang == "nl":
                        found[f"{unit}en{ten}"] = found[f"{unit}ën{ten}"] = ten_value + unit_value
                    elif lang == "it":
                        stem = ten[:-1] if unit in ("uno", "otto") else ten
                        found[f"{stem}{unit}"] = ten_value + unit_value
                    elif lang == "sv":
                        found[f"{ten}{unit}"] = ten_value + unit_value
                    else:
                        found[f"{ten}-{unit}"] = ten_value + unit_value
            if lang == "fr":
                found[f"{ten}-et-un"] = ten_value + 1
    for unit_value, forms in units.items():
        for unit in forms.split():
            found[f"veinti{unit}"] = 20 + unit_value
    teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
             "dix-huit", "dix-neuf"]
    for offset, teen in enumerate(teens):
        found[f"soixante-{teen}"] = 70 + offset
        found[f"quatre-vingt-{teen}"] = 90 + offset
    french = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    for unit_value, unit in enumerate(french, 1):
        found[f"quatre-vingt-{unit}"] = 80 + unit_value
        found["soixante-et-onze" if unit == "un" else f"soixante-{unit}"] = (
            71 if unit == "un" else 60 + unit_value)
    return {word: value for word, value in found.items() if word not in _UNIT_WORDS}

# Ordinary words somewhere, numbers only before a unit ("a year", "ein Jahr", "due mesi").
_NEED_UNIT = frozenset({"one", "ein", "eine", "einem", "einen", "einer", "un", "une",
                        "uno", "una", "um", "uma", "en", "ett", "een", "due", "sei", "tien",
                        "elf", "sex", "tre", "dos", "sette", "nove", "dez", "six"})
_HALF_WORDS = {
    "anderthalb": 1.5, "eineinhalb": 1.5, "anderhalf": 1.5, "anderhalve": 1.5, "półtora": 1.5,
    "halvannan": 1.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5,
}
UNIT_AFTER = Cue(
    r"^[\s-]*(?:%|(?:per ?cent|percent|prozent|pour ?cent|por ?ciento|per ?cento|procent\w*|"
    r"por ?cento|punt\w* percentual\w*|"
    r"days?|tage?n?|jours?|d[íi]as|giorni|dagen|dagar|dni|dias|gg|"
    r"months?|monate?n?|monats|mois|meses|mesi|maanden|m[åa]nader|miesi[ęąe]c\w*|"
    r"years?|jahre?n?|jahres|ans?|ann[ée]es?|a[ñn]os?|ann[oi]|jaar|[åa]r|lata?|"
    r"rok\w*|anos?|weeks?|wochen?|semaines?|semanas?|settiman\w*|tygodni\w*|veckor?|"
    r"jährig\w*|miesięczn\w*|årig\w*|jarig\w*|punt[oi]s?)(?![a-zäöüßéèàáíóúñąćęłńśźżåø]))"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LINK = Cue(r"^(?:[- ]|\s+(?:y|e|et|och|en|und|and)\s+|-et-)$")
_HALF_AFTER = Cue(
    r"^\s*(?:and a half|and one half|und ein ?halb|et demi|y medio|e mezzo|e meio|"
    r"och en halv|en een half|i p[óo][łl])\b"
)
# A half on its own before a percent word: "half a percent", "pół procenta".
_HALF_A = Cue(
    r"(?<!\band )(?<!\by )(?<!\be )(?<!\bet )(?<!\ben )(?<!\boch )"
    r"\b(?:half an?|an? half|ein halbes|einen halben|un demi|medio|mezzo|meio|ett halvt|en halv|"
    r"een half|een halve|p[óo][łl])\s+(?=%|per|pro[zc]|pour|por|punt|procent)"
)
# "un punto e mezzo", "dos puntos y medio": percentage points, written as a percent.
_POINTS = Cue(r"\b(\d+(?:\.\d+)?)\s+punt[oi]s?(?:\s+(?:e|y)\s+(mezzo|medio))?"
                     r"(?:\s+percentual\w*)?\b")
_UNIT_SUFFIXES = frozenset({"year", "month", "jahres", "monats", "week", "day", "jährig",
                            "miesięczna", "miesięczny", "miesięcznej", "årig", "jarig"})
_VALUES: dict[str, float] = {**_compounds(), **_TEN_WORDS, **_UNIT_WORDS, **_HALF_WORDS}


def spell_out_digits(text: str, languages: frozenset[str] = EVERY) -> str:
    """Replace spelled-out numbers ("forty-five", "drei", "one-year") with digits; a word
    that is a number only in other languages than ``languages`` stays a word ("once" in
    English, "onze" in Dutch)."""
    text = _HALF_A.sub("0.5 ", text)
    tokens = [m for m in _TOKEN.finditer(text)
              if _maybe_number(m.group(0).lower()) and _spoken(m.group(0).lower(), languages)]
    if not tokens:
        return _POINTS.sub(_points, text)
    out: list[str] = []
    position = 0
    index = 0
    while index < len(tokens):
        match = tokens[index]
        if match.start() < position:  # consumed with the number before ("and a half")
            index += 1
            continue
        word = match.group(0).lower()
        value: float | None = word_value(word)
        end = match.end()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and _compound(match, following, text):
            value = (value or 0) + (word_value(following.group(0).lower()) or 0)
            end = following.end()
            index += 1
        elif word in _NEED_UNIT and not (UNIT_AFTER.match(_after_half(text, end))
                                         or _HALF_AFTER.match(text[end:])):
            value = None  # "dos" alone may be a word; "dos y medio" is a number
        if value is not None:
            half = _HALF_AFTER.match(text[end:])
            if half:
                value += 0.5
                end += half.end()
        out.append(text[position : match.start()])
        original = text[match.start() : end]
        out.append(_keep_unit(original, value) if value is not None else original)
        position = end
        index += 1
    out.append(text[position:])
    return _POINTS.sub(_points, "".join(out))


def _points(match: re.Match[str]) -> str:
    value = float(match.group(1)) + (0.5 if match.group(2) else 0.0)
    return f"{value:g} %"


def _after_half(text: str, end: int) -> str:
    half = _HALF_AFTER.match(text[end:])
    return text[end + half.end() :] if half else text[end:]


def _maybe_number(word: str) -> bool:
    return word in _VALUES or ("-" in word and word_value(word) is not None)


def _spoken(word: str, languages: frozenset[str]) -> bool:
    """The word is a number in one of ``languages`` (compounds are in one language only)."""
    stem, dash, suffix = word.rpartition("-")
    tagged = _LANGUAGES.get(stem if dash and suffix in _UNIT_SUFFIXES else word)
    return tagged is None or bool(tagged & languages)


def _keep_unit(original: str, value: float) -> str:
    """"one-year" -> "1-year": the unit word stays for the contract pattern."""
    number = f"{value:g}"
    _, dash, tail = original.rpartition("-")
    return f"{number}-{tail}" if dash and tail.lower() in _UNIT_SUFFIXES else number


def _compound(first: re.Match[str], second: re.Match[str], text: str) -> bool:
    """"forty five", "cuarenta y cinco", "vingt et un", "vinte e quatro": tens, a unit."""
    tens, unit = first.group(0).lower(), second.group(0).lower()
    return (
        tens in _TEN_WORDS and _UNIT_WORDS.get(unit, 10) < 10
        and bool(_LINK.match(text[first.end() : second.start()]))
    )


def word_value(word: str) -> float | None:
    """The value of one word: "drei", "forty-five", "fünfundvierzig", "ventiquattro"."""
    value = _VALUES.get(word)
    if value is not None:
        return value
    stem, dash, suffix = word.rpartition("-")
    if dash and suffix in _UNIT_SUFFIXES:
        return _VALUES.get(stem)
    return None

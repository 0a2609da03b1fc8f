"""Read the numbers a supplier writes in free text, and which of them are terms.

Every clause is read (see ``clauses.py``); contact lines are skipped outright. Within a
clause the extractors run in a fixed order and blank out what they matched, so "2/10 net
30" is one payment term and not also a 2, and the amount in "5.82 USD per unit" is one
price. Each number found is a ``Finding`` with its role (``roles.py``): only proposed and
agreed numbers are terms. A field that receives two different term values is reported as
a conflict: alternatives are for a human to choose between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from mailbot.core.reading import patterns as p
from mailbot.core.reading.clauses import Clause, clauses, unwrap
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.hazards import without_code
from mailbot.core.reading.language import EVERY, languages_of
from mailbot.core.reading.number_words import UNIT_AFTER
from mailbot.core.reading.numbers import parse_number, spell_out_digits, uses_decimal_comma
from mailbot.core.reading.roles import (
    COST_SUBJECT,
    PRICE_SUBJECT,
    TERM_ROLES,
    Role,
    bare_phrase,
    offers_explicitly,
    role_of,
)
from mailbot.core.reading.umlauts import with_umlauts

_DIGIT = re.compile(r"\d")
_REPEATED_NUMBER = re.compile(r"\b(\d+)\s*\(\1\)")  # "thirty (30) days" -> "30 days"
# A cue beyond a condition word qualifies the condition, not the percent:
# "3% if you increase the volume" is not a price increase.
_CONDITION = Cue(
    r"\b(?:if|provided|unless|when|as long as|assuming|against|wenn|falls|sofern|si|"
    r"siempre que|mientras|indien|mits)\b"
)
_DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})


@dataclass(frozen=True)
class Finding:
    field: str
    value: float | int | str
    text: str
    role: Role = Role.PROPOSED
    bounds: tuple[float, float] | None = None  # a range's two ends
    clause: Clause | None = dataclass_field(default=None, compare=False, repr=False)
    position: int = dataclass_field(default=0, compare=False, repr=False)  # in its clause

    @property
    def is_term(self) -> bool:
        return self.role in TERM_ROLES


_BLANKED = re.compile(r"\S\s{4,}\S")  # a span blanked by an earlier take


@dataclass(frozen=True)
class ExtractionInput:
    baseline_unit_price: float | None = None
    currency: str | None = None
    offered: tuple[tuple[str, float], ...] = ()  # the buyer's last offer: (field, value)


@dataclass
class _Scan:
    """One clause being read; matched spans are blanked so no number is read twice."""

    text: str
    source: Clause
    decimal_comma: bool
    context: ExtractionInput
    found: list[Finding] = dataclass_field(default_factory=list)

    def number(self, token: str | None) -> float | None:
        return parse_number(token, decimal_comma=self.decimal_comma) if token else None

    def take(self, match: re.Match[str], name: str, value: float | int | str,
             role: Role | None = None, bounds: tuple[float, float] | None = None) -> None:
        start, end = match.span()
        role = role or self._role(match)
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]
        evidence = _evidence(self.source.text, start, end)
        self.found.append(Finding(name, value, evidence, role, bounds, self.source, start))

    def _role(self, match: re.Match[str]) -> Role:
        """The role of a match; a payment term standing alone in its phrase is read
        where its number stands too: in "Payment: 60 days - no" the match starts at
        "Payment", a phrase before the number's own verdict."""
        start, end = match.span()
        whole = role_of(self.source, start, end)
        if "d" not in match.re.groupindex or match.start("d") <= start:
            return whole
        if whole is Role.REFUSED:
            return whole
        own = role_of(self.source, match.start("d"), end)
        if _BLANKED.search(self.text, start, match.start("d")):
            # the match reached over a term taken before it: "payment must be 60 days end
            # of month, 90 days is too long" gives the 90 no payment words of its own
            return own
        if not bare_phrase(self.source.text, match.start("d")):
            return whole
        return Role.REFUSED if own is Role.REFUSED else whole

    def follow(self, name: str, value: float | int | str) -> None:
        """A value read with the one just taken (the currency of a price)."""
        last = self.found[-1]
        self.found.append(Finding(name, value, last.text, last.role, None, self.source,
                                  last.position))


@dataclass(frozen=True)
class Extraction:
    findings: tuple[Finding, ...]  # the terms: proposed or agreed, first value per field
    conflicts: tuple[str, ...]
    ranged: bool  # a range ("2-3%"): not a firm proposal
    mentions: tuple[Finding, ...] = ()  # every number read, whatever its role

    def with_role(self, *roles: Role) -> tuple[Finding, ...]:
        return tuple(m for m in self.mentions if m.role in roles)

    @property
    def findings_in_order(self) -> tuple[Finding, ...]:
        """Every term value, repeats included, in reading order."""
        return tuple(m for m in self.mentions if m.is_term)


def prepare(text: str, languages: frozenset[str] = EVERY) -> str:
    """Text ready for the term patterns: no contact lines, hard-wrapped prose joined again
    (so "one and a half per\ncent" is one phrase), digits for spelled numbers (those of
    the reply's ``languages``)."""
    text = without_code(text.replace("\u00a0", " "))
    if "de" in languages and len(languages) < len(EVERY):
        text = with_umlauts(text)  # "koennen", "fuer": a German keyboard was not at hand
    lines = ["" if _is_contact(line) else line for line in text.split("\n")]
    joined = "\n".join(unwrap("\n".join(lines)))
    return _REPEATED_NUMBER.sub(r"\1", spell_out_digits(joined, languages))


def _is_contact(line: str) -> bool:
    """Phone, address and registration lines: every one of them carries a digit."""
    return bool(_DIGIT.search(line)) and bool(
        p.CONTACT_LINE.search(line) or p.STREET_LINE.search(line))


def extract_terms(text: str, context: ExtractionInput) -> Extraction:
    """Terms stated in ``text`` (the supplier's own words)."""
    prepared = prepare(text, languages_of(text))
    return extract_from_clauses(clauses(prepared), uses_decimal_comma(prepared), context)


def extract_from_clauses(
    found_clauses: Sequence[Clause], decimal_comma: bool, context: ExtractionInput
) -> Extraction:
    """The numbers in clauses already split (the reader splits once for all its uses)."""
    mentions: list[Finding] = []
    last_field: list[tuple[int, str]] = []  # (clause index, field) of the latest mentions
    for index, clause in enumerate(found_clauses):
        if not _DIGIT.search(clause.text) and not (
                p.CONTRACT_WORD.search(clause.text) or p.MULTI_YEAR_WORD.search(clause.text)):

            continue  # spelled numbers are digits by now: no digit, no term
        scan = _Scan(clause.text, clause, decimal_comma, context)
        for extractor in _EXTRACTORS:
            extractor(scan)
        if not scan.found:
            _refused_offer_value(scan)
        earlier = last_field[-1][1] if last_field and index - last_field[-1][0] <= 2 else None
        _elliptic(scan, earlier)
        mentions.extend(sorted(scan.found, key=lambda f: f.position))
        last_field += [(index, f.field) for f in scan.found if f.field != "currency"]
    terms = [m for m in mentions if m.is_term]
    ranged = any(m.role is Role.RANGE for m in mentions)
    return Extraction(_unique(terms), _conflicts(terms), ranged, tuple(mentions))


# "2% within 10 days", "3 % bei Zahlung innerhalb von 8 Tagen": a cash discount's days.
_CASH_DISCOUNT_DAYS = Cue(
    r"\d\s*%\s*$|"
    r"\d\s*%\s*(?:\w+\s+){0,3}?(?:within|bei zahlung (?:innerhalb )?(?:von )?|innerhalb (?:von )?|"

    r"binnen|dans les|sous|en|entro|w ci[ąa]gu|inom|if paid (?:within )?)\s*$"
)
_BARE_NUMBER = re.compile(r"(?<![\w.,%/:-])(\d{1,3})(?![\w%/:]|[.,]\d)")
# What may follow a number that stands for a term named just before: the end of the
# phrase, or the words that offer it ("sixty we can live with").
_ELLIPSIS_END = Cue(
    r"\s*($|[.,;:!?)–—-]|(we|wir|nous|nosotros|noi|wij|my|n[óo]s|vi|is|are|ist|sind|est|es|[èe]|"
    r"jest|[ée]|[äa]r|works?|passt|geht|va|vale|funziona|werkt|pasuje|serve|fungerar|would|"
    r"w[äa]re|serait|ser[íi]a|sarebbe|zou|by[łl]oby|seria|vore|ok|fine|"
    # "but 45 should be OK"
    r"should|could|will|can|sollte|sollten|w[üu]rde|devrait|pourrait|deber[íi]a|podr[íi]a|"
    r"dovrebbe|potrebbe|moet|kan|powinno|mog[łl]oby|deveria|poderia|borde|skulle|"
    # "4 können wir machen", "un 3 sí podríamos"
    r"k[öo]nnen|k[öo]nnten|pouvons|pourrions|podemos|podr[íi]amos|possiamo|potremmo|kunnen|"
    r"mo[żz]emy|poder[íi]amos|kunde|yes|ja|oui|s[íi]|tak|sim)\b)"
)
_ELLIPTIC_RANGE = {
"payment_days": (7, 180), "price_change_pct": (0.1, 30),
                   "contract_months": (3, 60)}


def _elliptic(scan: _Scan, earlier: str | None) -> None:
    """"Your 90 days is too long; sixty we can live with": a bare number right after a
    term of one kind (in its clause, else in the clause before: ``earlier``) is another
    value of that kind, when its own clause offers it."""
    if not offers_explicitly(scan.text):
        return
    for match in _BARE_NUMBER.finditer(scan.text):
        before = [f.field for f in sorted(scan.found, key=lambda f: f.position)
                  if f.field != "currency" and f.position < match.start()]
        field_before = before[-1] if before else earlier
        bounds = _ELLIPTIC_RANGE.get(field_before or "")
        if field_before is None or bounds is None:
            continue
        value = int(match.group(1))
        if UNIT_AFTER.match(scan.text[match.end() :]):
            continue  # "24 months is fine": a number with a unit of its own
        if not _ELLIPSIS_END.match(scan.text[match.end() :]):
            continue  # "2 items", "3 weeks": the number counts something else

        if bounds[0] <= value <= bounds[1]:
            signed = -value if field_before == "price_change_pct" else value
            scan.take(match, field_before, signed)
            return


_TIME_BEFORE = Cue(r"\b(at|um|[àa]|a las|alle|om|o|[àa]s|kl|by|bis|until|before|after)\s*$")


def _refused_offer_value(scan: _Scan) -> None:
    """"We can't do 5, but 3 we could": a bare number equal to one of the buyer's offered
    values, turned down in its own phrase, is that term refused; the bare number after it
    is then read as the same kind."""
    for match in _BARE_NUMBER.finditer(scan.text):
        value = int(match.group(1))
        fields = [name for name, offered in scan.context.offered if abs(offered) == value]
        if len(fields) != 1 or fields[0] not in _ELLIPTIC_RANGE:
            continue
        if UNIT_AFTER.match(scan.text[match.end() :]) or not _ELLIPSIS_END.match(
                scan.text[match.end() :]) or _TIME_BEFORE.search(scan.text[: match.start()]):
            continue
        if role_of(scan.source, *match.span()) is Role.REFUSED:
            signed: float | int = -float(value) if fields[0] == "price_change_pct" else value
            scan.take(match, fields[0], signed, Role.REFUSED)
            return


def _money(scan: _Scan) -> None:
    if not p.MONEY_HINT.search(scan.text):
        return
    for match in list(p.MONEY.finditer(scan.text)):
        around = scan.text[max(0, match.start() - 30) : match.end() + 30]
        if p.NOT_UNIT_PRICE_CUE.search(around):
            continue
        value = scan.number(match.group("n") or match.group("n2"))
        currency = _currency(match.group("cur") or match.group("cur2") or "", scan.context)
        foreign = bool(scan.context.currency) and currency != scan.context.currency
        if value is not None and (_plausible_price(scan, value) or (foreign and value > 0)):
            # a price in another currency than the baseline's is not compared with it
            role = None if foreign else _current_price_role(scan, value)
            scan.take(match, "unit_price", value, role)
            scan.follow("currency", currency)


def _per_unit(scan: _Scan) -> None:
    for match in list(p.PER_UNIT.finditer(scan.text)):
        value = scan.number(match.group("n"))
        if value is not None and match.group("unit") and _plausible_price(scan, value):
            scan.take(match, "unit_price", value, _current_price_role(scan, value))


def _payment(scan: _Scan) -> None:
    if not p.PAYMENT_HINT.search(scan.text):
        return
    for pattern in p.PAYMENT:
        for match in list(pattern.finditer(scan.text)):
            days = int(match.group("d"))
            if 0 < days <= 180 and not _cash_discount_days(scan.text, match):
                scan.take(match, "payment_days", days)
    for match in list(p.PLAIN_DAYS.finditer(scan.text)):
        days = int(match.group("d"))
        around = scan.text[max(0, match.start() - 40) : match.end() + 25]
        later = _TIME_PREPOSITION.search(scan.text[max(0, match.start() - 20) : match.start()])
        if days in p.PAYMENT_LIKE_DAYS and not (
                p.NOT_PAYMENT_CUE.search(around) or later
                or _cash_discount_days(scan.text, match)):
            scan.take(match, "payment_days", days)


def _cash_discount_days(text: str, match: re.Match[str]) -> bool:
    """The days of a cash discount ("2% Skonto bei Zahlung innerhalb von 14 Tagen", "14 Tage
    2 % Skonto"), not the net term ("... oder 30 Tage netto")."""
    after = text[match.end() : match.end() + 25]
    if _NET_AFTER.match(text[match.start("d") : match.end() + 8]) or _NET_BEFORE.search(
            text[max(0, match.start("d") - 8) : match.start("d")]):
        return False  # "30 Tage netto", "Net 30": the net term, whatever is around
    if p.EARLY_PAYMENT_CUE.search(after):
        return True
    if re.match(r"\s{0,3}(?:\w+\s){0,2}?\d+\s*%", after) and not _AND_AFTER.match(after):
        return True  # "10 days 2 %"; not "45 days and 2% off", "45 days, 2%"
    before = text[max(0, match.start() - 40) : match.start()]
    nearer_days = p.PLAIN_DAYS.search(before)  # another days figure sits between: its cue
    if nearer_days is None and p.EARLY_PAYMENT_CUE.search(before):
        return True
    if _AND_EN.search(before) and _DAYS_WITHOUT_EN.search(match.group(0)):
        return False  # Dutch "3% en 45 dagen": "en" is "and", not the French "within"
    return bool(p.PAY_EARLY_BEFORE.search(text[max(0, match.start() - 40) : match.start("d")])
                or _CASH_DISCOUNT_DAYS.search(before))


_AND_AFTER = Cue(r"\s*(and|und|et|y|e|en|och|i|oraz|plus|with|mit|avec|con|met|z|com|med)\b")
_AND_EN = Cue(r"\d\s*%\s*(\w+\s+){0,3}en\s*$")  # "3% en", "6 % korting en"
# Days in a language where "en" is "and" or "one", not "within" (Dutch, Swedish).
_DAYS_WITHOUT_EN = Cue(r"\b(dagen|dag|dagar|dagars)\b")


_NET_BEFORE = Cue(r"\bnet(to|t)?\s*$")
_NET_AFTER = Cue(
r"^\d{1,3}[\s-]*\S*\s*net|^\d{1,3}\s*(days?|tage?n?|jours?|d[íi]as|giorni|dagen|"
                 r"dagar|dni|dias)\s+(net|netto)")


def _percent_range(scan: _Scan) -> None:
    """"between 2 and 3%", "2-3 %": one finding for the range, never a term."""
    if not p.PERCENT_HINT.search(scan.text):
        return
    for match in list(p.PERCENT_RANGE.finditer(scan.text)):
        low, high = scan.number(match.group("a")), scan.number(match.group("b"))
        if low is None or high is None or not 0 <= low < high <= _MOST_PERCENT:
            continue
        kind = _percent_kind(scan.text, match.start(), match.end()) or "decrease"
        field = "rebate_pct" if kind == "rebate" else "price_change_pct"
        sign = -1 if kind == "decrease" else 1
        ends = sorted((sign * low, sign * high))
        scan.take(match, field, ends[0], Role.RANGE, (ends[0], ends[1]))


def _percent(scan: _Scan) -> None:
    if not p.PERCENT_HINT.search(scan.text):
        return
    for match in list(p.PERCENT.finditer(scan.text)):
        value = scan.number(match.group("n"))
        kind = _signed_kind(match.group("sign")) or _percent_kind(
            scan.text, match.start(), match.end()
        )
        if value is None or kind is None or not 0 < value < 100:
            continue
        if _early_payment_percent(scan, match.start(), match.end()):
            continue
        if value > _MOST_PERCENT:
            # a purity, a delivery rate, a share: no price moves by 99.5 %
            scan.take(match, "price_change_pct", -value, Role.FACT)
            continue
        if kind == "rebate":
            scan.take(match, "rebate_pct", value)
        else:
            scan.take(match, "price_change_pct", value if kind == "increase" else -value)


_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b[A-Z]{3})\s?$")


def _points_off(scan: _Scan) -> None:
    """"3 off, 45 days": a bare number taken off is a percent of the price, as
    "3% off" is; "$3 off" and "USD 0.30 off" are money (read, if at all, as a price)."""
    if " off" not in scan.text and " Off" not in scan.text:
        return
    for match in list(p.POINTS_OFF.finditer(scan.text)):
        value = scan.number(match.group("n"))
        if (value is None or not 0 < value <= _MOST_PERCENT
                or _MONEY_BEFORE.search(scan.text[: match.start()])):
            continue
        scan.take(match, "price_change_pct", -value)


def _contract(scan: _Scan) -> None:
    for match in list(p.CONTRACT_WORD.finditer(scan.text)):
        scan.take(match, "contract_months", 12)
    if p.CONTRACT_CUE.search(scan.text):
        for match in list(p.MULTI_YEAR_WORD.finditer(scan.text)):
            scan.take(match, "contract_months", 24 if match.group("two") else 36)

    if not p.CONTRACT_HINT.search(scan.text):
        return
    cued = bool(p.CONTRACT_CUE.search(scan.text))
    for match in list(p.CONTRACT.finditer(scan.text)):

        around = scan.text[max(0, match.start() - 25) : match.end() + 25]
        count = float(match.group("n").replace(",", "."))
        months = round(count if match.group("m") else count * 12)
        if p.NOT_CONTRACT_CUE.search(around) or not 0 < months <= 120:
            continue
        if cued or _length_on_its_own(scan, match, months):
            scan.take(match, "contract_months", months)


_TIME_PREPOSITION = Cue(
    r"\b(in|within|after|every|per|each|next|over|binnen|innerhalb|nach|alle|dans|apr[èe]s|"
    r"dentro de|despu[ée]s de|entro|dopo|ogni|na|po|co|w ci[ąa]gu|em|ap[óo]s|inom|efter|"
    r"varje|om)\b\s*(\w+\s+)?$"  # a whole word: "con 30 días" holds no Polish "co"
)


def _length_on_its_own(scan: _Scan, match: re.Match[str], months: int) -> bool:
    """"Twelve months is fine", "we prefer 24 months": a contract length without the word
    "contract", when the supplier agrees to it or offers it and no preposition makes it a
    lead time or a period ("in 3 months", "after 2 years")."""
    if _TIME_PREPOSITION.search(scan.text[max(0, match.start() - 20) : match.start()]):
        return False
    role = role_of(scan.source, *match.span())
    if role is Role.AGREED:
        return True
    # "5% off, 60 days, 12 months": a length listed on its own beside other terms
    text = scan.source.text
    listed = bool(_LIST_ITEM_BEFORE.search(text[: match.start()])
                  and _LIST_ITEM_AFTER.match(text[match.end() :])
                  and any(f.is_term and f.field in _LISTED_WITH for f in scan.found))
    return role is Role.PROPOSED and months % 6 == 0 and (
        listed or offers_explicitly(scan.source.text))


_LIST_ITEM_BEFORE = Cue(r"[,;/]\s*((and|und|et|y|e|en|och|i|oraz|plus|&)\s+)?$")
_LIST_ITEM_AFTER = Cue(r"\s*([,;/.!]|$|(and|und|et|y|e|en|och|i|oraz|plus|&)\s)")
_LISTED_WITH = frozenset({"price_change_pct", "unit_price", "payment_days", "rebate_pct",
                          "volume_units"})


def _volume(scan: _Scan) -> None:
    if not p.VOLUME_CUE.search(scan.text) or p.NOT_VOLUME_CUE.search(scan.text):
        return
    matches = [*p.VOLUME.finditer(scan.text), *p.VOLUME_LEAD.finditer(scan.text)]
    for match in sorted(matches, key=lambda m: m.start()):
        token = match.group("n")
        grouped = bool(re.fullmatch(r"\d{1,3}(\.\d{3})+", token))  # no one commits to 2.5 units
        value = parse_number(token, decimal_comma=scan.decimal_comma or grouped)
        if value is not None and value >= 1 and not _minimum_per_order(scan.text, match):
            scan.take(match, "volume_units", round(value))


# "minimum 20.000 pcs per month", "mindestens 5.000 Stück pro Abruf": a minimum the
# supplier sets per order or period is an order quantity, never a committed volume.
_MINIMUM_BEFORE = Cue(r"\b(minimum|min\.?|at least|mindestens|m[íi]nimo|au moins|almeno|"
                      r"minimaal|co najmniej|pelo menos|minst)\W+(of\W+|von\W+|de\W+)?$")
_PER_ORDER_AFTER = Cue(
    r"^\W*(per|pro|par|al|por|a|na|each|every|je)\s+(month|week|order|delivery|shipment|"
    r"call-off|batch|lot|run|monat|woche|bestellung|lieferung|abruf|mois|semaine|commande|"
    r"livraison|mes|semana|pedido|entrega|mese|ordine|consegna|maand|bestelling|levering|"
    r"miesi[ąa]c|zam[óo]wienie|dostaw[ęe]|m[êe]s|m[åa]nad|vecka|leverans)\b"
    r"|^\W*(monthly|weekly|monatlich|mensuel\w*|mensual\w*|mensil\w*|maandelijks|"
    r"miesi[ęe]cznie|m[åa]nadsvis)\b"
)


def _minimum_per_order(text: str, match: re.Match[str]) -> bool:
    return bool(_MINIMUM_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
                and _PER_ORDER_AFTER.match(text[match.end() : match.end() + 30]))


_EXTRACTORS: tuple[Callable[[_Scan], None], ...] = (
    _money, _payment, _per_unit, _percent_range, _percent, _points_off, _contract, _volume,
)


def _signed_kind(sign: str | None) -> str | None:
    """An explicit sign ("+2%", "-3%") says the direction outright."""
    if not sign:
        return None
    return "increase" if sign == "+" else "decrease"


# The largest percent a price, a discount or a rebate moves by; more is a purity, a
# delivery rate, a share of something.
_MOST_PERCENT = 50.0
# "14 days 2 % or 30 days net": a percent right after a days figure, with a net term
# beside it, is the discount for paying early.
_DAYS_JUST_BEFORE = Cue(
    r"\b\d{1,2}\s*(days?|tage?n?|jours?|d[íi]as|giorni|gg|dagen|dagar|dni|dias)\s*$")
_DAYS_JUST_AFTER = Cue(
    r"\s*(within\s+|binnen\s+|innerhalb\s+|entro\s+)?\d{1,2}\s*(days?|tage?n?|jours?|d[íi]as|"
    r"giorni|gg|dagen|dagar|dni|dias)\b")
_NET_TERM = Cue(
    r"\bnet(to|t)?\b|\b\d{1,3}\s*(days?|tage?n?|jours?|d[íi]as|giorni|gg|dagen|dagar|dni|"
    r"dias)\b[^.;]*\b\d{1,3}\s*(days?|tage?n?|jours?|d[íi]as|giorni|gg|dagen|dagar|dni|dias)\b")


def _early_payment_percent(scan: _Scan, start: int, end: int) -> bool:
    """"14 days 2 % or 30 days net", "2% 10 days net 30": a percent right beside a days
    figure, with a net term in the clause (read before the percents, so looked for in
    the clause as written)."""
    beside = (_DAYS_JUST_BEFORE.search(scan.source.text[max(0, start - 40) : start])
              or _DAYS_JUST_AFTER.match(scan.source.text[end : end + 40]))
    return bool(beside and _NET_TERM.search(scan.source.text))


def _percent_kind(text: str, start: int, end: int) -> str | None:
    """What a percent is, by the nearest cue word: rebate, increase, decrease, or not a
    price at all (cash discounts, taxes, costs). A bare percent is a reduction."""
    window_after = text[end : end + 40]
    # cost rises blanked first, over a longer reach so the cost's noun is still in view
    window_before = _without_cost_rises(text[max(0, start - 80) : start])[-40:]
    if p.CASH_DISCOUNT_CUE.search(f"{window_before} {window_after}"):
        return None
    if p.PAY_EARLY_AFTER.search(_CONDITION.split(window_after, maxsplit=1)[-1]):
        return None
    after = _CONDITION.split(window_after[:30], maxsplit=1)[0]
    before = _CONDITION.split(window_before)[-1]
    compared = p.COMPARED_BEFORE.search(before)
    if compared:  # "a discount higher than 2%": "higher" is the limit, "discount" the kind
        before = before[: compared.start()] + " " * (len(before) - compared.start())
    cues = (("rebate", p.REBATE_CUE), ("increase", p.INCREASE_CUE),
            ("decrease", p.DECREASE_CUE), (None, p.NOT_PRICE_CUE))
    # "2% off plus a 1% year-end rebate": the "off" of the first term does not reach past
    # the "plus" to the second (an increase word still does: losing it flips the sign)
    own_before, own_after = _JOINED.split(before)[-1], _JOINED.split(after)[0]
    # a tax or a rate named past a comma is no kind of this number: "2% a 45 giorni, IVA 22%"
    phrase_before, phrase_after = _PHRASE_END.split(own_before)[-1], _PHRASE_END.split(
        own_after)[0]
    best: tuple[int, str | None] = (10_000, "decrease")
    for kind, pattern in cues:
        whole = kind == "increase"
        if kind is None:
            windows = (phrase_before, phrase_after)
        else:
            windows = (before if whole else own_before, after if whole else own_after)
        for distance in _distances(pattern, *windows):
            best = min(best, (distance, kind), key=lambda pair: pair[0])
    more = p.MORE_AFTER.match(after)  # "3% more", "3 % mehr": only right after the number
    if more and more.end() <= best[0] + 8:
        return "increase"
    if _PLUS_BEFORE.search(before) or (_ADD_BEFORE.search(before) and _TO_PRICE_AFTER.match(
            after)):
        return "increase"  # "eine Korrektur von plus 3 %", "add 3% to the current price"

    unconditional = _CONDITION.split(text, maxsplit=1)[0]
    if best[0] == 10_000 and p.INCREASE_CUE.search(unconditional) and not (
            p.DECREASE_CUE.search(unconditional)):
        return "increase"  # no cue near it, but the sentence is about an increase
    return best[1]


_PHRASE_END = re.compile(r"[,;]")
_PRONOUN = Cue(r"\b(we|i|wir|ich|nous|je|nosotros|noi|wij|we|my|n[óo]s|vi|jag)\b")


def _without_cost_rises(before: str) -> str:
    """The window before a percent with the rises of costs blanked: in "Surowce podrożały
    o 15%, mimo to proponujemy 2%" the rise is the raw materials', not the 2%."""
    for cost in COST_SUBJECT.finditer(before):
        rise = p.INCREASE_CUE.search(before, cost.end())
        if rise is None or rise.start() - cost.end() > 12:
            continue  # "resin costs we will need to increase the price": the price's rise
        if _PRONOUN.search(before[cost.end() : rise.start()]) or PRICE_SUBJECT.search(
                before[max(0, cost.start() - 30) : cost.start()]):
            continue  # "list prices on all copper cable rise": the prices rise
        before = before[: rise.start()] + " " * (rise.end() - rise.start()) + before[
            rise.end() :]
    return before


_JOINED = re.compile(r"\b(?:and|plus|und|sowie|et|y|e|en|och|oraz|i)\b", re.IGNORECASE)
_PLUS_BEFORE = Cue(r"(?<![\w'])plus\s*$")
_ADD_BEFORE = Cue(r"\b(add|adds|added|adding|aufschlagen|ajouter|a[ñn]adir|aggiungere|"
                  r"toevoegen|doliczy[ćc]|acrescentar|l[äa]gga p[åa])\s+(a |an |another |"
                  r"further |extra |un |une |ein |einen )?$")
_TO_PRICE_AFTER = Cue(
    r"^\s*(to|on|onto|auf|sur|a|al|op|do|ao|p[åa])\s+(the |our |your |die |den |le |les |"
    r"el |los |il |i |de |het |o |os |v[åa]ra )?(current |present |existing |list |unit |"
    r"aktuellen |actuel |actual |attuale )?(price|prices|rates?|list|preis|preise|prix|"
    r"tarifs?|precios?|prezz[oi]|prijs|prijzen|cen[ay]?|pre[çc]os?|pris\w*)\b")


def _distances(pattern: Cue, before: str, after: str) -> Iterator[int]:
    for match in pattern.finditer(after):
        yield match.start()
    for match in pattern.finditer(before):
        yield len(before) - match.end()


def _current_price_role(scan: _Scan, value: float) -> Role | None:
    """Today's price named again is no new offer: "our price of 3.10 is already low"."""
    baseline = scan.context.baseline_unit_price
    if baseline and abs(value - baseline) <= 0.005 * baseline:
        return Role.REFERRED
    return None  # its role comes from its words


def _plausible_price(scan: _Scan, value: float) -> bool:
    baseline = scan.context.baseline_unit_price
    if baseline:
        return 0.25 * baseline <= value <= 4 * baseline
    return value > 0 and bool(p.PRICE_CUE.search(scan.source.text))


def _currency(symbol: str, context: ExtractionInput) -> str:
    key = symbol.lower().rstrip(".")
    if key == "kr":  # the crown of the negotiation's own Nordic currency
        return context.currency if context.currency in p.NORDIC_CROWNS else "SEK"
    code = p.CURRENCY_SYMBOLS.get(key) or symbol.upper()
    if key in ("$", "dollar", "dollars") and context.currency in _DOLLAR_CODES:
        return context.currency
    return {"C$": "CAD", "A$": "AUD", "RMB": "CNY"}.get(code, code)


def _unique(findings: list[Finding]) -> tuple[Finding, ...]:
    seen: dict[str, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.field, finding)
    return tuple(seen.values())


def _conflicts(findings: list[Finding]) -> tuple[str, ...]:
    values: dict[str, set[float | int | str]] = {}
    for finding in findings:
        values.setdefault(finding.field, set()).add(finding.value)
    return tuple(name for name, distinct in values.items() if len(distinct) > 1)


def _evidence(text: str, start: int, end: int, margin: int = 30) -> str:
    """The matched words with a little context on each side, cut at word boundaries."""
    left = max(0, start - margin)
    right = min(len(text), end + margin)
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    snippet = " ".join(text[left:right].split())
    return ("..." if left else "") + snippet + ("..." if right < len(text) else "")

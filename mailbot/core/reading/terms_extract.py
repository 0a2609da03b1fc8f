"""Read the terms a supplier states in free text.

Only clauses that state something are read (see ``clauses.py``); contact lines are
skipped outright. Within a clause the extractors run in a fixed order and blank out
what they matched, so "2/10 net 30" is one payment term and not also a 2, and the
amount in "5.82 USD per unit" is one price. A field that receives two different values
is reported as a conflict: alternatives are for a human to choose between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from mailbot.core.reading import patterns as p
from mailbot.core.reading.clauses import Clause, Mood, clauses
from mailbot.core.reading.numbers import parse_number, spell_out_digits, uses_decimal_comma

_DIGIT = re.compile(r"\d")
_REPEATED_NUMBER = re.compile(r"\b(\d+)\s*\(\1\)")  # "thirty (30) days" -> "30 days"
# A cue beyond a condition word qualifies the condition, not the percent:
# "3% if you increase the volume" is not a price increase.
_CONDITION = re.compile(
    r"\b(?:if|provided|unless|when|as long as|assuming|against|wenn|falls|sofern|si|"
    r"siempre que|mientras|indien|mits)\b",
    re.IGNORECASE,
)
_DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})


@dataclass(frozen=True)
class Finding:
    field: str
    value: float | int | str
    text: str


@dataclass(frozen=True)
class ExtractionInput:
    baseline_unit_price: float | None = None
    currency: str | None = None


@dataclass
class _Scan:
    """One clause being read; matched spans are blanked so no number is read twice."""

    text: str
    source: Clause
    decimal_comma: bool
    context: ExtractionInput
    found: list[Finding] = field(default_factory=list)

    def number(self, token: str | None) -> float | None:
        return parse_number(token, decimal_comma=self.decimal_comma) if token else None

    def take(self, match: re.Match[str], name: str, value: float | int | str) -> None:
        start, end = match.span()
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]
        self.found.append(Finding(name, value, _evidence(self.source.text, start, end)))


@dataclass(frozen=True)
class Extraction:
    findings: tuple[Finding, ...]
    conflicts: tuple[str, ...]
    ranged: bool  # a percent range ("2-3%"): tentative, not a firm proposal


def prepare(text: str) -> str:
    """Text ready for the term patterns: digits for spelled numbers, no contact lines."""
    text = _REPEATED_NUMBER.sub(r"\1", spell_out_digits(text.replace("\u00a0", " ")))
    return "\n".join("" if _is_contact(line) else line for line in text.split("\n"))


def _is_contact(line: str) -> bool:
    """Phone, address and registration lines: every one of them carries a digit."""
    return bool(_DIGIT.search(line)) and bool(p.CONTACT_LINE.search(line))


def extract_terms(text: str, context: ExtractionInput) -> Extraction:
    """Terms stated in ``text`` (the supplier's own words)."""
    prepared = prepare(text)
    return extract_from_clauses(clauses(prepared), uses_decimal_comma(prepared), context)


def extract_from_clauses(
    found_clauses: Sequence[Clause], decimal_comma: bool, context: ExtractionInput
) -> Extraction:
    """Terms stated in clauses already split (the reader splits once for all its uses)."""
    findings: list[Finding] = []
    ranged = False
    for clause in found_clauses:
        if clause.mood is not Mood.STATES or not _DIGIT.search(clause.text):
            continue  # spelled numbers are digits by now: no digit, no term
        ranged = ranged or bool(p.PERCENT_RANGE.search(clause.text))
        scan = _Scan(clause.text, clause, decimal_comma, context)
        for extractor in _EXTRACTORS:
            extractor(scan)
        findings.extend(scan.found)
    return Extraction(_unique(findings), _conflicts(findings), ranged)


def _money(scan: _Scan) -> None:
    for match in list(p.MONEY.finditer(scan.text)):
        around = scan.text[max(0, match.start() - 30) : match.end() + 30]
        if p.NOT_UNIT_PRICE_CUE.search(around) or p.OLD_PRICE_BEFORE.search(
            scan.text[max(0, match.start() - 25) : match.start()]
        ):
            continue
        value = scan.number(match.group("n") or match.group("n2"))
        symbol = match.group("cur") or match.group("cur2") or ""
        if value is not None and _plausible_price(scan, value):
            scan.take(match, "unit_price", value)
            currency = _currency(symbol, scan.context)
            scan.found.append(Finding("currency", currency, scan.found[-1].text))


def _per_unit(scan: _Scan) -> None:
    for match in list(p.PER_UNIT.finditer(scan.text)):
        value = scan.number(match.group("n"))
        if value is not None and match.group("unit") and _plausible_price(scan, value):
            scan.take(match, "unit_price", value)


def _payment(scan: _Scan) -> None:
    for pattern in p.PAYMENT:
        for match in list(pattern.finditer(scan.text)):
            days = int(match.group("d"))
            before = scan.text[max(0, match.start() - 40) : match.start()]
            early = p.EARLY_PAYMENT_CUE.search(before) or p.PAY_EARLY_BEFORE.search(
                scan.text[max(0, match.start() - 40) : match.start("d")]
            )
            if 0 < days <= 180 and not early:
                scan.take(match, "payment_days", days)


def _percent(scan: _Scan) -> None:
    for match in list(p.PERCENT.finditer(scan.text)):
        value = scan.number(match.group("n"))
        kind = _signed_kind(match.group("sign")) or _percent_kind(
            scan.text, match.start(), match.end()
        )
        if value is None or kind is None or not 0 < value < 100:
            continue
        if kind == "rebate":
            scan.take(match, "rebate_pct", value)
        else:
            scan.take(match, "price_change_pct", value if kind == "increase" else -value)


def _contract(scan: _Scan) -> None:
    if not p.CONTRACT_CUE.search(scan.text):
        return
    for match in list(p.CONTRACT.finditer(scan.text)):
        around = scan.text[max(0, match.start() - 25) : match.end() + 25]
        count = int(match.group("n"))
        months = count if match.group("m") else count * 12
        if not p.NOT_CONTRACT_CUE.search(around) and 0 < months <= 120:
            scan.take(match, "contract_months", months)


def _volume(scan: _Scan) -> None:
    if not p.VOLUME_CUE.search(scan.text) or p.NOT_VOLUME_CUE.search(scan.text):
        return
    matches = [*p.VOLUME.finditer(scan.text), *p.VOLUME_LEAD.finditer(scan.text)]
    for match in sorted(matches, key=lambda m: m.start()):
        token = match.group("n")
        grouped = bool(re.fullmatch(r"\d{1,3}(\.\d{3})+", token))  # no one commits to 2.5 units
        value = parse_number(token, decimal_comma=scan.decimal_comma or grouped)
        if value is not None and value >= 1:
            scan.take(match, "volume_units", round(value))


_EXTRACTORS: tuple[Callable[[_Scan], None], ...] = (
    _money, _payment, _per_unit, _percent, _contract, _volume,
)


def _signed_kind(sign: str | None) -> str | None:
    """An explicit sign ("+2%", "-3%") says the direction outright."""
    if not sign:
        return None
    return "increase" if sign == "+" else "decrease"


def _percent_kind(text: str, start: int, end: int) -> str | None:
    """What a percent is, by the nearest cue word: rebate, increase, decrease, or not a
    price at all (cash discounts, taxes, costs). A bare percent is a reduction."""
    window_after, window_before = text[end : end + 40], text[max(0, start - 40) : start]
    if p.CASH_DISCOUNT_CUE.search(f"{window_before} {window_after}"):
        return None
    if p.PAY_EARLY_AFTER.search(_CONDITION.split(window_after, maxsplit=1)[-1]):
        return None
    after = _CONDITION.split(window_after[:30], maxsplit=1)[0]
    before = _CONDITION.split(window_before)[-1]
    cues = (("rebate", p.REBATE_CUE), ("increase", p.INCREASE_CUE),
            ("decrease", p.DECREASE_CUE), (None, p.NOT_PRICE_CUE))
    best: tuple[int, str | None] = (10_000, "decrease")
    for kind, pattern in cues:
        for distance in _distances(pattern, before, after):
            best = min(best, (distance, kind), key=lambda pair: pair[0])
    return best[1]


def _distances(pattern: re.Pattern[str], before: str, after: str) -> Iterator[int]:
    for match in pattern.finditer(after):
        yield match.start()
    for match in pattern.finditer(before):
        yield len(before) - match.end()


def _plausible_price(scan: _Scan, value: float) -> bool:
    baseline = scan.context.baseline_unit_price
    if baseline:
        return 0.25 * baseline <= value <= 4 * baseline
    return value > 0 and bool(p.PRICE_CUE.search(scan.source.text))


def _currency(symbol: str, context: ExtractionInput) -> str:
    key = symbol.lower()
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

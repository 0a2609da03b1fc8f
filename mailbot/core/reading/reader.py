"""The reader: raw email plus context in, a ``Reading`` out. Pure; never raises.

Steps: parse once; keep only the supplier's new words (no quotes, no signature); read
a filled-in reply form if there is one, and every number in the free text with its role;
take the proposed and agreed ones as terms; observe the signals; let the intent table
decide; attach the reason, what is unclear, the evidence and a confidence.
"""

from __future__ import annotations

from dataclasses import replace

from mailbot.core.reading import automatic, signals
from mailbot.core.reading.bare_percent import with_bare_percent
from mailbot.core.reading.choice import LETTERS, Pick, find_pick
from mailbot.core.reading.clarified import answer_to_clarification
from mailbot.core.reading.clauses import Clause, clauses
from mailbot.core.reading.form import FilledForm, form_lines
from mailbot.core.reading.increase import announces_increase
from mailbot.core.reading.intent import RULES, Rule, Signals, decide
from mailbot.core.reading.language import languages_of
from mailbot.core.reading.mime import ParsedMessage, parse_message
from mailbot.core.reading.model import Evidence, Reading, ReadingContext, Unclear, UnclearKind
from mailbot.core.reading.numbers import uses_decimal_comma
from mailbot.core.reading.observation import ClauseSplit, Observation, ReplyParts
from mailbot.core.reading.quotes import Segment, split_new_text
from mailbot.core.reading.reasons import Reason
from mailbot.core.reading.roles import Role
from mailbot.core.reading.signature import strip_signature
from mailbot.core.reading.tables import own_columns
from mailbot.core.reading.terms_extract import (
    Extraction,
    ExtractionInput,
    extract_from_clauses,
    prepare,
)
from mailbot.core.reading.unclear import unclear_points
from mailbot.core.terms import Intent, Terms

_TERM_INTENTS = frozenset({Intent.COUNTER, Intent.ACCEPT})
_NO_TERMS = Terms()


def read_reply(raw: bytes, context: ReadingContext = ReadingContext()) -> Reading:
    """Read one raw email; a message that cannot be read is ``other`` with confidence 0."""
    try:
        return read_parsed(parse_message(raw), context)
    except Exception as error:  # the reader's contract: nothing is lost, nothing raises
        return Reading(Intent.OTHER, False, Terms(), 0.0, (), "", (f"ReaderError: {error!r}",))


def read_parsed(message: ParsedMessage, context: ReadingContext = ReadingContext()) -> Reading:
    """Read a message parsed earlier (the shell parses once for routing too)."""
    system = _mail_system_reading(message)
    if system is not None:
        return system
    segments = _own_segments(message)
    new_text = "\n\n".join(segment.text for segment in segments)
    pick = find_pick(new_text, len(context.alternatives))
    chosen = context.alternatives[pick.index] if pick.index is not None else None
    form = _find_form(new_text, context)
    if form and chosen is not None and signals.same_as_offer(form.terms, context.last_offer):
        form = None  # "B" above an untouched form picks B; the form is a copy of the offer
    split = _split_clauses(segments, form, languages_of(new_text))
    decimal_comma = uses_decimal_comma(new_text)
    extraction = with_bare_percent(extract_from_clauses(
        split.every, decimal_comma,
        ExtractionInput(context.baseline_unit_price, context.currency, _offered(context)),
    ), split.top, context.last_offer, decimal_comma)
    if form and extraction.findings and signals.same_as_offer(form.terms, context.last_offer):
        form = None  # an unchanged form under the supplier's own numbers is a copy of the offer
    stated, evidence = _stated_terms(form, extraction, context)
    unclear = unclear_points(extraction, stated, form, context)
    stated = _without_conflicting_percent(stated, unclear)
    observed = Observation(ReplyParts(message, split, new_text, form, extraction, stated,
                                      context, unclear, pick, chosen), headers_checked=True)

    rule = decide(observed)
    terms = stated.merged_over(chosen) if chosen is not None else stated
    reading = Reading(
        intent=rule.intent,
        price_increase=_price_increase(stated, split, extraction, context),
        terms=terms if rule.intent in _TERM_INTENTS else Terms(),
        confidence=_confidence(rule, observed, message, segments, extraction),
        evidence=evidence + _pick_evidence(pick),
        new_text=new_text,
        defects=message.defects,
        reason=rule.reason or _reason(rule.intent, message, new_text),
        unclear=unclear if rule.intent not in _MAIL_SYSTEM else (),
        numbers=tuple(Evidence(m.field, m.value, m.text, m.role.value)
                      for m in extraction.mentions if m.field != "currency"),
    )
    return answer_to_clarification(reading, context)  # as the answer to a clarification


_MAIL_SYSTEM = frozenset({Intent.AUTO_REPLY, Intent.BOUNCE})


def _offered(context: ReadingContext) -> tuple[tuple[str, float], ...]:
    """The buyer's last offer as (field, value) pairs, for numbers that refer to it."""
    offer = context.last_offer
    if offer is None:
        return ()
    return tuple((name, float(value)) for name, value in offer.stated().items()
                 if isinstance(value, int | float))


def _mail_system_reading(message: ParsedMessage) -> Reading | None:
    """A delivery report or a message marked automatic by its headers is read as such
    whatever its text says (the first two rows of the intent table), without reading
    the text at all."""
    for rule, reason in ((RULES[0], automatic.delivery_report(message)),
                         (RULES[1], automatic.automatic_by_headers(message))):
        if reason is not None:
            text = message.text[:4000]
            return Reading(rule.intent, False, Terms(), _confidence_of(rule, message), (),
                           text, message.defects, reason)
    return None


def _confidence_of(rule: Rule, message: ParsedMessage) -> float:
    return round(rule.confidence - (0.1 if message.defects else 0.0), 2)


def _reason(intent: Intent, message: ParsedMessage, new_text: str) -> Reason | None:
    """The kind of an automatic message read from its text (the table names the rest)."""
    if intent is Intent.AUTO_REPLY:
        return automatic.notice_kind(new_text) or Reason.AUTOMATIC
    return None


def _without_conflicting_percent(stated: Terms, unclear: tuple[Unclear, ...]) -> Terms:
    """A percent that disagrees with the unit price stated beside it is not a term: the
    price is (its currency and amount are explicit), and the percent it means is kept."""
    for item in unclear:
        if item.kind is UnclearKind.PRICE_PERCENT_CONFLICT:
            return replace(stated, price_change_pct=item.candidates[0])
    return stated


def _split_clauses(
    segments: tuple[Segment, ...], form: FilledForm | None, languages: frozenset[str]
) -> ClauseSplit:
    top: list[Clause] = []
    inline: list[Clause] = []
    for segment in segments:
        text = own_columns(form.blank(segment.text) if form else segment.text)
        (inline if segment.inline else top).extend(clauses(prepare(text, languages)))
    return ClauseSplit(top, inline, tuple(s for s in segments if s.inline))


def _own_segments(message: ParsedMessage) -> tuple[Segment, ...]:
    """The supplier's own text: quotes removed, and nothing after the first sign-off
    (but the answers it typed into the quote below its signature)."""
    kept: list[Segment] = []
    signed_off = False
    for index, segment in enumerate(split_new_text(message.text)):
        if signed_off and not segment.typed_in_quote:
            continue
        text, cut = strip_signature(segment.text, message.from_name, allow_first=index > 0)
        if text.strip():
            kept.append(Segment(text, segment.answers, segment.inline))
        signed_off = signed_off or cut
    return tuple(kept)


def _find_form(text: str, context: ReadingContext) -> FilledForm | None:
    if not context.forms:
        return None
    lines = form_lines(text)
    for form in context.forms:
        filled = form.find_in(lines)
        if filled is not None:
            return filled
    return None


def _stated_terms(
    form: FilledForm | None, extraction: Extraction, context: ReadingContext
) -> tuple[Terms, tuple[Evidence, ...]]:
    if form is not None and form.terms != _NO_TERMS:
        lines = " | ".join(form.lines)
        found = [Evidence(k, v, lines) for k, v in form.terms.stated().items()]
        return form.terms, tuple(found)
    values = {f.field: f.value for f in extraction.findings}
    if "unit_price" not in values:
        values.pop("currency", None)
    terms = Terms.from_json(values)
    evidence = [Evidence(f.field, f.value, f.text, f.role.value) for f in extraction.findings]
    derived = _derived_percent(terms, context)
    if derived is not None:
        terms = Terms.from_json({**terms.to_json(), "price_change_pct": derived})
        evidence.append(Evidence("price_change_pct", derived,
                                 f"derived from unit price {terms.unit_price} "
                                 f"and baseline {context.baseline_unit_price}"))
    return terms, tuple(evidence)


def _derived_percent(terms: Terms, context: ReadingContext) -> float | None:
    """The percent change a stated unit price means against the baseline."""
    baseline = context.baseline_unit_price
    if terms.unit_price is None or terms.price_change_pct is not None or not baseline:
        return None
    if terms.currency and context.currency and terms.currency != context.currency:
        return None
    return round((terms.unit_price / baseline - 1) * 100, 2)


def _pick_evidence(pick: Pick) -> tuple[Evidence, ...]:
    if pick.index is None:
        return ()
    return (Evidence("alternative", LETTERS[pick.index], pick.text),)


def _price_increase(
    terms: Terms, split: ClauseSplit, extraction: Extraction, context: ReadingContext
) -> bool:
    if terms.price_change_pct is not None and terms.price_change_pct > 0:
        return True
    baseline = context.baseline_unit_price
    comparable = terms.unit_price is not None and terms.currency in (None, context.currency)
    if comparable and baseline and (terms.unit_price or 0.0) > baseline:
        return True
    hedged = (Role.RANGE, Role.TENTATIVE, Role.CONDITIONAL)
    if any(m.field == "price_change_pct" and isinstance(m.value, float) and m.value > 0
           for m in extraction.with_role(*hedged)):
        return True  # "an increase of between 4 and 6%": not a term, still an increase
    offered_cut = (terms.price_change_pct is not None and terms.price_change_pct < 0) or (
        comparable and bool(baseline) and (terms.unit_price or 0.0) < (baseline or 0.0))
    return announces_increase(split.every, reduction_offered=offered_cut)


def _confidence(
    rule: Rule, observed: Signals, message: ParsedMessage, segments: tuple[Segment, ...],
    extraction: Extraction,
) -> float:
    """The rule's own confidence, lowered for what makes any reading less certain."""
    confidence = rule.confidence
    if rule.intent in _TERM_INTENTS and (observed.asks or observed.rejects):
        confidence -= 0.15  # terms next to a question or a refusal: a human may differ
    if rule.intent in _TERM_INTENTS and extraction.with_role(Role.TENTATIVE, Role.ASKED):
        confidence -= 0.1  # some numbers in the reply have no settled role
    if message.defects:
        confidence -= 0.1
    if any(segment.inline for segment in segments):
        confidence -= 0.1
    if sum(len(segment.text) for segment in segments) > 1500:
        confidence -= 0.1
    return round(min(0.99, max(0.05, confidence)), 2)

"""The reader: raw email plus context in, a ``Reading`` out. Pure; never raises.

Steps: parse once; keep only the supplier's new words (no quotes, no signature); read
a filled-in reply form if there is one, else the terms in free text; observe the
signals; let the intent table decide; attach evidence and a confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mailbot.core.reading import automatic, cues, signals
from mailbot.core.reading.choice import LETTERS, Pick, find_pick
from mailbot.core.reading.clauses import Clause, clauses
from mailbot.core.reading.form import FilledForm
from mailbot.core.reading.intent import Rule, Signals, decide
from mailbot.core.reading.mime import ParsedMessage, parse_message
from mailbot.core.reading.model import Evidence, Reading, ReadingContext
from mailbot.core.reading.numbers import uses_decimal_comma
from mailbot.core.reading.quotes import Segment, split_new_text
from mailbot.core.reading.reasons import Reason
from mailbot.core.reading.signature import strip_signature
from mailbot.core.reading.terms_extract import (
    Extraction,
    ExtractionInput,
    extract_from_clauses,
    prepare,
)
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
    segments = _own_segments(message)
    new_text = "\n\n".join(segment.text for segment in segments)
    pick = find_pick(new_text, len(context.alternatives))
    chosen = context.alternatives[pick.index] if pick.index is not None else None
    form = _find_form(new_text, context)
    if form and chosen is not None and signals.same_as_offer(form.terms, context.last_offer):
        form = None  # "B" above an untouched form picks B; the form is a copy of the offer
    split = _split_clauses(segments, form)
    extraction = extract_from_clauses(
        split.every, uses_decimal_comma(new_text),
        ExtractionInput(context.baseline_unit_price, context.currency),
    )
    if form and extraction.findings and signals.same_as_offer(form.terms, context.last_offer):
        form = None  # an unchanged form under the supplier's own numbers is a copy of the offer
    stated, evidence = _stated_terms(form, extraction, context)
    observed = replace(_observe(message, split, new_text, form, extraction, stated, context),
                       **_pick_signals(pick, chosen, stated, new_text, extraction))
    rule = decide(observed)
    terms = stated.merged_over(chosen) if chosen is not None else stated
    return Reading(
        intent=rule.intent,
        price_increase=_price_increase(stated, split, context),
        terms=terms if rule.intent in _TERM_INTENTS else Terms(),
        confidence=_confidence(rule, observed, message, segments),
        evidence=evidence + _pick_evidence(pick),
        new_text=new_text,
        defects=message.defects,
        reason=_reason(rule.intent, message, new_text),
    )


def _reason(intent: Intent, message: ParsedMessage, new_text: str) -> Reason | None:
    if intent is Intent.BOUNCE:
        return automatic.delivery_report(message)
    if intent is Intent.AUTO_REPLY:
        return (automatic.automatic_by_headers(message) or automatic.notice_kind(new_text)
                or Reason.AUTOMATIC)
    return None


@dataclass(frozen=True)
class _Clauses:
    top: list[Clause]  # written as the message's own answer
    inline: list[Clause]  # written between quoted lines, answering one of them

    @property
    def every(self) -> list[Clause]:
        return self.top + self.inline


def _split_clauses(segments: tuple[Segment, ...], form: FilledForm | None) -> _Clauses:
    top: list[Clause] = []
    inline: list[Clause] = []
    for segment in segments:
        text = form.blank(segment.text) if form else segment.text
        (inline if segment.inline else top).extend(clauses(prepare(text)))
    return _Clauses(top, inline)


def _own_segments(message: ParsedMessage) -> tuple[Segment, ...]:
    """The supplier's own text: quotes removed, and nothing after the first sign-off."""
    kept: list[Segment] = []
    for index, segment in enumerate(split_new_text(message.text)):
        text, cut = strip_signature(segment.text, message.from_name, allow_first=index > 0)
        if text.strip():
            kept.append(Segment(text, segment.answers, segment.inline))
        if cut:
            break
    return tuple(kept)


def _find_form(text: str, context: ReadingContext) -> FilledForm | None:
    for form in context.forms:
        filled = form.find(text)
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
    evidence = [Evidence(f.field, f.value, f.text) for f in extraction.findings]
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


def _observe(
    message: ParsedMessage, split: _Clauses, new_text: str, form: FilledForm | None,
    extraction: Extraction, stated: Terms, context: ReadingContext,
) -> Signals:
    has_terms = stated != _NO_TERMS
    form_found = form is not None and form.terms != _NO_TERMS
    same = signals.same_as_offer(stated, context.last_offer)
    return Signals(
        bounce=automatic.delivery_report(message) is not None,
        automatic=automatic.automatic_by_headers(message) is not None,
        bulk=automatic.is_bulk(message),
        notice_text=automatic.automatic_by_text(new_text) is not None,
        weakly_automatic=automatic.weakly_marked(message),
        form_found=form_found,
        form_unchanged=form_found and same,
        empty=not re.search(r"\w", new_text),
        forwarded=bool(cues.FORWARD_SUBJECT.match(message.subject)),
        alternatives=bool(extraction.conflicts)
        or (has_terms and bool(cues.ALTERNATIVES.search(new_text))),
        tentative=signals.tentative(split.every, extraction, new_text),
        has_terms=has_terms,
        same_as_offer=same,
        accepts=signals.accepts(split.top),
        inline_ack_only=signals.accepts(split.inline) and not signals.accepts(split.top),
        rejects=signals.rejects(split.every),
        asks=signals.asks(split.every),
        holding=bool(cues.FORWARDED.search(new_text)),
        attachment=bool(cues.ATTACHMENT.search(new_text)),
    )


def _pick_signals(
    pick: Pick, chosen: Terms | None, stated: Terms, new_text: str, extraction: Extraction
) -> dict[str, bool]:
    """A pick of a lettered package; its own words ("option B") are no sign of
    alternatives of the supplier's."""
    if not (pick.spans or pick.ambiguous):
        return {}
    has_terms = stated != _NO_TERMS
    return {
        "picks": chosen is not None,
        "pick_changed": chosen is not None and has_terms
        and not signals.same_as_offer(stated, chosen),
        "pick_ambiguous": pick.ambiguous,
        "alternatives": bool(extraction.conflicts)
        or (has_terms and bool(cues.ALTERNATIVES.search(pick.blank(new_text)))),
    }


def _pick_evidence(pick: Pick) -> tuple[Evidence, ...]:
    if pick.index is None:
        return ()
    return (Evidence("alternative", LETTERS[pick.index], pick.text),)


def _price_increase(terms: Terms, split: _Clauses, context: ReadingContext) -> bool:
    if terms.price_change_pct is not None and terms.price_change_pct > 0:
        return True
    baseline = context.baseline_unit_price
    comparable = terms.unit_price is not None and terms.currency in (None, context.currency)
    if comparable and baseline and (terms.unit_price or 0.0) > baseline:
        return True
    return signals.announces_increase(split.every)


def _confidence(
    rule: Rule, observed: Signals, message: ParsedMessage, segments: tuple[Segment, ...]
) -> float:
    """The rule's own confidence, lowered for what makes any reading less certain."""
    confidence = rule.confidence
    if rule.intent in _TERM_INTENTS and (observed.asks or observed.rejects):
        confidence -= 0.15  # terms next to a question or a refusal: a human may differ
    if message.defects:
        confidence -= 0.1
    if any(segment.inline for segment in segments):
        confidence -= 0.1
    if sum(len(segment.text) for segment in segments) > 1500:
        confidence -= 0.1
    return round(min(0.99, max(0.05, confidence)), 2)

"""What is unclear in a reply, as plain values a clarification could ask about.

A range gives its two ends, a hedged or conditional number its value, alternatives the
terms of each package the supplier named (terms named once, in a sentence of their own,
belong to every package: "3% on 12 months or 4% on 24; payment 45 days either way"), and
a unit price that disagrees with a percent beside it both values.
"""

from __future__ import annotations

from mailbot.core.reading.form import FilledForm
from mailbot.core.reading.model import ReadingContext, Unclear, UnclearKind
from mailbot.core.reading.roles import Role
from mailbot.core.reading.terms_extract import Extraction, Finding
from mailbot.core.terms import Terms

_KIND_OF_ROLE = {
    Role.RANGE: UnclearKind.RANGE,
    Role.TENTATIVE: UnclearKind.UNCLEAR_NUMBER,
    Role.CONDITIONAL: UnclearKind.CONDITIONAL,
}
_PERCENT_TOLERANCE = 0.3  # points between a stated percent and the one a price implies


def unclear_points(
    extraction: Extraction, stated: Terms, form: FilledForm | None, context: ReadingContext
) -> tuple[Unclear, ...]:
    found: list[Unclear] = []
    for mention in extraction.mentions:
        kind = _KIND_OF_ROLE.get(mention.role)
        if kind is None or mention.field == "currency":
            continue
        candidates = mention.bounds or (float(mention.value),)
        found.append(Unclear(kind, mention.text, mention.field, tuple(candidates)))
    if extraction.conflicts:
        in_order = extraction.findings_in_order
        text = " | ".join(dict.fromkeys(f.text for f in in_order))
        found.append(Unclear(UnclearKind.ALTERNATIVES, text, None, (),
                             alternative_packages(in_order)))
    conflict = _price_percent_conflict(stated, extraction, context)
    if conflict is not None:
        found.append(conflict)
    if form is not None:
        found += _form_conflicts(form, extraction)
    return tuple(found)


def alternative_packages(findings: tuple[Finding, ...]) -> tuple[Terms, ...]:
    """Split term findings, in reading order, into the packages they describe: a new
    package starts where a term already in the current one comes again."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.field] = counts.get(finding.field, 0) + 1
    repeated = {name for name, count in counts.items() if count > 1 and name != "currency"}
    package_clauses = {id(f.clause) for f in findings if f.field in repeated}
    shared: dict[str, object] = {}
    packages: list[dict[str, object]] = []
    for finding in findings:
        if finding.field not in repeated and id(finding.clause) not in package_clauses:
            shared.setdefault(finding.field, finding.value)
            continue
        if not packages or finding.field in packages[-1]:
            packages.append({})
        packages[-1][finding.field] = finding.value
    if len(packages) < 2:
        return ()
    return tuple(Terms.from_json({**shared, **package}) for package in packages)


def _price_percent_conflict(
    stated: Terms, extraction: Extraction, context: ReadingContext
) -> Unclear | None:
    """A unit price and a percent that do not describe the same price."""
    baseline = context.baseline_unit_price
    if stated.unit_price is None or stated.price_change_pct is None or not baseline:
        return None
    if stated.currency and context.currency and stated.currency != context.currency:
        return None
    implied = (stated.unit_price / baseline - 1) * 100
    if abs(implied - stated.price_change_pct) <= _PERCENT_TOLERANCE:
        return None
    texts = [f.text for f in extraction.findings if f.field in ("unit_price", "price_change_pct")]
    return Unclear(UnclearKind.PRICE_PERCENT_CONFLICT, " | ".join(dict.fromkeys(texts)),
                   "price_change_pct", (round(implied, 2), stated.price_change_pct))


def _form_conflicts(form: FilledForm, extraction: Extraction) -> list[Unclear]:
    found = []
    for finding in extraction.findings:
        filled = getattr(form.terms, finding.field, None)
        if filled is None or finding.field == "currency" or filled == finding.value:
            continue
        found.append(Unclear(UnclearKind.FORM_CONFLICTS_TEXT, finding.text, finding.field,
                             (float(filled), float(finding.value))))
    return found

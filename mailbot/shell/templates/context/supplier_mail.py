"""One context builder per template the supplier receives: offers, reminders, confirmations,
clarifications."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from mailbot.core.engine import Clarification
from mailbot.core.reading import Unclear, UnclearKind
from mailbot.core.reading.clarified import open_fields
from mailbot.core.terms import Lever, Terms
from mailbot.shell.templates.context.facts import (
    BuyerInfo,
    Context,
    NegotiationInfo,
    SupplierInfo,
)
from mailbot.shell.templates.context.parts import (
    alternatives_context,
    parties_context,
    terms_context,
)
from mailbot.shell.templates.context.terms import describe_terms, form_values, labelled_terms


def offer_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    offer: Terms,
    levers_in_play: Iterable[Lever],
    conditional: str | None = None,
    language: str = "en",
    alternatives: Sequence[Terms] = (),
) -> Context:
    """The context of opening_offer, counter_offer and reminder (and their reply form).

    ``conditional`` should already be in ``language`` (see ``conditional_text``); the
    form stays plain numbers whatever the language, since the reader parses it back.
    """
    return {
        **parties_context(supplier, buyer, negotiation, language),
        "offer": {
            **terms_context(offer, supplier, conditional, language),
            "alternatives": (
                alternatives_context(alternatives, supplier, language)
                if len(alternatives) > 1 else []
            ),
        },
        "form": form_values(offer, levers_in_play),
    }


def confirmation_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    agreed: Terms,
    language: str = "en",
    checked: bool = False,
) -> Context:
    """``checked``: the terms were read from the supplier's free text, not from the form or
    a restatement of every term, so the email asks it to reply if any term is wrong."""
    return {
        **parties_context(supplier, buyer, negotiation, language),
        "agreed": {**terms_context(agreed, supplier, language=language), "checked": checked},
    }


def clarification_context(
    supplier: SupplierInfo,
    buyer: BuyerInfo,
    negotiation: NegotiationInfo,
    *,
    clarification: Clarification,
    last_offer: Terms | None,
    levers_in_play: Iterable[Lever],
    language: str = "en",
    reminder: bool = False,
) -> Context:
    """The context of clarification: what we understood (the package a plain "yes"
    confirms), what is unclear, the packages to pick from with whether we could agree to
    each, and the reply form pre-filled with the understood values, with every term
    still to settle left blank for the supplier to fill in. ``reminder`` when the
    supplier has not answered it yet: the same questions, asked again."""
    open_keys = open_fields(clarification.for_reader())
    base = replace(last_offer or Terms(), unit_price=None, currency=None)
    prefilled = Terms.from_json({key: value for key, value in
                                 clarification.restated.merged_over(base).to_json().items()
                                 if key not in open_keys})
    options = alternatives_context(clarification.options, supplier, language)
    for option, inside in zip(options, clarification.options_in_policy, strict=False):
        option["inside_policy"] = inside
    return {
        **parties_context(supplier, buyer, negotiation, language),
        "clarification": {
            "understood": describe_terms(
                clarification.restated, baseline_unit_price=supplier.unit_price,
                currency=supplier.currency, language=language,
            ),
            "questions": [_question(q, supplier, language) for q in clarification.questions
                          if q.kind is not UnclearKind.ALTERNATIVES],
            "options": options,
            "yes_settles": not open_keys,  # a plain "yes" confirms what we understood
            "reminder": reminder,
        },
        "form": form_values(prefilled, levers_in_play),
    }


def _question(q: Unclear, supplier: SupplierInfo, language: str) -> Context:
    """One unclear point: its kind, the supplier's own words, the term and its values."""
    labelled = [
        pair
        for value in sorted(set(q.candidates), key=abs)
        for pair in labelled_terms(
            Terms.from_json({q.field: value}) if q.field else Terms(),
            baseline_unit_price=supplier.unit_price, currency=supplier.currency,
            language=language,
        )
    ]
    words = q.text.split(" | ")[0].strip().removeprefix("...").strip()
    return {
        "kind": q.kind.value,
        "quote": words,
        "label": labelled[0][0] if labelled else "",
        "figures": [value for _, value in labelled],
    }

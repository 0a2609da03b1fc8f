"""One context builder per template the supplier receives: offers, reminders, confirmations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
from mailbot.shell.templates.context.terms import form_values


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
) -> Context:
    return {
        **parties_context(supplier, buyer, negotiation, language),
        "agreed": terms_context(agreed, supplier, language=language),
    }

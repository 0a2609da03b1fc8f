"""The templates mailbot knows, and the variables each may use.

A template's name is looked up here, never used as a path, so a name from a policy or a
database row cannot reach a file outside this list. The variable sets mirror the
context contract in ``mailbot.shell.templates.context``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

PARTS = ("subject", "txt", "html")


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """``partial`` templates are only included by others; ``html`` means the default
    English set must ship an HTML part."""

    name: str
    variables: frozenset[str]
    partial: bool = False
    html: bool = False


_PARTIES = frozenset({"supplier", "buyer", "negotiation"})
_OFFER = _PARTIES | {"offer", "form"}

CATALOGUE: Mapping[str, TemplateSpec] = {
    spec.name: spec
    for spec in (
        TemplateSpec("opening_offer", _OFFER, html=True),
        TemplateSpec("counter_offer", _OFFER, html=True),
        TemplateSpec("reminder", _OFFER),
        TemplateSpec("clarification", _PARTIES | {"clarification", "form"}, html=True),
        TemplateSpec("confirmation", _PARTIES | {"agreed"}),
        TemplateSpec("deal_summary", _PARTIES | {"agreed", "savings", "history"}),
        TemplateSpec(
            "escalation",
            _PARTIES | {"reason", "sender", "latest_reply", "history", "bounds", "clarified"},
            html=True,
        ),
        TemplateSpec("buyer_notice", _PARTIES | {"notice"}),
        # Included by the offer templates; it sees their whole context.
        TemplateSpec("reply_form", _OFFER, partial=True),
    )
}

# The context a partial is trial-rendered with in checks and previews.
PARTIAL_HOST = {"reply_form": "opening_offer"}

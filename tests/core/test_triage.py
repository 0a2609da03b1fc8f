"""The triage table's rows, fact by fact: the first row that applies decides."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mailbot.core.terms import Intent
from mailbot.core.triage import Disposition, InboundFacts, MatchedBy, triage

REPLY = InboundFacts(
    from_bot=False, mailing_list=False, intent=Intent.COUNTER, matched_by=MatchedBy.TOKEN,
    delivery_report=False, delivery_pending=False, returned_to_buyer=False,
    forged_from=False, sender_trusted=True, authenticated=True, negotiation_open=True,
)


def test_a_plain_reply_from_the_supplier_goes_to_the_engine() -> None:
    assert triage(REPLY).disposition is Disposition.DECIDE


@pytest.mark.parametrize(("facts", "disposition", "reason"), [
    (replace(REPLY, from_bot=True), Disposition.IGNORE, "own_message"),
    (replace(REPLY, intent=Intent.AUTO_REPLY), Disposition.DIGEST, "auto_reply"),
    (replace(REPLY, matched_by=None), Disposition.FORWARD_TO_BUYER, "unmatched"),
    (replace(REPLY, forged_from=True), Disposition.ESCALATE, "suspicious_sender"),
    (replace(REPLY, matched_by=MatchedBy.SENDER), Disposition.ESCALATE, "unverified_thread"),
    (replace(REPLY, negotiation_open=False), Disposition.FORWARD_TO_BUYER,
     "negotiation_not_open"),
    (replace(REPLY, intent=Intent.ACCEPT, answers_superseded_offer=True),
     Disposition.ESCALATE, "accepts_superseded_offer"),
])
def test_each_row_decides_its_case(facts: InboundFacts, disposition: Disposition,
                                   reason: str) -> None:
    verdict = triage(facts)
    assert (verdict.disposition, verdict.reason) == (disposition, reason)


@pytest.mark.parametrize("intent", [Intent.COUNTER, Intent.REJECT, Intent.OTHER])
def test_only_an_acceptance_of_a_replaced_offer_waits_for_a_human(intent: Intent) -> None:
    """A counter or a refusal states its own position, whichever email it answers."""
    facts = replace(REPLY, intent=intent, answers_superseded_offer=True)
    assert triage(facts).disposition is Disposition.DECIDE


def test_an_acceptance_of_a_replaced_offer_on_a_closed_negotiation_is_forwarded() -> None:
    facts = replace(REPLY, intent=Intent.ACCEPT, answers_superseded_offer=True,
                    negotiation_open=False)
    assert triage(facts).reason == "negotiation_not_open"

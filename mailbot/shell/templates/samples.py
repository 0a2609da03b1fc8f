"""Sample contexts for previews and trial renders, built with the real context builders.

Building them through ``templates.context`` (not by hand) means a template that renders
with its sample also renders with what the loop will pass it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from mailbot.core.engine import Clarification
from mailbot.core.reading import Unclear, UnclearKind
from mailbot.core.terms import Lever, Terms
from mailbot.shell.templates import context as tc
from mailbot.shell.templates.catalogue import PARTIAL_HOST
from mailbot.shell.templates.errors import TemplateNameError

SUPPLIER = tc.SupplierInfo(
    name="Acme Fasteners Ltd",
    email="sales@acme-fasteners.example",
    item="M8 hex bolts",
    unit_price=6.00,
    currency="USD",
    annual_volume=10_000,
)
BUYER = tc.BuyerInfo(name="Dana Buyer", email="dana@buyer.example", company="Buyer Corp")
NEGOTIATION = tc.NegotiationInfo(id="42", reference="N-42", round=2)
LEVERS = (Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS, Lever.CONTRACT_MONTHS)
OFFER = Terms(price_change_pct=-4, payment_days=60, contract_months=12)
AGREED = Terms(price_change_pct=-4, payment_days=50, contract_months=12)
HISTORY = (
    tc.HistoryItem(1, "buyer", "Asked for 6% off, Net 60, 12 months", date(2025, 3, 3)),
    tc.HistoryItem(1, "supplier", "Offered 2% off, Net 30", date(2025, 3, 4)),
    tc.HistoryItem(2, "buyer", "Proposed 4% off, Net 60, 12 months", date(2025, 3, 4)),
)
BOUNDS = (
    tc.LeverBound(Lever.PRICE_CHANGE_PCT, current=-4, target=-6, walk_away=-2),
    tc.LeverBound(Lever.PAYMENT_DAYS, current=60, target=60, walk_away=45),
    tc.LeverBound(Lever.CONTRACT_MONTHS, current=12, target=12, walk_away=24),
)
TRADE_IF_YOU = Terms(contract_months=24)
TRADE_WE_CAN = Terms(price_change_pct=-3)


def _supplier(language: str) -> tc.SupplierInfo:
    return replace(SUPPLIER, language=language)


def _trade_off(language: str) -> str:
    return tc.describe_trade_off(
        TRADE_IF_YOU,
        TRADE_WE_CAN,
        baseline_unit_price=SUPPLIER.unit_price,
        currency=SUPPLIER.currency,
        language=language,
    )


def _offer(language: str) -> tc.Context:
    return tc.offer_context(
        _supplier(language),
        BUYER,
        NEGOTIATION,
        offer=OFFER,
        levers_in_play=LEVERS,
        language=language,
    )


def _counter(language: str) -> tc.Context:
    return tc.offer_context(
        _supplier(language),
        BUYER,
        NEGOTIATION,
        offer=OFFER,
        levers_in_play=LEVERS,
        conditional=_trade_off(language),
        language=language,
    )


def _confirmation(language: str) -> tc.Context:
    return tc.confirmation_context(
        _supplier(language), BUYER, NEGOTIATION, agreed=AGREED, language=language
    )


def _clarification(language: str) -> tc.Context:
    """An answer naming a range for the price and two packages of its own."""
    range_ = Unclear(UnclearKind.RANGE, "we could do between 2 and 3% off", "price_change_pct",
                     (-3.0, -2.0))
    options = (Terms(price_change_pct=-3, payment_days=45, contract_months=12),
               Terms(price_change_pct=-4, payment_days=45, contract_months=24))
    asked = Clarification(Terms(payment_days=45), Terms(payment_days=45), (range_,),
                          options, (True, False))
    return tc.clarification_context(
        _supplier(language), BUYER, NEGOTIATION, clarification=asked, last_offer=OFFER,
        levers_in_play=LEVERS, language=language,
    )


def _deal_summary(language: str) -> tc.Context:
    """Buyer-facing: in English whatever the supplier's language."""
    return tc.deal_summary_context(
        _supplier(language), BUYER, NEGOTIATION, agreed=AGREED, history=HISTORY
    )


def _escalation(language: str) -> tc.Context:
    """Buyer-facing: in English whatever the supplier's language."""
    return tc.escalation_context(
        _supplier(language),
        BUYER,
        NEGOTIATION,
        reason_code="price_increase",
        explanation="The supplier asks for a 5% price increase; the policy allows none.",
        latest_reply="Due to raw material costs we must raise the price by 5% from April.",
        history=HISTORY,
        bounds=BOUNDS,
        sender=tc.SenderInfo(address="sales@acme-fasteners.example", name="Acme Sales"),
        clarified=tc.ClarifiedReply(
            asked="a range for price_change_pct; asked which value",
            earlier_reply="We could do between 2 and 3% off, depending on volume.",
        ),
    )


def _buyer_notice(language: str) -> tc.Context:
    """Buyer-facing: a draft in shadow mode, waiting for APPROVE."""
    return tc.buyer_notice_context(
        _supplier(language),
        BUYER,
        NEGOTIATION,
        title="Draft for your approval",
        lines=["mailbot would send this counter-offer to the supplier."],
        draft="Dear Acme Fasteners Ltd,\n\nwe would like to propose a 4% reduction.",
    )


_BUILDERS: dict[str, Callable[[str], tc.Context]] = {
    "opening_offer": _offer,
    "counter_offer": _counter,
    "reminder": _offer,
    "clarification": _clarification,
    "confirmation": _confirmation,
    "deal_summary": _deal_summary,
    "escalation": _escalation,
    "buyer_notice": _buyer_notice,
}


def sample_context(name: str, language: str = "en") -> tc.Context:
    """A realistic context for template ``name`` (a partial gets its host's context),
    worded for a supplier writing in ``language``."""
    builder = _BUILDERS.get(PARTIAL_HOST.get(name, name))
    if builder is None:
        raise TemplateNameError(f"unknown template {name!r}; known: {sorted(_BUILDERS)}")
    return builder(language)

from __future__ import annotations

from datetime import date

import pytest

from mailbot.core.terms import Lever, Terms
from mailbot.shell.templates import context as tc

SUPPLIER = tc.SupplierInfo("Acme", "s@acme.example", "Bolts", 6.0, "USD", 10_000)


def test_describe_terms_in_plain_words() -> None:
    terms = Terms(price_change_pct=-4, payment_days=60, contract_months=12, rebate_pct=1.5)
    assert tc.describe_terms(terms, baseline_unit_price=6.0, currency="USD") == [
        "Unit price: 4% below the current price (USD 5.76 instead of USD 6.00)",
        "Payment terms: Net 60",
        "Contract length: 12 months",
        "Rebate: 1.5%",
    ]


@pytest.mark.parametrize(
    ("terms", "line"),
    [
        (
            Terms(price_change_pct=2.5),
            "Unit price: 2.5% above the current price (USD 6.15 instead of USD 6.00)",
        ),
        (Terms(price_change_pct=0), "Unit price: unchanged (USD 6.00)"),
        (Terms(unit_price=5.5, currency="EUR"), "Unit price: EUR 5.50 per unit"),
        (Terms(volume_units=12_000), "Volume: 12,000 units"),
        (Terms(contract_months=1), "Contract length: 1 month"),
    ],
)
def test_describe_each_kind_of_term(terms: Terms, line: str) -> None:
    assert tc.describe_terms(terms, baseline_unit_price=6.0, currency="USD") == [line]


def test_without_a_baseline_the_price_is_relative_only() -> None:
    lines = tc.describe_terms(Terms(price_change_pct=-3), baseline_unit_price=None, currency=None)
    assert lines == ["Unit price: 3% below the current price"]


def test_trade_off_in_plain_words() -> None:
    sentence = tc.describe_trade_off(
        Terms(payment_days=60, contract_months=24),
        Terms(price_change_pct=-3),
        baseline_unit_price=6.0,
        currency="USD",
    )
    assert sentence == (
        "If you can agree to payment terms of Net 60 and a 24-month contract, we can accept"
        " a unit price 3% below the current price (USD 5.82 instead of USD 6.00)."
    )


def test_a_trade_off_needs_both_sides() -> None:
    with pytest.raises(ValueError, match="at least one term on each side"):
        tc.describe_trade_off(
            Terms(), Terms(payment_days=30), baseline_unit_price=None, currency=None
        )


def test_form_values_blank_the_levers_not_in_play() -> None:
    terms = Terms(price_change_pct=-4, payment_days=60, contract_months=12, currency="USD")
    values = tc.form_values(terms, [Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS])
    assert values == {
        "price_change_pct": "-4",
        "unit_price": "",
        "currency": "USD",
        "payment_days": "60",
        "contract_months": "",
        "volume_units": "",
        "rebate_pct": "",
    }


def test_deal_summary_context_is_plain_data_with_savings() -> None:
    buyer = tc.BuyerInfo("Dana", "dana@b.example", "B Corp")
    negotiation = tc.NegotiationInfo("7", "N-7", 3)
    history = [tc.HistoryItem(1, "buyer", "Asked for 6% off", date(2025, 3, 3))]
    context = tc.deal_summary_context(
        SUPPLIER, buyer, negotiation, agreed=Terms(price_change_pct=-4), history=history
    )
    assert context["savings"] == {
        "pct": "4",
        "per_unit": "USD 0.24",
        "annual": "USD 2,400.00",
        "currency": "USD",
    }
    assert context["history"] == [
        {"round": 1, "party": "buyer", "summary": "Asked for 6% off", "date": "2025-03-03"}
    ]
    assert context["agreed"]["terms"]["price_change_pct"] == -4
    assert _only_plain_data(context)


def test_escalation_bounds_are_formatted_per_lever() -> None:
    bounds = [
        tc.LeverBound(Lever.PAYMENT_DAYS, current=30, target=60, walk_away=45),
        tc.LeverBound(Lever.PRICE_CHANGE_PCT, current=None, target=-6, walk_away=-2),
    ]
    assert tc.bounds_context(bounds) == [
        {"lever": "Payment terms", "current": "Net 30", "target": "Net 60", "walk_away": "Net 45"},
        {"lever": "Price change", "current": "-", "target": "-6%", "walk_away": "-2%"},
    ]


def _only_plain_data(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _only_plain_data(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_only_plain_data(v) for v in value)
    return value is None or isinstance(value, str | int | float)

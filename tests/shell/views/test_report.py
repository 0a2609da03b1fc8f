"""The report's arithmetic on hand-made rows: rates, savings, targets, edge cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailbot.shell.views.report import (
    CSV_COLUMNS,
    DealRow,
    Grouping,
    Snapshot,
    StoredNegotiation,
    csv_rows,
    deal_rows,
    grouped,
    summarise,
    summary_json,
)

POLICY_TEXT = (
    Path(__file__).resolve().parents[3] / "policies" / "packaging_renewal.yaml"
).read_text(encoding="utf-8")
OPENED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def agreed(supplier: str = "Boxco", **values: object) -> DealRow:
    defaults: dict[str, object] = {
        "policy": "Packaging",
        "state": "agreed",
        "engaged": True,
        "round": 2,
        "days_to_close": 4.0,
        "currency": "USD",
        "spend": 100_000.0,
        "price_change_pct": -4.0,
        "target_pct": -6.0,
        "payment_days_gained": 15.0,
    }
    return DealRow(supplier=supplier, **{**defaults, **values})  # type: ignore[arg-type]


def test_success_rate_counts_only_concluded_negotiations_where_the_supplier_engaged() -> None:
    rows = [
        agreed(),
        DealRow("A", "Packaging", "ended", engaged=True),
        DealRow("B", "Packaging", "ended", engaged=False),  # never answered: not counted
        DealRow("C", "Packaging", "waiting_buyer", engaged=True),  # not concluded yet
        DealRow("D", "Packaging", "open"),
    ]
    summary = summarise(rows)
    assert summary.by_state == {"open": 1, "waiting_buyer": 1, "agreed": 1, "ended": 2}
    assert (summary.agreements, summary.concluded_engaged) == (1, 2)
    assert summary.success_rate == 0.5


def test_savings_rate_and_target_are_weighted_by_spend() -> None:
    summary = summarise(
        [agreed(spend=100_000.0), agreed("Tapeco", spend=300_000.0, price_change_pct=-2.0)]
    )
    money = summary.money["USD"]
    assert money.spend == 400_000
    assert money.savings == pytest.approx(4_000 + 6_000)
    assert money.savings_rate == pytest.approx(0.025)
    assert money.target_savings == pytest.approx(24_000)
    assert money.vs_target == pytest.approx(10_000 / 24_000)
    assert summary.price_change_pct == -3.0


def test_means_of_payment_days_rounds_and_days_to_close() -> None:
    summary = summarise(
        [
            agreed(round=2, days_to_close=3.0, payment_days_gained=15.0),
            agreed(round=4, days_to_close=6.0, payment_days_gained=None),
        ]
    )
    assert summary.rounds_to_close == 3
    assert summary.days_to_close == 4.5
    assert summary.payment_days_gained == 15


def test_no_agreements_gives_unknowns_not_zeros() -> None:
    summary = summarise([DealRow("A", "P", "open"), DealRow("B", "P", "ended", engaged=True)])
    assert summary.success_rate == 0
    assert summary.money == {}
    assert summary.price_change_pct is None
    assert summary.rounds_to_close is None and summary.days_to_close is None
    assert summarise([]).success_rate is None


def test_an_agreement_with_unknown_baseline_counts_for_success_but_not_savings() -> None:
    summary = summarise([agreed(spend=None), agreed("Tapeco")])
    assert summary.agreements == 2 and summary.unpriced_agreements == 1
    assert summary.money["USD"].spend == 100_000
    assert summary.price_change_pct == -4.0


def test_money_is_kept_per_currency() -> None:
    summary = summarise([agreed(), agreed("Euroflex", currency="EUR", spend=50_000.0)])
    assert sorted(summary.money) == ["EUR", "USD"]
    assert summary.money["EUR"].savings == pytest.approx(2_000)


def test_a_policy_without_a_price_target_has_no_target_comparison() -> None:
    money = summarise([agreed(target_pct=None)]).money["USD"]
    assert money.savings == pytest.approx(4_000)
    assert money.vs_target is None


def test_escalations_are_counted_by_reason() -> None:
    rows = [
        DealRow("A", "P", "waiting_buyer", escalations=("price_increase",)),
        DealRow("B", "P", "agreed", escalations=("low_confidence", "price_increase")),
    ]
    assert summarise(rows).escalations == {"price_increase": 2, "low_confidence": 1}


def test_groups_by_policy_and_supplier() -> None:
    rows = [agreed("Boxco"), agreed("Tapeco", policy="Tape"), agreed("Boxco", state="ended")]
    assert list(grouped(rows, Grouping.SUPPLIER)) == ["Boxco", "Tapeco"]
    by_policy = grouped(rows, Grouping.POLICY)
    assert by_policy["Packaging"].negotiations == 2
    assert list(grouped(rows, Grouping.TOTAL)) == ["total"]


def test_csv_has_a_row_per_group_and_currency() -> None:
    rows = [agreed(), agreed("Euroflex", currency="EUR"), DealRow("Silent", "P", "open")]
    table = csv_rows(grouped(rows, Grouping.SUPPLIER))
    assert [(r["group"], r["currency"]) for r in table] == [
        ("Boxco", "USD"),
        ("Euroflex", "EUR"),
        ("Silent", ""),
    ]
    assert all(set(r) == set(CSV_COLUMNS) for r in table)
    assert table[0]["savings"] == pytest.approx(4_000)


def test_rows_from_a_snapshot_use_the_stored_policy_and_the_accept_time() -> None:
    snapshot = Snapshot(
        negotiations=[
            _stored(1, "agreed", agreed_terms={"price_change_pct": -4, "payment_days": 50}),
            _stored(2, "waiting_buyer", policy_text="not: [valid"),
            _stored(3, "ended"),
        ],
        supplier_intents=[(1, "counter"), (2, "auto_reply"), (3, "reject")],
        accepted_at={1: OPENED + timedelta(days=6)},
        escalations=[(2, "silent_supplier"), (None, "unmatched")],
    )
    ticks: list[int] = []
    first, second, third = deal_rows(snapshot, progress=ticks.append)
    assert ticks == [1, 1, 1]
    assert first.engaged and first.days_to_close == 6
    assert first.spend == 600 and first.price_change_pct == -4
    assert first.target_pct == -6 and first.payment_days_gained == 5  # Net 45 -> Net 50
    assert not second.engaged and second.target_pct is None  # unparseable stored policy
    assert second.escalations == ("silent_supplier",)
    assert third.engaged and third.days_to_close is None
    assert summary_json(summarise([first, second, third]))["success_rate"] == 0.5


def _stored(id: int, state: str, **values: object) -> StoredNegotiation:
    fields: dict[str, object] = {
        "supplier": f"Supplier {id}",
        "policy_name": "Packaging renewal",
        "policy_text": POLICY_TEXT,
        "round": 2,
        "created_at": OPENED,
        "baseline_unit_price": 6.0,
        "annual_volume": 100,
        "currency": "USD",
        "agreed_terms": None,
    }
    return StoredNegotiation(id=id, state=state, **{**fields, **values})  # type: ignore[arg-type]

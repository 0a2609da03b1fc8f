"""Agreed terms, one row per deal: what the report workbook's "Agreed terms" sheet lists,
in columns an ERP or a contract system can take as they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailbot.core.terms import Terms
from mailbot.shell.views.report import Snapshot


@dataclass(frozen=True, slots=True)
class AgreedDeal:
    reference: str
    supplier: str
    supplier_email: str
    item: str
    policy: str
    currency: str
    baseline_unit_price: float | None
    terms: Terms
    annual_volume: int | None
    agreed_at: datetime | None
    rounds: int

    @property
    def agreed_unit_price(self) -> float | None:
        if self.terms.unit_price is not None:
            return self.terms.unit_price
        if self.baseline_unit_price is None or self.terms.price_change_pct is None:
            return None
        return round(self.baseline_unit_price * (1 + self.terms.price_change_pct / 100), 4)

    @property
    def annual_spend(self) -> float | None:
        price = self.agreed_unit_price
        return price * self.annual_volume if price is not None and self.annual_volume else None

    @property
    def annual_savings(self) -> float | None:
        price, base = self.agreed_unit_price, self.baseline_unit_price
        if price is None or base is None or not self.annual_volume:
            return None
        return (base - price) * self.annual_volume


def agreed_deals(snapshot: Snapshot) -> list[AgreedDeal]:
    return [
        AgreedDeal(
            reference=n.reference, supplier=n.supplier, supplier_email=n.supplier_email,
            item=n.item, policy=n.policy_name, currency=n.currency or "",
            baseline_unit_price=n.baseline_unit_price, terms=Terms.from_json(n.agreed_terms),
            annual_volume=n.annual_volume, agreed_at=snapshot.accepted_at.get(n.id),
            rounds=n.round,
        )
        for n in snapshot.negotiations
        if n.state == "agreed" and n.agreed_terms
    ]

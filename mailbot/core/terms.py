"""The shared vocabulary of a negotiation: levers, terms and the supplier's intent.

Terms use the same keys everywhere (policy, engine, reader, JSON contracts), so a value
read from an email can be compared with a value the engine offered without translation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any


class Lever(StrEnum):
    """A negotiable dimension of a deal, named by its key in ``Terms``."""

    PRICE_CHANGE_PCT = "price_change_pct"
    PAYMENT_DAYS = "payment_days"
    REBATE_PCT = "rebate_pct"
    VOLUME_UNITS = "volume_units"
    CONTRACT_MONTHS = "contract_months"


class Intent(StrEnum):
    """What a supplier's email means for the negotiation (see the corpus SCHEMA)."""

    COUNTER = "counter"
    ACCEPT = "accept"
    REJECT = "reject"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Terms:
    """A package of deal terms; ``None`` means "not stated".

    ``price_change_pct`` is the percent change of the unit price (reductions negative);
    ``unit_price``/``currency`` are an absolute price as stated.
    """

    price_change_pct: float | None = None
    unit_price: float | None = None
    currency: str | None = None
    payment_days: int | None = None
    contract_months: int | None = None
    volume_units: int | None = None
    rebate_pct: float | None = None

    def get(self, lever: Lever) -> float | None:
        value: float | None = getattr(self, lever.value)
        return value

    def with_lever(self, lever: Lever, value: float | None) -> Terms:
        if value is not None and lever in INTEGER_LEVERS:
            value = round(value)
        changes: dict[str, Any] = {lever.value: value}
        return replace(self, **changes)

    def stated(self) -> dict[str, Any]:
        """Only the keys that carry a value."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    def is_empty(self) -> bool:
        return not self.stated()

    def merged_over(self, base: Terms) -> Terms:
        """These terms, with anything not stated taken from ``base``."""
        return Terms(**{**asdict(base), **self.stated()})

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Terms:
        """Build from the JSON contract; unknown keys are an error, null means not stated."""
        data = data or {}
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown term keys {sorted(unknown)}; known keys: {sorted(known)}")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if value is None:
                continue
            if key == "currency":
                values[key] = str(value).upper()
            elif key in _INTEGER_KEYS:
                values[key] = round(float(value))
            else:
                values[key] = float(value)
        return cls(**values)


INTEGER_LEVERS = frozenset({Lever.PAYMENT_DAYS, Lever.VOLUME_UNITS, Lever.CONTRACT_MONTHS})
_INTEGER_KEYS = frozenset(lever.value for lever in INTEGER_LEVERS)
TERM_KEYS = tuple(f.name for f in fields(Terms))

"""The worked example's levers and trade-off as plain data, for tests that build their own
policies around them (the engine tests vary pacing and escalation, not the levers)."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from mailbot.core.policy import Policy, parse_policy

LEVERS: dict[str, Any] = {
    "price_change_pct": {"current": 0, "target": -6, "walk_away": 0, "weight": 6},
    "payment_days": {"current": 45, "target": 60, "walk_away": 45, "weight": 3},
    "contract_months": {"current": 1, "target": 1, "walk_away": 12, "weight": 1},
}
CHIP: list[dict[str, Any]] = [{"give": {"lever": "contract_months", "value": 12},
                               "require": {"lever": "price_change_pct", "value": -3}}]


def worked_levers(**sections: Any) -> dict[str, Any]:
    """A policy mapping with the worked example's levers and chip, plus ``sections``."""
    return {"name": "test", "levers": copy.deepcopy(LEVERS), "trade_offs": copy.deepcopy(CHIP),
            **copy.deepcopy(sections)}


def parsed(data: dict[str, Any]) -> Policy:
    return parse_policy(yaml.safe_dump(data), "test.yaml")

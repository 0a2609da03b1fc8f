"""The plain facts a template context is built from: one frozen value per party."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from mailbot.core.sender import Sender
from mailbot.core.terms import Lever

Context = dict[str, Any]



@dataclass(frozen=True, slots=True)
class SupplierInfo:
    """One row of the suppliers file; ``unit_price`` is the baseline before negotiating."""

    name: str
    email: str
    item: str
    unit_price: float | None
    currency: str | None
    annual_volume: int | None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class SenderInfo:
    """Who wrote the email a buyer is shown: the address it came from and the display name
    its sender chose, kept apart because the name proves nothing."""

    address: str
    name: str = ""


def sender_info(sender: Sender) -> SenderInfo:
    return SenderInfo(address=sender.address or "(no valid address)", name=sender.display_name)


@dataclass(frozen=True, slots=True)
class BuyerInfo:
    name: str
    email: str
    company: str


@dataclass(frozen=True, slots=True)
class NegotiationInfo:
    id: str
    reference: str
    round: int


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One message of the thread, summarised in a line for the buyer."""

    round: int
    party: Literal["buyer", "supplier"]
    summary: str
    date: date


@dataclass(frozen=True, slots=True)
class ClarifiedReply:
    """An unclear reply the bot asked the supplier about, and what it asked."""

    asked: str
    earlier_reply: str


@dataclass(frozen=True, slots=True)
class LeverBound:
    """Where the policy allows a lever to go, next to where the negotiation stands."""

    lever: Lever
    current: float | None
    target: float | None
    walk_away: float | None



"""`{"body": ...}` replies go through the reply reader as a real email would.

The reader is replaced by a stand-in module so these tests pin the simulator's side of
the contract (an RFC 5322 message around the body, the reading context) on their own.
"""

import email
import sys
import types
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest

from mailbot.core.engine import DealContext, SupplierMove
from mailbot.core.policy import parse_policy
from mailbot.core.terms import Intent, Terms
from mailbot.simulate import BuyerMessage, SimulationError, move_from_json, simulate
from mailbot.simulate.runner import Entry

EXAMPLE = Path(__file__).parents[2] / "policies" / "packaging_renewal.yaml"


@dataclass(frozen=True)
class FakeContext:
    baseline_unit_price: float | None = None
    currency: str | None = None
    last_offer: Terms | None = None


@dataclass(frozen=True)
class FakeReading:
    intent: Intent
    price_increase: bool
    terms: Terms
    confidence: float
    reason: None = None
    unclear: tuple[()] = ()
    evidence: tuple[()] = ()
    numbers: tuple[()] = ()


@pytest.fixture
def seen(monkeypatch) -> list[tuple[Message, FakeContext]]:
    calls: list[tuple[Message, FakeContext]] = []

    def read_reply(raw: bytes, context: FakeContext) -> FakeReading:
        calls.append((email.message_from_bytes(raw), context))
        intent = Intent.AUTO_REPLY if b"out of office" in raw else Intent.ACCEPT
        return FakeReading(intent, False, Terms(), 0.95)

    module = types.SimpleNamespace(read_reply=read_reply, ReadingContext=FakeContext)
    monkeypatch.setitem(sys.modules, "mailbot.core.reading", module)
    return calls


def test_body_is_wrapped_in_an_email_and_read_with_the_last_offer(seen):
    offer = Terms(price_change_pct=-6.0, payment_days=60)
    context = DealContext(baseline_unit_price=2.0, currency="EUR")

    move = move_from_json({"body": "We accept your proposal."}, context, offer)

    assert move == SupplierMove(Intent.ACCEPT, False, Terms(), 0.95)
    ((message, reading_context),) = seen
    assert message.get_payload().strip() == "We accept your proposal."
    assert message["Subject"] and message["From"]
    assert reading_context == FakeContext(2.0, "EUR", offer)


class ScriptedBodies:
    """A supplier that first sends an out-of-office, then accepts."""

    def __init__(self) -> None:
        self.bodies = ["I am out of office until Monday.", "Fine, we accept."]
        self.received: list[BuyerMessage] = []

    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        self.received.append(message)
        return move_from_json({"body": self.bodies.pop(0)}, DealContext(), message.decision.terms)

    def close(self, message: BuyerMessage) -> None:
        self.received.append(message)


def test_auto_reply_waits_and_the_offer_still_stands(seen):
    policy = parse_policy(EXAMPLE.read_text(), "x")
    supplier = ScriptedBodies()

    outcome = simulate(policy, supplier)

    assert (outcome.outcome, outcome.reason) == ("agreed", "accept_within_policy")
    assert [m.decision.action.value for m in supplier.received] == ["offer", "offer", "accept"]
    assert Entry(1, "buyer", "wait", None,
                 "[auto_reply_ignored] An automatic reply is not an answer; still waiting "
                 "for the supplier.") in outcome.transcript


def test_without_a_reader_the_error_says_what_to_send(monkeypatch):
    monkeypatch.setitem(sys.modules, "mailbot.core.reading", types.SimpleNamespace())
    with pytest.raises(SimulationError, match="reply with intent and terms instead"):
        move_from_json({"body": "hello"}, DealContext(), None)

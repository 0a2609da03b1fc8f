"""The supplier's move as the engine sees it, from the reader's reading of an email.

One adapter for every caller that reads mail (the loop, ``simulate`` with ``{"body"}``
replies), so each hands the engine the same facts: the intent, the terms, and for an
unsettled reply why it is unsettled and what it states firmly all the same.
"""

from __future__ import annotations

from mailbot.core.engine.types import SupplierMove
from mailbot.core.reading import Reading, understood_terms


def move_from_reading(reading: Reading) -> SupplierMove:
    return SupplierMove(
        reading.intent,
        reading.price_increase,
        reading.terms,
        reading.confidence,
        reason=reading.reason,
        unclear=reading.unclear,
        understood=understood_terms(reading),
    )

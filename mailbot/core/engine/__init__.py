"""The concession engine: pure decisions from a policy, a history and the supplier's move.

No I/O and no clock: the caller passes elapsed time in. See ``decide.py`` for the
decision table and ``offers.py`` for how concessions are paced.
"""

from mailbot.core.engine.clarification import Clarification
from mailbot.core.engine.compliance import Breach, BreachKind, breaches
from mailbot.core.engine.decide import RULES, decide, open_negotiation
from mailbot.core.engine.moves import move_from_reading
from mailbot.core.engine.silence import next_silence_check, on_silence
from mailbot.core.engine.types import (
    TERMINAL_ACTIONS,
    Action,
    ConditionalConcession,
    DealContext,
    Decision,
    Exchange,
    History,
    SupplierMove,
    seed_from,
)
from mailbot.core.engine.utility import utility

__all__ = [
    "RULES",
    "TERMINAL_ACTIONS",
    "Action",
    "Breach",
    "BreachKind",
    "Clarification",
    "ConditionalConcession",
    "DealContext",
    "Decision",
    "Exchange",
    "History",
    "SupplierMove",
    "breaches",
    "decide",
    "move_from_reading",
    "next_silence_check",
    "on_silence",
    "open_negotiation",
    "seed_from",
    "utility",
]

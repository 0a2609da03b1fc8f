"""Try a policy before any email goes out: the engine against simulated suppliers."""

from mailbot.simulate.errors import SimulationError
from mailbot.simulate.external import ExternalSupplier, move_from_json
from mailbot.simulate.messages import BuyerMessage
from mailbot.simulate.personas import PERSONAS, Persona, SupplierTurn
from mailbot.simulate.runner import Entry, Outcome, PersonaSupplier, Supplier, simulate

__all__ = [
    "PERSONAS",
    "BuyerMessage",
    "Entry",
    "ExternalSupplier",
    "Outcome",
    "Persona",
    "PersonaSupplier",
    "SimulationError",
    "Supplier",
    "SupplierTurn",
    "move_from_json",
    "simulate",
]

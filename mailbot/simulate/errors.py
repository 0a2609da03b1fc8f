"""Faults of a simulation run (as opposed to its outcome, which is a value)."""

from __future__ import annotations


class SimulationError(RuntimeError):
    """The simulated supplier misbehaved or could not be run; the message says how."""

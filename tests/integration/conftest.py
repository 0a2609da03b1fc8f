"""Fixtures for the integration tests (defined in loop_fixtures.py)."""

from loop_fixtures import loop

__all__ = ["loop"]

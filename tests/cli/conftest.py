"""Fixtures for the CLI tests (defined in demo_store.py)."""

from demo_store import kept_demo

__all__ = ["kept_demo"]

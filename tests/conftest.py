"""Puts tests/ on the import path, so test modules share helpers from tests/support/."""

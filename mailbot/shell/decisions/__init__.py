"""Decisions carried out: a negotiation rebuilt from the store, and a decision applied to it."""

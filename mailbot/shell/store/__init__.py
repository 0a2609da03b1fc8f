"""The store: negotiations, messages, the audit log, cursors and leases (SQLModel)."""

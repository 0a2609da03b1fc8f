"""The imperative shell: mailboxes, the store, templates, the scheduler. Thin adapters around the core."""

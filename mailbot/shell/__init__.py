"""The imperative shell: mailboxes, the store, templates, the scheduler; thin adapters."""

"""Mail transport: an IMAP inbox, an SMTP outbox, and the local servers the demo and tests run."""

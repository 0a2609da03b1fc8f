"""Mail transport: an IMAP inbox and an SMTP outbox; the local servers live in ``mail.local``."""

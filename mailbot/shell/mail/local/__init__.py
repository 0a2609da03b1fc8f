"""Embedded mail servers for the demo, the tests and the benchmarks: never used in production.

pymap (IMAP), aiosmtpd (SMTP), a private Dovecot, mailbox administration and self-signed
certificates. An import-linter contract keeps the production shell from importing them.
"""

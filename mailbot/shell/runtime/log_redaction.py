"""Logs never carry a reply token: a filter on the log handlers replaces each one.

A token in a log line would let anyone who reads the logs write into a negotiation as
the supplier; passwords never reach a log line at all (they are ``SecretStr``).
"""

from __future__ import annotations

import logging

from mailbot.core.reply_token import ReplyTokens


class RedactTokens(logging.Filter):
    def __init__(self, tokens: ReplyTokens) -> None:
        super().__init__()
        self._tokens = tokens

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._tokens.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def redact_tokens_in_logs(tokens: ReplyTokens, logger: logging.Logger | None = None) -> None:
    """Install the filter on every handler of ``logger`` (default: the root logger)."""
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(RedactTokens(tokens))

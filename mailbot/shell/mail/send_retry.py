"""Retrying a send: transient failures wait and try again, permanent ones surface at once."""

from __future__ import annotations

from collections.abc import Sequence

from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from mailbot.shell.mail.errors import TransientSendError
from mailbot.shell.mail.smtp_outbox import SendReceipt, SmtpOutbox


async def send_with_retry(outbox: SmtpOutbox, raw: bytes, *, sender: str,
                          recipients: Sequence[str], attempts: int = 5,
                          backoff: float = 2.0, max_backoff: float = 300.0) -> SendReceipt:
    """Send, waiting ``backoff``, 2×, 4×… seconds (capped) between transient failures.

    After ``attempts`` tries the last TransientSendError is raised; a PermanentSendError
    is raised on the first try that meets it.
    """
    retrying = AsyncRetrying(
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=backoff, max=max_backoff),
        retry=retry_if_exception_type(TransientSendError),
        reraise=True,
    )
    async for attempt in retrying:
        with attempt:
            return await outbox.send(raw, sender=sender, recipients=recipients)
    raise AssertionError("unreachable: tenacity re-raises the last failure")

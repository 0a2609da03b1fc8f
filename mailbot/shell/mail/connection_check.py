"""``mailbot config check --connect``: log in to both servers as ``mailbot run`` would, one
step at a time, so an admin sees which step fails and why before the bot runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.imap_inbox import ImapInbox, ImapSettings
from mailbot.shell.mail.smtp_outbox import SmtpOutbox, SmtpSettings


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str


async def check_connections(imap: ImapSettings, smtp: SmtpSettings, *,
                            logins: tuple[str, str] = ("login", "login"),
                            on_step: Callable[[Step], None] = lambda _: None) -> list[Step]:
    """IMAP login, mailbox, IDLE; SMTP login. A failed step skips the steps that need it.

    ``logins`` describes how IMAP and SMTP log in ("password login", "OAuth2 via ...").
    """
    steps: list[Step] = []
    imap_login, smtp_login = logins

    def record(step: Step) -> bool:
        steps.append(step)
        on_step(step)
        return step.ok

    inbox = ImapInbox(imap)
    try:
        await inbox.connect()
        if record(Step(f"IMAP {imap.address}: {imap.security} and {imap_login}", True,
                       f"logged in as {imap.username}")):
            state = await inbox.select()
            record(Step(f"IMAP mailbox {imap.mailbox!r}", True,
                        f"{state.exists} message(s), UIDVALIDITY {state.uidvalidity}"))
            idle = inbox.supports_idle
            record(Step("IMAP IDLE", True, "supported: new mail is seen at once" if idle
                        else "not supported: mailbot will poll on schedule.poll_interval_s"))
    except MailError as error:
        record(Step(f"IMAP {imap.address}", False, str(error)))
    finally:
        await inbox.close()
    outbox = SmtpOutbox(smtp)
    try:
        await outbox.connect()
        who = f"logged in as {smtp.username}" if smtp.username else "no login configured"
        record(Step(f"SMTP {smtp.address}: {smtp.security} and {smtp_login}", True, who))
    except MailError as error:
        record(Step(f"SMTP {smtp.address}", False, str(error)))
    finally:
        await outbox.close()
    return steps

"""Running ``mailbot run`` as a separate process against the test's mail servers, so that tests
can kill it (SIGKILL) or run several at once, as in production."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from mailbot.shell.config import Settings


def write_config(settings: Settings, path: Path) -> dict[str, str]:
    """The settings as a TOML file plus the environment carrying the secrets."""
    imap, smtp, bot = settings.imap, settings.smtp, settings.bot
    path.write_text(
        f'database_url = "{settings.database_url}"\n'
        f'templates_dir = "{settings.templates_dir}"\n'
        f'[bot]\naddress = "{bot.address}"\nname = "{bot.name}"\ncompany = "{bot.company}"\n'
        f'buyer_mailbox = "{bot.buyer_mailbox}"\n'
        f'[imap]\nhost = "{imap.host}"\nport = {imap.port}\nusername = "{imap.username}"\n'
        f'security = "{imap.security}"\n'
        f'[smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\nusername = "{smtp.username}"\n'
        f'security = "{smtp.security}"\n'
        "[schedule]\npoll_interval_s = 1\noutbox_interval_s = 0.2\n"
        "silence_check_interval_s = 3600\n",
        encoding="utf-8",
    )
    return {
        "MAILBOT_CONFIG": str(path),
        "MAILBOT_BOT__REPLY_TOKEN_SECRET": bot.reply_token_secret.get_secret_value(),
        "MAILBOT_IMAP__PASSWORD": imap.password.get_secret_value(),
    }


async def start_bot(env: dict[str, str], log: Path, crash_at: str | None = None,
                    *args: str) -> asyncio.subprocess.Process:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    environment.update(env)
    if crash_at:
        environment["MAILBOT_CRASH_AT"] = crash_at
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mailbot", "run", *args, env=environment, stdout=out,
            stderr=out
        )


async def stop_bot(process: asyncio.subprocess.Process, timeout: float = 30.0) -> int:
    """SIGTERM (finish the current message, then stop) and wait for the exit code."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), timeout)

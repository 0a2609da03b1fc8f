"""Running ``mailbot run`` as a separate process against the test's mail servers, so that tests
can kill it (SIGKILL) or run several at once, as in production."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from mailbot.shell.config import ScheduleConfig, Settings
from mailbot.shell.config_file import settings_toml


def write_config(settings: Settings, path: Path, **schedule: float) -> dict[str, str]:
    """The settings as a TOML file (fast schedule) plus the environment carrying the secrets;
    ``schedule`` keys replace the fast schedule's."""
    timing = {"poll_interval_s": 1, "outbox_interval_s": 0.2, "silence_check_interval_s": 3600,
              **schedule}
    fast = ScheduleConfig(**timing)
    path.write_text(settings_toml(settings.model_copy(update={"schedule": fast})), "utf-8")
    return {
        "MAILBOT_CONFIG": str(path),
        "MAILBOT_BOT__REPLY_TOKEN_SECRET": settings.bot.reply_token_secret.get_secret_value(),
        "MAILBOT_IMAP__PASSWORD": settings.imap.password.get_secret_value(),
    }


async def start_bot(env: dict[str, str], log: Path, crash_at: str | None = None,
                    args: tuple[str, ...] = ()) -> asyncio.subprocess.Process:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    environment.update(env)
    if crash_at:
        environment["MAILBOT_CRASH_AT"] = crash_at
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mailbot", "run", *args, env=environment, stdout=out,
            stderr=out,
        )


async def stop_bot(process: asyncio.subprocess.Process, timeout: float = 30.0) -> int:
    """SIGTERM (finish the current message, then stop) and wait for the exit code."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), timeout)

"""What the console's pages share: the store, the templates, the buyer's command path, the
clock and the login limiter, put together once from the console's settings."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from mailbot.shell.config import ConfigError, ConsoleSettings
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import buyer_info
from mailbot.shell.store import migrate
from mailbot.shell.store.database import open_engine
from mailbot.shell.templates import TemplateStore
from mailbot.shell.templates.context import BuyerInfo
from mailbot.shell.templates.samples import BUYER
from mailbot.shell.wiring import build_actions
from mailbot.web.security import LoginLimiter


def utc_now() -> datetime:
    return datetime.now(UTC)


NO_ACTIONS = (
    "This console was started without the bot's settings (bot.address, bot.buyer_mailbox "
    "and MAILBOT_BOT__REPLY_TOKEN_SECRET), so it can show the store but not queue mail. "
    "Start it with the loop's config file to act on escalations."
)


@dataclass
class Console:
    db: Engine
    settings: ConsoleSettings
    templates: TemplateStore
    actions: Actions | None  # None: read-only (no bot identity to send mail as)
    session_secret: str
    clock: Callable[[], datetime] = utc_now
    limiter: LoginLimiter = field(default_factory=LoginLimiter)

    @property
    def templates_dir(self) -> Path:
        return self.settings.templates_dir

    @property
    def policies_dir(self) -> Path:
        return self.settings.web.policies_dir

    @property
    def history_dir(self) -> Path:
        return self.settings.web.history_dir

    @property
    def buyer(self) -> BuyerInfo:
        """Who the previews address mail from: the bot's identity, or the sample one."""
        return buyer_info(self.settings.bot) if self.settings.bot else BUYER


def build_console(settings: ConsoleSettings, db: Engine | None = None) -> Console:
    engine = db if db is not None else open_engine(settings.database_url)
    if db is None:
        migrate.upgrade(engine)
    templates = TemplateStore(settings.templates_dir)
    secret = settings.web.session_secret.get_secret_value() or secrets.token_hex(32)
    if len(secret) < 32:
        raise ConfigError(
            "web.session_secret: use at least 32 characters (e.g. `python -c 'import "
            "secrets; print(secrets.token_hex(32))'`), or leave it unset for a random one"
        )
    return Console(engine, settings, templates, _actions(settings, templates), secret)


def _actions(settings: ConsoleSettings, templates: TemplateStore) -> Actions | None:
    """The buyer's command path, when the console knows who the bot is; else read-only."""
    bot = settings.bot
    if bot is None or not bot.reply_token_secret.get_secret_value():
        return None
    return build_actions(bot, settings.limits, templates)

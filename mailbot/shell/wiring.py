"""Building the bot from settings: the one place where the shell's parts are put together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import Engine

from mailbot.core.reading import ReplyForm
from mailbot.core.reply_token import ReplyTokens
from mailbot.shell.config import BotConfig, ConfigError, LimitsConfig, Settings
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.inbound.processing import InboundProcessor
from mailbot.shell.mail.auth.sources import TokenSources
from mailbot.shell.mail.imap_inbox import ImapSettings
from mailbot.shell.mail.smtp_outbox import SmtpSettings
from mailbot.shell.outbound.delivery import Delivery, RetryPolicy
from mailbot.shell.outbound.queue import Outgoing
from mailbot.shell.runtime.clock import Clock, negotiation_clock
from mailbot.shell.runtime.clock import utc_now as utc_now  # the commands' "now"
from mailbot.shell.service import Mailbot
from mailbot.shell.store import migrate
from mailbot.shell.store.database import open_engine
from mailbot.shell.templates import TemplateStore

REPLY_FORM = "reply_form.txt"


@dataclass(frozen=True)
class Parts:
    db: Engine
    templates: TemplateStore
    tokens: ReplyTokens
    outgoing: Outgoing
    actions: Actions


def open_database(url: str) -> Engine:
    engine = open_engine(url)
    migrate.upgrade(engine)
    return engine


def reply_tokens(settings: Settings) -> ReplyTokens:
    return _tokens(settings.bot)


def _tokens(bot: BotConfig) -> ReplyTokens:
    secret = bot.reply_token_secret.get_secret_value().encode("utf-8")
    try:
        return ReplyTokens(secret)
    except ValueError as error:
        raise ConfigError(
            f"bot.reply_token_secret: {error}; set MAILBOT_BOT__REPLY_TOKEN_SECRET to a long "
            "random string (e.g. `python3 -c 'import secrets; print(secrets.token_hex(32))'`)"
        ) from None


def template_store(settings: Settings) -> TemplateStore:
    folder = settings.templates_dir
    if not (folder / "en").is_dir():
        raise ConfigError(
            f"templates_dir: {folder} holds no templates (no {folder / 'en'} folder); point "
            "templates_dir at the checkout's templates/ (a relative path is read from the "
            "config file's folder)"
        )
    return TemplateStore(folder)


def reply_forms(templates_dir: Path) -> tuple[ReplyForm, ...]:
    """Every language's reply form, read from the templates the offers include."""
    return tuple(
        ReplyForm.from_template(path.read_text(encoding="utf-8"))
        for path in sorted(templates_dir.glob(f"*/{REPLY_FORM}"))
    )


def build_parts(settings: Settings, db: Engine | None = None) -> Parts:
    engine = db if db is not None else open_database(settings.database_url)
    templates = template_store(settings)
    actions = build_actions(settings.bot, settings.limits, templates)
    outgoing = actions.outgoing
    return Parts(engine, templates, outgoing.tokens, outgoing, actions)


def build_actions(bot: BotConfig, limits: LimitsConfig, templates: TemplateStore) -> Actions:
    """What turns a decision into queued mail: the bot's identity, its reply tokens, the
    templates and the daily cap (also the web console's, which queues for the loop)."""
    outgoing = Outgoing(templates=templates, tokens=_tokens(bot), bot=bot)
    return Actions(outgoing, daily_cap=limits.max_sends_per_supplier_per_day)


def build_mailbot(
    settings: Settings,
    *,
    clock: Clock | None = None,
    db: Engine | None = None,
) -> Mailbot:
    """The bot; its clock is ``schedule.clock_speed`` times the real one unless given."""
    parts = build_parts(settings, db)
    processor = InboundProcessor(
        db=parts.db,
        actions=parts.actions,
        tokens=parts.tokens,
        forms=reply_forms(settings.templates_dir),
        max_message_bytes=settings.limits.max_message_bytes,
        trust=settings.trust,
    )
    delivery = Delivery(
        parts.db, parts.actions.send_failed, RetryPolicy(attempts=settings.limits.send_attempts)
    )
    return Mailbot(
        db=parts.db,
        actions=parts.actions,
        processor=processor,
        delivery=delivery,
        clock=clock or negotiation_clock(settings.schedule.clock_speed),
        mailbox=settings.imap.mailbox,
        fetch_batch=settings.limits.fetch_batch,
        processed_folder=settings.imap.processed_folder,
    )


def imap_settings(settings: Settings, tokens: TokenSources | None = None) -> ImapSettings:
    """``tokens`` shares one cached OAuth2 token between the IMAP and SMTP logins."""
    c = settings.imap
    security: Literal["tls", "plain"] = "plain" if c.security == "plain" else "tls"
    return ImapSettings(
        host=c.host,
        port=c.port,
        username=c.username,
        password=c.password.get_secret_value(),
        mailbox=c.mailbox,
        security=security,
        ca_file=c.ca_file,
        timeout=c.timeout_s,
        token=(tokens or TokenSources()).for_login(c.auth, c.username),
    )


def smtp_settings(settings: Settings, tokens: TokenSources | None = None) -> SmtpSettings:
    c = settings.smtp
    return SmtpSettings(
        host=c.host,
        port=c.port,
        username=c.username or None,
        password=c.password.get_secret_value() or None,
        security=c.security,
        ca_file=c.ca_file,
        timeout=c.timeout_s,
        token=(tokens or TokenSources()).for_login(c.auth, c.username),
    )


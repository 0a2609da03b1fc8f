"""Configuration: a TOML file plus environment variables (``MAILBOT_*``), checked by pydantic.

Secrets (mail passwords, the reply-token secret) come only from the environment or from a
secrets file outside the repository; they are ``SecretStr`` so they never reach a log line.
Nested keys use a double underscore: ``MAILBOT_IMAP__PASSWORD``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class ConfigError(Exception):
    """The configuration is missing or wrong; the message names the key and the fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerConfig(_Strict):
    host: str
    port: int = Field(gt=0, lt=65536)
    username: str
    password: SecretStr = SecretStr("")
    security: Literal["tls", "starttls", "plain"]
    ca_file: Path | None = None
    timeout_s: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _plain_only_on_localhost(self) -> ServerConfig:
        if self.security == "plain" and self.host not in LOCAL_HOSTS:
            raise ValueError(
                f"security = 'plain' sends the password in clear to {self.host}; "
                "use 'tls' (or 'starttls' for SMTP). Plain is allowed only for localhost."
            )
        return self


class ImapConfig(ServerConfig):
    security: Literal["tls", "starttls", "plain"] = "tls"
    port: int = 993
    mailbox: str = "INBOX"
    processed_folder: str | None = None  # move handled mail here; None keeps it in place
    use_idle: bool = True

    @model_validator(mode="after")
    def _no_starttls(self) -> ImapConfig:
        if self.security == "starttls":
            raise ValueError("IMAP supports 'tls' (implicit, port 993) or 'plain' (localhost only)")
        return self


class SmtpConfig(ServerConfig):
    security: Literal["tls", "starttls", "plain"] = "starttls"
    port: int = 587


class BotConfig(_Strict):
    address: str  # the mailbox the bot sends from and reads replies in
    name: str = "Procurement"
    company: str = ""
    buyer_mailbox: str  # escalations, drafts and closed-deal summaries go here
    # Who may command the bot by replying to an escalation; the buyer mailbox always may.
    buyers: tuple[str, ...] = ()
    message_id_domain: str | None = None  # defaults to the domain of ``address``
    reply_token_secret: SecretStr = SecretStr("")

    @property
    def domain(self) -> str:
        return self.message_id_domain or self.address.rpartition("@")[2]

    def is_buyer(self, address: str) -> bool:
        allowed = {self.buyer_mailbox.lower(), *(b.lower() for b in self.buyers)}
        return address.lower() in allowed


class TrustConfig(_Strict):
    """How a reply must be tied to its negotiation before the bot acts on it."""

    match_domain: bool = False  # any address at the supplier's domain, not only the address
    require_authentication: bool = False  # Authentication-Results must show a DKIM/SPF/DMARC pass
    authserv_id: str | None = None  # only trust Authentication-Results added by this server


class LimitsConfig(_Strict):
    max_message_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    fetch_batch: int = Field(default=200, gt=0)
    send_attempts: int = Field(default=5, gt=0)
    max_sends_per_supplier_per_day: int = Field(default=10, gt=0)


class ScheduleConfig(_Strict):
    poll_interval_s: float = Field(default=60.0, gt=0)
    outbox_interval_s: float = Field(default=10.0, gt=0)
    silence_check_interval_s: float = Field(default=300.0, gt=0)


class WebConfig(_Strict):
    """The web console (``mailbot web``, ``mailbot run --web``)."""

    host: str = "127.0.0.1"  # anything else only behind TLS; see the README
    port: int = Field(default=8000, gt=0, lt=65536)
    policies_dir: Path = Path("policies")  # the policy files admins may edit
    history_dir: Path = Path("var/history")  # previous versions of edited files
    # Signs the session cookies; from the environment only. Unset: a new random key per
    # start, so a restart signs everyone out.
    session_secret: SecretStr = SecretStr("")
    secure_cookies: bool = False  # cookies only over HTTPS: set it when TLS is in front
    session_hours: float = Field(default=8.0, gt=0)
    proxy_headers: bool = False  # trust X-Forwarded-* from a reverse proxy on localhost


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MAILBOT_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    database_url: str = "sqlite:///var/mailbot.sqlite3"
    templates_dir: Path = Path("templates")
    bot: BotConfig
    imap: ImapConfig
    smtp: SmtpConfig
    limits: LimitsConfig = LimitsConfig()
    trust: TrustConfig = TrustConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    web: WebConfig = WebConfig()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return _sources(settings_cls, init_settings, env_settings)


def _sources(
    settings_cls: type[BaseSettings],
    init_settings: PydanticBaseSettingsSource,
    env_settings: PydanticBaseSettingsSource,
) -> tuple[PydanticBaseSettingsSource, ...]:
    """The environment beats the secrets file, which beats the config file."""
    secrets = TomlConfigSettingsSource(settings_cls, toml_file=_secrets_file())
    config = TomlConfigSettingsSource(settings_cls)
    return (init_settings, env_settings, secrets, config)


SECRET_KEYS = (
    ("imap", "password"),
    ("smtp", "password"),
    ("bot", "reply_token_secret"),
    ("web", "session_secret"),
)


def load_settings(path: Path | None, **overrides: Any) -> Settings:
    """Read ``path`` (TOML) under the environment; raise ConfigError naming each bad key.

    Secrets come from the environment or from ``MAILBOT_SECRETS_FILE`` (TOML, kept outside
    any repository); a config file that holds one is refused, since config files get
    committed and shared.
    """
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: no such config file (copy mailbot.example.toml and edit it)")
    if path is not None:
        _refuse_secrets_in(path)
    _check_secrets_file()

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=path)

    try:
        return _FromFile(**overrides)
    except ValidationError as error:
        raise ConfigError(_describe(path, error)) from None


class ConsoleSettings(BaseSettings):
    """What the web console needs: the store, and to act also the bot's identity and its
    reply-token secret (mail it queues must thread like the loop's). No IMAP or SMTP: the
    console queues mail in the outbox and the loop sends it."""

    model_config = SettingsConfigDict(
        env_prefix="MAILBOT_", env_nested_delimiter="__", extra="ignore", frozen=True
    )

    database_url: str = "sqlite:///var/mailbot.sqlite3"
    templates_dir: Path = Path("templates")
    bot: BotConfig | None = None
    limits: LimitsConfig = LimitsConfig()
    web: WebConfig = WebConfig()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return _sources(settings_cls, init_settings, env_settings)

    @classmethod
    def of(cls, settings: Settings) -> ConsoleSettings:
        """The console's part of the loop's settings (``mailbot run --web``)."""
        return cls.model_construct(
            database_url=settings.database_url,
            templates_dir=settings.templates_dir,
            bot=settings.bot,
            limits=settings.limits,
            web=settings.web,
        )


def load_console_settings(path: Path | None, **overrides: Any) -> ConsoleSettings:
    """Like ``load_settings``, without requiring mail settings."""
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: no such config file (copy mailbot.example.toml and edit it)")
    if path is not None:
        _refuse_secrets_in(path)
    _check_secrets_file()

    class _FromFile(ConsoleSettings):
        model_config = SettingsConfigDict(toml_file=path)

    try:
        return _FromFile(**overrides)
    except ValidationError as error:
        raise ConfigError(_describe(path, error)) from None


def _secrets_file() -> Path | None:
    value = os.environ.get("MAILBOT_SECRETS_FILE")
    return Path(value) if value else None


def _refuse_secrets_in(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = [f"{a}.{b}" for a, b in SECRET_KEYS if b in data.get(a, {})]
    if found:
        raise ConfigError(
            f"{path}: holds secret(s) {found}; remove them and set them in the environment "
            "(e.g. MAILBOT_IMAP__PASSWORD) or in a secrets file outside the repository "
            "named by MAILBOT_SECRETS_FILE"
        )


def _check_secrets_file() -> None:
    path = _secrets_file()
    if path is None:
        return
    if not path.is_file():
        raise ConfigError(f"MAILBOT_SECRETS_FILE={path}: no such file")
    inside = next((p for p in path.resolve().parents if (p / ".git").exists()), None)
    if inside is not None:
        raise ConfigError(
            f"MAILBOT_SECRETS_FILE={path} lies inside the repository {inside}; move it outside "
            "(e.g. /etc/mailbot/secrets.toml, readable only by the bot's user)"
        )


def _describe(path: Path | None, error: ValidationError) -> str:
    where = str(path) if path else "configuration"
    lines = [f"{where}: {error.error_count()} problem(s)"]
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        env = "MAILBOT_" + "__".join(str(part).upper() for part in item["loc"])
        hint = f" (set it in the file or as {env})" if item["type"] == "missing" else ""
        lines.append(f"  {key}: {item['msg']}{hint}")
    return "\n".join(lines)

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
    # Authentication-Results must show a DMARC/DKIM/SPF pass aligned with the From domain...
    require_authentication: bool = False
    authserv_id: str | None = None  # ...added by this server (its RFC 8601 authserv-id)

    @model_validator(mode="after")
    def _authserv_id_with_authentication(self) -> TrustConfig:
        if self.require_authentication and not self.authserv_id:
            raise ValueError(
                "require_authentication needs authserv_id, the name your receiving server "
                "writes first in its Authentication-Results headers (e.g. 'mx.buyer.example'); "
                "anyone can write that header, so only your server's counts"
            )
        return self


class LimitsConfig(_Strict):
    max_message_bytes: int = Field(default=25 * 1024 * 1024, gt=0)
    fetch_batch: int = Field(default=200, gt=0)
    send_attempts: int = Field(default=5, gt=0)
    max_sends_per_supplier_per_day: int = Field(default=10, gt=0)


class ScheduleConfig(_Strict):
    poll_interval_s: float = Field(default=60.0, gt=0)
    outbox_interval_s: float = Field(default=10.0, gt=0)
    silence_check_interval_s: float = Field(default=300.0, gt=0)
    # Negotiation time per real time: 86400 makes a real second a day. Tests and staging
    # only (reminders and silence on a real process); keep 1 in production.
    clock_speed: float = Field(default=1.0, gt=0)


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

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment beats the secrets file, which beats the config file.
        secrets = TomlConfigSettingsSource(settings_cls, toml_file=_secrets_file())
        config = TomlConfigSettingsSource(settings_cls)
        return (init_settings, env_settings, secrets, config)


SECRET_KEYS = (("imap", "password"), ("smtp", "password"), ("bot", "reply_token_secret"))


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

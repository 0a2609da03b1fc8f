"""Configuration: a TOML file plus environment variables (``MAILBOT_*``), checked by pydantic.

Secrets (mail passwords, the reply-token secret) come only from the environment or from a
secrets file outside the repository; they are ``SecretStr`` so they never reach a log line.
Nested keys use a double underscore: ``MAILBOT_IMAP__PASSWORD``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from mailbot.shell.config_problems import describe, env_name

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_M = TypeVar("_M", bound=BaseModel)


class ConfigError(Exception):
    """The configuration is missing or wrong; the message names the key and the fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


OAUTH2_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # provider -> the keys it needs (one of each inner tuple)
    "microsoft": (("tenant_id",), ("client_id",), ("client_secret", "certificate_file")),
    "google": (("service_account_file", "refresh_token"),),
    "command": (("command",),),
}


class AuthConfig(_Strict):
    """How the bot logs in: a password, or an OAuth2 token (SASL XOAUTH2) from a provider.

    The client secret and the refresh token are secrets: environment or secrets file only.
    """

    method: Literal["password", "oauth2"] = "password"
    provider: Literal["microsoft", "google", "command"] | None = None
    # microsoft: app-only access (client credentials) of an Entra ID app registration
    tenant_id: str | None = None
    client_id: str | None = None  # also google's OAuth client, for a refresh token
    client_secret: SecretStr = SecretStr("")
    certificate_file: Path | None = None  # PEM holding the private key and its certificate
    authority_host: str = "https://login.microsoftonline.com"
    # google: a service account with domain-wide delegation, or a refresh token
    service_account_file: Path | None = None
    refresh_token: SecretStr = SecretStr("")
    token_uri: str = "https://oauth2.googleapis.com/token"
    # command: any program that prints a token
    command: str | None = None
    token_lifetime_s: float = Field(default=300.0, gt=0)  # for a token printed bare
    scope: str | None = None  # default: the provider's mail scope

    @model_validator(mode="after")
    def _provider_has_what_it_needs(self) -> AuthConfig:
        if self.method == "password":
            return self
        if self.provider is None:
            raise ValueError(
                "method = 'oauth2' needs provider = 'microsoft', 'google' or 'command'"
            )
        for keys in OAUTH2_NEEDS[self.provider]:
            if not any(self._given(key) for key in keys):
                raise ValueError(
                    f"provider = {self.provider!r} needs {' or '.join(keys)}"
                    + _secret_hint(keys)
                )
        if self.provider == "google" and self._given("refresh_token"):
            for key in ("client_id", "client_secret"):
                if not self._given(key):
                    raise ValueError(f"a Google refresh token needs {key}" + _secret_hint((key,)))
        return self

    def _given(self, key: str) -> bool:
        value = getattr(self, key)
        return bool(value.get_secret_value() if isinstance(value, SecretStr) else value)


def _secret_hint(keys: tuple[str, ...]) -> str:
    secret = [k for k in keys if k in AUTH_SECRETS]
    if not secret:
        return ""
    return (f" ({secret[0]} is a secret: set it as MAILBOT_IMAP__AUTH__{secret[0].upper()} "
            "(or SMTP) or in the secrets file)")


AUTH_SECRETS = ("client_secret", "refresh_token")


class ServerConfig(_Strict):
    host: str
    port: int = Field(gt=0, lt=65536)
    username: str
    password: SecretStr = SecretStr("")
    security: Literal["tls", "starttls", "plain"]
    ca_file: Path | None = None
    timeout_s: float = Field(default=30.0, gt=0)
    auth: AuthConfig = AuthConfig()

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


class MonitoringConfig(_Strict):
    """``/healthz``, ``/readyz`` and ``/metrics`` over HTTP for ``mailbot run``: off by default."""

    port: int | None = Field(default=None, ge=0, lt=65536)  # 0: any free port (tests)
    host: str = "127.0.0.1"  # a container publishes it with host = "0.0.0.0"


class _Layered(BaseSettings):
    """Settings from the environment, over the secrets file, over the config file."""

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


class Settings(_Layered):
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
    monitoring: MonitoringConfig = MonitoringConfig()
    web: WebConfig = WebConfig()


def _sources(
    settings_cls: type[BaseSettings],
    init_settings: PydanticBaseSettingsSource,
    env_settings: PydanticBaseSettingsSource,
) -> tuple[PydanticBaseSettingsSource, ...]:
    """The environment beats the secrets file, which beats the config file."""
    secrets = TomlConfigSettingsSource(settings_cls, toml_file=_secrets_file())
    config = TomlConfigSettingsSource(settings_cls)
    return (init_settings, env_settings, secrets, config)


SECRET_KEYS: tuple[tuple[str, ...], ...] = (
    ("imap", "password"), ("smtp", "password"), ("bot", "reply_token_secret"),
    ("web", "session_secret"),
    *((server, "auth", key) for server in ("imap", "smtp") for key in AUTH_SECRETS),
)


def load_settings(path: Path | None, **overrides: Any) -> Settings:
    """Read ``path`` (TOML) under the environment; raise ConfigError listing every problem.

    Secrets come from the environment or from ``MAILBOT_SECRETS_FILE`` (TOML, kept outside
    any repository); a config file that holds one is refused, since config files get
    committed and shared. Relative paths in the settings are read from the config file's
    folder, so the bot behaves the same from any working directory.
    """
    return _load(Settings, path, overrides)


def relative_to(folder: Path, settings: _S) -> _S:
    """``settings`` with every relative path (and a relative SQLite file) under ``folder``."""
    rebased = _rebased(settings, folder)
    return rebased.model_copy(update={"database_url": _sqlite_under(folder, settings.database_url)})


def _sqlite_under(folder: Path, url: str) -> str:
    """A relative SQLite file read from ``folder``; any other URL as it is."""
    file = url.removeprefix("sqlite:///")
    if url.startswith("sqlite:///") and file and file != ":memory:" and not file.startswith("/"):
        return f"sqlite:///{folder / file}"
    return url


def _rebased(model: _M, folder: Path) -> _M:
    update: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, Path) and not value.is_absolute():
            update[name] = folder / value
        elif isinstance(value, BaseModel):
            inner = _rebased(value, folder)
            if inner is not value:
                update[name] = inner
    return model.model_copy(update=update) if update else model


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error}); fix the syntax there") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read it ({error})") from None


class ConsoleSettings(_Layered):
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
    """Like ``load_settings`` (secrets refused in the file, relative paths read from its
    folder), without requiring mail settings."""
    return _load(ConsoleSettings, path, overrides)


_S = TypeVar("_S", Settings, ConsoleSettings)


def _load(model: type[_S], path: Path | None, overrides: dict[str, Any]) -> _S:
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: no such config file (copy mailbot.example.toml and edit it)")
    in_file = _secrets_in(_read_toml(path)) if path is not None else []
    _check_secrets_file()
    from_file = type("_FromFile", (model,), {"model_config": SettingsConfigDict(toml_file=path)})
    try:
        settings: _S = from_file(**overrides)
    except ValidationError as error:
        raise ConfigError(describe(model, path, error.errors(), in_file)) from None
    if in_file:
        raise ConfigError(describe(model, path, [], in_file))
    return settings if path is None else relative_to(path.resolve().parent, settings)


def _secrets_file() -> Path | None:
    value = os.environ.get("MAILBOT_SECRETS_FILE")
    return Path(value) if value else None


def _secrets_in(data: dict[str, Any]) -> list[str]:
    found = [keys for keys in SECRET_KEYS if _holds(data, keys)]
    return [
        f"{'.'.join(keys)}: a secret in the config file; remove it and set it in the "
        f"environment ({env_name(keys)}) or in a secrets file outside the repository named "
        "by MAILBOT_SECRETS_FILE"
        for keys in found
    ]


def _holds(data: dict[str, Any], keys: tuple[str, ...]) -> bool:
    for key in keys[:-1]:
        data = data.get(key, {})
        if not isinstance(data, dict):
            return False
    return keys[-1] in data


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

"""Secrets come from the environment or a secrets file outside the repository, never from the
config file, and never reach a log line."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import pytest

from mailbot.core.reply_token import ReplyTokens
from mailbot.shell.config import ConfigError, load_settings
from mailbot.shell.runtime.log_redaction import RedactTokens

CONFIG = """
[bot]
address = "procurement@buyer.example"
buyer_mailbox = "alex@buyer.example"
[imap]
host = "imap.buyer.example"
username = "procurement"
[smtp]
host = "smtp.buyer.example"
username = "procurement"
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("MAILBOT_IMAP__PASSWORD", "MAILBOT_SECRETS_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "mailbot.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_a_password_in_the_config_file_is_refused(config: Path) -> None:
    config.write_text(CONFIG.replace('username = "procurement"\n[smtp]',
                                     'username = "procurement"\npassword = "hunter2"\n[smtp]'),
                      encoding="utf-8")
    with pytest.raises(ConfigError, match=r"imap.password.*MAILBOT_IMAP__PASSWORD"):
        load_settings(config)


def test_password_from_the_environment_is_secret(config: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILBOT_IMAP__PASSWORD", "from-env")
    settings = load_settings(config)
    assert settings.imap.password.get_secret_value() == "from-env"
    assert "from-env" not in repr(settings) and "from-env" not in str(settings.imap)


def test_secrets_file_outside_the_repository_is_read(config: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "private" / "secrets.toml"
    outside.parent.mkdir()
    outside.write_text('[imap]\npassword = "from-file"\n', encoding="utf-8")
    monkeypatch.setenv("MAILBOT_SECRETS_FILE", str(outside))
    assert load_settings(config).imap.password.get_secret_value() == "from-file"
    monkeypatch.setenv("MAILBOT_IMAP__PASSWORD", "env-wins")
    assert load_settings(config).imap.password.get_secret_value() == "env-wins"


def test_secrets_file_inside_a_repository_is_refused(config: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "checkout"
    (repo / ".git").mkdir(parents=True)
    inside = repo / "secrets.toml"
    inside.write_text('[imap]\npassword = "oops"\n', encoding="utf-8")
    monkeypatch.setenv("MAILBOT_SECRETS_FILE", str(inside))
    with pytest.raises(ConfigError, match="inside the repository"):
        load_settings(config)


def test_reply_tokens_are_redacted_from_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    tokens = ReplyTokens(secrets.token_bytes(32))
    address = tokens.plus_address("procurement@buyer.example", tokens.issue("abc123"))
    logger = logging.getLogger("mailbot.test.redaction")
    caplog.handler.addFilter(RedactTokens(tokens))
    logger.warning("send to %s failed", address)
    assert tokens.issue("abc123") not in caplog.text
    assert "procurement+<token>@buyer.example" in caplog.text

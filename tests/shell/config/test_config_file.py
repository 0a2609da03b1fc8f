"""Settings written as a config file read back as the same settings, with no secret in it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailbot.shell.config import Settings, load_settings
from mailbot.shell.config_file import settings_toml


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("MAILBOT_"):
            monkeypatch.delenv(name)


def test_written_settings_read_back_the_same_without_their_secrets(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        templates_dir=tmp_path / "templates",
        bot={"address": "bot@buyer.example", "buyer_mailbox": "alex@buyer.example",
             "name": 'Alex "AM" Morgan', "buyers": ["kim@buyer.example"],
             "reply_token_secret": "a-token-secret-of-some-length"},
        imap={"host": "127.0.0.1", "port": 1143, "username": "bot", "security": "plain",
              "password": "an-imap-password"},
        smtp={"host": "127.0.0.1", "port": 2525, "username": "", "security": "plain"},
        schedule={"poll_interval_s": 0.5},
        web={"policies_dir": tmp_path / "policies", "history_dir": tmp_path / "history"},
    )
    path = tmp_path / "mailbot.toml"
    path.write_text(settings_toml(settings, header="# kept"), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# kept\n")
    assert "a-token-secret-of-some-length" not in text and "an-imap-password" not in text
    assert "[limits]" not in text  # sections left at their defaults are not written
    again = load_settings(path)
    assert again.model_dump(exclude={"bot": {"reply_token_secret"}, "imap": {"password"}}) == \
        settings.model_dump(exclude={"bot": {"reply_token_secret"}, "imap": {"password"}})

"""``mailbot config check --connect`` against the local servers: each step reported, exit 2
when one fails; with OAuth2 from a ``command`` provider, and with a refused token."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import sys
from pathlib import Path

import pytest
from bot_process import write_config
from loop_fixtures import BOT_USER, TEMPLATES
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.demo.environment import local_settings, mail_users
from mailbot.shell.mail.local.servers import LocalMailSystem

TOKEN = "local-bearer-token"


async def check(tmp_path: Path, printed: str, monkeypatch: pytest.MonkeyPatch,
                hide: frozenset[str] = frozenset()) -> tuple[int, str]:
    async with LocalMailSystem(mail_users([]), bearer_tokens={BOT_USER: {TOKEN}},
                               hide_imap=hide) as mail:
        settings = local_settings(mail, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
                                  templates_dir=TEMPLATES)
        config = tmp_path / "mailbot.toml"
        env = write_config(settings, config)
        program = tmp_path / "token.py"
        program.write_text(f"print({printed!r})\n", encoding="utf-8")
        command = f"{shlex.quote(sys.executable)} {shlex.quote(str(program))}"
        text = config.read_text(encoding="utf-8").replace('username = ""',
                                                          f'username = "{BOT_USER}"')
        for server in ("imap", "smtp"):
            text += (f'[{server}.auth]\nmethod = "oauth2"\nprovider = "command"\n'
                     f"command = {json.dumps(command)}\n")
        config.write_text(text, encoding="utf-8")
        for name in [k for k in os.environ if k.startswith("MAILBOT_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("MAILBOT_BOT__REPLY_TOKEN_SECRET",
                           env["MAILBOT_BOT__REPLY_TOKEN_SECRET"])
        result = await asyncio.to_thread(
            CliRunner().invoke, app, ["config", "check", "--connect", "--config", str(config)])
    return result.exit_code, result.output


async def test_connect_check_reports_each_step(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = await check(tmp_path, TOKEN, monkeypatch)
    assert code == 0, output
    assert "ok   IMAP 127.0.0.1:" in output and "OAuth2 (XOAUTH2) via command" in output
    assert f"logged in as {BOT_USER}" in output
    assert "ok   IMAP mailbox 'INBOX': 0 message(s)" in output
    assert "ok   IMAP IDLE: supported" in output
    assert "ok   SMTP 127.0.0.1:" in output
    assert TOKEN not in output


async def test_connect_check_without_idle_says_it_will_poll(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = await check(tmp_path, TOKEN, monkeypatch, hide=frozenset({"IDLE"}))
    assert code == 0, output
    assert "IMAP IDLE: not supported: mailbot will poll" in output


async def test_connect_check_fails_with_exit_2_on_a_refused_token(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = await check(tmp_path, "some-other-token", monkeypatch)
    assert code == 2
    assert "FAIL IMAP 127.0.0.1:" in output and "refused the OAuth2 token" in output
    assert "FAIL SMTP 127.0.0.1:" in output
    assert f"mailbox {BOT_USER!r}" in output
    assert "IMAP mailbox" not in output  # not tried without a login

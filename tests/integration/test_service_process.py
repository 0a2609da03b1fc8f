"""``mailbot run`` as a service: health, readiness and metrics over HTTP, JSON logs, and an
OAuth2 (XOAUTH2, ``command`` provider) login to both servers, all on the real process."""

from __future__ import annotations

import asyncio
import json
import shlex
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import (
    BOT_USER,
    SUPPLIER,
    SUPPLIER_USER,
    TEMPLATES,
    WORKED_EXAMPLE,
    Loop,
    step,
    text_of,
)

from mailbot.demo.environment import local_settings, mail_users
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.start import start_negotiations
from mailbot.shell.wiring import build_mailbot

pytestmark = pytest.mark.timeout(120)
REPLY = "We can offer a 2% reduction and payment at Net 45."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def get(url: str) -> tuple[int, str]:
    def fetch() -> tuple[int, str]:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    return await asyncio.to_thread(fetch)


async def until(predicate, timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.2)):
        if await predicate():
            return
        await asyncio.sleep(0.2)
    raise AssertionError("condition not met in time")


ROOT = Path(__file__).resolve().parents[2]


async def container_healthcheck(port: int) -> int:
    """Run the Containerfile's HEALTHCHECK command against this bot (on ``port``)."""
    line = next(line for line in (ROOT / "Containerfile").read_text().splitlines()
                if line.strip().startswith("CMD [\"python\""))
    argv = json.loads(line.strip().removeprefix("CMD "))
    assert argv[0] == "python" and ":9464/healthz" in argv[-1]
    argv = [sys.executable, *argv[1:-1], argv[-1].replace(":9464/", f":{port}/")]
    process = await asyncio.create_subprocess_exec(*argv)
    return await asyncio.wait_for(process.wait(), 30)


def metric(text: str, name: str) -> float:
    (line,) = [line for line in text.splitlines() if line.startswith(name + " ")
               or (line.startswith(name + "{") and line.split(" ")[0] == name)]
    return float(line.rsplit(" ", 1)[1])


@pytest.mark.parametrize("loop", ["pymap"], indirect=True)
async def test_health_readiness_and_metrics_over_http(loop: Loop, tmp_path: Path) -> None:
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    port = free_port()
    config = tmp_path / "mailbot.toml"
    env = write_config(loop.settings, config)
    with config.open("a", encoding="utf-8") as file:
        file.write(f"[monitoring]\nport = {port}\n")
    log = tmp_path / "bot.log"
    bot = await start_bot(env, log, args=("--log-format", "json"))
    base = f"http://127.0.0.1:{port}"
    try:
        async def ready() -> bool:
            try:
                return (await get(f"{base}/readyz"))[0] == 200
            except OSError:
                return False

        await until(ready)
        status, body = await get(f"{base}/healthz")
        assert status == 200, body
        health = json.loads(body)
        assert health["status"] == "ok" and health["checks"]["database"] == "ok"
        assert await container_healthcheck(port) == 0

        await loop.mail.append(BOT_USER, reply_to(offer.raw, REPLY, sender=SUPPLIER.email,
                                                  sender_name=SUPPLIER.name, now=loop.clock()))
        await loop.mail.wait_for_deliveries(2, timeout=30)

        async def counted() -> bool:
            text = (await get(f"{base}/metrics"))[1]
            return 'mailbot_replies_processed_total{intent="counter"} 1.0' in text and \
                metric(text, "mailbot_outbox_backlog") == 0

        await until(counted)
        status, text = await get(f"{base}/metrics")
        assert status == 200
        assert 'mailbot_decisions_total{reason="opening"} 1.0' in text
        assert 'mailbot_decisions_total{reason="counter"} 1.0' in text
        assert metric(text, "mailbot_poll_duration_seconds_count") >= 1
        assert metric(text, "mailbot_send_failures_total") == 0
        assert (await get(f"{base}/nothing"))[0] == 404
    finally:
        assert await stop_bot(bot) == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]  # every line is one JSON object
    startup = " ".join(e["message"] for e in events if e.get("event") == "startup")
    assert f"mailbox {BOT_USER}" in startup and "database sqlite:///" in startup
    assert "policies: Packaging renewal (1 open)" in startup
    assert not [e for e in events if "Running job" in e["message"]
                or "executed successfully" in e["message"]]


async def test_oauth2_command_tokens_log_in_to_imap_and_smtp_in_mailbot_run(
        tmp_path: Path) -> None:
    """The bot's only way in is XOAUTH2: no password is configured, and the SMTP server
    takes mail only from a client that logged in with a token it knows."""
    token = "ya29.local-test-token"
    users = mail_users([SUPPLIER_USER])
    async with LocalMailSystem(users, bearer_tokens={BOT_USER: {token}}) as mail:
        settings = local_settings(mail, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
                                  templates_dir=TEMPLATES)
        bot = build_mailbot(settings)
        policy = load_policy(WORKED_EXAMPLE)
        start_negotiations(bot.db, bot.actions, policy, read_policy_text(WORKED_EXAMPLE),
                           [SUPPLIER], bot.clock())
        config = tmp_path / "mailbot.toml"
        env = write_config(settings, config)
        env.pop("MAILBOT_IMAP__PASSWORD")
        program = tmp_path / "token.py"
        program.write_text(f"print({token!r})\n", encoding="utf-8")
        command = f"{shlex.quote(sys.executable)} {shlex.quote(str(program))}"
        with config.open("a", encoding="utf-8") as file:
            for server in ("imap", "smtp"):
                file.write(f'[{server}.auth]\nmethod = "oauth2"\nprovider = "command"\n'
                           f"command = {json.dumps(command)}\n")
        config.write_text(config.read_text().replace(
            'username = ""', f'username = "{BOT_USER}"'), encoding="utf-8")
        process = await start_bot(env, tmp_path / "bot.log")
        try:
            (offer,) = await mail.wait_for_deliveries(1, timeout=30)  # SMTP: XOAUTH2
            await mail.append(BOT_USER, reply_to(offer.raw, REPLY, sender=SUPPLIER.email,
                                                 sender_name=SUPPLIER.name, now=bot.clock()))
            counter = (await mail.wait_for_deliveries(2, timeout=30))[1]  # IMAP: XOAUTH2
        finally:
            await stop_bot(process)
        assert "4% below the current price" in text_of(counter.raw)
        assert mail.imap_server.oauth_logins >= 1  # type: ignore[attr-defined]
    log = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert token not in log
    assert "OAuth2 via command" in log

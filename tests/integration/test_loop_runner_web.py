"""``mailbot run --web``: the real loop process with the console beside it, on one event
loop. The loop keeps sending, the console serves, the Status page shows the loop's signs
of life, and SIGTERM stops both."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import SUPPLIER, Loop
from support.web_client import csrf_of, free_port

from mailbot.shell.accounts import add_user
from mailbot.shell.store.models import Role

PASSWORD = "a long enough password"


async def test_run_with_the_console_beside_the_loop(loop: Loop, tmp_path: Path) -> None:
    loop.start([SUPPLIER])
    add_user(loop.bot.db, "admin", Role.ADMIN, PASSWORD, loop.clock())
    config = tmp_path / "mailbot.toml"
    env = write_config(loop.settings, config)
    port = free_port()
    with config.open("a", encoding="utf-8") as file:
        file.write(f"[web]\nport = {port}\n")
    log = tmp_path / "bot.log"
    process = await start_bot(env, log, None, ("--web",))
    try:
        (offer,) = await loop.mail.wait_for_deliveries(1, timeout=30)  # the loop runs
        assert SUPPLIER.email in offer.recipients
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(100):
                try:
                    login = await client.get("/login")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError(log.read_text())
            await client.post("/login", data={"name": "admin", "password": PASSWORD,
                                              "csrf_token": csrf_of(login.text)})
            for _ in range(50):
                status = await client.get("/status")
                if "fetched" in status.text:
                    break
                await asyncio.sleep(0.2)
            assert "fetched" in status.text, "the Status page shows the last poll"
            assert "1 negotiation(s)" in (await client.get("/negotiations")).text
    finally:
        code = await stop_bot(process)
    assert code == 0, log.read_text()

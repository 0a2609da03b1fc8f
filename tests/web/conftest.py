"""The console over an offline store, driven with httpx's ASGI client (no sockets)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from support.offline_store import INCREASE, OfflineStore, offline_store, supplier
from support.web_client import csrf_of

from mailbot.shell.accounts import add_user
from mailbot.shell.config import ConsoleSettings
from mailbot.shell.store.models import Role
from mailbot.web.app import create_app
from mailbot.web.console import Console, build_console

PASSWORD = "a long enough password"


@dataclass
class Site:
    store: OfflineStore
    console: Console
    client: httpx.AsyncClient

    async def login(self, name: str, password: str = PASSWORD) -> httpx.Response:
        page = await self.client.get("/login")
        return await self.client.post(
            "/login", data={"name": name, "password": password, "csrf_token": token(page.text),
                            "next": "/"})

    async def csrf(self) -> str:
        return token((await self.client.get("/negotiations")).text)


token = csrf_of


def make_console(store: OfflineStore, *, actions: bool = True) -> Console:
    settings = ConsoleSettings.of(store.settings)
    if not actions:
        settings = settings.model_copy(update={"bot": None})
    console = build_console(settings, db=store.bot.db)
    console.clock = store.clock
    return console


@pytest.fixture
def store(tmp_path: Path) -> OfflineStore:
    """Two negotiations: one escalated (the supplier asked for more), one open."""
    s = offline_store(tmp_path)
    first, second = supplier(1, "Polyfilm Ltd"), supplier(2, "Boxco Packaging")
    s.open([first, second])
    s.mark_sent()
    s.reply(first, INCREASE)
    for name, role in (("alice", Role.ADMIN), ("bob", Role.BUYER)):
        add_user(s.bot.db, name, role, PASSWORD, s.clock())
    return s


@pytest.fixture
async def site(store: OfflineStore) -> AsyncIterator[Site]:
    console = make_console(store)
    transport = httpx.ASGITransport(app=create_app(console))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        yield Site(store, console, client)

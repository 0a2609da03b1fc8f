"""The console over an offline store, driven with httpx's ASGI client (no sockets)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from mailbot.shell.config import ConsoleSettings
from mailbot.web.console import Console, build_console
from support.offline_store import OfflineStore
from support.web_client import csrf_of

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



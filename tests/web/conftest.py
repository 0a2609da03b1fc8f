"""Fixtures: the console over an offline store, driven with httpx's ASGI client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from support.console_site import PASSWORD, Site, make_console
from support.offline_store import INCREASE, OfflineStore, offline_store, supplier

from mailbot.shell.accounts import add_user
from mailbot.shell.store.models import Role
from mailbot.web.app import create_app


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

"""Waiting for mail: IDLE wakes on delivery, polling stands in without it, drops are seen."""

from __future__ import annotations

import asyncio
import re

import pytest

from mailbot.shell.mail.errors import ImapConnectionError
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.servers import LocalMailSystem


async def test_idle_wakes_when_mail_arrives(mail_system: LocalMailSystem, make_message) -> None:
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        assert inbox.supports_idle
        waiting = asyncio.create_task(inbox.wait_for_news(timeout=20))
        await mail_system.append("buyer", make_message(1))
        assert await waiting is True
        fetched = [m.raw async for chunk in inbox.fetch_after(0) for m in chunk]
    assert fetched == [make_message(1)]


async def test_idle_without_news_answers_false(pymap_system: LocalMailSystem) -> None:
    async with ImapInbox(pymap_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        assert await inbox.wait_for_news(timeout=0.2) is False
        assert (await inbox.select()).exists == 0  # the connection is usable after DONE


async def test_without_idle_waiting_is_a_polling_interval(local_mail, make_message) -> None:
    async with local_mail("pymap", hide_imap=frozenset({"IDLE"})) as mail:
        await mail.append("buyer", make_message(1))
        async with ImapInbox(mail.imap_settings("buyer")) as inbox:
            await inbox.select()
            assert not inbox.supports_idle
            assert await inbox.wait_for_news(timeout=0.05) is True
            assert (await inbox.select()).exists == 1


async def test_connection_loss_during_idle_is_reported(mail_system: LocalMailSystem) -> None:
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        waiting = asyncio.create_task(inbox.wait_for_news(timeout=30))
        await asyncio.sleep(0)  # let the IDLE command go out before the fault
        await mail_system.kick("buyer")
        with pytest.raises(ImapConnectionError, match=re.escape("IMAP server 127.0.0.1:")):
            await waiting
        await inbox.connect()  # the caller's recovery: reconnect, then catch up
        assert (await inbox.select()).exists == 0

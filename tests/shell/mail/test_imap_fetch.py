"""Fetching by UID: every message once, byte for byte, and UIDVALIDITY as reported."""

from __future__ import annotations

import pytest

from mailbot.shell.mail.errors import ImapConnectionError
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.servers import LocalMailSystem


async def fetch_all(inbox: ImapInbox, last_uid: int, batch: int = 200) -> list[list[int]]:
    return [[m.uid for m in chunk] async for chunk in inbox.fetch_after(last_uid, batch=batch)]


async def test_450_messages_fetched_once_in_batches_byte_identical(
        mail_system: LocalMailSystem, make_message) -> None:
    sent = [make_message(n) for n in range(450)]
    await mail_system.append_many("buyer", sent)
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        chunks = [chunk async for chunk in inbox.fetch_after(0, batch=200)]
    assert [len(chunk) for chunk in chunks] == [200, 200, 50]
    fetched = [message for chunk in chunks for message in chunk]
    assert [m.raw for m in fetched] == sent
    assert all(type(m.raw) is bytes for m in fetched)
    uids = [m.uid for m in fetched]
    assert uids == sorted(set(uids))


async def test_fetch_resumes_after_the_callers_last_uid(mail_system: LocalMailSystem,
                                                        make_message) -> None:
    await mail_system.append_many("buyer", [make_message(n) for n in range(5)])
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        first = [m async for chunk in inbox.fetch_after(0) for m in chunk]
        later = [m async for chunk in inbox.fetch_after(first[2].uid) for m in chunk]
    assert later == first[3:]


async def test_nothing_past_the_highest_uid_despite_the_search_trap(
        mail_system: LocalMailSystem, make_message) -> None:
    # UID SEARCH UID n:* answers with the highest UID even when it is below n.
    await mail_system.append_many("buyer", [make_message(n) for n in range(3)])
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        highest = [m async for chunk in inbox.fetch_after(0) for m in chunk][-1].uid
        assert await fetch_all(inbox, highest) == []
        assert await fetch_all(inbox, highest + 1000) == []


async def test_select_reports_uidvalidity_uidnext_and_count(mail_system: LocalMailSystem,
                                                            make_message) -> None:
    await mail_system.append_many("buyer", [make_message(n) for n in range(4)])
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        state = await inbox.select()
        uids = [m.uid async for chunk in inbox.fetch_after(0) for m in chunk]
    assert state.exists == 4
    assert state.uidvalidity > 0
    assert state.uidnext is not None and state.uidnext > max(uids)


async def test_restart_changes_uidvalidity_keeps_mail_and_drops_clients(
        mail_system: LocalMailSystem, make_message) -> None:
    sent = [make_message(n) for n in range(3)]
    await mail_system.append_many("buyer", sent)
    async with ImapInbox(mail_system.imap_settings("buyer")) as before:
        old = await before.select()
        await mail_system.restart_imap()
        with pytest.raises(ImapConnectionError):
            await before.select()
    async with ImapInbox(mail_system.imap_settings("buyer")) as after:
        new = await after.select()
        again = [m.raw async for chunk in after.fetch_after(0) for m in chunk]
    assert new.uidvalidity != old.uidvalidity
    assert again == sent

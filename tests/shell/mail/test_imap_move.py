"""Moving processed mail to a folder whose name has a space, with and without MOVE."""

from __future__ import annotations

from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.servers import LocalMailSystem


async def move_first_two(mail: LocalMailSystem, make_message) -> None:
    await mail.append_many("buyer", [make_message(n) for n in range(3)])
    async with ImapInbox(mail.imap_settings("buyer")) as inbox:
        await inbox.select()
        uids = [m.uid async for chunk in inbox.fetch_after(0) for m in chunk]
        await inbox.move(uids[:2], "Bot Done")
        await inbox.move(uids[2:], "Bot Done")  # the folder exists by now
    assert await mail.messages("buyer", "Bot Done") == [make_message(n) for n in range(3)]
    assert await mail.messages("buyer") == []


async def test_move_creates_the_folder_and_moves(mail_system: LocalMailSystem,
                                                 make_message) -> None:
    await move_first_two(mail_system, make_message)


async def test_move_without_the_move_extension(local_mail, make_message) -> None:
    async with local_mail("pymap", hide_imap=frozenset({"MOVE"})) as mail:
        await move_first_two(mail, make_message)


async def test_mark_seen_keeps_the_message(mail_system: LocalMailSystem, make_message) -> None:
    await mail_system.append("buyer", make_message(1))
    async with ImapInbox(mail_system.imap_settings("buyer")) as inbox:
        await inbox.select()
        uids = [m.uid async for chunk in inbox.fetch_after(0) for m in chunk]
        await inbox.mark_seen(uids)
        assert [m.uid async for chunk in inbox.fetch_after(0) for m in chunk] == uids

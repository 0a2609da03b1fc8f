"""The Users page, for admins: add a user, set a role or a password, remove one; each
change audited with the admin who made it, and the last admin kept."""

from __future__ import annotations

import httpx
from sqlmodel import Session, col, select
from support.console_site import PASSWORD, Site

from mailbot.shell.accounts import authenticate
from mailbot.shell.store.models import AuditEvent, ConsoleUser


async def change(site: Site, **form: str) -> httpx.Response:
    return await site.client.post("/users", data={"csrf_token": await site.csrf(), **form},
                                  follow_redirects=True)


def roles(site: Site) -> dict[str, str]:
    with Session(site.store.bot.db) as session:
        return {u.name: u.role for u in session.exec(select(ConsoleUser))}


async def test_an_admin_adds_a_buyer_who_then_signs_in(site: Site) -> None:
    await site.login("alice")
    page = await site.client.get("/users")
    assert page.status_code == 200
    assert 'id="user-alice"' in page.text and "(you)" in page.text and 'id="user-bob"' in page.text
    added = await change(site, action="add", name="Kim", role="buyer", password=PASSWORD)
    assert "Added kim (buyer)." in added.text and 'id="user-kim"' in added.text
    assert authenticate(site.store.bot.db, "kim", PASSWORD, site.store.clock()) is not None
    with Session(site.store.bot.db) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.reason == "user_added")
                             .where(col(AuditEvent.explanation).contains("kim"))).one()
    assert event.actor == "alice" and "(by alice)" in event.explanation


async def test_bad_changes_are_refused_with_their_reason_and_change_nothing(site: Site) -> None:
    await site.login("alice")
    short = await change(site, action="add", name="kim", role="buyer", password="short")
    assert "Not changed: the password needs at least 10 characters" in short.text
    taken = await change(site, action="add", name="bob", role="buyer", password=PASSWORD)
    assert "exists" in taken.text
    unknown = await change(site, action="role", name="bob", role="root")
    assert "is not a role" in unknown.text
    assert roles(site) == {"alice": "admin", "bob": "buyer"}


async def test_the_last_admin_can_be_neither_removed_nor_made_a_buyer(site: Site) -> None:
    await site.login("alice")
    demoted = await change(site, action="role", name="alice", role="buyer")
    assert "alice is the only admin" in demoted.text
    removed = await change(site, action="remove", name="alice")
    assert "alice is the only admin" in removed.text
    assert roles(site)["alice"] == "admin"
    promoted = await change(site, action="role", name="bob", role="admin")
    assert "bob is now admin." in promoted.text
    assert "Removed alice." in (await change(site, action="remove", name="alice")).text
    assert (await site.client.get("/users")).status_code == 303  # alice's session ended


async def test_a_new_password_ends_that_users_sessions(site: Site) -> None:
    await site.login("alice")
    changed = await change(site, action="password", name="bob", password="a brand new password")
    assert "Password of bob changed" in changed.text
    assert authenticate(site.store.bot.db, "bob", PASSWORD, site.store.clock()) is None
    assert authenticate(site.store.bot.db, "bob", "a brand new password",
                        site.store.clock()) is not None


async def test_a_buyer_may_not_see_or_change_users(site: Site) -> None:
    await site.login("bob")
    assert (await site.client.get("/users")).status_code == 403
    response = await site.client.post("/users", data={
        "csrf_token": await site.csrf(), "action": "role", "name": "bob", "role": "admin"})
    assert response.status_code == 403
    assert roles(site)["bob"] == "buyer"
    assert 'href="/users"' not in (await site.client.get("/negotiations")).text

"""The console's guards: sign-in everywhere, CSRF on every POST, a limit on failed logins,
roles, cookie flags and headers. Driven through the ASGI app (no sockets)."""

from __future__ import annotations

from urllib.parse import quote

from starlette.routing import Mount, Route
from support.console_site import PASSWORD, Site, make_console, token

from mailbot.shell.accounts import set_password
from mailbot.web.app import create_app

PAGES = ["/negotiations", "/negotiations/1", "/escalations", "/reports", "/templates",
         "/templates/edit?file=en/counter_offer.txt", "/policies",
         "/policies/edit?name=packaging_renewal.yaml", "/status", "/reports/download.csv", "/users"]


def post_routes(site: Site) -> list[str]:
    app = create_app(site.console)
    paths = []
    for route in app.routes:
        if isinstance(route, Route) and route.methods and "POST" in route.methods:
            paths.append(route.path.replace("{negotiation_id:int}", "1"))
        assert not isinstance(route, Mount) or route.path == "/static"
    return paths


async def test_every_page_redirects_an_anonymous_visitor_to_login(site: Site) -> None:
    for path in PAGES:
        response = await site.client.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")
    htmx = await site.client.get("/negotiations", headers={"HX-Request": "true"})
    assert htmx.headers["HX-Redirect"].startswith("/login")


async def test_anonymous_posts_are_redirected_not_applied(site: Site) -> None:
    for path in post_routes(site):
        if path == "/login":
            continue
        response = await site.client.post(path, data={"action": "approve"})
        assert response.status_code == 303, path


async def test_every_post_without_the_csrf_token_is_refused(site: Site) -> None:
    await site.login("alice")
    for path in post_routes(site):
        missing = await site.client.post(path, data={"action": "approve", "name": "alice"})
        wrong = await site.client.post(path, data={"action": "approve", "csrf_token": "forged"})
        assert missing.status_code == 403, path
        assert wrong.status_code == 403, path
        assert "security token" in missing.text
    (escalated,) = [r for r in (await site.client.get("/escalations")).text.split()
                    if r.startswith('id="waiting-')]
    assert escalated == 'id="waiting-1">'  # still waiting: nothing was applied


async def test_login_sets_a_signed_httponly_samesite_cookie(site: Site) -> None:
    response = await site.login("alice")
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = await site.client.get("/negotiations")
    assert page.status_code == 200
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    # A tampered cookie signs nobody in.
    site.client.cookies.set("mailbot_session", "x" + site.client.cookies["mailbot_session"])
    assert (await site.client.get("/negotiations")).status_code == 303


async def test_wrong_password_is_refused_and_logins_are_rate_limited(site: Site) -> None:
    for _ in range(site.console.limiter.failures):
        response = await site.login("alice", "not the password at all")
        assert response.status_code == 401
        assert "Wrong name or password" in response.text
    blocked = await site.login("alice")  # even the right password, for now
    assert blocked.status_code == 429
    assert "Too many failed logins" in blocked.text
    site.store.clock.advance(1)  # past the window
    site.console.clock = site.store.clock
    assert (await site.login("alice")).status_code == 303


async def test_a_buyer_may_act_but_not_edit_templates_policies_or_see_status(site: Site) -> None:
    await site.login("bob")
    assert (await site.client.get("/escalations")).status_code == 200
    for path in ("/templates", "/policies", "/status", "/users",
                 "/templates/edit?file=en/reminder.txt"):
        response = await site.client.get(path)
        assert response.status_code == 403, path
        assert "for admins" in response.text
    save = await site.client.post("/templates/save", data={
        "csrf_token": await site.csrf(), "file": "en/reminder.txt", "source": "x"})
    assert save.status_code == 403


async def test_a_changed_password_ends_the_open_session(site: Site) -> None:
    await site.login("alice")
    assert (await site.client.get("/negotiations")).status_code == 200
    set_password(site.store.bot.db, "alice", "another long password", site.store.clock())
    assert (await site.client.get("/negotiations")).status_code == 303


async def test_login_never_redirects_off_site(site: Site) -> None:
    page = await site.client.get(f"/login?next={quote('https://evil.example')}")
    assert 'name="next" value="/"' in page.text
    response = await site.client.post("/login", data={
        "name": "alice", "password": PASSWORD, "csrf_token": token(page.text),
        "next": "//evil.example/x"})
    assert response.headers["location"] == "/"


async def test_logins_and_failures_are_in_the_audit_log(site: Site) -> None:
    from sqlmodel import Session, select

    from mailbot.shell.store.models import AuditEvent

    await site.login("alice", "wrong wrong wrong")
    await site.login("alice")
    with Session(site.store.bot.db) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.kind == "console")).all()
    seen = [(e.reason, e.actor) for e in events]
    assert ("login_failed", "alice") in seen and ("login", "alice") in seen


async def test_a_console_without_the_bot_settings_shows_but_does_not_act(site: Site) -> None:
    import httpx

    console = make_console(site.store, actions=False)
    transport = httpx.ASGITransport(app=create_app(console))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        other = Site(site.store, console, client)
        await other.login("alice")
        inbox = await client.get("/escalations")
        assert "started without the bot" in inbox.text and "disabled" in inbox.text
        response = await client.post("/escalations/1", data={
            "csrf_token": await other.csrf(), "action": "approve"}, follow_redirects=True)
        assert "started without the bot" in response.text
        assert 'id="waiting-1"' in response.text  # still waiting

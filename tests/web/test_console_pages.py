"""What each page of the console shows and does, over an offline store (ASGI client)."""

from __future__ import annotations

import io
import re

from openpyxl import load_workbook
from sqlmodel import Session, col, select
from support.console_site import Site
from support.offline_store import BUYER, supplier

from mailbot.shell.runtime.heartbeat import beat
from mailbot.shell.store.models import AuditEvent, Message, Negotiation, OutboundState


def state_of(site: Site, negotiation_id: int) -> str:
    with Session(site.store.bot.db) as session:
        n = session.get(Negotiation, negotiation_id)
        assert n is not None
        return n.state


def queued(site: Site) -> list[Message]:
    with Session(site.store.bot.db) as session:
        return list(session.exec(
            select(Message).where(Message.state == OutboundState.PENDING).order_by(col(Message.id))
        ).all())


async def test_negotiations_filter_search_and_page_in_sql(site: Site) -> None:
    site.store.open([supplier(i) for i in range(10, 70)])  # 62 in all
    await site.login("bob")
    first = await site.client.get("/negotiations")
    assert "62 negotiation(s), page 1 of 2" in first.text
    assert first.text.count('<tr class="state-') == 50
    second = await site.client.get("/negotiations?page=2")
    assert second.text.count('<tr class="state-') == 12
    waiting = await site.client.get("/negotiations?state=waiting_buyer")
    assert "1 negotiation(s)" in waiting.text and "Polyfilm Ltd" in waiting.text
    assert "waiting for buyer" in waiting.text and "price increase asked" in waiting.text
    found = await site.client.get("/negotiations?q=polyfilm")
    assert "1 negotiation(s)" in found.text
    partial = await site.client.get("/negotiations?q=supplier 0001", headers={"HX-Request": "1"})
    assert "<html" not in partial.text and "10 negotiation(s)" in partial.text


async def test_thread_shows_readings_evidence_decisions_policy_hash_and_outbox(site: Site) -> None:
    await site.login("bob")
    page = await site.client.get("/negotiations/1")
    with Session(site.store.bot.db) as session:
        n = session.get(Negotiation, 1)
        assert n is not None
        policy_hash = n.policy_hash
    assert policy_hash in page.text
    assert "Read as counter</strong> (price increase)" in page.text
    assert re.search(r"<mark>[^<]*3%[^<]*</mark>", page.text), "the evidence is highlighted"
    assert "price increase asked" in page.text  # the decision's reason, in words
    assert "Quoted history and signature (folded)" in page.text
    assert 'class="outbox sent"' in page.text  # the opening offer went out
    assert 'class="outbox queued"' in page.text  # the escalation waits for the loop
    # The escalation quotes the supplier with ">": those lines are shown, not dropped.
    assert "&gt; Due to rising resin costs" in page.text


async def test_approving_an_escalation_queues_the_confirmation_with_the_user_recorded(
    site: Site,
) -> None:
    await site.login("bob")
    inbox = await site.client.get("/escalations")
    assert "Due to rising resin costs" in inbox.text  # the supplier's own words
    before = len(queued(site))
    response = await site.client.post(
        "/escalations/1", data={"csrf_token": await site.csrf(), "action": "approve"},
        follow_redirects=True)
    assert "Deal closed" in response.text
    assert state_of(site, 1) == "agreed"
    new = queued(site)[before:]
    assert {m.recipients for m in new} == {supplier(1).email, BUYER}
    with Session(site.store.bot.db) as session:
        actors = session.exec(
            select(AuditEvent.kind, AuditEvent.actor).where(AuditEvent.negotiation_id == 1)
        ).all()
    assert ("buyer_command", "bob") in actors and ("decision", "bob") in actors


async def test_a_command_that_does_not_apply_is_refused_with_its_reason(site: Site) -> None:
    await site.login("bob")
    response = await site.client.post(
        "/escalations/2", data={"csrf_token": await site.csrf(), "action": "approve"},
        follow_redirects=True)
    assert "Not applied (negotiation 2)" in response.text
    assert "nothing in negotiation 2 waits for a decision" in response.text
    assert state_of(site, 2) == "open"


async def test_a_counter_outside_the_policy_is_refused_with_a_message(site: Site) -> None:
    await site.login("bob")
    before = len(queued(site))
    response = await site.client.post(
        "/escalations/1",
        data={"csrf_token": await site.csrf(), "action": "counter", "terms": "+5% net 30"},
        follow_redirects=True)
    assert "Not applied (negotiation 1)" in response.text
    assert state_of(site, 1) == "waiting_buyer"
    assert len(queued(site)) == before


async def test_a_counter_outside_the_policy_goes_out_with_override(site: Site) -> None:
    await site.login("bob")
    response = await site.client.post(
        "/escalations/1",
        data={"csrf_token": await site.csrf(), "action": "counter",
              "terms": "OVERRIDE +5% net 30"},
        follow_redirects=True)
    assert "Counter-offer sent outside the policy" in response.text
    assert state_of(site, 1) == "open"
    with Session(site.store.bot.db) as session:
        command = session.exec(select(AuditEvent).where(AuditEvent.kind == "buyer_command")).one()
    assert command.reason == "counter_override" and command.actor == "bob"


async def test_a_counter_inside_the_policy_queues_the_offer(site: Site) -> None:
    await site.login("bob")
    response = await site.client.post(
        "/escalations/1",
        data={"csrf_token": await site.csrf(), "action": "counter", "terms": "4% net 50"},
        follow_redirects=True)
    assert "Counter-offer sent" in response.text
    offer = [m for m in queued(site) if m.recipients == supplier(1).email][-1]
    assert b"Net 50" in offer.raw


async def test_template_preview_renders_the_unsaved_text_and_save_keeps_the_old(
    site: Site,
) -> None:
    await site.login("alice")
    csrf = await site.csrf()
    path = site.store.folder / "templates" / "en" / "reminder.txt"
    original = path.read_text()
    edited = original.replace("Dear", "Hello again", 1)
    preview = await site.client.post("/templates/preview", data={
        "csrf_token": csrf, "file": "en/reminder.txt", "source": edited, "negotiation": "1"})
    assert "Hello again Polyfilm Ltd" in preview.text and "negotiation 1" in preview.text
    assert path.read_text() == original  # a preview writes nothing
    saved = await site.client.post("/templates/save", data={
        "csrf_token": csrf, "file": "en/reminder.txt", "source": edited}, follow_redirects=True)
    assert "Saved en/reminder.txt" in saved.text
    assert path.read_text() == edited
    (kept,) = (site.store.folder / "history" / "templates" / "en").iterdir()
    assert kept.read_text() == original


async def test_a_template_with_a_problem_is_shown_inline_and_not_saved(site: Site) -> None:
    await site.login("alice")
    csrf = await site.csrf()
    path = site.store.folder / "templates" / "en" / "reminder.txt"
    original = path.read_text()
    for bad, kind in (("{{ supplier.__class__ }}", "security"), ("{{ secret }}", "undeclared"),
                      ("{% if %}", "syntax")):
        preview = await site.client.post("/templates/preview", data={
            "csrf_token": csrf, "file": "en/reminder.txt", "source": original + bad})
        assert 'id="template-problems"' in preview.text and kind in preview.text, bad
        saved = await site.client.post("/templates/save", data={
            "csrf_token": csrf, "file": "en/reminder.txt", "source": original + bad})
        assert saved.status_code == 422 and "Not saved" in saved.text
    assert path.read_text() == original
    outside = await site.client.get("/templates/edit?file=../../etc/passwd")
    assert outside.status_code == 404


async def test_a_policy_problem_is_shown_on_its_field_and_blocks_saving(site: Site) -> None:
    await site.login("alice")
    csrf = await site.csrf()
    path = site.store.policy_path
    text = path.read_text()
    broken = text.replace("walk_away: 45", "walk_away: 90", 1)  # payment days: past target
    checked = await site.client.post("/policies/check", data={
        "csrf_token": csrf, "name": path.name, "text": broken})
    problem = re.search(
        r'<tr class="problem" data-field="([^"]+)"><td colspan="3" role="alert">(.*?)</td>',
        checked.text)
    assert problem is not None
    assert problem.group(1) == "levers.payment_days.walk_away"
    saved = await site.client.post("/policies/save", data={
        "csrf_token": csrf, "name": path.name, "text": broken})
    assert saved.status_code == 422 and path.read_text() == text
    good = text.replace("max_rounds: 4", "max_rounds: 5")
    ok = await site.client.post("/policies/save", data={
        "csrf_token": csrf, "name": path.name, "text": good}, follow_redirects=True)
    assert "Saved packaging_renewal.yaml" in ok.text and path.read_text() == good
    assert 'id="bounds"' in ok.text


async def test_simulate_plays_the_personas_and_the_tournament(site: Site) -> None:
    await site.login("alice")
    text = site.store.policy_path.read_text()
    result = await site.client.post("/policies/simulate", data={
        "csrf_token": await site.csrf(), "name": "packaging_renewal.yaml", "text": text,
        "suppliers": "50"})
    assert 'id="personas"' in result.text and "worked-example" in result.text
    assert 'id="tournament"' in result.text and "split the difference (baseline)" in result.text
    assert "Best baseline:" in result.text


async def test_reports_show_charts_and_download_csv_and_excel(site: Site) -> None:
    await site.client.get("/")
    await site.login("bob")
    await site.client.post("/escalations/1", data={
        "csrf_token": await site.csrf(), "action": "counter", "terms": "4% net 50"})
    page = await site.client.get("/reports?by=policy")
    assert page.text.count("<svg") == 4 and "Negotiations by state" in page.text
    csv = await site.client.get("/reports/download.csv?by=policy")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("group,negotiations,open,waiting_buyer")
    xlsx = await site.client.get("/reports/download.xlsx")
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == ["Total", "By policy", "By supplier", "Agreed terms"]
    assert book["By supplier"].max_row == 3  # a header and the two suppliers


async def test_status_shows_the_loops_signs_of_life_and_the_backlog(site: Site) -> None:
    beat(site.store.bot.db, "poll", "host:1", site.store.clock(), "fetched 3, processed 3")
    beat(site.store.bot.db, "idle", "host:1", site.store.clock(), "listening")
    await site.login("alice")
    page = await site.client.get("/status")
    assert "fetched 3, processed 3" in page.text and "listening" in page.text
    backlog = re.search(r'id="backlog">.*?<tbody><tr>(.*?)</tr>', page.text, re.S)
    assert backlog is not None
    cells = re.findall(r'<td class="num">(\d+)</td>', backlog.group(1))
    assert cells == ["1", "0", "0", "0", "1"]  # the escalation email queued; one waiting

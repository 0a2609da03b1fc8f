"""The read layer the CLI and the console share: paging in SQL, evidence marks, outbox
states and what waits for the buyer."""

from __future__ import annotations

from pathlib import Path

from support.offline_store import INCREASE, offline_store, supplier

from mailbot.shell.store.database import reading
from mailbot.shell.store.models import Message
from mailbot.shell.views.escalations import waiting_for_buyer
from mailbot.shell.views.negotiations import NegotiationQuery, negotiation_page
from mailbot.shell.views.thread import highlighted, load_thread, outbox_state


def test_a_page_reads_only_its_rows_and_counts_the_rest(tmp_path: Path) -> None:
    store = offline_store(tmp_path)
    store.open([supplier(i) for i in range(1, 26)])
    with reading(store.bot.db) as session:
        page = negotiation_page(session, NegotiationQuery(page=3, per_page=10))
        searched = negotiation_page(session, NegotiationQuery(search="SUPPLIER 0002"))
    assert page.total == 25 and page.pages == 3 and [r.id for r in page.rows] == [21, 22, 23,
                                                                                 24, 25]
    assert page.rows[0].our_last is not None and page.rows[0].their_last is None
    assert [r.id for r in searched.rows] == [20, 21, 22, 23, 24, 25]


def test_evidence_is_marked_where_it_occurs_and_form_lines_one_by_one() -> None:
    pieces = highlighted("We offer 2% and Net 45.", ["2%", "Net 45"])
    assert pieces == [("We offer ", False), ("2%", True), (" and ", False), ("Net 45", True),
                      (".", False)]
    form = highlighted("Price: -4\nDays: 60", ["Price: -4 | Days: 60"])
    assert [p for p, marked in form if marked] == ["Price: -4", "Days: 60"]


def test_outbox_states_tell_queued_deferred_failed_and_sent_apart() -> None:
    base = {"direction": "out", "message_id": "<x@y>", "raw": b"", "created_at": None}
    assert outbox_state(Message(state="pending", **base)).state == "queued"
    assert outbox_state(Message(state="pending", last_error="421", **base)).state == "deferred"
    assert outbox_state(Message(state="failed", last_error="550", **base)).state == "failed"
    assert outbox_state(Message(state="sent", **base)).state == "sent"
    assert outbox_state(Message(state="draft", **base)).label == "draft (waits for approval)"


def test_what_waits_for_the_buyer_carries_the_suppliers_own_words(tmp_path: Path) -> None:
    store = offline_store(tmp_path)
    first = supplier(1)
    store.open([first, supplier(2)])
    store.mark_sent()
    store.reply(first, INCREASE)
    with reading(store.bot.db) as session:
        waiting = waiting_for_buyer(session)
        thread = load_thread(session, 1)
    assert waiting.total == 1
    (item,) = waiting.items
    assert item.reason == "price_increase" and item.latest_reply.startswith("Due to rising")
    assert item.their_last is not None and item.their_last.price_change_pct == 3
    assert thread is not None
    reply = next(m for m in thread.messages if not m.outbound)
    assert reply.text.startswith("Due to rising") and "wrote:" in (reply.full_text or "")
    assert reply.reading is not None and reply.reading.price_increase

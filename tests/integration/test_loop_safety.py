"""Loop breakers and anti-spoofing rules, each shown failing closed over real servers."""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage

from loop_fixtures import BOT_USER, SUPPLIER, Loop, exchange, negotiation, opened, step
from sqlmodel import Session, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.config import TrustConfig
from mailbot.shell.store.models import AuditEvent

COUNTER = "We can offer a 2% reduction and payment at Net 45."






def note_reasons(loop: Loop) -> list[str]:
    with Session(loop.bot.db) as session:
        return [e.reason for e in session.exec(select(AuditEvent).where(AuditEvent.kind == "note"))]


async def reply(loop: Loop, offer: bytes, body: str = COUNTER, **headers: str) -> None:
    raw = reply_to(offer, body, sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                   now=loop.clock(), headers=headers)
    await loop.mail.append(BOT_USER, raw)
    await step(loop)


async def test_daily_cap_per_supplier_stops_a_mail_loop(loop: Loop) -> None:
    loop.bot.actions.daily_cap = 2
    await opened(loop)
    await exchange(loop, COUNTER, 1)  # second email to the supplier today: allowed
    await exchange(loop, "We can offer a 2.5% reduction and Net 45.", 1)
    assert loop.mail.delivered[-1].recipients == (loop.company.buyer_address,)
    assert negotiation(loop).state_reason == "send_cap_reached"


async def test_mailing_list_mail_is_never_answered(loop: Loop) -> None:
    offer = await opened(loop)
    await reply(loop, offer, **{"List-Id": "<suppliers.lists.example>"})
    await reply(loop, offer, Precedence="bulk")
    assert len(loop.mail.delivered) == 1
    assert note_reasons(loop) == ["mailing_list", "mailing_list"]


async def test_our_own_message_coming_back_is_never_answered(loop: Loop) -> None:
    offer = await opened(loop)
    await loop.mail.append(BOT_USER, offer)  # e.g. a server that copies sent mail to INBOX
    await step(loop)
    assert len(loop.mail.delivered) == 1
    assert note_reasons(loop) == ["own_message"]


async def test_a_bounce_escalates_and_is_never_answered(loop: Loop) -> None:
    await opened(loop)
    bounce = EmailMessage()
    bounce["From"] = "Mail Delivery System <mailer-daemon@boxco.example>"
    bounce["To"] = loop.company.bot_address
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Auto-Submitted"] = "auto-replied"
    bounce["In-Reply-To"] = negotiation(loop).thread_root_id or ""
    bounce["Message-ID"] = "<bounce-1@boxco.example>"
    bounce.set_content("This is the mail system. Your message could not be delivered:\n"
                       "<sales@boxco.example>: mailbox unavailable (550 5.1.1)")
    await loop.mail.append(BOT_USER, bounce.as_bytes())
    await step(loop)
    (escalation,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert escalation.recipients == (loop.company.buyer_address,)
    assert negotiation(loop).state_reason == "bounce"


async def test_required_authentication_counts_only_our_servers_verdict(loop: Loop) -> None:
    loop.bot.processor.trust = TrustConfig(require_authentication=True,
                                           authserv_id="mx.buyer.example")
    offer = await opened(loop)
    forged = "mx.evil.example; dkim=pass header.d=boxco.example"
    await reply(loop, offer, **{"Authentication-Results": forged})
    assert negotiation(loop).state_reason == "unauthenticated"


async def test_authenticated_reply_is_acted_on(loop: Loop) -> None:
    loop.bot.processor = replace(
        loop.bot.processor,
        trust=TrustConfig(require_authentication=True, authserv_id="mx.buyer.example"),
    )
    offer = await opened(loop)
    verdict = "mx.buyer.example; dkim=pass header.d=boxco.example; spf=pass"
    await reply(loop, offer, **{"Authentication-Results": verdict})
    (counter,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert counter.recipients == (SUPPLIER.email,)


async def test_domain_match_accepts_a_colleague_only_when_configured(loop: Loop) -> None:
    offer = await opened(loop)
    colleague = "anna@boxco.example"
    raw = reply_to(offer, COUNTER, sender=colleague, sender_name="Anna", now=loop.clock())
    loop.bot.processor.trust = TrustConfig(match_domain=True)
    await loop.mail.append(BOT_USER, raw)
    await step(loop)
    (counter,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert counter.recipients == (SUPPLIER.email,)

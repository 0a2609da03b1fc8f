"""Automatic replies never reach the buyer one by one and never hold a negotiation up,
over real servers: each is recorded, and the buyer hears once per negotiation that the
supplier's mailbox answers automatically."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

from loop_fixtures import BOT_USER, SUPPLIER, Loop, negotiation, opened, step
from sqlmodel import Session, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import AuditEvent, Negotiation, NegotiationState
from mailbot.shell.templates.context import SupplierInfo

SUPPLIERS = [
    SupplierInfo(name=f"Supplier {i}", email=f"sales{i}@supplier{i}.example",
                 item=f"Item {i}", unit_price=5.0 + i, currency="EUR", annual_volume=10_000)
    for i in range(10)
]


def threaded(offer: bytes, supplier: SupplierInfo, body: str, subject: str | None = None,
             **headers: str) -> bytes:
    """An automatic answer to ``offer`` that keeps the thread, as mail servers write them."""
    raw = reply_to(offer, body, sender=supplier.email, sender_name=supplier.name,
                   now=datetime.now(UTC), headers=headers)
    if subject is None:
        return raw
    message = message_from_bytes(raw, policy=email_policy.default)
    message.replace_header("Subject", subject)
    return message.as_bytes()


def ticket(supplier: SupplierInfo, number: int, to: str) -> bytes:
    """A help desk's acknowledgement: another address, a new thread, no RFC 3834 header."""
    message = EmailMessage()
    domain = supplier.email.rpartition("@")[2]
    message["From"] = f"Customer Service <support@{domain}>"
    message["To"] = to
    message["Subject"] = f"[Ticket #{number}] We received your request"
    message["Message-ID"] = f"<ticket-{number}@{domain}>"
    message.set_content(f"Your request has been received and a ticket number ({number}) "
                        "has been assigned. Please do not reply to this email.")
    return message.as_bytes()


def flood_for(offer: bytes, supplier: SupplierInfo, bot_address: str, index: int) -> list[bytes]:
    """Six automatic replies to one offer, in the shapes the common rules recognise."""
    return [
        threaded(offer, supplier, "I am out of the office until Monday.",
                 **{"Auto-Submitted": "auto-replied"}),
        threaded(offer, supplier, "Thank you for your email. I will reply when I am back.",
                 subject="Automatic reply: your offer"),
        threaded(offer, supplier, "Ich bin bis 14.07. nicht im Büro.",
                 subject="Abwesenheitsnotiz: Ihr Angebot"),
        threaded(offer, supplier, "Je suis absent du bureau jusqu'au 3 mars.",
                 subject="Réponse automatique : votre offre"),
        threaded(offer, supplier, "This mailbox is not monitored.", **{"X-Autoreply": "yes"}),
        ticket(supplier, 4000 + index, bot_address),
    ]


def buyer_mail_per_negotiation(loop: Loop) -> Counter[str]:
    """Emails to the buyer, counted by the negotiation reference in their subject."""
    refs: Counter[str] = Counter()
    for d in loop.mail.delivered:
        if d.recipients == (loop.company.buyer_address,):
            subject = d.raw.split(b"Subject: ", 1)[1].split(b"\n", 1)[0]
            refs[subject.rpartition(b"[ref ")[2].decode()] += 1
    return refs


async def test_a_flood_of_auto_replies_reaches_the_buyer_once_per_negotiation(
    loop: Loop,
) -> None:
    for supplier in SUPPLIERS:
        await loop.mail.add_user(supplier.email.partition("@")[0], "pw")
    loop.start(SUPPLIERS)
    await step(loop)
    offers = await loop.mail.wait_for_deliveries(len(SUPPLIERS))
    by_supplier = {d.recipients[0]: d.raw for d in offers}
    flood = [raw for i, s in enumerate(SUPPLIERS)
             for raw in flood_for(by_supplier[s.email], s, loop.company.bot_address, i)]
    assert len(flood) == 60
    await loop.mail.append_many(BOT_USER, flood)
    await step(loop)
    await step(loop)
    per_negotiation = buyer_mail_per_negotiation(loop)
    assert len(per_negotiation) <= len(SUPPLIERS)
    assert max(per_negotiation.values()) == 1, "at most one buyer email per negotiation"
    with Session(loop.bot.db) as session:
        states = [n.state for n in session.exec(select(Negotiation))]
        forwards = session.exec(select(AuditEvent).where(AuditEvent.kind == "forward")).all()
        notes = session.exec(select(AuditEvent).where(AuditEvent.kind == "note",
                                                      AuditEvent.reason == "auto_reply")).all()
    assert states == [NegotiationState.OPEN] * len(SUPPLIERS), "none waits for the buyer"
    assert forwards == [], "nothing forwarded one by one, not even the help desk's"
    assert len(notes) == 60, "every automatic reply is recorded"
    to_suppliers = [d for d in loop.mail.delivered if d.recipients != (loop.company.buyer_address,)]
    assert len(to_suppliers) == len(SUPPLIERS), "none is answered"


async def test_auto_replies_after_the_negotiation_closed_are_only_recorded(loop: Loop) -> None:
    offer = await opened(loop)
    with Session(loop.bot.db) as session:
        n = session.exec(select(Negotiation)).one()
        n.state, n.state_reason = NegotiationState.ENDED, "taken_over"
        session.add(n)
        session.commit()
    unthreaded = EmailMessage()
    unthreaded["From"] = f"{SUPPLIER.name} <{SUPPLIER.email}>"
    unthreaded["To"] = loop.company.bot_address
    unthreaded["Subject"] = "Out of Office: back on the 12th"
    unthreaded["Message-ID"] = "<ooo-late@boxco.example>"
    unthreaded.set_content("I am out of the office until the 12th.")
    await loop.mail.append_many(BOT_USER, [
        threaded(offer, SUPPLIER, "I am out of the office.", **{"Auto-Submitted": "auto-replied"}),
        unthreaded.as_bytes(),
        ticket(SUPPLIER, 77, loop.company.bot_address),
    ])
    await step(loop)
    assert len(loop.mail.delivered) == 1, "the offer only: nothing forwarded, nothing answered"
    assert negotiation(loop).state == NegotiationState.ENDED


# Wordings beyond the common phrases, without RFC 3834 headers or an auto-reply subject:
# the reader recognises them by their wording (mailbot/core/reading/automatic.py).
WIDER_WORDINGS = [
    "Thanks for your note. I'm away for two weeks and will answer when I'm back.",
    "I am currently on parental leave. For urgent matters please contact my colleague.",
    "Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. Mai nicht erreichbar.",
    "Merci pour votre message. Je serai absente pendant deux semaines.",
    "Vielen Dank für Ihre Anfrage. Sie wurde unter der Vorgangsnummer 20931 erfasst.",
    "Votre demande a bien été enregistrée sous le numéro 5521. Nous revenons vers vous.",
]


async def test_auto_replies_worded_beyond_the_common_phrases_reach_the_buyer_once(
    loop: Loop,
) -> None:
    offer = await opened(loop)
    await loop.mail.append_many(BOT_USER, [threaded(offer, SUPPLIER, text)
                                           for text in WIDER_WORDINGS])
    await step(loop)
    assert negotiation(loop).state == NegotiationState.OPEN
    buyer = [d for d in loop.mail.delivered if d.recipients == (loop.company.buyer_address,)]
    assert len(buyer) <= 1

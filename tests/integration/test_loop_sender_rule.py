"""One sender rule for every inbound path, over real servers: the sender is the From
field's addr-spec, a display name holding another address is a forgery sign, and required
authentication counts only our server's pass aligned with the From domain."""

from __future__ import annotations

import re

import pytest
from loop_fixtures import BOT_USER, SUPPLIER, Loop, escalated, negotiation, opened, step
from sqlmodel import Session, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.config import TrustConfig
from mailbot.shell.store.models import Message, NegotiationState

ACCEPT = "We accept your proposal."
OUR_SERVER = "mx.buyer.example"


def with_from(raw: bytes, from_field: str) -> bytes:
    """``raw`` with its From field replaced by ``from_field`` exactly as written."""
    return re.sub(rb"(?m)^From: .*\r?\n", b"From: " + from_field.encode() + b"\r\n", raw,
                  count=1)


def inbound_senders(loop: Loop) -> list[str]:
    with Session(loop.bot.db) as session:
        rows = session.exec(select(Message).where(Message.direction == "in")
                            .order_by(Message.id)).all()
    return [m.sender for m in rows]


async def send_as(loop: Loop, offer: bytes, from_field: str, body: str = ACCEPT,
                  **headers: str) -> None:
    raw = reply_to(offer, body, sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                   now=loop.clock(), headers=headers)
    await loop.mail.append(BOT_USER, with_from(raw, from_field))
    await step(loop)


@pytest.mark.parametrize(
    "from_field",
    [
        f"{SUPPLIER.email} <boxco.sales@gmail.example>",  # unquoted, as mail clients show it
        "=?utf-8?q?sales=40boxco=2Eexample?= <someone@gmail.example>",  # the same, encoded
        f'"{SUPPLIER.email}" <someone@gmail.example>',  # quoted
    ],
    ids=["plain", "encoded-word", "quoted"],
)
async def test_a_display_name_holding_the_suppliers_address_never_closes(
    loop: Loop, from_field: str
) -> None:
    offer = await opened(loop)
    await send_as(loop, offer, from_field)
    (escalation,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert escalation.recipients == (loop.company.buyer_address,)
    n = negotiation(loop)
    assert (n.state, n.state_reason) == (NegotiationState.WAITING_BUYER, "suspicious_sender")
    assert n.agreed_terms is None
    assert SUPPLIER.email not in inbound_senders(loop), "the sender is the addr-spec only"


async def test_another_address_in_the_suppliers_own_display_name_is_suspicious(
    loop: Loop,
) -> None:
    offer = await opened(loop)
    await send_as(loop, offer, f'"billing@elsewhere.example" <{SUPPLIER.email}>')
    await loop.mail.wait_for_deliveries(2)
    assert negotiation(loop).state_reason == "suspicious_sender"
    assert negotiation(loop).agreed_terms is None


async def test_the_suppliers_address_as_its_own_display_name_is_fine(loop: Loop) -> None:
    offer = await opened(loop)
    await send_as(loop, offer, f"{SUPPLIER.email} <{SUPPLIER.email}>",
                  "We can offer a 2% reduction and Net 45.")
    (counter,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert counter.recipients == (SUPPLIER.email,)


def require_authentication(loop: Loop) -> None:
    loop.bot.processor.trust = TrustConfig(require_authentication=True, authserv_id=OUR_SERVER)


async def test_a_pass_for_another_domain_does_not_authenticate_the_supplier(
    loop: Loop,
) -> None:
    require_authentication(loop)
    offer = await opened(loop)
    verdict = (f"{OUR_SERVER}; dkim=pass header.d=gmail.example; "
               "spf=pass smtp.mailfrom=someone@gmail.example; dmarc=pass header.from=gmail.example")
    await send_as(loop, offer, f"{SUPPLIER.name} <{SUPPLIER.email}>",
                  **{"Authentication-Results": verdict})
    await loop.mail.wait_for_deliveries(2)
    assert negotiation(loop).state_reason == "unauthenticated"
    assert negotiation(loop).agreed_terms is None


async def test_a_pass_for_the_suppliers_organisational_domain_authenticates(
    loop: Loop,
) -> None:
    require_authentication(loop)
    offer = await opened(loop)
    verdict = f"{OUR_SERVER} 1; dkim=pass (good signature) header.d=mail.boxco.example"
    await send_as(loop, offer, f"{SUPPLIER.name} <{SUPPLIER.email}>",
                  "We can offer a 2% reduction and Net 45.",
                  **{"Authentication-Results": verdict})
    (counter,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert counter.recipients == (SUPPLIER.email,)


def test_authentication_cannot_be_required_without_our_servers_id() -> None:
    with pytest.raises(ValueError, match="authserv_id"):
        TrustConfig(require_authentication=True)


@pytest.mark.parametrize(
    "from_field",
    [
        "alex@buyer.example <alex.buyer@gmail.example>",
        "=?utf-8?b?YWxleEBidXllci5leGFtcGxl?= <alex.buyer@gmail.example>",
    ],
    ids=["plain", "encoded-word"],
)
async def test_a_buyer_command_with_a_forged_display_name_is_refused(
    loop: Loop, from_field: str
) -> None:
    escalation = await escalated(loop)
    raw = reply_to(escalation, "APPROVE", sender=loop.company.buyer_address,
                   sender_name=loop.company.buyer_name, now=loop.clock())
    await loop.mail.append(BOT_USER, with_from(raw, from_field))
    before = len(loop.mail.delivered)
    await step(loop)
    (notice,) = (await loop.mail.wait_for_deliveries(before + 1))[before:]
    assert notice.recipients == (loop.company.buyer_address,)
    assert b"looks forged" in notice.raw.replace(b"=\r\n", b"").replace(b"=\n", b"")
    n = negotiation(loop)
    assert (n.state, n.agreed_terms) == (NegotiationState.WAITING_BUYER, None)


async def test_a_buyer_command_must_pass_authentication_when_required(loop: Loop) -> None:
    escalation = await escalated(loop)
    require_authentication(loop)

    async def approve(**headers: str) -> None:
        raw = reply_to(escalation, "APPROVE", sender=loop.company.buyer_address,
                       sender_name=loop.company.buyer_name, now=loop.clock(), headers=headers)
        await loop.mail.append(BOT_USER, raw)
        await step(loop)

    await approve()  # no Authentication-Results from our server
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    aligned = f"{OUR_SERVER}; dmarc=pass header.from=buyer.example"
    await approve(**{"Authentication-Results": aligned})
    assert negotiation(loop).state == NegotiationState.AGREED

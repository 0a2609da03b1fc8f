"""How a simulated supplier writes: a plain reply to the bot's email, as a mail client would.

The reply goes to the bot's Reply-To, keeps the thread (In-Reply-To, References, "Re:"),
and quotes the bot's text below the supplier's own, "On ... wrote:" style.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from mailbot.core.engine import SupplierMove
from mailbot.core.terms import Intent, Terms


def move_text(move: SupplierMove) -> str:
    """The supplier's answer in plain business English."""
    if move.intent is Intent.ACCEPT:
        stated = _clauses(move.terms)
        return f"We accept {stated}." if stated else "We accept your proposal."
    if move.intent is Intent.REJECT:
        return "Thank you, but we cannot accept these terms and will not be able to continue."
    stated = _clauses(move.terms)
    if move.price_increase:
        return (
            f"Due to rising material costs we need {stated}."
            if stated
            else ("Due to rising material costs we need to raise our prices.")
        )
    return f"We can offer {stated}." if stated else "We would like to discuss this by phone."


def ranged_text(move: SupplierMove) -> str | None:
    """A counter whose price is given as a range ("between 1.5% and 3% off"), as people
    write before they commit; None when the move names no price reduction."""
    pct = move.terms.price_change_pct
    if move.intent is not Intent.COUNTER or pct is None or pct >= 0:
        return None
    low, high = round(abs(pct) / 2, 1), abs(pct)
    rest = _clauses(replace(move.terms, price_change_pct=None))
    return (f"We could do somewhere between {low:g}% and {high:g}% off the unit price"
            + (f", with {rest}." if rest else "."))


def _clauses(terms: Terms) -> str:
    parts: list[str] = []
    if terms.price_change_pct is not None:
        pct = terms.price_change_pct
        size = f"{abs(pct):g}%"
        parts.append(
            f"a {size} price increase" if pct > 0 else f"a {size} reduction on the unit price"
        )
    if terms.payment_days is not None:
        parts.append(f"payment at Net {terms.payment_days}")
    if terms.contract_months is not None:
        parts.append(f"a {terms.contract_months}-month contract")
    if terms.volume_units is not None:
        parts.append(f"a committed volume of {terms.volume_units:,} units")
    if terms.rebate_pct is not None:
        parts.append(f"a {terms.rebate_pct:g}% rebate")
    return (
        parts[0]
        if len(parts) == 1
        else ", ".join(parts[:-1]) + " and " + parts[-1]
        if parts
        else ""
    )


def reply_to(
    original: bytes,
    body: str,
    *,
    sender: str,
    sender_name: str,
    now: datetime,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A reply to ``original`` (raw bytes of the bot's email) with ``body`` above the quote."""
    bot = message_from_bytes(original, policy=policy.default)
    reply = EmailMessage()
    reply["From"] = f"{sender_name} <{sender}>"
    reply["To"] = str(bot.get("Reply-To") or bot.get("From"))
    subject = str(bot.get("Subject", ""))
    reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    reply["Date"] = format_datetime(now)
    reply["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    original_id = str(bot.get("Message-ID", ""))
    references = str(bot.get("References", "")).split()
    reply["In-Reply-To"] = original_id
    reply["References"] = " ".join([*references, original_id]).strip()
    for name, value in (headers or {}).items():
        reply[name] = value
    reply.set_content(f"{body}\n\n{_quoted(bot)}")
    return reply.as_bytes()


def _quoted(bot: EmailMessage) -> str:
    part = bot.get_body(preferencelist=("plain",))
    text = part.get_content() if part is not None else ""
    name, address = parseaddr(str(bot.get("From", "")))
    when = str(bot.get("Date", ""))
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    return f"On {when}, {name or address} <{address}> wrote:\n{quoted}\n"

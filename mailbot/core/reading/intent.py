"""Decide the intent of a reply: one ordered table of (signal, intent, confidence) rows.

The first row whose predicate holds wins. The order is the policy: mail-system and
automatic messages first (whatever their text says), then the filled-in form, then
everything that needs a human (alternatives, tentative or pending wording) before any
terms are trusted, then a pick of one of the lettered packages the bot offered, and an
acceptance only when nothing else speaks against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mailbot.core.terms import Intent


@dataclass(frozen=True)
class Signals:
    """What the reader observed in one message; every field is a plain fact."""

    bounce: bool = False
    automatic: bool = False  # RFC 3834 headers, read receipts, auto-reply subjects
    bulk: bool = False  # newsletters and list mail: not a reply to the offer
    notice_text: bool = False  # worded as an automatic notice (absence, closure, ticket)
    weakly_automatic: bool = False  # a ticket subject or a no-reply sender
    form_found: bool = False
    form_unchanged: bool = False
    empty: bool = False
    forwarded: bool = False  # a forward or an internal note, not an answer to the buyer
    alternatives: bool = False
    picks: bool = False  # names one of the lettered packages offered (MESO)
    pick_changed: bool = False  # ... and states terms that differ from that package
    pick_ambiguous: bool = False  # names more than one, or one that was not offered
    tentative: bool = False
    has_terms: bool = False
    same_as_offer: bool = False  # every stated term equals the buyer's last offer
    accepts: bool = False  # an acceptance said outright (not inline under one line)
    inline_ack_only: bool = False  # "OK"/"Fine" only as inline answers to quoted lines
    rejects: bool = False
    asks: bool = False  # a question about the offer, or a call request
    holding: bool = False  # "forwarded to my director", "will get back to you"
    attachment: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    holds: Callable[[Signals], bool]
    intent: Intent
    confidence: float


def _answers(s: Signals) -> bool:
    """The message answers the offer: whatever else it looks like, a person wrote it."""
    return s.has_terms or s.form_found or s.accepts or s.picks


RULES: tuple[Rule, ...] = (
    Rule("delivery report", lambda s: s.bounce, Intent.BOUNCE, 0.97),
    Rule("automatic headers", lambda s: s.automatic, Intent.AUTO_REPLY, 0.95),
    Rule("automatic notice", lambda s: s.notice_text and not _answers(s), Intent.AUTO_REPLY,
         0.85),
    Rule("bulk mail", lambda s: s.bulk, Intent.OTHER, 0.9),
    Rule("automatic sender, no answer", lambda s: s.weakly_automatic and not _answers(s),
         Intent.AUTO_REPLY, 0.7),
    Rule("form changed", lambda s: s.form_found and not s.form_unchanged, Intent.COUNTER, 0.95),
    Rule("form unchanged", lambda s: s.form_unchanged and not (s.rejects or s.asks),
         Intent.ACCEPT, 0.93),
    Rule("nothing new", lambda s: s.empty, Intent.OTHER, 0.5),
    Rule("forward", lambda s: s.forwarded, Intent.OTHER, 0.7),
    Rule("ambiguous pick", lambda s: s.pick_ambiguous, Intent.OTHER, 0.8),
    Rule("alternatives", lambda s: s.alternatives, Intent.OTHER, 0.8),
    Rule("tentative", lambda s: s.tentative, Intent.OTHER, 0.75),
    Rule("picks and changes", lambda s: s.picks and s.pick_changed, Intent.COUNTER, 0.85),
    Rule("picks a package", lambda s: s.picks and not (s.rejects or s.asks or s.holding),
         Intent.ACCEPT, 0.9),
    Rule("restates the offer", lambda s: s.has_terms and s.same_as_offer and s.accepts,
         Intent.ACCEPT, 0.9),
    Rule("states terms", lambda s: s.has_terms, Intent.COUNTER, 0.85),
    Rule("accepts", lambda s: s.accepts and not (s.rejects or s.asks or s.holding),
         Intent.ACCEPT, 0.85),
    Rule("asks", lambda s: s.asks, Intent.OTHER, 0.8),
    Rule("holding reply", lambda s: s.holding, Intent.OTHER, 0.75),
    Rule("only in attachment", lambda s: s.attachment, Intent.OTHER, 0.7),
    Rule("declines", lambda s: s.rejects, Intent.REJECT, 0.85),
    Rule("inline acknowledgements", lambda s: s.inline_ack_only, Intent.OTHER, 0.5),
)
FALLBACK = Rule("unclear", lambda s: True, Intent.OTHER, 0.4)


def decide(signals: Signals) -> Rule:
    """The first rule that holds."""
    return next((rule for rule in RULES if rule.holds(signals)), FALLBACK)

"""Words for people in place of the store's codes: "waiting for buyer", not "waiting_buyer".

Tables and pages show these; ``--json`` and the CSV keep the codes, which scripts match on.
A code without a label here reads with its underscores as spaces, so a new reason still
shows up legibly before anyone words it.
"""

from __future__ import annotations

STATES: dict[str, str] = {
    "open": "open",
    "waiting_buyer": "waiting for buyer",
    "agreed": "agreed",
    "ended": "ended",
}

REASONS: dict[str, str] = {
    # the engine's decision table
    "opening": "opening offer",
    "counter": "counter-offer",
    "bounce": "email bounced",
    "auto_reply_ignored": "automatic reply",
    "low_confidence": "reply unclear to the reader",
    "price_increase": "price increase asked",
    "supplier_rejected": "supplier rejected",
    "unclear_reply": "neither counter nor acceptance",
    "currency_mismatch": "other currency quoted",
    "outside_policy": "outside the policy",
    "deal_value_unknown": "deal value unknown",
    "above_auto_close_limit": "above the auto-close limit",
    "accept_within_policy": "accepted within policy",
    "accept_closing_rule": "accepted by the closing rule",
    "accept_alternative": "accepted one of our packages",
    "accept_last_offer": "accepted after our last offer",
    "accept_expected_value": "accepted: worth more than going on",
    "clarify": "asked the supplier to clarify",
    "max_rounds": "maximum offers reached",
    "best_and_final": "best and final offer",
    "stalled": "supplier stalled",
    "reminder_due": "reminder",
    "silent_supplier": "silent supplier",
    # triage and the shell
    "auto_reply": "automatic reply",
    "delivery_delayed": "delivery delayed",
    "buyer_mail_bounced": "email to the buyer bounced",
    "unmatched": "not tied to a negotiation",
    "negotiation_not_open": "negotiation no longer open",
    "acceptance_disputed": "supplier disputes the agreed terms",
    "accepts_superseded_offer": "accepts an earlier offer of ours",
    "suspicious_sender": "sender not the supplier",
    "unverified_thread": "reply not tied to our thread",
    "unauthenticated": "failed DKIM/SPF/DMARC",
    "send_failed": "email could not be sent",
    "send_cap_reached": "daily email cap reached",
    "quarantined": "quarantined",
    # the buyer's commands
    "buyer_approved": "approved by the buyer",
    "buyer_counter": "buyer's counter-offer",
    "counter_override": "buyer's counter outside the policy (override)",
    "buyer_declined": "declined by the buyer",
    "draft_declined": "draft withheld by the buyer",
    "taken_over": "taken over by the buyer",
    "shadow_mode": "draft for approval",
}

# Each outgoing email's state, as ``mailbot show`` and the console's thread page say it.
OUTBOX: dict[str, str] = {
    "queued": "queued",
    "sent": "sent",
    "deferred": "deferred",
    "failed": "failed",
    "draft": "draft (waits for approval)",
    "discarded": "discarded",
}


def _fallback(code: str) -> str:
    return code.replace("_", " ")


def state_label(code: str) -> str:
    return STATES.get(code, _fallback(code))


def reason_label(code: str | None) -> str:
    return REASONS.get(code, _fallback(code)) if code else ""


def outbox_label(code: str) -> str:
    return OUTBOX.get(code, _fallback(code))


class Labelled:
    """A row's state and reason in words, for dataclasses holding the codes."""

    __slots__ = ()
    state: str
    reason: str | None

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)

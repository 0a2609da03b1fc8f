"""What to do when the supplier has not replied: remind, then escalate.

``days_waiting`` counts from the bot's last offer, not from the last reminder, so the
schedule is fixed by the policy: reminder k is due after k x ``reminder_after_days``,
and once every reminder is sent the supplier is escalated after ``escalate_after_days``.
"""

from __future__ import annotations

from mailbot.core.engine.types import Action, Decision, History
from mailbot.core.engine.wording import duration
from mailbot.core.policy import Policy


def on_silence(policy: Policy, history: History, days_waiting: float) -> Decision | None:
    """REMIND or ESCALATE when one is due, otherwise None (keep waiting)."""
    pacing = policy.pacing
    sent = history.reminders_sent
    offers = history.buyer_offers
    if sent < pacing.reminders:
        if days_waiting < (sent + 1) * pacing.reminder_after_days:
            return None
        return Decision(
            Action.REMIND,
            "reminder_due",
            f"No reply after {duration(days_waiting)}; reminder {sent + 1} of {pacing.reminders}.",
            offers[-1] if offers else None,
            alternatives=history.last_alternatives,
        )
    if days_waiting < pacing.escalate_after_days:
        return None
    return Decision(
        Action.ESCALATE,
        "silent_supplier",
        f"No reply after {duration(days_waiting)} and {sent} reminders; a human should follow up.",
    )


def next_silence_check(policy: Policy, reminders_sent: int) -> float:
    """Days after the last offer at which ``on_silence`` next has something to do, so the
    shell can look only at negotiations that are due instead of all that wait."""
    pacing = policy.pacing
    if reminders_sent < pacing.reminders:
        return (reminders_sent + 1) * pacing.reminder_after_days
    return pacing.escalate_after_days

"""Silent suppliers: remind after the policy's days, then escalate. Time comes in as ``now``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine

from mailbot.core.engine import on_silence
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import SECONDS_PER_DAY, Dossier
from mailbot.shell.store import repository
from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import Negotiation, NegotiationState


def check_silence(db: Engine, actions: Actions, now: datetime) -> int:
    """Apply the engine's silence rule to every waiting negotiation; returns how many acted."""
    with transaction(db) as session:
        waiting = [n.id for n in repository.silence_due(session, now)]
    acted = 0
    for negotiation_id in waiting:
        with transaction(db) as session:
            negotiation = session.get(Negotiation, negotiation_id)
            if negotiation is None or negotiation.state != NegotiationState.OPEN:
                continue
            if negotiation.waiting_since is None:
                continue
            dossier = Dossier.load(session, negotiation)
            days = (now - negotiation.waiting_since).total_seconds() / SECONDS_PER_DAY
            decision = on_silence(dossier.policy, dossier.history(now), days)
            if decision is not None:
                actions.apply(session, dossier, decision, now)
                acted += 1
    return acted

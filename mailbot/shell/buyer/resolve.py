"""A buyer's command given outside email (``mailbot resolve``, the web console): the same
parser, the same desk and the same confirmation email as a reply would get, in one
transaction, with the acting person recorded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine

from mailbot.core.buyer_commands import CommandError, parse_command
from mailbot.shell.buyer.desk import BuyerDesk, Outcome
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import Negotiation


class NoSuchNegotiation(LookupError):
    """The negotiation named does not exist."""

    def __init__(self, negotiation_id: int) -> None:
        super().__init__(f"no negotiation {negotiation_id}; `mailbot status` lists them")


def resolve(
    db: Engine, actions: Actions, negotiation_id: int, command: str, now: datetime, *, by: str
) -> Outcome:
    """Carry out ``command`` ("APPROVE", "COUNTER 4% net 50", ...) and queue the buyer's
    confirmation; CommandError (nothing changed) when it does not apply."""
    parsed = parse_command(command)
    with transaction(db) as session:
        negotiation = session.get(Negotiation, negotiation_id, with_for_update=True)
        if negotiation is None:
            raise NoSuchNegotiation(negotiation_id)
        desk, dossier = BuyerDesk(actions), Dossier.load(session, negotiation)
        outcome = desk.apply(session, dossier, parsed, now, by=by)
        desk.confirm(session, dossier, outcome, now)
    return outcome


__all__ = ["CommandError", "NoSuchNegotiation", "Outcome", "resolve"]

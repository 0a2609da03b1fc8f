"""The context the loop would pass a template for one stored negotiation, so an edit can
be previewed with real data (``mailbot templates preview -n``, the console's editor)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from mailbot.core.engine import Action, Decision
from mailbot.core.reading import read_reply
from mailbot.core.terms import Terms
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.store import repository
from mailbot.shell.store.models import Escalation, Message, Negotiation
from mailbot.shell.templates import TemplateNameError
from mailbot.shell.templates import context as tc


@dataclass(frozen=True, slots=True)
class RealContext:
    language: str
    template_set: str
    context: tc.Context


def real_context(
    session: Session, negotiation_id: int, name: str, language: str | None, buyer: tc.BuyerInfo
) -> RealContext:
    """LookupError for an unknown negotiation, TemplateNameError for an unknown template."""
    row = session.get(Negotiation, negotiation_id)
    if row is None:
        raise LookupError(f"no negotiation {negotiation_id}; `mailbot status` lists them")
    builder = BUILDERS.get(name)
    if builder is None:
        raise TemplateNameError(f"unknown template {name!r}; known: {sorted(BUILDERS)}")
    dossier = Dossier.load(session, row)
    chosen = language or row.language
    context = builder(_Facts(session, dossier, buyer, chosen))
    return RealContext(chosen, dossier.policy.templates, context)


class _Facts:
    """What the loop would pass a template for this negotiation, read on demand."""

    def __init__(
        self, session: Session, dossier: Dossier, buyer: tc.BuyerInfo, language: str
    ) -> None:
        self.session, self.dossier, self.buyer, self.language = session, dossier, buyer, language

    @property
    def parties(self) -> tuple[tc.SupplierInfo, tc.BuyerInfo, tc.NegotiationInfo]:
        return self.dossier.supplier_info, self.buyer, self.dossier.negotiation_info()

    def offer(self, *, conditional: bool) -> tc.Context:
        return tc.offer_context(
            *self.parties,
            offer=self.dossier.last_buyer_offer or Terms(),
            levers_in_play=self.dossier.policy.levers,
            conditional=self._conditional() if conditional else None,
            language=self.language,
        )

    def agreed(self) -> Terms:
        stored = self.dossier.negotiation.agreed_terms
        return Terms.from_json(stored) if stored else self.dossier.last_buyer_offer or Terms()

    def escalation(self) -> tc.Context:
        n = self.dossier.negotiation
        latest = self.session.exec(
            select(Escalation)
            .where(Escalation.negotiation_id == n.id)
            .order_by(col(Escalation.id).desc())
        ).first()
        return tc.escalation_context(
            *self.parties,
            reason_code=latest.reason if latest else n.state_reason or "none",
            explanation=latest.explanation if latest else "(not escalated)",
            latest_reply=self._reply_text(latest.message_id if latest else None),
            history=self.dossier.history_items(),
            bounds=self.dossier.bounds(),
        )

    def buyer_notice(self) -> tc.Context:
        return tc.buyer_notice_context(
            *self.parties,
            title="Preview",
            lines=["A notice to the buyer about this negotiation."],
        )

    def _reply_text(self, message_id: int | None) -> str:
        """The supplier's new text in the escalated email, read again from its raw bytes."""
        message = self.session.get(Message, message_id) if message_id is not None else None
        return read_reply(message.raw).new_text if message is not None else ""

    def _conditional(self) -> str | None:
        """The trade-off of the latest offer decision, worded in the preview's language."""
        n = self.dossier.negotiation
        assert n.id is not None
        decisions = [
            Decision.from_json(event.payload)
            for event in repository.events(self.session, n.id, ["decision"])
        ]
        offers = [d for d in decisions if d.action is Action.OFFER]
        if not offers or offers[-1].conditional is None:
            return None
        return tc.conditional_text(
            offers[-1].conditional,
            baseline_unit_price=n.baseline_unit_price,
            currency=n.currency,
            language=self.language,
        )


def _confirmation(f: _Facts) -> tc.Context:
    return tc.confirmation_context(*f.parties, agreed=f.agreed(), language=f.language)


def _deal_summary(f: _Facts) -> tc.Context:
    history = f.dossier.history_items()
    return tc.deal_summary_context(*f.parties, agreed=f.agreed(), history=history)


BUILDERS: dict[str, Callable[[_Facts], tc.Context]] = {
    "opening_offer": lambda f: f.offer(conditional=False),
    "counter_offer": lambda f: f.offer(conditional=True),
    "reminder": lambda f: f.offer(conditional=False),
    "reply_form": lambda f: f.offer(conditional=False),
    "confirmation": _confirmation,
    "deal_summary": _deal_summary,
    "escalation": lambda f: f.escalation(),
    "buyer_notice": lambda f: f.buyer_notice(),
}

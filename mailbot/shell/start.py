"""Opening negotiations from a policy and a suppliers file: idempotent, with a dry run.

Each supplier row is opened in its own transaction (negotiation, opening decision and the
queued opening offer together). A row whose negotiation already exists is skipped, so
running ``mailbot start`` twice opens nothing twice. A dry run does the same work and rolls
it back, so what it shows is exactly what would be sent.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot.core.engine import open_negotiation
from mailbot.core.policy import Policy, policy_hash
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, Negotiation
from mailbot.shell.templates.context import SupplierInfo


@dataclass
class StartReport:
    opened: list[str] = field(default_factory=list)
    already_open: list[str] = field(default_factory=list)
    previews: list[Message] = field(default_factory=list)  # dry run: what would be sent


def start_key(policy: Policy, supplier: SupplierInfo) -> str:
    text = "\x1f".join((policy.name, supplier.email.lower(), supplier.item.strip().lower()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def start_negotiations(
    db: Engine,
    actions: Actions,
    policy: Policy,
    policy_text: str,
    suppliers: Iterable[SupplierInfo],
    now: datetime,
    *,
    dry_run: bool = False,
    progress: Callable[[SupplierInfo], None] | None = None,
) -> StartReport:
    report = StartReport()
    for supplier in suppliers:
        with Session(db, expire_on_commit=False) as session:
            opened = _open_one(session, actions, policy, policy_text, supplier, now)
            if opened is None:
                report.already_open.append(supplier.email)
            else:
                report.opened.append(supplier.email)
                if dry_run:  # kept only to be shown: at 10,000 suppliers they add up
                    report.previews.extend(opened)
            if dry_run:
                session.rollback()
            else:
                session.commit()
        if progress:
            progress(supplier)
    return report


def _open_one(
    session: Session,
    actions: Actions,
    policy: Policy,
    policy_text: str,
    supplier: SupplierInfo,
    now: datetime,
) -> tuple[Message, ...] | None:
    key = start_key(policy, supplier)
    if repository.negotiation_by_start_key(session, key) is not None:
        return None
    row = repository.upsert_supplier(
        session, name=supplier.name, email=supplier.email, language=supplier.language
    )
    assert row.id is not None
    negotiation = Negotiation(
        key=secrets.token_hex(8),
        start_key=key,
        supplier_id=row.id,
        item=supplier.item,
        baseline_unit_price=supplier.unit_price,
        currency=supplier.currency,
        annual_volume=supplier.annual_volume,
        language=supplier.language,
        policy_name=policy.name,
        policy_hash=policy_hash(policy_text),
        policy_text=policy_text,
        created_at=now,
        updated_at=now,
    )
    session.add(negotiation)
    session.flush()
    dossier = Dossier.load(session, negotiation)
    decision = open_negotiation(dossier.policy, dossier.deal)
    return actions.apply(session, dossier, decision, now).queued

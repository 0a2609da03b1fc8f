"""The loop's signs of life, kept in the store so that the console (another process) can
show when the inbox was last polled and whether the IDLE connection is listening."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import LoopBeat

POLL, FLUSH, SILENCE, IDLE = "poll", "flush", "silence", "idle"


def beat(db: Engine, name: str, holder: str, now: datetime, detail: str = "") -> None:
    """Record that job ``name`` ran (or, for IDLE, changed state) just now."""
    with transaction(db) as session:
        row = session.get(LoopBeat, name)
        if row is None:
            row = LoopBeat(name=name, holder=holder, at=now, detail=detail)
        row.holder, row.at, row.detail = holder, now, detail[:500]
        session.add(row)


def beats(session: Session) -> Sequence[LoopBeat]:
    return session.exec(select(LoopBeat).order_by(col(LoopBeat.name))).all()

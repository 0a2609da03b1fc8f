"""Leases: a named lock with an expiry in the database, so several bot processes sharing one
database and mailbox never run the same job at once.

Taking a lease is one atomic UPDATE that succeeds only if the lease is free, expired, or
already ours; that works the same on SQLite (whose write lock is taken at BEGIN) and on
PostgreSQL (row lock). A crashed holder's lease expires; one held by a process of this
host that no longer exists is free at once, so a bot restarted after a crash resumes
without waiting out the lease.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import col

from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import Lease

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def new_holder() -> str:
    """Identifies this process in lease rows and logs: host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def acquire(db: Engine, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew ``name`` until ``now + ttl``; False if another live holder has it."""
    with transaction(db) as session:
        dialect = postgresql if db.dialect.name == "postgresql" else sqlite
        session.execute(
            dialect.insert(Lease)
            .values(name=name, holder="", expires_at=EPOCH)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        row = session.get(Lease, name)
        current = row.holder if row is not None else ""
        free = [holder, current] if _dead_here(current) else [holder]
        taken = session.execute(
            update(Lease)
            .where(col(Lease.name) == name)
            .where(or_(col(Lease.holder).in_(free), col(Lease.expires_at) < now))
            .values(holder=holder, expires_at=now + ttl)
        )
        return bool(taken.rowcount == 1)  # type: ignore[attr-defined]


def release(db: Engine, name: str, holder: str) -> None:
    with transaction(db) as session:
        session.execute(
            update(Lease)
            .where(col(Lease.name) == name, col(Lease.holder) == holder)
            .values(holder="", expires_at=EPOCH)
        )


def _dead_here(holder: str) -> bool:
    """Whether ``holder`` names a process of this host that has exited."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, owned by someone else
        return False
    return False

"""The web console's users: a name, a role (buyer or admin) and an Argon2 password hash, in
the store, never in a config file. ``mailbot users`` and the console's Users page (for
admins) manage them; the console signs in through ``authenticate``.

Each change is in the audit log with who made it (``by``: the console user; the user
changed, from the command line). The last admin can be neither removed nor made a buyer,
so the console never locks its admins out.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.shell.store import repository
from mailbot.shell.store.database import reading, transaction
from mailbot.shell.store.models import ConsoleUser
from mailbot.shell.store.models import Role as Role  # the roles, for the faces

MIN_PASSWORD = 10
ROLES = tuple(role.value for role in Role)
_NAME = re.compile(r"[a-z0-9][a-z0-9._@-]{0,63}")
_HASHER = PasswordHash((Argon2Hasher(),))
# Verified against when the user does not exist, so a wrong name takes as long as a
# wrong password and the timing does not tell which names exist.
_DUMMY_HASH = _HASHER.hash("mailbot: no such user")


class AccountError(ValueError):
    """A user cannot be added or changed; the message says why."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: Role
    # Changes with the password, so a session signed for the old one ends with it.
    fingerprint: str

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def role_named(value: str) -> Role:
    """The role a face was given by name ("buyer" or "admin")."""
    try:
        return Role(value)
    except ValueError:
        raise AccountError(f"{value!r} is not a role: use buyer or admin") from None


def add_user(db: Engine, name: str, role: Role, password: str, now: datetime,
             *, by: str | None = None) -> User:
    name = _checked_name(name)
    _check_password(password)
    with transaction(db) as session:
        if _row(session, name) is not None:
            raise AccountError(f"user {name!r} exists; `mailbot users passwd {name}` changes it")
        row = ConsoleUser(
            name=name, role=role.value, password_hash=_HASHER.hash(password), created_at=now
        )
        session.add(row)
        session.flush()
        _audit(session, now, "user_added", f"user {name} added with role {role.value}",
               by or name)
        return _user(row)


def set_password(db: Engine, name: str, password: str, now: datetime,
                 *, by: str | None = None) -> None:
    _check_password(password)
    with transaction(db) as session:
        row = _existing(session, name)
        row.password_hash = _HASHER.hash(password)
        session.add(row)
        _audit(session, now, "password_changed", f"password of {row.name} changed",
               by or row.name)


def set_role(db: Engine, name: str, role: Role, now: datetime, *, by: str | None = None) -> None:
    with transaction(db) as session:
        row = _existing(session, name)
        if row.role == role.value:
            return
        if role is not Role.ADMIN:
            _keep_an_admin(session, row, "made a buyer")
        row.role = role.value
        session.add(row)
        _audit(session, now, "role_changed", f"role of {row.name} set to {role.value}",
               by or row.name)


def remove_user(db: Engine, name: str, now: datetime, *, by: str | None = None) -> None:
    with transaction(db) as session:
        row = _existing(session, name)
        _keep_an_admin(session, row, "removed")
        session.delete(row)
        _audit(session, now, "user_removed", f"user {row.name} removed", by or row.name)


def _keep_an_admin(session: Session, row: ConsoleUser, change: str) -> None:
    if row.role != Role.ADMIN.value:
        return
    admins = session.exec(select(ConsoleUser).where(ConsoleUser.role == Role.ADMIN.value)).all()
    if len(admins) <= 1:
        raise AccountError(f"{row.name} is the only admin and cannot be {change}; "
                           "make another user an admin first")


def _audit(session: Session, now: datetime, reason: str, explanation: str, by: str) -> None:
    repository.record(session, kind="console", now=now, reason=reason, actor=by,
                      explanation=f"{explanation} (by {by})")


@dataclass(frozen=True, slots=True)
class Account:
    """A user as the Users page and ``mailbot users list`` show them (no hash)."""

    name: str
    role: Role
    created_at: datetime
    last_login_at: datetime | None


def list_users(db: Engine) -> Sequence[Account]:
    with reading(db) as session:
        rows = session.exec(select(ConsoleUser).order_by(col(ConsoleUser.name))).all()
        return [Account(r.name, Role(r.role), r.created_at, r.last_login_at) for r in rows]


def authenticate(db: Engine, name: str, password: str, now: datetime) -> User | None:
    """The user, if the password is theirs; None otherwise (in the same time either way)."""
    with reading(db) as session:
        row = _row(session, name.strip().lower())
    if row is None:
        _HASHER.verify(password, _DUMMY_HASH)
        return None
    if not _HASHER.verify(password, row.password_hash):
        return None
    with transaction(db) as session:
        stored = session.get(ConsoleUser, row.id)
        if stored is not None:
            stored.last_login_at = now
            session.add(stored)
    return _user(row)


def user_by_id(db: Engine, user_id: int) -> User | None:
    with reading(db) as session:
        row = session.get(ConsoleUser, user_id)
        return _user(row) if row is not None else None


def _user(row: ConsoleUser) -> User:
    assert row.id is not None
    fingerprint = hashlib.sha256(row.password_hash.encode()).hexdigest()[:16]
    return User(row.id, row.name, Role(row.role), fingerprint)


def _row(session: Session, name: str) -> ConsoleUser | None:
    return session.exec(select(ConsoleUser).where(ConsoleUser.name == name)).first()


def _existing(session: Session, name: str) -> ConsoleUser:
    row = _row(session, name.strip().lower())
    if row is None:
        raise AccountError(f"no user {name!r}; `mailbot users list` shows them")
    return row


def _checked_name(name: str) -> str:
    name = name.strip().lower()
    if not _NAME.fullmatch(name):
        raise AccountError(
            f"{name!r} is not a user name: use lowercase letters, digits and . _ @ - "
            "(up to 64 characters)"
        )
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")


def audit_action(
    db: Engine,
    actor: str,
    reason: str,
    explanation: str,
    now: datetime,
    *,
    negotiation_id: int | None = None,
    payload: dict[str, object] | None = None,
) -> None:
    """Record what a console user did (signed in, saved a template...) in the audit log."""
    with transaction(db) as session:
        repository.record(
            session, kind="console", now=now, reason=reason, explanation=explanation,
            actor=actor, negotiation_id=negotiation_id, payload=dict(payload or {}),
        )  # fmt: skip

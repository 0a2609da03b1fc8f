"""Opening the database: SQLite by default (WAL, busy timeout, immediate locks), or PostgreSQL.

SQLite silently ignores ``SELECT ... FOR UPDATE``; taking the write lock at ``BEGIN``
(``BEGIN IMMEDIATE``) is what makes concurrent bot processes safe on it. Within one
process, writers take that lock in turn (``write_turns``), so none starves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from mailbot.shell.store.write_turns import WriteTurns

_TURNS: WeakKeyDictionary[Engine, WriteTurns] = WeakKeyDictionary()


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says how to fix it."""


def open_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_engine(url: str) -> Engine:
    path = url.removeprefix("sqlite:///")
    if path and path != ":memory:" and not url.startswith("sqlite://?"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the lock up front; readers (see ``reading``) run beside them (WAL).
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    _TURNS[engine] = WriteTurns()
    return engine


READ_ONLY = "mailbot_read_only"


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only unit of work: on SQLite it neither waits for nor blocks the writers."""
    # Closing ends the transaction without expiring what was read (unlike a rollback).
    with Session(engine.execution_options(**{READ_ONLY: True})) as session:
        yield session


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: everything in it commits together or not at all."""
    turns = _TURNS.get(engine)
    with turns.turn() if turns else contextlib.nullcontext(), Session(
        engine, expire_on_commit=False
    ) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise

"""Where the demo keeps its store, so that ``mailbot status/show/report`` can read it afterwards.

The folder (``./mailbot-demo`` unless told otherwise) holds the demo's SQLite database and a
``mailbot.toml`` pointing at it. Each demo run starts afresh: it replaces the previous run's
database and config, and nothing else. A ``mailbot.toml`` it did not write is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported late: ``mailbot --help`` should not load the store's libraries
    from mailbot.shell.config import Settings

DEFAULT_FOLDER = Path("mailbot-demo")
MARK = "# Written by `mailbot demo`: the store of the last demo run. Safe to delete."
_NOTE = (
    "# The mail servers it names ran only during the demo: use this file with\n"
    "# `mailbot status`, `show`, `report` and `templates preview`, not with `mailbot run`."
)


class DemoStoreError(Exception):
    """The folder cannot hold the demo's store; the message says what to choose instead."""


@dataclass(frozen=True)
class DemoStore:
    folder: Path

    @property
    def database_path(self) -> Path:
        return self.folder / "demo.sqlite3"

    @property
    def database_url(self) -> str:
        from mailbot.shell.store.database import sqlite_url

        return sqlite_url(self.database_path)

    @property
    def config_path(self) -> Path:
        return self.folder / "mailbot.toml"


def prepare(folder: Path) -> DemoStore:
    """An empty store in ``folder``: a previous demo run's files go, anything else stays."""
    store = DemoStore(folder.resolve())
    config = store.config_path
    if config.exists() and not config.read_text(encoding="utf-8").startswith(MARK):
        raise DemoStoreError(
            f"{config} was not written by `mailbot demo`, so the demo will not replace it; "
            "choose another folder with --keep DIR"
        )
    store.folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{store.database_path}{suffix}").unlink(missing_ok=True)
    config.unlink(missing_ok=True)
    return store


def keep(store: DemoStore, settings: Settings) -> None:
    """Write the config that reads the demo's store (no secrets: none is needed to read)."""
    from mailbot.shell.config_file import settings_toml

    kept = settings.model_copy(update={"database_url": store.database_url})
    store.config_path.write_text(settings_toml(kept, header=f"{MARK}\n{_NOTE}\n"), "utf-8")

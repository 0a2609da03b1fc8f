"""Saving an edited file (a template, a policy) the way an admin would want it saved:
the previous version is kept under the history folder first, and the new text replaces
the old in one rename, so the loop never reads half a file."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from mailbot.shell.accounts import audit_action


@dataclass(frozen=True, slots=True)
class Saved:
    kept: Path | None  # where the previous version went, if there was one
    sha256: str  # of the new text, as the audit log records it


def save_with_history(
    path: Path, text: str, history: Path, relative: Path, now: datetime
) -> Path | None:
    """Write ``text`` to ``path``; return where the previous version was kept (if any)."""
    kept = None
    if path.is_file():
        kept = history / relative.parent / f"{relative.name}.{now.strftime('%Y%m%dT%H%M%S%fZ')}"
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, kept)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return kept


def save_audited(db: Engine, actor: str, reason: str, what: str, path: Path, text: str,
                 history: Path, relative: Path, now: datetime) -> Saved:
    """Save an admin's edit with its previous version kept, and record in the audit log
    who saved ``what``, the new text's sha256 and where the old one went."""
    kept = save_with_history(path, text, history, relative, now)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    audit_action(
        db, actor, reason,
        f"saved {what}" + (f"; previous version kept as {kept.name}" if kept else ""),
        now, payload={"file": relative.as_posix(), "sha256": sha,
                      "previous": str(kept) if kept else None},
    )  # fmt: skip
    return Saved(kept, sha)


def previous_versions(history: Path, relative: Path) -> list[Path]:
    """Kept versions of one file, newest first."""
    folder = history / relative.parent
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{relative.name}.*"), reverse=True)

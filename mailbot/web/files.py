"""Saving an edited file (a template, a policy) the way an admin would want it saved:
the previous version is kept under the history folder first, and the new text replaces
the old in one rename, so the loop never reads half a file."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path


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


def previous_versions(history: Path, relative: Path) -> list[Path]:
    """Kept versions of one file, newest first."""
    folder = history / relative.parent
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{relative.name}.*"), reverse=True)

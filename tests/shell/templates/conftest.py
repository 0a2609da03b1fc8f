"""A private copy of the shipped templates per test, so tests may edit files freely."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from mailbot.shell.templates import TemplateStore

SHIPPED = Path(__file__).resolve().parents[3] / "templates"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(SHIPPED, copy)
    return copy


@pytest.fixture
def store(root: Path) -> TemplateStore:
    return TemplateStore(root)


Write = Callable[[str, str], Path]


@pytest.fixture
def write(root: Path) -> Write:
    """Writes a file under the template root, creating folders: write("en/x.txt", "...")."""

    def write_file(relative: str, text: str) -> Path:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write_file

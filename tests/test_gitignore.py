"""What the README has a user create in the checkout stays out of git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", ["mailbot.toml", "mailbot-demo/demo.sqlite3",
                                  "mailbot-demo/mailbot.toml", "var/mailbot.sqlite3"])
def test_files_the_readme_creates_are_ignored(path: str) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", "-q", path],
                             check=False)
    assert ignored.returncode == 0, f"{path} is not in .gitignore"


def test_the_example_config_is_not_ignored() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", "-q",
                              "mailbot.example.toml"], check=False)
    assert ignored.returncode == 1

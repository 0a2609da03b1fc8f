"""``mailbot demo`` keeps its store and says how to look into it; the printed commands work."""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

import pytest
from demo_store import KeptDemo
from typer.testing import CliRunner

from mailbot.cli import invocation
from mailbot.cli.app import app
from mailbot.demo.kept_store import MARK, prepare

PRINTED = re.compile(r"^\s+(?P<program>.+?) (?P<args>(?:status|show 1|report) --config \S+)$")


@pytest.fixture
def no_mailbot_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("MAILBOT_"):
            monkeypatch.delenv(name)


def test_the_printed_commands_read_the_kept_store(
    kept_demo: KeptDemo, no_mailbot_environment: None
) -> None:
    assert "Outcome" in kept_demo.output and "Deal closed: Boxco Packaging" in kept_demo.output
    assert f"kept in {kept_demo.folder}/" in kept_demo.output
    printed = [m for line in kept_demo.output.splitlines() if (m := PRINTED.match(line))]
    assert [m["args"].split(" --config")[0] for m in printed] == ["status", "show 1", "report"]
    expected = {
        "status": "Labelworks",
        "show": "Boxco Packaging",
        "report": "Negotiations by state",
    }
    for match in printed:
        args = shlex.split(match["args"])
        assert Path(args[-1]) == kept_demo.config
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert expected[args[0]] in result.output


def test_a_new_run_replaces_only_the_last_runs_files(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "demo.sqlite3").write_bytes(b"last run")
    (folder / "demo.sqlite3-wal").write_bytes(b"last run")
    (folder / "mailbot.toml").write_text(f"{MARK}\ndatabase_url = 'x'\n", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    store = prepare(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert store.database_url == f"sqlite:///{folder.resolve() / 'demo.sqlite3'}"


def test_a_config_the_demo_did_not_write_is_left_alone(tmp_path: Path) -> None:
    own = tmp_path / "mailbot.toml"
    own.write_text('database_url = "postgresql+psycopg://bot@db/mailbot"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["demo", "--keep", str(tmp_path)])
    assert result.exit_code == 2
    assert "was not written by `mailbot demo`" in result.output
    assert own.read_text(encoding="utf-8").startswith("database_url")


def test_hints_name_the_program_as_it_can_be_run_from_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    script = venv / "mailbot"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [".venv/bin/mailbot", "demo"])
    monkeypatch.setenv("PATH", "/nonexistent")
    assert invocation.program() == ".venv/bin/mailbot"  # not activated: the path as typed
    monkeypatch.setenv("PATH", str(venv))
    assert invocation.program() == "mailbot"  # activated: the plain name works
    monkeypatch.setattr(sys, "argv", [str(Path(invocation.__file__).parents[1] / "__main__.py")])
    monkeypatch.setenv("PATH", "/nonexistent")
    assert invocation.program().endswith(" -m mailbot")

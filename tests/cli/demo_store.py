"""One demo run, kept, shared by the tests that read what a demo leaves behind (``kept_demo``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli.app import app


@dataclass(frozen=True)
class KeptDemo:
    output: str  # what `mailbot demo` printed
    folder: Path  # the folder given to --keep

    @property
    def config(self) -> Path:
        return self.folder / "mailbot.toml"


@pytest.fixture(scope="session")
def kept_demo(tmp_path_factory: pytest.TempPathFactory) -> KeptDemo:
    folder = tmp_path_factory.mktemp("kept") / "demo-store"
    result = CliRunner().invoke(app, ["demo", "--no-threads", "--keep", str(folder)])
    assert result.exit_code == 0, result.output
    return KeptDemo(result.output, folder)

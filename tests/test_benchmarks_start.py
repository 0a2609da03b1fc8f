"""Every benchmark script still starts: they are run by hand, not by the suite, so a
module moved elsewhere breaks them silently (tournament.py and clarify.py both did)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py")
                 if 'if __name__ == "__main__":' in p.read_text(encoding="utf-8"))


def test_the_benchmarks_are_found() -> None:
    assert {p.name for p in SCRIPTS} >= {"reader.py", "tournament.py", "clarify.py", "loop.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_benchmark_imports_and_prints_its_usage(script: Path) -> None:
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True,
                          text=True, timeout=120, cwd=BENCHMARKS.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:"), done.stdout

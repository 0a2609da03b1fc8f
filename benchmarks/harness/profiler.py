"""py-spy attached to this process for one phase of the benchmark."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from harness.measure import say


class Profiler:
    def __init__(self, path: Path | None, rate: int) -> None:
        self.path = path
        self.rate = rate
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        if self.path is None:
            return
        py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        fmt = "speedscope" if self.path.suffix == ".json" else (
            "flamegraph" if self.path.suffix == ".svg" else "raw")
        self._process = subprocess.Popen(
            [py_spy, "record", "--pid", str(os.getpid()), "--rate", str(self.rate),
             "--format", fmt, "-o", str(self.path), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        time.sleep(1.0)  # let it attach
        if self._process.poll() is not None:
            err = self._process.stderr.read().decode() if self._process.stderr else ""
            say(f"py-spy did not start: {err.strip()}")
            self._process = None

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        say(f"profile written to {self.path}")

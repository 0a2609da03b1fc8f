"""Clocks, memory and provenance for the benchmark's figures."""

from __future__ import annotations

import contextlib
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HEADER = re.compile(rb"(?im)^(message-id|in-reply-to):[ \t]*(<[^>\r\n]+>)")


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def header_ids(raw: bytes) -> dict[str, str]:
    """Message-ID and In-Reply-To from the header block of ``raw`` (lower-case names)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return {m.group(1).decode().lower(): m.group(2).decode() for m in _HEADER.finditer(head)}


def rss_now_mb() -> float:
    return status_kb("VmRSS") / 1024


class RssSampler:
    """A thread reading VmRSS every 20 ms: the peak of each phase, without clear_refs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def phase(self) -> float:
        """The peak since the last call (and restart the count)."""
        peak, self.peak = max(self.peak, rss_now_mb()), rss_now_mb()
        return peak

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_now_mb())


def status_kb(field_name: str, pid: int | str = "self") -> float:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return float(line.split()[1])
    return 0.0


def git_state() -> str:
    """HEAD, with "+dirty" when the working tree has changes (others edit concurrently)."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "mailbot",
                                "templates"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty.strip() else "")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


"""Top hot spots from a py-spy raw (collapsed stacks) profile, e.g. from loop.py --profile.

    .venv/bin/python benchmarks/profile_top.py PROFILE.txt [--top 15] [--under TEXT]

Prints, as a share of all samples: functions by self time (the frame on top of the stack)
and by inclusive time (anywhere in the stack, counted once per sample). Frames of the
benchmark's own timing wrappers (loop.py) are left out of the listings. ``--under``
keeps only the samples whose stack contains TEXT (e.g. ``Mailbot.poll``).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_LINE = re.compile(r"^(?P<frames>.*) (?P<count>\d+)$")
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^:()]+)(?::\d+)?\)$")


def frame_name(frame: str) -> str:
    """``func (path/to/file.py:123)`` -> ``path/to/file.py:func`` (site-packages trimmed)."""
    match = _FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match["file"]
    for marker in ("site-packages/", "lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{path}:{match['func']}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--under", default=None)
    args = parser.parse_args()
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in args.profile.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        if args.under and args.under not in match["frames"]:
            continue
        count = int(match["count"])
        names = [frame_name(f) for f in match["frames"].split(";")]
        names = [n for n in names if not n.startswith("loop.py:")] or names
        total += count
        own[names[-1]] += count
        for name in set(names):
            inclusive[name] += count
    if not total:
        print("no samples")
        return
    print(f"{total} samples")
    for title, counter in (("self", own), ("inclusive", inclusive)):
        print(f"\ntop {args.top} by {title} time")
        for name, count in counter.most_common(args.top):
            print(f"{100 * count / total:6.1f}%  {name}")


if __name__ == "__main__":
    main()

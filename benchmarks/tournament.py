"""The realistic tournament on the seeds the defaults were tuned on and on two it never saw.

    python benchmarks/tournament.py [--policy FILE] [--suppliers N]

Plays every entrant of ``mailbot simulate --tournament`` (mailbot's default settings and
their variants, and the baselines) on three sets of market suppliers and prints one
Markdown table each, then one JSON line with the figures:

    tuned      standard population, seeds 0..N-1: the seeds the defaults were chosen on
    untuned    standard population, seeds 20000..20000+N-1: never used while tuning
    shifted    the shifted population (shorter deadlines, tighter limits, more noise,
               hard-headed and reciprocal suppliers, utility floors), seeds 5000..
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.shell.files.policies import load_policy  # noqa: E402
from mailbot.simulate.league import Row, best_baseline, entrants, play  # noqa: E402
from mailbot.simulate.market import SHIFTED, STANDARD, PopulationSpec  # noqa: E402

SETS: tuple[tuple[str, PopulationSpec, int], ...] = (
    ("tuned", STANDARD, 0),
    ("untuned", STANDARD, 20000),
    ("shifted", SHIFTED, 5000),
)


def table(name: str, rows: list[Row], seeds: range, seconds: float) -> str:
    best = best_baseline(rows)
    lines = [f"{name}: {len(seeds)} suppliers, seeds {seeds.start}..{seeds.stop - 1}, "
             f"{rows[0].feasible} feasible, {seconds:.0f} s",
             "",
             "| entrant | agreement (feasible) | utility (all pairs) | vs best baseline "
             "| breaches |",
             "|---|---|---|---|---|"]
    for r in rows:
        ratio = r.utility_all / best.utility_all if best and best.utility_all else 0.0
        label = f"{r.entrant} (baseline)" if r.kind == "baseline" else r.entrant
        lines.append(f"| {label} | {r.agreement_feasible:.3f} | {r.utility_all:.3f} "
                     f"| {ratio:.2f} | {r.breaches} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", type=Path, default=ROOT / "policies/packaging_defaults.yaml")
    parser.add_argument("--suppliers", type=int, default=2000)
    args = parser.parse_args()
    policy = load_policy(args.policy)
    figures = {}
    for name, spec, first in SETS:
        seeds = range(first, first + args.suppliers)
        started = time.perf_counter()
        rows = play(entrants(policy), spec, seeds)
        seconds = time.perf_counter() - started
        print(table(name, rows, seeds, seconds), end="\n\n", flush=True)
        figures[name] = {"seeds": [seeds.start, seeds.stop - 1], "seconds": round(seconds, 1),
                         "rows": [r.to_json() for r in rows]}
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""Policy problems: each names the field and the fix, and they travel together.

A bad policy executed at scale is the real risk of autonomous negotiation, so a
check reports every problem in a file at once rather than one per run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a policy, at a dotted field path such as ``levers.payment_days``."""

    path: str
    message: str
    fix: str

    def render(self, source: str) -> str:
        where = f"{source}: {self.path}" if self.path else source
        return f"{where}: {self.message}. Fix: {self.fix}"


class PolicyError(ValueError):
    """A policy file that must not be used; ``problems`` says what to change and where."""

    def __init__(self, source: str, problems: tuple[Problem, ...]) -> None:
        self.source = source
        self.problems = problems
        count = len(problems)
        header = f"{source}: {count} problem{'s' if count != 1 else ''} in policy"
        lines = [header, *(f"  - {p.render(source)}" for p in problems)]
        super().__init__("\n".join(lines))

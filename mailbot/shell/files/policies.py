"""Reading policy files from disk: the shell half of ``mailbot.core.policy.parse_policy``.

Every failure, including a missing file, becomes a ``PolicyError`` so that callers
(``mailbot policy check``, ``mailbot simulate``, the daemon) report it the same way.
"""

from __future__ import annotations

from pathlib import Path

from mailbot.core.policy import Policy, PolicyError, Problem, parse_policy


def read_policy_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise PolicyError(
            str(path),
            (Problem("", f"cannot read the file ({reason})",
                     "check the path, or start from policies/packaging_renewal.yaml"),),
        ) from None


def load_policy(path: Path) -> Policy:
    """Read and validate the policy at ``path``; raises ``PolicyError`` naming the file."""
    return parse_policy(read_policy_text(path), str(path))

"""A buyer's negotiating policy: the model, its validation and a display summary."""

from mailbot.core.policy.checks import is_language_code
from mailbot.core.policy.errors import PolicyError, Problem
from mailbot.core.policy.lint import lint_policy
from mailbot.core.policy.model import (
    Better,
    Closing,
    Escalation,
    LeverPolicy,
    LeverValue,
    OutsidePolicy,
    Pacing,
    Policy,
    Strategy,
    TradeOff,
)
from mailbot.core.policy.parse import parse_policy, policy_hash
from mailbot.core.policy.summary import LeverRow, PolicySummary, TradeOffRow, summarize

__all__ = [
    "Better",
    "Closing",
    "Escalation",
    "LeverPolicy",
    "LeverRow",
    "LeverValue",
    "OutsidePolicy",
    "Pacing",
    "Policy",
    "PolicyError",
    "PolicySummary",
    "Problem",
    "Strategy",
    "TradeOff",
    "TradeOffRow",
    "is_language_code",
    "lint_policy",
    "parse_policy",
    "policy_hash",
    "summarize",
]

"""Policy text to a validated ``Policy``, or a ``PolicyError`` listing every problem.

Pure: the caller reads the file (``mailbot.shell.files.policies``) and passes its text and
name here. Type errors come from pydantic and are translated into the same
field/fix form as the business-rule checks, with "did you mean" for typos.
"""

from __future__ import annotations

import hashlib
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from mailbot.core.model_keys import allowed_keys, field_path, suggest
from mailbot.core.policy.checks import check_policy
from mailbot.core.policy.errors import PolicyError, Problem
from mailbot.core.policy.model import Policy
from mailbot.core.terms import Lever

# pydantic error type -> what to do about it; the message comes from pydantic.
_TYPE_FIXES: dict[str, str] = {
    "float_parsing": "use a number",
    "float_type": "use a number",
    "int_parsing": "use a whole number",
    "int_type": "use a whole number",
    "int_from_float": "use a whole number",
    "bool_parsing": "use true or false",
    "bool_type": "use true or false",
    "string_type": "use text (quote it if it looks like a number)",
    "dict_type": "use a mapping of `key: value` lines",
    "model_type": "use a mapping of `key: value` lines",
    "tuple_type": "use a list (lines starting with `- `)",
    "list_type": "use a list (lines starting with `- `)",
}


def policy_hash(text: str) -> str:
    """Identifies the exact policy text a negotiation ran under (for the store)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_policy(text: str, source: str) -> Policy:
    """Parse and validate policy YAML; ``source`` names the file in every message."""
    data = _load_yaml(text, source)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as error:
        problems = tuple(_translate(detail) for detail in _relevant(error.errors()))
        raise PolicyError(source, problems) from None
    problems = check_policy(policy)
    if problems:
        raise PolicyError(source, problems)
    return policy


def _load_yaml(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(
            source, (Problem(where, f"not valid YAML ({error})", "fix the YAML syntax there"),)
        ) from None
    if not isinstance(data, dict):
        raise PolicyError(
            source,
            (Problem("", "the policy is not a mapping of fields",
                     "start from policies/packaging_renewal.yaml"),),
        )
    return data


def _relevant(details: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop the noise under a misspelt mapping key: the key's own error says it all."""
    bad_keys = {tuple(d["loc"][:-1]) for d in details if d["loc"] and d["loc"][-1] == "[key]"}

    def under_bad_key(loc: tuple[int | str, ...]) -> bool:
        return loc[-1:] != ("[key]",) and any(loc[: len(k)] == k for k in bad_keys)

    return [d for d in details if not under_bad_key(tuple(d["loc"]))]


def _translate(detail: ErrorDetails) -> Problem:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        fix = suggest(key, allowed_keys(Policy, loc))
        return Problem(field_path(loc), f"unknown key `{key}`", fix)
    if loc and loc[-1] == "[key]":
        key = str(loc[-2])
        known = [lever.value for lever in Lever]
        return Problem(field_path(loc[:-1]), f"`{key}` is not a lever", suggest(key, known))
    if kind == "missing":
        name = str(loc[-1])
        return Problem(field_path(loc), f"`{name}` is missing", f"add `{name}: <value>`")
    if kind == "enum":
        value = str(detail.get("input"))
        expected = str((detail.get("ctx") or {}).get("expected", ""))
        options = [o.strip(" '") for o in expected.replace(" or ", ",").split(",") if o.strip()]
        return Problem(field_path(loc), detail["msg"], suggest(value, options))
    fix = _TYPE_FIXES.get(kind, "correct the value's type (see policies/packaging_renewal.yaml)")
    return Problem(field_path(loc), detail["msg"], fix)

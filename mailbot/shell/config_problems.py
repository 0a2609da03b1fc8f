"""What is wrong with a configuration, every problem at once, each with the key and the fix.

A new user's first contact with mailbot is often this message, so it says what to do:
no config file at all reads "copy mailbot.example.toml", an unknown key gets a
"did you mean" (the same mechanism as policies, ``mailbot.core.model_keys``), and a key
that came from the environment is named as the variable the user set.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from mailbot.core.model_keys import Loc, allowed_keys, closest, field_path, suggest

DEFAULT_FILE = "mailbot.toml"
NO_FILE = (
    f"no ./{DEFAULT_FILE} found (and no --config FILE or MAILBOT_CONFIG): "
    f"copy mailbot.example.toml to {DEFAULT_FILE} and edit it"
)


def describe(
    model: type[BaseModel],
    path: Path | None,
    details: list[ErrorDetails],
    earlier: list[str],
    environ: Mapping[str, str] = os.environ,
) -> str:
    """One message for ``earlier`` problems (found before validation) and pydantic's.

    Without a file (``path`` is None) a missing key only restates that there is no file,
    so those lines give way to the "copy mailbot.example.toml" header.
    """
    if path is None:
        details = [d for d in details if d["type"] != "missing"]
    env = {name.upper() for name in environ}
    problems = [*earlier, *(_line(model, d, env) for d in details)]
    if path is None:
        return "\n".join([NO_FILE, *(f"  {p}" for p in problems)])
    return "\n".join([f"{path}: {len(problems)} problem(s)", *(f"  {p}" for p in problems)])


def env_name(loc: Loc) -> str:
    return "MAILBOT_" + "__".join(str(part).upper() for part in loc)


def _line(model: type[BaseModel], detail: ErrorDetails, env: set[str]) -> str:
    loc = tuple(detail["loc"])
    key = field_path(loc) or "(top level)"
    kind = detail["type"]
    from_env = env_name(loc) in env
    if kind == "extra_forbidden":
        name = str(loc[-1])
        allowed = allowed_keys(model, loc)
        if from_env:
            return (f"{env_name(loc)}: the environment variable names no setting; "
                    f"{_env_suggestion(loc, allowed)}")
        return f"{key}: unknown key `{name}`; {suggest(name, allowed)}"
    if kind == "missing":
        return f"{key}: missing (set it in the file or as {env_name(loc)})"
    source = f" (from {env_name(loc)})" if from_env else ""
    return f"{key}: {detail['msg']}{_got(loc, detail.get('input'))}{source}"


def _env_suggestion(loc: Loc, allowed: list[str]) -> str:
    close = closest(str(loc[-1]).lower(), allowed)
    if close is None:
        return suggest(str(loc[-1]), allowed)
    return f"did you mean `{env_name((*loc[:-1], close))}`?"


def _got(loc: Loc, value: object) -> str:
    """The offending value, when it is a plain one and cannot be a secret."""
    secret = any(word in str(part) for part in loc for word in ("password", "secret"))
    if secret or not isinstance(value, str | int | float | bool):
        return ""
    return f", got {value!r}"

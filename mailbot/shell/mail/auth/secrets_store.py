"""Writing secrets into the secrets file (TOML), keeping what it already holds.

Only ``mailbot auth google`` writes here; the file keeps flat tables of strings, so a
small writer is enough and no TOML library is needed. The file is made readable by its
owner only.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from mailbot.shell.mail.errors import TokenError


def store_secrets(path: Path, values: dict[tuple[str, ...], str]) -> None:
    """Set each dotted key (e.g. ``("imap", "auth", "refresh_token")``) to its value."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")) \
            if path.exists() else {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TokenError(f"secrets file {path}: cannot read it ({error})") from None
    for keys, value in values.items():
        table = data
        for key in keys[:-1]:
            table = table.setdefault(key, {})
        table[keys[-1]] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(_toml(data))
    path.chmod(0o600)


def _toml(data: dict[str, Any], prefix: tuple[str, ...] = ()) -> str:
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    out = []
    if scalars and prefix:
        out.append(f"[{'.'.join(prefix)}]")
    out.extend(f"{key} = {_value(value)}" for key, value in scalars.items())
    text = "\n".join(out) + ("\n" if out else "")
    for key, table in tables.items():
        text += ("\n" if text else "") + _toml(table, (*prefix, key))
    return text


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    raise TokenError(f"secrets file: cannot write a value of type {type(value).__name__}")

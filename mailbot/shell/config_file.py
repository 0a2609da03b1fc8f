"""Settings written back as a config file, secrets left out (they belong in the environment).

The demo keeps its store with such a file beside it, so that ``mailbot status --config
mailbot-demo/mailbot.toml`` reads what the demo did; the tests' bot processes start from one.
Only keys that differ from their defaults are written, so the file reads like a hand-made one.
"""

from __future__ import annotations

import json
from typing import Any

from mailbot.shell.config import SECRET_KEYS, Settings


def settings_toml(settings: Settings, header: str = "") -> str:
    secrets: dict[str, Any] = {}
    for keys in SECRET_KEYS:  # nested: ("imap", "auth", "client_secret") and the like
        table = secrets
        for key in keys[:-1]:
            table = table.setdefault(key, {})
        table[keys[-1]] = True
    data = settings.model_dump(mode="json", exclude_defaults=True, exclude=secrets)
    lines = [header] if header else []
    lines.extend(_table(data, ()))
    return "\n".join(lines).strip() + "\n"


def _table(data: dict[str, Any], path: tuple[str, ...]) -> list[str]:
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict) and v is not None}
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    lines = [f"[{'.'.join(path)}]"] if path and scalars else []
    lines.extend(f"{key} = {_value(value)}" for key, value in scalars.items())
    for key, table in tables.items():
        lines.append("")
        lines.extend(_table(table, (*path, key)))
    return lines


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value if item is not None) + "]"
    return json.dumps(str(value), ensure_ascii=False)

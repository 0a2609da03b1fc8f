"""A policy's YAML as a list of fields (dotted path, line, value), each with the problems
``policy check`` found at it, so the console shows every problem on its own field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import yaml

from mailbot.core.policy import Problem


@dataclass
class PolicyField:
    path: str  # as the checks name it: "levers.payment_days.walk_away", "trade_offs[0]"
    line: int | None
    value: str  # "" for a section (a mapping or a list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return self.path.count(".") + self.path.count("[")


def policy_fields(text: str, problems: Sequence[Problem]) -> list[PolicyField]:
    """Every field of the YAML in order, with each problem on the field it names (a problem
    about a missing field gets a row of its own, a problem without a field the first row)."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        root = None
    fields = list(_walk(root, "")) if isinstance(root, yaml.MappingNode) else []
    by_path = {f.path: f for f in fields}
    general = PolicyField("", None, "")
    for problem in problems:
        target = by_path.get(problem.path)
        if target is None and problem.path and not problem.path.startswith("line "):
            target = PolicyField(problem.path, None, "(not set)")
            fields.append(target)
            by_path[problem.path] = target
        (target or general).problems.append(problem)
    return ([general] if general.problems else []) + fields


def _walk(node: yaml.Node, path: str) -> list[PolicyField]:
    found: list[PolicyField] = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = f"{path}.{key.value}" if path else str(key.value)
            found.append(_field(child, key, value))
            found.extend(_walk(value, child))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = f"{path}[{index}]"
            found.append(_field(child, item, item))
            found.extend(_walk(item, child))
    return found


def _field(path: str, at: yaml.Node, value: yaml.Node) -> PolicyField:
    shown = str(value.value) if isinstance(value, yaml.ScalarNode) else ""
    return PolicyField(path, at.start_mark.line + 1, shown)

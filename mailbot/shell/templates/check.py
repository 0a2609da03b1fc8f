"""``mailbot templates check``: every problem in every template file, found before a send.

Each file is parsed (syntax, and the sandbox's load-time refusals), its variables are
compared with the documented context of its template, and it is trial-rendered with the
sample context through its own fallback chain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from jinja2 import meta, nodes

from mailbot.shell.templates.catalogue import CATALOGUE, PARTS, TemplateSpec
from mailbot.shell.templates.errors import (
    TemplateContextError,
    TemplateError,
    TemplateNameError,
    TemplateNotFoundError,
    TemplateSecurityError,
    TemplateSizeError,
    TemplateSyntaxError,
)
from mailbot.shell.templates.loader import DEFAULT_SET, FALLBACK_LANGUAGE
from mailbot.shell.templates.rendering import render_file, translate
from mailbot.shell.templates.samples import sample_context
from mailbot.shell.templates.sandbox import GuardedEnvironment

if TYPE_CHECKING:
    from mailbot.shell.templates.store import TemplateStore

_KINDS: dict[type[TemplateError], str] = {
    TemplateSyntaxError: "syntax",
    TemplateSecurityError: "security",
    TemplateSizeError: "size",
    TemplateContextError: "undeclared",
    TemplateNotFoundError: "missing",
    TemplateNameError: "unknown",
}


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One finding; ``kind`` is syntax, security, size, undeclared, missing, unknown or render."""

    path: Path
    line: int | None
    kind: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.kind}: {self.message}"

    @classmethod
    def from_error(cls, error: TemplateError, path: Path) -> TemplateProblem:
        kind = _KINDS.get(type(error), "render")
        return cls(error.path or path, error.line, kind, error.message)


def check_tree(store: TemplateStore) -> list[TemplateProblem]:
    problems = list(_missing_defaults(store.root))
    for template_set, language, folder in _folders(store.root):
        for path in sorted(folder.iterdir()):
            problems.extend(_check_file(store, template_set, language, path))
    return problems


def _missing_defaults(root: Path) -> Iterator[TemplateProblem]:
    """The English default set is the last fallback, so it must be complete."""
    for spec in CATALOGUE.values():
        for part in _required_parts(spec):
            path = root / FALLBACK_LANGUAGE / f"{spec.name}.{part}"
            if not path.is_file():
                yield TemplateProblem(path, None, "missing", "required by the default English set")


def _required_parts(spec: TemplateSpec) -> tuple[str, ...]:
    if spec.partial:
        return ("txt",)
    return ("subject", "txt", "html") if spec.html else ("subject", "txt")


def _folders(root: Path) -> Iterator[tuple[str, str, Path]]:
    """(set, language, folder) for every language folder, default set and named sets."""
    for folder in _subfolders(root):
        if folder.name != "sets":
            yield DEFAULT_SET, folder.name, folder
    for set_folder in _subfolders(root / "sets"):
        for folder in _subfolders(set_folder):
            yield set_folder.name, folder.name, folder


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def _check_file(
    store: TemplateStore, template_set: str, language: str, path: Path
) -> list[TemplateProblem]:
    name, _, part = path.name.partition(".")
    spec = CATALOGUE.get(name)
    if spec is None or part not in PARTS or not path.is_file():
        known = ", ".join(sorted(CATALOGUE))
        message = f"not a template mailbot uses (names: {known}; parts: .subject, .txt, .html)"
        return [TemplateProblem(path, None, "unknown", message)]
    try:
        env = store.environment(template_set, language)
        problems = _static_problems(env, spec, path)
        if not problems:
            render_file(env, path.name, sample_context(spec.name))
    except TemplateError as error:
        return [TemplateProblem.from_error(error, path)]
    return problems


def _static_problems(
    env: GuardedEnvironment, spec: TemplateSpec, path: Path
) -> list[TemplateProblem]:
    """Syntax and load-time security errors raise; variables outside the contract are listed."""
    source, filename, _ = env.chain.get_source(env, path.name)
    try:
        tree = env.parse(source, path.name, filename)
    except jinja2.TemplateSyntaxError as error:
        raise translate(error, {}) from error
    allowed = spec.variables | set(env.globals)
    return [
        TemplateProblem(
            path,
            _first_use(tree, variable),
            "undeclared",
            f"uses {variable!r}, which is not in the context of {spec.name} "
            f"(available: {', '.join(sorted(spec.variables))})",
        )
        for variable in sorted(meta.find_undeclared_variables(tree) - allowed)
    ]


def _first_use(tree: nodes.Template, variable: str) -> int | None:
    lines = [n.lineno for n in tree.find_all(nodes.Name) if n.name == variable]
    return min(lines, default=None)

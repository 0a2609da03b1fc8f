"""``TemplateStore``: renders the emails mailbot sends from admin-editable template files.

Layout under the root: ``<language>/<name>.subject``, ``<name>.txt`` and optionally
``<name>.html``; a named set lives in ``sets/<set>/<language>/`` and falls back file by
file to the default set, then to English (see ``loader``). Edits are picked up on the
next render, without a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailbot.shell.templates.catalogue import CATALOGUE, TemplateSpec
from mailbot.shell.templates.check import TemplateProblem, check_tree
from mailbot.shell.templates.errors import TemplateNameError
from mailbot.shell.templates.loader import DEFAULT_SET, ChainLoader, chain
from mailbot.shell.templates.rendering import one_line, render_file
from mailbot.shell.templates.samples import sample_context
from mailbot.shell.templates.sandbox import GuardedEnvironment, Limits


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    """The parts of one email, ready for ``mailbot.shell.outbound.compose``."""

    subject: str
    text: str
    html: str | None


class TemplateStore:
    def __init__(
        self,
        root: Path,
        *,
        limits: Limits | None = None,
        drafts: Mapping[Path, str] | None = None,
    ) -> None:
        self.root = root
        self.limits = limits or Limits()
        self.drafts = dict(drafts or {})
        self._environments: dict[tuple[str, str], GuardedEnvironment] = {}

    def with_draft(self, path: Path, source: str) -> TemplateStore:
        """This store as it would be with ``source`` saved at ``path``: an edit is checked
        and previewed in the same sandbox, through the same fallback chain, before saving."""
        return TemplateStore(self.root, limits=self.limits, drafts={**self.drafts, path: source})

    def render(
        self,
        name: str,
        context: Mapping[str, Any],
        *,
        language: str = "en",
        template_set: str = DEFAULT_SET,
    ) -> RenderedEmail:
        """Subject (one line), text and, when the template has one, HTML.

        An HTML part is used only if it is at least as specific as the text part (same
        language, same set or closer): an HTML part left behind by an override of the
        text alone would say something else, so the email goes out as text only.
        """
        _renderable(name)
        env = self.environment(template_set, language)
        subject = one_line(render_file(env, f"{name}.subject", context))
        text = render_file(env, f"{name}.txt", context)
        html = render_file(env, f"{name}.html", context) if _has_html(env, name) else None
        return RenderedEmail(subject=subject, text=text, html=html)

    def environment(self, template_set: str, language: str) -> GuardedEnvironment:
        """The sandboxed environment for one fallback chain (cached; validates the names)."""
        folders = chain(self.root, template_set, language)
        key = (template_set, language)
        if key not in self._environments:
            loader = ChainLoader(self.root, folders, self.limits.template_chars, self.drafts)
            self._environments[key] = GuardedEnvironment(loader, self.limits)
        return self._environments[key]

    def sample_context(self, name: str) -> dict[str, Any]:
        """A realistic context for previews and trial renders of ``name``."""
        return sample_context(name)

    def check(self) -> list[TemplateProblem]:
        """Every problem in every template file under the root; empty when all is well."""
        return check_tree(self)


def _renderable(name: str) -> TemplateSpec:
    spec = CATALOGUE.get(name)
    if spec is None or spec.partial:
        known = sorted(n for n, s in CATALOGUE.items() if not s.partial)
        raise TemplateNameError(f"unknown template {name!r}; known templates: {known}")
    return spec


def _has_html(env: GuardedEnvironment, name: str) -> bool:
    loader = env.chain
    html, text = loader.locate(f"{name}.html"), loader.locate(f"{name}.txt")
    if html is None or text is None:
        return False
    return loader.folders.index(html.parent) <= loader.folders.index(text.parent)

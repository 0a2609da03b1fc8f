"""Templates: the files by language and set, and an editor whose live preview renders the
unsaved text in the loop's own sandbox, through the same fallback chain, with sample data
or a stored negotiation's real context. Saving runs ``templates check`` on the edited tree
first and refuses while it finds a problem; the previous version is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.shell.store.database import reading
from mailbot.shell.templates import RenderedEmail, TemplateError, TemplateProblem, TemplateStore
from mailbot.shell.templates.catalogue import CATALOGUE, PARTIAL_HOST, PARTS
from mailbot.shell.templates.loader import DEFAULT_SET
from mailbot.shell.templates.samples import sample_context
from mailbot.shell.views.negotiations import NegotiationQuery, negotiation_page
from mailbot.shell.views.previews import real_context
from mailbot.web.console import Console
from mailbot.web.files import previous_versions, save_audited
from mailbot.web.rendering import flash, page
from mailbot.web.security import checked_form

_FILE = re.compile(
    r"(?:sets/(?P<set>[a-z0-9][a-z0-9_-]{0,63})/)?(?P<language>[a-z]{2,3}(?:-[a-z0-9]{2,8})?)/"
    r"(?P<name>[a-z0-9_]+)\.(?P<part>subject|txt|html)"
)


@dataclass(frozen=True, slots=True)
class TemplateFile:
    relative: str  # "en/counter_offer.txt", "sets/acme/de/reminder.subject"
    template_set: str
    language: str
    name: str
    part: str

    @property
    def renders_as(self) -> str:
        """The template rendered to preview this file (a partial previews in its host)."""
        return PARTIAL_HOST.get(self.name, self.name)


def template_file(relative: str) -> TemplateFile:
    match = _FILE.fullmatch(relative)
    if match is None or match["name"] not in CATALOGUE:
        raise HTTPException(404, f"{relative!r} is not a template file mailbot uses.")
    return TemplateFile(relative, match["set"] or DEFAULT_SET, match["language"],
                        match["name"], match["part"])


def listing(root: Path) -> dict[str, list[tuple[str, list[TemplateFile]]]]:
    """{set: [(language, files)]}, for the list page."""
    found: dict[str, dict[str, list[TemplateFile]]] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        match = _FILE.fullmatch(relative)
        if not path.is_file() or match is None or match["name"] not in CATALOGUE:
            continue
        item = template_file(relative)
        found.setdefault(item.template_set, {}).setdefault(item.language, []).append(item)
    return {s: sorted(languages.items()) for s, languages in sorted(found.items())}


@dataclass(frozen=True, slots=True)
class Preview:
    problems: list[TemplateProblem]
    email: RenderedEmail | None
    error: str | None
    data: str  # what the preview was rendered with


def routes(console: Console) -> list[Route]:
    root = console.templates_dir

    def path_of(item: TemplateFile) -> Path:
        return root / item.relative

    def preview(item: TemplateFile, source: str, negotiation: int | None) -> Preview:
        draft = console.templates.with_draft(path_of(item), source)
        problems = draft.check()
        try:
            email, data = _render(draft, item, negotiation)
        except (TemplateError, LookupError) as error:
            return Preview(problems, None, str(error), "")
        return Preview(problems, email, None, data)

    def _render(
        draft: TemplateStore, item: TemplateFile, negotiation: int | None
    ) -> tuple[RenderedEmail, str]:
        name, language, template_set = item.renders_as, item.language, item.template_set
        if negotiation is None:
            context, data = sample_context(name, language), "sample data"
        else:
            with reading(console.db) as session:
                real = real_context(session, negotiation, name, language, console.buyer)
            context, data = real.context, f"negotiation {negotiation}"
        email = draft.render(name, context, language=language, template_set=template_set)
        return email, data

    def recent_negotiations() -> list[tuple[int, str]]:
        with reading(console.db) as session:
            rows = negotiation_page(session, NegotiationQuery(per_page=30, newest_first=True))
        return [(r.id, f"{r.id}: {r.supplier}, {r.item}") for r in rows.rows]

    def editor(request: Request, item: TemplateFile, source: str, result: Preview | None,
               status: int = 200) -> Response:
        history = previous_versions(console.history_dir / "templates", Path(item.relative))
        return page(request, "template_edit.html", status_code=status, item=item,
                    source=source, preview=result, negotiations=recent_negotiations(),
                    history=[p.name for p in history[:10]], exists=path_of(item).is_file())

    async def index(request: Request) -> Response:
        return page(request, "templates.html", sets=listing(root), parts=PARTS)

    async def edit(request: Request) -> Response:
        item = template_file(request.query_params.get("file", ""))
        path = path_of(item)
        fallback = root / "en" / f"{item.name}.{item.part}"
        source = (path if path.is_file() else fallback).read_text(encoding="utf-8") \
            if (path.is_file() or fallback.is_file()) else ""
        result = await run_in_threadpool(preview, item, source, None)
        return editor(request, item, source, result)

    async def live_preview(request: Request) -> Response:
        form = await checked_form(request)
        item = template_file(str(form.get("file", "")))
        negotiation = _negotiation(str(form.get("negotiation", "")))
        result = await run_in_threadpool(
            preview, item, str(form.get("source", "")), negotiation
        )
        return page(request, "template_preview.html", preview=result)

    async def save(request: Request) -> Response:
        form = await checked_form(request)
        item = template_file(str(form.get("file", "")))
        source = str(form.get("source", "")).replace("\r\n", "\n")
        result = await run_in_threadpool(preview, item, source, None)
        if result.problems:
            flash(request, "error", f"Not saved: {len(result.problems)} problem(s) to fix first.")
            return editor(request, item, source, result, status=422)
        await run_in_threadpool(
            save_audited, console.db, request.state.user.name, "template_saved",
            item.relative, path_of(item), source, console.history_dir / "templates",
            Path(item.relative), console.clock(),
        )  # fmt: skip
        flash(request, "ok", f"Saved {item.relative}. The loop uses it from its next email.")
        return RedirectResponse(f"/templates/edit?file={item.relative}", status_code=303)

    return [
        Route("/templates", index),
        Route("/templates/edit", edit),
        Route("/templates/preview", live_preview, methods=["POST"]),
        Route("/templates/save", save, methods=["POST"]),
    ]


def _negotiation(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


"""Policies: each file's bounds and rules, an editor whose check shows every problem on
its field, and a simulate button that plays the edited policy against the personas and
the tournament. Saving refuses a policy the check rejects; the previous version is kept.

Negotiations keep the policy text they started with, so an edit governs new negotiations
(``mailbot start``), never one already running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from mailbot.core.engine import DealContext
from mailbot.core.policy import Policy, PolicyError, PolicySummary, Problem, parse_policy, summarize
from mailbot.simulate import PERSONAS, Outcome, PersonaSupplier, simulate
from mailbot.simulate.league import Row, best_baseline, entrants, play
from mailbot.simulate.market import STANDARD
from mailbot.web.console import Console
from mailbot.web.files import previous_versions, save_audited
from mailbot.web.policy_fields import PolicyField, policy_fields
from mailbot.web.rendering import flash, page
from mailbot.web.security import checked_form

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.ya?ml")
# Suppliers per entrant in the console's tournament: a few seconds each, not minutes.
TOURNAMENT_SUPPLIERS = (50, 200, 500)


@dataclass(frozen=True, slots=True)
class Checked:
    policy: Policy | None
    summary: PolicySummary | None
    problems: tuple[Problem, ...]
    fields: list[PolicyField]


def check(text: str, source: str) -> Checked:
    try:
        policy = parse_policy(text, source)
    except PolicyError as error:
        return Checked(None, None, error.problems, policy_fields(text, error.problems))
    return Checked(policy, summarize(policy), (), policy_fields(text, ()))


@dataclass(frozen=True, slots=True)
class Simulation:
    personas: list[tuple[str, Outcome]]
    rows: list[Row]
    best_baseline: Row | None
    suppliers: int


def run_simulation(policy: Policy, suppliers: int) -> Simulation:
    context = DealContext(None, None, None)
    personas = [
        (name, simulate(policy, PersonaSupplier(PERSONAS[name], policy), context))
        for name in PERSONAS
    ]
    rows = play(entrants(policy), STANDARD, range(suppliers), context)
    return Simulation(personas, rows, best_baseline(rows), suppliers)


def routes(console: Console) -> list[Route]:
    folder = console.policies_dir

    def path_of(name: str) -> Path:
        if not _NAME.fullmatch(name) or not (folder / name).resolve().is_relative_to(
            folder.resolve()
        ):
            raise HTTPException(404, f"{name!r} is not a policy file name.")
        return folder / name

    def listing() -> list[tuple[str, Checked]]:
        files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
        return [(p.name, check(p.read_text(encoding="utf-8"), p.name)) for p in files]

    def editor(request: Request, name: str, text: str, checked: Checked,
               status: int = 200, **extra: Any) -> Response:
        history = previous_versions(console.history_dir / "policies", Path(name))
        return page(request, "policy_edit.html", status_code=status, name=name, text=text,
                    checked=checked, history=[p.name for p in history[:10]],
                    suppliers=TOURNAMENT_SUPPLIERS, **extra)

    async def index(request: Request) -> Response:
        found = await run_in_threadpool(listing)
        return page(request, "policies.html", policies=found, folder=folder)

    async def edit(request: Request) -> Response:
        name = request.query_params.get("name", "")
        path = path_of(name)
        if not path.is_file():
            raise HTTPException(404, f"No policy file {name!r} in {folder}.")
        text = path.read_text(encoding="utf-8")
        return editor(request, name, text, check(text, name))

    async def check_edit(request: Request) -> Response:
        form = await checked_form(request)
        name = str(form.get("name", ""))
        path_of(name)
        text = str(form.get("text", ""))
        return page(request, "policy_check.html", checked=check(text, name), name=name)

    async def simulate_edit(request: Request) -> Response:
        form = await checked_form(request)
        name, text = str(form.get("name", "")), str(form.get("text", ""))
        path_of(name)
        checked = check(text, name)
        asked = str(form.get("suppliers", ""))
        suppliers = int(asked) if asked.isdigit() and int(asked) in TOURNAMENT_SUPPLIERS else 50
        result = None
        if checked.policy is not None:
            result = await run_in_threadpool(run_simulation, checked.policy, suppliers)
        return page(request, "policy_simulation.html", checked=checked, result=result)

    async def save(request: Request) -> Response:
        form = await checked_form(request)
        name = str(form.get("name", ""))
        path = path_of(name)
        text = str(form.get("text", "")).replace("\r\n", "\n")
        checked = check(text, name)
        if checked.problems:
            flash(request, "error", f"Not saved: {len(checked.problems)} problem(s) to fix first.")
            return editor(request, name, text, checked, status=422)
        saved = await run_in_threadpool(
            save_audited, console.db, request.state.user.name, "policy_saved",
            f"policy {name}", path, text, console.history_dir / "policies", Path(name),
            console.clock(),
        )  # fmt: skip
        flash(request, "ok", f"Saved {name} (sha256 {saved.sha256[:12]}). New negotiations use it; "
              "running ones keep the policy they started with.")
        return RedirectResponse(f"/policies/edit?name={name}", status_code=303)

    return [
        Route("/policies", index),
        Route("/policies/edit", edit),
        Route("/policies/check", check_edit, methods=["POST"]),
        Route("/policies/simulate", simulate_edit, methods=["POST"]),
        Route("/policies/save", save, methods=["POST"]),
    ]

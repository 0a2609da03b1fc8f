"""``mailbot simulate``: negotiate a policy against simulated suppliers.

The supplier is a built-in persona (``--persona``), every persona in turn
(``--all-personas``, the default) or an external program over JSON Lines
(``--supplier-cmd``). ``--tournament`` plays mailbot's strategy settings and the
baselines against a seeded population of market suppliers (``mailbot.simulate.league``).
Exit code 1 means the policy or the simulated supplier is broken, not that the
negotiation failed: an escalation is an outcome.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from mailbot.shell.views.labels import reason_label

if TYPE_CHECKING:
    from rich.console import Console

    from mailbot.core.engine import DealContext
    from mailbot.core.policy import Policy
    from mailbot.core.terms import Terms
    from mailbot.simulate import Outcome
    from mailbot.simulate.market import PopulationSpec


def simulate_command(
    policy_file: Path = typer.Option(..., "--policy", help="The policy YAML file."),
    persona: str | None = typer.Option(None, "--persona", help="A built-in supplier persona."),
    supplier_cmd: str | None = typer.Option(
        None, "--supplier-cmd", help="Run this program as the supplier (JSON Lines)."
    ),
    all_personas: bool = typer.Option(False, "--all-personas", help="Try every persona."),
    baseline_price: float | None = typer.Option(None, "--baseline-price",
                                                help="Today's unit price."),
    currency: str | None = typer.Option(None, "--currency", help="Currency, e.g. EUR."),
    annual_volume: int | None = typer.Option(None, "--annual-volume",
                                             help="Units a year, to value the deal."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    tournament: bool = typer.Option(
        False, "--tournament",
        help="Play mailbot's strategy settings and the baselines against a population "
             "of market suppliers.",
    ),
    population: str = typer.Option("standard", "--population",
                                   help="Tournament population: standard or shifted."),
    suppliers: int = typer.Option(1000, "--suppliers", min=1,
                                  help="Suppliers in the tournament."),
    first_seed: int = typer.Option(0, "--first-seed", min=0,
                                   help="Seed of the tournament's first supplier."),
) -> None:
    """Try a policy against a simulated supplier before any email goes out."""
    from rich.console import Console

    from mailbot.core.engine import DealContext
    from mailbot.core.policy import PolicyError
    from mailbot.shell.files.policies import load_policy
    from mailbot.simulate import PERSONAS, SimulationError

    chosen = sum(x is not None for x in (persona, supplier_cmd)) + all_personas + tournament
    if chosen > 1:
        _fail("choose one of --persona, --supplier-cmd, --all-personas and --tournament")
    if persona is not None and persona not in PERSONAS:
        _fail(f"unknown persona {persona!r}; choose one of: {', '.join(PERSONAS)}")
    context = DealContext(baseline_price, annual_volume, currency.upper() if currency else None)
    try:
        policy = load_policy(policy_file)
        if tournament:
            _tournament(Console(), policy, context, _population(population),
                        range(first_seed, first_seed + suppliers), as_json)
        elif persona is None and supplier_cmd is None:
            _all(Console(), policy, context, as_json)
        else:
            _one(Console(), _run(policy, context, persona, supplier_cmd), as_json)
    except (PolicyError, SimulationError) as error:
        _fail(str(error))


def _run(policy: Policy, context: DealContext, persona: str | None,
         supplier_cmd: str | None) -> Outcome:
    from mailbot.simulate import PERSONAS, ExternalSupplier, PersonaSupplier, simulate

    if supplier_cmd is None:
        return simulate(policy, PersonaSupplier(PERSONAS[str(persona)], policy), context)
    supplier = ExternalSupplier(supplier_cmd, context)
    try:
        return simulate(policy, supplier, context)
    finally:
        supplier.shutdown()


def _one(console: Console, outcome: Outcome, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(outcome.to_json()))
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("round", "party", "act", "terms", "note", title="Transcript")
    for entry in outcome.transcript:
        table.add_row(str(entry.round), entry.party, entry.act, _terms_text(entry.terms),
                      escape(entry.note))
    console.print(table)
    console.print(f"[bold]{outcome.outcome}[/bold] ({reason_label(outcome.reason)}) after "
                  f"{outcome.rounds} "
                  f"offers: {_terms_text(outcome.terms)}; buyer utility {outcome.utility:.2f}")


def _all(console: Console, policy: Policy, context: DealContext, as_json: bool) -> None:
    from rich.table import Table

    from mailbot.simulate import PERSONAS

    outcomes = {name: _run(policy, context, name, None) for name in PERSONAS}
    if as_json:
        typer.echo(json.dumps([{"persona": name, **o.to_json()} for name, o in outcomes.items()]))
        return
    table = Table(title=f"{policy.name}: every persona (terms agreed, or the last offer)")
    table.add_column("persona", no_wrap=True)
    table.add_column("outcome")
    table.add_column("reason")
    table.add_column("offers", justify="right")
    table.add_column("terms", ratio=1)
    table.add_column("utility", justify="right", no_wrap=True)
    for name, o in outcomes.items():
        table.add_row(name, o.outcome, reason_label(o.reason), str(o.rounds), _terms_text(o.terms),
                      f"{o.utility:.2f}")
    console.print(table)


def _population(name: str) -> PopulationSpec:
    from mailbot.simulate.market import POPULATIONS

    if name not in POPULATIONS:
        _fail(f"unknown population {name!r}; choose one of: {', '.join(POPULATIONS)}")
    return POPULATIONS[name]


def _tournament(console: Console, policy: Policy, context: DealContext, spec: PopulationSpec,
                seeds: range, as_json: bool) -> None:
    import time

    from rich.table import Table

    from mailbot.simulate.league import best_baseline, entrants, play

    started = time.perf_counter()
    rows = play(entrants(policy), spec, seeds, context)
    seconds = time.perf_counter() - started
    best = best_baseline(rows)
    if as_json:
        typer.echo(json.dumps({"policy": policy.name, "population": spec.name,
                               "first_seed": seeds.start, "suppliers": len(seeds),
                               "feasible": rows[0].feasible if rows else 0,
                               "seconds": round(seconds, 2),
                               "best_baseline": best.entrant if best else None,
                               "rows": [r.to_json() for r in rows]}))
        return
    feasible = rows[0].feasible if rows else 0
    table = Table(title=f"{policy.name}: {len(seeds)} {spec.name} suppliers "
                        f"(seeds {seeds.start}..{seeds.stop - 1}), {feasible} feasible")
    console.width = max(console.width, 140)
    for name in ("entrant", "agreement", "utility", "vs best baseline", "breaches",
                 "walked away", "escalated", "rounds"):
        table.add_column(name, justify="left" if name == "entrant" else "right", no_wrap=True)
    for r in rows:
        ratio = f"{r.utility_all / best.utility_all:.2f}" if best and best.utility_all else "-"
        table.add_row(f"{r.entrant}{' (baseline)' if r.kind == 'baseline' else ''}",
                      f"{r.agreement_feasible:.3f}", f"{r.utility_all:.3f}", ratio,
                      str(r.breaches), f"{r.walked_away:.0%}", f"{r.escalated:.0%}",
                      f"{r.rounds:.2f}")
    console.print(table)
    console.print(f"{sum(r.negotiations for r in rows)} negotiations in {seconds:.1f} s. "
                  "Agreement: on feasible pairs only (some deal lay inside both the policy "
                  "and the supplier's limits). Utility: the buyer's, over every pair, no "
                  "deal = 0.")


def _terms_text(terms: Terms | None) -> str:
    from mailbot.core.engine.wording import describe

    if terms is None:
        return ""
    price = f" at {terms.unit_price:g} {terms.currency or ''}".rstrip() if terms.unit_price else ""
    return describe(terms) + price


def _fail(message: str) -> NoReturn:
    typer.echo(f"mailbot simulate: {message}", err=True)
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("simulate")(simulate_command)

"""``mailbot simulate``: negotiate a policy against simulated suppliers.

The supplier is a built-in persona (``--persona``), every persona in turn
(``--all-personas``, the default) or an external program over JSON Lines
(``--supplier-cmd``). Exit code 1 means the policy or the simulated supplier is broken,
not that the negotiation failed: an escalation is an outcome.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mailbot.core.engine import DealContext
    from mailbot.core.policy import Policy
    from mailbot.core.terms import Terms
    from mailbot.simulate import Outcome


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
        help="Play every strategy setting against a population of suppliers.",
    ),
    seeds: int = typer.Option(20, "--seeds", min=1,
                              help="Suppliers of each kind in the tournament."),
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
            _tournament(Console(), policy, context, seeds, as_json)
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
    console.print(f"[bold]{outcome.outcome}[/bold] ({outcome.reason}) after {outcome.rounds} "
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
    table.add_column("reason", overflow="fold")
    table.add_column("offers", justify="right")
    table.add_column("terms", ratio=1)
    table.add_column("utility", justify="right", no_wrap=True)
    for name, o in outcomes.items():
        table.add_row(name, o.outcome, o.reason, str(o.rounds), _terms_text(o.terms),
                      f"{o.utility:.2f}")
    console.print(table)


def _tournament(console: Console, policy: Policy, context: DealContext, seeds: int,
                as_json: bool) -> None:
    import time

    from rich.table import Table

    from mailbot.simulate.tournament import recommend, tournament

    started = time.perf_counter()
    rows = tournament(policy, seeds, context)
    seconds = time.perf_counter() - started
    best = recommend(rows)
    if as_json:
        typer.echo(json.dumps({"policy": policy.name, "seeds": seeds,
                               "negotiations": sum(r.negotiations for r in rows),
                               "seconds": round(seconds, 2),
                               "recommended": best.setting if best else None,
                               "rows": [r.to_json() for r in rows]}))
        return
    table = Table(title=f"{policy.name}: tournament, {seeds} suppliers of each kind "
                        "(utilities are means over agreements)")
    console.width = max(console.width, 112)
    for name in ("setting", "agreed", "U buyer", "U supplier", "U buyer all", "to Pareto",
                 "to Nash", "rounds", "breaches"):
        table.add_column(name, justify="left" if name == "setting" else "right", no_wrap=True)
    for r in rows:
        table.add_row(r.setting, f"{r.agreement_rate:.0%}", f"{r.buyer_utility:.3f}",
                      f"{r.supplier_utility:.3f}", f"{r.buyer_utility_all:.3f}",
                      f"{r.pareto_distance:.3f}", f"{r.nash_distance:.3f}", f"{r.rounds:.2f}",
                      str(r.breaches))
    console.print(table)
    total = sum(r.negotiations for r in rows)
    console.print(f"{total} negotiations in {seconds:.1f} s. Recommended (best buyer utility "
                  f"at >= 70% agreement, no breach): {best.setting if best else 'none'}")


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

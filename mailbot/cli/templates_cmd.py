"""``mailbot templates check`` and ``preview``: what an admin runs after editing a template.

``check`` finds every problem before a send (syntax, variables outside the template's
context, anything the sandbox refuses) and exits 1 if there is one. ``preview`` renders a
template with the sample context, or with the real context of a stored negotiation, so
an edit can be read as the supplier or the buyer will read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mailbot.cli.mail_cmd import ConfigOption, console, errors, settings

if TYPE_CHECKING:
    from mailbot.shell.templates import RenderedEmail
    from mailbot.shell.templates.context import Context

TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates", "-t", help="Templates folder (default: the configured one, or ./templates)."
    ),
]
templates_app = typer.Typer(help="Check and preview the email templates.", no_args_is_help=True)
_PARTS = (".subject", ".txt", ".html")


@templates_app.command("check")
def check(templates: TemplatesOption = None) -> None:
    """Check every template file: syntax, variables, sandbox, and a trial render."""
    from mailbot.shell.templates import TemplateStore

    root = templates or Path("templates")
    if not root.is_dir():
        errors.print(f"[red]No templates folder at {root}[/red]")
        raise typer.Exit(2)
    problems = TemplateStore(root).check()
    for problem in problems:
        console.print(str(problem), markup=False, highlight=False, soft_wrap=True)
    if problems:
        errors.print(f"[red]{len(problems)} problem(s)[/red] in {root}")
        raise typer.Exit(1)
    files = sum(1 for path in root.rglob("*") if path.is_file() and path.suffix in _PARTS)
    console.print(f"[green]{files} templates OK[/green] in {root}")


@templates_app.command("preview")
def preview(
    name: Annotated[str, typer.Argument(help="Template name, e.g. counter_offer.")],
    negotiation: Annotated[
        int | None,
        typer.Option("--negotiation", "-n", help="Render with this negotiation's real data."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", "-l", help="Language (default: the negotiation's, or en)."),
    ] = None,
    html: Annotated[bool, typer.Option("--html", help="Show the HTML part too.")] = False,
    templates: TemplatesOption = None,
    config: ConfigOption = None,
) -> None:
    """Render a template with a sample (or a real) negotiation: subject, text, HTML."""
    from mailbot.shell.templates import TemplateError, TemplateStore
    from mailbot.shell.templates.samples import sample_context

    try:
        if negotiation is None:
            root = templates or _configured_root(config)
            chosen, template_set = language or "en", "default"
            context = sample_context(name, chosen)
        else:
            root, chosen, template_set, context = _real(name, negotiation, language, config)
            root = templates or root
        email = TemplateStore(root).render(
            name, context, language=chosen, template_set=template_set
        )
    except TemplateError as error:
        errors.print(f"[red]{error}[/red]", soft_wrap=True)
        raise typer.Exit(1) from None
    _show(email, html)


def _configured_root(config: Path | None) -> Path:
    return settings(config).templates_dir if config is not None else Path("templates")


def _show(email: RenderedEmail, html: bool) -> None:
    console.rule("Subject")
    console.print(email.subject, markup=False, highlight=False, soft_wrap=True)
    console.rule("Text")
    console.print(email.text, markup=False, highlight=False, soft_wrap=True)
    if html:
        console.rule("HTML")
        shown = email.html if email.html is not None else "(this template has no HTML part)"
        console.print(shown, markup=False, highlight=False, soft_wrap=True)


# ---- the real context of a stored negotiation ------------------------------------------


def _real(
    name: str, negotiation_id: int, language: str | None, config: Path | None
) -> tuple[Path, str, str, Context]:
    """(templates root, language, template set, context) for one stored negotiation."""
    from sqlmodel import Session

    from mailbot.shell.decisions.dossier import buyer_info
    from mailbot.shell.views.previews import real_context
    from mailbot.shell.wiring import open_database

    s = settings(config)
    with Session(open_database(s.database_url)) as session:
        try:
            real = real_context(session, negotiation_id, name, language, buyer_info(s.bot))
        except LookupError:
            errors.print(
                f"[red]No negotiation {negotiation_id}[/red]; `mailbot status` lists them."
            )
            raise typer.Exit(2) from None
    return s.templates_dir, real.language, real.template_set, real.context


def register(app: typer.Typer) -> None:
    app.add_typer(templates_app, name="templates")

"""``mailbot templates check`` and ``preview``: what an admin runs after editing a template.

``check`` finds every problem before a send (syntax, variables outside the template's
context, anything the sandbox refuses) and exits 1 if there is one. ``preview`` renders a
template with the sample context, or with the real context of a stored negotiation, so
an edit can be read as the supplier or the buyer will read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mailbot.cli.mail_cmd import ConfigOption, console, errors, settings

if TYPE_CHECKING:
    from sqlmodel import Session

    from mailbot.core.terms import Terms
    from mailbot.shell.decisions.dossier import Dossier
    from mailbot.shell.templates import RenderedEmail
    from mailbot.shell.templates.context import BuyerInfo, Context, NegotiationInfo, SupplierInfo

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

    from mailbot.shell.decisions.dossier import Dossier, buyer_info
    from mailbot.shell.store.models import Negotiation
    from mailbot.shell.templates import TemplateNameError
    from mailbot.shell.wiring import open_database

    s = settings(config)
    with Session(open_database(s.database_url)) as session:
        row = session.get(Negotiation, negotiation_id)
        if row is None:
            errors.print(
                f"[red]No negotiation {negotiation_id}[/red]; `mailbot status` lists them."
            )
            raise typer.Exit(2)
        dossier = Dossier.load(session, row)
        chosen = language or row.language
        builder = _BUILDERS.get(name)
        if builder is None:
            raise TemplateNameError(f"unknown template {name!r}; known: {sorted(_BUILDERS)}")
        context = builder(_Facts(session, dossier, buyer_info(s.bot), chosen))
    return s.templates_dir, chosen, dossier.policy.templates, context


class _Facts:
    """What the loop would pass a template for this negotiation, read on demand."""

    def __init__(self, session: Session, dossier: Dossier, buyer: BuyerInfo, language: str) -> None:
        self.session, self.dossier, self.buyer, self.language = session, dossier, buyer, language

    @property
    def parties(self) -> tuple[SupplierInfo, BuyerInfo, NegotiationInfo]:
        return self.dossier.supplier_info, self.buyer, self.dossier.negotiation_info()

    def offer(self, *, conditional: bool) -> Context:
        from mailbot.core.terms import Terms
        from mailbot.shell.templates import context as tc

        return tc.offer_context(
            *self.parties,
            offer=self.dossier.last_buyer_offer or Terms(),
            levers_in_play=self.dossier.policy.levers,
            conditional=self._conditional() if conditional else None,
            language=self.language,
        )

    def agreed(self) -> Terms:
        from mailbot.core.terms import Terms

        stored = self.dossier.negotiation.agreed_terms
        return Terms.from_json(stored) if stored else self.dossier.last_buyer_offer or Terms()

    def escalation(self) -> Context:
        from sqlmodel import col, select

        from mailbot.shell.store.models import Escalation
        from mailbot.shell.templates import context as tc

        n = self.dossier.negotiation
        latest = self.session.exec(
            select(Escalation)
            .where(Escalation.negotiation_id == n.id)
            .order_by(col(Escalation.id).desc())
        ).first()
        return tc.escalation_context(
            *self.parties,
            reason_code=latest.reason if latest else n.state_reason or "none",
            explanation=latest.explanation if latest else "(not escalated)",
            latest_reply=self._reply_text(latest.message_id if latest else None),
            history=self.dossier.history_items(),
            bounds=self.dossier.bounds(),
        )

    def _reply_text(self, message_id: int | None) -> str:
        """The supplier's new text in the escalated email, read again from its raw bytes."""
        from mailbot.core.reading import read_reply
        from mailbot.shell.store.models import Message

        message = self.session.get(Message, message_id) if message_id is not None else None
        return read_reply(message.raw).new_text if message is not None else ""

    def _conditional(self) -> str | None:
        """The trade-off of the latest offer decision, worded in the preview's language."""
        from mailbot.core.engine import Action, Decision
        from mailbot.shell.store import repository
        from mailbot.shell.templates import context as tc

        n = self.dossier.negotiation
        assert n.id is not None
        decisions = [
            Decision.from_json(event.payload)
            for event in repository.events(self.session, n.id, ["decision"])
        ]
        offers = [d for d in decisions if d.action is Action.OFFER]
        if not offers or offers[-1].conditional is None:
            return None
        return tc.conditional_text(
            offers[-1].conditional,
            baseline_unit_price=n.baseline_unit_price,
            currency=n.currency,
            language=self.language,
        )


def _confirmation(f: _Facts) -> Context:
    from mailbot.shell.templates import context as tc

    return tc.confirmation_context(*f.parties, agreed=f.agreed(), language=f.language)


def _deal_summary(f: _Facts) -> Context:
    from mailbot.shell.templates import context as tc

    history = f.dossier.history_items()
    return tc.deal_summary_context(*f.parties, agreed=f.agreed(), history=history)


_BUILDERS: dict[str, Callable[[_Facts], Context]] = {
    "opening_offer": lambda f: f.offer(conditional=False),
    "counter_offer": lambda f: f.offer(conditional=True),
    "reminder": lambda f: f.offer(conditional=False),
    "confirmation": _confirmation,
    "deal_summary": _deal_summary,
    "escalation": lambda f: f.escalation(),
}


def register(app: typer.Typer) -> None:
    app.add_typer(templates_app, name="templates")

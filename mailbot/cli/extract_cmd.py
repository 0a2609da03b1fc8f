"""``mailbot extract``: read supplier replies from .eml files and show what the bot reads.

Admins run it over folders, so it starts fast: the reader (and the email parser under it)
is imported inside the command. Exit 0 when every file was read, whatever its intent;
exit 2 when a file is missing or is not an email at all (the others are still read), or
when ``--last-offer``/``--alternatives`` is not valid terms JSON.

``--last-offer`` and ``--alternatives`` give the reader the context the loop gives it, so
an acceptance that restates the offer's own numbers reads as the acceptance it is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from mailbot.core.reading import Reading, ReplyForm
    from mailbot.core.terms import Terms

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:", re.MULTILINE)
_KNOWN_HEADERS = re.compile(
    rb"^(from|to|subject|date|message-id|received|return-path|mime-version|content-type"
    rb"|delivered-to|reply-to|in-reply-to)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


class NotAnEmail(Exception):
    """The file is missing, unreadable, or has no RFC 5322 header block."""


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    files: Annotated[list[Path], typer.Argument(metavar="FILE.eml...", show_default=False)],
    baseline_price: Annotated[
        float | None, typer.Option("--baseline-price", help="Current unit price.")
    ] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="ISO 4217 code of the baseline price.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    last_offer: Annotated[
        str | None, typer.Option("--last-offer", metavar="JSON",
                                 help='The offer the reply answers, e.g. '
                                      '\'{"price_change_pct": -5, "payment_days": 60}\'.')
    ] = None,
    alternatives: Annotated[
        str | None, typer.Option("--alternatives", metavar="JSON",
                                 help="The lettered packages offered (A, B, ...): a JSON "
                                      "list of terms objects.")
    ] = None,
) -> None:
    """Read supplier replies: intent, terms, confidence and the evidence for each value."""
    from mailbot.core.reading import ReadingContext, read_reply

    try:
        offer = parse_terms(last_offer, "--last-offer") if last_offer else None
        packages = parse_alternatives(alternatives) if alternatives else ()
    except ValueError as error:
        typer.echo(f"mailbot extract: {error}", err=True)
        raise typer.Exit(2) from None
    context = ReadingContext(baseline_price, currency.upper() if currency else None,
                             last_offer=offer, forms=load_forms(TEMPLATES),
                             alternatives=packages)
    failed = False
    for path in files:
        try:
            raw = read_email(path)
        except NotAnEmail as error:
            typer.echo(f"mailbot extract: {path}: {error}", err=True)
            failed = True
            continue
        _show(path, read_reply(raw, context), as_json=as_json, several=len(files) > 1)
    if failed:
        raise typer.Exit(2)


def parse_terms(text: str, option: str) -> Terms:
    """Terms from the JSON contract; a message that names the option when it is not."""
    from mailbot.core.terms import Terms

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{option}: not JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{option}: expected a JSON object of terms, e.g. "
                         '{"price_change_pct": -5, "payment_days": 60}')
    try:
        return Terms.from_json(data)
    except (ValueError, TypeError) as error:
        raise ValueError(f"{option}: {error}") from None


def parse_alternatives(text: str) -> tuple[Terms, ...]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"--alternatives: not JSON ({error.msg})") from None
    if not isinstance(data, list) or not data:
        raise ValueError("--alternatives: expected a JSON list of terms objects, "
                         'e.g. [{"price_change_pct": -3}, {"price_change_pct": -4}]')
    return tuple(parse_terms(json.dumps(item), f"--alternatives[{index}]")
                 for index, item in enumerate(data))


def read_email(path: Path) -> bytes:
    """The file's bytes, if it is there and looks like an email."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotAnEmail("no such file") from None
    except OSError as error:
        raise NotAnEmail(f"cannot read it ({error.strerror or error})") from None
    start = raw.split(b"\n", 1)[1] if raw.startswith(b"From ") and b"\n" in raw else raw
    head = start[:16384].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if not _HEADER_LINE.match(start) or not _KNOWN_HEADERS.search(head):
        raise NotAnEmail("not an email (no RFC 5322 header block at the start)")
    return raw


def load_forms(folder: Path) -> tuple[ReplyForm, ...]:
    """The reply forms of every language under ``templates/<lang>/reply_form.txt``."""
    from mailbot.core.reading import ReplyForm

    paths = sorted(folder.glob("*/reply_form.txt"))
    return tuple(ReplyForm.from_template(p.read_text(encoding="utf-8")) for p in paths)


def _show(path: Path, reading: Reading, *, as_json: bool, several: bool) -> None:
    if as_json:
        data: dict[str, Any] = reading.to_json()
        typer.echo(json.dumps({"file": str(path), **data} if several else data))
        return
    typer.echo(_human(path, reading))


def _human(path: Path, reading: Reading) -> str:
    stated = reading.terms.stated()
    terms = ", ".join(f"{key}={value}" for key, value in stated.items()) or "none stated"
    lines = [
        f"{path}",
        f"  intent:     {reading.intent.value}"
        + ("  (price increase)" if reading.price_increase else "")
        + (f"  reason: {reading.reason.value}" if reading.reason else ""),
        f"  terms:      {terms}",
        f"  confidence: {reading.confidence:.2f}",
    ]
    taken = reading.intent.value in ("counter", "accept")
    lines += [f"  evidence:   {e.field} = {e.value}  <- \"{e.text}\"" for e in reading.evidence
              if taken]
    lines += [f"  not taken:  {_why_not_taken(e, reading)}  <- \"{e.text}\""
              for e in reading.numbers if not taken or e.role not in _TERM_ROLES]
    lines += [f"  unclear:    {_unclear(item)}" for item in reading.unclear]
    lines += [f"  defect:     {defect}" for defect in reading.defects]
    return "\n".join(lines)


_TERM_ROLES = frozenset({"proposed", "agreed"})
_ROLE_WORDS = {
    "refused": "refused by the supplier",
    "referred": "names an earlier or the buyer's value",
    "fact": "a remark, not an offer",
    "conditional": "offered on a condition outside the terms",
    "asked": "asked about",
    "range": "not a single value",
    "tentative": "hedged, not firm",
    "proposed": "the reply as a whole is not read as a counter or an acceptance",
    "agreed": "the reply as a whole is not read as a counter or an acceptance",
}


def _why_not_taken(number: Any, reading: Reading) -> str:
    """"range: 2–3 % (not a single value; not taken)": the value, and why it is no term."""
    value = _shown(number.field, number.value)
    for item in reading.unclear:
        if item.kind.value == "range" and item.field == number.field and item.candidates:
            low, high = sorted(abs(v) for v in item.candidates)
            value = f"{low:g}–{_shown(number.field, high)}"
    reason = _ROLE_WORDS.get(number.role, number.role)
    return f"{number.role}: {number.field} {value} ({reason}; not taken)"


def _shown(field: str, value: object) -> str:
    if field.endswith("_pct") and isinstance(value, int | float):
        return f"{abs(value):g} %"
    return f"{value}"


def _unclear(item: Any) -> str:
    text = f"{item.kind.value}"
    if item.field:
        text += f" {item.field}"
    if item.candidates:
        text += " " + " / ".join(f"{v:g}" for v in item.candidates)
    for letter, package in zip("ABCDEFGH", item.packages, strict=False):
        shown = ", ".join(f"{k}={v}" for k, v in package.stated().items())
        text += f"\n              {letter}: {shown}"
    return text



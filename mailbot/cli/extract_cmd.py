"""``mailbot extract``: read supplier replies from .eml files and show what the bot reads.

Admins run it over folders, so it starts fast: the reader (and the email parser under it)
is imported inside the command. Exit 0 when every file was read, whatever its intent;
exit 2 when a file is missing or is not an email at all (the others are still read).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from mailbot.core.reading import Reading, ReplyForm

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
) -> None:
    """Read supplier replies: intent, terms, confidence and the evidence for each value."""
    from mailbot.core.reading import ReadingContext, read_reply

    context = ReadingContext(baseline_price, currency.upper() if currency else None,
                             forms=load_forms(TEMPLATES))
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
        + ("  (price increase)" if reading.price_increase else ""),
        f"  terms:      {terms}",
        f"  confidence: {reading.confidence:.2f}",
    ]
    lines += [f"  evidence:   {e.field} = {e.value}  <- \"{e.text}\"" for e in reading.evidence]
    lines += [f"  defect:     {defect}" for defect in reading.defects]
    return "\n".join(lines)


"""Numbers as the supplier reads them: separators, percent signs and units per language."""

from __future__ import annotations

from mailbot.core.terms import Lever
from mailbot.shell.templates.phrases import Numbers, phrases, plural


def plain_number(value: float) -> str:
    """Up to two decimals, no trailing zeros, no thousands separators: "-4", "2.5"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _local(text: str, numbers: Numbers) -> str:
    """Swap Python's "," and "." for the language's separators, in one pass."""
    return text.translate({ord(","): numbers.thousands, ord("."): numbers.decimal})


def local_number(value: float, language: str = "en") -> str:
    """``plain_number`` with the language's decimal mark: "2.5", "2,5"."""
    return _local(plain_number(value), phrases(language).numbers)


def percent(value: float, language: str = "en") -> str:
    """For example "4%" in English, "4 %" in German, French (no-break space) and Spanish."""
    return phrases(language).numbers.percent.format(n=local_number(value, language))


def money(value: float, currency: str | None, language: str = "en") -> str:
    amount = _local(f"{value:,.2f}", phrases(language).numbers)
    return f"{currency} {amount}" if currency else amount


def count(value: int, language: str = "en") -> str:
    return _local(f"{value:,}", phrases(language).numbers)


def months(value: int, language: str = "en") -> str:
    return plural(phrases(language).months, value)


def lever_value(lever: Lever, value: float | None) -> str:
    """A lever's value in the short form used in tables: "-4%", "Net 60", "12 months"."""
    if value is None:
        return "-"
    if lever in (Lever.PRICE_CHANGE_PCT, Lever.REBATE_PCT):
        return f"{plain_number(value)}%"
    if lever is Lever.PAYMENT_DAYS:
        return f"Net {round(value)}"
    if lever is Lever.CONTRACT_MONTHS:
        return months(round(value))
    return f"{count(round(value))} units"


LEVER_LABELS = {
    Lever.PRICE_CHANGE_PCT: "Price change",
    Lever.PAYMENT_DAYS: "Payment terms",
    Lever.CONTRACT_MONTHS: "Contract length",
    Lever.VOLUME_UNITS: "Volume",
    Lever.REBATE_PCT: "Rebate",
}

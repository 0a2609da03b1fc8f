"""The reply form: its shape comes from the offer template, its values from the reply.

An offer ends with a short form (see ``templates/<lang>/reply_form.txt``): a start marker,
one ``Label: {{ form.<term_key> }}`` line per term, an end marker. ``ReplyForm`` learns
that shape from the template text itself, so the template stays the one definition; the
reader then looks for those labels in the supplier's new text and reads each value with
the same number parsers as free text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from mailbot.core.reading import patterns as p
from mailbot.core.reading.numbers import NUMBER, parse_number, uses_decimal_comma
from mailbot.core.terms import TERM_KEYS, Terms

_FIELD_LINE = re.compile(
    r"^\s*(?P<label>[^:{}\n]+?)\s*:\s*\{\{-?\s*form\.(?P<key>\w+)\s*(\|[^}]*)?-?\}\}\s*$"
)
_SIGNED = re.compile(rf"(?P<sign>[+\-−–])?\s*(?P<n>{NUMBER})")
_EMPTY_VALUES = frozenset({"", "-", "–", "n/a", "na", "none", "/", "?"})


_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())


@dataclass(frozen=True)
class FilledForm:
    """The values a supplier left in the form; ``lines`` are the form lines as written."""

    terms: Terms
    lines: tuple[str, ...]
    keys: frozenset[str]  # normalised label and marker lines, to blank them from free text

    def blank(self, text: str) -> str:
        """``text`` without the form's lines, so free-text reading does not see them."""
        return "\n".join(
            "" if _key(line.partition(":")[0]) in self.keys or _key(line) in self.keys
            else line
            for line in text.split("\n")
        )


class FormLines:
    """A text's lines with their label keys, computed once for every form tried; the keys
    of whole lines only when a form's labels were found (most replies hold no form)."""

    def __init__(self, text: str) -> None:
        self.lines: list[tuple[str, str | None]] = []  # (line, key of its label)
        for line in text.split("\n"):
            label, colon, _ = line.partition(":")
            self.lines.append((line, _key(label) if colon else None))

    @cached_property
    def line_keys(self) -> frozenset[str]:
        return frozenset(_key(line) for line, _ in self.lines)


def form_lines(text: str) -> FormLines:
    return FormLines(text)


@dataclass(frozen=True)
class ReplyForm:

    start_marker: str
    end_marker: str
    labels: tuple[tuple[str, str], ...]  # (label, term key) in template order

    @classmethod
    def from_template(cls, template_text: str) -> ReplyForm:
        """Learn the form's shape from its template; a template without a start marker,
        an end marker or any ``form.<term_key>`` line is an error in the template."""
        lines = [
            line for line in template_text.splitlines()
            if line.strip() and not line.lstrip().startswith("{#")
        ]
        fields = [(i, _FIELD_LINE.match(line)) for i, line in enumerate(lines)]
        found = [(i, m.group("label"), m.group("key")) for i, m in fields if m]
        if not found or found[0][0] == 0 or found[-1][0] == len(lines) - 1:
            raise ValueError("a reply form needs a start marker, field lines and an end marker")
        unknown = sorted({key for _, _, key in found} - set(TERM_KEYS))
        if unknown:
            raise ValueError(f"unknown term keys in reply form: {unknown}")
        return cls(
            start_marker=lines[found[0][0] - 1].strip(),
            end_marker=lines[found[-1][0] + 1].strip(),
            labels=tuple((label.strip(), key) for _, label, key in found),
        )

    def find(self, text: str) -> FilledForm | None:
        """The filled-in form in ``text``, or ``None`` when the text holds none."""
        return self.find_in(form_lines(text))

    @cached_property
    def _by_label(self) -> dict[str, str]:
        return {_key(label): key for label, key in self.labels}

    def find_in(self, text_lines: FormLines) -> FilledForm | None:
        """``find`` over lines keyed once for every form tried (see ``form_lines``)."""
        by_label = self._by_label

        values: dict[str, str] = {}
        lines: list[str] = []
        for line, label_key in text_lines.lines:
            key = by_label.get(label_key) if label_key is not None else None
            if key and key not in values:
                values[key] = line.partition(":")[2].strip()
                lines.append(line.strip())
        if not values:
            return None
        markers = {_key(self.start_marker), _key(self.end_marker)}
        if len(values) < 2 and _key(self.start_marker) not in text_lines.line_keys:
            return None
        return FilledForm(_read_values(values), tuple(lines), frozenset({*by_label, *markers}))


def _read_values(raw: dict[str, str]) -> Terms:
    decimal_comma = uses_decimal_comma(" ".join(raw.values()))
    data: dict[str, object] = {}
    for key, text in raw.items():
        if text.casefold() in _EMPTY_VALUES:
            continue
        value = _read_value(key, text, decimal_comma)
        if value is not None:
            data[key] = value
    return Terms.from_json(data)


def _read_value(key: str, text: str, decimal_comma: bool) -> object:
    if key == "currency":
        return text.upper()[:3] if text.isalpha() else None
    if key == "contract_months":
        match = p.CONTRACT.search(text)
        if match:
            count = int(match.group("n"))
            return count if match.group("m") else count * 12
    signed = _SIGNED.search(text)
    if signed is None:
        return None
    value = parse_number(signed.group("n"), decimal_comma=decimal_comma)
    if value is None:
        return None
    if key == "price_change_pct":
        return _signed_percent(text, value, signed.group("sign"))
    return value


def _signed_percent(text: str, value: float, sign: str | None) -> float:
    """"-4", "+3", "4% reduction", "3 % increase": an explicit sign or word decides."""
    if sign:
        return value if sign == "+" else -value
    if p.DECREASE_CUE.search(text):
        return -value
    return value

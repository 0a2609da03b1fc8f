"""The reply form round trip: render the real templates with Jinja2, fill them in, read back."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from reading_mail import context, raw_email

from mailbot.core.reading import ReadingContext, ReplyForm, read_reply
from mailbot.core.terms import Intent, Terms

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"
LANGUAGES = ("en", "de", "fr", "es")
OFFER = Terms(price_change_pct=-4.0, payment_days=60, contract_months=12)


def template_text(language: str) -> str:
    return (TEMPLATES / language / "reply_form.txt").read_text(encoding="utf-8")


def render(language: str, terms: Terms) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    values = {key: "" if value is None else f"{value:g}" for key, value in
              terms.to_json().items() if key != "currency" and key != "unit_price"}
    return env.from_string(template_text(language)).render(form=values)


def forms() -> tuple[ReplyForm, ...]:
    return tuple(ReplyForm.from_template(template_text(lang)) for lang in LANGUAGES)


def read_form_reply(body: str) -> tuple[Intent, Terms]:
    base = context(baseline=10.0, currency="EUR", offer=OFFER.to_json())
    ctx = ReadingContext(base.baseline_unit_price, base.currency, base.last_offer, forms())
    reading = read_reply(raw_email(body), ctx)
    return reading.intent, reading.terms


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_shape_is_learned_from_the_template(language):
    form = ReplyForm.from_template(template_text(language))
    assert form.start_marker.startswith("---")
    assert form.end_marker.startswith("---")
    assert [key for _, key in form.labels] == [
        "price_change_pct", "payment_days", "contract_months", "volume_units", "rebate_pct"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_returned_unchanged_is_an_accept_of_those_terms(language):
    intent, terms = read_form_reply("Fine for us.\n\n" + render(language, OFFER))
    assert intent is Intent.ACCEPT
    assert terms == OFFER


@pytest.mark.parametrize("language", LANGUAGES)
def test_changed_values_are_a_counter(language):
    filled = render(language, Terms(price_change_pct=-2.5, payment_days=45, contract_months=12))
    intent, terms = read_form_reply(filled)
    assert intent is Intent.COUNTER
    assert terms == Terms(price_change_pct=-2.5, payment_days=45, contract_months=12)


def test_values_written_with_words_and_locale_commas_are_read():
    filled = render("de", OFFER).replace("-4", "3,5 % Nachlass").replace(": 12", ": 2 Jahre")
    intent, terms = read_form_reply(filled)
    assert intent is Intent.COUNTER
    assert terms.price_change_pct == -3.5
    assert terms.contract_months == 24


def test_form_only_in_the_quoted_offer_is_ignored():
    quoted = "\n".join("> " + line for line in render("en", OFFER).splitlines())
    body = f"We can do 3%.\n\nOn Monday, buyer <b@acme.example> wrote:\n{quoted}\n"
    intent, terms = read_form_reply(body)
    assert intent is Intent.COUNTER
    assert terms == Terms(price_change_pct=-3.0)


def test_unchanged_form_under_a_refusal_is_not_an_accept():
    intent, _ = read_form_reply("No, sorry, we cannot do this.\n\n" + render("en", OFFER))
    assert intent is not Intent.ACCEPT


def test_form_lines_without_markers_need_two_labels():
    one_line = "Payment terms (days): 45"
    assert ReplyForm.from_template(template_text("en")).find(one_line) is None


@pytest.mark.parametrize(
    "bad",
    [
        "Price: {{ form.price_change_pct }}\n--- end ---",  # no start marker
        "--- start ---\nPrice: {{ form.price_change_pct }}",  # no end marker
        "--- start ---\nColour: {{ form.colour }}\n--- end ---",  # not a term key
        "--- start ---\n--- end ---",  # no fields
    ],
)
def test_malformed_templates_are_rejected(bad):
    with pytest.raises(ValueError):
        ReplyForm.from_template(bad)


def test_own_numbers_above_an_unchanged_copy_of_the_form_win():
    intent, terms = read_form_reply("We can do 3% at Net 45.\n\n" + render("en", OFFER))
    assert intent is Intent.COUNTER
    assert terms == Terms(price_change_pct=-3.0, payment_days=45)

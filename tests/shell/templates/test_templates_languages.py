"""The German, French and Spanish template sets: they render, read naturally, and the
reply form each offer carries is read back by the reader as that offer's terms."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailbot.core.engine import ConditionalConcession
from mailbot.core.reading import Reading, ReadingContext, ReplyForm, read_reply
from mailbot.core.terms import Intent, Lever, Terms
from mailbot.shell.templates import TemplateStore
from mailbot.shell.templates import context as tc
from mailbot.shell.templates.catalogue import CATALOGUE
from mailbot.shell.templates.samples import OFFER, SUPPLIER, sample_context

LANGUAGES = ("de", "fr", "es")
SUPPLIER_FACING = ("opening_offer", "counter_offer", "reminder", "confirmation")
OFFERS = ("opening_offer", "counter_offer", "reminder")
NBSP = "\u00a0"
PRICE_LINE = {
    "de": "Stückpreis: 4 % unter dem aktuellen Preis (USD 5,76 statt USD 6,00)",
    "fr": f"Prix unitaire : inférieur de 4{NBSP}% au prix actuel (USD 5,76 au lieu de USD 6,00)",
    "es": "Precio unitario: un 4 % inferior al actual (USD 5,76 en lugar de USD 6,00)",
}
GREETING = {"de": "Sehr geehrtes Team", "fr": "Madame, Monsieur,", "es": "Estimado equipo"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SUPPLIER_FACING)
def test_every_supplier_template_renders_in_the_language(
    store: TemplateStore, name: str, language: str
) -> None:
    email = store.render(name, sample_context(name, language), language=language)
    assert email.subject.endswith("[ref N-42]")
    assert GREETING[language] in email.text and "Acme Fasteners Ltd" in email.text
    assert "Dear" not in email.text and "Unit price" not in email.text
    assert (email.html is not None) == CATALOGUE[name].html
    if email.html is not None:
        assert GREETING[language] in email.html and f'lang="{language}"' in email.html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", OFFERS)
def test_offers_carry_localised_terms_and_the_language_form(
    store: TemplateStore, name: str, language: str
) -> None:
    text = store.render(name, sample_context(name, language), language=language).text
    assert PRICE_LINE[language] in text
    assert _form(store, language).start_marker in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_counter_offer_states_the_trade_off_in_the_language(
    store: TemplateStore, language: str
) -> None:
    text = store.render(
        "counter_offer", sample_context("counter_offer", language), language=language
    ).text
    expected = {
        "de": "Wenn Sie eine Vertragslaufzeit von 24 Monaten zusagen können, können wir",
        "fr": "Si vous pouvez vous engager sur un contrat de 24 mois, nous pouvons accepter",
        "es": "Si pueden comprometerse con un contrato de 24 meses, podemos aceptar",
    }
    assert expected[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["deal_summary", "escalation"])
def test_buyer_templates_stay_english(store: TemplateStore, name: str, language: str) -> None:
    email = store.render(name, sample_context(name, language), language=language)
    assert email.text.startswith("Hello Dana Buyer")


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
@pytest.mark.parametrize("name", OFFERS)
def test_the_offer_form_reads_back_as_the_offer(
    store: TemplateStore, name: str, language: str
) -> None:
    form = _form(store, language)
    text = store.render(name, sample_context(name, language), language=language).text
    reading = _read(_form_block(text, form), form)
    assert reading.intent is Intent.ACCEPT
    assert reading.terms == OFFER


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_value_changed_in_the_form_reads_as_a_counter(
    store: TemplateStore, language: str
) -> None:
    form = _form(store, language)
    text = store.render(
        "opening_offer", sample_context("opening_offer", language), language=language
    ).text
    block = _form_block(text, form).replace(": -4", ": -2,5")
    reading = _read(block, form)
    assert reading.intent is Intent.COUNTER
    assert reading.terms.price_change_pct == -2.5
    assert reading.terms.payment_days == 60


def test_numbers_follow_the_language() -> None:
    assert tc.money(12_345.5, "EUR", "de") == "EUR 12.345,50"
    assert tc.money(12_345.5, "EUR", "fr") == f"EUR 12{NBSP}345,50"
    assert tc.money(12_345.5, "EUR") == "EUR 12,345.50"
    assert tc.percent(2.5, "es") == "2,5 %"
    assert tc.percent(2.5) == "2.5%"
    assert tc.count(12_000, "es") == "12.000"
    assert tc.months(1, "de") == "1 Monat"


def test_the_form_stays_plain_numbers_whatever_the_language() -> None:
    context = tc.offer_context(
        SUPPLIER,
        tc.BuyerInfo("Dana", "d@b.example", "B"),
        tc.NegotiationInfo("1", "N-1", 1),
        offer=Terms(price_change_pct=-2.5, payment_days=60),
        levers_in_play=[Lever.PRICE_CHANGE_PCT, Lever.PAYMENT_DAYS],
        language="de",
    )
    assert context["form"]["price_change_pct"] == "-2.5"
    assert context["offer"]["lines"][0].startswith("Stückpreis: 2,5 % unter")
    assert context["supplier"]["annual_volume"] == "10.000"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "If you can agree to a unit price 4% below the current price (USD 5.76 instead of"
            " USD 6.00), we can accept a 12-month contract.",
        ),
        (
            "de",
            "Wenn Sie einen Stückpreis 4 % unter dem aktuellen Preis (USD 5,76 statt USD 6,00)"
            " zusagen können, können wir eine Vertragslaufzeit von 12 Monaten akzeptieren.",
        ),
        (
            "fr",
            f"Si vous pouvez vous engager sur un prix unitaire inférieur de 4{NBSP}% au prix"
            " actuel (USD 5,76 au lieu de USD 6,00), nous pouvons accepter un contrat de 12 mois.",
        ),
        (
            "es",
            "Si pueden comprometerse con un precio unitario un 4 % inferior al actual (USD 5,76"
            " en lugar de USD 6,00), podemos aceptar un contrato de 12 meses.",
        ),
    ],
)
def test_the_engines_conditional_is_worded_from_its_fields(language: str, sentence: str) -> None:
    conditional = ConditionalConcession(
        give=Lever.CONTRACT_MONTHS,
        give_value=12.0,
        require=Lever.PRICE_CHANGE_PCT,
        require_value=-4.0,
        text="we can commit to a 12-month term if the price reduction reaches 4%",
    )
    text = tc.conditional_text(
        conditional, baseline_unit_price=6.0, currency="USD", language=language
    )
    assert text == sentence


def test_a_language_without_phrases_reads_in_english() -> None:
    lines = tc.describe_terms(
        Terms(payment_days=30), baseline_unit_price=None, currency=None, language="it"
    )
    assert lines == ["Payment terms: Net 30"]


def _form(store: TemplateStore, language: str) -> ReplyForm:
    path = store.root / language / "reply_form.txt"
    return ReplyForm.from_template(path.read_text(encoding="utf-8"))


def _form_block(text: str, form: ReplyForm) -> str:
    """The form as the supplier would send it back: start marker to end marker."""
    lines = text.splitlines()
    start, end = lines.index(form.start_marker), lines.index(form.end_marker)
    return "\n".join(lines[start : end + 1])


def _read(body: str, form: ReplyForm) -> Reading:
    message = EmailMessage()
    message["From"] = SUPPLIER.email
    message["To"] = "dana@buyer.example"
    message["Subject"] = "Re: M8 hex bolts [ref N-42]"
    message["Message-ID"] = "<reply-1@acme-fasteners.example>"
    message.set_content(body)
    context = ReadingContext(SUPPLIER.unit_price, SUPPLIER.currency, OFFER, (form,))
    return read_reply(message.as_bytes(), context)

"""Term patterns in free text: what is a term, and the many numbers that are not."""

from __future__ import annotations

import pytest

from mailbot.core.reading.terms_extract import ExtractionInput, extract_terms

USD_8 = ExtractionInput(baseline_unit_price=8.0, currency="USD")


def terms(text: str, context: ExtractionInput = USD_8) -> dict[str, object]:
    return {f.field: f.value for f in extract_terms(text, context).findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We can offer 2% at Net 45.", {"price_change_pct": -2.0, "payment_days": 45}),
        ("A reduction of 3.5 percent is possible.", {"price_change_pct": -3.5}),
        ("We must increase prices by 4% from January.", {"price_change_pct": 4.0}),
        ("We will add a 2% freight surcharge.", {"price_change_pct": 2.0}),
        ("Wir bieten einen Nachlass von 2,5 % an.", {"price_change_pct": -2.5}),
        ("Nous proposons une remise de 3 %.", {"price_change_pct": -3.0}),
        ("Podemos ofrecer un descuento del 4 %.", {"price_change_pct": -4.0}),
        ("Instead we offer a 1.5% annual rebate.", {"rebate_pct": 1.5}),
        ("two percent off is our limit", {"price_change_pct": -2.0}),
    ],
)
def test_percent_terms(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        ("We can go to $7.60 per tray.", 7.6, "USD"),
        ("New price: USD 7.70 each.", 7.7, "USD"),
        ("Our best price is 7.55 USD per unit.", 7.55, "USD"),
        ("Unser Preis: 7,45 € pro Stück.", 7.45, "EUR"),
        ("Prix unitaire : 7,40 EUR.", 7.4, "EUR"),
        ("We could do £7.50 a tray.", 7.5, "GBP"),
        ("We offer CHF 7.80 per piece.", 7.8, "CHF"),
        ("Best we can do is 7.65 per tray.", 7.65, None),
    ],
)
def test_unit_prices_and_currencies(text, price, currency):
    found = terms(text)
    assert found["unit_price"] == pytest.approx(price)
    assert found.get("currency") == currency


def test_dollar_means_the_contexts_dollar_currency():
    found = terms("We can do $7.60 per tray.", ExtractionInput(8.0, "CAD"))
    assert found["currency"] == "CAD"


def test_thousands_separator_prices_in_german():
    found = terms("Unser Angebot: 1.180,00 EUR je Stück.", ExtractionInput(1200.0, "EUR"))
    assert found["unit_price"] == 1180.0


def test_amounts_far_from_the_baseline_are_not_unit_prices():
    assert "unit_price" not in terms("Your invoice total of USD 48,000 is paid.")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Payment terms Net 30.", 30),
        ("We need 1/10 net 45.", 45),
        ("Payment at 60 days end of month.", 60),
        ("payment within ninety days of invoice", 90),
        ("Zahlungsziel 30 Tage netto.", 30),
        ("netto 45 Tage", 45),
        ("paiement à 60 jours fin de mois", 60),
        ("pago a 30 días fecha factura", 30),
        ("| Payment terms | 45 days |", 45),
    ],
)
def test_payment_days(text, days):
    assert terms(text)["payment_days"] == days


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("provided we sign a 36-month contract", 36),
        ("on a two-year agreement", 24),
        ("Term: 18 months", 18),
        ("Vertragslaufzeit 24 Monate", 24),
        ("un contrat de 2 ans", 24),
        ("con un contrato de 12 meses", 12),
    ],
)
def test_contract_length(text, months):
    assert terms(text)["contract_months"] == months


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("if you commit to 40,000 trays per year", 40000),
        ("against a firm volume of 120k units", 120000),
        ("Abnahmemenge 25.000 Stück pro Jahr", 25000),
        ("avec un engagement de 15 000 pièces par an", 15000),
    ],
)
def test_volume_commitment(text, units):
    assert terms(text)["volume_units"] == units


@pytest.mark.parametrize(
    "text",
    [
        "Call me on +1 312 555 0199 or (312) 555-0100.",
        "Order PO 4500012345 ships on 14/11/2025.",
        "Delivery within 10 working days, lead time 6 weeks.",
        "Our warranty is 24 months and the quote is valid for 3 months.",
        "We need your forecast for the next 12 months.",
        "Minimum order quantity is 5,000 units per order.",
        "Our costs rose 12% this year.",
        "Prices exclude 19% VAT.",
        "ISO 9001:2015 certified, registered in 2004.",
        "Hamngatan 12, 411 06 Gothenburg",
        "We offer 2% skonto for payment within 10 days.",
    ],
)
def test_numbers_that_are_not_terms(text):
    assert terms(text) == {}


def test_buyer_numbers_refused_in_the_suppliers_own_text_are_not_terms():
    assert terms("A 7% cut is not achievable for us. 3% is our limit.") == {
        "price_change_pct": -3.0}
    assert terms("We cannot accept 7% nor Net 90.") == {}
    assert terms("Eine Senkung um 7 % ist nicht machbar, aber 3 % gehen.") == {
        "price_change_pct": -3.0}
    assert terms("We can do 3% instead of 7%.") == {"price_change_pct": -3.0}


def test_questions_about_numbers_are_not_terms():
    assert terms("Does the 7% include the printed trays?") == {}


def test_proposal_phrased_as_question_is_read():
    assert terms("Would you accept 3% at Net 60?") == {"price_change_pct": -3.0,
                                                      "payment_days": 60}


def test_alternatives_are_reported_as_conflicts():
    extraction = extract_terms("Option 1: 3% at Net 45\nOption 2: 5% at Net 30", USD_8)
    assert set(extraction.conflicts) == {"price_change_pct", "payment_days"}


def test_percent_range_is_flagged():
    assert extract_terms("Something like 2-4% could work.", USD_8).ranged


def test_hard_wrapped_sentence_is_one_clause():
    text = "We could offer a 2.5% yearly\nrebate if volumes are met."
    assert terms(text) == {"rebate_pct": 2.5}


def test_evidence_quotes_the_words_around_the_value():
    finding = extract_terms("After review we can offer 3% at Net 45 from May.", USD_8)
    assert all("3%" in f.text or "Net 45" in f.text for f in finding.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+2% from April due to inflation.", {"price_change_pct": 2.0}),
        ("Our offer: -3% on the unit price.", {"price_change_pct": -3.0}),
        ("We can do 4% at 45 days.", {"price_change_pct": -4.0, "payment_days": 45}),
        ("Payment thirty (30) days from invoice.", {"payment_days": 30}),
        ("We could go down to 7.70 a tray.", {"unit_price": 7.7}),
        ("We can reduce the price from USD 8.00 to USD 7.60.",
         {"unit_price": 7.6, "currency": "USD"}),
    ],
)
def test_signs_bare_payment_days_and_price_changes(text, expected):
    assert terms(text) == expected


def test_condition_words_do_not_lend_their_cues_to_a_percent():
    # "would consider" hedges the number, so it is no term; its sign is still a reduction.
    found = extract_terms("We would consider 3% if you can increase the volume.", USD_8)
    assert found.findings == ()
    assert [(m.field, m.value) for m in found.mentions] == [("price_change_pct", -3.0)]


def test_early_payment_discount_is_neither_a_price_change_nor_payment_term():
    assert terms("We can offer 5% off if you pay within 10 days.") == {}


def test_absolute_reduction_amount_is_not_a_unit_price():
    assert terms("We can lower the price by USD 0.40 per tray.") == {}


def test_a_sentence_mentioning_a_street_keeps_its_terms():
    assert terms("We can offer 3% - see you at our office on Main Street.") == {
        "price_change_pct": -3.0}
    assert terms("Nordpack, 12 Harbour Road, Leeds: 3% off") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volume: 20,000", {"volume_units": 20000}),
        ("against a commitment of 250k per year", {"volume_units": 250000}),
        ("Payment 60 days from receipt of invoice.", {"payment_days": 60}),
    ],
)
def test_volume_led_by_its_cue_and_payment_from_receipt(text, expected):
    assert terms(text) == expected


def test_table_of_the_buyers_and_the_suppliers_numbers_keeps_the_suppliers():
    from reading_mail import context, raw_email

    from mailbot.core.reading import read_reply
    from mailbot.core.terms import Intent, Terms

    body = ("Please find our counter proposal below:\n\n"
            "Term | Your proposal | Our proposal\n"
            "Price per tray | -5% | USD 7.70\n"
            "Payment | 60 days | 45 days\n"
            "Contract | 12 months | 24 months\n")
    reading = read_reply(raw_email(body), context())
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-3.75, unit_price=7.7, currency="USD",
                                  payment_days=45, contract_months=24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zahlung innerhalb 14 Tagen mit 2 % Skonto oder 30 Tage netto.", {"payment_days": 30}),
        ("Prices are fixed for 90 days.", {}),
        ("We can start deliveries within 30 days.", {}),
        ("That is 3% more than today.", {"price_change_pct": 3.0}),
        ("We cannot give more than 3%.", {"price_change_pct": -3.0}),
        ("A 36 mths agreement at 2%.", {"contract_months": 36, "price_change_pct": -2.0}),
        ("A volume commitment of 120 t per year.", {"volume_units": 120}),
    ],
)
def test_payment_days_next_to_other_days_and_more_units(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [("Wir bieten einen zweijährigen Rahmenvertrag an.", 24),
     ("Un contratto triennale ci starebbe bene.", 36),
     ("Ein 18-monatiger Vertrag wäre möglich.", 18),
     ("Een 24-maands contract is prima.", 24)],
)
def test_contract_lengths_in_one_word(text, months):
    assert terms(text) == {"contract_months": months}


@pytest.mark.parametrize(
    "answer",
    ["Wir müssen die Preise zum Jahreswechsel anpassen.",
     "Nous devons revoir nos tarifs en janvier.",
     "Dobbiamo rivedere i nostri prezzi da gennaio.",
     "Musimy podnieść ceny od stycznia."],
)
def test_price_revisions_without_a_number_flag_an_increase(answer):
    from reading_mail import context, raw_email

    from mailbot.core.reading import read_reply

    assert read_reply(raw_email(answer), context()).price_increase is True

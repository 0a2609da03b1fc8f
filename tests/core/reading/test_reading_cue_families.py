"""Cue families a reply may use in any of the languages we read: a refusal worded as
"out of the question" or as more than the writer can bear, a request to be called back.

Every reply answers the offer of reading_mail.QUOTED_OFFER (5% off, Net 60)."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.terms import Intent

C, OTHER = Intent.COUNTER, Intent.OTHER


def read(answer: str) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())


@pytest.mark.parametrize(("answer", "terms"), [
    # the buyer's number turned down as out of the question, then a counter
    ("Five percent is out of the question. We could go to 2%.", {"price_change_pct": -2.0}),
    ("Le 5 % est hors de question, nous proposons 2 %.", {"price_change_pct": -2.0}),
    ("Il 5% è fuori discussione; possiamo offrire il 2% di sconto.",
     {"price_change_pct": -2.0}),
    ("Un 5 % está fuera de discusión. Podemos ofrecer un 2 %.", {"price_change_pct": -2.0}),
    ("5 % ist ausgeschlossen, wir bieten 2 % an.", {"price_change_pct": -2.0}),
    # more than the writer can bear, then a counter
    ("5% is more than we can absorb right now. We can offer 2% at Net 45.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("5 % ist mehr als wir tragen können. Wir können 2 % anbieten.",
     {"price_change_pct": -2.0}),
])
def test_a_refused_number_before_the_counter(answer, terms):
    reading = read(answer)
    assert (reading.intent, reading.terms.stated()) == (C, terms), reading.numbers


@pytest.mark.parametrize("answer", [
    "Pouvez-vous me rappeler cet après-midi ? Il faut qu'on parle des prix.",
    "¿Puede llamarme mañana? Tenemos que hablar de los precios.",
    "Può chiamarmi domani? Dobbiamo parlare dei prezzi.",
    "Könnten Sie mich morgen anrufen? Wir müssen über die Preise sprechen.",
])
def test_a_request_to_be_called_is_for_a_person(answer):
    reading = read(answer)
    assert (reading.intent, reading.reason) == (OTHER, "call_request")


@pytest.mark.parametrize("answer", [
    "On a contract for a year we could give 2%.",
    "Przy umowie na jeden rok możemy zaoferować 2%.",
    "If the agreement is for a full year, 2% is possible from our side.",
])
def test_a_year_named_without_a_number_is_a_contract_length(answer):
    reading = read(answer)
    assert reading.terms.contract_months == 12, reading.numbers


A, R = Intent.ACCEPT, Intent.REJECT


@pytest.mark.parametrize(("answer", "intent"), [
    # "no problem" worded with a negation is agreement, not a refusal
    ("Les 60 jours ne posent aucun problème et nous sommes d'accord pour le reste.", A),
    ("60 Tage Zahlungsziel stellen kein Problem dar, mit dem Rest sind wir einverstanden.", A),
    ("Net 60 doesn't pose a problem, and we agree to the rest too.", A),
    ("Los 60 días no suponen ningún problema; de acuerdo también con el resto.", A),
    # the same words without the negation turn the number down
    ("Net 60 is a problem for us, we agree to the rest.", R),
    ("Les 60 jours sont un problème pour nous.", R),
])
def test_no_problem_worded_with_a_negation(answer, intent):
    assert read(answer).intent is intent


@pytest.mark.parametrize(("answer", "intent"), [
    ("Hiermit bestätigen wir die Konditionen: 5 % Nachlass, 60 Tage Zahlungsziel.", A),
    ("Nous vous confirmons les conditions : remise de 5 %, paiement à 60 jours.", A),
    ("Wir bestätigen 2 % Nachlass bei 60 Tagen.", C),  # confirms its own, other number
])
def test_a_confirmation_that_restates_the_offer(answer, intent):
    assert read(answer).intent is intent


def test_confirming_receipt_is_no_acceptance():
    assert read("Wir bestätigen den Eingang Ihrer Nachricht und melden uns.").intent is not A


@pytest.mark.parametrize(("answer", "terms"), [
    ("Quick one from the airport: 2 off and 45 days, that's where we are.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("We could take 1.5 points off the list price.", {"price_change_pct": -1.5}),
])
def test_a_bare_number_taken_off_is_a_percent(answer, terms):
    reading = read(answer)
    assert (reading.intent, reading.terms.stated()) == (C, terms), reading.numbers


@pytest.mark.parametrize("answer", [
    "We can take $0.40 off the unit price.",
    "We can take USD 0.40 off the unit price.",
])
def test_money_taken_off_is_no_percent(answer):
    assert read(answer).terms.price_change_pct != -0.4


@pytest.mark.parametrize("answer", [
    "Nearly there. Four and you've got a deal, Net 60 is fine.",
    "Make it 3 and we sign today; the 60 days are no problem.",
    "Bei 3 % sind wir im Geschäft, die 60 Tage passen.",
    "À 3 % on signe, les 60 jours nous conviennent.",
    "Con el 3 % cerramos, los 60 días están bien.",
])
def test_a_deal_that_hinges_on_a_number_accepts_nothing(answer):
    assert read(answer).intent is not A


@pytest.mark.parametrize("answer", [
    "Could you ring me this afternoon? Prices are not heading the way you would like.",
    "Pouvez-vous m'appeler ? L'évolution des prix ne va pas dans le sens que vous souhaitez.",
    "Können Sie mich anrufen? Die Preise gehen nicht in die Richtung, die Sie erwarten.",
])
def test_prices_moving_against_the_buyer_hint_an_increase(answer):
    reading = read(answer)
    assert (reading.intent, reading.price_increase) == (OTHER, True)


def test_a_refusal_worded_with_the_way_is_no_increase():
    assert read("Net 30 is not the way you work, we know; Net 45 then.").price_increase is False

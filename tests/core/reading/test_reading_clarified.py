"""The supplier's answer to a clarification, read with it as context; and what an unsettled
reply states firmly. Our own wording; the buyer last offered 5% off at Net 60 for 12 months."""

from __future__ import annotations

from pathlib import Path

import pytest
from reading_mail import raw_email

from mailbot.core.reading import (
    Clarifying,
    Reading,
    ReadingContext,
    Reason,
    ReplyForm,
    Unclear,
    UnclearKind,
    read_reply,
    understood_terms,
)
from mailbot.core.terms import Intent, Terms

LAST_OFFER = Terms(price_change_pct=-5.0, payment_days=60, contract_months=12)
FORMS = tuple(ReplyForm.from_template(p.read_text(encoding="utf-8"))
              for p in sorted((Path(__file__).parents[3] / "templates").glob("*/reply_form.txt")))

RANGE = Clarifying(
    restated=Terms(payment_days=45),
    questions=(Unclear(UnclearKind.RANGE, "2 to 3.5% lower", "price_change_pct", (-3.5, -2.0)),),
)
PACKAGES = (Terms(price_change_pct=-1.5, payment_days=45), Terms(price_change_pct=-3.0,
                                                                  payment_days=30))
CHOICE = Clarifying(
    restated=Terms(),
    questions=(Unclear(UnclearKind.ALTERNATIVES, "1.5% at 45 days or 3% at 30", None, (),
                       PACKAGES),),
    options=PACKAGES,
)
HEDGED = Clarifying(
    restated=Terms(price_change_pct=-2.5, payment_days=50),
    questions=(Unclear(UnclearKind.UNCLEAR_NUMBER, "probably 2.5%", "price_change_pct",
                       (-2.5,)),),
)


def answer(text: str, clarifying: Clarifying | None) -> Reading:
    options = clarifying.options if clarifying else ()
    context = ReadingContext(baseline_unit_price=8.0, currency="USD", last_offer=LAST_OFFER,
                             forms=FORMS, alternatives=options, clarifying=clarifying)
    return read_reply(raw_email(f"{text}\n\nRegards,\nRosa"), context)


@pytest.mark.parametrize("text", [
    "Yes", "Yes, that's right.", "Correct.", "Ja, genau.", "Ja, das stimmt so.",
    "Oui, c'est exact.", "Tout à fait.", "Sí, correcto.", "Así es.",
])
def test_a_plain_yes_confirms_the_restated_package(text):
    reading = answer(text, HEDGED)
    assert (reading.intent, reading.terms) == (Intent.COUNTER, HEDGED.restated)
    assert reading.reason is None and reading.unclear == ()
    assert any(e.field == "clarification" and e.value == "confirmed" for e in reading.evidence)


@pytest.mark.parametrize("text", [
    "No, that is not what we meant.", "Yes, but only for orders above 5,000 units.",
    "Is that including freight?",
])
def test_a_qualified_or_denied_yes_confirms_nothing(text):
    reading = answer(text, HEDGED)
    assert reading.intent in (Intent.OTHER, Intent.REJECT)
    assert reading.terms == Terms()


@pytest.mark.parametrize(("text", "value"), [
    ("3 %", -3.0), ("We will go for 2.5%.", -2.5), ("2,5 % bitte", -2.5), ("3", -3.0),
    ("Let us say 3.5", -3.5),
])
def test_one_value_answers_the_range(text, value):
    reading = answer(text, RANGE)
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=value, payment_days=45)


@pytest.mark.parametrize("text", ["Yes", "Net 45 is fine.", "Somewhere between 2 and 3%."])
def test_an_answer_that_leaves_the_range_open_stays_unclear(text):
    """A "yes" to "which value?" accepts nothing: read as an acceptance, the engine would
    take our own last price for the supplier's."""
    reading = answer(text, RANGE)
    assert reading.intent is Intent.OTHER
    assert reading.terms == Terms()


@pytest.mark.parametrize(("text", "picked"), [
    ("B", 1), ("Option A please.", 0), ("We'd go with the second.", 1), ("Variante B", 1),
    ("Nous prenons l'option A.", 0), ("Opción B, gracias.", 1),
])
def test_a_letter_or_ordinal_picks_a_listed_package(text, picked):
    reading = answer(text, CHOICE)
    assert reading.intent is Intent.COUNTER
    assert reading.terms == PACKAGES[picked]


def test_a_yes_without_a_letter_picks_no_package():
    assert answer("Yes, fine.", CHOICE).intent is Intent.OTHER


def test_a_pick_that_is_our_own_last_offer_accepts_it():
    ours = Clarifying(Terms(), (), (LAST_OFFER, Terms(price_change_pct=-2.0, payment_days=60,
                                                      contract_months=12)))
    reading = answer("A", ours)
    assert (reading.intent, reading.terms) == (Intent.ACCEPT, LAST_OFFER)


def test_a_corrected_form_gives_its_values():
    form = ("--- Your reply (edit the values and send) ---\n"
            "Unit price change (%, minus = reduction): -2.75\n"
            "Payment terms (days): 45\n"
            "Contract length (months): 12\n"
            "Committed volume (units per year):\n"
            "Rebate (%):\n"
            "--- end ---")
    reading = answer(form, RANGE)
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-2.75, payment_days=45, contract_months=12)


@pytest.mark.parametrize(("text", "reason"), [
    ("Yes. From now on please pay into our new account, IBAN DE44 5001 0517 5407 3249 31.",
     Reason.BANK_DETAILS_CHANGE),
    ("We can accept 3%, subject to approval by our managing director.", Reason.PENDING_SIGN_OFF),
])
def test_an_answer_only_a_human_may_handle_keeps_its_reading(text, reason):
    reading = answer(text, RANGE)
    assert (reading.intent, reading.reason) == (Intent.OTHER, reason)


def test_a_price_increase_in_the_answer_is_never_bent_into_a_value():
    reading = answer("Sorry, with the new energy costs we must raise prices by 3%.", RANGE)
    assert reading.price_increase


def test_without_a_clarification_the_reading_is_the_readers_own():
    assert answer("Yes", None).terms == Terms()
    assert answer("3", None).intent is not Intent.COUNTER


def test_understood_terms_drop_what_the_alternatives_disagree_on():
    reading = answer("We can do 2% for 12 months or 3% for 24 months; payment 45 days "
                     "either way.", None)
    assert reading.intent is Intent.OTHER
    assert understood_terms(reading) == Terms(payment_days=45)


def test_understood_terms_drop_the_range():
    reading = answer("Between 2 and 3% lower, and payment at 45 days.", None)
    assert reading.reason is Reason.RANGE
    assert understood_terms(reading) == Terms(payment_days=45)

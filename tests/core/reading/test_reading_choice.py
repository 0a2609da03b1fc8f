"""Replies that pick one of the lettered packages of an offer (MESO)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reading_mail import QUOTED_OFFER, SIGNATURE, context, raw_email

from mailbot.core.reading import read_reply
from mailbot.core.terms import Intent, Terms

A = Terms(price_change_pct=-5.0, payment_days=60, contract_months=1)
B = Terms(price_change_pct=-4.0, payment_days=60, contract_months=12)
C = Terms(price_change_pct=-3.0, payment_days=75, contract_months=1)

QUOTED_OPTIONS = """\
On Mon, 13 Oct 2025 at 16:40, Purchasing Desk <buyer@acme.example> wrote:
> Dear Rosa, we propose one of these packages, of equal value to us:
> Option A: a 5% price reduction, Net 60.
> Option B: a 4% price reduction, Net 60, a 12-month term.
> Option C: a 3% price reduction, Net 75.
"""


def read(answer: str, alternatives: tuple[Terms, ...] = (A, B, C)):
    body = f"Hello,\n\n{answer}\n\nBest regards,\nRosa\n\n{SIGNATURE}\n{QUOTED_OPTIONS}"
    ctx = replace(context(offer=A.to_json()), alternatives=alternatives)
    return read_reply(raw_email(body), ctx)


@pytest.mark.parametrize(("answer", "picked"), [
    ("A", A),
    ("B", B),
    ("C.", C),
    ("B, thanks!", B),
    ("Option B, please.", B),
    ("Option C works for us.", C),
    ("We'd go with the second.", B),
    ("We will take the third option.", C),
    ("We'll take A.", A),
    ("Variante B passt für uns.", B),
    ("Wir nehmen die zweite Variante.", B),
    ("Nous retenons l'option C.", C),
    ("La deuxième option nous convient.", B),
    ("Nos quedamos con la opción B.", B),
    ("La primera opción está bien.", A),
    ("B works for us.", B),
])
def test_a_pick_is_an_acceptance_of_that_package(answer, picked):
    reading = read(answer)

    assert reading.intent is Intent.ACCEPT
    assert reading.terms == picked
    assert any(e.field == "alternative" for e in reading.evidence)


def test_a_pick_restating_its_own_numbers_is_still_an_acceptance():
    reading = read("Option C: 3% at Net 75 is fine with us.")

    assert reading.intent is Intent.ACCEPT
    assert reading.terms == C


def test_a_pick_with_changed_numbers_is_a_counter_on_that_package():
    reading = read("Option B works, but with payment at Net 45.")

    assert reading.intent is Intent.COUNTER
    assert reading.terms == replace(B, payment_days=45)


@pytest.mark.parametrize("answer", [
    "A or B",
    "Option A or B would both work.",
    "A is fine, B too.",
    "Variante A oder B.",
    "Option D",
])
def test_an_ambiguous_or_unknown_pick_goes_to_a_human(answer):
    reading = read(answer)

    assert reading.intent is Intent.OTHER
    assert reading.terms == Terms()


def test_a_letter_beyond_the_packages_offered_is_ambiguous():
    assert read("Option C works for us.", alternatives=(A, B)).intent is Intent.OTHER


def test_a_pick_subject_to_approval_is_not_yet_an_acceptance():
    assert read("Option B, subject to approval by our director.").intent is Intent.OTHER


def test_without_alternatives_a_letter_means_nothing_special():
    plain = f"Hello,\n\nB\n\nBest regards,\nRosa\n\n{SIGNATURE}\n{QUOTED_OFFER}"
    reading = read_reply(raw_email(plain), context())

    assert reading.intent is not Intent.ACCEPT


def test_the_article_a_is_not_a_pick():
    reading = read("A 3% reduction is fine with us, at Net 60.")

    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-3.0, payment_days=60)


def test_the_quoted_lettered_list_is_not_read_as_a_pick():
    reading = read("We accept your proposal.")

    assert reading.intent is Intent.ACCEPT
    assert reading.terms == Terms()

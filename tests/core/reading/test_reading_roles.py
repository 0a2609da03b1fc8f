"""Clause roles: numbers a supplier names to refuse, refer to, agree to or only talk about,
in the nine languages we read. Our own sentences; the buyer last offered 5% off at Net 60
with a 12-month contract, on a baseline of USD 8.00."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reason, read_reply
from mailbot.core.terms import Intent, Terms

OFFER = {"price_change_pct": -5.0, "payment_days": 60, "contract_months": 12}


def read(answer: str, **kwargs):
    return read_reply(raw_email(f"Hello,\n\n{answer}\n\n{QUOTED_OFFER}", **kwargs),
                      context(offer=OFFER))


@pytest.mark.parametrize(
    ("answer", "terms"),
    [
        ("5% would have us selling at a loss. We can do 2%.", Terms(price_change_pct=-2.0)),
        ("The 5% you ask for cannot work; 3% is our limit.", Terms(price_change_pct=-3.0)),
        ("Net 90 is out of the question, Net 45 is possible.", Terms(payment_days=45)),
        ("Your 60 days is too long for a company our size, we need 30 days.",
         Terms(payment_days=30)),
        ("Afraid 5% is more than our margin allows. What we could do is 2.5%.",
         Terms(price_change_pct=-2.5)),
        ("5 % sind für uns nicht darstellbar. Wir bieten 2 %.", Terms(price_change_pct=-2.0)),
        ("Une remise de 5 % est impossible pour nous ; nous proposons 2 %.",
         Terms(price_change_pct=-2.0)),
        ("Un descuento del 5 % no es viable. Podemos ofrecer un 2 %.",
         Terms(price_change_pct=-2.0)),
        ("Uno sconto del 5% non è sostenibile, possiamo arrivare al 2%.",
         Terms(price_change_pct=-2.0)),
        ("Vijf procent korting is te veel, wij kunnen twee procent geven.",
         Terms(price_change_pct=-2.0)),
        ("Rabat 5% jest dla nas za wysoki. Możemy zaproponować 2%.",
         Terms(price_change_pct=-2.0)),
        ("Um desconto de 5% não é possível, podemos oferecer 2%.",
         Terms(price_change_pct=-2.0)),
        ("5 % rabatt går inte för oss, men vi kan erbjuda 2 %.", Terms(price_change_pct=-2.0)),
    ],
)
def test_refused_numbers_are_not_terms_and_the_offer_is(answer, terms):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    assert reading.terms.price_change_pct == terms.price_change_pct
    assert reading.terms.payment_days == terms.payment_days


@pytest.mark.parametrize(
    "answer",
    [
        "A 5% cut would ruin us, sorry.",
        "Net 60 is simply not possible for us.",
        "5 % Nachlass und 60 Tage Zahlungsziel sind für uns nicht machbar.",
        "5 % et 60 jours, ce n'est pas tenable pour nous. Nous regrettons.",
        "El 5 % y los 60 días no son posibles para nosotros.",
        "Il 5% e i 60 giorni non sono possibili per noi.",
        "5% en 60 dagen is voor ons onhaalbaar.",
        "5% i 60 dni to dla nas za dużo.",
        "5% e 60 dias não são possíveis para nós.",
        "5 % och 60 dagar är inte möjligt för oss.",
    ],
)
def test_refusing_only_the_buyers_numbers_is_a_reject(answer):
    reading = read(answer)
    assert reading.intent is Intent.REJECT
    assert reading.terms.is_empty()
    assert any(n.role == "refused" for n in reading.numbers)


@pytest.mark.parametrize(
    ("answer", "months"),
    [
        ("We can do 3%. The 12 months are fine with us.", 12),
        ("3% is our offer, and twelve months works for us.", 12),
        ("Wir bieten 3 %. Die Laufzeit von 12 Monaten ist für uns in Ordnung.", 12),
        ("Nous pouvons faire 3 %. Un contrat de 12 mois nous convient.", 12),
        ("Podemos hacer un 3 %. Los 12 meses de contrato están bien.", 12),
        ("Possiamo fare il 3%. La durata di 12 mesi va bene.", 12),
        ("Wij bieden 3%. Een looptijd van 12 maanden is akkoord.", 12),
        ("Możemy dać 3%. Umowa na 12 miesięcy jest w porządku.", 12),
        ("Podemos fazer 3%. O contrato de 12 meses está bem.", 12),
        ("Vi kan ge 3 %. Ett avtal på 12 månader går bra.", 12),
    ],
)
def test_a_term_agreed_by_reference_is_stated(answer, months):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    assert reading.terms.contract_months == months
    assert reading.terms.price_change_pct == -3.0


@pytest.mark.parametrize(
    "answer",
    [
        "We already gave you 4% in spring, so this time 1% and that is it.",
        "Last year we agreed 3%; this round we can offer 1%.",
    ],
)
def test_history_numbers_are_not_terms(answer):
    reading = read(answer)
    assert reading.terms.price_change_pct == -1.0


# The past named inside a condition after the number dates the condition, not the number.
@pytest.mark.parametrize(
    ("answer", "rebate"),
    [
        ("We can do 2% off the price, plus a 1% bonus at year end if you order more than "
         "last year.", 1.0),
        ("Wir geben 2 % Preisnachlass, dazu 0,5 % Jahresbonus, wenn Sie mehr bestellen "
         "als letztes Jahr.", 0.5),
        ("Nous pouvons faire une remise de 2 %, plus une ristourne de 1 % si vos achats "
         "dépassent ceux de l'an dernier.", 1.0),
    ],
)
def test_a_past_inside_a_later_condition_keeps_the_offer(answer, rebate):
    reading = read(answer)
    assert (reading.intent, reading.terms.price_change_pct, reading.terms.rebate_pct) == (
        Intent.COUNTER, -2.0, rebate), reading.numbers


def test_the_past_before_the_number_still_refers_to_it():
    reading = read("Last year we gave a 1% bonus if you ordered more; this time 2% off.")
    assert (reading.terms.price_change_pct, reading.terms.rebate_pct) == (-2.0, None)


@pytest.mark.parametrize(
    ("answer", "increase"),
    [
        ("Our costs rose by 12% this year, so we cannot give any reduction.", False),
        ("Lumber is up 11% since spring; no reduction is possible.", False),
        ("Unsere Rohstoffkosten sind um 9 % gestiegen, eine Senkung ist nicht möglich.", False),
        ("Les coûts de l'énergie ont augmenté de 20 %, nous ne pouvons rien faire.", False),
        ("I costi delle materie prime sono aumentati del 10%, non possiamo scendere.", False),
        ("Koszty energii wzrosły o 30%, nie możemy obniżyć cen.", False),
    ],
)
def test_cost_remarks_are_facts_not_price_changes(answer, increase):
    reading = read(answer)
    assert reading.intent is Intent.REJECT
    assert reading.price_increase is increase
    assert reading.terms.is_empty()


@pytest.mark.parametrize(
    "answer",
    [
        "We need to raise prices by 4% from March.",
        "Wir müssen den Stückpreis um 4 % anheben.",
        "Nous devons augmenter nos prix de 4 %.",
        "Tenemos que subir los precios un 4 %.",
        "Dobbiamo applicare un aumento del 4% sui prezzi.",
        "Wij moeten een prijsverhoging van 4% doorvoeren.",
        "Musimy wprowadzić podwyżkę cen o 4%.",
        "Temos de aplicar um aumento de 4% nos preços.",
        "Vi måste höja priserna med 4 %.",
    ],
)
def test_increases_keep_their_sign_in_every_language(answer):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    assert reading.price_increase is True
    assert reading.terms.price_change_pct == 4.0


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("We can offer two percent, with payment at forty-five days.",
         Terms(price_change_pct=-2.0, payment_days=45)),
        ("Wir bieten zweieinhalb Prozent und dreißig Tage Zahlungsziel.",
         Terms(price_change_pct=-2.5, payment_days=30)),
        ("Nous proposons trois pour cent et un paiement à quarante-cinq jours.",
         Terms(price_change_pct=-3.0, payment_days=45)),
        ("Podemos hacer el tres por ciento con pago a treinta días.",
         Terms(price_change_pct=-3.0, payment_days=30)),
        ("Possiamo concedere il due per cento con pagamento a sessanta giorni.",
         Terms(price_change_pct=-2.0, payment_days=60)),
        ("Wij bieden anderhalf procent korting en betaling binnen dertig dagen.",
         Terms(price_change_pct=-1.5, payment_days=30)),
        ("Możemy zaproponować dwa procent rabatu i płatność w ciągu trzydziestu dni.",
         Terms(price_change_pct=-2.0, payment_days=30)),
        ("Podemos oferecer dois por cento de desconto e pagamento a sessenta dias.",
         Terms(price_change_pct=-2.0, payment_days=60)),
        ("Vi kan erbjuda tre procent rabatt och betalning inom trettio dagar.",
         Terms(price_change_pct=-3.0, payment_days=30)),
    ],
)
def test_numbers_in_words(answer, expected):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    assert reading.terms.price_change_pct == expected.price_change_pct
    assert reading.terms.payment_days == expected.payment_days


@pytest.mark.parametrize(
    "answer",
    [
        "A discount somewhere between 2 and 3% could work, depending on volumes.",
        "Wir könnten zwischen 2 und 3 % anbieten.",
        "Une remise entre 2 et 3 % serait envisageable.",
        "Podríamos ofrecer entre un 2 y un 3 %.",
        "Potremmo fare tra il 2 e il 3%.",
        "Wij zouden tussen 2 en 3% kunnen geven.",
        "Moglibyśmy dać od 2 do 3%.",
        "Poderíamos dar entre 2 e 3%.",
        "Vi skulle kunna ge mellan 2 och 3 %.",
        "2-3% might be possible.",
    ],
)
def test_ranges_are_other_with_their_bounds(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.RANGE
    assert reading.terms.is_empty()
    bounds = [u.candidates for u in reading.unclear if u.kind.value == "range"]
    assert bounds == [(-3.0, -2.0)]


def test_range_evidence_is_not_a_term_and_says_why():
    reading = read("A discount between 2 and 3% is realistic.")
    assert reading.evidence == ()
    assert [n.role for n in reading.numbers] == ["range"]


@pytest.mark.parametrize(
    "answer",
    [
        "We could offer 3% provided that we add a steel index clause to the contract.",
        "3% is possible if you collect the goods ex works.",
        "Wir könnten 3 % gewähren, wenn wir eine Preisgleitklausel vereinbaren.",
        "Nous pourrions accorder 3 % à condition de passer à une autre spécification.",
        "Podríamos dar un 3 % si aceptan el pago anticipado.",
        "Potremmo fare il 3% a condizione di inserire una clausola di indicizzazione.",
    ],
)
def test_offers_on_conditions_outside_the_levers_are_other(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.CONDITIONAL_OUTSIDE_LEVERS
    assert reading.terms.is_empty()


def test_volume_condition_is_a_lever_and_stays_a_counter():
    reading = read("We can do 4% if you commit to 50,000 units a year.")
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-4.0, volume_units=50000)


def test_price_freeze_with_a_longer_term_is_a_counter_without_a_percent():
    reading = read("We can't move on price, but we can hold it fixed for a two-year agreement.")
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(contract_months=24)


@pytest.mark.parametrize(
    "answer",
    [
        "Our price of USD 8.00 is already the lowest on the market. No room for a cut.",
        "We will keep the current price, sorry.",
    ],
)
def test_naming_the_current_price_to_refuse_is_a_reject(answer):
    reading = read(answer)
    assert reading.intent is Intent.REJECT
    assert reading.terms.is_empty()


def test_up_from_the_current_price_is_history_and_the_new_price_is_the_term():
    reading = read("The best I can do is $8.40 a tray, up from the $8.00 you pay now, "
                   "and Net 45.")
    assert reading.intent is Intent.COUNTER
    assert reading.price_increase is True
    assert reading.terms.unit_price == 8.4
    assert reading.terms.payment_days == 45


def test_a_unit_price_with_a_stray_percent_gets_no_invented_percent():
    reading = read("We can offer USD 7.70 per tray. Our on-time delivery rate was 98% "
                   "and prices exclude 8% sales tax.")
    assert reading.terms.unit_price == 7.7
    assert reading.terms.price_change_pct == pytest.approx(-3.75)


def test_a_percent_that_disagrees_with_the_unit_price_beside_it_is_unclear():
    reading = read("New price USD 7.60 per tray, that is a 9% reduction.")
    assert reading.terms.unit_price == 7.6
    assert reading.terms.price_change_pct == pytest.approx(-5.0)  # derived from the price
    assert any(u.kind.value == "price_percent_conflict" for u in reading.unclear)

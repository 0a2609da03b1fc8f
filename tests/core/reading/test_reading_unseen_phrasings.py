"""Replies worded in ways the reader's vocabularies were not written from (our own words),
one group per kind of mistake that issue 11 lists, in the nine languages we read.

Every reply answers the same offer: 5% off a USD 8.00 baseline at Net 60. Each case
names the intent a careful human reads and every term they would write down; the
check is exact (no term missing, none invented, the sign right), and no case may be
read as an acceptance it is not or carry a number the human would not write down."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.terms import Intent

C, A, R, OTHER = Intent.COUNTER, Intent.ACCEPT, Intent.REJECT, Intent.OTHER


def read(answer: str) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())


def assert_read(answer: str, intent: Intent, terms: dict[str, object],
                increase: bool | None = None) -> None:
    reading = read(answer)
    stated = reading.terms.stated()
    if "unit_price" in terms:  # the percent a stated price means is derived, not stated
        stated.pop("price_change_pct", None)
    assert (reading.intent, stated) == (intent, terms), reading.evidence
    if increase is not None:
        assert reading.price_increase is increase


# Numbers named only to turn them down or to refer to them are no counter.
REFUSED = [
    ("An 8% cut would have us selling below cost.", R),
    ("Net 75 is out of the question for a company our size.", R),
    ("The 5% you ask for simply cannot work with today's steel prices.", R),
    ("Acht Prozent würden uns in die Verlustzone bringen, das geht nicht.", R),
    ("Les 5 % demandés ne sont pas envisageables pour nous.", R),
    ("Un descuento del 5 % nos dejaría sin margen, lo sentimos.", R),
    ("Il 5% che chiedete per noi non è sostenibile.", R),
    ("Die 60 Tage Zahlungsziel können wir leider nicht darstellen.", R),
    ("Zestaw 5% rabatu i 60 dni płatności jest dla nas nie do przyjęcia.", R),
    ("Os 5% pedidos inviabilizam o negócio para nós.", R),
    ("5 % rabatt klarar vi tyvärr inte.", R),
    # a loss named beside the number turns it down
    ("Con un 5 % de descuento perderíamos dinero.", R),
    ("Met 5% korting draaien we verlies.", R),
    ("Przy 5% rabatu pracowalibyśmy poniżej kosztów.", R),
    ("Com 5% de desconto teríamos prejuízo.", R),
    ("Med 5 % rabatt går vi med förlust.", R),
    ("Mit 5 % Rabatt würden wir draufzahlen.", R),
    ("Avec 5 % de remise nous vendrions à perte.", R),
    ("Con il 5% di sconto lavoreremmo in perdita.", R),
    # a verdict after a dash or a colon
    ("Regarding 5%: impossible. Regarding 60 days: also impossible.", R),
    ("5% - no. 60 days - no. Sorry.", R),
    ("Zahlungsziel: 60 Tage – leider nein.", R),
    ("Plazo: 60 días - lamentablemente no.", R),
]

# A price per piece stated on its own: the unit price, and no percent from elsewhere.
UNIT_PRICES = [
    ("Our best is USD 7.70 per carton; the 5% you mention is not possible.",
     {"unit_price": 7.7, "currency": "USD"}),
    ("We can quote 7,80 USD pro Stück, die gewünschten 5 % sind zu viel.",
     {"unit_price": 7.8, "currency": "USD"}),
    ("Nuestro precio final: 7,75 USD por unidad.", {"unit_price": 7.75, "currency": "USD"}),
]

# An increase, in every language: never read as a reduction.
INCREASES = [
    ("Our list prices will rise by 3.5% from 1 March.", {"price_change_pct": 3.5}),
    ("From June our prices go up 4%.", {"price_change_pct": 4.0}),
    ("Die Preise steigen ab Juli um 4 %.", {"price_change_pct": 4.0}),
    ("Ab dem 1. April erhöhen sich unsere Preise um 3 %.", {"price_change_pct": 3.0}),
    ("À partir d'avril, nos tarifs seront relevés de 3 %.", {"price_change_pct": 3.0}),
    ("Nuestros precios suben un 4 % a partir de enero.", {"price_change_pct": 4.0}),
    ("Dal mese prossimo i listini salgono del 3%.", {"price_change_pct": 3.0}),
    ("Onze prijzen gaan per 1 mei met 2,5% omhoog.", {"price_change_pct": 2.5}),
    ("Od lipca ceny wzrosną o 4%.", {"price_change_pct": 4.0}),
    ("Os nossos preços vão subir 3% em março.", {"price_change_pct": 3.0}),
    ("Våra priser stiger med 4 % från maj.", {"price_change_pct": 4.0}),
    ("Våra priser ökar med 3 % efter sommaren.", {"price_change_pct": 3.0}),
    # "higher" and "upwards" in every language
    ("Wir passen die Preise um 4 % nach oben an.", {"price_change_pct": 4.0}),
    ("Niestety od czerwca ceny będą wyższe o 4%.", {"price_change_pct": 4.0}),
    ("Tyvärr blir priset 3 % högre från juni.", {"price_change_pct": 3.0}),
    ("Onze prijzen worden 3% hoger.", {"price_change_pct": 3.0}),
    ("Nos prix seront 4 % plus élevés.", {"price_change_pct": 4.0}),
    # a comparison before the number is a limit, not the direction
    ("The increase will be no more than 3%.", {"price_change_pct": 3.0}),
    ("An increase of less than 3% is what we need.", {"price_change_pct": 3.0}),
]

# Clear counters that must not be read as other (or as a refusal).
COUNTERS = [
    ("5% and Net 60 are not possible for us. What we can do: 2% and 45 days.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("Sorry but 5 percent is too much for us, we can give two percent only.",
     {"price_change_pct": -2.0}),
    ("We are able to offer a discount of three percent on all sizes.",
     {"price_change_pct": -3.0}),
    ("No podemos pasar del 3 %.", {"price_change_pct": -3.0}),
    ("La baisse ne pourra pas dépasser 2 %.", {"price_change_pct": -2.0}),
    ("Mehr als 2 % Nachlass ist nicht drin.", {"price_change_pct": -2.0}),
    ("Oltre il 2% non possiamo andare.", {"price_change_pct": -2.0}),
    ("Meer dan 2% korting kunnen we niet geven.", {"price_change_pct": -2.0}),
    # "higher than" before a discount limits it; the discount stays a reduction
    ("We cannot give a discount higher than 2%.", {"price_change_pct": -2.0}),
    ("Our discount can be no higher than 2%.", {"price_change_pct": -2.0}),
    ("Einen Rabatt höher als 2 % können wir nicht geben.", {"price_change_pct": -2.0}),
    ("Rabat wyższy niż 2% nie jest możliwy.", {"price_change_pct": -2.0}),
    ("Net 30 works for us, and we can do 2%.", {"price_change_pct": -2.0, "payment_days": 30}),
    ("The two-year term is OK, on price we can do 3%.",
     {"price_change_pct": -3.0, "contract_months": 24}),
    ("We can do 3% off, payment at 45 days, for a 24 month agreement.",
     {"price_change_pct": -3.0, "payment_days": 45, "contract_months": 24}),
    ("2% off if you commit to 40,000 units a year.",
     {"price_change_pct": -2.0, "volume_units": 40000}),
    ("Our price can go down to USD 7.60 a piece on a 30-day account.",
     {"unit_price": 7.6, "currency": "USD", "payment_days": 30}),
    ("Price: 3% - OK. Payment: 60 days - no, 45 days.",
     {"price_change_pct": -3.0, "payment_days": 45}),
    ("5 % — helaas niet, 3 % wel.", {"price_change_pct": -3.0}),
    # a term taken "as proposed" is agreed by reference
    ("Zahlungsziel wie vorgeschlagen 60 Tage, Preis minus 3 %.",
     {"price_change_pct": -3.0, "payment_days": 60}),
    ("Payment 60 days as you proposed, and 3% off.",
     {"price_change_pct": -3.0, "payment_days": 60}),
    ("Plazo de pago como propuesto 60 días; el precio baja un 2 %.",
     {"price_change_pct": -2.0, "payment_days": 60}),
    ("We accept your payment terms of 60 days and can do 3%.",
     {"price_change_pct": -3.0, "payment_days": 60}),
    ("Your 60 days we can accept. Price: minus 2%.",
     {"price_change_pct": -2.0, "payment_days": 60}),
    ("Les 60 jours que vous proposez nous conviennent ; 2 % sur le prix.",
     {"price_change_pct": -2.0, "payment_days": 60}),
    ("De föreslagna 60 dagarna fungerar, rabatt 2 %.",
     {"price_change_pct": -2.0, "payment_days": 60}),
    # a bare number after a refused term of its kind, offered as the writer's bound
    ("Your 60 days we cannot accept, 45 is our limit.", {"payment_days": 45}),
    ("Net 90 is too long, 60 is our limit.", {"payment_days": 60}),
    ("We can't do 60 days, but 45 should be OK.", {"payment_days": 45}),
    ("60 Tage gehen nicht, 45 sollten passen.", {"payment_days": 45}),
    ("5% is too much, 3 could work.", {"price_change_pct": -3.0}),
    ("Prima, we gaan akkoord met 3% en 45 dagen.", {"price_change_pct": -3.0,
                                                    "payment_days": 45}),
    # Dutch "en" is "and", not the French "en 10 jours" of a cash discount
    ("Oké, 4% en 60 dagen is akkoord.", {"price_change_pct": -4.0, "payment_days": 60}),
    ("Doe maar 2% en 45 dagen.", {"price_change_pct": -2.0, "payment_days": 45}),
    ("Vi kan ge 2 % och 45 dagar.", {"price_change_pct": -2.0, "payment_days": 45}),
    # a purity, a delivery rate, a share: no price moves by that much
    ("Our on-time rate is 97.5% and we can offer 2% off.", {"price_change_pct": -2.0}),
    ("Purity stays at 99.8%; the price can drop 3%.", {"price_change_pct": -3.0}),
    ("Con una pureza del 99,5 % podemos rebajar un 2 %.", {"price_change_pct": -2.0}),
    ("80% of our volume goes to you; we can give 2%.", {"price_change_pct": -2.0}),
    # a percent beside a days figure, with a net term: the discount for paying early
    ("We can reduce 1% and offer 10 days 2% or 45 days net.",
     {"price_change_pct": -1.0, "payment_days": 45}),
    ("Preis minus 2 %, Zahlung 8 Tage 3 % oder 30 Tage netto.",
     {"price_change_pct": -2.0, "payment_days": 30}),
    ("We can do 45 days and 2% off.", {"price_change_pct": -2.0, "payment_days": 45}),
    ("After review we can offer USD 7.50 per unit.", {"unit_price": 7.5, "currency": "USD"}),
    ("Considering the 24 months, we can give 3%.",
     {"price_change_pct": -3.0, "contract_months": 24}),
    ("We checked and 3% works.", {"price_change_pct": -3.0}),
    ("Payment 45 days, 2% off.", {"price_change_pct": -2.0, "payment_days": 45}),
    # a contract length listed on its own beside the other terms
    ("Agreed: 4% off, 60 days, 24 months.",
     {"price_change_pct": -4.0, "payment_days": 60, "contract_months": 24}),
    ("Możemy: 3%, 45 dni, 12 miesięcy.",
     {"price_change_pct": -3.0, "payment_days": 45, "contract_months": 12}),
    ("Nous pouvons faire 3 %, 45 jours et 24 mois.",
     {"price_change_pct": -3.0, "payment_days": 45, "contract_months": 24}),
    ("2% off, and we have supplied you for 12 months now.", {"price_change_pct": -2.0}),
]

# Acceptances in other words and languages.
ACCEPTANCES = [
    ("We are agreeable to your proposal. Kindly release the PO.", {}),
    ("We are agreeable. Kindly release the PO at the earliest.", {}),
    ("Happy to go with that, please send the paperwork.", {}),
    ("That is acceptable to us, thank you.", {}),
    ("Passt für uns, bitte schicken Sie uns den Vertrag.", {}),
    ("Nous validons votre proposition.", {}),
    ("Aceptamos su propuesta, gracias.", {}),
    ("Per noi va bene così.", {}),
    ("Akkoord, stuur maar het contract.", {}),
    ("Akceptujemy Państwa propozycję.", {}),
    ("Estamos de acordo com a proposta.", {}),
    ("Vi godkänner ert förslag.", {}),
    ("Deal. 5% off, 60 days.", {"price_change_pct": -5.0, "payment_days": 60}),
    # asking for the order or the contract takes the offer, in every language
    ("You may now raise the PO.", {}),
    ("We'll go with that.", {}),
    ("Glad to go with your proposal; please draw up the contract.", {}),
    ("Awaiting your PO.", {}),
    ("Schicken Sie uns gerne die Bestellung.", {}),
    ("Merci de nous envoyer le bon de commande.", {}),
    ("Envíennos el pedido cuando quieran.", {}),
    ("Potete inviarci l'ordine.", {}),
    ("Restiamo in attesa del vostro ordine.", {}),
    ("U kunt de bestelling plaatsen.", {}),
    ("Prosimy o przesłanie zamówienia.", {}),
    ("Podem enviar a encomenda.", {}),
    ("Aguardamos o vosso pedido.", {}),
    ("Skicka gärna ordern.", {}),
]

# Rejections that say no without a counter.
REJECTIONS = [
    ("We'll pass on this one, thanks for thinking of us.", R),
    ("Please take us off your supplier list.", R),
    ("Our prices stay where they are.", R),
    ("No.", R),
    ("Wir bleiben bei unseren aktuellen Preisen.", R),
    ("Nous ne donnerons pas suite à votre demande.", R),
    ("No estamos en condiciones de mejorar la oferta.", R),
    ("Non siamo in grado di accettare.", R),
    ("Daar gaan we niet op in.", R),
    ("Nie jesteśmy w stanie obniżyć cen.", R),
    ("Não conseguimos baixar o preço.", R),
    ("Vi kan inte sänka priset.", R),
    ("We have decided to keep our pricing for the rest of the year.", R),
    ("Thanks, but we'll stay where we are on price.", R),
    ("Unfortunately that's a no from us.", R),
    ("Our current prices already reflect the best we can offer.", R),
    ("We won't be able to go along with this.", R),
    ("That won't fly with our management.", R),
    ("Wir haben entschieden, unsere Preise beizubehalten.", R),
    ("Nous conservons nos prix.", R),
    ("We houden onze prijzen zoals ze zijn.", R),
]

# Replies that must stay other: they need a person.
OTHERS = [
    ("Please clarify whether the 5% applies to all sizes.", OTHER),
    ("Kindly confirm if the 5% is on the list price or on the net price.", OTHER),
    ("Können Sie bitte bestätigen, ob sich die 5 % auf den Listenpreis beziehen?", OTHER),
    ("3% is fine once our managing director has signed it off.", OTHER),
    ("5% is fine by me, but our owner has the final word; I will revert.", OTHER),
    ("We can accept 4%, but we require a 30% prepayment with each order.", OTHER),
    ("We can give 3% if you collect ex works.", OTHER),
    ("If you accept a thinner board we can give the 5% you ask.", OTHER),
    ("We could do somewhere between 2 and 3%, depending on the mix you end up ordering.", OTHER),
    ("Please note our bank details have changed; all future payments go to the new "
     "account.", OTHER),
    ("We keep the price unchanged if you sign for three years.", OTHER),
    # a number under review is not offered, in every language
    ("I am out until the 15th; my colleague will answer about the 5%.", OTHER),
    ("Let me see what I can do about the 5% and come back to you by Friday.", OTHER),
    ("We are reviewing the 5% internally.", OTHER),
    ("We'll check the 60 days with finance.", OTHER),
    ("Wir prüfen die 5 % und melden uns bis Freitag.", OTHER),
    ("Estamos revisando el 5 % con dirección.", OTHER),
    ("Stiamo valutando il 5% richiesto.", OTHER),
    ("We bekijken de 5% intern en komen erop terug.", OTHER),
    ("Analizujemy 5% i wrócimy z odpowiedzią.", OTHER),
    ("Estamos a analisar os 5% e voltamos a contactar.", OTHER),
    ("Vi tittar på de 5 % och återkommer.", OTHER),
    # shipping only in full loads is a condition outside the terms
    ("2% is possible if we may deliver in full truckloads only.", OTHER),
    ("Die Preise bleiben unverändert, wenn Sie einen Dreijahresvertrag unterschreiben.", OTHER),
    ("Nous maintenons nos prix si vous signez pour deux ans.", OTHER),
    # paper asked for only to be read, or a sign-off still to come: no acceptance
    ("Please send us the contract for our review first.", OTHER),
    ("Kindly send the draft agreement to our legal department.", OTHER),
    ("Waiting for your order confirmation of the new price.", OTHER),
    # an order asked for on other terms, a receipt, a note passed on: no acceptance
    ("Kindly release the PO at our current price.", OTHER),
    ("Please send the PO for the old price.", OTHER),
    ("Send us the PO and we will confirm the new price later.", OTHER),
    ("Looking forward to your order at the usual conditions.", OTHER),
    ("OK, we received your offer.", OTHER),
    ("Ok noted, thanks.", OTHER),
    ("Fine, I'll pass this on to my manager.", OTHER),
    ("We are awaiting approval from our director.", OTHER),
    ("In attesa di approvazione del nostro direttore.", OTHER),
]

# A price in the supplier's own currency stays in it.
CURRENCIES = [
    ("Nossa melhor oferta: R$ 39,90 por unidade.", {"unit_price": 39.9, "currency": "BRL"}),
    ("Nasza cena to 31,50 zł netto za sztukę.", {"unit_price": 31.5, "currency": "PLN"}),
    ("We can offer INR 640.00/pc, GST extra.", {"unit_price": 640.0, "currency": "INR"}),
]


@pytest.mark.parametrize(("answer", "intent"), REFUSED + REJECTIONS)
def test_refusals_and_rejections(answer, intent):
    assert_read(answer, intent, {})


@pytest.mark.parametrize(("answer", "terms"), UNIT_PRICES + CURRENCIES)
def test_unit_prices_keep_their_currency_and_bring_no_percent(answer, terms):
    assert_read(answer, C, terms)


@pytest.mark.parametrize(("answer", "terms"), INCREASES)
def test_increases_keep_their_sign(answer, terms):
    assert_read(answer, C, terms, increase=True)


@pytest.mark.parametrize(("answer", "terms"), COUNTERS)
def test_counters(answer, terms):
    assert_read(answer, C, terms, increase=False)


@pytest.mark.parametrize(("answer", "terms"), ACCEPTANCES)
def test_acceptances(answer, terms):
    assert_read(answer, A, terms)


@pytest.mark.parametrize(("answer", "intent"), OTHERS)
def test_replies_for_a_person(answer, intent):
    assert_read(answer, intent, {}, increase=False)


# The offer answered line by line: a short word or a tick under each quoted term.
def _inline(first: str, second: str) -> Reading:
    body = (
        "On Mon, 13 Oct 2025 at 16:40, Purchasing Desk <buyer@acme.example> wrote:\n"
        "> Dear Rosa, we would like to propose:\n>\n"
        "> - Unit price: 5% below the current price (USD 7.60 instead of USD 8.00)\n"
        f"{first}\n"
        "> - Payment terms: Net 60\n"
        f"{second}\n"
        ">\n> Kind regards,\n> Purchasing Desk\n"
    )
    return read_reply(raw_email(body), context())


@pytest.mark.parametrize(("first", "second", "intent"), [
    ("ok for us", "fine", A),
    ("✓", "✓", A),
    ("[RL] agreed", "[RL] agreed", A),
    ("fine", "no", OTHER),
    ("Noted", "Noted", OTHER),
])
def test_answers_under_each_quoted_term(first, second, intent):
    reading = _inline(first, second)
    assert (reading.intent, reading.terms.stated()) == (intent, {})

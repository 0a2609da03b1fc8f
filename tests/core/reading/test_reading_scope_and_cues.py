"""How far a word reaches, and cue families that were missing (our own words).

A refusal, a word of the past or a condition speaks only of the numbers in its reach; a
number keeps the role of its own phrase; asking a boss, having no interest and needing
an increase each have their words in the languages we read.

Every reply answers the offer of ``reading_mail``: 5% off a USD 8.00 baseline at Net 60.
"""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.terms import Intent

C, A, R, OTHER = Intent.COUNTER, Intent.ACCEPT, Intent.REJECT, Intent.OTHER


def read(answer: str) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())


def assert_read(answer: str, intent: Intent, terms: dict[str, object]) -> None:
    reading = read(answer)
    assert (reading.intent, reading.terms.stated()) == (intent, terms), reading.evidence


# A discount offered only against a new contract clause or the buyer fetching the goods:
# German writes the clause into one word, Spanish and Italian use a verb of collecting.
OUTSIDE_THE_LEVERS = [
    "Gerne 2 %, aber nur mit einer Rohstoffpreisklausel für Aluminium.",
    "4 % wären drin, allerdings nur mit Energiekostenklausel ab dem zweiten Quartal.",
    "We could manage 3% provided an aluminium price clause goes into the contract.",
    "Un 3 % es posible si recogen ustedes los palés en nuestra planta.",
    "Possiamo fare il 2 % se ritirate voi la merce presso il nostro magazzino.",
    "We could do 3% if the pallets are picked up EXW at our plant in Tilburg.",
]


@pytest.mark.parametrize("answer", OUTSIDE_THE_LEVERS)
def test_a_number_on_a_condition_outside_the_levers_is_no_counter(answer):
    assert read(answer).intent is OTHER


# A surcharge is a price increase (a lever), not a condition; "upfront" about candour is
# no payment in advance.
def test_an_energy_surcharge_is_an_increase_not_a_condition():
    reading = read("To be upfront with you, we are adding a 4% energy surcharge from "
                   "January, so no reduction this year.")
    assert reading.intent is C
    assert reading.price_increase
    assert reading.terms.stated() == {"price_change_pct": 4.0}


# Turned down by saying it exceeds what the writer can bear, or that it is unrealistic.
REFUSED_THEN_COUNTERED = [
    ("Five per cent is more than we can absorb this year. We can do 2% and Net 45.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("5 % halten wir für unrealistisch. 1,5 % sind möglich.", {"price_change_pct": -1.5}),
    ("Un 5 % es irrealista para nosotros; podemos llegar al 2 %.", {"price_change_pct": -2.0}),
    ("5% jest nierealistyczne, możemy dać 2%.", {"price_change_pct": -2.0}),
]


@pytest.mark.parametrize(("answer", "terms"), REFUSED_THEN_COUNTERED)
def test_a_number_said_to_be_beyond_us_is_refused_and_the_counter_read(answer, terms):
    assert_read(answer, C, terms)


def test_steep_names_a_verdict_only_as_a_predicate():
    assert_read("After a steep rise in resin we have to raise our rates by 6% from May.",
                C, {"price_change_pct": 6.0})
    assert_read("5% is rather steep for us, 2% we can do.", C, {"price_change_pct": -2.0})


# A phrase with its own verb does not take the verdict of the next one.
def test_a_phrase_with_its_own_verb_keeps_its_role():
    reading = read("Our lowest price is USD 7.70 per piece, this is already a thin margin.")
    assert reading.intent is C
    assert (reading.terms.unit_price, reading.terms.currency) == (7.7, "USD")


# A word of the past speaks of the numbers near it, not of a new one further on.
def test_a_word_of_the_past_reaches_only_nearby():
    assert_read("Because freight went up so much over the last quarter our company is now "
                "forced to add 5% to all our rates from June.", C, {"price_change_pct": 5.0})
    assert_read("Last year we already gave you 3%. This time 1% is all we can do.",
                C, {"price_change_pct": -1.0})
    assert_read("We have absorbed a 7% board increase since then without passing it on. "
                "1% is our final word.", C, {"price_change_pct": -1.0})


# A payment match that reached over a term taken before it reads the later number in its
# own phrase.
def test_a_number_past_a_taken_term_keeps_its_own_refusal():
    assert_read("We can give you the 5%, but payment has to be 45 days end of month, "
                "60 days is too long for our bank.", C,
                {"price_change_pct": -5.0, "payment_days": 45})


# "current prices for 24 months": the number after the preposition is a length, not
# today's price.
def test_todays_prices_held_for_a_length_is_a_stated_length():
    reading = read("We can hold our present prices for 24 months, with no reduction.")
    assert reading.terms.stated().get("contract_months") == 24


# Agreement worded as an infinitive after a modal, and a one-year contract said in words.
def test_accepting_after_a_modal_and_a_year_in_words():
    assert_read("Ihr Zahlungsziel von 60 Tagen können wir akzeptieren, beim Preis gehen "
                "maximal 3 %.", C, {"price_change_pct": -3.0, "payment_days": 60})
    assert_read("2% works, and we are happy to sign a year's contract.", C,
                {"price_change_pct": -2.0, "contract_months": 12})
    assert_read("Zgoda na 3% i umowa na rok.", C,
                {"price_change_pct": -3.0, "contract_months": 12})


# No interest, and "take us off your list", are refusals in every language.
NO_INTEREST = [
    "We have no interest in supplying on these terms. Please take us off your list.",
    "Kein Bedarf. Bitte nehmen Sie uns aus Ihrer Lieferantenliste.",
    "Nous ne sommes pas intéressés, merci de nous retirer de vos envois. Retirez-nous.",
    "Por favor, dennos de baja; no estamos interesados.",
    "Non abbiamo alcun interesse, cancellateci dalla lista.",
    "Wij zijn niet geïnteresseerd. Haal ons van de lijst.",
    "Nie jesteśmy zainteresowani.",
    "Não temos interesse nesta proposta.",
    "Vi är inte intresserade, ta bort oss från listan.",
]


@pytest.mark.parametrize("answer", NO_INTEREST)
def test_no_interest_is_a_rejection(answer):
    assert read(answer).intent is R


# Asking a boss is a decision still to come; waiting for the buyer's answer is not.
ASKS_THE_BOSS = [
    "I must ask to my manager first, he decides on any discount above 2%.",
    "Da muss ich erst meinen Chef fragen, ob 3 % gehen.",
    "Je dois demander à mon directeur si 3 % sont possibles.",
    "Tengo que preguntar a mi jefe si podemos dar un 3 %.",
    "Devo chiedere al mio responsabile se il 3 % è fattibile.",
]


@pytest.mark.parametrize("answer", ASKS_THE_BOSS)
def test_asking_the_boss_is_pending_not_a_counter(answer):
    assert read(answer).intent is OTHER


WAITS_FOR_THE_BUYER = [
    ("Podemos ofrecer un 2 % y pago a 45 días. Quedamos a la espera de su respuesta.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("We can do 2% at Net 45 and look forward to your reply; waiting for your feedback.",
     {"price_change_pct": -2.0, "payment_days": 45}),
    ("Nous pouvons faire 2 % à 45 jours, en attente de votre retour.",
     {"price_change_pct": -2.0, "payment_days": 45}),
]


@pytest.mark.parametrize(("answer", "terms"), WAITS_FOR_THE_BUYER)
def test_waiting_for_the_buyers_answer_is_no_sign_off(answer, terms):
    assert_read(answer, C, terms)


# Needing an increase, without the word "price", is a price increase.
NEEDS_AN_INCREASE = [
    "Before we go on we need to talk: our costs keep climbing and we will need an "
    "increase next year. Could you call me?",
    "Wir sollten telefonieren, wir brauchen eine deutliche Erhöhung ab Januar.",
    "Necesitamos un incremento para el año que viene; ¿podemos hablar por teléfono?",
]


@pytest.mark.parametrize("answer", NEEDS_AN_INCREASE)
def test_needing_an_increase_is_a_price_increase(answer):
    reading = read(answer)
    assert reading.intent is OTHER
    assert reading.price_increase


# An increase announced with regret ("leider") is still an increase; without a number it
# turns the offer down.
def test_an_increase_with_regret_and_no_number_declines():
    reading = read("Wir werden unsere Preise leider erhöhen müssen, Einzelheiten folgen.")
    assert (reading.intent, reading.price_increase) == (R, True)
    reading = read("We will have to raise our prices next quarter, details to follow.")
    assert (reading.intent, reading.price_increase) == (R, True)


# A percent above today's price is an increase, in German and English.
def test_a_percent_above_todays_price_is_an_increase():
    for answer in ("Der neue Preis liegt 3 % über dem aktuellen Preis.",
                   "The new price will be 3% above the current one."):
        reading = read(answer)
        assert (reading.intent, reading.price_increase) == (C, True), answer
        assert reading.terms.price_change_pct == 3.0, answer


# Acceptances and refusals in words the cue lists lacked.
OTHER_WORDS = [
    ("We can work with that.", A),
    ("Ihr Vorschlag ist für uns annehmbar.", A),
    ("Our pricing stays as quoted, thank you.", R),
    ("Not at these prices, sorry.", R),
    ("Dazu sind wir nicht bereit.", R),
    ("Preferimos no seguir adelante.", R),
    ("Nous préférons en rester là.", R),
    ("A 5% cut would put us under water, we can't do it.", R),
]


@pytest.mark.parametrize(("answer", "intent"), OTHER_WORDS)
def test_acceptances_and_refusals_in_other_words(answer, intent):
    assert read(answer).intent is intent


# More of the buyer's business in return is a condition outside the levers.
def test_more_of_the_buyers_business_is_a_condition_outside_the_levers():
    reading = read("We could hold today's price for 24 months, provided you also give us "
                   "your printed sleeve business.")
    assert reading.intent is OTHER


# An approval still to come from someone named, after "we accept".
def test_an_acceptance_that_needs_a_superior_to_approve_is_pending():
    reading = read("We accept the 5% reduction, but we need our finance director to approve "
                   "it first. I will come back to you.")
    assert reading.intent is OTHER


# A colleague's note forwarded to us by mistake: the buyer's numbers are "what they want".
def test_a_note_to_a_colleague_is_no_counter():
    reading = read("Anna - see below from the buyer. They want 5% and 60 days. I could live "
                   "with 2 and 45. Thoughts before I reply?")
    assert reading.intent is OTHER


# An acceptance naming an article no word of the thread names.
def test_an_acceptance_for_an_article_the_thread_does_not_name():
    reading = read("We accept the 5% reduction on the kraft paper sacks, glad we agreed.")
    assert reading.intent is OTHER
    same_article = read("We accept the 5% reduction on the corrugated trays.")
    assert same_article.intent is A


# A percent turned down by what it would mean, in the next phrase; and "a stretch".
def test_what_a_number_would_mean_is_its_verdict():
    assert_read("Eine Senkung um 5 % würde für uns bedeuten, unter Selbstkosten zu liefern. "
                "Wir bieten 2 % bei 45 Tagen.", C, {"price_change_pct": -2.0, "payment_days": 45})
    assert_read("Five percent is a stretch; two percent we can do at Net 45.", C,
                {"price_change_pct": -2.0, "payment_days": 45})


def test_holding_on_to_todays_prices_in_german_declines():
    assert read("Wir werden an unseren aktuellen Preisen festhalten.").intent is R


# A bare number beside acceptance words may be the counter: no acceptance then.
UNREAD_NUMBER = [
    "Four and a half and we have a deal, the 60 days are no problem.",
    "Make it 4 and you have a deal.",
    "Passt grundsätzlich, wenn wir uns bei 4,5 treffen.",
]


@pytest.mark.parametrize("answer", UNREAD_NUMBER)
def test_a_bare_number_beside_acceptance_words_is_no_acceptance(answer):
    assert read(answer).intent is not A


def test_acceptance_with_only_read_numbers_still_accepts():
    assert read("5% and 60 days are fine, we have a deal.").intent is A


# Increases worded in ways the cue lists lacked; and "instead of" reaches only to the comma.
INCREASES = [
    "En lugar de una rebaja, necesitamos una subida del 3 %.",
    "Ab Februar berechnen wir einen Inflationsausgleich von 3 %.",
    "Wir brauchen eine Preiskorrektur von plus 3 %.",
    "Priset höjs med 3 % från mars.",
    "We will have to put our prices up 3% in spring.",
    "Sadly we must add 3% to the current price from May.",
    "We have to pass on a 3% increase in board costs.",
]


@pytest.mark.parametrize("answer", INCREASES)
def test_increases_in_more_words(answer):
    reading = read(answer)
    assert (reading.intent, reading.price_increase) == (C, True), answer
    assert reading.terms.price_change_pct == 3.0, answer


def test_adding_a_discount_is_no_increase():
    reading = read("We can add a further 2% discount on top of the 1% we gave.")
    assert not reading.price_increase


ACCEPTANCES = [
    "Klingt gut, so machen wir es.",
    "Dat is prima voor ons, stuur de bestelling maar.",
    "Kindly proceed with the order as per your offer.",
]


@pytest.mark.parametrize("answer", ACCEPTANCES)
def test_acceptances_in_more_words(answer):
    assert read(answer).intent is A


# A discount word belongs to its own term: "2% off plus a 1% rebate" is two levers.
def test_a_discount_word_does_not_reach_past_and_or_plus():
    assert_read("We can offer 3% off plus a 1.5% year-end rebate if you commit to 40,000 "
                "units.", C, {"price_change_pct": -3.0, "rebate_pct": 1.5, "volume_units": 40000})


def test_signing_for_a_length_is_a_contract_length():
    assert_read("2 % sind drin, wenn Sie 36 Monate unterschreiben.", C,
                {"price_change_pct": -2.0, "contract_months": 36})


def test_an_order_by_a_date_is_a_condition_outside_the_levers():
    assert read("3% if the order is placed before the end of the month.").intent is OTHER


# "Shall we accept?" asked of a colleague: the question mark follows the word.
def test_a_colleagues_question_with_a_question_mark_is_an_internal_note():
    for answer in ("Pablo, quieren 5 % y 60 días. ¿Lo aceptamos?",
                   "Giulia, chiedono il 5 % a 60 giorni, accettiamo?"):
        assert read(answer).intent is OTHER, answer


# Agreement that restates the offer while someone else's signature or word is awaited.
PENDING_ELSEWHERE = [
    "Mit 5 % und 60 Tagen können wir leben, ich muss es aber noch unserem Inhaber vorlegen.",
    "5 % und 60 Tage passen, die Unterschrift leistet unser Vorstand am Montag.",
    "Aceptamos el 5 % y los 60 días, a falta del visto bueno de gerencia.",
    "El 5 % y 60 días nos encajan; la decisión final la toma nuestro consejero delegado.",
    "5% and 60 days are fine by me; final approval lies with our parent company.",
]


@pytest.mark.parametrize("answer", PENDING_ELSEWHERE)
def test_restating_the_offer_while_approval_is_awaited_is_pending(answer):
    assert read(answer).intent is OTHER


def test_sending_the_contract_for_signature_is_no_pending_approval():
    assert read("Einverstanden. Bitte senden Sie uns den Vertrag zur Unterschrift.").intent is A


# An acceptance that leaves a part out in the same sentence.
def test_an_acceptance_that_leaves_a_part_out_is_partial():
    reading = read("De acuerdo con el 5 % y 60 días para las bandejas, no para las tapas.")
    assert reading.intent is OTHER


# A change of bank details in any order and language, beside an agreement.
BANK_CHANGES = [
    "De acuerdo. Les comunicamos que hemos cambiado de banco, les enviamos la nueva cuenta.",
    "Va bene, ma aggiornate per favore le nostre coordinate bancarie.",
    "Akkoord. Ons rekeningnummer is per 1 maart gewijzigd.",
    "Zgoda. Prosimy o aktualizację numeru konta.",
    "De acordo, mas atualizem os nossos dados bancários.",
    "Fine with 5% and 60 days; note we have switched bank, details to follow.",
]


@pytest.mark.parametrize("answer", BANK_CHANGES)
def test_a_bank_detail_change_beside_an_agreement_is_never_an_acceptance(answer):
    assert read(answer).intent is OTHER


def test_terms_offered_with_payment_in_advance_are_conditional():
    assert read("Podemos ofrecer un 3 % con pago anticipado.").intent is OTHER


# German typed without umlauts reads as German.
def test_german_without_umlauts():
    assert_read("5 % koennen wir leider nicht, 3 % waeren moeglich, fuer 45 Tage.", C,
                {"price_change_pct": -3.0, "payment_days": 45})
    assert read("Das passt fuer uns, wir sind einverstanden.").intent is A


def test_umlauts_are_not_invented_where_german_keeps_the_vowels():
    from mailbot.core.reading.umlauts import with_umlauts

    assert with_umlauts("die neue Steuer, aktuell, eventuell, zuerst") == (
        "die neue Steuer, aktuell, eventuell, zuerst")
    assert with_umlauts("Gruesse aus Koeln, fuer Sie") == "Grüsse aus Köln, für Sie"


# A bare number after an offered value turned down: the same term, in several languages.
BARE_AFTER_REFUSED = [
    "We can't do 5, but 2 we could.",
    "5 geht nicht, aber 2 können wir machen.",
    "El 5 es imposible, pero un 2 sí podríamos.",
]


@pytest.mark.parametrize("answer", BARE_AFTER_REFUSED)
def test_a_bare_number_after_a_refused_offered_value_is_that_term(answer):
    assert_read(answer, C, {"price_change_pct": -2.0})


def test_a_bare_number_for_a_time_is_no_term():
    assert read("We can't talk today, call me at 5 tomorrow.").intent is not A


def test_ok_for_an_article_the_thread_does_not_name():
    assert read("We're fine with the new terms for the shrink sleeves.").intent is OTHER


def test_a_portuguese_sign_off_does_not_make_the_reply_swedish():
    assert_read("Conseguimos um desconto de dois e meio por cento.\n\nAtt,\nRui", C,
                {"price_change_pct": -2.5})


def test_a_rebate_word_after_and_belongs_to_the_next_number():
    assert_read("Si nos garantizan 80.000 unidades al año, bajamos un 3 % y damos además "
                "un rappel del 1 %.", C,
                {"price_change_pct": -3.0, "volume_units": 80000, "rebate_pct": 1.0})


def test_binding_for_two_years_in_swedish_is_a_contract_length():
    assert_read("Vi ger 2 % rabatt om ni binder er på två år.", C,
                {"price_change_pct": -2.0, "contract_months": 24})


def test_thats_acceptable_accepts():
    assert read("That's acceptable. We'll update our system from next month.").intent is A


# An abbreviation's dot does not end the sentence: "1,2 Mio. Stück", "ca. 3 %".
def test_an_abbreviations_dot_is_no_sentence_end():
    assert_read("Bei einer Abnahme von 1,5 Mio. Stück pro Jahr geben wir 3 %.", C,
                {"price_change_pct": -3.0, "volume_units": 1500000})
    assert_read("Wir können ca. 2 % anbieten, bzw. 3 % bei 24 Monaten Laufzeit.", OTHER, {})


# From the languages other than English: idioms of refusal, "too far", binding oneself,
# no interest, a mailing list, talking it over internally, "but only if".
def test_idioms_of_refusal_then_a_counter_in_words():
    assert_read("Cinco por ciento, ni en sueños. Te puedo hacer un dos y medio.", C,
                {"price_change_pct": -2.5})
    assert_read("5 procent gaat ons te ver. 2 procent en 45 dagen kunnen we doen.", C,
                {"price_change_pct": -2.0, "payment_days": 45})


def test_binding_oneself_for_two_years_in_german_is_a_contract_length():
    assert_read("2 % gehen, vorausgesetzt, Sie binden sich für zwei Jahre an uns.", C,
                {"price_change_pct": -2.0, "contract_months": 24})


def test_a_percent_then_and_then_days_in_dutch_is_no_cash_discount():
    reading = read("Dat is in orde voor ons: 5 % korting en 60 dagen betalingstermijn.")
    assert reading.intent is A


@pytest.mark.parametrize("answer", [
    "Non ci interessa, grazie.",
    "Proszę usunąć nasz adres z listy mailingowej.",
    "Bitte löschen Sie uns aus Ihrem Verteiler.",
])
def test_no_interest_and_a_mailing_list_are_rejections(answer):
    assert read(answer).intent is R


def test_part_agreed_and_part_talked_over_internally_is_no_acceptance():
    reading = read("Voor de deksels gaan we akkoord; over de bakken moeten we intern nog "
                   "overleggen.")
    assert reading.intent is OTHER


def test_but_only_if_keeps_the_condition_with_its_offer():
    reading = read("We kunnen 3 % bieden, maar alleen als we een indexclausule afspreken.")
    assert reading.intent is OTHER


# From fresh_corpus5's probe half (messy real-world mail).
def test_a_side_by_side_table_with_an_empty_label_cell_or_slashes_keeps_our_column():
    assert_read("Here is where we land:\n\n| Your offer | Our offer\nPrice | -5 % | -2 %\n"
                "Payment | 60 days | 45 days", C, {"price_change_pct": -2.0, "payment_days": 45})
    assert_read("Side by side:\nYour proposal / Our proposal\nPrice: -5% / -3%\n"
                "Payment: 60 days / 30 days", C, {"price_change_pct": -3.0, "payment_days": 30})


def test_a_million_written_m_before_what_is_counted():
    assert_read("3% if you commit to 1.5m units a year.", C,
                {"price_change_pct": -3.0, "volume_units": 1500000})


def test_keeping_the_days_the_buyer_asked_for_agrees_to_them():
    assert_read("No cut, sorry; we need 3% more from April. We can keep the 60 days you asked "
                "for.", C, {"price_change_pct": 3.0, "payment_days": 60})


def test_days_after_con_are_the_payment_term():
    assert_read("Te ofrecemos 2% con 30 días.", C, {"price_change_pct": -2.0, "payment_days": 30})


def test_committing_oneself_for_a_length_is_a_contract_length():
    assert_read("On peut faire 3 % si vous vous engagez pour dix-huit mois.", C,
                {"price_change_pct": -3.0, "contract_months": 18})


def test_a_closure_notice_with_long_dates_is_automatic():
    reading = read("Sehr geehrte Damen und Herren, unser Betrieb bleibt vom 22.12. bis "
                   "einschließlich 07.01. geschlossen. Ab 08.01. sind wir wieder für Sie da.")
    assert reading.intent is Intent.AUTO_REPLY


def test_a_minimum_per_order_is_no_committed_volume():
    assert_read("Our offer: 2% off. Orders must be minimum 5,000 pcs per delivery.", C,
                {"price_change_pct": -2.0})
    assert_read("2% off if you commit to 60,000 pcs per year.", C,
                {"price_change_pct": -2.0, "volume_units": 60000})


# A tax named past a comma is no kind of the offered percent; "dearer" rises a cost.
def test_vat_past_a_comma_leaves_the_offered_percent_a_price_cut():
    assert_read("Nu kunnen we 1,5% doen, excl. 21% btw.", C, {"price_change_pct": -1.5})
    assert_read("Possiamo offrire il 2% a 45 giorni, IVA 22% esclusa.", C,
                {"price_change_pct": -2.0, "payment_days": 45})


def test_materials_become_dearer_is_a_cost_fact():
    assert_read("De grondstoffen zijn 12% duurder geworden; toch bieden we 2% aan.", C,
                {"price_change_pct": -2.0})

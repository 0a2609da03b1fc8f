"""Intent from the whole reply: acceptances, rejections and what only a human may handle,
in the nine languages we read (our own sentences)."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reason, read_reply
from mailbot.core.reading.reasons import CLARIFIABLE
from mailbot.core.terms import Intent, Terms

OFFER = {"price_change_pct": -5.0, "payment_days": 60}


def read(answer: str, *, offer: dict[str, float | None] | None = None, **kwargs):
    body = f"Hi,\n\n{answer}\n\nBest regards\nRosa\n\n{QUOTED_OFFER}"
    return read_reply(raw_email(body, **kwargs), context(offer=offer or OFFER))


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, we can live with that.",
        "Fine by us, go ahead with the order.",
        "Deal. Send the purchase order over.",
        "Passt so, wir sind einverstanden.",
        "C'est bon pour nous, nous acceptons.",
        "Nos parece bien, adelante.",
        "Va bene, procediamo.",
        "Prima, we gaan akkoord.",
        "Zgoda, akceptujemy warunki.",
        "Fechado, podem avançar com a encomenda.",
        "Det går bra, vi accepterar.",
    ],
)
def test_acceptances_in_other_words_and_languages(answer):
    reading = read(answer)
    assert reading.intent is Intent.ACCEPT
    assert reading.terms.is_empty()


def test_acceptance_restating_the_offer_in_words_stays_an_acceptance():
    reading = read("We accept: five percent off and sixty days payment.")
    assert reading.intent is Intent.ACCEPT
    assert reading.terms == Terms(price_change_pct=-5.0, payment_days=60)


def test_acceptance_wording_with_other_numbers_in_words_is_a_counter():
    reading = read("Agreed at four percent and sixty days.")
    assert reading.intent is Intent.COUNTER
    assert reading.terms.price_change_pct == -4.0


@pytest.mark.parametrize(
    "answer",
    [
        "Thanks for thinking of us, but we'll pass this time.",
        "Please take us off your mailing list.",
        "We will keep our prices as they are.",
        "No.",
        "Not interested, thank you.",
        "Leider sehen wir keinen Spielraum für eine Senkung.",
        "Nous maintenons nos prix actuels. Désolés.",
        "Lo sentimos, mantenemos los precios actuales.",
        "Purtroppo non possiamo accettare la vostra proposta.",
        "Helaas kunnen wij hier niet in meegaan.",
        "Niestety nie możemy przyjąć tej propozycji.",
        "Infelizmente não temos margem para descontos.",
        "Tyvärr tackar vi nej till erbjudandet.",
    ],
)
def test_rejections_polite_curt_and_in_nine_languages(answer):
    reading = read(answer)
    assert reading.intent is Intent.REJECT
    assert reading.terms.is_empty()


@pytest.mark.parametrize(
    "answer",
    [
        "Please note that we have changed our bank. Payments must now be made to IBAN "
        "GB12 ABCD 1234 5612 3456 78. We accept your offer.",
        "Agreed. Also, please update our bank details for future invoices: new account "
        "number 12345678.",
        "Bitte beachten Sie unsere neue Bankverbindung: IBAN DE12 3456 7890 1234 5678 90.",
        "Veuillez noter nos nouvelles coordonnées bancaires (RIB ci-joint).",
        "Les informamos de nuestros nuevos datos bancarios para los próximos pagos.",
        "Vi preghiamo di utilizzare le nuove coordinate bancarie per i pagamenti.",
        "Graag uw administratie aanpassen: onze nieuwe bankgegevens staan hieronder.",
        "Prosimy o przelewy na nowy numer konta od przyszłego miesiąca.",
        "Por favor, atualizem os nossos novos dados bancários.",
        "Observera våra nya bankuppgifter för kommande betalningar.",
    ],
)
def test_bank_detail_changes_are_for_a_human_and_never_an_acceptance(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.BANK_DETAILS_CHANGE
    assert reading.reason not in CLARIFIABLE


def test_an_iban_in_the_signature_is_no_bank_change():
    body = ("We can do 3% at Net 45.\n\nKind regards\nRosa\nNordpack AB\n"
            "IBAN SE12 3456 7890 1234 5678\n")
    reading = read_reply(raw_email(body), context(offer=OFFER))
    assert reading.intent is Intent.COUNTER


@pytest.mark.parametrize(
    "answer",
    [
        "Happy to accept the new price for the 25 mm version; the 40 mm is another matter.",
        "We accept your offer for the other article, not this one.",
    ],
)
def test_acceptance_for_a_different_item_is_other(answer):
    reading = read(answer, subject="Re: Corrugated trays 40 mm - price review")
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.DIFFERENT_ITEM


def test_acceptance_naming_the_threads_own_item_is_an_acceptance():
    reading = read("We accept the new price for the 40 mm trays.",
                   subject="Re: Corrugated trays 40 mm - price review")
    assert reading.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    [
        "Looks fine to me, but I need sign-off from our director first.",
        "Agreed in principle, subject to approval by our board.",
        "Grundsätzlich einverstanden, die Freigabe der Geschäftsleitung steht noch aus.",
        "D'accord sur le principe, sous réserve de validation par notre direction.",
        "De acuerdo, pendiente de aprobación de la gerencia.",
        "Per noi va bene, ma deve essere approvato dal direttore.",
        "Akkoord, onder voorbehoud van goedkeuring door de directie.",
        "Zgoda, ale wymaga to akceptacji zarządu.",
        "De acordo, sujeito a aprovação da direção.",
        "Det ser bra ut, men det måste godkännas av vår chef.",
    ],
)
def test_acceptance_pending_sign_off_is_other(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.PENDING_SIGN_OFF


def test_counter_after_past_consultation_is_not_pending():
    reading = read("Nach Rücksprache mit der Geschäftsleitung bieten wir 3 % Nachlass.")
    assert reading.intent is Intent.COUNTER


@pytest.mark.parametrize(
    "answer",
    [
        "Could we discuss this by phone tomorrow?",
        "Können wir das kurz telefonisch besprechen?",
        "Pourrions-nous en discuter par téléphone ?",
        "¿Podemos hablarlo por teléfono?",
        "Possiamo sentirci per telefono domani?",
        "Kunnen we dit telefonisch bespreken?",
        "Czy możemy porozmawiać o tym telefonicznie?",
        "Podemos falar sobre isto por telefone?",
        "Kan vi ta det på telefon i morgon?",
    ],
)
def test_call_requests_are_other(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason in (Reason.CALL_REQUEST, Reason.QUESTION)


def test_a_firm_counter_with_an_optional_call_offer_stays_a_counter():
    reading = read("3% is the max, Net 45. Call me if you want to talk it through.")
    assert reading.intent is Intent.COUNTER


@pytest.mark.parametrize(
    "answer",
    [
        "Does the 5% apply to the printed trays as well?",
        "Is the price per tray or per pallet of 200?",
        "Which item do you mean, the 40 mm or the 60 mm trays?",
    ],
)
def test_questions_about_the_offer_are_other(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.QUESTION
    assert reading.terms.is_empty()


def test_alternatives_expose_each_package():
    reading = read("Two options: 3% on a 12-month agreement, or 4% if you go to 24 months. "
                   "Payment stays at 45 days either way.")
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.ALTERNATIVES
    [alternatives] = [u for u in reading.unclear if u.kind.value == "alternatives"]
    assert alternatives.packages == (
        Terms(price_change_pct=-3.0, contract_months=12, payment_days=45),
        Terms(price_change_pct=-4.0, contract_months=24, payment_days=45),
    )


def test_alternatives_on_lines_of_their_own():
    reading = read("We can offer two variants:\nVariant A: 2% with 12 months\n"
                   "Variant B: 3.5% with 24 months\nPayment 45 days in both cases.")
    [alternatives] = [u for u in reading.unclear if u.kind.value == "alternatives"]
    assert [p.price_change_pct for p in alternatives.packages] == [-2.0, -3.5]
    assert {p.payment_days for p in alternatives.packages} == {45}


def test_a_note_meant_for_a_colleague_is_other():
    reading = read("Paul, can you check with production if 2% is doable? Don't reply to "
                   "them yet.", subject="FW: Corrugated trays")
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.INTERNAL_NOTE


def test_reason_and_unclear_are_in_the_json():
    data = read("A discount between 2 and 3% is realistic.").to_json()
    assert data["reason"] == "range"
    assert data["unclear"][0]["kind"] == "range"
    assert data["unclear"][0]["candidates"] == [-3.0, -2.0]
    assert data["numbers"][0]["role"] == "range"


@pytest.mark.parametrize(
    "answer",
    [
        "That's acceptable for us.",
        "Sure, we're happy to proceed on that basis.",
        "You've got a deal.",
        "OK for us, thanks.",
        "Alles klar, das passt für uns.",
        "Geht in Ordnung.",
        "Parfait, ça nous va.",
        "Perfecto, aceptado.",
        "Perfetto, confermato.",
        "Dat is goed voor ons.",
        "Pasuje nam, w porządku.",
        "Perfeito, concordo.",
        "Låter bra, vi kör på det.",
    ],
)
def test_more_acceptance_wordings(answer):
    assert read(answer).intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    [
        "We are not in a position to offer any reduction.",
        "Our prices are firm, sorry.",
        "I'm afraid there is nothing more we can do.",
        "Da müssen wir leider passen.",
        "Wir haben kein Interesse an einer Anpassung.",
        "Nous ne donnerons pas suite à votre demande.",
        "No nos interesa seguir con esta negociación.",
        "Non siamo interessati, grazie.",
        "Wij zien hiervan af.",
        "Nie jesteśmy zainteresowani.",
        "Não estamos interessados, obrigado.",
        "Vi avstår den här gången.",
        "We have decided to terminate the supply agreement at the end of the year.",
    ],
)
def test_more_rejection_wordings(answer):
    reading = read(answer)
    assert reading.intent is Intent.REJECT


@pytest.mark.parametrize(
    "answer",
    [
        "Sounds OK, I'll confirm once my manager is back on Monday.",
        "Fine for me, but I have to get this approved by finance.",
        "Das sieht gut aus, ich muss es aber noch mit meinem Chef abstimmen.",
        "Cela nous convient, je dois encore le faire valider par la direction.",
        "Nos parece bien, pero tengo que consultarlo con mi jefe.",
        "Per me va bene, devo però sentire il titolare.",
        "Dat lijkt goed, ik moet het nog voorleggen aan de directie.",
        "Wygląda dobrze, ale muszę to jeszcze uzgodnić z szefem.",
        "Parece-me bem, mas preciso de confirmar com a direção.",
        "Det låter bra, men jag måste stämma av med min chef.",
    ],
)
def test_more_pending_sign_off_wordings(answer):
    reading = read(answer)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.PENDING_SIGN_OFF


@pytest.mark.parametrize(
    "answer",
    [
        "We have to apply a price adjustment of 3% from January.",
        "Nous devons appliquer une revalorisation tarifaire de 3 %.",
        "Wir müssen eine Preisanpassung von 3 % vornehmen.",
        "Dobbiamo applicare un adeguamento dei prezzi del 3%.",
        "Tenemos que aplicar una actualización de precios del 3 %.",
        "Wij moeten een prijsaanpassing van 3% doorvoeren.",
        "Musimy przeprowadzić waloryzację cen o 3%.",
        "Temos de fazer um reajuste de preços de 3%.",
        "Vi behöver göra en prisjustering på 3 %.",
        "Prices will go up by 3% next quarter.",
    ],
)
def test_increases_worded_as_adjustments_keep_the_sign(answer):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    assert reading.price_increase is True
    assert reading.terms.price_change_pct == 3.0


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("OK, understood. We will review internally and let you know.", Reason.HOLDING),
        ("Agreed on the principle, let me confirm the numbers next week.", Reason.HOLDING),
        ("OK from my side, waiting for the green light from purchasing.",
         Reason.PENDING_SIGN_OFF),
        ("Your proposal is fine for the standard trays. For the printed ones, see attached.",
         Reason.PARTIAL),
        ("We accept, provided you cover the freight.", None),
        ("Looks fine to me, shall we accept? They are asking for 5%.", Reason.INTERNAL_NOTE),
        ("Agreed. From now on please transfer all payments to IBAN DE44 5001 0517 5407 3249 "
         "31.", Reason.BANK_DETAILS_CHANGE),
        ("Das passt soweit, ich gebe Ihnen nach Rücksprache mit dem Chef Bescheid.", None),
    ],
)
def test_acceptance_words_that_are_no_acceptance(answer, reason):
    reading = read(answer)
    assert reading.intent is not Intent.ACCEPT
    if reason is not None:
        assert reading.reason is reason


@pytest.mark.parametrize(
    "answer",
    [
        "We've decided not to participate in this round.",
        "No deal, sorry.",
        "Leider können wir Ihrem Wunsch nach einer Preissenkung nicht nachkommen.",
        "Wir bitten um Verständnis, dass wir die Preise nicht senken können.",
        "Das geht leider nicht.",
        "Unfortunately we cannot lower our prices; we will come back to you if costs ease.",
    ],
)
def test_declines_worded_around_a_verb_of_giving(answer):
    assert read(answer).intent is Intent.REJECT


@pytest.mark.parametrize(
    "answer",
    [
        "Thank you. We confirm receipt of your message and will come back to you shortly.",
        "Your e-mail has been received and is being processed.",
        "We accept no liability for errors in this message.",
    ],
)
def test_boilerplate_with_acceptance_words_is_no_acceptance(answer):
    assert read(answer).intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    [
        "Tenemos que aplicar un encarecimiento del 3 % por la energía.",
        "Ab März gilt ein Aufpreis von 3 % auf alle Artikel.",
        "Nous appliquerons une majoration de 3 % dès janvier.",
        "De prijsstijging bedraagt 3% vanaf januari.",
    ],
)
def test_increase_words_of_more_kinds(answer):
    reading = read(answer)
    assert reading.price_increase is True
    assert reading.terms.price_change_pct == 3.0


@pytest.mark.parametrize(
    "announcement",
    ["My comments are marked in blue below.", "Antworten direkt im Text.",
     "Nos commentaires figurent en rouge ci-dessous.", "Vedi sotto le nostre risposte.",
     "Odpowiedzi poniżej."],
)
def test_answers_typed_into_an_outlook_quote_whatever_the_announcement(announcement):
    body = (f"Hello,\n\n{announcement}\n\nRosa\n\n"
            "From: Purchasing Desk <buyer@acme.example>\nSent: Monday, 13 October 2025\n"
            "Subject: Trays\n\n- a 5% reduction on the unit price\nOK\n"
            "- payment at Net 60\nOK\n")
    reading = read_reply(raw_email(body), context(offer=OFFER))
    assert reading.intent is Intent.ACCEPT


def test_agreeing_to_one_number_and_refusing_another_is_no_acceptance():
    reading = read("5% is fine, but 60 days is too long for us.")
    assert reading.intent is not Intent.ACCEPT
    assert reading.terms.payment_days is None


def test_a_bare_number_after_a_refused_term_is_the_suppliers_value_of_that_term():
    reading = read("Sześćdziesiąt dni płatności to dla nas za długo – proponujemy trzydzieści.")
    assert reading.intent is Intent.COUNTER
    assert reading.terms.payment_days == 30


@pytest.mark.parametrize(
    "answer",
    [
        "Agreed for the remaining stock only.",
        "Fine, but we keep our current prices then.",
        "Thanks, I have passed your offer to our director for approval.",
        "Einverstanden, aber nur für die Standardausführung.",
    ],
)
def test_restricted_or_unapproved_acceptances_are_no_acceptance(answer):
    assert read(answer).intent is not Intent.ACCEPT


def test_one_and_a_half_per_cent_wrapped_over_two_lines():
    reading = read("On price, one and a half per\ncent is where we would land.")
    assert reading.terms.price_change_pct == -1.5


def test_restating_the_offer_on_a_condition_outside_it_is_no_acceptance():
    reading = read("We accept the 5% and Net 60 in return for exclusivity on this range.")
    assert reading.intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    ("subject", "answer"),
    [("Re: Printed cartons type A-3", "We accept the new price for type A-4."),
     ("Re: Nitrile gloves size 9", "Fine for size 10, we accept."),
     ("Re: Labels KB-17", "Agreed for the KB-21 labels.")],
)
def test_acceptances_naming_another_type_size_or_code(subject, answer):
    reading = read(answer, subject=subject)
    assert reading.intent is Intent.OTHER
    assert reading.reason is Reason.DIFFERENT_ITEM

"""Whole messages through ``read_reply``: intents, price increases and what is escalated."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, SIGNATURE, alternative, context, raw_email

from mailbot.core.reading import read_reply
from mailbot.core.terms import Intent, Terms


def read(body: str, **kwargs):
    offer = kwargs.pop("offer", None)
    return read_reply(raw_email(body, **kwargs), context(offer=offer))


def reply(answer: str) -> str:
    """An answer above a signature and the quoted offer, as most clients send it."""
    return f"Hello,\n\n{answer}\n\nBest regards,\nRosa\n\n{SIGNATURE}\n{QUOTED_OFFER}"


def test_counter_ignores_the_quoted_offer_and_signature_numbers():
    reading = read(reply("We could manage a 3% reduction with Net 45."))
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-3.0, payment_days=45)
    assert "Hamngatan" not in reading.new_text


def test_bare_acceptance_above_the_quote():
    reading = read(reply("Agreed, please send the updated contract."))
    assert reading.intent is Intent.ACCEPT
    assert reading.terms.is_empty()


def test_acceptance_restating_the_same_terms_keeps_them():
    reading = read(reply("We accept the 5% reduction and Net 60."))
    assert reading.intent is Intent.ACCEPT
    assert reading.terms == Terms(price_change_pct=-5.0, payment_days=60)


def test_acceptance_that_restates_different_numbers_is_a_counter():
    reading = read(reply("Agreed on 5%, with payment at Net 45."))
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-5.0, payment_days=45)


def test_acceptance_with_a_new_condition_is_a_counter():
    reading = read(reply("We accept your offer provided you commit to 30,000 trays per year."))
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(volume_units=30000)


@pytest.mark.parametrize(
    "answer",
    [
        "Einverstanden, wir nehmen Ihr Angebot an.",
        "Nous sommes d'accord avec votre proposition.",
        "Estamos de acuerdo con su propuesta.",
        "Akkoord, we gaan akkoord met uw voorstel.",
    ],
)
def test_acceptance_in_other_languages(answer):
    assert read(reply(answer)).intent is Intent.ACCEPT


def test_ok_under_an_inline_question_is_not_an_acceptance():
    body = ("Answers below.\n\n"
            "> Could you also confirm delivery to the Leeds warehouse?\nOK.\n"
            "> We propose a 5% reduction and Net 60.\n>\n> Regards\n")
    reading = read(body)
    assert reading.intent is not Intent.ACCEPT
    assert reading.terms.is_empty()


def test_inline_counter_between_quoted_lines():
    body = ("See inline.\n\n> a 5% reduction on the current price,\n"
            "Too deep. 2.5% is possible.\n> and payment terms of Net 60.\nFine.\n> Regards\n")
    reading = read(body)
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-2.5)


def test_refusing_the_buyers_numbers_is_a_reject_without_terms():
    reading = read(reply("We cannot accept a 5% reduction, nor Net 60."))
    assert reading.intent is Intent.REJECT
    assert reading.terms.is_empty()


def test_decline_announcing_an_increase_without_a_number():
    reading = read(reply("No reduction is possible; in fact we will have to raise our "
                         "prices in spring."))
    assert (reading.intent, reading.price_increase) == (Intent.REJECT, True)


def test_rising_costs_alone_are_not_a_price_increase():
    reading = read(reply("Sorry, we are unable to lower prices as our energy costs went up."))
    assert (reading.intent, reading.price_increase) == (Intent.REJECT, False)


def test_increase_with_a_number_is_a_counter():
    reading = read(reply("We need a price increase of 4% from March."))
    assert (reading.intent, reading.price_increase) == (Intent.COUNTER, True)
    assert reading.terms.price_change_pct == 4.0


def test_new_unit_price_above_baseline_is_an_increase_with_derived_percent():
    reading = read(reply("From March our price will be USD 8.40 per tray."))
    assert (reading.intent, reading.price_increase) == (Intent.COUNTER, True)
    assert reading.terms.unit_price == 8.4
    assert reading.terms.price_change_pct == pytest.approx(5.0)


def test_call_request_about_an_increase_is_other():
    reading = read(reply("We need to talk about a price increase. Could we set up a call?"))
    assert (reading.intent, reading.price_increase) == (Intent.OTHER, True)


@pytest.mark.parametrize(
    "answer",
    [
        "We can offer either 3% at Net 60 or 4% at Net 30.",
        "Option A: 2% at Net 60\nOption B: 4% with a 24-month contract",
        "Maybe something around 2-3%, I need to check with finance.",
        "We could agree to 5% subject to approval by our board.",
        "Does the 5% also apply to the printed trays?",
        "I have forwarded your proposal to our managing director.",
        "Our counter-proposal is in the attached PDF.",
    ],
)
def test_what_a_human_must_read_is_other(answer):
    reading = read(reply(answer))
    assert reading.intent is Intent.OTHER
    assert reading.terms.is_empty()


def test_auto_reply_from_rfc3834_headers():
    reading = read("I will be back on 3 November.", headers={"Auto-Submitted": "auto-replied"})
    assert reading.intent is Intent.AUTO_REPLY


def test_auto_submitted_no_is_an_ordinary_message():
    reading = read(reply("We can do 2%."), headers={"Auto-Submitted": "no"})
    assert reading.intent is Intent.COUNTER


def test_outlook_suppress_header_is_not_an_auto_reply_signal():
    reading = read(reply("We can do 2%."), headers={"X-Auto-Response-Suppress": "All"})
    assert reading.intent is Intent.COUNTER


@pytest.mark.parametrize(
    "subject",
    ["Automatic reply: trays", "Abwesenheitsnotiz: Tabletts", "Réponse automatique : plateaux",
     "Respuesta automática: bandejas", "Out of Office: trays"],
)
def test_auto_reply_subjects(subject):
    assert read("Back soon.", subject=subject).intent is Intent.AUTO_REPLY


def test_out_of_office_text_without_headers():
    reading = read("I am on annual leave until 2 November with no access to email.")
    assert reading.intent is Intent.AUTO_REPLY


def test_bounce_from_plain_non_delivery_report():
    reading = read(
        "Your message could not be delivered to rosa@nordpack.example.\n\n"
        "We propose a 5% reduction and Net 60.",
        sender="Mail Delivery Subsystem <postmaster@nordpack.example>",
        subject="Undeliverable: trays",
    )
    assert reading.intent is Intent.BOUNCE


def test_bounce_wins_over_auto_submitted():
    reading = read("Delivery has failed.", subject="Mail delivery failed",
                   sender="MAILER-DAEMON@mx.acme.example",
                   headers={"Auto-Submitted": "auto-replied"})
    assert reading.intent is Intent.BOUNCE


def test_newsletter_is_other_and_its_promotion_no_counter():
    reading = read("Autumn sale: 15% off all trays!", headers={"Precedence": "bulk",
                                                               "List-Id": "<news.nordpack>"})
    assert reading.intent is Intent.OTHER
    assert reading.terms.is_empty()


def test_html_only_gmail_quote():
    html = ("<div>We can do 3% at Net 45.</div><div class=gmail_quote>"
            "<div class=gmail_attr>On Mon, Purchasing Desk &lt;buyer@acme.example&gt; wrote:"
            "</div><blockquote>We propose 5% and Net 60.</blockquote></div>")
    reading = read_reply(raw_email(html, content_type="text/html; charset=utf-8"), context())
    assert reading.terms == Terms(price_change_pct=-3.0, payment_days=45)


def test_multipart_alternative_outlook_html_block():
    plain = "We can offer 2% at Net 50.\n\n-----Original Message-----\nFrom: buyer\n5% Net 60\n"
    html = "<p>We can offer 2% at Net 50.</p><div id=divRplyFwdMsg><b>From:</b> buyer</div>"
    reading = read_reply(alternative(plain, html), context())
    assert reading.terms == Terms(price_change_pct=-2.0, payment_days=50)


def test_defects_lower_confidence_but_still_read():
    body = "We can offer 2 % at Net 45.\n".encode("latin-1")
    raw = raw_email(body, content_type='text/plain; charset="bogus-8bit"')
    reading = read_reply(raw, context())
    assert reading.intent is Intent.COUNTER
    assert reading.defects
    assert reading.confidence < 0.85


def test_to_json_shape():
    data = read(reply("We can do 2%.")).to_json()
    assert set(data) >= {"intent", "price_increase", "terms", "confidence", "evidence"}
    assert data["terms"]["payment_days"] is None
    assert data["evidence"][0]["field"] == "price_change_pct"


@pytest.mark.parametrize(
    "answer",
    [
        "This is not acceptable for us.",
        "Sorry, but we will not be able to reduce our prices.",
        "We are not prepared to lower our prices at this time.",
        "Leider können wir Ihnen keinen Nachlass gewähren.",
        "Nous ne pouvons malheureusement pas baisser nos prix.",
        "Lamentablemente no podemos reducir nuestros precios.",
    ],
)
def test_declines_in_several_wordings_and_languages(answer):
    assert read(reply(answer)).intent is Intent.REJECT


def test_considering_a_number_on_a_condition_is_other_not_an_increase():
    reading = read(reply("We would consider 3% if you can increase the volume. "
                         "What volumes do you expect?"))
    assert (reading.intent, reading.price_increase) == (Intent.OTHER, False)


def test_terse_proposal_question_is_a_counter():
    reading = read("4% net 45 ok?\n\nSent from my phone")
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-4.0, payment_days=45)


def test_counter_next_to_a_question_is_less_certain():
    plain = read(reply("We can do 3% at Net 45."))
    asking = read(reply("We can do 3% at Net 45. Which plant does this cover?"))
    assert asking.intent is Intent.COUNTER
    assert asking.confidence < plain.confidence


def test_gateway_block_notice_is_a_bounce():
    reading = read("Your message to rosa@nordpack.example was blocked by policy.",
                   sender="postmaster@nordpack.example", subject="Message blocked")
    assert reading.intent is Intent.BOUNCE


def test_a_persons_reply_about_a_rejected_offer_is_not_a_bounce():
    reading = read(reply("Your proposal was rejected by our board, sorry."),
                   subject="Re: Offer rejected")
    assert reading.intent is Intent.REJECT


def test_german_short_closing_and_signature_line_starting_with_the_name():
    reading = read("wir bieten 2 % Nachlass.\n\nGruß\nRosa\n")
    assert reading.new_text == "wir bieten 2 % Nachlass."
    reading = read("We can do 2%.\n\nRosa Lindqvist | Nordpack AB | +46 31 555 12 34\n")
    assert reading.new_text == "We can do 2%."


@pytest.mark.parametrize(
    "answer",
    [
        "OK, I will check internally and revert.",
        "Agreed, but we need to discuss the delivery schedule first.",
        "Agreed in principle, but let's talk about the start date.",
        "I agree the market is tough, but no reduction is possible.",
        "Thanks, we will review it and come back to you.",
    ],
)
def test_acceptance_words_with_a_reservation_or_holding_are_not_an_accept(answer):
    assert read(reply(answer)).intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    ["Yes. Please send the contract amendment for signature.", "Looks good, go ahead.",
     "Confirmed. Thank you!", "Fine with the 5% and Net 60."],
)
def test_plain_acceptances(answer):
    assert read(reply(answer)).intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    ["We will not go below our current prices.", "Our prices are final.",
     "We have decided to end our cooperation."],
)
def test_walking_away_is_a_reject(answer):
    assert read(reply(answer)).intent is Intent.REJECT


@pytest.mark.parametrize(
    "headers",
    [{"X-Autoreply": "yes"}, {"X-Autorespond": "vacation"}, {"Precedence": "auto_reply"}],
)
def test_other_automatic_headers(headers):
    assert read("Thanks for your mail.", headers=headers).intent is Intent.AUTO_REPLY


def test_read_receipt_is_an_auto_reply():
    boundary = "mdn"
    body = (f"--{boundary}\nContent-Type: text/plain\n\nYour message was displayed.\n"
            f"--{boundary}\nContent-Type: message/disposition-notification\n\n"
            "Disposition: automatic-action/MDN-sent-automatically; displayed\n"
            f"--{boundary}--\n")
    reading = read(body, content_type=(
        f'multipart/report; report-type=disposition-notification; boundary="{boundary}"'))
    assert reading.intent is Intent.AUTO_REPLY


def test_delay_notice_is_a_bounce():
    reading = read("This is a warning only. Your message will be retried for 4 more days.",
                   sender="MAILER-DAEMON@mx.acme.example", subject="Delayed Mail")
    assert reading.intent is Intent.BOUNCE


def test_street_address_in_an_unsigned_footer_is_no_term():
    reading = read("We can do 2%.\nNordpack AB, Industriestraße 14, 70565 Stuttgart")
    assert reading.terms == Terms(price_change_pct=-2.0)


@pytest.mark.parametrize(
    "body",
    ["Je suis actuellement absente et de retour le 3 novembre.",
     "Estaré fuera hasta el lunes; estoy ausente de la oficina.",
     "Our office is closed for the holidays until 5 January."],
)
def test_absence_and_closure_notices_without_headers(body):
    assert read(body).intent is Intent.AUTO_REPLY

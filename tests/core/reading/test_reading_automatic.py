"""Automatic replies and delivery reports without the usual headers, and their reasons."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reason, read_reply
from mailbot.core.terms import Intent


def read(body: str, **kwargs):
    return read_reply(raw_email(body, **kwargs), context())


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Hello, I'm away for two weeks and will answer your message when I return on the "
         "24th.", Reason.OUT_OF_OFFICE),
        ("I am on parental leave until the end of April. My colleague Tom Weber "
         "(tom.weber@nordpack.example) is looking after my accounts.", Reason.OUT_OF_OFFICE),
        ("Ich bin bis einschließlich 14. Juli in Elternzeit. In dringenden Fällen wenden Sie "
         "sich bitte an Frau Keller.", Reason.OUT_OF_OFFICE),
        ("Je suis en congé maternité jusqu'au 2 septembre. Pour toute urgence, merci de "
         "contacter mon collègue.", Reason.OUT_OF_OFFICE),
        ("Sono fuori ufficio fino al 12 agosto con accesso limitato alla posta.",
         Reason.OUT_OF_OFFICE),
        ("Jestem na urlopie do dnia 20 sierpnia. W pilnych sprawach proszę o kontakt z biurem.",
         Reason.OUT_OF_OFFICE),
        ("Estou de férias até ao dia 9 de setembro.", Reason.OUT_OF_OFFICE),
        ("Jag är föräldraledig till och med mars. Kontakta min kollega i brådskande ärenden.",
         Reason.OUT_OF_OFFICE),
        ("Ik ben met vakantie tot en met 18 juli en lees mijn mail daarna.", Reason.OUT_OF_OFFICE),
        ("Our plant is closed for the summer break from 4 to 18 August. Orders will be handled "
         "after that.", Reason.CLOSURE),
        ("Wegen Betriebsferien ist unser Büro vom 22.12. bis 06.01. geschlossen.",
         Reason.CLOSURE),
        ("Nos bureaux seront fermés du 1er au 15 août (fermeture annuelle).", Reason.CLOSURE),
        ("This mailbox is no longer monitored. Please write to sales@nordpack.example instead.",
         Reason.MAILBOX_UNMONITORED),
        ("Herr Brandt ist nicht mehr im Unternehmen. Dieses Postfach wird nicht mehr gelesen; "
         "bitte wenden Sie sich an vertrieb@nordpack.example.", Reason.MAILBOX_UNMONITORED),
        ("Cette adresse n'est plus consultée. Merci d'écrire à contact@nordpack.example.",
         Reason.MAILBOX_UNMONITORED),
        ("Thank you for contacting us. We have received your request and a support agent will "
         "respond within 2 business days. Your ticket number is 58812.",
         Reason.TICKET_ACKNOWLEDGEMENT),
        ("Vielen Dank, wir haben Ihre Anfrage erhalten. Ihre Vorgangsnummer lautet 2025-4471. "
         "Wir melden uns innerhalb von 48 Stunden.", Reason.TICKET_ACKNOWLEDGEMENT),
        ("Nous avons bien reçu votre demande, enregistrée sous le numéro de ticket 99120. "
         "Ceci est un message automatique.", Reason.TICKET_ACKNOWLEDGEMENT),
        # Only how long the absence lasts, or that the answer comes later, as second cue.
        ("Thanks for writing. I'm away for three weeks and will reply when I'm back.",
         Reason.OUT_OF_OFFICE),
        ("Bonjour, je serai absent pendant deux semaines.", Reason.OUT_OF_OFFICE),
        ("Hola, estaré ausente durante dos semanas; responderé a mi regreso.",
         Reason.OUT_OF_OFFICE),
        ("Your message has been logged under the reference 7731; an agent will follow up.",
         Reason.TICKET_ACKNOWLEDGEMENT),
        ("Votre demande a bien été enregistrée sous le numéro 3308.",
         Reason.TICKET_ACKNOWLEDGEMENT),
    ],
)
def test_automatic_notices_without_rfc3834_headers(body, reason):
    reading = read(f"{body}\n\n{QUOTED_OFFER}", headers={"X-Auto-Response-Suppress": "All"})
    assert reading.intent is Intent.AUTO_REPLY
    assert reading.reason is reason
    assert reading.terms.is_empty()


@pytest.mark.parametrize(
    "subject",
    ["Automatiskt svar: pallar", "Odpowiedź automatyczna: palety", "Risposta automatica: viti",
     "Resposta automática: tampas", "Automatisch antwoord: kratten"],
)
def test_auto_reply_subjects_in_more_languages(subject):
    assert read("Thank you for your message.", subject=subject).intent is Intent.AUTO_REPLY


@pytest.mark.parametrize(
    "subject", ["Read: Corrugated trays", "Gelesen: Tabletts", "Lu : plateaux", "Läst: pallar"]
)
def test_read_receipt_subjects(subject):
    reading = read("Your message was read on 14 October 2025 09:40.", subject=subject)
    assert reading.intent is Intent.AUTO_REPLY
    assert reading.reason is Reason.READ_RECEIPT


def test_plain_text_return_receipt_of_a_groupware_system():
    body = ("Your document:\tPrice review corrugated trays\n"
            "was received by:\tRosa Lindqvist/NORDPACK\nat:\t14.10.2025 09:52:19 CEST\n")
    reading = read(body, subject="Return Receipt")
    assert reading.intent is Intent.AUTO_REPLY
    assert reading.reason is Reason.READ_RECEIPT


def test_ticket_number_in_the_subject_of_an_acknowledgement():
    reading = read("Thanks for your e-mail. We will look at it shortly.",
                   subject="[Case #44120] Corrugated trays")
    assert reading.intent is Intent.AUTO_REPLY


def test_an_agent_answering_through_a_helpdesk_is_read_as_a_reply():
    reading = read("We can offer a 3% reduction at Net 45.",
                   subject="[Ticket#20251014] Re: Corrugated trays")
    assert reading.intent is Intent.COUNTER


@pytest.mark.parametrize(
    ("answer", "intent"),
    [
        ("I'll be on holiday from Monday, so let's settle it now: we accept your offer.",
         Intent.ACCEPT),
        ("Sorry for the slow answer, I was out of the office until yesterday. We can do 2% "
         "at Net 45.", Intent.COUNTER),
        ("Ich bin ab morgen im Urlaub, deshalb gleich: 3 % Nachlass und 45 Tage Zahlungsziel.",
         Intent.COUNTER),
        ("I was away for two weeks, sorry for the delay. We can offer 3% at Net 45.",
         Intent.COUNTER),
    ],
)
def test_a_person_who_mentions_an_absence_still_answers(answer, intent):
    assert read(f"{answer}\n\n{QUOTED_OFFER}").intent is intent


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        ("Non recapitabile: Proposta", "Recapito non riuscito ai seguenti destinatari:\n"
         "rosa@nordpack.example", "Microsoft Outlook <postmaster@nordpack.example>"),
        ("Kan inte levereras: pallar", "Meddelandet kunde inte levereras till mottagaren.",
         "postmaster@nordpack.example"),
        ("Niedostarczalne: palety", "Wiadomość nie została dostarczona do adresata.",
         "postmaster@nordpack.example"),
        ("Undelivered Mail Returned to Sender", "This is the mail system at host mx1.\n\n"
         "I'm sorry to have to inform you that your message could not be delivered.",
         "MAILER-DAEMON@mx1.nordpack.example"),
    ],
)
def test_plain_text_non_delivery_reports_in_several_languages(subject, body, sender):
    reading = read(f"{body}\n\n{QUOTED_OFFER}", subject=subject, sender=sender)
    assert reading.intent is Intent.BOUNCE
    assert reading.reason is Reason.DELIVERY_FAILED
    assert reading.terms.is_empty()


def test_delay_warning_is_a_bounce_of_its_own_kind():
    reading = read("Delivery to the following recipient has been delayed: "
                   "rosa@nordpack.example. The server will keep trying for 2 more days.",
                   subject="Delivery delayed: Corrugated trays",
                   sender="Mail Delivery System <mailer-daemon@mx.acme.example>")
    assert reading.intent is Intent.BOUNCE
    assert reading.reason is Reason.DELIVERY_DELAYED


def test_security_gateway_rejection_is_a_bounce():
    reading = read("Your message to rosa@nordpack.example was rejected because it failed "
                   "the DMARC policy of the sending domain. Reference: QX-1182.",
                   subject="Message rejected", sender="quarantine@gateway.nordpack.example")
    assert reading.intent is Intent.BOUNCE
    assert reading.reason is Reason.GATEWAY_REJECTED


def test_delivery_status_report_wins_over_auto_submitted_and_has_a_reason():
    boundary = "dsn-7"
    body = (f"--{boundary}\nContent-Type: text/plain\n\nDelivery failed.\n"
            f"--{boundary}\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.acme.example\n\nFinal-Recipient: rfc822; rosa@nordpack.example"
            "\nAction: failed\nStatus: 5.1.1\n"
            f"--{boundary}--\n")
    reading = read(body, headers={"Auto-Submitted": "auto-replied"},
                   content_type=f'multipart/report; report-type=delivery-status; '
                                f'boundary="{boundary}"')
    assert reading.intent is Intent.BOUNCE
    assert reading.reason is Reason.DELIVERY_FAILED
    assert reading.to_json()["reason"] == "delivery_failed"


def test_a_supplier_writing_about_a_failed_delivery_of_goods_is_not_a_bounce():
    reading = read("The pallets could not be delivered to your warehouse on Friday; we "
                   "accept your offer anyway.", subject="Re: Corrugated trays")
    assert reading.intent is Intent.ACCEPT
    assert reading.reason is None

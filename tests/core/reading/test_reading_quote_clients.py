"""Quoted history as the mail clients of nine languages write it: the supplier's answer
stays, the buyer's quoted numbers go."""

from __future__ import annotations

import pytest
from reading_mail import context, raw_email

from mailbot.core.reading import read_reply
from mailbot.core.reading.html import html_to_text
from mailbot.core.reading.quotes import split_new_text
from mailbot.core.terms import Intent, Terms

ANSWER = "We can offer 2.5% with payment at 45 days."
OFFER = "We propose a 7% reduction and Net 90 for the coming year."


def new_text(text: str) -> str:
    return "\n".join(segment.text for segment in split_new_text(text))


@pytest.mark.parametrize(
    "header",
    [
        "From: Purchasing Desk <buyer@acme.example>\nSent: Monday, 13 October 2025 16:40\n"
        "To: Rosa Lindqvist\nSubject: Trays",
        "Von: Purchasing Desk <buyer@acme.example>\nGesendet: Montag, 13. Oktober 2025 16:40\n"
        "An: Rosa Lindqvist\nBetreff: Tabletts",
        "De : Purchasing Desk <buyer@acme.example>\nEnvoyé : lundi 13 octobre 2025 16:40\n"
        "À : Rosa Lindqvist\nObjet : Plateaux",
        "De: Purchasing Desk <buyer@acme.example>\nEnviado el: lunes, 13 de octubre de 2025 "
        "16:40\nPara: Rosa Lindqvist\nAsunto: Bandejas",
        "Da: Purchasing Desk <buyer@acme.example>\nInviato: lunedì 13 ottobre 2025 16:40\n"
        "A: Rosa Lindqvist\nOggetto: Vassoi",
        "Van: Purchasing Desk <buyer@acme.example>\nVerzonden: maandag 13 oktober 2025 16:40\n"
        "Aan: Rosa Lindqvist\nOnderwerp: Trays",
        "Od: Purchasing Desk <buyer@acme.example>\nWysłano: poniedziałek, 13 października "
        "2025 16:40\nDo: Rosa Lindqvist\nTemat: Tacki",
        "De: Purchasing Desk <buyer@acme.example>\nEnviada: segunda-feira, 13 de outubro de "
        "2025 16:40\nPara: Rosa Lindqvist\nAssunto: Bandejas",
        "Från: Purchasing Desk <buyer@acme.example>\nSkickat: den 13 oktober 2025 16:40\n"
        "Till: Rosa Lindqvist\nÄmne: Brickor",
        # GMX and web.de put the date first
        "Gesendet: Montag, 13. Oktober 2025 um 16:40 Uhr\nVon: \"Purchasing Desk\" "
        "<buyer@acme.example>\nAn: rosa@nordpack.example\nBetreff: Tabletts",
        # Outlook for Mac
        "From: Purchasing Desk <buyer@acme.example>\nDate: Monday, 13 October 2025 at 16:40\n"
        "To: Rosa Lindqvist <rosa@nordpack.example>\nSubject: Trays",
        # Notes writes To before From
        "To: Rosa Lindqvist/NORDPACK\nFrom: Purchasing Desk <buyer@acme.example>\n"
        "Date: 13.10.2025 16:40\nSubject: Trays",
        # bold labels in the plain part of an HTML mail
        "*From:* Purchasing Desk <buyer@acme.example>\n*Sent:* Monday, 13 October 2025\n"
        "*Subject:* Trays",
    ],
)
def test_header_blocks_of_nine_languages_and_several_clients(header):
    assert new_text(f"{ANSWER}\n\n{header}\n\n{OFFER}\n") == ANSWER


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "-----Messaggio originale-----",
        "----Messaggio originale----",
        "-----Wiadomość oryginalna-----",
        "-------- Oryginalna wiadomość --------",
        "-----Mensagem original-----",
        "-----Ursprungligt meddelande-----",
        "-------- Originalmeddelande --------",
        "-------- Originalnachricht --------",
        "----- Mail original -----",
        "------ Original Message ------",
        "-------- Mensaje original --------",
        "-----Oorspronkelijk bericht-----",
        "-----Origineel bericht-----",
    ],
)
def test_localized_original_message_separators(separator):
    assert new_text(f"{ANSWER}\n\n{separator}\nbuyer@acme.example\n{OFFER}\n") == ANSWER


@pytest.mark.parametrize(
    "attribution",
    [
        "Il giorno lun 13 ott 2025 alle ore 16:40 Purchasing Desk <buyer@acme.example> ha "
        "scritto:",
        "pon., 13 paź 2025 o 16:40 Purchasing Desk <buyer@acme.example> napisał(a):",
        "Dnia 13 października 2025 16:40 Purchasing Desk <buyer@acme.example> napisał(a):",
        "Em seg., 13 de out. de 2025 às 16:40, Purchasing Desk <buyer@acme.example> escreveu:",
        "Den mån 13 okt. 2025 kl 16:40 skrev Purchasing Desk <buyer@acme.example>:",
        "On 13 Oct 2025, at 16:40, Purchasing Desk <buyer@acme.example> wrote:",
        "On Monday, 13 October 2025, 16:40:12 BST, Purchasing Desk <buyer@acme.example> wrote:",
        "On 13 Oct 2025 at 16:40 +0100, Purchasing Desk <buyer@acme.example>, wrote:",
        "On 2025-10-13 16:40, buyer@acme.example wrote:",
        "Am Mo., 13. Okt. 2025 um 16:40 Uhr schrieb Purchasing Desk <buyer@acme.example>:",
        "Purchasing Desk <buyer@acme.example> schrieb am 13.10.2025 16:40:",
        "Le 13/10/2025 à 16:40, Purchasing Desk a écrit :",
    ],
)
def test_gmail_apple_and_webmail_attributions(attribution):
    text = f"{ANSWER}\n\n{attribution}\n\n> {OFFER}\n> Regards\n"
    assert new_text(text) == ANSWER


def test_attribution_wrapped_by_the_client_over_two_lines_in_polish():
    text = (f"{ANSWER}\n\nDnia 13 października 2025 16:40 Purchasing Desk\n"
            f"<buyer@acme.example> napisał(a):\n> {OFFER}\n")
    assert new_text(text) == ANSWER


def test_bottom_posted_answer_below_a_polish_attribution():
    text = (f"Dnia 13 października 2025 16:40 Purchasing Desk <buyer@acme.example> "
            f"napisał(a):\n> {OFFER}\n\nZgoda, akceptujemy Państwa propozycję.\n")
    assert new_text(text) == "Zgoda, akceptujemy Państwa propozycję."


def test_french_webmail_quote_with_message_du_line():
    text = (f"{ANSWER}\n\n> Message du 13/10/25 16:40\n> De : Purchasing Desk\n"
            f"> Objet : Plateaux\n> {OFFER}\n")
    assert new_text(text) == ANSWER


def test_owa_reply_header_div_in_html_only_mail():
    html = (f"<div>{ANSWER}</div><hr style='display:inline-block;width:98%'>"
            "<div id='divRplyFwdMsg' dir='ltr'><font face='Calibri'><b>Von:</b> Purchasing "
            "Desk &lt;buyer@acme.example&gt;<br><b>Gesendet:</b> Montag, 13. Oktober 2025 "
            "16:40<br><b>An:</b> Rosa<br><b>Betreff:</b> Tabletts</font><div>&nbsp;</div></div>"
            f"<div>{OFFER}</div>")
    reading = read_reply(raw_email(html, content_type="text/html; charset=utf-8"), context())
    assert reading.terms == Terms(price_change_pct=-2.5, payment_days=45)


def test_owa_reply_div_without_labels_still_starts_the_history():
    html = (f"<p>{ANSWER}</p><div id=\"divRplyFwdMsg\"><font>Purchasing Desk 13/10/2025"
            f"</font></div><p>{OFFER}</p>")
    assert ANSWER in html_to_text(html)
    assert "7%" not in new_text(html_to_text(html))


@pytest.mark.parametrize("marker", ["gmail_quote", "yahoo_quoted", "moz-cite-prefix"])
def test_html_quote_containers_of_webmail_clients(marker):
    html = (f"<div>{ANSWER}</div><div class='{marker}'>Purchasing Desk, 13/10/2025:<br>"
            f"{OFFER}</div>")
    assert "7%" not in new_text(html_to_text(html))


def test_answer_typed_into_an_outlook_quote_is_read_line_by_line():
    body = ("Hello,\n\nplease see our answers below.\n\nRosa\n\n"
            "From: Purchasing Desk <buyer@acme.example>\nSent: Monday, 13 October 2025\n"
            "To: Rosa Lindqvist\nSubject: Trays\n\nDear Rosa,\n\nwe propose:\n"
            "- a 5% reduction on the unit price\nAgreed\n- payment at Net 60\nAgreed\n\n"
            "Kind regards\n")
    reading = read_reply(raw_email(body), context())
    assert reading.intent is Intent.ACCEPT
    assert reading.terms.is_empty()


def test_answers_typed_into_a_quote_with_one_counter_are_a_counter():
    body = ("Please find my comments below.\n\n"
            "From: Purchasing Desk <buyer@acme.example>\nSent: Monday, 13 October 2025\n"
            "Subject: Trays\n\n- a 5% reduction on the unit price\n3% is our maximum\n"
            "- payment at Net 60\nOK\n")
    reading = read_reply(raw_email(body), context())
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-3.0)


@pytest.mark.parametrize(
    "attribution",
    [
        "Am Freitag, 11. September 2026, 08:44:20 MESZ hat Purchasing Desk "
        "<buyer@acme.example> Folgendes geschrieben:",
        "W piątek, 11 września 2026 08:44:20 CEST, Purchasing Desk <buyer@acme.example> "
        "napisał(-a):",
        "W dniu 11.09.2026 o 08:44, Purchasing Desk pisze:",
        "Op 11 sep. 2026 om 08:44 heeft Purchasing Desk <buyer@acme.example> het volgende "
        "geschreven:",
        "Purchasing Desk <buyer@acme.example> a écrit le 11.09.2026 10:13:29 :",
        "Purchasing Desk <buyer@acme.example> escribió el 11.09.2026 10:13:29:",
        "Às 08:44 de 11/09/2026, Purchasing Desk escreveu:",
    ],
)
def test_more_localized_attributions(attribution):
    text = f"{ANSWER}\n\n{attribution}\n\n> {OFFER}\n"
    assert new_text(text) == ANSWER


def test_proton_and_samsung_mobile_lines_are_signatures():
    from mailbot.core.reading.signature import strip_signature

    for footer in ("Sent with Proton Mail secure email.",
                   "Von meinem Samsung Galaxy Smartphone gesendet.", "Inviato da iPhone"):
        assert strip_signature(f"{ANSWER}\n\n{footer}", None)[0] == ANSWER


def test_answers_typed_in_colour_into_an_owa_quote_without_an_announcement():
    html = ("<div>Hello,</div><div>Rosa</div><hr><div id='divRplyFwdMsg'><b>From:</b> "
            "Purchasing Desk<br><b>Sent:</b> Monday, 13 October 2025<br><b>Subject:</b> "
            "Trays</div><div>We propose:</div><div>- a 5% reduction on the unit price</div>"
            "<div><span style='color:#FF0000'>Agreed</span></div><div>- payment at Net 60</div>"
            "<div><font color='red'>Agreed</font></div><div>Kind regards</div>")
    reading = read_reply(raw_email(html, content_type="text/html; charset=utf-8"), context())
    assert reading.intent is Intent.ACCEPT
    assert reading.terms.is_empty()


def test_a_coloured_counter_inside_a_blockquote_is_the_suppliers_answer():
    html = ("<div>See my answers.</div><div class='gmail_quote'><blockquote>"
            "<div>- a 5% reduction on the unit price</div>"
            "<div><span style='color: rgb(192, 0, 0)'>3% is our limit</span></div>"
            "<div>- payment at Net 60</div></blockquote></div>")
    reading = read_reply(raw_email(html, content_type="text/html; charset=utf-8"), context())
    assert reading.intent is Intent.COUNTER
    assert reading.terms == Terms(price_change_pct=-3.0)


def test_black_text_in_the_history_is_no_answer():
    html = ("<div>Thanks.</div><hr><div id='divRplyFwdMsg'><font color='#000000'><b>From:</b> "
            "Purchasing Desk<br><b>Sent:</b> Monday</font></div><div>- a 5% reduction</div>"
            "<div style='color:black'>OK</div>")
    reading = read_reply(raw_email(html, content_type="text/html; charset=utf-8"), context())
    assert reading.intent is not Intent.ACCEPT


def test_bar_quoted_history_is_history_but_a_table_row_is_not():
    text = f"{ANSWER}\n\nOn 13/10/2025 16:40, Purchasing Desk wrote:\n| {OFFER}\n| Regards\n"

    assert new_text(text) == ANSWER
    assert "Your offer" in new_text("Term | Your offer | Our offer\nPrice | 5% | 3%\n")


def test_gmx_style_quote_div_in_html():
    html = (f"<div>{ANSWER}</div><div name='quote' style='margin:10px 5px 5px 10px; "
            f"padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;'>{OFFER}</div>")
    assert "7%" not in new_text(html_to_text(html))

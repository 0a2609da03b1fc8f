"""New text only: quoted history in every client style and language, and signatures."""

from __future__ import annotations

import pytest

from mailbot.core.reading.quotes import split_new_text
from mailbot.core.reading.signature import strip_signature


def new_text(text: str) -> str:
    return "\n".join(segment.text for segment in split_new_text(text))


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 13 Oct 2025 at 16:40, Purchasing Desk <buyer@acme.example> wrote:",
        "Am 13.10.2025 um 16:40 schrieb Purchasing Desk <buyer@acme.example>:",
        "Le lun. 13 oct. 2025 à 16:40, Purchasing Desk <buyer@acme.example> a écrit :",
        "El lun, 13 oct 2025 a las 16:40, Purchasing Desk (<buyer@acme.example>) escribió:",
        "Op ma 13 okt. 2025 om 16:40 schreef Purchasing Desk <buyer@acme.example>:",
    ],
)
def test_attribution_and_quote_removed_in_five_languages(attribution):
    text = f"We can do 2%.\n\n{attribution}\n> We propose 7% at Net 90.\n> Regards\n"
    assert new_text(text) == "We can do 2%."


def test_attribution_wrapped_over_two_lines():
    text = ("Agreed.\n\nOn Mon, 13 Oct 2025 at 16:40, Purchasing Desk\n"
            "<buyer@acme.example> wrote:\n> 7% at Net 90\n")
    assert new_text(text) == "Agreed."


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "-----Message d'origine-----",
        "-----Mensaje original-----",
        "-----Oorspronkelijk bericht-----",
        "________________________________",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
    ],
)
def test_outlook_separators_cut_everything_below(separator):
    text = f"Net 45 works.\n\n{separator}\nFrom: buyer\nWe propose 7% at Net 90.\n"
    assert new_text(text) == "Net 45 works."


@pytest.mark.parametrize(
    ("from_", "sent"),
    [("From:", "Sent:"), ("Von:", "Gesendet:"), ("De :", "Envoyé :"), ("De:", "Enviado el:"),
     ("Van:", "Verzonden:")],
)
def test_outlook_header_block_without_separator(from_, sent):
    text = (f"Fine with us.\n\n{from_} Purchasing Desk <buyer@acme.example>\n"
            f"{sent} Monday, 13 October 2025 16:40\nSubject: Offer\n\n7% at Net 90\n")
    assert new_text(text) == "Fine with us."


def test_bottom_posting_keeps_the_answer_below_the_quote():
    text = ("On Mon, 13 Oct 2025, Purchasing Desk <buyer@acme.example> wrote:\n"
            "> 7% at Net 90?\n\nWe can do 3% at Net 60.\n")
    assert new_text(text) == "We can do 3% at Net 60."


def test_inline_answers_are_segments_that_know_the_line_they_answer():
    text = ("See my answers below.\n\n> Price: 7% reduction\nToo much, 3% at most.\n"
            "> Payment: Net 90\nOK.\n> Kind regards\n")
    segments = split_new_text(text)
    assert [s.text for s in segments] == ["See my answers below.", "Too much, 3% at most.",
                                          "OK."]
    assert segments[0].inline is False
    assert segments[2].inline is True
    assert segments[2].answers == "Payment: Net 90"


def test_unindented_attribution_cuts_the_rest():
    text = "Deal.\n\nOn 13 Oct 2025, at 16:40, Purchasing Desk <buyer@acme.example> wrote:\n\n" \
           "We propose 7% at Net 90.\n"
    assert new_text(text) == "Deal."


def test_signature_after_closing_is_cut():
    text = "We accept.\n\nBest regards,\nRosa\n\nNordpack AB\nTel +46 31 555 12 34"
    assert strip_signature(text, "Rosa Lindqvist") == ("We accept.", True)


def test_signature_from_sender_name_alone_on_a_line():
    text = "No, sorry.\n\nRosa Lindqvist\nHamngatan 12\nStandard terms: 30 days net"
    assert strip_signature(text, "Rosa Lindqvist")[0] == "No, sorry."


def test_directory_style_sender_name_is_understood():
    assert strip_signature("Yes.\nRosa\nNordpack", "Lindqvist, Rosa")[0] == "Yes."


@pytest.mark.parametrize(
    "closing",
    ["Mit freundlichen Grüßen", "Cordialement,", "Saludos cordiales", "Met vriendelijke groet",
     "Kind regards"],
)
def test_closings_in_five_languages(closing):
    text = f"3 % Nachlass.\n\n{closing}\nR. Lindqvist"
    assert strip_signature(text, None)[0] == "3 % Nachlass."


def test_dash_dash_and_mobile_footer():
    assert strip_signature("3%\n-- \nRosa", None)[0] == "3%"
    assert strip_signature("3%\n\nSent from my phone", None)[0] == "3%"
    assert strip_signature("3%\n\nEnvoyé de mon iPhone", None)[0] == "3%"


def test_disclaimer_is_cut():
    text = "Agreed.\nThis e-mail is confidential and intended only for the addressee."
    assert strip_signature(text, None)[0] == "Agreed."


def test_hyphen_and_bullet_lists_of_terms_are_not_signatures():
    text = "Our counter-proposal:\n\n- 3% reduction\n- Net 45\n* 24 months\n"
    kept, _ = strip_signature(text, "Rosa Lindqvist")
    assert "- Net 45" in kept
    assert "* 24 months" in kept


def test_thank_you_opening_a_message_is_not_a_sign_off():
    text = "Hi,\nThank you.\nWe can offer a 2% reduction at Net 45 if volumes hold."
    assert strip_signature(text, None) == (text, False)

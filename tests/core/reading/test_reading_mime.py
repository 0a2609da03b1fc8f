"""Parsing raw bytes: bodies in every common shape, headers, defects, delivery reports."""

from __future__ import annotations

from reading_mail import alternative, raw_email

from mailbot.core.reading import parse_message
from mailbot.core.reading.html import html_to_text


def test_plain_body_and_headers():
    parsed = parse_message(raw_email("We can offer 3% at Net 45.\n"))
    assert parsed.text.strip() == "We can offer 3% at Net 45."
    assert parsed.from_addr == "rosa.lindqvist@nordpack.example"
    assert parsed.from_name == "Rosa Lindqvist"
    assert parsed.in_reply_to == "<offer-7@acme.example>"
    assert parsed.headers["subject"] == ("Re: Corrugated trays - price review",)
    assert not parsed.is_delivery_report


def test_quoted_printable_soft_break_inside_a_number_is_joined():
    raw = raw_email("Our price: EUR 7.=\n65 per tray.\n", encoding="quoted-printable")
    raw = raw.replace(b"EUR 7.=3D", b"EUR 7.=")  # keep the soft break literal
    assert "EUR 7.65 per tray" in parse_message(raw).text


def test_base64_body():
    raw = raw_email("Zahlungsziel 45 Tage netto.\n", encoding="base64")
    assert "45 Tage netto" in parse_message(raw).text


def test_latin1_declared_charset():
    body = "Wir können 4,5 % Nachlass gewähren.\n".encode("latin-1")
    raw = raw_email(body, content_type='text/plain; charset="iso-8859-1"')
    assert "können 4,5 %" in parse_message(raw).text


def test_unknown_charset_falls_back_and_records_a_defect():
    body = "Grüße, 3,5 % Rabatt\n".encode("latin-1")
    raw = raw_email(body, content_type='text/plain; charset="x-no-such-charset"')
    parsed = parse_message(raw)
    assert "Grüße" in parsed.text
    assert parsed.defects


def test_undeclared_8bit_utf8_is_decoded():
    raw = raw_email("Prix unitaire : 7,20 € HT\n".encode(), content_type="text/plain")
    assert "7,20 €" in parse_message(raw).text


def test_html_only_converted_with_entities_and_blockquote_marked_as_quote():
    html = ("<p>Ok for us&nbsp;&ndash; 4&nbsp;% it is.</p>"
            "<blockquote><p>Old offer: 6%</p></blockquote>")
    raw = raw_email(html, content_type="text/html; charset=utf-8")
    text = parse_message(raw).text
    assert "Ok for us – 4 % it is." in text
    assert "> Old offer: 6%" in text


def test_alternative_prefers_the_plain_part():
    parsed = parse_message(alternative("plain words", "<p>html words</p>"))
    assert "plain words" in parsed.text
    assert "html words" not in parsed.text


def test_declared_boundary_missing_is_recovered_from_the_body():
    body = ("--real-one\nContent-Type: text/plain\n\nFine, agreed.\n--real-one--\n")
    raw = raw_email(body, content_type='multipart/mixed; boundary="declared-other"')
    parsed = parse_message(raw)
    assert "Fine, agreed." in parsed.text
    assert "Content-Type" not in parsed.text
    assert parsed.subject.startswith("Re:")


def test_delivery_status_report_detected_and_returned_message_not_read():
    boundary = "dsn-1"
    body = (
        f"--{boundary}\nContent-Type: text/plain\n\nDelivery to the recipient failed.\n"
        f"--{boundary}\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.acme.example\n\nFinal-Recipient: rfc822; x@y.example\n"
        "Action: failed\nStatus: 5.1.1\n\n"
        f"--{boundary}\nContent-Type: message/rfc822\n\n"
        "From: buyer@acme.example\nSubject: offer\n\nWe propose 9% at Net 90.\n"
        f"--{boundary}--\n"
    )
    raw = raw_email(body, sender="MAILER-DAEMON@mx.acme.example", content_type=(
        f'multipart/report; report-type=delivery-status; boundary="{boundary}"'))
    parsed = parse_message(raw)
    assert parsed.is_delivery_report
    assert "9%" not in parsed.text


def test_encoded_word_subject_and_sender_name():
    raw = raw_email("x", subject="=?iso-8859-1?q?Abwesenheitsnotiz=3A_J=FCrgen?=",
                    sender="=?utf-8?b?SsO8cmdlbg==?= <j@x.example>")
    parsed = parse_message(raw)
    assert parsed.subject == "Abwesenheitsnotiz: Jürgen"
    assert parsed.from_name == "Jürgen"


def test_attachments_are_not_text():
    boundary = "mix"
    body = (
        f"--{boundary}\nContent-Type: text/plain\n\nSee attachment.\n"
        f"--{boundary}\nContent-Type: text/plain\nContent-Disposition: attachment; "
        "filename=quote.txt\n\nUnit price 1.00 USD\n"
        f"--{boundary}--\n"
    )
    raw = raw_email(body, content_type=f'multipart/mixed; boundary="{boundary}"')
    assert "1.00" not in parse_message(raw).text


def test_garbage_never_raises():
    for raw in (b"", b"\x00\xff\xfe", b"Content-Type: multipart/mixed\r\n\r\n--", b"::::"):
        parsed = parse_message(raw)
        assert parsed.size == len(raw)


def test_html_table_rows_become_lines():
    text = html_to_text("<table><tr><td>Payment</td><td>Net 30</td></tr>"
                        "<tr><td>Term</td><td>2 years</td></tr></table>")
    assert text.splitlines() == ["Payment | Net 30", "Term | 2 years"]


def test_base64_cut_off_mid_stream_still_yields_the_text_before_the_cut():
    raw = raw_email("We can do 3% at Net 45.\nThanks, Rosa\n", encoding="base64")
    parsed = parse_message(raw.rstrip()[:-9])
    assert "We can do 3% at Net 45." in parsed.text


def test_unknown_charset_with_8bit_central_european_text_reads_its_letters():
    body = "Możemy zaproponować 2% rabatu, cena 12,50 zł.\n".encode("iso-8859-2")
    parsed = parse_message(raw_email(body, content_type='text/plain; charset="x-unknown"'))
    assert "zł" in parsed.text
    assert "Możemy" in parsed.text


def test_quoted_printable_declared_but_plain_text_with_equals_signs():
    body = b"Price = 3% off, payment = 45 days.\nRegards\n"
    raw = raw_email(body, encoding="quoted-printable").replace(
        b"Price =3D 3% off, payment =3D 45 days.", body.split(b"\n")[0])
    parsed = parse_message(raw)
    assert "3% off" in parsed.text
    assert "45 days" in parsed.text


def test_an_8bit_byte_in_the_boundary_parameter_never_raises():
    """The fast parse splits on the boundary as ASCII; a boundary holding a stray 8-bit
    byte (decoded to U+FFFD) must go to the stdlib's parse, not raise."""
    raw = (b"From: Ines Alves <ines@cortica.example>\r\nTo: buyer@acme.example\r\n"
           b"Subject: Re: offer\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/alternative; boundary=\xe9sep"\r\n\r\n'
           b"--sep\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNet 45 is fine.\r\n"
           b"--sep--\r\n")
    message = parse_message(raw)
    assert "Net 45 is fine." in message.text


def test_utf8_declared_as_latin1_is_read_as_utf8():
    raw = raw_email("Vi kan ge 2 % om vi får ett avtal på två år.".encode(),
                    content_type='text/plain; charset="iso-8859-1"')
    message = parse_message(raw)
    assert "två år" in message.text
    assert any(d.startswith("CharsetMislabelled") for d in message.defects)


def test_polish_declared_as_latin1_is_read_as_latin2():
    raw = raw_email("Możemy zejść o półtora procent, jeśli umowa będzie na dwa lata.".encode(
        "iso-8859-2"), content_type='text/plain; charset="iso-8859-1"')
    assert "półtora" in parse_message(raw).text


def test_real_latin1_stays_latin1():
    raw = raw_email("Wir können 3 % anbieten, Grüße".encode("latin-1"),
                    content_type='text/plain; charset="iso-8859-1"')
    assert "können" in parse_message(raw).text

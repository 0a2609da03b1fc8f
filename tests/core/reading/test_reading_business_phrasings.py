"""Everyday business phrasings of German, Spanish and English suppliers (our own), read
against an offer of 5% off at Net 60 on a EUR 4.40 baseline."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, raw_email

from mailbot.core.reading import ReadingContext, read_reply
from mailbot.core.terms import Intent, Terms

CONTEXT = ReadingContext(baseline_unit_price=4.40, currency="EUR",
                         last_offer=Terms(price_change_pct=-5.0, payment_days=60))


def read(answer: str):
    return read_reply(raw_email(f"Guten Tag,\n\n{answer}\n\nViele Grüße\nRosa\n\n{QUOTED_OFFER}"),
                      CONTEXT)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Wir können Ihnen 3 % Rabatt einräumen, Zahlungsziel 45 Tage netto.",
         Terms(price_change_pct=-3.0, payment_days=45)),
        ("2 % Skonto bei Zahlung innerhalb von 10 Tagen, 30 Tage netto. Beim Preis gehen wir "
         "3 % runter.", Terms(price_change_pct=-3.0, payment_days=30)),
        ("Den Stückpreis können wir auf 4,20 € senken.",
         Terms(unit_price=4.2, currency="EUR")),
        ("Eine Reduzierung um 5 % ist leider nicht möglich, 2 % wären machbar.",
         Terms(price_change_pct=-2.0)),
        ("Die geforderten 60 Tage sind für uns zu lang. Mit 45 Tagen können wir leben.",
         Terms(payment_days=45)),
        ("Wir bräuchten ein Zahlungsziel von 30 Tagen, dafür gewähren wir 3 %.",
         Terms(price_change_pct=-3.0, payment_days=30)),
        ("Wir halten den Preis für zwei Jahre stabil, wenn wir einen Vertrag über 24 Monate "
         "abschließen.", Terms(contract_months=24)),
        ("Ab Januar gilt ein Aufschlag von 4 % auf alle Artikel.",
         Terms(price_change_pct=4.0)),
        ("Podemos ofrecerles un 2 % de descuento con pago a 45 días fecha factura.",
         Terms(price_change_pct=-2.0, payment_days=45)),
        ("El plazo de 60 días es excesivo para nosotros; podemos aceptar 30 días.",
         Terms(payment_days=30)),
        ("No podemos bajar más del 3 %.", Terms(price_change_pct=-3.0)),
        ("We can knock 3% off and do Net 45.", Terms(price_change_pct=-3.0, payment_days=45)),
        ("Best I can do is 2.5% with 45-day terms.", Terms(price_change_pct=-2.5,
                                                             payment_days=45)),
        ("We'd need Net 30, but we can give you 3% off.",
         Terms(price_change_pct=-3.0, payment_days=30)),
        ("Price goes to EUR 4.25/pc from next month.", Terms(unit_price=4.25, currency="EUR")),
    ],
)
def test_counters(answer, expected):
    reading = read(answer)
    assert reading.intent is Intent.COUNTER
    for key, value in expected.stated().items():
        assert getattr(reading.terms, key) == pytest.approx(value) if isinstance(
            value, float) else getattr(reading.terms, key) == value, key
    unexpected = set(reading.terms.stated()) - set(expected.stated()) - {"price_change_pct"}
    assert not unexpected


@pytest.mark.parametrize(
    "answer",
    ["Das ist für uns in Ordnung.", "Gerne, so machen wir es.", "Machen wir so.",
     "Wir stimmen Ihrem Vorschlag zu.", "Sí, adelante.", "De acuerdo con su propuesta.",
     "We agree to your terms.", "Your proposal is acceptable to us."],
)
def test_acceptances(answer):
    reading = read(answer)
    assert reading.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    "answer",
    ["Leider nein.", "Das können wir so nicht annehmen.", "Wir müssen absagen.",
     "Eine Preissenkung kommt für uns nicht in Frage.", "Es bleibt bei unseren Preisen.",
     "Lamentablemente no podemos aceptar.", "No es posible para nosotros.",
     "We'll have to decline.", "That doesn't work for us, sorry."],
)
def test_rejections(answer):
    reading = read(answer)
    assert reading.intent is Intent.REJECT

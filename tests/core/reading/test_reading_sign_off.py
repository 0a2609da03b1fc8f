"""Agreement that still waits for someone above the writer, in the languages we read
(our own words). Each restates the offer of ``reading_mail`` (5% off, Net 60)."""

from __future__ import annotations

import pytest
from reading_mail import QUOTED_OFFER, context, raw_email

from mailbot.core.reading import Reading, read_reply
from mailbot.core.reading.sign_off import awaits_superior
from mailbot.core.terms import Intent


def read(answer: str) -> Reading:
    return read_reply(raw_email(f"{answer}\n\n{QUOTED_OFFER}"), context())


WAITING = [
    "5% and 60 days look right to us, though our CFO still has to sign.",
    "5 % und 60 Tage passen, unser Inhaber muss das aber noch absegnen.",
    "5 % et 60 jours, cela nous va, mais notre directrice doit encore valider.",
    "El 5 % y los 60 días nos cuadran; falta que lo apruebe la gerencia.",
    "Accettiamo 5% e 60 giorni, salvo approvazione del nostro amministratore.",
    "5% en 60 dagen is akkoord, maar de directie moet nog tekenen.",
    "5% i 60 dni nam odpowiada, ale zarząd musi to jeszcze zatwierdzić.",
    "Aceitamos 5% e 60 dias, falta a aprovação da diretoria.",
    "5 % och 60 dagar fungerar, men styrelsen måste godkänna.",
]


@pytest.mark.parametrize("answer", WAITING)
def test_an_agreement_waiting_for_a_superior_is_no_acceptance(answer):
    assert read(answer).intent is Intent.OTHER


DONE = [
    "Our MD has approved it: 5% and 60 days, please send the order.",
    "Unser Geschäftsführer hat zugestimmt, 5 % und 60 Tage passen.",
    "We're on board with 5% and 60 days.",
]


@pytest.mark.parametrize("answer", DONE)
def test_an_approval_given_already_is_an_acceptance(answer):
    assert read(answer).intent is Intent.ACCEPT


def test_a_signature_title_is_no_superior_awaited():
    assert not awaits_superior("OK for us.\nTom Reed\nSales Manager")


# One part put off for later, or turned down after a contrast: no acceptance of all.
PART_DEFERRED = [
    "OK för kartongerna, filmen tar vi senare.",
    "Akceptujemy dla kartonów, folię omówimy osobno.",
    "Fine for the trays; the lids we will discuss later.",
    "Va bene per le scatole, per i film invece no.",
]


@pytest.mark.parametrize("answer", PART_DEFERRED)
def test_a_part_put_off_or_turned_down_is_no_acceptance(answer):
    assert read(answer).intent is not Intent.ACCEPT

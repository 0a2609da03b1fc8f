"""Observe the facts the intent table asks about, from headers and from the new text."""

from __future__ import annotations

import re

from mailbot.core.reading import cues
from mailbot.core.reading.clauses import NO_PROBLEM, Clause, Mood
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.patterns import REBATE_CUE
from mailbot.core.reading.quotes import Segment
from mailbot.core.reading.roles import CONDITION, NEGATION, phrases_of
from mailbot.core.reading.terms_extract import Extraction
from mailbot.core.terms import TERM_KEYS, Terms

_COMPARED_KEYS = tuple(key for key in TERM_KEYS if key not in ("currency", "unit_price"))
_OFFER_QUESTION = Cue(
    r"\d|\b(apply|include|cover|mean|clarify|forecast|which|why|whether|does|is it|"
    r"gilt|gelten|bedeutet|welche[nrs]?|s'applique|comprend|quel\w*|est-ce|aplica|incluye|"
    r"cu[áa]l|qu[ée]|geldt|welke|vale|include|quale|che cosa|dotyczy|kt[óo]r\w*|czy|"
    r"inclui|qual|g[äa]ller|vilke[nt]|inkluderar)\b"
)
_CALL_REQUEST = Cue(
    r"\b(could we|can we|shall we|should we|we should|would you|could you|can you|let's|let us|"
    r"please (call|ring|contact)|wir sollten|sollten wir|nous devrions|deber[íi]amos|"
    r"dovremmo|we zouden|powinni[śs]my|dever[íi]amos|vi borde|"
    r"(need|want|would like|have) to|müssen|m[öo]chten|devons|aimerions|necesitamos|"
    r"arrange|schedule|set up|available|reach me|call me|give me a call|"
    # "call me" in each language: "pouvez-vous m'appeler", "rufen Sie mich an"
    r"mich (\w+ ){0,2}anrufen|m'appeler|me rappeler|appelez-moi|rappelez-moi|ll[áa]m(e|a)me|"
    r"llamarme|chiamarmi|chiamami|mi chiami|richiamarmi|bel me|belt u me|zadzwo[ńn] do mnie|"
    r"prosz[ęe] o telefon|ligue-me|ligar-me|me ligar|ring mig|"
    r"können wir|k[öo]nnten wir|pourrions-nous|pouvons-nous|podemos|podr[íi]amos|"
    r"kunnen we|je vous (ai envoy[ée]|propose)|invitation|einladung|invito|uitnodiging|"
    r"possiamo|potremmo|mo[żz]emy|czy mo[żz]emy|podemos|poder[íi]amos|kan vi|kunde vi|"
    r"erreichbar|joignable|disponible|disponibile|bereikbaar|dost[ęe]pn\w*|dispon[íi]vel|"
    r"n[åa]s|(te|le|les) (viene|va) bien|qu[ée] (tal|te parece|les parece)|propongo|quisiera|"
    r"me gustar[íi]a|would like|i'?d like|prefer|suggest|propose|h[äa]tte gern|w[üu]rde gern|"
    r"schlage vor|je propose|pr[ée]f[ée]rerais|vorrei|preferirei|ik stel voor|zou graag|"
    r"wola[łl]\w*|proponuj[ęe]|gostaria|prefiro|sugiro|f[öo]resl[åa]r|skulle vilja)\b"
)

_ACK_ONLY = re.compile(r"^\W*(\w+\W*){1,4}$|^\s*[✓✔☑]\s*$")


def same_as_offer(terms: Terms, offer: Terms | None) -> bool:
    """Every stated value equals the buyer's last offer (price within 0.05 points)."""
    if offer is None or terms == Terms():
        return False
    for key in _COMPARED_KEYS:
        value, offered = getattr(terms, key), getattr(offer, key)
        if value is not None and (offered is None or abs(value - offered) > 0.05):
            return False
    return True


# What each of the buyer's terms is called, to see a reply speak of one it does not restate.
_TERM_SUBJECTS = (
    (("price_change_pct", "unit_price"), Cue(
        r"\b(price\w*|pricing|preis\w*|\w+preis(e|es|en)?|preislich|prix|tarif\w*|precio\w*|"
        r"prezz[oi]|listino|prijs\w*|\w+prijs(en)?|cen(a|y|ę|ie|ami|ach|owe\w*)|"
        r"pre[çc]os?|priset|priser\w*|prisniv\w*)\b")),
    (("payment_days",), Cue(
        r"\b(payment\w*|zahlung\w*|paiement\w*|r[èe]glement|pago\w*|pagament[oi]|"
        r"betaling\w*|betaaltermijn|p[łl]atno[śs]\w*|betalning\w*)\b")),
    # the length of the contract, not the contract itself ("send the contract to sign")
    (("contract_months",), Cue(
        r"\b((contract|agreement) (length|term|duration|period)|(length|duration) of the "
        r"(contract|agreement)|\w*laufzeit|dur[ée]e|duraci[óo]n|durata|looptijd|"
        r"okres (umowy|obowi[ąa]zywania)|dura[çc][ãa]o|avtalstid|avtalsperiod\w*|"
        r"bindningstid)\b")),
    (("volume_units",), Cue(
        r"\b(volume\w*|menge\w*|abnahme\w*|quantit\w*|cantidad\w*|hoeveelhe\w*|afname|"
        r"ilo[śs][ćc]\w*|wolumen\w*|volym\w*)\b")),
    (("rebate_pct",), REBATE_CUE),
)


def names_unstated_term(all_clauses: list[Clause], stated: Terms, offer: Terms | None) -> bool:
    """A clause speaks of one of the buyer's terms that the reply does not restate, and
    does not agree to it: "Net 60 is fine. On price we cannot move." agrees to part of
    the offer only, whatever the words said about the rest."""
    if offer is None:
        return False
    unstated = [subject for keys, subject in _TERM_SUBJECTS
                if any(getattr(offer, key) is not None for key in keys)
                and all(getattr(stated, key) is None for key in keys)]
    if not unstated:
        return False
    return any(subject.search(phrase) and not cues.ACCEPT.search(phrase)
               for c in all_clauses for phrase in phrases_of(c.text) for subject in unstated)


def accepts(top_level: list[Clause]) -> bool:
    """An acceptance said outright: not on a condition ("we would accept if ..."), and
    not followed by a reservation ("but ...")."""
    for index, clause in enumerate(top_level):
        if clause.mood is Mood.STATES and cues.ACCEPT.search(clause.text):
            if cues.NOT_AN_ACCEPTANCE.search(clause.text):
                continue
            if cues.DEAL_ON_A_NUMBER.search(clause.text):
                return False

            if CONDITION.search(clause.text) or cues.IN_PRINCIPLE.search(clause.text):
                return False
            rest = top_level[index + 1 :]
            return not any(cues.RESERVATION.match(later.text) for later in rest)
    return False


def rejects(all_clauses: list[Clause]) -> bool:
    """Declines in so many words, or says it cannot give what was asked ("we are unable
    to lower our prices", "dass wir die Preise nicht senken können")."""
    return any(_declines(c.text) and _declines(NO_PROBLEM.sub(" ", c.text))
               for c in all_clauses if c.mood is not Mood.ASKS)


def _declines(text: str) -> bool:
    return bool(cues.REJECT.search(text) or (NEGATION.search(text)
                                             and cues.OFFER_VERB.search(text)))


def asks(all_clauses: list[Clause]) -> bool:
    """A question about the offer."""
    return any(c.mood is Mood.ASKS and _OFFER_QUESTION.search(c.text) for c in all_clauses)


def requests_call(all_clauses: list[Clause]) -> bool:
    """A request for a call or a meeting; "call me if you want to talk" is only an offer."""
    return any(cues.CALL.search(c.text) and _CALL_REQUEST.search(c.text)
               and not _OPTIONAL.search(c.text) for c in all_clauses)


_OPTIONAL = Cue(
    r"\b(if (you|it) (want|wish|like|need|prefer|helps?)|if helpful|if needed|happy to (talk|"
    r"discuss|chat|jump on)|feel free|don'?t hesitate|let me know if|falls (sie|n[öo]tig)|"
    r"wenn sie (m[öo]chten|wollen)|bei bedarf|gerne auch|n'h[ée]sitez pas|si vous (le )?"
    r"souhaitez|si besoin|si lo desea|si quer[ée]is|no dude|si es necesario|se volete|se "
    r"desidera|se necessario|als u wilt|indien gewenst|je[śs]li (chc[ąa]|pa[ńn]stwo)|w razie "
    r"potrzeby|se quiser(em)?|caso prefira|om ni vill|vid behov)\b"
)


def holds_for_later(all_clauses: list[Clause]) -> bool:
    """A decision still to come ("we'll get back to you"); not a promise to write again
    if things change ("we'll come back to you if prices ease")."""
    return any(cues.FORWARDED.search(c.text) and not CONDITION.search(c.text)
               for c in all_clauses)


def tentative(all_clauses: list[Clause], extraction: Extraction) -> bool:
    """Hedged wording in a clause that states a number ("we might consider 3%")."""
    return any(
        c.mood is Mood.STATES and cues.TENTATIVE.search(c.text)
        and any(m.clause is c for m in extraction.findings)
        for c in all_clauses
    )


def acknowledges_every_line(inline: tuple[Segment, ...]) -> bool:
    """"OK" typed under each quoted term of the offer, and nothing else inline: the
    supplier went through the offer line by line and agreed to all of it."""
    answered = [s for s in inline if s.answers and re.search(r"\d", s.answers)]
    return len(answered) >= 2 and len(answered) == len(inline) and all(
        _ACK_ONLY.match(s.text) and cues.ACCEPT.search(s.text)
        and not cues.REJECT.search(s.text) for s in answered
    )


# A number standing on its own, where a term's value would stand: "three and a half and
# you have a deal" (spelled out to digits before this is asked), "4.5 works".
_BARE_VALUE = re.compile(
    r"(?<![\w.,%/:#+-])(\d{1,2}(?:[.,]\d{1,2})?)(?![\w%/:]|[.,]\d)"
    r"(?=\s*($|[.,;!?)–—-]|(and|und|et|y|e|en|och|i|or|oder|ou|o|of|is|are|ist|sind|est|es|"
    r"works?|would|will|could|should|passt|geht|va|vale|ok|fine)\b))"
)


def unread_number(all_clauses: list[Clause], values: dict[int, set[float]]) -> bool:
    """A bare number in the supplier's words that no reading accounts for (``values``:
    the numbers read in each clause, by the clause's id). Said where a term's value goes,
    it may be the counter the acceptance words come with."""
    for clause in all_clauses:
        read = values.get(id(clause), set())
        for match in _BARE_VALUE.finditer(clause.text):
            value = float(match.group(1).replace(",", "."))
            if 0 < value <= 100 and value not in read:
                return True
    return False

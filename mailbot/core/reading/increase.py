"""Does the supplier announce a price increase, with or without a number?

A decline often says it without the word "price": "an increase is more likely", "we
will have to raise it in January", "habrá un incremento", "une hausse est prévue". In a
reply to a price offer an increase word means the price, unless it speaks of the
supplier's costs ("the rise in resin costs"), of what the buyer may increase (the
volume, the payment days), of a discount growing, or is turned down in its own phrase
("we will not increase prices", "without passing it on"). Words of the past ("last
year's increase") are history, not an announcement.
"""

from __future__ import annotations

from mailbot.core.reading import cues
from mailbot.core.reading.clauses import Clause, Mood, refuses
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.roles import HISTORY, NEGATION, phrases_of

_INCREASE_WORD = Cue(
    r"\b(increase[sd]?|increasing|rise|rises|raise|raising|go(es|ing)? up|uplift|hike|"
    r"erh[öo]hung|erh[öo]hen|anhebung|anheben|aufschlag|steigen|steigerung|teurer|"
    r"nach oben|hausse|augmentation|augmenter|majoration|subida|subir\w*|aumento|"
    r"aumentar\w*|incremento|incrementar\w*|encarec\w*|al alza|rincaro|rialzo|verhoging|"
    r"verhogen|stijging|omhoog|podwy[żz]k\w*|podnie\w*|reajuste|h[öo]jning|h[öo]ja|"
    r"h[öo]js|[öo]kning)\b"
)
# A new price list, which in a reply to a price cut is never a lower one.
_PRICE_LIST = Cue(
    r"\b(new|higher|updated) (\W*(higher|new)\W* )?price ?list|neue preisliste|"
    r"nouvelle (grille|liste) de prix|nouveaux tarifs|nueva (lista|tarifa) de precios|"
    r"nuov[oe] (listino|tariffe)|nieuwe prijslijst|nowy cennik|nova tabela de pre[çc]os|"
    r"ny prislista"
)
# The cause named beside it: "aufgrund der Energiekosten steht eine Erhöhung an".
_CAUSE = Cue(
    r"\b(due to|because of|owing to|given|aufgrund|wegen|angesichts|en raison|[àa] cause|"
    r"debido a|a causa|por culpa|dati|visti|vanwege|gezien|z powodu|ze wzgl[ęe]du na|"
    r"devido a|por causa|p[åa] grund av|med tanke p[åa])\b\W+(\w+\W+){0,4}"
)
# What else may grow: costs, the buyer's volume or days, a discount.
_OTHER_SUBJECT = Cue(
    r"\b(costs?|kosten|co[ûu]ts?|costes?|costos?|costi|koszt\w*|custos?|kostnad\w*|"
    r"raw materials?|rohstoff\w*|mati[èe]res? premi[èe]res?|materias? primas?|materie prime|"
    r"grondstof\w*|surowc\w*|energy|energie|[ée]nergie|energ[íi]a|wages|l[öo]hne|salaires|"
    r"salarios|inflation|volumes?|quantit\w*|menge\w*|cantidad\w*|hoeveelheid|ilo[śs][ćc]|"
    r"quantidade|volym\w*|orders?|bestell\w*|commandes?|pedidos?|ordini|payment|zahlungsziel|"
    r"paiement|pago|pagamento|betaling|p[łl]atno[śs][ćc]|betalning|days|tage|jours|d[íi]as|"
    r"giorni|dagen|dni|dias|dagar|discount|rabatt|nachlass|remise|descuento|sconto|korting|"
    r"rabat|desconto|rebate|bonus|r[üu]ckverg[üu]tung)\b"
    r"|\w*kosten\w*|\b(you|sie|vous|ustedes|voi|jullie|pa[ńn]stwo|voc[êe]s)\b"
)
# Prices said to move against what the buyer hopes: "prices are not going the way you
# hope", "l'évolution ne va pas dans le sens que vous espérez", "nicht zu Ihren Gunsten".
_AGAINST_THE_BUYER = Cue(
    r"\b(not|nicht|pas|no|non|niet|nie|n[ãa]o|inte)\b[^.;!?]{0,30}\b(the (way|direction)|"
    r"in die richtung|dans le sens|en la direcci[óo]n|nella direzione|in de richting|"
    r"w kierunku|na dire[çc][ãa]o|[åa]t det h[åa]ll)[^.;!?]{0,25}\b(you|sie|vous|usted(es)?|"
    r"voi|lei|u|jullie|pa[ńn]stwo|voc[êe]s?|ni)\b"
    r"|\b(not|nicht|pas|no|non|niet|nie|n[ãa]o|inte) (in |en |a |zu |na |i )?(your|votre|vos|"
    r"ihren?|su|vostro|uw|pa[ńn]stwa|vosso|er) (favou?r|faveur|gunsten|favor|favore|voordeel|"
    r"korzy[śs][ćc]|fav[öo]r)\b"
)
_PRICE_WORD = Cue(
    r"\b(prices?|pricing|preis\w*|\w*preise?|prix|tarifs?|precios?|prezz[oi]|prijs\w*|"
    r"cen[ayę]?|pre[çc]os?|pris\w*)\b"
)
_WITHOUT = Cue(r"\b(without|ohne|sans|sin|senza|zonder|bez|sem|utan)\b")
_NEAR = 30  # characters on each side in which another subject takes the increase word


def announces_increase(all_clauses: list[Clause], *, reduction_offered: bool) -> bool:
    """An increase announced in the supplier's own words (not one that happened
    before). Without the word "price" it counts only when the reply offers no
    reduction: "instead of an increase we give 1%" announces nothing."""
    for clause in all_clauses:
        if HISTORY.search(clause.text):
            continue
        if (clause.mood is not Mood.REFUSES or not refuses(clause.text)) and (
                cues.PRICE_INCREASE.search(clause.text)):
            return True
        if _PRICE_WORD.search(clause.text) and _AGAINST_THE_BUYER.search(clause.text):
            return True  # a hint, worded with a negation of its own
        if reduction_offered or clause.mood is Mood.REPLACED:
            continue
        if _PRICE_LIST.search(clause.text) and not NEGATION.search(clause.text):
            return True
        if any(_increase_in(_CAUSE.sub(" ", phrase)) for phrase in phrases_of(clause.text)):
            return True
    return False


def _increase_in(phrase: str) -> bool:
    if NEGATION.search(phrase) or _WITHOUT.search(phrase):
        return False
    for match in _INCREASE_WORD.finditer(phrase):
        near = phrase[max(0, match.start() - _NEAR) : match.end() + _NEAR]
        if not _OTHER_SUBJECT.search(near):
            return True
    return False

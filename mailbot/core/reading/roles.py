"""The role of each number a supplier writes: is it an offer, or is it named for another
reason?

Suppliers name numbers to propose them ("we can do 3%"), to agree to them ("Net 45 is
fine"), to turn them down ("8% would ruin us", "your 90 days is too long"), to refer to
them ("up from the $8.40 you pay today", "we already gave 4% in March"), as a fact about
their costs ("our costs rose 12%"), in a question, as a range ("between 2 and 3%"), hedged
("maybe around 3%"), or on a condition outside the negotiated terms ("3% if we add an
index clause"). Only proposed and agreed numbers are terms.

A role is read from the phrase the number stands in (a clause cut at commas, semicolons
and dashes), so "5% is too much for us, we can give 3%" refuses the 5 and proposes the 3.
A phrase without a cue of its own takes the predicate that follows it ("Net 90, as you
propose, is too long"). Anything not settled otherwise is a proposal: that is what a
supplier's own sentence with a number and no other cue is.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from mailbot.core.reading.clauses import NO_PROBLEM, TOPIC, Clause, Mood
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.prefilter import compile_prefiltered


class Role(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"  # restated by agreeing to it: a stated term
    REFUSED = "refused"
    REFERRED = "referred"  # the buyer's number, history, an old price
    FACT = "fact"  # a remark about costs or the market
    CONDITIONAL = "conditional"  # offered on a condition outside the negotiated terms
    ASKED = "asked"
    RANGE = "range"
    TENTATIVE = "tentative"


TERM_ROLES = frozenset({Role.PROPOSED, Role.AGREED})


def _cue(pattern: str) -> Cue:
    return Cue(pattern)


# Commas and colons cut phrases, but not inside "2,35" or "16:40".
_PHRASE_CUT = compile_prefiltered(r"\s*(?:(?<!\d)[,:]|[,:](?!\d)|[;()]|\s[-–—]\s|\s[-–—]$)\s*")
NEGATION = _cue(
    r"\b(not|cannot|can'?t|can ?not|won'?t|wouldn'?t|couldn'?t|don'?t|doesn'?t|isn'?t|"
    r"aren'?t|unable|no way|nor|neither|never|impossible|no longer|"
    r"nicht|kein\w*|niemals|unm[öo]glich|"
    r"pas|jamais|aucune?|"
    r"nunca|imposible|ning[úu]n\w*|"
    r"non|impossibile|nessun\w*|"
    r"niet|geen|nooit|onmogelijk|onhaalbaar|"
    r"nie|niemo[żz]liw\w*|[żz]adn\w*|"
    r"n[ãa]o|nem|imposs[íi]vel|nenhum\w*|"
    r"inte|ej|aldrig|om[öo]jlig\w*|ingen|inget)\b"
    r"|\bno\b(?!\.)|\bne\b[^.;]{0,25}\b(plus|jamais|rien|aucun\w*)\b|\bn'\w+\s+(plus|jamais|rien)\b"
    r"|\b(ni en sue[ñn]os|ni hablar|ni de broma|de ninguna manera|en aucun cas|pas question|"
    r"jamais de la vie|auf keinen fall|keinesfalls|nicht im traum|neanche per sogno|"
    r"nemmeno per sogno|in nessun caso|geen sprake van|absoluut niet|mowy nie ma|w [żz]adnym "
    r"wypadku|nem pensar|de jeito nenhum|inte en chans|inte p[åa] fr[åa]gan|no chance|"
    r"not a chance|no way)\b"
    # "out of the question" in each language: "fuori discussione", "hors de question"
    r"|\b(out of the question|hors de question|fuori (discussione|questione)|"
    r"fuera de (toda )?(discusi[óo]n|cuesti[óo]n)|ausgeschlossen|uitgesloten|"
    r"nie wchodzi w gr[ęe]|fora de (quest[ãa]o|cogita[çc][ãa]o)|uteslut\w*)\b"
    r"|\btoo (much|high|low|long|steep|aggressive|far|deep|big|"
    r"short)\b|\bzu (viel|hoch|lang|kurz|tief|gro[ßs])\b|\btrop\b|\bdemasiado\b|\btroppo\b|"
    r"\bte (veel|hoog|lang|kort|diep|groot|ver)\b|\bzu weit\b|\btrop loin\b|"
    r"\bdemasiado lejos\b|\btroppo (in )?l[àa]\b|\bza daleko\b|\blonge demais\b|"
    r"\bf[öo]r l[åa]ngt\b|\bza (du[żz]o|d[łl]ugo|wysok\w*|g[łl][ęe]bok\w*)\b|"
    r"\bdemais\b|\bf[öo]r (mycket|h[öo]g\w*|l[åa]ng\w*|stor\w*)\b|"
    r"\b(ruin\w*|bankrupt|loss-making|at a loss|below cost|unsustainable|unrealistic|"
    r"(is|are|'s|rather|very|quite|a bit|pretty|far) steep|hurts|kill us|unaffordable|"
    r"beyond (our|what)|more than our \w+ allow\w*|"
    # past what the writer can bear: "more than we can carry", "plus que nous ne pouvons"
    r"more than (we|i) (can|could|are able to)|mehr als wir (\w+ ){0,3}k[öo]nnen|"
    r"plus que (ce que )?nous (ne )?(pouvons|pourrions)|m[áa]s de lo que (podemos|nos)|"
    r"pi[ùu] di quanto (possiamo|ci)|meer dan we (\w+ ){0,2}kunnen|wi[ęe]cej ni[żz] mo[żz]emy|"
    r"mais do que (podemos|conseguimos)|mer [äa]n vi (\w+ ){0,2}(kan|klarar)|"
    r"unrealistisch|irrealistic\w*|irrealista|irr[ée]alisable|poco realista|irrealizzabil\w*|"
    r"onrealistisch|nierealistyczn\w*|orealistisk\w*|"
    r"nicht (machbar|darstellbar|drin|tragbar)|untragbar|"
    r"insoutenable|intenable|irr[ée]aliste|insostenible|irreal|insostenibil\w*|"
    r"onbetaalbaar|nierealn\w*|insustent[áa]vel|oh[åa]llbar\w*|orimlig\w*|excessive|"
    r"[üu]bertrieben|excessi[fv]\w*|excesiv[oa]s?|eccessiv[oa]|overdreven|nadmiern\w*|"
    r"excessiv[oa]s?|nicht in frage|"
    # "would leave us without margin", "inviabilizam o negócio"
    r"without (any )?margin|sin margen|sem margem|senza (alcun )?margine|zonder marge|"
    r"ohne (jede )?marge|sans (aucune )?marge|bez mar[żz]y|utan marginal|inviab\w*|unviable|"
    r"not viable|non viable|no (es|ser[íi]a) viable|nicht (wirtschaftlich|rentabel)|"
    r"unrentabel|invi[áa]ve[il]\w*|niet rendabel|nieop[łl]acaln\w*|ol[öo]nsam\w*|"
    # "we would lose money", "draaien we verlies", "vendrions à perte"
    r"under ?water|in the red|a (bit of a |real |big |huge )?stretch|(a )?big ask|"
    r"unter (den |unseren )?(herstell|selbst|einstands|produktions)?kosten|"
    r"en dessous (de nos |du |de notre )?(co[ûu]ts?|prix de revient)|"
    r"por debajo (del|de nuestros?) (coste|costo)s?|sotto ?costo|onder (de )?kostprijs|"
    r"abaixo do (nosso )?custo|under sj[äa]lvkostnad|"
    r"rote zahlen|roten zahlen|dans le rouge|en n[úu]meros rojos|"
    r"in rosso|in het rood|na minusie|no vermelho|p[åa] minus|"
    r"lose money|losing money|lose out|make a loss|perder\w* dinero|p[ée]rdidas?|"
    r"draufzahl\w*|verlust\w*|[àa] perte|perdrions|in perdita|perdere soldi|verlies\w*|"
    r"verlieslatend|poni[żz]ej koszt\w*|ze strat[ąa]|strat[ęy]|preju[íi]zo|perder dinheiro|"
    r"f[öo]rlust)\b"
    r"|\b(is|are|ist|sind|est|sont|serait|es|son|[èe]|sono|jest|s[ąa]|[ée]|s[ãa]o|[äa]r|zijn|"
    r"would be|w[äa]re|sarebbe|ser[íi]a)\s+"
    r"(\w+\s+)?(difficult|hard|tough|schwierig|schwer|difficile|dif[íi]cil|moeilijk|"
    r"trudn\w*|sv[åa]r\w*|"
    # "Net 60 is a problem for us", "est un problème" ("no problem" is taken out first)
    r"problem|problems|issue|probl[èe]me|problema|probleem|problemem)\b"
)
_LIMIT_BEFORE = _cue(
    r"(\b(below|under|lower than|beyond|above|over|more than|further than|past|higher than|"
    r"unter|[üu]ber|mehr als|weniger als|h[öo]her als|hoger dan|wy[żz]sz\w* ni[żz]|"
    r"h[öo]gre [äa]n|superiore al?|au-del[àa] de|plus de|moins de|en dessous de|"
    r"m[áa]s del?|m[áa]s all[áa] del?|por debajo del?|oltre( il| al)?|pi[ùu] del?|sotto( il)?|"
    r"meer dan|minder dan|onder|boven|wi[ęe]cej ni[żz]|powy[żz]ej|poni[żz]ej|mais (de|do que)|"
    r"al[ée]m de|abaixo de|mer [äa]n|mindre [äa]n|under|[öo]ver|"
    # verbs of going past a limit: "cannot exceed 3%", "no podemos pasar del 3 %"
    r"exceed\w*|go (beyond|over|past|above)|(sobre)?pasar|superar|rebasar|exceder|"
    r"d[ée]passer|aller au-del[àa]|[üu]berschreiten|[üu]bersteigen|hinausgehen [üu]ber|"
    r"superare|andare oltre|overschrijden|uitgaan boven|przekroczy[ćc]|wyj[śs][ćc] ponad|"
    r"ultrapassar|passar|[öo]verstiga|[öo]verskrida|g[åa] [öo]ver)|"
    r"\b(max(imum|imal|\.)?|at most|up to|no more than|h[öo]chstens|bis zu|au maximum|"
    r"au plus|como m[áa]ximo|a lo sumo|al massimo|massimo|maximaal|hooguit|maksymalnie|"
    r"najwy[żz]ej|no m[áa]ximo|h[öo]gst))(\s+(of|von|de|del|di|do|van|av|the|den|das|le|la|"
    r"el|il|o|a|is|are|son|sono|sind|ist|est|es|[èe]|jest|s[ąa]|[ée]|s[ãa]o|[äa]r|zijn|"
    r"would be|will be|ser[áa]|sar[àa]))*\s*$"
)
_LIMIT_AFTER = _cue(
    r"^\W*((is|would be|are|'s|ist|w[äa]re|est|serait|es|ser[íi]a|[èe]|sarebbe|is|zou zijn|"
    r"jest|by[łl]oby|[ée]|seria|[äa]r|vore)\s+)?(really\s+)?(the|our|unser\w*|notre|nuestro|"
    r"il nostro|ons|onze|nasz\w*|o nosso|v[åa]r\w*|das|le|el|il|het)?\s*"
    r"(max(imum|imal)?|limit\w*|best|final|floor|ceiling|most we can|absolute|"
    r"grenze|schmerzgrenze|maximum|limite|plancher|l[íi]mite|tope|massimo|grens|"
    r"granic\w*|m[áa]ximo|gr[äa]ns\w*|sista|letzte\w*|dernier|[úu]ltim\w*|laatste|ostatni\w*)\b"
    r"|^\W*(and that('s| is) it|that really is it|mehr geht nicht|c'est notre dernier mot)"
)
_AGREE_STRONG = (
    r"fine|ok|okay|acceptable|agreed|alright|all right|works?|work for us|no problem|"
    r"not a problem|in order|accepted|confirmed|in ordnung|einverstanden|akzeptabel|"
    r"akzeptiert|angenommen|passt|passen|convient|accept[ée]e?s?|d'accord|en ordre|"
    r"aceptable|aceptad[oa]s?|de acuerdo|conforme|va bene|ci sta bene|accettabile|"
    r"accettat[oa]|d'accordo|akkoord|prima|geen probleem|acceptabel|w porz[ąa]dku|"
    r"do przyj[ęe]cia|akceptowaln\w*|zaakceptowan\w*|aceit[áa]vel|aceite|de acordo|"
    r"okej|g[åa]r bra|godk[äa]nd\w*|i sin ordning|fungerar|passar|geht in ordnung|"
    r"akzeptieren wir|acceptons|aceptamos|accettiamo|accepteren we|akceptujemy|aceitamos|"
    r"accepterar vi|nous convient|nos conviene|ci va bene|can live with|we can live with|"
    r"suits? us|suit(s|ed)? (our|your) needs|convenient|good for us|works well|kein thema|"
    r"passt uns|recht so|machbar f[üu]r uns|[çc]a nous va|nous va|pas de (souci|probl[èe]me)|"
    r"ok pour nous|nos viene bien|nos va bien|nos sirve|no hay problema|per noi va bene|"
    r"kunnen we mee leven|vinden we goed|nam odpowiada|odpowiada nam|mo[żz]e by[ćc]|"
    r"serve-nos|pode ser|est[áa] [óo]timo|passar oss|godtar vi|[äa]r acceptabel\w*|"
    r"ok for us|okay for us|fine for us|good with us|"
    # an infinitive after a modal: "können wir akzeptieren", "nous pouvons accepter"
    r"akzeptieren|annehmen|accepter|aceptar|accettare|accepteren|akceptowa[ćc]|aceitar|"
    r"acceptera|"
    # "your 60 days we can accept", plurals: "les 60 jours ... nous conviennent"
    r"(we )?(can|could|will|are happy to) accept|conviennent|convienen|vanno bene|"
    r"zijn akkoord|gehen in ordnung|sind in ordnung|sind akzeptabel|sont acceptables|"
    r"son aceptables|sono accettabili|s[ãa]o aceit[áa]veis|est[ãa]o (ok|bem)|"
    r"s[ąa] (ok|akceptowalne)|odpowiadaj[ąa] nam|fungerar|fungerar bra|g[åa]r bra"
)
_AGREE_WEAK = (
    r"good|possible|doable|feasible|bien|bene|goed|bom|bra|m[öo]glich|mogelijk|possibile|"
    r"posible|mo[żz]liw\w*|poss[íi]vel|m[öo]jligt|machbar|faisable|factible|fattibile|"
    r"haalbaar|wykonaln\w*|vi[áa]vel|genomf[öo]rbar"
)
_COPULA = (
    r"(is|are|sounds|seems|looks|would be|will be|ist|sind|w[äa]re|est|sont|serait|es|son|"
    r"ser[íi]a|[èe]|sono|sarebbe|zijn|zou|jest|s[ąa]|to|[ée]|s[ãa]o|seria|[äa]r|vore)"
)
_AGREE_AFTER = _cue(
    rf"^\W{{0,3}}(?:[^\s.;!?]+\s+){{0,5}}?(?:(?:{_COPULA}\s+)?(?:\w+\s+)?(?:{_AGREE_STRONG})"
    rf"|{_COPULA}\s+(?:\w+\s+)?(?:{_AGREE_WEAK}))\b"
)
_AGREE_BEFORE = _cue(
    r"\b(agree\w*( to| with| on)?|accept\w*|happy (with|to do|to go with|to accept|to keep)|"
    r"fine (with|on|by)|ok(ay)? (with|on)|can live with|live with|go(ing)? with|we('ll| will) take|"
    r"we confirm|confirm(ing)?|einverstanden( mit)?|akzeptieren|nehmen .{0,20}an|mit (den|dem|der)|"
    r"zustimm\w*|d'accord (pour|sur|avec)|accept\w*|confirm\w*|de acuerdo (con|en)|acept\w*|"
    r"confirm\w*|accett\w*|d'accordo (su|per|con)|confermiamo|akkoord (met|op|voor)|"
    r"accepteren|bevestigen|akceptuj\w*|zgadzamy si[ęe] na|przyjmujemy|potwierdzamy|"
    r"aceit\w*|concord\w*( com)?|confirm\w*|accepter\w*|godk[äa]nn\w*|g[åa]r med p[åa]|"
    r"bekr[äa]ft\w*)\b[^.;!?]{0,30}$"
)
# Granting what the buyer asked for: "we can give the 5% you ask", "wir gewähren Ihnen die".
_GIVE_BEFORE = _cue(
    r"\b(can|could|will|'ll|are (able|happy|willing) to|k[öo]nnen|pouvons|podemos|possiamo|"
    r"kunnen|mo[żz]emy|kan)\s+(\w+\s+)?(give|grant|offer|do|accept|honou?r|match|meet|keep|"
    r"hold|maintain|retain|behalten|beibehalten|halten|garder|maintenir|mantener|mantenere|"
    r"houden|zachowa[ćc]|manter|beh[åa]lla|"
    r"gew[äa]hren|geben|anbieten|akzeptieren|accorder|offrir|accepter|consentir|dar|"
    r"conceder|ofrecer|aceptar|dare|concedere|offrire|accettare|geven|bieden|accepteren|"
    r"da[ćc]|przyzna[ćc]|zaakceptowa[ćc]|oferecer|aceitar|ge|bevilja|erbjuda|acceptera)\b"
    r"[^.;!?]{0,30}$"
)
# "as proposed", "wie vorgeschlagen", "comme convenu": the buyer's number taken as it is.
_AS_PROPOSED = (
    r"(as|like) (you )?(have |had )?(proposed|suggested|requested|offered|asked( for)?|agreed)|"
    r"as per your (proposal|offer|request)|"
    r"wie (von ihnen |sie es |sie |besprochen und )?(vorgeschlagen|gew[üu]nscht|angeboten|"
    r"angefragt|vereinbart|besprochen)|"
    r"comme (vous l'avez |vous |convenu|)?(propos[ée]e?s?|demand[ée]e?s?|sugg[ée]r[ée]e?s?|"
    r"convenu)|selon votre (proposition|demande)|"
    r"(como|seg[úu]n) (lo )?(ustedes? )?(propuesto|propusieron|sugerido|solicitado|pedido|"
    r"acordado|su propuesta)|"
    r"come (da voi )?(propost[oaie]|richiest[oaie]|suggerit[oaie]|concordat[oaie])|"
    r"zoals (u |jullie )?(voorgesteld|gevraagd|voorstelde|afgesproken)|"
    r"(jak|zgodnie z) (pa[ńn]stwa )?(zaproponowa\w*|propozycj\w*|ustalon\w*)|"
    r"(como|conforme) (o )?(proposto|sugerido|solicitado|combinado|a vossa proposta)|"
    r"som (ni )?(f[öo]reslagit|f[öo]reslog|f[öo]reslagits|beg[äa]rt|[öo]verenskommet)"
)
_AS_PROPOSED_BEFORE = _cue(rf"\b({_AS_PROPOSED})\W*$")
_AS_PROPOSED_AFTER = _cue(rf"^\W*({_AS_PROPOSED})\b")
_YOUR = _cue(
    r"\b(your|you (have |had )?(asked|requested|proposed|suggested|offered|want\w*|mention\w*)"
    r"( for)?|the (requested|proposed|suggested|demanded)|requested|"
    r"Ihre[nmrs]?|Ihr|gew[üu]nscht\w*|gefordert\w*|vorgeschlagen\w*|angefragt\w*|"
    # French participles with their accent: English "we propose 2%" is no "proposé"
    r"votre|vos|demand(é|ée|és|ées)|propos(é|ée|és|ées)|sugg[ée]r(é|ée|és|ées)|"
    r"su|sus|solicitad[oa]s?|propuest[oa]s?|pedid[oa]s?|"
    r"vostr[oaie]|richiest[oaie]|propost[oaie]|"
    r"uw|gevraagde|voorgestelde|pa[ńn]stwa|proponowan\w*|oczekiwan\w*|"
    r"o seu|a sua|os seus|as suas|pretendid[oa]s?|"
    r"ert|era|ditt|f[öo]reslagn\w*|beg[äa]rd\w*)(\W+(?!(with|mit|avec|con|met|z|com|med|"
    r"at|[àa]|a|but|except|plus|and|und|et|y|e|en|och|i|oraz)\b)[\w-]+){0,3}\W*$"
)
_CURRENT = _cue(
    r"\b(up from|down from|current(ly)?|today'?s|at present|you('re| are) (now )?paying|"
    r"aktuell\w*|derzeitig\w*|bisherig\w*|actuel\w*|actual\w*|attual\w*|huidig\w*|"
    r"obecn\w*|dotychczasow\w*|atual\w*|nuvarande)"
    # "the current prices for 24 months": the number after a preposition is not today's
    r"(\W+(?!(for|f[üu]r|pour|por|per|voor|durante|przez|f[öo]r|over|[üu]ber|until|bis)\b)"
    r"[\w-]+){0,2}\W*$"
)
_FROM_WORD = _cue(r"\b(from|von|de|desde|van|da|dal|z|ze|fr[åa]n)(\W+[\w-]+){0,3}\W*$")
_FROM_TO = _cue(r"^\s*((down|up|lowered|reduced|runter|hinunter)\s+)?(to|auf|[àa]|hasta|naar|"
                r"do|para|till|al|zu|na|a)\s+(\S+\s+)?\S*\d")
HISTORY = _cue(
    r"\b(already|previously|earlier this year|last (year|time|month|quarter|round)|"
    r"in the past|so far|to date|bereits|schon|zuletzt|vergangen\w*|letzte[snm]? (jahr|mal)|"
    r"d[ée]j[àa]|l'an dernier|l'ann[ée]e derni[èe]re|ya|el a[ñn]o pasado|anteriormente|"
    r"gi[àa]|l'anno scorso|in precedenza|reeds|al eerder|vorig jaar|eerder|ju[żz]|"
    r"w zesz[łl]ym roku|wcze[śs]niej|j[áa]|no ano passado|anteriormente|redan|"
    r"f[öo]rra [åa]ret|tidigare|"
    # a cost taken on in the past: "have absorbed a 9% increase since then"
    r"since then|seitdem|depuis (lors|ce moment)|desde entonces|da allora|sindsdien|"
    r"od tego czasu|desde ent[ãa]o|sedan dess|absorbed|absorbiert|absorb[ée]e?s?|"
    r"absorbid[oa]s?|assorbit[oa]|geabsorbeerd|zaabsorbowali\w*|absorvid[oa]s?|absorberat)\b"
)
_YOU_VERB_AFTER = _cue(
    r"^\W*(that |which |as |wie |que |come |zoals |jak |som )?(you|sie|vous|usted(es)?|"
    r"ustedes|voi|lei|u|jullie|pa[ńn]stwo|voc[êe]s?|ni|du)\b[^.;]{0,25}?"
    r"(ask|request|propos|suggest|want|wünsch|vorschlag|fordern|demand|propon|pid|chied|"
    r"vraag|voorstel|oczekuj|propon|pede|solicit|f[öo]resl|beg[äa]r|önsk)"
)
COST_SUBJECT = _cue(
    r"\b(costs?|raw materials?|materials?|energy|electricity|lumber|wood|timber|steel|paper|"
    r"market|markt|march[ée]|mercado|mercato|rynek|rynku|marknad\w*|index|indices|"

    r"board|resin|copper|aluminium|aluminum|freight|wages|labou?r|inflation|polymer|"
    r"kosten|rohstoff\w*|energie\w*|material\w*|l[öo]hne|stahl\w*|holz\w*|papier\w*|"
    r"co[ûu]ts?|mati[èe]res?|[ée]nergie|salaires|acier|bois|papier|"
    r"costes?|materias?|energ[íi]a|salarios|acero|madera|papel|"
    r"costi|materie prime|energia|salari|acciaio|legno|carta|vergella|"
    r"\w*kosten|grondstof\w*|hout|staal|papier|lonen|"
    r"koszt\w*|surowc\w*|energi\w*|drewn\w*|stal\w*|papier\w*|p[łl]ac\w*|"
    r"custos?|mat[ée]rias?|energia|madeira|a[çc]o|papel|corti[çc]a|sal[áa]rios|"
    r"kostnad\w*|r[åa]var\w*|energi\w*|virke|st[åa]l|papper|l[öo]ner|\w*kostnad\w*)\b"
)
_COST_RISE = _cue(
    r"\b(fell|fallen|dropped|decreased|declined|eased|gesunken|gefallen|baiss[ée]s?|"
    r"diminu[ée]s?|bajad[oa]s?|ca[íi]d[oa]s?|calat[ie]|diminuit[ie]|gedaald|spad[łl]\w*|"
    r"ca[íi]ram|sjunkit|"
    r"rose|risen|rising|gone up|went up|go up|is up|are up|up|increased|jumped|doubled|"
    r"climbed|higher|gestiegen|steigen|erh[öo]ht|teurer|augment\w*|hausse|mont[ée]|"
    r"subid[oa]|aumentad[oa]s?|aumentaron|subieron|aumentat[ie]|cresciut[ie]|salit[ie]|"
    r"gestegen|stijg\w*|wzros[łl]\w*|wzr[óo]s[łl]|podro[żz]a[łl]\w*|sub\w*|aument\w*|"
    r"[öo]kat|stigit|g[åa]tt upp|h[öo]jts|"
    # dearer: "12% duurder geworden", "10 % dyrare", "o 15% droższe"
    r"dearer|more expensive|duurder|teurer|dyrare|dro[żz]sz\w*|plus cher\w*|m[áa]s car[oa]s?|"
    r"pi[ùu] car[oie]|mais car[oa]s?|podro[żz]a[łl]\w*)\b"
)
PRICE_SUBJECT = _cue(
    r"\b(our prices?|the price|unit price|prices|price|surcharge|preis\w*|\w*preis|prix|tarif\w*|"
    r"precios?|prezz[oi]|listino|prijs\w*|\w*prijs|cen[ayę]?|pre[çc]os?|pris\w*|"
    r"reduction|discount|rabatt|nachlass|remise|descuento|sconto|korting|rabat|desconto)\b"
)
CONDITION = _cue(
    r"\b(if|provided|providing|on condition|as long as|assuming|subject to|"
    r"wenn|falls|sofern|vorausgesetzt|unter der (voraussetzung|bedingung)|"
    r"si|[àa] condition|pourvu|sous r[ée]serve|"
    r"siempre que|con tal de|a condici[óo]n|si|"
    r"se|a condizione|purch[ée]|qualora|"
    r"als|indien|mits|op voorwaarde|"
    r"je[śs]li|je[żz]eli|pod warunkiem|o ile|"
    r"se|desde que|caso|com a condi[çc][ãa]o|"
    r"om|f[öo]rutsatt|under f[öo]ruts[äa]ttning|s[åa] l[äa]nge|"
    r"in (exchange|return) for|against|im gegenzug (f[üu]r)?|gegen|en [ée]change de|"
    r"en contrepartie|a cambio de|in cambio di|in ruil voor|w zamian za|em troca de|"
    r"i utbyte mot)\b"
)

# Conditions that are not a lever the engine negotiates: a human must weigh them.
_OUTSIDE_LEVERS = _cue(
    r"\b(index\w*|indexation|escalat\w*|price adjustment clause|adjustment clause|"
    r"(metal|steel|raw material|energy|commodity) (price )?clause|(metal|steel|copper|"
    r"alumin(i)?um) surcharge|"
    # a clause added to the contract, in any language; German builds it into one word
    r"clauses?|cl[áa]usulas?|clausol[ae]|clausules?|klausul\w*|klauzul\w*|\w*klausel\w*|"
    r"\w*preisgleit\w*|metallzuschlag\w*|"
    r"specification|spec change|material change|redesign|new reference|different (material|"
    r"grade|design|packaging)|(switch|change|move) (from|to) (a |the )?(different |other |new )?"
    r"(material|spec\w*|grade|design|packaging|supplier|product)|"
    # a cheaper make of the article: "if we change the box from 5 to 3 layers"
    r"(change|switch|swap|downgrade) (the |our |your )?(\w+ )?(material|packaging|board|"
    r"carton|box|quality|grade|layers?|ply|print\w*) (from|to)|\d[- ]?(layers?|ply|plies)|"
    r"\d[- ]?(lagig\w*|lagen|couches|capas|strati|warstw\w*|camadas|lager)\b|"
    r"ex[- ]works|collect(ion)?|pick[- ]?up|incoterm\w*|exw|fca|fas|fob|cfr|cif|cpt|cip|dap|"
    r"dpu|ddp|freight|"
    # the buyer fetching the goods itself: "si recogen ustedes", "wenn Sie abholen"
    r"recog(er|en|emos|ida|iera|ieran|e)|recojan|abholen|abholt|selbst abhol\w*|enlev(er|ez|"
    r"ement)|venez (les )?chercher|venir (les )?chercher|ritir(are|ate|ano|ino)|ophalen|"
    r"haalt .{0,20} op|odbi(or|erze|erzecie|ór|eracie|ra[ćc])\w*|retir(ar|em|arem|am)|"
    r"recolh\w*|h[äa]mta(r|s)?|"
    r"exclusiv\w*|sole supplier|all (of )?your (volume|demand)|other (products?|items?|lines?)|"
    # an order by a date: "2% if the order is placed before 31/12"
    r"(order|orders|po|bestellung|auftrag|commande|pedido|ordine|bestelling|zam[óo]wieni\w*|"
    r"encomenda|best[äa]llning)\s+(is |are |gets |ist |est |es |[èe] )?(placed |received |"
    r"confirmed |issued |erteilt |eingeht |pass[ée]e? |realizad[oa] |effettuat[oa] )?(before|by|"
    r"until|bis|vor|avant|antes|entro|v[óo][óo]r|przed|at[ée]|f[öo]re)\b|"
    # more of the buyer's business: "provided you move your die-cutting work to us"
    r"(move|moving|transfer\w*|give|giving|award\w*|shift\w*|bring\w*|place|placing)\s+"
    r"(us\s+)?(your|the|all|more|also)\s+([\w-]+\s+){0,3}(work|business|orders?|volumes?|"
    r"demand|products?|items?|lines?|articles?|spend)\b|"
    r"whole range|prepay\w*|advance payment|deposit|letter of credit|"
    r"indexklausel|preisgleitklausel|gleitklausel|spezifikation|ab werk|selbstabholung|"
    r"abholung|exklusiv\w*|vorkasse|anzahlung|"
    r"clause d'indexation|indexation|sp[ée]cification|r[ée]f[ée]rence|passer (du|de|au)|"
    r"d[ée]part usine|enl[èe]vement|exclusivit[ée]|paiement d'avance|acompte|"
    r"cl[áa]usula de (indexaci[óo]n|revisi[óo]n)|especificaci[óo]n|en f[áa]brica|recogida|"
    r"exclusividad|pago anticipado|"
    r"clausola di (indicizzazione|revisione)|indicizzazione|specifica|franco fabbrica|ritiro|"
    r"esclusiv\w*|pagamento anticipato|"
    r"indexclausule|indexering|specificatie|af fabriek|afhalen|exclusiviteit|vooruitbetaling|"
    r"klauzul\w* (indeksac|waloryzac)\w*|indeksac\w*|specyfikac\w*|odbi[óo]r w[łl]asny|"
    r"wy[łl][ąa]czno[śs]\w*|przedp[łl]at\w*|"
    r"cl[áa]usula de (indexa[çc][ãa]o|reajuste)|especifica[çc][ãa]o|retirada|"
    r"exclusividade|pagamento antecipado|"
    r"indexklausul|indexering|specifikation|fritt fabrik|h[äa]mtning|exklusiv\w*|"
    r"f[öo]rskottsbetalning|"
    # payment before delivery and documentary credit, in every language
    r"down payment|(pay\w*|payment|deposit|cash|\d+ ?%) (up ?front)|up ?front (payment|"
    r"deposit|cash)|payment in advance|pay(ment)? before (production|shipment|"
    r"delivery)|cash (in advance|before delivery)|vorauszahlung|paiement (d'avance|[àa] la "
    r"commande)|pago (por adelantado|por anticipado)|un anticipo|caparra|aanbetaling|"
    r"zaliczk\w*|przedp[łl]at\w*|adiantamento|f[öo]rskott\w*|handpenning|akkreditiv|"
    r"cr[ée]dit documentaire|carta de cr[ée]dito|lettera di credito|remburs|akredytyw\w*|"
    # a cheaper make of the article itself: thinner, thicker, another wall thickness
    r"thinner|thicker|lighter (material|board|grade)|lower grade|cheaper (material|grade)|"
    r"wall thickness|d[üu]nner\w*|wandst[äa]rke|plus (fine|mince)s?|m[áa]s delgad\w*|"
    r"pi[ùu] sottil\w*|dunner|cie[ńn]sz\w*|mais fin[oa]s?|tunnare|"
    # shipping only in full loads
    r"full (truck|container)\s?loads?|truckloads?|ftl|full containers?|full pallets only|"
    r"komplettladung\w*|vollladung\w*|lkw-ladung\w*|camions? complets?|camiones? completos?|"
    r"carichi completi|carico completo|volle vrachtwagens?|ca[łl]opojazdow\w*|pe[łl]ne auta?|"
    r"cargas? completas?|hela lastbilar|fulla lastbilar)\b"
)
# What a supplier may ask for beside the terms ("but we need a 30% deposit before
# production"): a narrower list than the conditions above, since "we need your drawing"
# or "freight is extra" condition nothing.
_DEMANDED = _cue(
    r"\b(prepay\w*|advance payment|payment in advance|deposit|down payment|"
    r"(pay\w*|payment|deposit|cash|\d+ ?%) up ?front|up ?front (payment|deposit|cash)|"
    r"letter of credit|pay(ment)? before (production|shipment|delivery)|ex[- ]works|exw|"
    r"clauses?|cl[áa]usulas?|clausol[ae]|clausules?|klausul\w*|klauzul\w*|\w*klausel\w*|"
    r"collect(ion)? (ex|from|at) \w+|exclusiv\w*|sole supplier|index(ation)? clause|"
    r"vorkasse|vorauszahlung|anzahlung|ab werk|selbstabholung|exklusiv\w*|acompte|"
    r"paiement (d'avance|[àa] la commande)|d[ée]part usine|exclusivit[ée]|pago (anticipado|"
    r"por adelantado)|un anticipo|en f[áa]brica|exclusividad|pagamento anticipato|caparra|"
    r"franco fabbrica|esclusiv\w*|vooruitbetaling|aanbetaling|af fabriek|exclusiviteit|"
    r"przedp[łl]at\w*|zaliczk\w*|wy[łl][ąa]czno[śs]\w*|pagamento antecipado|um sinal|"
    r"adiantamento|exclusividade|f[öo]rskott\w*|handpenning|fritt fabrik|akkreditiv|"
    r"cr[ée]dit documentaire|carta de cr[ée]dito|lettera di credito|remburs|akredytyw\w*)\b"
)
# Asking for such a thing, beside the terms: "but we need a 30% deposit before production".
_DEMAND = _cue(
    r"\b((we|i) (need|require|would need|would require|must have|ask for|insist on|expect)|"
    r"(is|are|would be|will be) (required|necessary|mandatory)|requires?|only (with|against|"
    r"on)|wir (ben[öo]tigen|brauchen|verlangen|erwarten)|setzen .{0,30}voraus|(ist|w[äa]re) "
    r"(erforderlich|notwendig|n[öo]tig)|nur (gegen|bei|mit)|nous (avons besoin|exigeons|"
    r"demandons)|(est|serait) (n[ée]cessaire|requis|exig[ée])|uniquement (avec|contre)|"
    r"moyennant|necesitamos|requerimos|exigimos|(es|ser[íi]a) (necesario|imprescindible)|"
    r"s[óo]lo (con|contra)|abbiamo bisogno|richiediamo|(è|sarebbe) (necessari[oa]|"
    r"richiest[oa])|solo (con|contro|dietro)|(wij|we) (vereisen|verlangen|eisen)|nodig|"
    r"alleen (met|tegen|bij)|potrzebujemy|wymagamy|(jest|by[łl]aby?) (wymagan|konieczn)\w*|"
    r"tylko (za|przy)|precisamos|exigimos|necessitamos|(é|seria) (necess[áa]ri[oa]|"
    r"obrigat[óo]ri[oa])|s[óo] (com|contra|mediante)|mediante|beh[öo]ver|kr[äa]ver|krävs|"
    r"f[öo]ruts[äa]tter|endast (mot|med))\b"
)
# A price for an order size is a tier, not a volume commitment: "5% on orders over 1,000".
_TIER = _cue(
    r"\b((for|on) (orders?|quantities|purchases|volumes?|batches|call-offs?) (of |above |over |"
    r"from |exceeding |of more than |greater than )\S*\d|from \d[\d.,' ]* (units|pcs|pieces|"
    r"pallets|rolls|boxes) (upwards|on|and (above|more))|ab (einer )?(bestell)?menge von|"
    r"ab \d[\d.,' ]* (st[üu]ck|stk|einheiten|paletten)|bei (bestellungen|auftr[äa]gen) (ab|"
    r"[üu]ber)|(pour|sur) (les )?commandes? (de plus de|sup[ée]rieures? [àa]|au-del[àa] de|"
    r"[àa] partir de)|[àa] partir de \d[\d.,' ]* (pi[èe]ces|unit[ée]s)|(para|en) pedidos? "
    r"(de m[áa]s de|superiores a|a partir de)|per ordini (superiori a|oltre|sopra)|"
    r"(voor|bij) bestellingen (vanaf|boven|van meer dan)|(przy|dla) zam[óo]wie\w* (powy[żz]ej|"
    r"od)|(para|em) encomendas (acima de|superiores a|a partir de)|(f[öo]r|vid) best[äa]llningar "
    r"(över|fr[åa]n))"
)
_HEDGE = _cue(
    r"\b(maybe|perhaps|possibly|potentially|might|approximately|approx\.?|around|roughly|"
    r"(would|could|might) consider|willing to consider|open to|"
    r"in the range|ballpark|circa|ca\.|somewhere|"
    r"vielleicht|eventuell|ungef[äa]hr|etwa|rund|circa|gegebenenfalls|"
    r"peut-[êe]tre|environ|[àa] peu pr[èe]s|autour de|"
    r"quiz[áa]s?|tal vez|aproximadamente|alrededor de|m[áa]s o menos|"
    r"forse|circa|pi[ùu] o meno|intorno al?|"
    r"misschien|ongeveer|wellicht|rond de|"
    r"mo[żz]e|oko[łl]o|mniej wi[ęe]cej|"
    r"talvez|cerca de|aproximadamente|"
    r"kanske|ungef[äa]r|cirka|omkring)\b"
)
_PREDICATE_START = _cue(
    r"^((that|this|it)('s| is| was| would)|c'est|ce n'est|ce|das|dies|dat|dit|esto|eso|"
    r"questo|ci[òo]|isso|isto|det|detta|to)\b"
    r"|^(is|are|was|were|would|will|seems?|remains?|ist|sind|w[äa]re|bleibt|est|sont|serait|"
    r"reste|es|son|ser[íi]a|sigue|[èe]|sono|sarebbe|resta|zijn|zou|blijft|jest|s[ąa]|"
    r"by[łl]oby|to|[ée]|s[ãa]o|seria|continua|[äa]r|vore|f[öo]rblir|too|zu|trop|"
    r"demasiado|troppo|te|za|demais|f[öo]r|not|nicht|pas|no|non|niet|nie|n[ãa]o|inte)\b"
)


def role_of(clause: Clause, start: int, end: int) -> Role:
    """The role of the number at ``clause.text[start:end]``."""
    if clause.mood is Mood.ASKS:
        return Role.ASKED
    if clause.mood is Mood.REPLACED:
        return Role.REFERRED  # "instead of X", "statt X": what the supplier does not give
    phrases = _phrases(clause.text)
    index = next((i for i, (a, b) in enumerate(phrases) if a <= start < b), len(phrases) - 1)
    phrase_start, phrase_end = phrases[index]
    text = clause.text
    phrase = text[phrase_start:phrase_end]
    role = _phrase_role(text[phrase_start:start], text[end:phrase_end], phrase)
    if role is None:
        role = _following_predicate(text, phrases, index)
    if role in (None, Role.PROPOSED, Role.AGREED) and (
            _condition_outside_levers(text) or _TIER.search(phrase)):
        role = Role.CONDITIONAL
    if role is None and _HEDGE.search(phrase):
        role = Role.TENTATIVE
    return role or Role.PROPOSED


_BARE = re.compile(r"\W*\d[\d.,]*\s*[^\W\d]*\W*")


def bare_phrase(text: str, position: int) -> bool:
    """The phrase around ``position`` is a number and its unit only: "60 days"."""
    start, end = next(((a, b) for a, b in _phrases(text) if a <= position < b), (0, 0))
    return bool(_BARE.fullmatch(text[start:end]))


def phrases_of(text: str) -> list[str]:
    """The phrases of a clause: cut at commas, colons, semicolons and dashes."""
    return [text[a:b] for a, b in _phrases(text)]


@lru_cache(maxsize=128)  # a clause with several numbers is cut once
def _phrases(text: str) -> tuple[tuple[int, int], ...]:
    spans, position = [], 0
    for cut in _PHRASE_CUT.finditer(text):
        if cut.start() > position:
            spans.append((position, cut.start()))
        position = cut.end()
    if position < len(text):
        spans.append((position, len(text)))
    return tuple(spans) or ((0, len(text)),)


# A number being looked at, not offered: "we are reviewing the 5%", "wir prüfen die 5 %",
# "my colleague will answer about the 5%". It waits for a decision, like one asked about.
_EXAMINED_BEFORE = _cue(
    # in English with its subject: "considering 24 months, ..." means "regarding"
    r"\b(((we|i)('re| are| am|'m|'ll| will| shall| need to| have to| must| still)?|"
    r"let (me|us)) (review\w*|check(ing|ed)?|look(ing|ed)? (at|into)|stud(y|ying|ied)|"
    r"analy[sz](e|ing|ed)|think(ing)? about|evaluat(e|ing|ed)|assess(ing|ed)?)|answer about|"
    r"come back (to you )?(on|about)|what (i|we) can do (about|on|with)|"
    r"pr[üu]fen|pr[üu]fen gerade|schauen uns|sehen uns|[ée]tudi(ons|er)|examin(ons|er)|"
    r"analys(ons|er)|revisando|estudiando|analizando|valorando|valutando|analizzando|"
    r"esaminando|bekijken|bestuderen|analizujemy|rozwa[żz]amy|analisar|analisando|avaliar|"
    r"avaliando|tittar p[åa]|ser [öo]ver|granskar)"
    # then only articles, possessives and "requested"-like words before the number
    r"(\W+(the|your|its|this|that|these|a|an|of|on|about|requested|proposed|suggested|"
    r"demanded|extra|additional|further|die|den|das|der|ihre[nmr]?|gew[üu]nschten|"
    r"geforderten|vorgeschlagenen|le|la|les|l|vos|votre|des|de|du|demand[ée]s?|el|los|las|su|"
    r"sus|del|solicitad[oa]s?|il|lo|gli|i|vostr[oaie]|richiest[oaie]|het|uw|gevraagde|o|os|"
    r"as|vossos?|seus?|pedid[oa]s?|dina|era|ert|beg[äa]rda))"
    r"{0,3}\W*$"
)


def _phrase_role(left: str, right: str, phrase: str) -> Role | None:
    """The role the phrase's own words give the number between ``left`` and ``right``."""
    if _EXAMINED_BEFORE.search(left[-60:]):
        return Role.ASKED
    negated = bool(NEGATION.search(NO_PROBLEM.sub(" ", phrase)))
    if negated:
        if _LIMIT_BEFORE.search(left) or _LIMIT_AFTER.search(right):
            return Role.PROPOSED  # "we cannot go below 3%", "not more than Net 45"
        return Role.REFUSED
    if _LIMIT_AFTER.search(right) or _LIMIT_BEFORE.search(left):
        return Role.PROPOSED
    if HISTORY.search(left[-_HISTORY_REACH:]):
        return Role.REFERRED  # "last year we agreed 3%": what was, not what is offered
    if _AGREE_AFTER.search(right) or _AGREE_BEFORE.search(left) or NO_PROBLEM.search(phrase):
        return Role.AGREED
    if _AS_PROPOSED_BEFORE.search(left[-50:]) or _AS_PROPOSED_AFTER.match(right):
        return Role.AGREED  # "Zahlungsziel wie vorgeschlagen 60 Tage": agreed by reference
    if _referred(left, right, phrase):
        # "we can give the 5% you ask": the buyer's number, granted
        return Role.AGREED if _GIVE_BEFORE.search(left) else Role.REFERRED
    if _cost_fact(left, right):
        return Role.FACT
    return None


# How far a word of the past reaches: "last year we agreed 3%" speaks of the 3, but in
# "after the rise in the last quarter we must increase our rates by 7%" the 7 is new.
_HISTORY_REACH = 45


def _referred(left: str, right: str, phrase: str) -> bool:
    tail = left[-50:]
    if (HISTORY.search(left[-_HISTORY_REACH:])
            or HISTORY.search(_before_condition("", right)[:_HISTORY_REACH])
            or _YOU_VERB_AFTER.search(right)):
        return True
    if _YOUR.search(tail) or _CURRENT.search(tail):
        return True
    # "from 2.35 to 2.27": the first of the two is the old value.
    return bool(_FROM_WORD.search(tail) and _FROM_TO.search(right))


def _before_condition(left: str, right: str) -> str:
    """The phrase up to a condition after the number: in "a 1.5% rebate if you beat last
    year's spend" the past belongs to the condition, not to the number."""
    condition = CONDITION.search(right)
    return left + (right[: condition.start()] if condition else right)


def _cost_fact(left: str, right: str) -> bool:
    """"our costs rose 12%", "lumber is up 11%": a rise of costs, not of the price."""
    cost = _nearest(COST_SUBJECT, left, right)
    if cost is None or not (_COST_RISE.search(left[-60:]) or _COST_RISE.search(right[:40])):
        return False
    price = _nearest(PRICE_SUBJECT, left, right)
    return price is None or cost < price


def _nearest(pattern: Cue, left: str, right: str) -> int | None:
    before, after = left[-60:], right[:40]
    distances = [len(before) - m.end() for m in pattern.finditer(before)]
    distances += [m.start() for m in pattern.finditer(after)]
    return min(distances) if distances else None


# A verdict on its own after a number and a dash or colon: "5% - no.", "60 days: impossible".
_VERDICT_REFUSED = _cue(
    r"^\W*(also |too |auch |aussi |tambi[ée]n |anche |ook |te[żz] |tamb[ée]m |ocks[åa] )?"
    r"((sorry|unfortunately|leider|malheureusement|lamentablemente|purtroppo|helaas|niestety|"
    r"infelizmente|tyv[äa]rr),? )?"
    r"(no|nope|not possible|impossible|not acceptable|unacceptable|out of the question|"
    r"nein|nicht m[öo]glich|unm[öo]glich|non|pas possible|no es posible|imposible|"
    r"non possibile|impossibile|nee|niet mogelijk|onmogelijk|nie|niemo[żz]liwe|n[ãa]o|"
    r"imposs[íi]vel|nej|inte m[öo]jligt|om[öo]jligt|not|nicht|pas|niet|inte)\W*$"
)


# "as for 3%, we cannot go lower": a negated comparison after a topic sets a limit.
_FURTHER = _cue(
    r"\b(lower|further|below|down|more|beyond|less|longer|shorter|higher|weiter|tiefer|"
    r"niedriger|weniger|mehr|runter|l[äa]nger|k[üu]rzer|plus|davantage|moins|m[áa]s|menos|"
    r"bajar|pi[ùu]|meno|scendere|verder|lager|meer|minder|langer|dalej|ni[żz]ej|wi[ęe]cej|"
    r"mniej|d[łl]u[żz]ej|mais|l[äa]ngre|l[äa]gre|mindre|mer|ner)\b"
)


def _following_predicate(
    text: str, phrases: tuple[tuple[int, int], ...], index: int
) -> Role | None:
    """"Net 90, as you propose, is too long": a bare subject takes a later predicate, and
    so does a topic: "as for the 6%, we can't", "pour le 6 %, on n'est pas capables"."""
    own = text[phrases[index][0] : phrases[index][1]]
    if _MEANS_END.search(own) and index + 1 < len(phrases):
        # "6 % would mean for us, delivering below cost": what it means is its predicate
        start, end = phrases[index + 1]
        return _phrase_role("", text[start:end], text[start:end])
    if _OWN_VERB.search(own):
        return None  # "our best price is 47.50, this is already low": it has its own verb
    for start, end in phrases[index + 1 : index + 3]:
        part = text[start:end].strip()
        if re.search(r"\d", part):
            return None
        if _VERDICT_REFUSED.match(part):
            return Role.REFUSED
        if len(part.split()) <= 4 and NEGATION.search(part) and not _FURTHER.search(part):
            return Role.REFUSED  # "5 %, ni en sueños", "6%, no way", "5 %, auf keinen Fall"
        if TOPIC.match(own) and len(own.split()) <= 5 and NEGATION.search(part):
            return Role.PROPOSED if _FURTHER.search(part) else Role.REFUSED
        if _PREDICATE_START.match(part):
            return _phrase_role("", part, part)
    return None


_MEANS_END = _cue(r"\b(means?|would mean|bedeuten|bedeutet|bedeuten w[üu]rde|signifie\w*|"
                 r"significa\w*|betekent|betekenen|oznacza\w*|inneb[äa]r\w*)\W*$")
_OWN_VERB = _cue(rf"\b({_COPULA}|can|could|will|would|offer|give|k[öo]nnen|bieten|pouvons|"
               r"proposons|podemos|ofrecemos|possiamo|offriamo|kunnen|bieden|mo[żz]emy|"
               r"oferujemy|kan|erbjuder)\b")


def _condition_outside_levers(text: str) -> bool:
    condition = CONDITION.search(text)
    return (condition is not None and bool(_OUTSIDE_LEVERS.search(text[condition.start() :]))
            ) or demands_outside_levers(text)


# Terms offered "with" such a thing: "un 3 % con pago anticipado", "3% with a deposit".
_WITH = _cue(r"\b(with|mit|avec|con|com|met|med|bei|against|gegen|contre|contra|tegen|"
             r"mot)\s+(a |an |einer |einem |une |un |una |um |uma |een |ett )?([\w-]+ )?$")


def demands_outside_levers(text: str) -> bool:
    """The clause asks for something the engine does not negotiate, named right by the
    asking words or offered with it: a deposit, payment in advance, a letter of credit,
    collection ex works, exclusivity, a cheaper make."""
    if not _DEMANDED.search(text):
        return False  # nothing of the kind named: the common case, answered from memory
    for demanded in _DEMANDED.finditer(text):
        if _WITH.search(text[max(0, demanded.start() - 30) : demanded.start()]):
            return True
    for demand in _DEMAND.finditer(text):
        near = text[max(0, demand.start() - 40) : demand.end() + 60]
        if _DEMANDED.search(near):
            return True
    return False


_OFFER_WORDS = _cue(
    r"\b(we (can|could|would|will|'d|'ll)|we('d| would)? (propose|offer|suggest)|best we can|"
    r"our (offer|proposal)|we can live with|live with|how about|"
    r"wir (bieten|k[öo]nnen|w[üu]rden|schlagen)|k[öo]nnen wir|bieten wir|schlagen .{0,10}vor|"
    r"nous (proposons|pouvons|pourrions|offrons)|nous vous proposons|"
    r"(podemos|proponemos|ofrecemos|podr[íi]amos)|"
    r"(possiamo|proponiamo|offriamo|potremmo)|"
    r"(wij|we) (kunnen|bieden|stellen)|kunnen we|"
    r"(mo[żz]emy|proponujemy|oferujemy)|"
    r"(podemos|propomos|oferecemos|poder[íi]amos)|"
    r"vi (kan|erbjuder|f[öo]resl[åa]r)|kan vi|"
    # "45 is our limit": the writer's own bound, offered
    r"our (limit|maximum|max|best|final (offer|word))|unser (limit|maximum|letztes wort)|"
    r"notre (limite|maximum|dernier mot)|nuestro (l[íi]mite|m[áa]ximo|tope)|"
    r"il nostro (limite|massimo)|onze (grens|limiet)|nasz\w* (limit|maksimum)|"
    r"o nosso (limite|m[áa]ximo)|v[åa]r (gr[äa]ns|maxgr[äa]ns))\b"
)


def offers_explicitly(text: str) -> bool:
    """The clause says outright that the writer offers or accepts something."""
    return bool(_OFFER_WORDS.search(text) or _AGREE_ANYWHERE.search(text))


_AGREE_ANYWHERE = _cue(_AGREE_STRONG)

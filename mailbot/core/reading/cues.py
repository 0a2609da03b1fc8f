"""Words that signal what a reply is, in English, German, French, Spanish, Italian, Dutch,
Polish, Portuguese and Swedish.

Each pattern is one signal the intent rules ask about; they are matched against the
supplier's new text (or headers, where named so), never against quoted history.
"""

from __future__ import annotations

import re


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ACCEPT = _words(
    r"\b(agreed|agree|accept|accepted|it'?s a deal|we have a deal|you have a deal|confirmed|"
    r"(we|i) (hereby |can )?confirm\b(?! (next|later|by|once|when|after|as soon|the (volume|"
    r"quantit|date|deliver)))|sounds good|works for us|work for us|"
    r"fine (with|by) us|fine with (your|the|this)|happy with|ok|okay|go ahead|approved|"
    r"looks (good|fine)|that'?s fine|is fine|all good|(please|you (can|may)|let'?s) proceed|"
    r"good to go|"
    r"count us in|works for me|sounds fine|no objections?|(we|i) can live with (that|it|this)|"
    r"that works|let'?s do it|we'?re in|happy to (accept|go ahead|proceed)|"
    r"acceptable (for|to) us|(you'?ve )?got a deal|alright|"
    r"einverstanden|akzeptier\w*|nehmen .{0,40}\ban\b|angenommen|zustimm\w*|passt|"
    r"keine einw[äa]nde|in ordnung|geht klar|abgemacht|machen wir so|so machen wir (es|das)|"
    r"stimmen .{0,30}\bzu\b|"
    r"ça (nous |me )?(va|convient)|ça marche|d'accord|accept(e|ons|ée?s?)|nous convient|"
    r"c'est (en ordre|bon|ok)|entendu|bon pour accord|valid(ons|é)|"
    r"de acuerdo|aceptamos|aceptado|estamos conformes|adelante|nos parece bien|me parece bien|"
    r"est[áa] bien|trato hecho|perfecto|"
    r"d'accordo|accettiamo|accettat[oa]|va bene|procediamo|confermiamo|confermat[oa]|"
    r"confermo|perfetto|affare fatto|"
    r"akkoord|accepteren|gaan akkoord|prima(?! (di|del|della|dello|che|possibile|volta))|"
    r"klinkt goed|afgesproken|in orde|"
    r"(dat|het) is goed|perfect|"
    r"zgoda|akceptujemy|zaakceptowan\w*|zgadzamy si[ęe]|przyjmujemy|w porz[ąa]dku|"
    r"potwierdzamy|"
    r"de acordo|aceitamos|aceite|aceito|fechado|combinado|podem avan[çc]ar|pode avan[çc]ar|"
    r"concordamos|concordo|perfeito|est[áa] bem|confirmamos|pasuje|"
    r"accepterar|godk[äa]nner|det g[åa]r bra|g[åa]r bra|ok f[öo]r oss|[öo]verens|"
    r"tackar ja|det l[åa]ter bra|k[öo]r p[åa])\b"
    r"|^\s*(yes|ja|oui|s[íi]|jawohl|yep|sim|tak|s[ìi])\s*[.!,]*\s*$|^\s*deal\b"
    r"|^\W*(sure|perfect|perfekt|parfait|perfecto|perfetto|perfeito|vale|conforme|okey|top)\b"
)
REJECT = _words(
    r"\b(leider nein|sorry,? no|lamentablemente no|helaas niet|niestety nie|"
    r"(nicht|kein\w*) in frage|decline|declined|reject|rejected|not able to|unable to|"
    r"cannot|can't|can not|"
    r"not in a position|not possible|not continue|not to continue|withdraw|walk away|"
    r"pass on this|(going to|will|'ll|have to|must) pass|not interested|no longer|"
    r"(we|i) would rather not|have to say no|not for us|will not participate|"
    r"not (to )?(participate|take part|proceed|continue|go ahead|pursue)|no deal|no,? thanks|"
    r"thanks,? but no|geht (leider )?nicht|leider nicht\b|nicht drin|"
    r"(stick|stay) with (our|the) (current|existing|present) (prices?|pricing|terms|quote|"
    r"offer)|(our|the) (price|pricing|offer|quote) stands|keep things as they are|"
    r"(won'?t|will not|not) be (submitting|bidding|participating|making)|step back from|"
    r"(can'?t|cannot|unable to) (meet|match|reach) (your|the) (target|price|request)|"

    r"not feasible|no room|no (\w+ ){0,3}(is |are )?(possible|feasible|available|acceptable|"
    r"achievable)|not acceptable|unacceptable|not (be )?able|not prepared|not willing|"
    r"unwilling|regret|not go (below|lower|further|down)|(prices?|offer|conditions) (are|is) "
    r"final|remain unchanged|end (our|the) (cooperation|relationship|partnership|business)|"
    r"terminate|discontinue|stop supplying|not (to )?renew|remove us|take us off|unsubscribe|"
    r"(don'?t|do not) take part|(doesn'?t|does not|won'?t|will not) work for us|"
    r"keep (the|our) (current|existing|present) (prices?|terms|conditions)|"
    r"(can'?t|cannot|won'?t) move|keep (our|the) (prices?|pricing|terms)( as (they are|is)| "
    r"unchanged| where they are)|won'?t be (reducing|lowering)|will not (reduce|lower)|"
    r"no (reduction|discount|decrease)|(do|can|could|will) not agree|disagree|"
    r"(prices?|offer|terms|conditions|quote) (are|is|remains?|stays?) firm|"
    r"nothing (more|else|further) (we|i) can do|"
    r"(m[üu]ssen|muss) .{0,15}passen|kein(erlei)? interesse|"
    r"no (nos |me )?interesa|non (siamo|sono) interessat\w*|"
    r"zien (hier|daar)?van af|zien af van|geen interesse|"
    r"nie (jeste[śs]my|jestem) zainteresowan\w*|"
    r"n[ãa]o (estamos|estou) interessad\w*|avst[åa]r|inte intresserade|"
    r"bleiben (bei|unver[äa]ndert)|bleibt (es )?(bei|unver[äa]ndert)|beenden|"
    r"keine[nmrs]? (\w+ )?(nachlass|rabatt|reduzierung|senkung|preissenkung|m[öo]glichkeit|"
    r"spielraum)|kein spielraum|ablehnen|lehnen .{0,30}ab|nicht m[öo]glich|nicht darstellbar|"
    r"nicht machbar|k[öo]nnen .{0,40}nicht|nicht verl[äa]ngern|absagen|ausgeschlossen|"
    r"verzichten|ziehen uns zur[üu]ck|nicht akzeptabel|nicht annehmbar|"
    r"restent inchang[ée]s|mettre fin|refus\w*|d[ée]clin\w*|ne (pouvons|pourrons) pas|"
    r"pas possible|impossible|maintenons|aucune marge|ne pas renouveler|ne \w+( \w+)? pas|"
    r"ne \w+( \w+)? rien|aucune? (remise|r[ée]duction|baisse|geste)|pas (tenable|viable)|"
    r"n'\w+( \w+)? pas|"
    r"se mantienen|mantenemos|terminar|rechaz\w*|no podemos|no es posible|no nos es posible|"
    r"declinar|sin margen|no (vamos a|podremos)|"
    r"non possiamo|non [èe] possibile|impossibile|rifiut\w*|manteniamo|restano invariat\w*|"
    r"non lo permett\w*|nessun margine|non ci [èe] possibile|non siamo in grado|"
    r"afwijzen|niet mogelijk|kunnen .{0,30}niet|niet akkoord|handhaven|onhaalbaar|"
    r"geen ruimte|geen korting|blijven .{0,20}ongewijzigd|"
    r"nie mo[żz]emy|niestety nie|nie jest mo[żz]liw\w*|niemo[żz]liw\w*|odrzuc\w*|"
    r"bez zmian|rezygnujemy|nie ma mo[żz]liwo[śs]ci|odmawiamy|"
    r"n[ãa]o podemos|infelizmente n[ãa]o|n[ãa]o [ée] poss[íi]vel|imposs[íi]vel|recus\w*|"
    r"mantemos|sem margem|n[ãa]o temos margem|n[ãa]o conseguimos|"
    r"tyv[äa]rr (inte|kan)|kan (vi )?inte|inte m[öo]jligt|tackar (vi )?nej|avb[öo]j\w*|"
    r"beh[åa]ller|of[öo]r[äa]ndrade|ingen m[öo]jlighet|inget utrymme)\b"
    r"|^\s*(no|nein|non|nee|nie|n[ãa]o|nej)\b[,.!]"
)
# A supplier keeping its price says no without a number: "we'll keep the current price".
KEEPS_PRICE = _words(
    r"\b(keep (the|our) (current|existing|present|today'?s) (price|prices|pricing|terms)|"
    r"(hold|keep|leave) (the|our) (price|prices|pricing) (as (it|they) (is|are)|unchanged|"
    r"where (it|they) (is|are)|at)|(stick|stay) with (our|the) current|"
    r"(prices?|terms|conditions) (stay|remain|will remain|stays) (as (they are|is)|unchanged|"
    r"the same)|stay (at|with) (our|the) current|"
    r"bleiben bei (unseren|den) (aktuellen|bisherigen) (preisen|konditionen)|"
    r"preise bleiben|maintenons (nos|les) (prix|conditions)|mantenemos (los|nuestros) "
    r"(precios|condiciones)|manteniamo (i|le) (prezzi|condizioni)|"
    r"handhaven (onze|de) (prijzen|condities)|ceny pozostaj[ąa]|pozostawiamy ceny|"
    r"mantemos (os|as) (pre[çc]os|condi[çc][õo]es)|beh[åa]ller (v[åa]ra|nuvarande) priser)\b"
)
CALL = _words(
    r"\b(call|phone|meeting|meet|discuss|talk|speak|teams|zoom|anruf\w*|telefon\w*|"
    r"besprechen|gespr[äa]ch|termin|appel\w*|r[ée]union|discuter|de vive voix|llamada|llamar|"
    r"reuni[óo]n|hablar\w*|llamar\w*|tel[ée]fono|telefone|telefonicamente|telefonata|chiamat\w*|sentirci|parlarne|riunione|bellen|overleggen|"
    r"gesprek|rozmow\w*|zadzwoni\w*|spotkani\w*|liga[çc][ãa]o|telefonar|reuni[ãa]o|"
    r"conversar|ringa|samtal|m[öo]te|prata)\b"
)
# A decision still to come: "we will get back to you", "I'll check internally".
FORWARDED = _words(
    r"\b(discuss (it |this )?(internally|with (my|our) \w+)|intern (besprechen|abstimmen|"
    r"pr[üu]fen)|en interne|review (it |this |the \w+ )?internally|let you know|"
    r"(need|needs|want) (a bit )?(more )?time|let me (confirm|check|revert|come back)|"
    r"forward(ed|ing)? (it |this |your \w+ )?to (my|our) (manager|boss|director|md|ceo|"
    r"management|board|colleague|team|purchasing|finance)|"
    r"bescheid (geben|sagen)|gebe .{0,40}bescheid|melde mich|laat .{0,10}weten|"
    r"vous tiendr\w+ au courant|(les|le) informar[ée]\w*|vi far[òo] sapere|dam(y)? zna[ćc]|"
    r"daremos not[íi]cias|l[åa]ter (dig|er) veta|"
    r"weitergeleitet an (die|den|unsere) (gesch[äa]ftsleitung|chef)|"
    r"passed (it|this|your \w+) on|get back to you|come back to you|"
    r"revert|circle back|will check|to check|check internally|look into|review (it|this)|"
    r"melden uns|melde mich|r[üu]ckmeldung|pr[üu]fen|"
    r"transmis|reviendrons vers vous|revenir vers vous|reviens vers vous|"
    r"reenviado|le responderemos|les responderemos|"
    r"vi faremo sapere|stiamo verificando|vi risponderemo|"
    r"doorgestuurd|kom .{0,20}terug|komen .{0,20}terug|"
    r"odezwiemy si[ęe]|wr[óo]cimy|sprawdzimy|"
    r"retornaremos|daremos retorno|estamos a verificar|"
    r"[åa]terkommer|[åa]terkomma|vi kollar)\b"
)
PENDING = _words(
    r"\b(waiting for|awaiting|green light|go-ahead|final (word|say|decision|approval)|"
    r"warte\w* auf (die |das )?(freigabe|zustimmung|ok)|gr[üu]nes licht|feu vert|en attente de|"
    r"luz verde|a la espera de|via libera|in attesa d\w*|groen licht|wachten op|"
    r"zielone [śs]wiat[łl]o|czekamy na|aguard\w+|gr[öo]nt ljus|v[äa]ntar p[åa]|"
    r"nach r[üu]cksprache mit (dem|der|meinem|meiner|unserem|unserer) \w+ (gebe|melde|"
    r"best[äa]tige)|(i'?ll|i will|we'?ll|we will) confirm (once|when|after|as soon as)|"
    r"once (my|our|the) \w+ (is back|returns|approves|has approved|confirms|signs|agrees)|"
    r"(have|need) to get (this|it) (approved|signed off|confirmed|cleared|ok'?d)|"
    r"run (it|this) past|check with (my|our) (boss|manager|director|md|ceo|gm|owner|board)|"
    r"mit .{0,30}(abstimmen|absprechen|abkl[äa]ren)|"
    r"(valider|faire valider|approuver) par|je dois (encore )?(le |en )?(valider|consulter|"
    r"en parler)|"
    r"(tengo|tenemos|debo|debemos) que consultar\w*|consultarlo con|"
    r"(devo|dobbiamo) .{0,20}(sentire|consultare|chiedere a|verificare con)|"
    r"voorleggen aan|afstemmen met|overleggen met|"
    r"uzgodni[ćc] z|skonsultowa[ćc] z|"
    r"(preciso|precisamos|tenho|temos) de (confirmar|verificar|falar) com|"
    r"st[äa]mma av med|kolla med (min|v[åa]r)|"
    r"need to check|needs? to check|have to check|subject to (\w+ )?(approval|sign-off|"
    r"confirmation|board)|pending (\w+ )?(approval|sign-off)|once (approved|signed off)|"
    r"needs? (\w+ )?(approval|sign-off|signoff)|(need|require|awaiting|waiting for) "
    r"(\w+ ){0,3}(sign-off|approval|go-ahead|ok from)|check with|run (it|this) by|"
    r"vorbehaltlich|zustimmung (der|des|unserer)|freigabe|muss noch .{0,40}(genehmigt|"
    r"freigegeben|zustimmen)|kl[äa]re das .{0,20}mit|"
    r"sous r[ée]serve|validation (de|par)|doit (encore )?[êe]tre valid[ée]|"
    r"sujeto a (la )?aprobaci[óo]n|pendiente de aprobaci[óo]n|consultar con|necesit\w+ "
    r"(la )?aprobaci[óo]n|"
    r"in attesa di approvazione|soggett[oa] ad approvazione|deve essere approvat[oa]|"
    r"onder voorbehoud|goedkeuring|moet nog .{0,30}goedgekeurd|"
    r"wymaga (\w+ )?(akceptacji|zatwierdzenia|zgody)|po zatwierdzeniu|musz[ęe] (to )?uzgodni[ćc]|"
    r"sujeito a aprova[çc][ãa]o|pendente de aprova[çc][ãa]o|precis\w+ (da )?aprova[çc][ãa]o|"
    r"m[åa]ste godk[äa]nnas|efter godk[äa]nnande|f[öo]rbeh[åa]ll)\b"
)
TENTATIVE = _words(
    r"\b(might|maybe|perhaps|possibly|potentially|in the range|ballpark|roughly|around|"
    r"(would|could|might) consider|willing to consider|open to discuss\w*|"
    r"k[öo]nnten uns .{0,20}vorstellen|pourrions envisager|podr[íi]amos considerar|"
    r"approximately|vielleicht|eventuell|ungef[äa]hr|etwa|peut-[êe]tre|environ|"
    r"quiz[áa]s|tal vez|aproximadamente|misschien|ongeveer|forse|circa|mo[żz]e|oko[łl]o|"
    r"talvez|kanske|ungef[äa]r)\b"
)
ALTERNATIVES = _words(
    r"\b(option [a-c1-3]|options|alternative(ly|s)?|either\b(?! side)|variant|variante[n]?|"
    r"oder aber|soit|o bien|ofwel|tiers?|staffel\w*|alternativ[ae]s?|oppure|opcje|opcja|"
    r"wariant\w*|alternatywn\w*|op[çc][õo]es|alternativ\w*|two options|zwei varianten|"
    r"deux options|dos opciones|due alternative|twee opties|dwie opcje|duas op[çc][õo]es|"
    r"tv[åa] alternativ)\b"
)
PRICE_INCREASE = _words(
    r"\b((raise|increase|put up|adjust|revise) (\w+ ){0,2}(prices?|rates?|tariffs?|pricing)|"
    r"(price|rate|pricing) (increase|rise|adjustment|revision|uplift)|"
    r"(prices?|pricing|rates?) (\w+ ){0,2}(go(ing)? up|rise|rising|increase|be higher)|"
    r"increase (in|of|on) (our |the )?(prices?|rates?)|higher prices|new price list|"
    r"increase (is|will be|seems) (unavoidable|necessary|inevitable)|surcharge|"
    r"h[öo]here preise|(preise?|kosten f[üu]r sie) .{0,20}(steigen|erh[öo]h|anheb|teurer)|"
    r"steigen (die |unsere )?preise|erh[öo]hen (wir )?(die |unsere )?preise|"
    r"teurer werden|hausse tarifaire|hausse de (nos )?(prix|tarifs)|"
    r"preiserh[öo]hung|preise (zu )?(erh[öo]hen|anheben)|preisanpassung|"
    r"augmentation (de|des|du) (prix|tarifs?)|augmenter (nos|les) (prix|tarifs)|"
    r"hausse (de|des) (prix|tarifs)|aumento de (los )?precios?|subir (los|nuestros) precios|"
    r"aumento (dei|del|di) prezz\w*|aumentare i prezzi|rincar\w*|"
    r"prijsverhoging|prijzen verhogen|podwy[żz]k\w* cen|podnie\w* cen|"
    r"aumento (de|dos) pre[çc]os|reajuste|prish[öo]jning|h[öo]ja (v[åa]ra )?priser|"
    r"price adjustment|revalorisation|adeguamento (dei )?prezzi|actualizaci[óo]n de precios|"
    r"prijsaanpassing|waloryzacj\w* cen|prisjustering)"
)
ATTACHMENT = _words(
    r"\b(attached|attachment|enclosed|anbei|im anhang|beigef[üu]gt|ci-joint|pi[èe]ce jointe|"
    r"adjunto|adjunta|bijgevoegd|in de bijlage|in allegato|allegat[oa]|w za[łl][ąa]czniku|"
    r"em anexo|anexo|bifogad\w*|i bilagan)\b"
)
FORWARD_SUBJECT = _words(r"^\s*(fwd?|wg|tr|rv|fw|doorst|i|enc|vb|vs|pd)\s*:")
# A note to a colleague that was sent to the buyer by mistake.
INTERNAL_NOTE = _words(
    r"\b(shall we (accept|go ahead|take it|agree)|what do you think|your call|up to you|"
    r"they('re| are) (asking|offering|proposing|want\w*)|sollen wir (das )?(annehmen|zusagen|"
    r"akzeptieren)|was meinst du|on accepte \?|qu'en penses-tu|¿?aceptamos\?|qu[ée] opinas|"
    r"accettiamo\?|cosa ne pensi|zullen we (akkoord|accepteren)|wat vind (jij|je)|"
    r"przyjmujemy\?|co my[śs]lisz|aceitamos\?|o que achas|ska vi (acceptera|tacka ja)|"
    r"vad tycker du|don'?t reply to them|do not reply to them|before i answer|before we answer|"
    r"bitte (noch )?nicht antworten|noch nicht antworten|ne (leur )?r[ée]ponds pas|"
    r"no (les )?contestes|non rispondere (ancora)?|niet (aan hen )?antwoorden|"
    r"nie odpowiadaj|n[ãa]o respond\w*|svara inte)\b"
)
RESERVATION = _words(
    r"^(but|however|although|though|except|aber|jedoch|allerdings|mais|cependant|"
    r"toutefois|sauf|pero|sin embargo|excepto|maar|echter|behalve|ma|per[òo]|tuttavia|"
    r"tranne|ale|jednak|lecz|opr[óo]cz|mas|por[ée]m|contudo|exceto|men|dock|utom)\b"
)
# A change of the bank account payments go to: the classic invoice-fraud pattern.
BANK_CHANGE = _words(
    r"\b((new|changed|updated?|different|change of|changes? to|update to|update (your|our))"
    r" (\w+ ){0,2}(bank|banking|account|iban|remittance)|(bank|banking|account|payment) "
    r"(details|information|data|instructions) (have|has) changed|changed (our|the) bank|"
    r"(all )?(future )?payments (must|should|are to|need to) (now )?be (made|sent|transferred)|"
    r"neue[nrs]? (bank|konto|iban)\w*|(bank|konto)verbindung .{0,40}(ge[äa]ndert|ung[üu]ltig|"
    r"neu)|umstellung unseres bank|k[üu]nftige zahlungen|"
    r"nouvel(le)?s? (coordonn[ée]es bancaires|compte|rib|iban)|changement de (banque|compte|"
    r"rib)|"
    r"nuev[oa]s? (datos bancarios|cuenta|iban)|cambio de (banco|cuenta)|"
    r"nuov[oe] (coordinate bancarie|conto|iban)|cambio (di )?(banca|conto|iban)|"
    r"nieuwe? (bankgegevens|rekening\w*|iban)|gewijzigde bankgegevens|"
    r"now\w+ (dane bankowe|konto|rachunek|numer konta)|zmian\w* (konta|rachunku|banku)|"
    r"nov[oa]s? (dados banc[áa]rios|conta|iban)|mudan[çc]a de (banco|conta)|"
    r"nya? (bankuppgifter|konto\w*|bankgiro|iban)|[äa]ndrade bankuppgifter|"
    r"remit(tance)? to (our|the following|this)|please (transfer|pay|wire|remit) (\w+ ){0,3}"
    r"to (our|the following|this|the new)|(following|new) (bank )?account (details|below)|"
    r"account details (have|has) (been )?(changed|updated)|moved our bank\w*|"
    r"zahlung\w* (bitte )?(ausschlie[ßs]lich |k[üu]nftig )?auf (das|folgendes|unser neues) konto|"
    r"virement sur (le|notre) (nouveau )?compte|transferencia a (la|nuestra) (nueva )?cuenta|"
    r"bonifico sul (nuovo )?conto|overmaken (naar|op) (ons|onze|het) (nieuwe )?(rekening|"
    r"rekeningnummer)|przelew\w* na (nowy|nasz nowy|poni[żz]szy) (rachunek|numer|konto)|"
    r"transfer[êe]ncia para a (nova )?conta|betalning till (v[åa]rt )?(nya )?konto)\b"
)
# An IBAN in the supplier's own words, next to an instruction to pay.
IBAN_PAYMENT = _words(
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b[\s\S]{0,300}?"
    r"\b(pay|payment|transfer|remit|zahlung|[üu]berweis|virement|paiement|pago|transferencia|"
    r"pagamento|bonifico|betaling|overmaken|p[łl]atno|przelew|betalning)"
    r"|\b(pay|payment|transfer|remit|zahlung|[üu]berweis|virement|paiement|pago|transferencia|"
    r"pagamento|bonifico|betaling|overmaken|p[łl]atno|przelew|betalning)\w*\b[\s\S]{0,300}?"
    r"\b(iban|swift|bic)\b"
)
# The supplier names another article than the one negotiated, or says so outright.
OTHER_ITEM = _words(
    r"\b(for|f[üu]r|pour|para|per|voor|dla|f[öo]r)\s+(the\s+|den\s+|das\s+|die\s+|le\s+|la\s+|"
    r"el\s+|il\s+|het\s+|de\s+|o\s+|a\s+)?(other|another|different|andere[nm]?|autre|otro|"
    r"altro|ander\w*|inn\w*|outro|annan|andra)\s+(item|article|product|reference|part|size|"
    r"artikel|produkt|produit|r[ée]f[ée]rence|art[íi]culo|producto|articolo|prodotto|"
    r"produto|artigo|storlek|gr[öo][ßs]e|taille|talla|misura|maat|rozmiar)"
)

# Verbs of giving what the buyer asked for: negated, they turn the offer down.
OFFER_VERB = _words(
    r"\b(accept\w*|agree\w*|offer\w*|reduc\w*|lower\w*|go (any )?(lower|down|further)|give|"
    r"grant|match|meet|accommodate|honou?r|move|"
    r"annehmen|zustimm\w*|anbieten|senken|reduzieren|gew[äa]hren|nachkommen|entsprechen|"
    r"einlassen|eingehen|mitgehen|umsetzen|realisieren|liefern|"
    r"accepter|baisser|r[ée]duire|accorder|consentir|suivre|"
    r"aceptar|reducir|bajar|ofrecer|conceder|asumir|"
    r"accettare|ridurre|abbassare|concedere|offrire|venire incontro|"
    r"accepteren|verlagen|bieden|ingaan|meegaan|akkoord gaan|"
    r"akceptowa[ćc]|zaakceptowa[ćc]|obni[żz]y[ćc]|zaoferowa[ćc]|przyj[ąa][ćc]|zgodzi[ćc]|"
    r"aceitar|reduzir|baixar|oferecer|conceder|"
    r"acceptera|s[äa]nka|erbjuda|g[åa] med p[åa]|g[åa] ner)\b"
)

# "Agreed in principle": an acceptance of the idea, not yet of the terms.
IN_PRINCIPLE = _words(
    r"\b(in principle|on the principle|broadly|in general|so far|for now|subject to|"
    r"grunds[äa]tzlich|im prinzip|soweit|vorerst|en principe|sur le principe|en principio|"
    r"por ahora|in linea di principio|in linea generale|per ora|in principe|voorlopig|"
    r"zasadniczo|w zasadzie|na razie|em princ[íi]pio|por enquanto|i princip|tills vidare)\b"
)

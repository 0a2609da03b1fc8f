"""Words that signal what a reply is, in English, German, French, Spanish, Italian, Dutch,
Polish, Portuguese and Swedish.

Each pattern is one signal the intent rules ask about; they are matched against the
supplier's new text (or headers, where named so), never against quoted history.
"""

from __future__ import annotations

from mailbot.core.reading.folding import EitherCue
from mailbot.core.reading.folding import cue as _words

# Asking for the order or the contract: the supplier takes the offer and wants it on paper
# ("kindly release the PO", "stuur maar het contract"); not when the paper is only to be
# looked at ("send the contract for our review"). Alternatives of ACCEPT's main group (one
# sorted alternation is much faster to search than several).
# The request stands on its own: "release the PO at our current price" or "send the PO
# for the old price" asks for an order on other terms, no acceptance.
_PAPER_END = (
    r"(?=\W*($|(at the earliest|asap|as soon as possible|please|thanks|thank you|when(ever)? "
    r"(you are|you're) ready|at your (earliest )?convenience|bitte|gerne|danke|merci|gracias|"
    r"cuando (quieran|puedan|deseen)|grazie|quando volete|dank\w*|graag|dzi[ęe]kuj\w*|"
    r"obrigad\w|quando quiserem|tack)\b))"
)
_PAPER = (r"(po|p\.o\.|purchase order|order|contract|paperwork|agreement)\b" + _PAPER_END)
_ORDER_REQUEST = (
    r"(please|kindly|pls|you (can|may)( now)?|feel free to|go ahead and) (send|issue|release|"
    r"raise|place|forward|mail|prepare|draw up) (us |me )?(over )?(the|your|a|an) ((new|"
    r"revised|updated|official|formal|purchase) )?" + _PAPER + "|"
    r"(looking forward to|look forward to|awaiting|waiting for) (receiving )?(your|the) (po|"
    r"p\.o\.|purchase order|order)(?! confirmation)|"
    r"(schicken|senden|[üu]bermitteln|mailen) sie (uns |mir )?(gerne |bitte )?(die|den|das|"
    r"ihre[nr]?) (bestellung|auftrag|vertrag|unterlagen)\b(?! zur (pr[üu]fung|durchsicht))|"
    r"(freuen uns auf|erwarten) ihre (bestellung|auftrag)|"
    r"(merci de|veuillez|vous pouvez) (nous |m')?(envoyer|transmettre|adresser|[ée]mettre|"
    r"passer) (le|la|votre|vos) (bon de commande|commande|contrat|documents)|"
    r"envoyez(-nous|-moi)? (le|la|votre) (bon de commande|commande|contrat)|"
    r"(dans l'attente de|attendons) votre (bon de commande|commande)|"
    r"(env[íi]en(nos|me)?|m[áa]nden(nos|me)?|emitan|pueden (enviar(nos)?|emitir|lanzar|"
    r"pasar(nos)?)) (la|el|su) (orden de compra|pedido|contrato|documentaci[óo]n)|"
    r"(a la espera de|esperamos) su (pedido|orden de compra)|"
    r"(inviateci|mandateci|potete (inviarci|inviare|emettere|procedere con)|vogliate "
    r"(inviare|emettere)) (l'ordine|il contratto|il vostro ordine|la documentazione)|"
    r"(in attesa del|attendiamo il) vostro ordine|"
    r"(stuur|stuurt u|stuur ons|stuur me)( ons| me| mij)?( maar| gerust)? (de|het|uw) "
    r"(order|bestelling|inkooporder|contract|overeenkomst|papieren)|"
    r"(u kunt|je kunt) (de|uw) (order|bestelling) (plaatsen|sturen|doorsturen)|"
    r"(zien|wachten) (uw|je) (order|bestelling) (graag )?(tegemoet|af)|"
    r"(prosz[ęe]|prosimy) o (przes[łl]anie |wystawienie )?(zam[óo]wieni[ea]|umow[ęy])|"
    r"(prosz[ęe]|prosimy) (przes[łl]a[ćc]|wys[łl]a[ćc]) (zam[óo]wienie|umow[ęe])|"
    r"czekamy na (zam[óo]wienie|pa[ńn]stwa zam[óo]wienie)|"
    r"(enviem(-nos)?|podem (enviar(-nos)?|emitir)|favor enviar) (o|a) (pedido|encomenda|"
    r"contrato|ordem de compra)|"
    r"aguardamos (o (vosso|seu) )?(pedido|encomenda)|"
    r"skicka (g[äa]rna |bara )?(ordern|best[äa]llningen|avtalet|kontraktet|ink[öo]psordern)|"
    r"(ser fram emot|v[äa]ntar p[åa]) (er|din) (order|best[äa]llning)"
)
_ORDER_REQUEST = f"({_ORDER_REQUEST}){_PAPER_END}"
# Agreement worded as a choice: "we are agreeable", "happy to go with that".
_AGREE_CHOICE = (
    r"(we are|we're|i am|i'm) (quite |fully )?agreeable|agreeable (to|with) (your|the|this)|"
    r"(happy|glad|pleased) to go with|((we|i) (will|can|shall)|we'?ll|i'?ll|let'?s) go with "
    r"(that|this|it|your)|wir nehmen (das|es|ihr angebot)|va pour|"
    r"allons-y|vamos con (eso|ello|su)|nos quedamos con (su|esta|la)|andiamo avanti|ci stiamo|"
    r"(we )?gaan ervoor|doen we|wchodzimy w to|vamos em frente|vi tar det"
)
ACCEPT = EitherCue(
    r"\b(agreed|agree|accept|accepted|it'?s a deal|we have a deal|you have a deal|confirmed|"
    r"(we|i) (hereby |can )?confirm\b(?! (next|later|by|once|when|after|as soon|the (volume|"
    r"quantit|date|deliver)))|sounds good|works for us|work for us|"
    r"fine (with|by) us|fine with (your|the|this)|happy with|ok|okay|go ahead|approved|"
    r"looks (good|fine)|that'?s fine|is fine|all good|(please|you (can|may)|let'?s) proceed|"
    r"good to go|"
    r"count us in|works for me|sounds fine|"
    r"(we'?re|we are|i'?m|i am) (all |totally |fine and )?good with (that|this|it|those|these|"
    r"the (offer|proposal|terms))|no objections?|(we|i) can live with (that|it|this)|"
    r"that works|let'?s do it|we'?re in|happy to (accept|go ahead|proceed)|"
    r"acceptable (for|to) us|(you'?ve )?got a deal|alright|"
    # "hiermit bestätigen wir die Konditionen", "nous confirmons": not a receipt or a date
    r"(wir (\w+ )?best[äa]tigen|best[äa]tigen wir|nous (vous )?confirmons)"
    r"(?![^.]{0,25}\b(eingang|erhalt|empfang|liefer\w*|termin\w*|r[ée]ception|livraison|"
    r"date))|"
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
    r"tackar ja|det l[åa]ter bra|k[öo]r p[åa]|" + _AGREE_CHOICE + r")\b"
    r"|^\s*(yes|ja|oui|s[íi]|jawohl|yep|sim|tak|s[ìi])\s*[.!,]*\s*$|^\s*deal\b"
    r"|^\s*[✓✔☑]\s*$"  # a tick typed under a quoted term
    r"|^\W*(fine|sure|perfect|perfekt|parfait|perfecto|perfetto|perfeito|vale|conforme|okey|top|"
    r"great|excellent|super|brilliant|wonderful|lovely|sounds great|gut|sehr gut|tr[èe]s bien|"
    r"c'est parfait|muy bien|estupendo|genial|hecho|ottimo|benissimo|va benissimo|uitstekend|"
    r"goed|ok[ée]|dobrze|[śs]wietnie|jasne|[óo]timo|toppen|bra|utm[äa]rkt)\b"
    r"|^\W*(yes|ja|oui|s[íi]|sim|tak|jawohl)\b[,!.]?\s*(please|bitte|gerne?|merci|gracias|"
    r"grazie|dank\w*|obrigad\w|tack|dzi[ęe]kuj\w*|thanks|thank you|bien s[uû]r|nat[üu]rlich|"
    r"claro|certo|natuurlijk|oczywi[śs]cie|klart|go ahead|adelante|avanti)\b",
    # asked for only where a word for the order or the contract is there at all
    _words(r"\b(" + _ORDER_REQUEST + r")\b"
           r"|^\W*(send|issue|release|raise|forward) (us |me )?(over )?(the|your) " + _PAPER),
    _words(r"po\b|p\.o\.|order|contract|paperwork|agreement|bestellung|auftrag|vertrag|"
           r"unterlagen|commande|contrat|pedido|orden de|ordine|bestelling|overeenkomst|"
           r"papieren|zam[óo]wie|umow|encomenda|best[äa]llning|avtal|kontrakt"),
)
REJECT = _words(
    r"\b(a no from (us|me)|(the|our) answer is no|no can do|won'?t fly|doesn'?t fly|"
    r"(won'?t|will not|wouldn'?t|would not) be able to|our price is our price|"
    r"already (reflects?|represents?) (the|our) (best|lowest)|"
    r"already (at )?(our|the) (best|lowest|bottom|limit)|"
    r"leider nein|sorry,? no|lamentablemente no|helaas niet|niestety nie|"
    r"(nicht|kein\w*) in frage|decline|declined|reject|rejected|not able to|unable to|"
    r"cannot|can't|can not|"
    r"not in a position|not possible|not continue|not to continue|withdraw|walk away|"
    r"pass on this|(going to|will|'ll|have to|must) pass(?! (it |this |that |your \w+ )?"
    r"(on|along)\b)|not interested|no longer|"
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
    r"beh[åa]ller|of[öo]r[äa]ndrade|ingen m[öo]jlighet|inget utrymme|"
    # "not in a position to": in every language
    r"no (estamos|nos encontramos) en condiciones|nicht in der lage|pas en mesure|"
    r"niet in staat|nie (jeste[śs]my|jestem) w stanie|n[ãa]o (estamos|estou) em condi[çc][õo]es|"
    r"inte i st[åa]nd|gaan (we|wij) (daar |hier )?niet (op )?in|niet op in\w*)\b"
    r"|^\s*(no|nein|non|nee|nie|n[ãa]o|nej)\b[,.!]"
)
# A supplier keeping its price says no without a number: "we'll keep the current price".
KEEPS_PRICE = _words(
    r"\b(keep (the|our) (current|existing|present|today'?s) (price|prices|pricing|terms)|"
    r"(hold|keep|leave) (the|our) (price|prices|pricing) (as (it|they) (is|are)|unchanged|"
    r"where (it|they) (is|are)|at)|(stick|stay) with (our|the) current|"
    r"(prices?|pricing|terms|conditions) (stay|remain|will (stay|remain)|stays|remains) "
    r"(as (they are|is|it is)|unchanged|the same|where (they are|it is))|"
    r"stay (at|with) (our|the) current|"
    r"bleiben bei (unseren|den) (aktuellen|bisherigen) (preisen|konditionen)|"
    r"preise bleiben|maintenons (nos|les) (prix|conditions)|mantenemos (los|nuestros) "
    r"(precios|condiciones)|manteniamo (i|le) (prezzi|condizioni)|"
    r"handhaven (onze|de) (prijzen|condities)|ceny pozostaj[ąa]|pozostawiamy ceny|"
    r"mantemos (os|as) (pre[çc]os|condi[çc][õo]es)|beh[åa]ller (v[åa]ra|nuvarande) priser|"
    # "we have decided to keep our pricing", "we'll stay where we are on price"
    r"(decided|prefer|want|need|intend|have|going) to keep (our|the) (prices?|pricing|terms)|"
    r"stay where we are|(preise|konditionen) (beibehalten|beizubehalten)|"
    r"(conservons|gardons) (nos|les) (prix|tarifs|conditions)|"
    r"houden (onze|de) prijzen|utrzymujemy (nasze |obecne )?ceny)\b"
)
CALL = _words(
    r"\b(call|phone|meeting|meet|discuss|talk|speak|teams|zoom|anruf\w*|telefon\w*|"
    r"besprechen|gespr[äa]ch|termin|appel\w*|rappel[el]\w*|chiamar\w*|chiamami|"
    r"r[ée]union|discuter|de vive voix|llamada|llamar|"
    r"reuni[óo]n|hablar\w*|llamar\w*|tel[ée]fono|telefone|telefonicamente|telefonata|chiamat\w*|sentirci|parlarne|riunione|bellen|overleggen|"
    r"gesprek|rozmow\w*|zadzwoni\w*|spotkani\w*|liga[çc][ãa]o|telefonar|reuni[ãa]o|"
    r"conversar|ringa|samtal|m[öo]te|prata)\b"
)
# A decision still to come: "we will get back to you", "I'll check internally".
FORWARDED = _words(
    r"\b(pass(ed|ing)? (it |this |that |your \w+ )?(on|along) to|"
    r"discuss (it |this )?(internally|with (my|our) \w+)|intern (besprechen|abstimmen|"
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
    r"[åa]terkommer|[åa]terkomma|vi kollar|"
    r"be in touch|keep you (posted|updated|informed)|(we are|we're|i am|i'm) (reviewing|"
    r"looking into|checking|assessing|evaluating)|give us (a few|some) (days|time)|"
    r"sehen uns das an|schauen uns das an|auf dem laufenden|kommen .{0,20}zur[üu]ck|"
    r"ben[öo]tigen (noch )?(etwas )?zeit|"
    r"vous recontacter|vous tiendrons inform[ée]|nous ([ée]tudions|examinons|analysons)|"
    r"besoin de (quelques jours|temps)|"
    r"les? (diremos|contestaremos|responderemos|confirmaremos|informaremos)|volveremos a "
    r"contactar|nos pondremos en contacto|les mantendremos informados|(lo )?estamos "
    r"(estudiando|revisando|analizando|valorando)|necesitamos (unos d[íi]as|tiempo)|"
    r"vi aggiorneremo|stiamo (valutando|analizzando|controllando)|vi ricontatteremo|"
    r"ci risentiamo|abbiamo bisogno di (tempo|qualche giorno)|"
    r"houden (u|je) op de hoogte|zijn .{0,20}aan het (bekijken|nagaan)|hebben (wat )?tijd nodig|"
    r"damy zna[ćc]|poinformujemy|analizujemy|potrzebujemy (troch[ęe] )?czasu|"
    r"entraremos em contacto|informaremos|estamos a (analisar|avaliar)|estamos analisando|"
    r"precisamos de (tempo|alguns dias)|h[öo]r av oss|vi tittar p[åa]|beh[öo]ver (lite )?tid)\b"
)
# Waiting for the buyer's order is no sign-off still to come: "awaiting your PO".
# Articles and elisions count as well: "in attesa dell'ordine", "en attente de la commande".
_NOT_THE_ORDER = (
    r"(?!\W{0,2}((your|the|su|el|la|le|l|del|dell|della|de|du|des|d|il|vostro|o|a|do|da|"
    r"vosso|seu|sua|uw|je|het|er|din|votre|vos|pa[ńn]stwa|ihre[nmrs]?|die|den|der|"
    r"new|revised|updated|signed|nuov[oa]|nouvelle|nueva|nieuwe|nowe(go)?|nova|nya)\W{1,2})"
    r"{0,3}(po|p\.o\.|purchase order|order|pedido|ordine|encomenda|bestelling|"
    r"best[äa]llning|commande|bon de commande|orden de compra|zam[óo]wieni\w*)\b)"
)
PENDING = _words(
    r"\b(waiting for" + _NOT_THE_ORDER + "|awaiting" + _NOT_THE_ORDER + "|green light|go-ahead|"
    r"final (word|say|decision|approval)|"
    r"for (his|her|their|final |internal )?(approval|sign-off)|"
    r"zur (freigabe|genehmigung)|pour (validation|approbation)|"
    r"para (su )?aprobaci[óo]n|per (l')?approvazione|ter goedkeuring|"
    r"do (akceptacji|zatwierdzenia)|para aprova[çc][ãa]o|f[öo]r godk[äa]nnande|"

    r"warte\w* auf (die |das )?(freigabe|zustimmung|ok)|gr[üu]nes licht|feu vert|"
    + "".join(f"{waiting}{_NOT_THE_ORDER}|" for waiting in (
        "en attente de", "a la espera de", r"in attesa d\w*", "wachten op", "czekamy na",
        r"aguard\w+", r"v[äa]ntar p[åa]")) +
    r"luz verde|via libera|groen licht|zielone [śs]wiat[łl]o|gr[öo]nt ljus|"
    r"nach r[üu]cksprache mit (dem|der|meinem|meiner|unserem|unserer) \w+ (gebe|melde|"
    r"best[äa]tige)|(i'?ll|i will|we'?ll|we will) confirm (once|when|after|as soon as)|"
    r"once (my|our|the|his|her) (\w+ ){1,3}(is back|returns|approves|has (approved|signed|"
    r"agreed|confirmed|given)|signs|agrees|confirms|gives)|"
    r"(needs?|has|have|must|will|to|would) (\w+ )?sign (it |this |that )?off|"
    r"sobald (mein|meine|unser|unsere|der|die) (\w+ ){1,3}(zugestimmt|freigegeben|"
    r"unterschrieben|best[äa]tigt)|d[èe]s que (mon|ma|notre|le|la) (\w+ ){1,3}(aura )?"
    r"(valid[ée]|sign[ée]|approuv[ée])|"
    r"una vez que (mi|nuestro|nuestra|el|la) (\w+ ){1,3}(lo )?(apruebe|firme|confirme)|"
    r"non appena (il|la|mio|nostro) (\w+ ){1,3}(approva|firma|conferma)|"
    r"zodra (mijn|onze|de) (\w+ ){1,3}(akkoord|getekend|goedgekeurd)|"
    r"gdy (nasz|nasza|m[óo]j|moja) (\w+ ){1,3}(zatwierdzi|podpisze|potwierdzi)|"
    r"assim que (o|a|nosso|nossa) (\w+ ){1,3}(aprovar|assinar|confirmar)|"
    r"s[åa] snart (v[åa]r|min|chefen) (\w+ ){0,3}(godk[äa]nt|skrivit under)|"
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
    r"tv[åa] alternativ|"
    # asking the buyer to choose between what the reply offers: "which one do you prefer?"
    r"which (one |option |variant |version |of the two |of these )?(would |do |will )?you "
    r"prefer|what (would|do) you prefer|which would you rather|"
    r"(welche|was) (variante |option |l[öo]sung )?(bevorzugen sie|ist ihnen lieber|"
    r"h[äa]tten sie lieber)|"
    r"(laquelle|lequel|que|quelle (option|solution)) pr[ée]f[ée]rez-vous|"
    r"qu'est-ce que vous pr[ée]f[ée]rez|(cu[áa]l|qu[ée]) (opci[óo]n )?prefier(e|en)|"
    r"(quale|cosa|che cosa) (opzione |soluzione )?prefer(ite|isce)|"
    r"(wat|welke) (optie |variant )?(heeft (uw|je) voorkeur|verkiest u|kiest u)|"
    r"(co|kt[óo]r\w*) (opcj\w* |wersj\w* )?(pa[ńn]stwo )?(wol\w*|wybier\w*)|"
    r"(qual|o que) (op[çc][ãa]o )?prefer(e|em)|"
    r"(vad|vilket|vilken) (alternativ )?f[öo]redrar (ni|du))\b"
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
    r"prijsaanpassing|waloryzacj\w* cen|prisjustering|subida de (los |nuestros )?precios|"
    r"incremento de (los |nuestros )?precios|encarecimiento|(los |nuestros )?precios (van a )?"
    r"sub(ir|en|ir[áa]n)|aufpreis|mehrpreis|majoration|rench[ée]rissement|prijsstijging|"
    r"prijzen (gaan )?omhoog|wzrost cen|encarecimento|dyrare|h[öo]jda priser|"
    r"(review|revisit|revise|adjust|move|correct)\w* (\w+ ){0,3}(upwards?|higher)|"
    r"upward (adjustment|revision|correction)|preisanhebung|preissteigerung|"
    r"(anpassung|anpassen|korrektur) nach oben|nach oben (anpassen|korrigieren)|"
    r"[àa] la hausse|al alza|al rialzo|ritocco (dei |del )?(prezz|listino)|naar boven|"
    r"w g[óo]r[ęe]|para cima|upp[åa]t|"
    r"preise .{0,20}(anpassen|anheben|erh[öo]hen)|anpassung (unserer|der) preise|"
    r"(revoir|r[ée]viser|ajuster|augmenter) (nos|les) (prix|tarifs)|"
    r"(revisar|ajustar|actualizar|subir) (nuestros|los) precios|"
    r"(rivedere|adeguare|aggiornare|aumentare) i (nostri )?prezzi|"
    r"(revisione|adeguamento) (dei|del) (prezzi|listino)|"
    r"(prijzen|tarieven) (aanpassen|verhogen)|"
    r"(zmieni[ćc]|zaktualizowa[ćc]|podnie[śs][ćc]|podwy[żz]szy[ćc]) (nasze )?ceny|"
    r"aktualizacj\w* cen|zmian\w* cennika|"
    r"(rever|ajustar|atualizar|aumentar) (os nossos|os) pre[çc]os|revis[ãa]o (de|dos) pre[çc]os|"
    r"(justera|h[öo]ja|se [öo]ver) (v[åa]ra )?priser)"



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
    r"acceptera|s[äa]nka|erbjuda|g[åa] med p[åa]|g[åa] ner|"
    # giving way at all: "we cannot move on price", "da können wir uns nicht bewegen"
    r"budge|shift|give way|bewegen|nachgeben|entgegenkommen|bouger|c[ée]der|mover(nos)?|"
    r"ceder|muover(ci|e)|cedere|toegeven|ust[ąa]pi[ćc]|zej[śs][ćc]|mexer|"
    r"r[öo]ra (oss|p[åa])|ge med oss)\b"
)

# "Agreed in principle": an acceptance of the idea, not yet of the terms.
IN_PRINCIPLE = _words(
    r"\b(only|nur|seulement|uniquement|solo|solamente|soltanto|alleen|tylko|wy[łl][ąa]cznie|"
    r"apenas|somente|endast|bara|"
    r"in principle|on the principle|broadly|in general|so far|for now|subject to|"

    r"grunds[äa]tzlich|im prinzip|soweit|vorerst|en principe|sur le principe|en principio|"
    r"por ahora|in linea di principio|in linea generale|per ora|in principe|voorlopig|"
    r"zasadniczo|w zasadzie|na razie|em princ[íi]pio|por enquanto|i princip|tills vidare)\b"
)
# Words of acceptance that accept nothing: "we confirm receipt", "accepts no liability".
NOT_AN_ACCEPTANCE = _words(
    r"^\W*((ok|okay|fine),? )?noted\W*((thanks|thank you|with thanks)\W*)?$|"
    r"\b((we|i) (have )?(received|got) (your|the) (offer|proposal|e-?mail|mail|message|request)|"
    r"confirm(s|ing)? (the )?receipt|acknowledge\w* (the )?receipt|(has|have) been received|"
    r"(is|are) being processed|will be processed|accept\w* no (liability|responsibility)|"
    r"no (liability|responsibility) (is|will be) accepted|accept\w* (our|the) (terms and "
    r"conditions|cookies|privacy)|eingang (ihrer|der) (nachricht|e-?mail|anfrage) best[äa]tig\w*|"
    r"keine haftung|accus(é|e|ons) r[ée]ception|aucune responsabilit[ée]|acuse de recibo|"
    r"confermiamo (la )?ricezione|ontvangst bevestig\w*|potwierdzamy otrzymanie|"
    r"confirmamos (a )?rece[çc][ãa]o|bekr[äa]ftar mottagandet)\b"
)
# A deal that hinges on a number still to be met: "3.5 and you have a deal", "make it 4
# and we sign", "bei 3,5 % sind wir im Geschäft", "à 3,5 % on signe", "con el 3,5 cerramos".
# It names the supplier's price; the words of agreement around it accept nothing.
DEAL_ON_A_NUMBER = _words(
    r"\d[\d.,]*\s*%?\s+(and|und|et|y|e|en|och|i)\s+(you('ve| have)?( got)?|it'?s|we('ve| have)?"
    r"( got)?|that'?s|we sign|we can sign|we'?re done|c'est (bon|fait|sign[ée])|on signe|"
    r"hay trato|cerramos|[èe] fatta|abbiamo un accordo|sind wir (im gesch[äa]ft|dabei|uns einig)|"
    r"haben wir einen deal|is het rond|hebben we een deal)(\s+a deal)?\b"
    r"|\bmake it\s+\d|\bbei\s+\d[\d.,]*\s*%?\s+(sind wir (im gesch[äa]ft|dabei|uns einig)|"
    r"haben wir einen deal|machen wir'?s)|\b[àa]\s+\d[\d.,]*\s*%?\s*,?\s+(on signe|c'est (bon|"
    r"d'accord|fait))|\bcon (el |un )?\d[\d.,]*\s*%?\s*,?\s+(cerramos|hay trato)"
)

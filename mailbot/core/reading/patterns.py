"""The term patterns: what a percent, a price, a payment term, a contract length and a
volume commitment look like in English, German, French, Spanish, Italian, Dutch, Polish,
Portuguese and Swedish.

Each pattern needs a cue (a "%" sign, "Net", a currency, a unit word with a commitment
word nearby), because numbers without one are dates, phone numbers, order numbers and
lead times. Cue and exclusion vocabularies sit next to the pattern they qualify.
"""

from __future__ import annotations

import re

from mailbot.core.reading.folding import Cue
from mailbot.core.reading.numbers import NUMBER, NUMBER_BODY

N = rf"(?P<n>{NUMBER})"

PERCENT = re.compile(
    rf"(?:(?<![\w\d])(?P<sign>[+\-−]))?{N}\s*"
    # "3 percent", and written together: "3pct", "3percent"
    r"(?:%|(?:(?<=\d)|\b)(?:percent|per ?cent|prozent|pour ?cent|por ?ciento|per ?cento|"
    r"por ?cento|procent\w*|pct|proc\.)(?!\w))",
    re.IGNORECASE,
)
# A price cut said without the percent sign: "3 off", "two points off", "2.5 pts off".
POINTS_OFF = re.compile(
    rf"(?<![$€£¥]){N}\s*(?:(?:points?|pts?)\s+)?off(?![\w-])", re.IGNORECASE
)
_PCT = r"(?:%|percent|per ?cent|prozent|pour ?cent|por ?ciento|per ?cento|por ?cento|procent\w*)"
PERCENT_RANGE = re.compile(
    rf"(?P<a>{NUMBER})\s*%?\s*(?:-|–|—|to|bis|à|a|tot|al|do|till|och|and|und|et|y|e|en)\s*"
    rf"(?:il |el |le |de |das |the |un |una |uno |o |os |ett |en )?(?P<b>{NUMBER})\s*{_PCT}",
    re.IGNORECASE,
)

# Cue windows around a percent, nearest first: "3% year-end rebate", "rebate of 2.5%".
REBATE_CUE = Cue(
    r"rebate|bonus|kickback|r[üu]ckverg[üu]tung|ristourne|remise de fin|rappel|"
    r"bonificaci[óo]n|retroactiv|terugbetaling|premio di fine anno|ristorno|b[óo]nus|"
    r"rabat retro|[åa]rsbonus|jaarbonus|bonifica"
)
_EARLY_PAYMENT = (
    r"skonto|cash discount|early[- ]payment|prompt[- ]payment|escompte|pronto pago|"
    r"betalingskorting|sconto cassa|pronto pagamento|pronto pagamento|skonta|"
    r"desconto (de|por) pronto|kassarabatt"
)
EARLY_PAYMENT_CUE = Cue(_EARLY_PAYMENT)
CASH_DISCOUNT_CUE = Cue(rf"{_EARLY_PAYMENT}|\d\s*/\s*\d+\s*net")
# "5% off if you pay within 10 days" is a cash discount, not a price change.
PAY_EARLY_AFTER = Cue(r"^\W*(?:\w+\W+){0,3}?pay\w*\s+within\s+\d+")
PAY_EARLY_BEFORE = Cue(r"\bif\s+(?:you\s+)?pay\w*\s+(?:is\s+made\s+)?within\s*$")
OLD_PRICE_BEFORE = Cue(
    r"\b(?:from|von|de|desde|van|currently|current price|instead of|statt)\s*(?:of\s*)?$"
)
INCREASE_CUE = Cue(
    r"increas|surcharge|rais|higher|uplift|erh[öo]h|aufschlag|zuschlag|teuerung|"
    # "up" only as a rise ("go up", "up by 3%", "3% up"), never "up to" or "end up"
    r"\bup (by|of)\b|\b(go|goes|going|gone|went|put|puts|move|moves|moved|push\w*)\s+"
    r"(\w+\s+){0,2}up\b|"
    # costs passed on to the buyer: "mit 3 % weitergeben", "repercutir un 3 %"
    r"(?<!without )(?<!ohne )(?<!sans )(?<!sin )pass(es|ed|ing)? (it |them |this |that )?"
    r"(on|through)\b|weiter(zu)?geben|weitergegeben|weiterreichen|repercut\w*|r[ée]percut\w*|"
    r"ribalt\w*|doorbereken\w*|doorbelast\w*|repass(ar|amos|e)\w*|"
    r"inflationsausgleich|inflation (adjustment|surcharge)|ajuste (por|de) inflaci[óo]n|"
    r"h[öo]j(s|er|d|t|a)\b|"
    # verbs of rising: "prices rise by", "steigen um", "relevés de", "salgono del"
    r"\bris(e|es|ing|en)\b|\brose\b|\bclimb|steig|stieg|relev|sal(go|gono|ire|ir[àa]nno)\b|"
    r"omhoog|wzros|wzro[śs]nie|podro[żz]|stiger|\b[öo]k(a|ar|as|ning)\b|"
    r"anheb|anzuheb|heraufsetz|augment|hausse|majoration|surco[ûu]t|aument|incremento|"
    r"recargo|subida|\bsubir|\bsubimos|"
    r"verhoging|verhogen|toeslag|rincar|maggiorazion|podwy[żz]k|podnie|podnosi|wzrost cen|"
    r"dro[żz]ej|reajust|acr[ée]scimo|h[öo]jning|h[öo]ja|p[åa]slag|duurder|"
    r"price adjustment|revalori|preisanpassung|adeguament|actualizaci[óo]n de (precios|tarifas)|"
    r"tarifanpassung|aktualizacj\w* (cen|cennik)|atualiza[çc][ãa]o (de|dos) pre[çc]os|"
    r"prijsaanpassing|waloryzac|prisjuster|go up|goes up|encarec|increment|aufpreis|"
    r"mehrpreis|rench[ée]ri|stijg|dyrare|\bsub(e|en|iremos)\b|"
    # "higher" and "upwards" in the other languages: "3 % höher", "wyższe o 4%", "nach oben"
    r"h[öo]her|wy[żz]sz|h[öo]gre|\bhoger|plus (cher|[ée]lev)|m[áa]s (alt|car)[oa]s|"
    r"pi[ùu] (alt|car)[ie]|mais (alt|car|elevad)[oa]s|nach oben|naar boven|w g[óo]r[ęe]|"
    r"upp[åa]t|para cima|al alza|al rialzo|"
    # "4 % über dem bisherigen Preis", "3% above the current price"
    r"\b(above|over|[üu]ber|au-dessus d[eu]s?|por encima del?|sopra|al di sopra del?|boven|"
    r"powy[żz]ej|acima d[oa]s?|[öo]ver)\s+(the |dem |den |der |le |la |el |il |het |o |a |"
    r"our |unser\w* |notre |nuestro |nostro |ons |onze |nasz\w* |nosso |v[åa]rt? )?(current|"
    r"today|present|existing|old|previous|bisherig|aktuell|jetzig|heutig|alt|vorherig|actuel|"
    r"ancien|actual|anterior|attual|precedent|huidig|vorig|oud|obecn|poprzedni|atual|"
    r"nuvarande|tidigare|list|listen)"
)
# "higher than 2%", "mehr als 3 %", "plus de 3 %": a comparison right before the number
# makes it a limit; the words say nothing of the direction of the price.
COMPARED_BEFORE = Cue(
    r"\b(higher|lower|more|less|greater|smaller|bigger|h[öo]her|niedriger|mehr|weniger|"
    r"gr[öo][ßs]er|plus|moins|m[áa]s|menos|mayor|menor|pi[ùu]|meno|superiore|inferiore|meer|"
    r"minder|hoger|lager|groter|kleiner|wi[ęe]cej|mniej|wy[żz]sz\w*|ni[żz]sz\w*|mais|maior|"
    r"h[öo]gre|l[äa]gre|mer|mindre|st[öo]rre)\s+(than|als|que|de|d'|di|del|della|al|dan|"
    r"ni[żz]|do que|[äa]n)\s*(the |la |le |el |il |de |het |o |a |den |die )?$"
)

DECREASE_CUE = Cue(
    r"reduc|discount|\boff\b|less|lower|decrease|\bcut\b|rabatt|nachlass|reduzier|"
    r"senkung|abschlag|remise|r[ée]duction|rabais|baisse|descuento|reducci[óo]n|rebaja|"
    r"korting|verlaging|verlagen|minder|sconto|riduzion|ribass|abbass|rabat|obni[żz]|"
    r"zni[żz]k|upust|desconto|redu[çc][ãa]o|baixar|s[äa]nk|prisavdrag|nedsatt|"
    # verbs of lowering: "bajamos un 4 %", "wir senken um 3 %", "nous baissons de 2 %"
    r"\bbaj(ar|amos|a|an|ar[íi]amos)\b|rebaj\w*|senk(en|t)\b|baiss(er|ons|ons)\b|"
    r"abbass\w*|verlag\w*|obni[żz]\w*|baix(ar|amos)\b|s[äa]nk(er|a)\b"
)
NOT_PRICE_CUE = Cue(
    r"\b(vat|tax|mwst|ust|tva|iva|btw|moms|vat|on-time|otif|service level|probability|"
    r"market share|utili[sz]ation|capacity|growth|inflation|index|interest|efficiency|"
    r"deposit|advance|anzahlung|acompte|anticipo|down payment|upfront|purity|reinheit|"
    r"puret[ée]|pureza|purezza|zuiverheid|czysto[śs][ćc]|renhet|solution|l[öo]sung|"
    r"concentration|konzentration|humidity|moisture|feuchte|cotton|baumwolle|coton|"
    r"algod[óo]n|cotone|katoen|bawe[łl]n|bomull|polyester|wool|wolle|recycled|recycelt|"
    r"recycl[ée]|reciclad|riciclat|gerecycled|zadatek|caparra|sinal|handpenning|"
    r"toleran\w*|toler[âa]ncia|tolleranza|deviation|abweichung|[ée]cart|desviaci[óo]n|"
    r"shrink\w*|schrumpf\w*|retrait|moisture|humedad|umidit[àa]|vocht|wilgotno\w*|"
    r"fat|fett|graisse|grasa|grassi|vet|t[łl]uszcz|gordura|alcohol|alkohol|content|gehalt|"
    r"teneur|contenido|contenuto|gehalte|zawarto\w*|teor|halt|margins?|marge|margen|"
    r"margine|mar[żz]\w*|margem|scrap|defect\w*|yield|ausbeute|rendement)\b"
    r"|±|\+/-"
    r"|\bcosts?\b|kosten|co[ûu]ts|costes|costi|koszt|custos|kostnad"
)

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "sfr.": "CHF", "sfr": "CHF",
    "fr.": "CHF", "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD",
    "dollars": "USD", "pounds": "GBP", "zł": "PLN", "zl": "PLN", "złotych": "PLN",
    "r$": "BRL", "reais": "BRL", "real": "BRL", "kč": "CZK", "ft": "HUF",
}
# "kr" is the crown of whichever Nordic currency the negotiation is in.
NORDIC_CROWNS = frozenset({"SEK", "NOK", "DKK", "ISK"})
_CODES = r"USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|INR|MXN|BRL|SGD|HKD"
_CUR = (rf"(?P<cur>(?:{_CODES})(?![a-z])|US\$|R\$|C\$|A\$|\$|€|£|¥|SFr\.?|Fr\.|euros?\b|"
        r"dollars?\b|pounds\b|z[łl](?:otych)?(?!\w)|kr\.?(?!\w)|reais\b|K[čc](?!\w))")
_CUR_AFTER = _CUR.replace("?P<cur>", "?P<cur2>")
# A code glued to its amount ("USD0.082/pc") is still a price: no look-behind after it.
MONEY = re.compile(rf"(?<![\w.,]){_CUR}\s?(?P<n>{NUMBER_BODY})|(?P<n2>{NUMBER})\s?{_CUR_AFTER}",
                   re.IGNORECASE)
PER_UNIT = re.compile(
    rf"{N}\s*(?:/|\bper\b|\bpro\b|\bje\b|\bpar\b|\bpor\b|\beach\b|\bea\b|\ban?\b|"
    r"\bcad\b\.?|\bal\b|\bza\b|\bcada\b|\bstyck\b)\s*"
    r"(?!(?:year|annum|month|week|day|order|shipment|delivery|jahr|monat|woche|tag|"
    r"bestellung|lieferung|an|année|mois|semaine|jour|commande|año|mes|semana|día|pedido|"
    r"jaar|maand|week|dag|bestelling|cent|ciento|cento|anno|mese|giorno|ordine|rok|"
    r"miesi[ąa]c|dzie[ńn]|"
    r"ano|m[êe]s|dia|encomenda|[åa]r|m[åa]nad|dag|order|%)\b)"
    r"(?P<unit>[a-zäöüéèàáíóúñąćęłńóśźżåø]+)?",
    re.IGNORECASE,
)
PRICE_CUE = Cue(
    r"price|per\b|each|\bunit|/|\bje\b|\bpro\b|st[üu]ck|preis|prix|\bpar\b|pi[èe]ce|precio|"
    r"\bpor\b|unidad|prijs|stuk|cost us|offer|quote|angebot|offre|oferta|bieden|go to|"
    r"come down|bring|rate|prezzo|cad\b|cena|cen[ęy]|pre[çc]o|pris|styck|\bst\b|szt|"
    r"proporvi|possiamo|możemy|podemos|kan|kunnen|können|pouvons"
)
NOT_UNIT_PRICE_CUE = Cue(
    r"total|invoice|order value|remittance|budget|turnover|revenue|umsatz|gesamt|"
    r"chiffre d'affaires|facturaci[óo]n|minimum order|freight|shipping|fee|penalty|"
    r"per (year|annum|month)|annual"
)

_DAYS = (r"(?:calendar\s+|business\s+)?(?:days?|tage[n]?|jours?|d[íi]as|dagen|giorni|gg\.?|"
         r"dni|dias|dagarna|dagar|dagars|dag)")
PAYMENT = (
    re.compile(r"\b\d{1,2}\s*%?\s*/\s*\d{1,2}\s*(?:days?)?\s*,?\s*n(?:et)?\s*(?P<d>\d{1,3})\b",
               re.IGNORECASE),
    re.compile(r"\bnet(?:to|t)?\s*(?P<d>\d{1,3})\b(?!\s*(?:%|[.,]\d|units|pcs))",
               re.IGNORECASE),
    re.compile(
        rf"\b(?P<d>\d{{1,3}})[\s-]*{_DAYS}\s*"
        r"(?:net(?:to|t)?\b|(?:payment )?terms\b|end of month|eom\b|account\b|credit\b|"
        r"from (?:the )?(?:date of )?invoice|"
        r"after (?:the )?(?:date of )?invoice|of invoice|after b/l|nach rechnung|ab rechnung|"
        r"fin de mois|date de facture|fecha (?:de )?factura|de factura|zahlungsziel|"
        r"(?:from|after|upon|on) receipt|nach (?:erhalt|eingang)|[àa] r[ée]ception|"
        r"desde la recepci[óo]n|d\.?f\.?|data fattura|df+m|fine mese|"
        r"od (?:daty )?(?:wystawienia )?faktury|(?:da|ap[óo]s a) (?:data (?:da|de) )?fatura|"
        r"(?:fr[åa]n )?fakturadatum|efter faktura|"
        r"payment|betaaltermijn|betalingstermijn|factuurdatum|p[łl]atno[śs]\w*|"
        r"betalningsvillkor|betalning|pagamento|de pagamento|di pagamento)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:payment|pay|paid|terms|credit|zahlungsziel|zahlung|zahlbar|paiement|r[èe]glement|"
        r"pago|betaling|betalingstermijn|betaaltermijn|pagamento|pagamenti|termine di|"
        r"p[łl]atno[śs]\w*|p[łl]atne|termin|prazo|betalning\w*|betalas|"
        r"betalningsvillkor)\b[^.;\n%]{0,40}?\b(?P<d>\d{1,3})\s*"
        rf"{_DAYS}(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:at|à|a|al)\s+"
               rf"(?P<d>\d{{1,3}})\s*{_DAYS}(?!\w)", re.IGNORECASE),
)

# "90 days is too long", "sessenta dias": days alone, as payment terms are usually written,
# unless the words around make them a lead time, a validity or a deadline.
PLAIN_DAYS = re.compile(rf"\b(?P<d>\d{{1,3}})\s*{_DAYS}(?!\w)", re.IGNORECASE)
PAYMENT_LIKE_DAYS = frozenset({10, 14, 15, 20, 21, 28, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90,
                               100, 105, 110, 120, 150, 180})
NOT_PAYMENT_CUE = Cue(
    r"fixed|frozen|freeze|held|guarantee|binding|verbindlich|festgeschrieben|bloqu|gel[ée]|"
    r"cancel|k[üu]ndig|r[ée]sili|rescind|disdett|opzeg|wypowiedz|resc[ii]s|upps[äa]g|"
    r"\border|bestell|commande|pedido|ordine|bestelling|zam[óo]wieni|encomenda|best[äa]llning|"
    r"deliver|delivery|ship|dispatch|lead|valid|notice|respond|reply|answer|business|working|"

    r"production|transit|warrant|guarant|return|trial|test|sample|stock|"
    r"liefer|versand|g[üu]ltig|werktag|arbeitstag|livr|d[ée]lai|valable|ouvr|"
    r"entrega|env[íi]o|v[áa]lid|h[áa]biles|consegna|spedizion|lavorativ|"
    r"levering|levertijd|geldig|werkdag|dostaw|wa[żz]n|roboczych|"
    r"envio|[úu]teis|leverans|giltig|arbetsdag|frist|garanti"
)
CONTRACT = re.compile(
    r"\b(?P<n>\d{1,3}(?:[.,]5)?)[\s-]*(?:(?P<m>months?|mths?|mos|mnths|monate?n?|monats|"
    r"monatig\w*|mois|meses?|maanden?|maands|mnd|"

    r"mesi|mese|miesi[ęąe]c\w*|m[åa]naderna|m[åa]nader|m[åa]naders|m[åa]nad)"
    r"|(?P<y>years?|yrs?|jahre?n?|jahres|j[äa]hrig\w*|ans?|ann[ée]es?|a[ñn]os?|jaar|jaren|"
    r"anni|anno|lat[a]?|rok\w*|anos?|[åa]r|[åa]rs|[åa]rig\w*|jarig\w*))(?!\w)",
    re.IGNORECASE,
)
# Two or three years in one word: "a biennial agreement", "zweijährig", "triennale".
MULTI_YEAR_WORD = Cue(
    r"\b(?:(?P<two>biennial|two-year|zweij[äa]hrig\w*|zweijahres\w*|bisannuel\w*|biennal\w*|"
    r"bienal\w*|biennale|tweejarig\w*|dwuletni\w*|tv[åa][åa]rig\w*)|(?P<three>triennial|"
    r"three-year|dreij[äa]hrig\w*|dreijahres\w*|triennal\w*|trienal\w*|triennale|driejarig\w*|"
    r"trzyletni\w*|tre[åa]rig\w*))\b"
)
# One word for a year's contract: "an annual term", "jaarcontract", "umowa roczna", or a
# year without a number: "a contract for a year", "umowa na rok".

CONTRACT_WORD = Cue(
    r"\b(?:(?P<a>annual|yearly|one-year|a year'?s|jahres|jaar|[åa]rs|ann?uel(?:le)?|anual|"
    r"annuale|roczn\w*)"
    r"[\s-]*(?:contract\w*|agreement|term|deal|vertrag|avtal\w*|contrat|contrato|contratto|"
    r"umow\w*|acordo|overeenkomst)|(?:contract\w*|contrat|contrato|contratto|umow\w*|acordo|"
    r"agreement|vertrag|avtal\w*|kontrakt\w*|term)[\s-]+(?P<b>annuel(?:le)?|anual|annuale|"
    r"roczn\w*|annual)"
    # a year named with no number: "a contract for a year", "umowa na rok"
    r"|(?:contract|agreement|deal|umow\w*|kontrakt\w*)[\s-]+(?:(?:is|runs) )?(?:for|of|na)[\s-]+"
    r"(?:a[\s-]+|one[\s-]+|full[\s-]+|jeden[\s-]+|ca[łl]y[\s-]+)*(?:year|rok))\b"
)
CONTRACT_CUE = Cue(
    r"contract|agreement|\bterm\b|sign|commit|duration|tenure|laufzeit|vertrag|bindung|"
    r"contrat|dur[ée]e|engagement|contrato|duraci[óo]n|acuerdo|looptijd|overeenkomst|"
    r"\bdeal\b|contratto|durata|accordo|umow|kontrakt|okres|acordo|prazo|vig[êe]ncia|"
    r"avtal|avtalsperiod|bindningstid|binder|binda|binden|jaarcontract|period|fixed|freeze|"
    # committing oneself for a length: "si vous vous engagez pour 18 mois"
    r"engag\w*|verpflicht\w*|compromet\w*|impegn\w*|zobowi[ąa]z\w*|f[öo]rbind\w*|"
    r"frozen|"
    r"locked|"
    # signing for a length: "wenn Sie 24 Monate unterschreiben"
    r"unterschreib|unterzeichn|sign(er|ez|ons)|firm(ar|an|en|amos)|firmare|firmate|tekenen|"
    r"tekent|podpis|assin(ar|am|em)|skriva under|signera|"
    r"guarantee|festgeschrieben|festschreib|garantier|bloqu|gel[ée]|fijo|congel|bloccat|"
    r"fisso|vastgezet|bevroren|zamro[żz]|fixo|l[åa]st|fast pris"
)
NOT_CONTRACT_CUE = Cue(
    r"warrant|guarant|garanti|gew[äa]hrleist|valid|g[üu]ltig|notice|k[üu]ndigung|pr[ée]avis|"
    r"lead time|lieferzeit|delivery|forecast|prognose|pr[ée]vision|previsi[óo]n|\bnext\b|"
    r"\blast\b|\bpast\b|\bago\b|\bsince\b|d[ée]lai|plazo de entrega|shelf|haltbar|\bold\b|"
    r"experience|preavviso|opzegtermijn|wypowiedzeni|upps[äa]gning|aviso pr[ée]vio|"
    r"tempi di consegna|levertijd|czas dostawy|prazo de entrega|leveranstid"
)

_UNIT_WORDS = (
    r"units?|pcs|pc|pieces?|pallets?|labels?|items?|boxes|box|cartons?|rolls?|sets?|"
    r"tons?|tonnes?|kg|kilos?|metres?|meters?|bags?|drums?|bottles?|cases?|gearboxes|"
    r"st[üu]ck|stk|teile|paletten|etiketten|kartons?|rollen|pi[èe]ces|unit[ée]s|"
    r"palettes|[ée]tiquettes|unidades|piezas|palets|etiquetas|cajas|stuks|eenheden|"
    r"pezzi|pz|unit[àa]|szt|sztuk\w*|pe[çc]as|unidades|st|styck|stycken|enheter|t|mt|to|"
    r"m²|m2|qm|sqm|lfm|containers?|truckloads?|loads?"
)
_NOT_COUNTED = (
    r"days?|weeks?|months?|years?|hours?|minutes?|percent|times|tage[n]?|wochen|monate[n]?|"
    r"jahre[n]?|jours|semaines|mois|ans|ann[ée]es|d[íi]as|semanas|meses|a[ñn]os|dagen|"
    r"weken|maanden|jaren|euros?|dollars?|pounds|francs|cents?|giorni|mesi|anni|dni|"
    r"miesi\w+|lat|dias|meses|anos|dagar|m[åa]nader|[åa]r|gg|kr|z[łl]"
)
VOLUME = re.compile(
    rf"{N}\s*(?!(?:{_NOT_COUNTED})\b)(?:{_UNIT_WORDS}|[^\W\d_]{{3,}}s)\b", re.IGNORECASE
)
# "Volume: 20,000", "a commitment of 250k": the cue word leads, no unit word needed.
VOLUME_LEAD = re.compile(
    rf"\b(?:volume|commit(?:ment)?(?: to| of)?|abnahme(?:menge)?|jahresmenge|"
    rf"(?:annual |yearly |j[äa]hrliche |annuelle |anual |annua |jaarlijkse |roczn\w+ |"
    rf"[åa]rlig )?(?:quantity|menge|quantit[ée]|cantidad|quantit[àa]|hoeveelheid|ilo[śs][ćc]|"
    rf"quantidade|kvantitet)(?: of| von| de| di| van)?|"

    rf"engagement(?: de)?|compromiso(?: de)?|volumen(?: de)?|wolumen\w*|volym(?:en)?|"
    rf"volume di|impegno di)\s*:?\s*(?:of\s+)?{N}"
    rf"(?!\s*(?:%|[.,]\d|(?:{_NOT_COUNTED})\b))",
    re.IGNORECASE,
)
VOLUME_CUE = Cue(
    r"commit|volume|minimum|at least|guarantee|per year|a year|\bannual|per annum|yearly|"
    r"p\.\s?a\.|abnahme|jahresmenge|j[äa]hrlich|pro jahr|im jahr|engagement|par an|"
    r"compromiso|volumen|al a[ñn]o|por a[ñn]o|anual|afname|per jaar|firm|wolumen|rocznie|"
    r"gwarant|per [åa]r|om [åa]ret|f[öo]rbind|volym|all'anno|annu[io]|impegn|por ano|"
    r"anuais|garantid|zusag|verbindlich|jaarlijks|per quarter|quarterly|pro quartal|"
    r"par trimestre|por trimestre|al trimestre|per kwartaal|kwartalnie|per kvartal|"
    r"per month|monthly|pro monat|monatlich|par mois|al mes|al mese|per maand|"
    r"miesi[ęe]cznie|por m[êe]s|per m[åa]nad"
)
NOT_VOLUME_CUE = Cue(
    r"order quantity|\bmoq\b|per order|mindestbestellmenge|minimum order|lot size|"
    r"pro bestellung|par commande|por pedido|in stock|on stock|available|capacity|"
    r"forecast|batch|per shipment|per delivery|per pallet"
)

# "14 Harbour Road", "1200 Main St.": capitalised names before the street word.
STREET_LINE = re.compile(
    r"\b\d{1,5}[A-Za-z]?,? (?:[A-Z][\w'.-]* ){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
    r"Blvd|Way|Drive|Lane|Parkway|Pkwy|Close|Court|Square)(?:\W|$)"
)
CONTACT_LINE = Cue(
    r"^\s*(tel|phone|fax|mobile|mob|cell|t|f|m|direct|office|p)\b\.?\s*:?\s*\+?[\d(]"
    r"|\+\d{1,3}[\s(]\d|\(\d{3}\)\s?\d{3}|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|\b(suite|rue|calle|avenida|p\.?o\.? box|postfach)\s+\d"
    r"|\b(hrb|ust-idnr|vat no|reg\. no|registered in)\b|stra(ß|ss)e\s+\d|str\.\s*\d"
)

# Cheap tests that a clause can hold a term of a kind at all, before the full pattern.
MONEY_HINT = Cue(r"[$€£¥]|\b(usd|eur|gbp|chf|cad|aud|nzd|jpy|cny|rmb|sek|nok|dkk|pln|czk|huf|"
                 r"inr|mxn|brl|sgd|hkd|euros?|dollars?|pounds|kr|z[łl]|reais|k[čc]|fr|sfr)"
                 r"|\d(usd|eur|gbp|chf|sek|pln|kr|z[łl])")
PERCENT_HINT = Cue(r"%|cent|cient|proz|proc|pct")
PAYMENT_HINT = Cue(r"da[yg]|tag|jour|d[íi]a|giorn|dni|dias|gg|net|/")
CONTRACT_HINT = Cue(r"month|mth|mos\b|mnd|monat|mois|mes|mese|mesi|maand|m[åa]nad|miesi|year|yr|"
                    r"jahr|j[äa]hr|"

                    r"\ban|ann|a[ñn]o|jaar|[åa]r|lat|rok|ano")
# "3% more (expensive)": an increase, but only right after the number ("more than 3%" is
# a limit, not an increase).
MORE_AFTER = Cue(r"^\s*(up|more|dearer|mehr|teurer|de plus|plus cher|m[áa]s caro|m[áa]s|in pi[ùu]|"
                 r"pi[ùu] car\w*|meer|duurder|wi[ęe]cej|dro[żz]ej|a mais|mais car\w*|mer|dyrare)\b")

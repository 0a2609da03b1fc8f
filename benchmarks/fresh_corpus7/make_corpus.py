#!/usr/bin/env python3
"""Fresh supplier-reply corpus 7: near-miss acceptances and numbers that are not counters.

Writes probe/, sealed/ and parts.json next to this file.  Python 3.11 standard library only.

    python3 make_corpus.py            # (re)write the corpus
    python3 make_corpus.py --check    # rebuild in memory and validate everything on disk
    python3 make_corpus.py --stats    # counts by part, intent and language
    python3 make_corpus.py --list     # one line per case
"""
import base64
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
_COUNT = {}

NATIVE = {"en-us", "en-gb", "en-au", "en-ie", "en-ca"}
INTENTS = ("counter", "accept", "reject", "other", "auto_reply", "bounce")
TERM_KEYS = ("price_change_pct", "unit_price", "currency", "payment_days",
             "contract_months", "volume_units", "rebate_pct")
SHORT = {"p": "price_change_pct", "u": "unit_price", "c": "currency", "d": "payment_days",
         "m": "contract_months", "v": "volume_units", "r": "rebate_pct"}
ISO4217 = {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "PLN", "BRL", "SEK", "MXN", "INR",
           "CNY", "TRY", "NOK", "DKK", "JPY", "ARS", "CLP", "COP"}


def group(lang):
    if lang in NATIVE:
        return "en"
    if lang.startswith("en-"):
        return "en-nn"
    return lang.split("-")[0]


def prefix(lang):
    return {"en": "en", "en-nn": "nn"}.get(group(lang), group(lang))


def client_locale(lang):
    """Language of the mail client's own strings."""
    if lang in NATIVE:
        return "en"
    if lang.startswith("en-"):
        return {"de": "de", "br": "pt", "pl": "pl", "it": "it", "es": "es",
                "nl": "nl", "fr": "fr"}.get(lang[3:], "en")
    return lang.split("-")[0]


def quote_lang(lang):
    b = lang.split("-")[0]
    return b if b in ("de", "fr", "es") else "en"


# ---------------------------------------------------------------- made-up world

BUYERS = [
    ("Dana Whitfield", "Larchmont Provisions", "larchmont-provisions.example"),
    ("Jonas Berglund", "Corvid Home Goods", "corvidhome.example"),
    ("Priya Anand", "Tilbury Pet Supplies", "tilburypet.example"),
]

ITEMS = {
    "cartons": ("corrugated shipping cartons", "Versandkartons aus Wellpappe",
                "cartons d'expédition en carton ondulé", "cajas de cartón ondulado"),
    "foldbox": ("printed folding boxes", "bedruckte Faltschachteln",
                "boîtes pliantes imprimées", "cajas plegables impresas"),
    "film": ("stretch wrap film", "Stretchfolie", "film étirable", "film estirable"),
    "mailers": ("kraft paper mailers", "Versandtaschen aus Kraftpapier",
                "pochettes d'expédition en papier kraft", "sobres de papel kraft"),
    "labels": ("self-adhesive pallet labels", "selbstklebende Palettenetiketten",
               "étiquettes palettes adhésives", "etiquetas adhesivas para palés"),
    "tape": ("printed packing tape", "bedrucktes Packband", "ruban adhésif imprimé",
             "cinta de embalaje impresa"),
    "trays": ("moulded pulp trays", "Formfaserschalen", "barquettes en pâte moulée",
              "bandejas de pulpa moldeada"),
    "voidfill": ("paper void fill", "Papierpolster", "calage papier", "relleno de papel"),
}
QL_INDEX = {"en": 0, "de": 1, "fr": 2, "es": 3}

CURRENCY = {"en-us": "USD", "en-gb": "GBP", "en-au": "AUD", "en-ca": "CAD", "en-ie": "EUR",
            "en-in": "USD", "en-cn": "USD", "en-de": "EUR", "en-tr": "EUR", "en-br": "USD",
            "en-pl": "EUR", "en-it": "EUR", "en-es": "EUR", "en-nl": "EUR", "de": "EUR",
            "de-at": "EUR", "de-ch": "CHF", "fr": "EUR", "fr-be": "EUR", "es": "EUR",
            "es-mx": "MXN", "es-ar": "USD", "nl": "EUR", "nl-be": "EUR", "it": "EUR",
            "pl": "PLN", "pt-br": "BRL", "pt-pt": "EUR", "sv": "SEK"}
BASELINES = {"USD": [4.80, 6.00, 2.35, 12.40, 0.86, 3.10], "GBP": [3.20, 1.45, 7.90, 0.62],
             "EUR": [5.40, 0.92, 2.75, 11.20, 3.60, 1.38], "CAD": [3.85, 6.70],
             "AUD": [4.25, 2.90], "CHF": [3.15, 8.40], "PLN": [4.60, 12.80],
             "BRL": [7.90, 14.30], "SEK": [18.50, 42.00], "MXN": [38.00, 64.50]}

PEOPLE = {
    "en": (["Megan", "Tom", "Rachel", "Graham", "Aisha", "Colin", "Brianna", "Liam", "Sophie",
            "Derek", "Nadia", "Owen", "Hannah", "Marcus", "Fiona", "Kyle"],
           ["Holloway", "Pritchard", "Okafor", "Brennan", "McAllister", "Whitlock", "Dunmore",
            "Farrow", "Kendrick", "Ashby", "Lowther", "Tremaine"]),
    "in": (["Rohit", "Kavya", "Sanjay", "Meera"], ["Iyer", "Kulkarni", "Bhatt", "Menon"]),
    "cn": (["Wei", "Lina", "Jun", "Xiaoyan"], ["Zhao", "Liu", "Chen", "Huang"]),
    "tr": (["Emre", "Zeynep", "Burak"], ["Yıldız", "Aksoy", "Demirtaş"]),
    "de": (["Katrin", "Stefan", "Jörg", "Ulrike", "Matthias", "Sabine", "Florian", "Heike",
            "Tobias", "Anja"],
           ["Brandl", "Kessler", "Wagenknecht", "Hübner", "Pohl", "Oberländer", "Seidl",
            "Rautenberg", "Fuchs", "Mürdter"]),
    "fr": (["Amélie", "Thierry", "Camille", "Julien", "Hélène", "Mathieu", "Sandrine",
            "Baptiste"],
           ["Garnier", "Lefèvre", "Moreau", "Delattre", "Roussel", "Chauvin", "Bréhier",
            "Fontaine"]),
    "es": (["Lucía", "Javier", "Marta", "Sergio", "Elena", "Raúl", "Carmen", "Diego"],
           ["Ortega", "Ibáñez", "Navarro", "Salcedo", "Fuentes", "Castaño", "Prieto", "Varela"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram"], ["de Wit", "Verhoeven", "Kuijpers", "van Dam"]),
    "it": (["Giulia", "Marco", "Chiara", "Paolo"], ["Bianchi", "Ferraro", "Colombo", "Esposito"]),
    "pl": (["Agnieszka", "Tomasz", "Magdalena", "Piotr"], ["Nowak", "Wójcik", "Mazur", "Krawczyk"]),
    "pt": (["Beatriz", "Rodrigo", "Mariana", "Tiago", "Larissa", "Felipe"],
           ["Almeida", "Carvalho", "Ribeiro", "Teixeira", "Moreira"]),
    "sv": (["Elin", "Johan", "Linnea", "Anders"], ["Lindqvist", "Sjöberg", "Ekström", "Nyberg"]),
}
COMPANIES = {
    "en": ["Northgate Packaging", "Redfern Board Ltd", "Cobble Hill Containers",
           "Saltmarsh Print & Pack", "Brightwater Films", "Kestrel Corrugated",
           "Ironbridge Labels", "Meadowvale Paper Co", "Harbourline Packaging",
           "Ashcombe Box Company", "Pinecrest Poly", "Wexley Converting"],
    "in": ["Shreeji Corrugators Pvt. Ltd.", "Navkar Flexipack Pvt. Ltd."],
    "cn": ["Ningbo Hengda Packaging Co., Ltd.", "Dongguan Meiyu Paper Products Co., Ltd."],
    "tr": ["Anadolu Ambalaj A.Ş.", "Ege Karton San. Ltd."],
    "de": ["Wellpappe Sonnleitner GmbH", "Kartonagen Rautal KG", "Etikettenwerk Lindenau GmbH",
           "Folien Obermayr GmbH", "Verpackung Hessing AG", "Papierwerk Talbrück GmbH"],
    "fr": ["Cartonnerie du Val d'Aure", "Emballages Vernier SAS", "Étiquettes Pradel",
           "Films Armorique SARL", "Cartonnages Belcourt"],
    "es": ["Cartonajes Ribera S.L.", "Envases del Turia S.A.", "Etiquetas Morán S.L.",
           "Plásticos Alcázar S.A.", "Embalajes Sierra Norte S.L."],
    "nl": ["Verpakkingen Hoogland B.V.", "Golfkarton Dijkstra B.V."],
    "it": ["Cartotecnica Valbrembo S.r.l.", "Imballaggi Ferretti S.p.A."],
    "pl": ["Tektura Wisła Sp. z o.o.", "Opakowania Bałtyk Sp. z o.o."],
    "pt": ["Embalagens Douro Lda", "Papelão Serra Azul Ltda"],
    "sv": ["Wellpapp Norrsund AB", "Etikett Vänern AB"],
}
ROLES = {
    "en": ["Key Account Manager", "Sales Director", "Customer Service Lead",
           "Commercial Manager", "Account Executive"],
    "de": ["Vertrieb Innendienst", "Verkaufsleitung", "Kundenbetreuung"],
    "fr": ["Service commercial", "Direction commerciale", "Administration des ventes"],
    "es": ["Departamento comercial", "Atención al cliente", "Dirección comercial"],
    "nl": ["Verkoop binnendienst", "Accountmanagement"],
    "it": ["Ufficio commerciale", "Area vendite"],
    "pl": ["Dział sprzedaży", "Obsługa klienta"],
    "pt": ["Departamento comercial", "Atendimento ao cliente"],
    "sv": ["Försäljning", "Kundtjänst"],
}
PHONE_CC = {"en-us": "1", "en-ca": "1", "en-gb": "44", "en-ie": "353", "en-au": "61",
            "en-in": "91", "en-cn": "86", "en-tr": "90", "en-br": "55", "en-de": "49",
            "en-pl": "48", "en-it": "39", "en-es": "34", "en-nl": "31", "de": "49",
            "de-at": "43", "de-ch": "41", "fr": "33", "fr-be": "32", "es": "34", "es-mx": "52",
            "es-ar": "54", "nl": "31", "nl-be": "32", "it": "39", "pl": "48", "pt-br": "55",
            "pt-pt": "351", "sv": "46"}
TZ = {"en-us": -5, "en-ca": -5, "en-gb": 0, "en-ie": 0, "en-au": 10, "en-in": 5.5,
      "en-cn": 8, "en-tr": 3, "en-br": -3, "es-mx": -6, "es-ar": -3, "pt-br": -3,
      "pt-pt": 0}


def people_key(lang):
    if lang in NATIVE:
        return "en"
    if lang.startswith("en-"):
        k = lang[3:]
        return {"br": "pt"}.get(k, k)
    return lang.split("-")[0]


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"\b(gmbh|kg|ag|ltd|sas|sarl|s\.?l|s\.?a|b\.?v|s\.?r\.?l|s\.?p\.?a|sp|z|o\.?o|"
               r"lda|ltda|ab|co|pvt|inc)\b\.?", " ", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def role_key(lang):
    k = people_key(lang)
    return k if k in ROLES else "en"


# ---------------------------------------------------------------- number formatting

def fmt_num(x, ql):
    s = ("%.2f" % x)
    return s.replace(".", ",") if ql in ("de", "fr", "es") else s


def fmt_pct(p):
    s = ("%.2f" % p).rstrip("0").rstrip(".")
    return s


def offer_lines(ctx, ql):
    o = ctx["last_offer"]
    base, cur = ctx["baseline_unit_price"], ctx["currency"]
    out = []
    p, d, m = o["price_change_pct"], o["payment_days"], o["contract_months"]
    if p is not None:
        ps = fmt_pct(p)
        if ql != "en":
            ps = ps.replace(".", ",")
        sp = "" if ql == "en" else " "
        paren = ""
        if base is not None:
            new = round(base * (1 + p / 100.0) + 1e-9, 2)
            a, b = fmt_num(new, ql), fmt_num(base, ql)
            paren = {"en": f" ({a} {cur} instead of {b} {cur})",
                     "de": f" ({a} {cur} statt {b} {cur})",
                     "fr": f" ({a} {cur} au lieu de {b} {cur})",
                     "es": f" ({a} {cur} en lugar de {b} {cur})"}[ql]
        lab = {"en": "Unit price: ", "de": "Stückpreis: ", "fr": "Prix unitaire : ",
               "es": "Precio unitario: "}[ql]
        out.append(f"{lab}{ps}{sp}%{paren}")
    if d is not None:
        out.append({"en": f"Payment terms: Net {d} days", "de": f"Zahlungsziel: {d} Tage netto",
                    "fr": f"Délai de paiement : {d} jours", "es": f"Plazo de pago: {d} días"}[ql])
    if m is not None:
        out.append({"en": f"Contract length: {m} months", "de": f"Vertragslaufzeit: {m} Monate",
                    "fr": f"Durée du contrat : {m} mois",
                    "es": f"Duración del contrato: {m} meses"}[ql])
    return out


FORM = {
    "en": ("--- Your reply (edit the values and send) ---",
           "Unit price change (%, minus = reduction): ", "Payment terms (days): ",
           "Contract length (months): ", "Committed volume (units per year): ", "Rebate (%): ",
           "--- end ---"),
    "de": ("--- Ihre Antwort (Werte anpassen und absenden) ---",
           "Preisänderung pro Einheit (%, minus = Senkung): ", "Zahlungsziel (Tage): ",
           "Vertragslaufzeit (Monate): ", "Abnahmemenge (Stück pro Jahr): ",
           "Rückvergütung (%): ", "--- Ende ---"),
    "fr": ("--- Votre réponse (modifiez les valeurs puis envoyez) ---",
           "Variation du prix unitaire (%, moins = baisse) : ", "Délai de paiement (jours) : ",
           "Durée du contrat (mois) : ", "Volume engagé (unités par an) : ",
           "Remise de fin d'année (%) : ", "--- fin ---"),
    "es": ("--- Su respuesta (modifique los valores y envíe) ---",
           "Variación del precio unitario (%, menos = rebaja): ", "Plazo de pago (días): ",
           "Duración del contrato (meses): ", "Volumen comprometido (unidades al año): ",
           "Bonificación anual (%): ", "--- fin ---"),
}


def form_lines(ctx, ql):
    o = ctx["last_offer"]
    f = FORM[ql]
    vals = [fmt_pct(o["price_change_pct"]) if o["price_change_pct"] is not None else "",
            str(o["payment_days"]) if o["payment_days"] is not None else "",
            str(o["contract_months"]) if o["contract_months"] is not None else "", "", ""]
    return [f[0]] + [(f[i + 1] + vals[i]).rstrip() for i in range(5)] + [f[6]]


GREET = {"en": "Dear {s},", "de": "Sehr geehrtes Team von {s},", "es": "Estimado equipo de {s}:",
         "fr": "À l'attention de l'équipe {s}\n\nMadame, Monsieur,"}
INTRO = {
    ("en", "opening"): "We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
    ("en", "counter"): "Thank you for your reply. Having looked at it carefully, we would like to propose:",
    ("en", "reminder"): "A friendly reminder about our proposal for {item}, which is still open:",
    ("de", "opening"): "wir überprüfen derzeit unsere Bezugskonditionen für {item}{vol} und möchten Ihnen die folgenden Konditionen vorschlagen:",
    ("de", "counter"): "vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
    ("de", "reminder"): "wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:",
    ("fr", "opening"): "Dans le cadre de la revue de nos approvisionnements en {item}{vol}, nous souhaitons vous proposer les conditions suivantes :",
    ("fr", "counter"): "Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
    ("fr", "reminder"): "Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :",
    ("es", "opening"): "Estamos revisando nuestro suministro de {item}{vol} y nos gustaría proponerles las siguientes condiciones:",
    ("es", "counter"): "Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
    ("es", "reminder"): "Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:",
}
VOL = {"en": " (about {v} units a year)", "de": " (rund {v} Stück pro Jahr)",
       "fr": " (environ {v} unités par an)", "es": " (unas {v} unidades al año)"}
CLOSE = {
    ("en", "opening"): "If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
    ("en", "counter"): "If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
    ("en", "reminder"): "We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
    ("de", "opening"): "Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
    ("de", "counter"): "Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
    ("de", "reminder"): "Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
    ("fr", "opening"): "Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
    ("fr", "counter"): "Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
    ("fr", "reminder"): "Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
    ("es", "opening"): "Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
    ("es", "counter"): "Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
    ("es", "reminder"): "Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
}
REGARDS = {"en": "Kind regards,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,",
           "es": "Saludos cordiales,"}
SUBJ = {"en": "{item}: pricing proposal [ref {ref}]", "de": "{item}: Preisvorschlag [ref {ref}]",
        "fr": "{item} : proposition tarifaire [ref {ref}]",
        "es": "{item}: propuesta de precios [ref {ref}]"}
THOUSANDS = {"en": ",", "de": ".", "fr": "\u202f", "es": "."}


def offer_blocks(k):
    """The bot's offer as a list of (kind, payload) blocks: 'p' paragraph, 'ul' lines, 'pre' lines."""
    ql, ctx = k["ql"], k["ctx"]
    item = ITEMS[k["item"]][QL_INDEX[ql]]
    vol = ""
    if k["kind"] == "opening" and k["annual"]:
        v = f"{k['annual']:,}".replace(",", THOUSANDS[ql])
        vol = VOL[ql].format(v=v)
    greet = GREET[ql].format(s=k["company"])
    blocks = [("p", g) for g in greet.split("\n\n")]
    blocks.append(("p", INTRO[(ql, k["kind"])].format(item=item, vol=vol)))
    blocks.append(("ul", offer_lines(ctx, ql)))
    blocks.append(("p", CLOSE[(ql, k["kind"])]))
    blocks.append(("pre", form_lines(ctx, ql)))
    blocks.append(("p", f"{REGARDS[ql]}\n{k['buyer'][0]}\n{k['buyer'][1]}"))
    return blocks


def offer_text_lines(k, inline=None):
    out = []
    for kind, pay in offer_blocks(k):
        if kind == "p":
            out += pay.split("\n")
            out.append("")
        elif kind == "ul":
            for i, ln in enumerate(pay):
                out.append("- " + ln)
                if inline:
                    key = ["price", "days", "months"][_line_kind(k["ctx"], i)]
                    if key in inline:
                        out.append(("ANS", inline[key]))
            out.append("")
        else:
            out += pay
            out += ["", ""]
    while out and out[-1] == "":
        out.pop()
    return out


def _line_kind(ctx, i):
    o = ctx["last_offer"]
    kinds = [j for j, key in enumerate(("price_change_pct", "payment_days", "contract_months"))
             if o[key] is not None]
    return kinds[i]


def offer_html(k):
    parts = []
    for kind, pay in offer_blocks(k):
        if kind == "p":
            parts.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in pay.split("\n")) + "</p>")
        elif kind == "ul":
            parts.append("<ul>\n" + "\n".join(f"  <li>{html.escape(x, quote=False)}</li>" for x in pay) + "\n</ul>")
        else:
            parts.append('<pre style="font-family: Consolas, monospace; font-size: 13px;">'
                         + html.escape("\n".join(pay), quote=False) + "</pre>")
    return "\n".join(parts)


# ---------------------------------------------------------------- client strings

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def adate(dt, loc):
    if loc == "en":
        return f"{DAYS_EN[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month - 1]} {dt.year} at {dt:%H:%M}"
    if loc in ("de", "pl", "sv", "nl"):
        return f"{dt:%d.%m.%Y} {dt:%H:%M}" if loc != "sv" else f"{dt:%Y-%m-%d} {dt:%H:%M}"
    return f"{dt:%d/%m/%Y} {dt:%H:%M}"


ATTR = {
    "en": "On {d}, {n} <{a}> wrote:",
    "de": "Am {d} schrieb {n} <{a}>:",
    "fr": "Le {d}, {n} <{a}> a écrit :",
    "es": "El {d}, {n} (<{a}>) escribió:",
    "nl": "Op {d} schreef {n} <{a}>:",
    "it": "Il giorno {d} {n} <{a}> ha scritto:",
    "pl": "{d} {n} <{a}> napisał(a):",
    "pt": "Em {d}, {n} <{a}> escreveu:",
    "sv": "Den {d} skrev {n} <{a}>:",
}
HDRBLOCK = {
    "en": ("From", "Sent", "To", "Subject", "Original Message"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Ursprüngliche Nachricht"),
    "fr": ("De", "Envoyé", "À", "Objet", "Message d'origine"),
    "es": ("De", "Enviado el", "Para", "Asunto", "Mensaje original"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "Oorspronkelijk bericht"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Messaggio originale"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "Wiadomość oryginalna"),
    "pt": ("De", "Enviada", "Para", "Assunto", "Mensagem original"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "Ursprungligt meddelande"),
}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
          "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone",
          "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
          "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone"}
ANDROID = {"en": "Sent from my Galaxy", "de": "Von meinem Galaxy gesendet",
           "fr": "Envoyé depuis mon Galaxy", "es": "Enviado desde mi Galaxy",
           "nl": "Verzonden vanaf mijn Galaxy", "it": "Inviato dal mio Galaxy",
           "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy",
           "sv": "Skickat från min Galaxy"}
REPLY_PREFIX = {"en": "Re: ", "de": "AW: ", "fr": "RE: ", "es": "RE: ", "nl": "RE: ",
                "it": "R: ", "pl": "RE: ", "pt": "RE: ", "sv": "SV: "}
CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    "outlook_plain": [("X-Mailer", "Microsoft Outlook 16.0")],
    "owa": [("X-MS-Has-Attach", ""), ("X-OriginatorOrg", None)],
    "gmail": [],
    "gmail_mobile": [],
    "iphone": [("X-Mailer", "iPhone Mail (21E236)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "android": [("X-Mailer", "Samsung Email")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")],
    "webmail": [("X-Mailer", "Roundcube Webmail/1.6.6")],
}


# ---------------------------------------------------------------- case registration

def _ctx(rng, lang, o, base):
    if base == "auto":
        cur = CURRENCY[lang]
        base = (rng.choice(BASELINES[cur]), cur)
    return {"baseline_unit_price": base[0] if base else None,
            "currency": base[1] if base else None,
            "last_offer": None if o is None else
            {"price_change_pct": None if o[0] is None else float(o[0]),
             "payment_days": o[1], "contract_months": o[2]}}


def _terms(t):
    out = {k: None for k in TERM_KEYS}
    for k, v in (t or {}).items():
        key = SHORT.get(k, k)
        if key in ("price_change_pct", "unit_price", "rebate_pct") and v is not None:
            v = float(v)
        out[key] = v
    return out


def _common(typ, lang, client, intent, note, o, base, pi, item, kind):
    p = prefix(lang)
    _COUNT[p] = _COUNT.get(p, 0) + 1
    name = f"{p}{_COUNT[p]:02d}"
    rng = random.Random(name)
    ctx = _ctx(rng, lang, o, base)
    if kind is None:
        kind = "opening" if o == (-6, 60, None) else "counter"
    pk = people_key(lang)
    first = rng.choice(PEOPLE[pk][0])
    last = rng.choice(PEOPLE[pk][1])
    company = rng.choice(COMPANIES[pk])
    buyer = BUYERS[rng.randrange(len(BUYERS))]
    item = item or rng.choice(sorted(ITEMS))
    reply = datetime(2025, 1, 6, 7, 0) + timedelta(days=rng.randrange(300),
                                                   minutes=rng.randrange(11 * 60))
    sent = reply - timedelta(days=rng.randrange(1, 4), minutes=rng.randrange(300))
    tzh = TZ.get(lang, 1)
    tz = timezone(timedelta(hours=tzh))
    k = dict(name=name, type=typ, lang=lang, client=client, intent=intent, note=note, ctx=ctx,
             pi=pi, kind=kind, ql=quote_lang(lang), loc=client_locale(lang), rng=rng,
             first=first, last=last, company=company, domain=slug(company) + ".example",
             buyer=buyer, item=item, reply_dt=reply.replace(tzinfo=tz),
             sent_dt=sent.replace(tzinfo=timezone(timedelta(hours=1))),
             annual=rng.choice([None, 40000, 85000, 120000, 250000, 600000]),
             ref="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
             role=rng.choice(ROLES[role_key(lang)]))
    local = slug(first) .replace("-", "") + "." + slug(last).replace("-", "")
    k["addr"] = f"{local}@{k['domain']}"
    k["buyer_addr"] = buyer[0].split()[0].lower() + "." + buyer[0].split()[1].lower() + "@" + buyer[2]
    k["offer_mid"] = f"<{hashlib.sha1((name + 'offer').encode()).hexdigest()[:20]}@mailbot.{buyer[2]}>"
    k["mid"] = f"<{hashlib.sha1(name.encode()).hexdigest()[:24]}@{k['domain']}>"
    CASES.append(k)
    return k


def C(lang, client, text, intent, note, t=None, o=(-6, 60, None), base="auto", pi=False,
      shape="top", kind=None, item=None, sig=True, inline=None, subj=None):
    """A typed reply from a supplier."""
    k = _common("C", lang, client, intent, note, o, base, pi, item, kind)
    k.update(text=text, terms=_terms(t), shape=shape, sig=sig, inline=inline, subj=subj)
    return k


def A(lang, text, note, subj_prefix="Automatic reply: ", rfc3834=True, o=(-6, 60, None),
      base="auto", intent="auto_reply", client="none"):
    """An automatic reply sent on behalf of a mailbox."""
    k = _common("A", lang, client, intent, note, o, base, False, None, None)
    k.update(text=text, terms=_terms(None), subj_prefix=subj_prefix, rfc3834=rfc3834)
    return k


def B(lang, source, text, note, status="5.1.1", diag="550 5.1.1 User unknown",
      action="failed", o=(-6, 60, None), base="auto"):
    """A bounce from the mail system."""
    k = _common("B", lang, source, "bounce", note, o, base, False, None, None)
    k.update(text=text, terms=_terms(None), status=status, diag=diag, action=action)
    return k


# ---------------------------------------------------------------- rendering

def fill(k, text):
    text = textwrap.dedent(text).strip("\n")
    rep = {"{bf}": k["buyer"][0].split()[0], "{bn}": k["buyer"][0], "{bco}": k["buyer"][1],
           "{co}": k["company"], "{me}": k["first"],
           "{item}": ITEMS[k["item"]][QL_INDEX[k["ql"]]], "{domain}": k["domain"]}
    for a, b in rep.items():
        text = text.replace(a, b)
    return text


def signature(k):
    if k["sig"] is False:
        return []
    if isinstance(k["sig"], str):
        return fill(k, k["sig"]).split("\n")
    rng = random.Random(k["name"] + "sig")
    cc = PHONE_CC[k["lang"]]
    phone = f"+{cc} {rng.randrange(20, 99)} {rng.randrange(1000, 9999)} {rng.randrange(100, 999)}"
    return [f"{k['first']} {k['last']}", f"{k['role']} | {k['company']}", phone]


def subject(k):
    ql = k["ql"]
    base = SUBJ[ql].format(item=ITEMS[k["item"]][QL_INDEX[ql]], ref=k["ref"])
    base = base[0].upper() + base[1:]
    return base


def body_lines(k):
    return fill(k, k["text"]).split("\n")


def sup_date(dt, loc):
    return adate(dt, loc)


def quoted_plain(k):
    """(attribution lines, quoted lines, prefix) for the client."""
    loc, cl = k["loc"], k["client"]
    bname, baddr = k["buyer"][0], k["buyer_addr"]
    ql = offer_text_lines(k, k.get("inline"))
    if cl in ("outlook", "outlook_plain", "owa"):
        h = HDRBLOCK[loc]
        sentd = adate(k["sent_dt"], loc).replace(" at ", " ")
        hdr = [f"{h[0]}: {bname} <{baddr}>", f"{h[1]}: {sentd}",
               f"{h[2]}: {k['first']} {k['last']} <{k['addr']}>", f"{h[3]}: {subject(k)}"]
        lead = ["-----" + h[4] + "-----"] if cl == "outlook_plain" else ["_" * 32]
        return lead + hdr + [""], ql, ""
    attr = ATTR[loc].format(d=adate(k["sent_dt"], loc), n=bname, a=baddr)
    return [attr], ql, "> "


def render_plain(k):
    body = body_lines(k)
    sig = signature(k)
    cl = k["client"]
    attr, ql, pre = quoted_plain(k)
    quote = []
    for ln in ql:
        if isinstance(ln, tuple):
            quote += [""] + fill(k, ln[1]).split("\n") + [""]
        else:
            quote.append((pre + ln).rstrip() if pre else ln)
    if pre and cl == "iphone":
        attr = ["> " + a for a in attr] + [">"]
    mine = body + ([""] + (["-- "] if cl in ("thunderbird", "webmail") else []) + sig if sig else [])
    if cl == "iphone":
        mine += ["", IPHONE[k["loc"]]]
    if cl == "android":
        mine += ["", ANDROID[k["loc"]]]
    if k["shape"] == "bottom":
        return attr + quote + [""] + mine
    if k["shape"] == "inline":
        return body + [""] + attr + quote + [""] + ([("-- ")] + sig if sig else [])
    return mine + ["", ""] + attr + quote


def _p(lines):
    paras, cur = [], []
    for ln in lines + [""]:
        if ln.strip() == "":
            if cur:
                paras.append(cur)
            cur = []
        else:
            cur.append(ln)
    return "\n".join("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in p) + "</p>" for p in paras)


def render_html(k):
    body = _p(body_lines(k))
    sig = signature(k)
    sigh = ("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in sig) + "</p>") if sig else ""
    cl, loc = k["client"], k["loc"]
    bname, baddr = k["buyer"][0], k["buyer_addr"]
    quote = offer_html(k)
    if cl in ("outlook", "owa"):
        h = HDRBLOCK[loc]
        sentd = adate(k["sent_dt"], loc).replace(" at ", " ")
        hb = (f"<b>{h[0]}:</b> {html.escape(bname)} &lt;{baddr}&gt;<br>\n<b>{h[1]}:</b> {sentd}<br>\n"
              f"<b>{h[2]}:</b> {html.escape(k['first'] + ' ' + k['last'])} &lt;{k['addr']}&gt;<br>\n"
              f"<b>{h[3]}:</b> {html.escape(subject(k))}")
        return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
                "<body>\n<div class=\"WordSection1\">\n" + body + "\n" + sigh +
                "\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n<p>"
                + hb + "</p>\n</div>\n" + quote + "\n</div>\n</body>\n</html>\n")
    attr = html.escape(ATTR[loc].format(d=adate(k["sent_dt"], loc), n=bname, a=baddr), quote=False)
    return ("<div dir=\"ltr\">\n" + body + "\n" + sigh + "\n</div>\n<br>\n<div class=\"gmail_quote\">"
            "<div dir=\"ltr\" class=\"gmail_attr\">" + attr + "<br></div>\n"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">\n" + quote + "\n</blockquote></div>\n")


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def addr(name, a):
    return email.utils.formataddr((name, a), charset="utf-8")


def leaf(ctype, text, charset, cte, extra=""):
    data = text.replace("\r\n", "\n")
    if not data.endswith("\n"):
        data += "\n"
    raw = data.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        payload = raw
    elif cte == "8bit":
        payload = raw
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = base64.encodebytes(raw)
    payload = payload.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\r\n"
            f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode()
    return head + payload


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def boundary(k, n=0):
    return "----=_Part_" + hashlib.sha1(f"{k['name']}/{n}".encode()).hexdigest()[:28]


def multipart(k, subtype, parts, n=0, extra=""):
    b = boundary(k, n)
    out = f"Content-Type: multipart/{subtype};{extra} boundary=\"{b}\"\r\n\r\n".encode()
    out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        out += f"--{b}\r\n".encode() + p + b"\r\n"
    out += f"--{b}--\r\n".encode()
    return out


def headers(k, frm, to, subj, extra=()):
    h = [("From", frm), ("To", to), ("Subject", enc_header(subj)),
         ("Date", email.utils.format_datetime(k["reply_dt"])), ("Message-ID", k["mid"])]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return "".join(f"{a}: {b}\r\n" for a, b in h).encode()


def build_C(k):
    cl = k["client"]
    plain = "\n".join(render_plain(k))
    subj = k["subj"] if k["subj"] else REPLY_PREFIX[k["loc"]] + subject(k)
    extra = [("In-Reply-To", k["offer_mid"]), ("References", k["offer_mid"])]
    for a, b in CLIENT_HEADERS[cl]:
        if b is None:
            b = base64.b64encode(hashlib.sha1(k["name"].encode()).digest()[:16]).decode() \
                if a == "Thread-Index" else k["buyer"][2]
        extra.append((a, b))
    if cl in ("outlook", "owa"):
        extra.append(("Content-Language", {"en": "en-US"}.get(k["loc"], k["loc"])))
    head = headers(k, addr(k["first"] + " " + k["last"], k["addr"]), addr(k["buyer"][0], k["buyer_addr"]),
                   subj, extra)
    asc = is_ascii(plain)
    if cl == "outlook":
        body = multipart(k, "alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                            leaf("text/html", render_html(k), "utf-8", "quoted-printable")])
    elif cl == "gmail":
        body = multipart(k, "alternative", [leaf("text/plain", plain, "utf-8", "7bit" if asc else "quoted-printable"),
                                            leaf("text/html", render_html(k), "utf-8", "quoted-printable")])
    elif cl == "owa":
        body = leaf("text/html", render_html(k), "utf-8", "base64")
    elif cl == "android":
        body = leaf("text/plain", plain, "utf-8", "base64")
    elif cl == "thunderbird":
        body = leaf("text/plain", plain, "utf-8", "7bit" if asc else "8bit")
    elif cl == "webmail":
        cs = "us-ascii" if asc else None
        if cs is None:
            for c in ("windows-1252", "iso-8859-2", "utf-8"):
                try:
                    plain.encode(c)
                    cs = c
                    break
                except UnicodeEncodeError:
                    pass
        body = leaf("text/plain", plain, cs, "7bit" if asc else "8bit")
    else:  # outlook_plain, iphone, apple
        body = leaf("text/plain", plain, "utf-8", "7bit" if asc else "quoted-printable")
    return head + body


def build_A(k):
    text = fill(k, k["text"])
    subj = k["subj_prefix"] + subject(k)
    extra = [("In-Reply-To", k["offer_mid"]), ("References", k["offer_mid"])]
    if k["rfc3834"]:
        extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    head = headers(k, addr(k["first"] + " " + k["last"], k["addr"]), addr(k["buyer"][0], k["buyer_addr"]),
                   subj, extra)
    return head + leaf("text/plain", text, "utf-8", "7bit" if is_ascii(text) else "quoted-printable")


def build_B(k):
    mx = "mx1." + k["domain"]
    text = fill(k, k["text"]).replace("{rcpt}", k["addr"])
    subj_map = {"postfix": "Undelivered Mail Returned to Sender",
                "exchange": "Undeliverable: " + subject(k),
                "exchange_de": "Unzustellbar: " + subject(k),
                "provider": None, "delay": "Warning: message delayed"}
    subj = subj_map.get(k["client"]) or text.split("\n")[0]
    if k["client"] == "provider":
        text = "\n".join(text.split("\n")[1:]).strip("\n")
    frm = addr("Mail Delivery System", "MAILER-DAEMON@" + mx)
    extra = [("Auto-Submitted", "auto-replied")]
    head = headers(k, frm, addr(k["buyer"][0], k["buyer_addr"]), subj, extra)
    arr = email.utils.format_datetime(k["sent_dt"])
    ds = (f"Reporting-MTA: dns; {mx}\nArrival-Date: {arr}\n\n"
          f"Final-Recipient: rfc822; {k['addr']}\nOriginal-Recipient: rfc822;{k['addr']}\n"
          f"Action: {k['action']}\nStatus: {k['status']}\n"
          f"Remote-MTA: dns; {mx}\nDiagnostic-Code: smtp; {k['diag']}\n")
    if k["action"] == "delayed":
        ds += f"Will-Retry-Until: {email.utils.format_datetime(k['sent_dt'] + timedelta(days=5))}\n"
    ds_part = ("Content-Type: message/delivery-status\r\n\r\n" + ds.replace("\n", "\r\n")).encode()
    orig = (f"From: {addr(k['buyer'][0], k['buyer_addr'])}\nTo: {k['addr']}\n"
            f"Subject: {enc_header(subject(k)).replace(chr(13), '')}\nDate: {arr}\nMessage-ID: {k['offer_mid']}\n")
    orig_part = ("Content-Type: text/rfc822-headers\r\n\r\n" + orig.replace("\n", "\r\n")).encode()
    human = leaf("text/plain", text, "utf-8", "7bit" if is_ascii(text) else "quoted-printable")
    return head + multipart(k, "report", [human, ds_part, orig_part], extra=" report-type=delivery-status;")


def build(k):
    return {"C": build_C, "A": build_A, "B": build_B}[k["type"]](k)


def label(k):
    return {"context": k["ctx"],
            "expected": {"intent": k["intent"], "price_increase": k["pi"], "terms": k["terms"]},
            "notes": k["note"]}


# ---------------------------------------------------------------- split

def split():
    groups = {}
    for k in CASES:
        groups.setdefault((k["intent"], group(k["lang"])), []).append(k["name"])
    part, start = {}, 0
    for key in sorted(groups):
        names = sorted(groups[key])
        for i, n in enumerate(names):
            part[n] = ("probe", "sealed")[(start + i) % 2]
        if len(names) % 2:
            start = 1 - start
    return part


def outputs():
    part = split()
    files = {}
    labels = {"probe": {}, "sealed": {}}
    parts = {}
    for k in CASES:
        p = part[k["name"]]
        files[f"{p}/{k['name']}.eml"] = build(k)
        labels[p][k["name"]] = label(k)
        parts[k["name"]] = {"part": p, "language": k["lang"], "client": k["client"]}
    for p in labels:
        files[f"{p}/labels.json"] = (json.dumps(labels[p], indent=2, ensure_ascii=False) + "\n").encode()
    files["parts.json"] = (json.dumps(parts, indent=2, ensure_ascii=False) + "\n").encode()
    return files


def write():
    files = outputs()
    for p in ("probe", "sealed"):
        d = os.path.join(HERE, p)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f"{p}/{f}" not in files:
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    print(f"wrote {len(CASES)} cases to {HERE}")


# ---------------------------------------------------------------- check

def _strip_html(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|li|div|pre|ul|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def check_label(name, lab, errs):
    def e(m):
        errs.append(f"{name}: {m}")
    if set(lab) != {"context", "expected", "notes"}:
        e("label keys")
        return
    c = lab["context"]
    if set(c) != {"baseline_unit_price", "currency", "last_offer"}:
        e("context keys")
    if c["baseline_unit_price"] is not None and not isinstance(c["baseline_unit_price"], float):
        e("baseline type")
    if (c["baseline_unit_price"] is None) != (c["currency"] is None):
        e("baseline and currency go together")
    if c["currency"] is not None and c["currency"] not in ISO4217:
        e("context currency")
    lo = c["last_offer"]
    if lo is not None:
        if set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
            e("last_offer keys")
        if lo["price_change_pct"] is not None and not isinstance(lo["price_change_pct"], float):
            e("last_offer pct type")
        for f in ("payment_days", "contract_months"):
            if lo[f] is not None and not isinstance(lo[f], int):
                e("last_offer int type")
    x = lab["expected"]
    if set(x) != {"intent", "price_increase", "terms"}:
        e("expected keys")
    if x["intent"] not in INTENTS:
        e("intent")
    if not isinstance(x["price_increase"], bool):
        e("price_increase type")
    t = x["terms"]
    if tuple(t) != TERM_KEYS:
        e("term keys")
    for f in ("price_change_pct", "unit_price", "rebate_pct"):
        if t[f] is not None and not isinstance(t[f], float):
            e(f"{f} type")
    for f in ("payment_days", "contract_months", "volume_units"):
        if t[f] is not None and (not isinstance(t[f], int) or isinstance(t[f], bool) or t[f] <= 0):
            e(f"{f} type")
    if t["currency"] is not None and (t["currency"] not in ISO4217 or t["unit_price"] is None):
        e("currency only with a unit_price, ISO 4217")
    stated = [f for f in TERM_KEYS if t[f] is not None]
    if x["intent"] in ("other", "reject", "auto_reply", "bounce") and stated:
        e("terms must be null for this intent")
    if x["intent"] == "counter" and not stated:
        e("counter without terms")
    p = t["price_change_pct"]
    if p is not None and ((p > 0) != x["price_increase"]) and not (p == 0 and not x["price_increase"]):
        e("sign of price_change_pct vs price_increase")
    if x["intent"] == "counter" and x["price_increase"] and p is None and t["unit_price"] is None:
        e("increase counter needs a number")
    if x["price_increase"] and x["intent"] in ("accept", "auto_reply", "bounce"):
        e("price_increase on accept/auto_reply/bounce")
    n = lab["notes"]
    if not isinstance(n, str) or not n.endswith(".") or re.search(r"[.!?;] [A-Z]", n[:-1]) or len(n) < 20:
        e("note must be one sentence")


def check_mail(rel, data, k, errs):
    def e(m):
        errs.append(f"{rel}: {m}")
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        e("non-CRLF line ending")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            e("line over 998 octets")
    hdr = data.split(b"\r\n\r\n", 1)[0]
    try:
        hdr.decode("ascii")
    except UnicodeDecodeError:
        e("8-bit header")
    texts = []
    for pol in (email.policy.compat32, email.policy.default):
        m = email.message_from_bytes(data, policy=pol)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if m[h] is None:
                e(f"missing {h}")
        for part in m.walk():
            if part.defects:
                e(f"MIME defect {part.defects}")
            if pol is email.policy.default:
                for _, v in part.items():
                    if getattr(v, "defects", None):
                        e(f"header defect {v.defects}")
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            if part.get_content_type() == "message/delivery-status":
                continue
            if pol is email.policy.compat32:
                if part.get_payload(decode=True) is None:
                    e("undecodable leaf")
            else:
                if part.get_content_maintype() == "text":
                    s = part.get_content()
                    texts.append(_strip_html(s) if part.get_content_subtype() == "html" else s)
    if k["type"] == "C":
        alltext = "\n".join(texts)
        for ln in offer_lines(k["ctx"], k["ql"]) + form_lines(k["ctx"], k["ql"]):
            if ln not in alltext:
                e(f"quoted offer line missing: {ln!r}")
    return email.message_from_bytes(data, policy=email.policy.compat32)["Message-ID"]


def check():
    errs = []
    files = outputs()
    on_disk = set()
    for p in ("probe", "sealed"):
        d = os.path.join(HERE, p)
        if os.path.isdir(d):
            on_disk |= {f"{p}/{f}" for f in os.listdir(d)}
    if os.path.exists(os.path.join(HERE, "parts.json")):
        on_disk.add("parts.json")
    for rel in sorted(on_disk - set(files)):
        errs.append(f"stray file {rel}")
    for rel in sorted(set(files) - on_disk):
        errs.append(f"missing file {rel}")
    for rel, data in files.items():
        path = os.path.join(HERE, rel)
        if os.path.exists(path):
            with open(path, "rb") as fh:
                if fh.read() != data:
                    errs.append(f"{rel} differs from a rebuild")
    byname = {k["name"]: k for k in CASES}
    mids = {}
    for rel, data in sorted(files.items()):
        if not rel.endswith(".eml"):
            continue
        name = rel.split("/")[1][:-4]
        mid = check_mail(rel, data, byname[name], errs)
        if mid in mids:
            errs.append(f"{rel}: duplicate Message-ID with {mids[mid]}")
        mids[mid] = rel
    part = split()
    parts = json.loads(files["parts.json"])
    for p in ("probe", "sealed"):
        labs = json.loads(files[f"{p}/labels.json"])
        for name, lab in labs.items():
            check_label(name, lab, errs)
            if part[name] != p or parts[name]["part"] != p:
                errs.append(f"{name}: split mismatch")
        emls = {r.split("/")[1][:-4] for r in files if r.startswith(p + "/") and r.endswith(".eml")}
        if emls != set(labs):
            errs.append(f"{p}: labels and emails differ")
    # on-disk parts.json agrees with the recomputed split
    pj = os.path.join(HERE, "parts.json")
    if os.path.exists(pj):
        with open(pj, encoding="utf-8") as fh:
            disk = json.load(fh)
        for name, v in disk.items():
            if part.get(name) != v.get("part"):
                errs.append(f"{name}: parts.json disagrees with the split")
    sizes = {p: sum(1 for v in part.values() if v == p) for p in ("probe", "sealed")}
    if abs(sizes["probe"] - sizes["sealed"]) > 1:
        errs.append(f"halves differ by more than one: {sizes}")
    for m in errs:
        print("FAIL", m)
    print(f"{len(CASES)} cases, probe {sizes['probe']}, sealed {sizes['sealed']}: "
          + ("OK" if not errs else f"{len(errs)} problems"))
    return not errs


# ---------------------------------------------------------------- stats

def table(title, rows, cols):
    out = [f"| {title} | " + " | ".join(cols) + " | total |", "|---|" + "---:|" * (len(cols) + 1)]
    tot = {c: 0 for c in cols}
    for r, counts in rows:
        out.append(f"| {r} | " + " | ".join(str(counts.get(c, 0)) for c in cols)
                   + f" | {sum(counts.values())} |")
        for c in cols:
            tot[c] += counts.get(c, 0)
    out.append("| total | " + " | ".join(str(tot[c]) for c in cols) + f" | {sum(tot.values())} |")
    return "\n".join(out)


def stats():
    part = split()
    order = ["en", "en-nn", "de", "fr", "es", "nl", "it", "pl", "pt", "sv"]
    rows = []
    for p in ("probe", "sealed"):
        c = {}
        for k in CASES:
            if part[k["name"]] == p:
                c[k["intent"]] = c.get(k["intent"], 0) + 1
        rows.append((p, c))
    print(table("part", rows, INTENTS))
    for sel in (None, "probe", "sealed"):
        rows = []
        for g in order:
            c = {}
            for k in CASES:
                if group(k["lang"]) == g and (sel is None or part[k["name"]] == sel):
                    c[k["intent"]] = c.get(k["intent"], 0) + 1
            rows.append((g, c))
        print()
        print(table(sel or "all", rows, INTENTS))
    n = len(CASES)
    print()
    ic = {i: sum(1 for k in CASES if k["intent"] == i) for i in INTENTS}
    print("by intent: " + ", ".join(f"{i} {ic[i]} ({100 * ic[i] / n:.0f} %)" for i in INTENTS))
    print("price_increase true:", sum(1 for k in CASES if k["pi"]))
    langs, clients, shapes = {}, {}, {}
    for k in CASES:
        langs[k["lang"]] = langs.get(k["lang"], 0) + 1
        clients[k["client"]] = clients.get(k["client"], 0) + 1
        s = k.get("shape", "none") if k["type"] == "C" else "none"
        shapes[s] = shapes.get(s, 0) + 1
    print("languages: " + ", ".join(f"{a} {b}" for a, b in sorted(langs.items())))
    print("clients: " + ", ".join(f"{a} {b}" for a, b in sorted(clients.items())))
    print("shapes: " + ", ".join(f"{a} {b}" for a, b in sorted(shapes.items())))
    en = sum(1 for k in CASES if k["lang"].startswith("en"))
    print(f"English (native and non-native): {en} = {100 * en / n:.0f} %")


def listing():
    part = split()
    for k in CASES:
        print(f"{k['name']:5} {k['lang']:6} {part[k['name']]:6} {k['client']:13} "
              f"{k.get('shape', '-') if k['type'] == 'C' else '-':6} {k['intent']:10} {k['note']}")


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    elif "--stats" in sys.argv:
        stats()
    elif "--list" in sys.argv:
        listing()
    else:
        write()


# ================================================================ the cases
# C(language, client, supplier's words, intent, note, t=terms, o=(pct, days, months) of the
# buyer's last offer, base=(baseline, currency) or None, pi=price_increase, shape, kind, item)
# Placeholders: {bf} buyer's first name, {co} supplier company, {me} supplier's first name,
# {item} the article in the quote's language.

# ---------------------------------------------------------------- English, native

C("en-gb", "outlook", """
Hi {bf},

Thanks for sending this over. I'll be straight with you: 6% off on top of moving to 60 days is more than this contract can carry, and I'd be misleading you if I said otherwise.

What I can put forward is 3% off the current unit price, with payment at 50 days from invoice.

Kind regards,
""", "counter", "The buyer's 6% and 60 days are named only to refuse them; the counter is 3% at 50 days.",
  t=dict(p=-3, d=50))

C("en-us", "gmail", """
{bf} -

We went back and forth on this internally. Best we can land on is two and a half percent off, and forty-five days on payment. The twelve months is fine by us.

Thanks,
""", "counter", "A counter written in words that also restates the offered 12-month term.",
  t=dict(p=-2.5, d=45, m=12), o=(-5, 60, 12))

C("en-us", "outlook_plain", """
Hello {bf},

Appreciate the patience. We can do $5.76 a unit, all in, on the same payment terms you have today. That's the number.

Regards,
""", "counter", "Only a unit price is stated, so the percent stays null and the payment remark restates nothing.",
  t=dict(u=5.76, c="USD"), base=(6.00, "USD"))

C("en-gb", "thunderbird", """
Dear {bf},

Some context first. Kraftliner has gone up about 11% since the spring and our energy bill is 18% higher than last year, so a 6% reduction is simply not realistic.

Even so, we want to keep your business. We can offer 2% off and Net 45.

Best regards,
""", "counter", "Cost increases with percentages come before the real counter of 2% at Net 45.",
  t=dict(p=-2, d=45))

C("en-ie", "gmail", """
Hi {bf},

For reference, last year's renewal gave you 3% and the year before that 2.5%. We've no room left to repeat that. This time round the most we can manage is 1.5% off.

All the best,
""", "counter", "Earlier years' discounts are history; only the 1.5% is this year's counter.",
  t=dict(p=-1.5))

C("en-us", "outlook", """
Hi {bf},

We're OK signing up for twelve months. On the rest, though: the reduction would have to be 3.5%, and we'd need to stay at Net 45.

Thanks,
""", "counter", "Accepts the offered term, changes price and keeps today's Net 45 explicitly, so all three are stated.",
  t=dict(p=-3.5, d=45, m=12), o=(-5, 60, 12))

C("en-au", "iphone", """
Hi {bf}

Bad news I'm afraid. Instead of a cut we need to put prices up 2.5% from the first of next month. Resin and freight have both jumped.

Cheers
""", "counter", "An increase with a number is a counter with price_increase.",
  t=dict(p=2.5), pi=True)

C("en-ca", "outlook", """
Good morning {bf},

A few things so we're on the same page: the minimum run stays at 5,000 pieces and lead time is still 12 working days.

On your proposal, we can go to 4% off and Net 55.

Thank you,
""", "counter", "Minimum run and lead time are not terms; the counter is 4% at Net 55.",
  t=dict(p=-4, d=55))

C("en-gb", "owa", """
Hello {bf},

We can offer £3.04 per unit excluding VAT (VAT at 20% will be added as usual). Sixty days payment is fine with us.

Kind regards,
""", "counter", "A unit price in pounds with VAT beside it, plus a restated 60-day term.",
  t=dict(u=3.04, c="GBP", d=60), base=(3.20, "GBP"))

C("en-us", "gmail", """
Hi {bf},

A straight price cut isn't something we can do this year. What we'd offer instead is a 2% year-end rebate if you commit to 150,000 units over the year.

Let me know,
""", "counter", "Refuses a price cut and offers a rebate against a committed volume.",
  t=dict(r=2, v=150000))

C("en-gb", "outlook_plain", """
Hi {bf},

We can meet you at 5%, Net 45.

Best,
""", "counter", "The signature carries an on-time rate, a certification year and a founding year that are not terms.",
  t=dict(p=-5, d=45), sig="""{me}
Account Director, {co}
ISO 9001 certified since 2009 | 98.7% on-time delivery in 2024
Family owned since 1962""")

C("en-gb", "gmail", """
Dear {bf},

Three percent and 45 days is where we can be. Happy to put that in writing.

Regards,
""", "counter", "A short counter above a legal footer full of registration and VAT numbers.",
  t=dict(p=-3, d=45), sig="""{me}
{co}
Registered in England and Wales No. 04417735. Registered office: Unit 7, Fenmoor Trading Estate, Ely CB7 4PL.
VAT No. GB 318 4470 21. This email and any attachments are confidential.""")

C("en-us", "thunderbird", """
{bf}, answers inline.
""", "counter", "Inline answers: a new price under the price line and a bare Fine under the payment line, which fills nothing.",
  t=dict(p=-4), shape="inline", inline={"price": "Can't do 6. We'd do 4.", "days": "Fine."})

C("en-ie", "thunderbird", """
Thanks {bf}. We could offer 3% if the contract runs 24 months rather than 12.

Regards,
""", "counter", "Bottom-posted counter trading a longer term for a smaller cut.",
  t=dict(p=-3, m=24), o=(-4, 60, 12), shape="bottom")

C("en-ca", "gmail", """
Hi {bf},

Taking your 4%, but we'd need Net 45 on payment, not 60.

Thanks,
""", "counter", "Accepts the offered percent and changes payment, so it is a counter with both terms.",
  t=dict(p=-4, d=45), o=(-4, 60, 12))

C("en-us", "outlook", """
Hi {bf},

Honestly, your earlier proposal suited us better. We're happy to go with what you sent the first time round: 5% off at 45 days, and no fixed term.

Thanks,
""", "counter", "Accepts an earlier offer whose numbers differ from the last one, so it is a counter.",
  t=dict(p=-5, d=45), o=(-4, 60, 12))

C("en-au", "gmail", """
Hi {bf},

Sorry for the slow reply, it's been a mad fortnight. 3% at Net 50 and we're done.

Cheers,
""", "counter", "A counter answering a reminder.", t=dict(p=-3, d=50), kind="reminder")

C("en-gb", "outlook", """
Dear {bf},

Confirmed on our side: 4% off the unit price, payment at 60 days, and a 12-month agreement.

Kind regards,
""", "accept", "An acceptance that restates the offer's own numbers exactly.",
  t=dict(p=-4, d=60, m=12), o=(-4, 60, 12))

C("en-us", "iphone", """
Deal. Go ahead and send the paperwork.
""", "accept", "A two-line acceptance from a phone.", o=(-5, 50, 12))

C("en-us", "gmail", """
Hi {bf},

We've had a think and we'll take it. Please send an updated PO with the new price so it applies from the next delivery.

Best,
""", "accept", "A plain acceptance without numbers.", o=(-4, 55, 12))

C("en-au", "outlook", """
Morning {bf},

Even with the pulp index up six points since January, we'll accept your 3%. Let's get it done.

Regards,
""", "accept", "A market index is context; the acceptance restates the offered 3%.",
  t=dict(p=-3), o=(-3, 55, None))

C("en-ca", "thunderbird", """
Agreed on all points. Thanks for working through this with us.

{me}
""", "accept", "A bottom-posted acceptance.", shape="bottom", o=(-4, 50, 12), sig=False)

C("en-gb", "outlook_plain", """
Hi {bf},

Yes, we accept. The new price will show from the next order; lead time stays at ten working days as now.

Thanks,
""", "accept", "An acceptance that mentions a lead time, which is never a term.", o=(-5, 60, 12))

C("en-ie", "gmail", """
Hi {bf},

OK - we'll go with that. Thanks for meeting us halfway.

Best wishes,
""", "accept", "A short acceptance of a counter offer.", o=(-3, 50, 12))

C("en-us", "outlook", """
Hi {bf},

A 6% cut together with 60-day terms isn't workable for us. We'll have to stay at current pricing and the terms we have today.

Regards,
""", "reject", "The buyer's numbers are repeated only to turn them down and nothing is proposed.")

C("en-gb", "gmail", """
Dear {bf},

Board prices are up 14% year on year and wages went up 6% in April. I'm afraid we can't offer any reduction this time.

Kind regards,
""", "reject", "Cost increases with numbers, no counter and no ask for more money.")

C("en-au", "outlook_plain", """
Hi {bf},

Thanks, but no. If anything we'll be writing to all customers about a price adjustment later this year.

Regards,
""", "reject", "A decline that announces an unquantified increase.", pi=True)

C("en-us", "thunderbird", """
{bf},

After some discussion we've decided not to quote for the renewal. We'll keep supplying the current orders until the contract ends.

Thanks for the opportunity,
""", "reject", "The supplier walks away from the renewal.", o=(-4, 60, 12))

C("en-ca", "gmail", """
Hi {bf},

Even the 3% we talked about last spring isn't doable any more, never mind 6. We're staying where we are.

Sorry,
""", "reject", "An earlier percent and the buyer's percent are both refused.")

C("en-gb", "outlook", """
Hi {bf},

I'm comfortable with 4% and Net 50 personally, but anything over a certain value has to go past our MD, and she's away until Thursday. I'll confirm once she's seen it.

Best,
""", "other", "Terms the writer likes but cannot confirm until the managing director signs off.",
  o=(-4, 50, 12))

C("en-us", "outlook_plain", """
Hi {bf},

We can do the 6% on the plain brown 400x300 cartons. The printed range has to stay at today's price.

Thanks,
""", "other", "Accepts for a subset of the articles only; the carton size is not a number to read.",
  item="cartons")

C("en-ie", "iphone", """
Hi {bf}, 60 days is fine. The price we need to think about, I'll come back to you by Friday.
""", "other", "Accepts one term while the price remains open.")

C("en-gb", "gmail", """
Dear {bf},

We're agreeable to the 4%, provided the contract includes a paper-index clause reviewed every quarter. Can you confirm that's acceptable?

Regards,
""", "other", "An acceptance conditional on an index clause, which is outside the levers.",
  o=(-4, 60, 12))

C("en-us", "outlook", """
Hi {bf},

We're fine with the terms. One thing: our bank details change from 1 March, so please update your vendor record before the next payment. New account: Pinewood Federal, routing 059900417, account 4471 0092 338.

Thanks,
""", "other", "An acceptance combined with a bank-detail change, which a human must check.",
  o=(-5, 50, 12))

C("en-gb", "outlook", """
Graham,

They're asking for 6% and Net 60. I'd offer 3% and hold 45 days, but it's your call. Don't send this on to them as is.

{me}
""", "other", "An internal note sent to the buyer by mistake that quotes the buyer's numbers and a draft position.",
  sig=False)

C("en-au", "gmail", """
Hi {bf},

Thanks for the proposal. We're going through it with our finance team this week and will come back to you early next week.

Cheers,
""", "other", "Thanks for the offer and a promise to answer later.")

C("en-us", "gmail", """
Hey {bf},

So we're agreed on 4% and Net 60 then? Just want to be sure before I tell the plant.

Thanks
""", "other", "An acceptance written as a question is left for a human.", o=(-4, 60, 12))

C("en-ca", "iphone", """
{bf} - we could probably live with that. Let me check with production and I'll confirm.
""", "other", "A tentative yes that still needs a check.", o=(-3, 50, 12))

C("en-gb", "thunderbird", """
Hello {bf},

Realistically, somewhere between 2 and 3 percent is where we'd end up. Happy to talk it through.

Best regards,
""", "other", "A range, not a single counter.")

C("en-us", "outlook_plain", """
Hi {bf},

Two ways we could do this: 3% at Net 45, or 2% at Net 60. Your pick.

Thanks,
""", "other", "Two alternative packages, which a human must choose between.")

A("en-gb", """
Thank you for your email. I am out of the office until Monday 14 April with limited access to email.

For urgent orders please call the sales desk on 0161 496 0321 or write to orders@{domain}.

Kind regards,
{me}
""", "An out-of-office with a return date and a phone number.")

A("en-us", """
This mailbox is no longer monitored. Please send all correspondence to accounts@{domain}. Your message has not been forwarded.
""", "A no-longer-monitored notice without RFC 3834 headers.", subj_prefix="Re: ", rfc3834=False)

B("en-us", "postfix", """
This is the mail system at host mx1.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
""", "A Postfix bounce for an unknown recipient.")

B("en-gb", "exchange", """
Your message to {rcpt} couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Remote server returned '552 5.2.2 Mailbox full'
""", "An Exchange-style non-delivery report for a full mailbox.", status="5.2.2", diag="552 5.2.2 Mailbox full")

# ---------------------------------------------------------------- English, non-native

C("en-in", "outlook", """
Dear {bf} ji,

Greetings from {co}.

Kindly note that 6% reduction is not possible for us as our margin on this item is only 8% after the recent kraft paper hike. However, considering our long association we can offer 2.5% discount and payment 45 days.

Hope this is in order.

Thanks & Regards,
""", "counter", "A margin figure and the refused 6% precede the counter of 2.5% at 45 days.",
  t=dict(p=-2.5, d=45))

C("en-cn", "outlook_plain", """
Dear {bf},

Thanks for your mail. After discuss with our boss, price we can give is USD 2.21/pc, same FOB Ningbo as now. Payment 30 days after B/L.

Best regards,
""", "counter", "A unit price in dollars and a payment term, with the incoterm unchanged.",
  t=dict(u=2.21, c="USD", d=30), base=(2.35, "USD"))

C("en-de", "gmail", """
Hello {bf},

your 6 % is too much for us. We offer 3 % and a contract for 12 months.

Best regards
""", "counter", "Refuses the offered percent and proposes a smaller cut with a 12-month term.",
  t=dict(p=-3, m=12))

C("en-tr", "outlook", """
Dear {bf},

Unfortunately because of the energy costs and the exchange rate we must increase our price 4% starting next month. We hope for your understanding.

Best regards,
""", "counter", "A non-native increase with a number.", t=dict(p=4), pi=True)

C("en-pl", "thunderbird", """
Hello {bf},

We accept 60 days payment. For price, 2% is our maximum.

Regards,
""", "counter", "Accepts the payment term and counters the price, so both are stated.",
  t=dict(d=60, p=-2))

C("en-it", "gmail", """
Dear {bf},

we cannot decrease the price this year, but we can keep it fixed for 18 months without any increase.

Kind regards
""", "counter", "A price freeze for 18 months is a counter with a zero price change.",
  t=dict(p=0, m=18))

C("en-br", "iphone", """
Hi {bf}, we can do 3,5% discount with 50 days. Is good for you?
""", "counter", "A decimal comma in a percent from a Brazilian writer in English.",
  t=dict(p=-3.5, d=50))

C("en-es", "outlook", """
Hello {bf},

Ok for the 12 months, but the discount is 2%, not 4%.

Regards,
""", "counter", "Keeps the offered term and names the buyer's 4% only to replace it.",
  t=dict(p=-2, m=12), o=(-4, 60, 12))

C("en-in", "gmail", """
Dear {bf},

We are pleased to accept your offer of 5% reduction and 50 days payment for a period of 12 months. Kindly share the revised PO at the earliest.

Warm regards,
""", "accept", "An acceptance restating every number of the offer.",
  t=dict(p=-5, d=50, m=12), o=(-5, 50, 12))

C("en-de", "outlook_plain", """
Hello {bf},

ok, we agree. New price valid from 1.3.

Best regards
""", "accept", "A terse acceptance with a start date that is not a term.", o=(-4, 55, 12))

C("en-cn", "gmail", """
Dear {bf},

We agree with your proposal. Thanks for the cooperation and looking forward to next order.

Best regards,
""", "accept", "A plain acceptance from a Chinese supplier.", o=(-3, 50, 12))

C("en-nl", "gmail", """
Hi {bf},

6% and 60 days, both no. We stay with the current conditions.

Regards,
""", "reject", "The buyer's numbers repeated to refuse them, with no counter.")

C("en-tr", "outlook_plain", """
Dear {bf},

Sorry, we cannot give any reduction this year. Our costs are increased 22% since last year.

Best regards,
""", "reject", "A cost increase is named, but no price increase is asked for.")

C("en-in", "outlook", """
Dear {bf},

With reference to your mail, we regret to inform you that we are unable to accept the revised terms. Our prices are already the lowest in the segment.

Thanks & Regards,
""", "reject", "A formal Indian-English decline.", o=(-4, 60, 12))

C("en-cn", "outlook", """
Dear {bf},

If the quantity is 300,000 pcs per year, can the 6% apply? Or is it only for 120,000 pcs? Please confirm the quantity so we can check.

Best regards,
""", "other", "Quantities inside a question are not a committed volume.")

C("en-de", "gmail", """
Hello {bf},

in principle yes, but I need the OK from our Geschäftsführer first. He is back on Monday.

Best regards
""", "other", "An in-principle yes that waits for the managing director.", o=(-4, 50, 12))

C("en-it", "outlook_plain", """
Dear {bf},

For me the proposal is fine, but our head office in Milan must approve every contract change. I will send it to them today and tell you.

Best regards
""", "other", "Acceptance pending head-office approval.", o=(-3, 55, 12))

C("en-br", "gmail", """
Hi {bf},

We accept the 4% if you pay 30% of each order in advance. Otherwise it is not possible.

Regards,
""", "other", "An acceptance conditional on prepayment, a condition outside the levers.",
  o=(-4, 60, 12))

C("en-pl", "outlook", """
Hello {bf},

Our discount depends on the volume:
- up to 100k pcs per year: 2%
- 100k to 250k pcs: 3.5%
- above 250k pcs: 5%
Please tell us which volume you plan.

Regards,
""", "other", "A tier table offers several alternatives rather than one counter.")

C("en-in", "thunderbird", """
Dear {bf},

We accept the 6% for the brown RSC cartons only. For printed cartons the price will remain same because of plate cost.

Regards,
""", "other", "Acceptance for a different article than the whole offer.", item="cartons")

# ---------------------------------------------------------------- German

C("de", "outlook", """
Guten Tag Frau Whitfield,

6 % sind bei den aktuellen Rohstoffpreisen leider nicht drin. Anbieten können wir Ihnen 3 % Nachlass bei einem Zahlungsziel von 45 Tagen.

Mit freundlichen Grüßen
""", "counter", "Die verlangten 6 % werden nur abgelehnt, das Gegenangebot ist 3 % bei 45 Tagen.",
  t=dict(p=-3, d=45))

C("de", "gmail", """
Hallo {bf},

nach Rücksprache mit dem Vertrieb: zweieinhalb Prozent und fünfzig Tage Zahlungsziel, mehr geht nicht.

Viele Grüße
""", "counter", "Ein Gegenangebot in Worten.", t=dict(p=-2.5, d=50))

C("de", "outlook_plain", """
Sehr geehrte Damen und Herren,

wir bieten Ihnen künftig 0,88 EUR je Stück an, alle übrigen Konditionen bleiben wie gehabt.

Freundliche Grüße
""", "counter", "Nur ein Stückpreis wird genannt, die übrigen Konditionen bleiben unerwähnt.",
  t=dict(u=0.88, c="EUR"), base=(0.92, "EUR"))

C("de", "thunderbird", """
Hallo {bf},

beim Preis kommen wir Ihnen mit 3 % entgegen. Zahlung wie bisher wahlweise 14 Tage 2 % Skonto oder 45 Tage netto.

Gruß
""", "counter", "Skonto gibt die Nettotage an, also 45 Tage, neben 3 % Nachlass.",
  t=dict(p=-3, d=45))

C("de", "outlook", """
Sehr geehrte Frau Anand,

statt einer Senkung müssen wir aufgrund der gestiegenen Papier- und Energiekosten den Preis zum 1. Juli um 3,5 % anheben.

Mit freundlichen Grüßen
""", "counter", "Eine Preiserhöhung mit Zahl ist ein Gegenangebot mit price_increase.",
  t=dict(p=3.5), pi=True)

C("de-at", "gmail", """
Grüß Gott {bf},

eine Preissenkung können wir nicht darstellen. Wir bieten stattdessen eine Rückvergütung von 2 % am Jahresende, wenn Sie 200.000 Stück im Jahr abnehmen.

Liebe Grüße
""", "counter", "Rückvergütung gegen eine zugesagte Jahresmenge statt Preissenkung.",
  t=dict(r=2, v=200000))

C("de-ch", "outlook", """
Grüezi {bf}

Wir können Ihnen CHF 3.02 pro Stück offerieren. Die 60 Tage Zahlungsfrist sind für uns in Ordnung.

Freundliche Grüsse
""", "counter", "Ein Stückpreis in Franken und das wiederholte Zahlungsziel.",
  t=dict(u=3.02, c="CHF", d=60), base=(3.15, "CHF"))

C("de-at", "outlook_plain", """
Sehr geehrte Frau Whitfield,

die 12 Monate Laufzeit passen für uns. Beim Preis gehen wir allerdings nur auf minus 3,5 %.

Mit besten Grüßen
""", "counter", "Bestätigt die Laufzeit und setzt beim Preis einen eigenen Wert.",
  t=dict(p=-3.5, m=12), o=(-5, 60, 12))

C("de", "gmail", """
Hallo {bf},

Sie schreiben 60 Tage – das geht bei uns nicht, 45 Tage ist unser Standard für alle Kunden. Die 4 % Nachlass akzeptieren wir.

Viele Grüße
""", "counter", "Die 60 Tage werden zitiert und abgelehnt, die 4 % angenommen, also zählen 4 % und 45 Tage.",
  t=dict(p=-4, d=45), o=(-4, 60, 12))

C("de", "thunderbird", """
Guten Tag,

unsere Preise verstehen sich netto zzgl. 19 % MwSt., die Lieferzeit beträgt derzeit drei Wochen. Preislich können wir 2 % nachgeben.

Freundliche Grüße
""", "counter", "MwSt. und netto im Sinne von ohne Steuer sind keine Konditionen, nur die 2 % sind es.",
  t=dict(p=-2))

C("de", "outlook", """
Sehr geehrte Frau Whitfield,

einverstanden mit minus 4 %, 60 Tagen Zahlungsziel und einer Laufzeit von 12 Monaten.

Mit freundlichen Grüßen
""", "accept", "Eine Annahme, die alle Werte des Angebots wiederholt.",
  t=dict(p=-4, d=60, m=12), o=(-4, 60, 12))

C("de", "iphone", """
Passt so, wir sind einverstanden.
""", "accept", "Kurze Annahme vom Telefon.", o=(-3, 50, 12))

C("de-at", "outlook_plain", """
Sehr geehrter Herr Berglund,

geht in Ordnung. Die neuen Preise gelten ab der nächsten Lieferung.

Mit freundlichen Grüßen
""", "accept", "Eine Annahme ohne Zahlen.", o=(-4, 55, 12))

C("de", "thunderbird", """
Hallo {bf}, meine Antworten stehen unten im Text.
""", "accept", "Unter jeder zitierten Zeile steht nur Einverstanden, das füllt keine Werte.",
  shape="inline", o=(-4, 50, 12),
  inline={"price": "Einverstanden.", "days": "Einverstanden.", "months": "Auch einverstanden."})

C("de", "gmail", """
Guten Tag {bf},

eine Senkung um 6 % bei gleichzeitig 60 Tagen Zahlungsziel können wir nicht darstellen. Wir bleiben bei den aktuellen Konditionen.

Freundliche Grüße
""", "reject", "Die Zahlen des Käufers werden nur abgelehnt.")

C("de-ch", "outlook", """
Grüezi {bf}

Leider nein. Wir haben unsere Preise seit 2022 nicht erhöht, obwohl der Karton seither 17 % teurer geworden ist. Weiter runter können wir nicht.

Freundliche Grüsse
""", "reject", "Jahreszahl und Kostensteigerung sind Kontext, es gibt kein Gegenangebot.")

C("de", "outlook_plain", """
Sehr geehrte Damen und Herren,

eine Senkung ist ausgeschlossen. Zum Jahreswechsel werden wir die Preise ohnehin anpassen müssen, dazu erhalten Sie gesondert Post.

Mit freundlichen Grüßen
""", "reject", "Eine Absage, die eine Erhöhung ohne Zahl ankündigt.", pi=True)

C("de", "outlook", """
Hallo {bf},

grundsätzlich ja – ich muss das aber noch mit unserer Geschäftsführung abstimmen, bevor ich verbindlich zusagen kann.

Viele Grüße
""", "other", "Grundsätzliche Zustimmung, die noch von der Geschäftsführung abhängt.", o=(-4, 50, 12))

C("de", "gmail", """
Hallo {bf},

mit den 60 Tagen können wir leben. Über den Preis müssen wir intern noch sprechen, ich melde mich Anfang nächster Woche.

Grüße
""", "other", "Eine Kondition angenommen, der Preis bleibt offen.")

C("de", "outlook", """
Hallo Stefan,

die wollen 6 % und 60 Tage. Mein Vorschlag wäre 2 % und wir bleiben bei 45 Tagen. Bitte nicht so rausschicken, ich will das vorher mit dir besprechen.

{me}
""", "other", "Eine interne Notiz, versehentlich an den Käufer geschickt, mit dessen Zahlen und einem Entwurf.",
  sig=False)

C("de-at", "thunderbird", """
Guten Tag,

einverstanden, sofern wir eine Preisgleitklausel auf Basis des Altpapierindex vereinbaren, die halbjährlich überprüft wird.

Mit freundlichen Grüßen
""", "other", "Annahme unter einer Indexklausel außerhalb der Hebel.", o=(-4, 60, 12))

C("de", "outlook_plain", """
Sehr geehrte Frau Whitfield,

alles klar, so machen wir es. Bitte beachten Sie unsere neue Bankverbindung ab sofort: Talbrücker Volksbank, IBAN DE12 5009 9900 0123 4567 89.

Mit freundlichen Grüßen
""", "other", "Annahme zusammen mit einer geänderten Bankverbindung.", o=(-5, 50, 12))

C("de-ch", "gmail", """
Grüezi {bf}

Einverstanden, allerdings liefern wir künftig ab Werk (EXW) statt franko Domizil.

Freundliche Grüsse
""", "other", "Annahme mit einem Lieferwechsel auf ab Werk, einer Bedingung außerhalb der Hebel.",
  o=(-4, 55, 12))

A("de", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter +49 30 5550 1840.

Mit freundlichen Grüßen
{me}
""", "Eine Abwesenheitsnotiz mit Datum und Telefonnummer.", subj_prefix="Abwesend: ")

A("de", """
Sehr geehrte Kundin, sehr geehrter Kunde,

unser Betrieb bleibt vom 23.12. bis einschließlich 6.1. geschlossen. Ab dem 7.1. sind wir wieder für Sie da.

Ihr Team von {co}
""", "Eine Betriebsurlaubsmeldung ohne RFC-3834-Kopfzeilen.", subj_prefix="AW: ", rfc3834=False)

B("de", "exchange_de", """
Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

Die E-Mail-Adresse des Empfängers wurde nicht gefunden. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut.

Diagnoseinformationen für Administratoren:
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound' zurückgegeben
""", "Ein deutscher Exchange-Unzustellbarkeitsbericht.", status="5.1.10",
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound")

# ---------------------------------------------------------------- French

C("fr", "outlook", """
Bonjour Madame Whitfield,

Une baisse de 6 % n'est malheureusement pas envisageable compte tenu de nos coûts. Nous pouvons aller jusqu'à 2,5 %, avec un paiement à 45 jours fin de mois.

Bien cordialement,
""", "counter", "Les 6 % demandés sont refusés, la contre-proposition est 2,5 % à 45 jours fin de mois.",
  t=dict(p=-2.5, d=45))

C("fr", "gmail", """
Bonjour {bf},

Après réflexion, nous pouvons vous accorder trois pour cent, avec un règlement à cinquante jours.

Cordialement,
""", "counter", "Une contre-proposition écrite en toutes lettres.", t=dict(p=-3, d=50))

C("fr", "outlook_plain", """
Madame, Monsieur,

Nous vous proposons un prix de 5,15 € HT l'unité, TVA à 20 % en sus. Les autres conditions restent inchangées.

Salutations distinguées,
""", "counter", "Seul le prix unitaire est énoncé, la TVA n'est pas une condition.",
  t=dict(u=5.15, c="EUR"), base=(5.40, "EUR"))

C("fr", "thunderbird", """
Bonjour,

Au lieu d'une baisse, nous sommes contraints d'appliquer une hausse de 2 % au 1er avril, en raison de l'envolée du prix de la pâte.

Cordialement,
""", "counter", "Une hausse chiffrée est une contre-proposition avec price_increase.",
  t=dict(p=2), pi=True)

C("fr", "gmail", """
Bonjour {bf},

D'accord pour un contrat de 12 mois, mais la remise sera de 3 % et non de 5 %.

Bien à vous,
""", "counter", "Le contrat est accepté et les 5 % de l'acheteur ne sont cités que pour être remplacés.",
  t=dict(p=-3, m=12), o=(-5, 60, 12))

C("fr", "outlook", """
Bonjour Madame Anand,

Plutôt qu'une baisse de prix, nous vous proposons une remise de fin d'année de 1,5 % pour un engagement de 90 000 unités sur l'année.

Cordialement,
""", "counter", "Une remise de fin d'année contre un volume engagé.", t=dict(r=1.5, v=90000))

C("fr", "iphone", """
Bonjour {bf}, pour mémoire l'an dernier nous avions accordé 2 %. Cette année nous pouvons faire 3,5 %, et 60 jours nous conviennent.
""", "counter", "La remise de l'an dernier est de l'histoire, seuls 3,5 % et 60 jours comptent.",
  t=dict(p=-3.5, d=60))

C("fr", "outlook_plain", """
Bonjour,

Finalement votre première proposition nous convenait mieux : nous acceptons 5 % à 45 jours, sans durée d'engagement.

Cordialement,
""", "counter", "Accepter une offre antérieure aux chiffres différents est une contre-proposition.",
  t=dict(p=-5, d=45), o=(-4, 60, 12))

C("fr", "outlook", """
Madame, Monsieur,

Bon pour accord : baisse de 4 %, paiement à 60 jours et contrat de 12 mois.

Cordialement,
""", "accept", "Une acceptation qui reprend exactement les chiffres de l'offre.",
  t=dict(p=-4, d=60, m=12), o=(-4, 60, 12))

C("fr", "gmail", """
Bonjour {bf},

C'est d'accord pour nous. Merci pour ces échanges.

Bonne journée,
""", "accept", "Une acceptation courte.", o=(-3, 50, 12))

C("fr", "thunderbird", """
Bonjour,

Nous acceptons vos conditions. La nouvelle grille tarifaire s'appliquera dès la prochaine commande.

Cordialement,
""", "accept", "Une acceptation sans chiffres.", o=(-5, 55, 12))

C("fr", "outlook_plain", """
Madame, Monsieur,

Nous ne sommes pas en mesure de consentir ni les 6 % ni les 60 jours. Nous maintenons nos conditions actuelles.

Salutations distinguées,
""", "reject", "Les chiffres de l'acheteur sont repris uniquement pour les refuser.")

C("fr", "gmail", """
Bonjour {bf},

Nos coûts de production ont progressé de 9 % cette année et nous ne pouvons pas baisser nos prix. Désolé de ne pas avoir de meilleure nouvelle.

Cordialement,
""", "reject", "Une hausse des coûts chiffrée sans demande de hausse ni contre-proposition.")

C("fr", "outlook", """
Bonjour {bf},

Sur le principe, cela nous va, mais je dois avoir l'aval de ma direction avant de vous confirmer quoi que ce soit.

Cordialement,
""", "other", "Un accord de principe en attente de la direction.", o=(-4, 50, 12))

C("fr", "thunderbird", """
Bonjour,

D'accord pour les 4 %, à condition que chaque commande fasse l'objet d'un acompte de 30 % à la commande.

Cordialement,
""", "other", "Une acceptation soumise à un acompte, condition hors des leviers.", o=(-4, 60, 12))

C("fr", "gmail", """
Bonjour {bf},

D'accord pour les 6 % sur les références standard. Pour les références imprimées, le tarif actuel reste en vigueur.

Cordialement,
""", "other", "Une acceptation limitée à une partie des articles.")

C("fr", "iphone", """
Donc on part sur 4 % et 60 jours, c'est bien ça ? Je préviens l'usine dès que vous me confirmez.
""", "other", "Une acceptation formulée comme une question.", o=(-4, 60, 12))

C("fr", "outlook_plain", """
Madame, Monsieur,

Nous acceptons votre proposition. Merci de noter que nos coordonnées bancaires changent : nouveau RIB ci-joint, IBAN FR76 3000 4099 0100 0123 4567 890.

Cordialement,
""", "other", "Une acceptation accompagnée d'un changement de coordonnées bancaires.", o=(-5, 50, 12))

A("fr", """
Bonjour,

Je suis absente du bureau jusqu'au 3 novembre inclus. Pour toute demande urgente, merci de contacter le service commercial au 01 84 88 20 17.

Cordialement,
{me}
""", "Un message d'absence avec une date de retour et un téléphone.", subj_prefix="Absence : ")

B("fr", "provider", """
Échec de la remise du message
Bonjour,

Ce message vous est envoyé par le serveur de messagerie. Votre message n'a pas pu être remis au destinataire suivant : {rcpt}

Raison : la boîte aux lettres n'existe pas.
""", "Un avis de non-remise d'un fournisseur de messagerie, en français.")

# ---------------------------------------------------------------- Spanish

C("es", "outlook", """
Buenos días, {bf}:

El 6 % no es posible para nosotros con los precios actuales del papel. Podemos ofrecer un 3 % de descuento y pago a 45 días.

Un saludo,
""", "counter", "El 6 % se cita solo para rechazarlo y la contraoferta es 3 % a 45 días.",
  t=dict(p=-3, d=45))

C("es-mx", "gmail", """
Hola {bf}:

Le podemos dejar la pieza en $61.90 pesos más IVA, con las mismas condiciones de pago.

Saludos,
""", "counter", "Un precio unitario en pesos mexicanos, y el IVA no es una condición.",
  t=dict(u=61.90, c="MXN"), base=(64.50, "MXN"))

C("es", "outlook_plain", """
Estimados señores:

Tras revisarlo, podemos hacer un dos por ciento y pago a sesenta días.

Atentamente,
""", "counter", "Una contraoferta escrita en palabras.", t=dict(p=-2, d=60))

C("es", "thunderbird", """
Hola,

Lamentablemente, en lugar de una rebaja tendremos que aplicar un aumento del 3 % a partir del próximo trimestre.

Saludos,
""", "counter", "Un aumento con cifra es una contraoferta con price_increase.", t=dict(p=3), pi=True)

C("es", "gmail", """
Hola {bf}:

Aceptamos los 12 meses, pero la rebaja sería del 2,5 %, no del 4 %.

Un saludo,
""", "counter", "Acepta el plazo de contrato y sustituye el 4 % del comprador por 2,5 %.",
  t=dict(p=-2.5, m=12), o=(-4, 60, 12))

C("es", "outlook", """
Buenas tardes:

No podemos bajar el precio, pero sí ofrecerles una bonificación anual del 2 % si se comprometen a 120.000 unidades al año.

Atentamente,
""", "counter", "Una bonificación anual a cambio de un volumen comprometido.", t=dict(r=2, v=120000))

C("es", "iphone", """
{bf}, en 2023 les hicimos un 4 % y en 2024 un 2 %. Este año lo máximo es un 1,5 %.
""", "counter", "Los descuentos de años anteriores no cuentan, solo el 1,5 % de este año.",
  t=dict(p=-1.5))

C("es-ar", "gmail", """
Hola {bf}, ¿cómo estás?

Podemos hacer un 4 % con pago a 30 días. Con 60 días no nos da la financiación.

Saludos,
""", "counter", "Rechaza los 60 días del comprador y propone 4 % a 30 días.", t=dict(p=-4, d=30))

C("es", "outlook", """
Estimados señores:

Confirmamos: rebaja del 5 %, pago a 50 días y contrato de 12 meses.

Atentamente,
""", "accept", "Una aceptación que repite exactamente las cifras de la oferta.",
  t=dict(p=-5, d=50, m=12), o=(-5, 50, 12))

C("es", "outlook_plain", """
Hola {bf}:

De acuerdo, aceptamos. Quedamos a la espera del nuevo pedido.

Un saludo,
""", "accept", "Una aceptación breve.", o=(-3, 55, 12))

C("es-mx", "iphone", """
Perfecto, adelante con la propuesta. Gracias.
""", "accept", "Una aceptación desde el teléfono.", o=(-4, 50, 12))

C("es", "gmail", """
Hola {bf}:

Ni el 6 % ni los 60 días son viables para nosotros. Mantenemos las condiciones actuales.

Saludos,
""", "reject", "Las cifras del comprador solo aparecen para rechazarlas.")

C("es", "thunderbird", """
Buenos días:

Tras estudiarlo con dirección, hemos decidido no continuar con la renovación. Seguiremos atendiendo los pedidos en curso.

Atentamente,
""", "reject", "El proveedor se retira de la renovación.", o=(-4, 60, 12))

C("es", "outlook", """
Hola {bf}:

En principio nos parece bien, pero necesito el visto bueno de gerencia antes de confirmarlo por escrito.

Un saludo,
""", "other", "Aceptación pendiente de la aprobación de gerencia.", o=(-4, 50, 12))

C("es", "gmail", """
Hola {bf}:

A 60 días sin problema. El precio lo tengo que consultar y te digo algo esta semana.

Saludos,
""", "other", "Acepta un término y deja el precio abierto.")

C("es", "outlook_plain", """
Estimados señores:

Aceptamos la rebaja del 4 % siempre que nos concedan la exclusividad del suministro durante la vigencia del contrato.

Atentamente,
""", "other", "Aceptación condicionada a exclusividad, fuera de las palancas.", o=(-4, 60, 12))

C("es-mx", "outlook", """
Hola {bf}:

Aceptamos, con la condición de un pedido mínimo de 20,000 piezas por orden.

Saludos,
""", "other", "Aceptación condicionada a un pedido mínimo, que no es un término.", o=(-3, 50, 12))

C("es", "outlook", """
Raúl:

Nos piden un 6 % y 60 días. Yo les daría un 2 % y mantendría 45 días. Dime algo antes de contestarles.

{me}
""", "other", "Nota interna enviada por error al comprador con sus cifras y un borrador.", sig=False)

A("es", """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 21 de agosto. Para asuntos urgentes, escriba a pedidos@{domain} o llame al 961 555 204.

Un saludo,
{me}
""", "Una respuesta automática de vacaciones con fecha y teléfono.", subj_prefix="Respuesta automática: ")

B("es", "provider", """
No se ha podido entregar el mensaje
Hola,

Este es un mensaje automático del sistema de correo. No se ha podido entregar su mensaje a {rcpt} porque el buzón del destinatario está lleno.

Vuelva a intentarlo más tarde.
""", "Un aviso de no entrega en español por buzón lleno.", status="5.2.2", diag="552 5.2.2 Mailbox full")

# ---------------------------------------------------------------- Dutch

C("nl", "outlook", """
Beste {bf},

6% kunnen we niet waarmaken. Wij bieden 2,5% korting en een betalingstermijn van 45 dagen.

Met vriendelijke groet,
""", "counter", "De gevraagde 6% wordt afgewezen, het tegenbod is 2,5% bij 45 dagen.", t=dict(p=-2.5, d=45))

C("nl-be", "gmail", """
Dag {bf},

Akkoord met de 12 maanden, maar de korting wordt anderhalve procent.

Groeten,
""", "counter", "Een tegenbod in woorden met een bevestigde looptijd.", t=dict(p=-1.5, m=12), o=(-4, 60, 12))

C("nl", "thunderbird", """
Hallo {bf},

Vorig jaar hebben we al 3% gegeven. Dit jaar kunnen we 2% doen, tegen een jaarafname van 80.000 stuks.

Groet,
""", "counter", "De korting van vorig jaar telt niet, wel 2% en de toegezegde jaarafname.",
  t=dict(p=-2, v=80000))

C("nl", "outlook_plain", """
Beste {bf},

Prima, we gaan akkoord met uw voorstel.

Met vriendelijke groet,
""", "accept", "Een korte Nederlandse aanvaarding.", o=(-4, 50, 12))

C("nl", "gmail", """
Hallo {bf},

Helaas, een verlaging zit er dit jaar niet in. We houden de huidige prijzen en voorwaarden aan.

Groet,
""", "reject", "Een afwijzing zonder tegenbod.")

C("nl", "outlook", """
Beste {bf},

In principe akkoord, maar onze directeur moet het eerst aftekenen. Hij is tot woensdag op vakantie.

Met vriendelijke groet,
""", "other", "Een aanvaarding die nog op de handtekening van de directeur wacht.", o=(-3, 50, 12))

# ---------------------------------------------------------------- Italian

C("it", "outlook", """
Gentile {bf},

Il 6% non è sostenibile per noi. Possiamo proporre uno sconto del 3% con pagamento a 60 giorni data fattura fine mese.

Cordiali saluti,
""", "counter", "Il 6% è solo rifiutato, la controproposta è 3% a 60 giorni fine mese.", t=dict(p=-3, d=60))

C("it", "gmail", """
Buongiorno {bf},

A causa dei rincari dell'energia dobbiamo applicare un aumento del 2,5% dal prossimo mese.

Saluti,
""", "counter", "Un aumento con numero è una controproposta con price_increase.", t=dict(p=2.5), pi=True)

C("it", "outlook_plain", """
Gentile {bf},

Per il contratto di 12 mesi va bene, ma lo sconto può essere solo del due per cento.

Cordiali saluti,
""", "counter", "Una controproposta in parole con la durata confermata.", t=dict(p=-2, m=12), o=(-4, 60, 12))

C("it", "thunderbird", """
Buongiorno,

Accettiamo la vostra proposta. Grazie per la collaborazione.

Cordiali saluti,
""", "accept", "Un'accettazione semplice.", o=(-3, 55, 12))

C("it", "gmail", """
Gentile {bf},

Purtroppo non possiamo concedere né il 6% né i 60 giorni. Restiamo alle condizioni attuali.

Saluti,
""", "reject", "I numeri dell'acquirente sono ripresi solo per rifiutarli.")

C("it", "outlook", """
Gentile {bf},

Lo sconto del 4% ci sta bene, ma solo se passiamo alla consegna franco fabbrica.

Cordiali saluti,
""", "other", "Un'accettazione legata a una condizione di resa fuori dalle leve.", o=(-4, 60, 12))

A("it", """
Grazie per il messaggio. Sono fuori ufficio fino al 2 settembre. Per urgenze contattare l'ufficio commerciale allo 035 555 0192.

{me}
""", "Una risposta automatica di assenza.", subj_prefix="Risposta automatica: ")

# ---------------------------------------------------------------- Polish

C("pl", "outlook", """
Dzień dobry,

6% obniżki nie jesteśmy w stanie zaakceptować. Możemy zaproponować 2% i termin płatności 45 dni.

Pozdrawiam,
""", "counter", "Odrzucone 6% kupującego i kontroferta 2% przy 45 dniach.", t=dict(p=-2, d=45))

C("pl", "webmail", """
Dzień dobry,

Możemy zaproponować cenę 4,41 zł netto za sztukę (plus 23% VAT), pozostałe warunki bez zmian.

Pozdrawiam,
""", "counter", "Tylko cena jednostkowa w złotych, netto oznacza bez VAT i nie jest terminem płatności.",
  t=dict(u=4.41, c="PLN"), base=(4.60, "PLN"))

C("pl", "gmail", """
Dzień dobry {bf},

Akceptujemy 60 dni, ale obniżka może wynieść tylko półtora procent.

Pozdrawiam,
""", "counter", "Przyjęty termin płatności i kontroferta ceny słownie.", t=dict(d=60, p=-1.5))

C("pl", "outlook_plain", """
Dzień dobry,

Zgadzamy się na Państwa propozycję. Nowe ceny od następnego zamówienia.

Z poważaniem,
""", "accept", "Krótka akceptacja bez żadnych liczb.", o=(-4, 50, 12))

C("pl", "gmail", """
Dzień dobry {bf},

Wstępnie tak, ale decyzję musi zatwierdzić zarząd. Odezwę się po posiedzeniu w przyszły wtorek.

Pozdrawiam,
""", "other", "Akceptacja zależna od zatwierdzenia przez zarząd.", o=(-3, 50, 12))

C("pl", "outlook", """
Dzień dobry,

Akceptujemy warunki. Prosimy o aktualizację danych do przelewu: nowy rachunek PL61 1090 1014 0000 0712 1981 2874.

Z poważaniem,
""", "other", "Akceptacja połączona ze zmianą rachunku bankowego.", o=(-5, 50, 12))

# ---------------------------------------------------------------- Portuguese

C("pt-br", "gmail", """
Olá {bf},

Conseguimos fazer R$ 7,55 por unidade, com pagamento em 45 dias.

Abraço,
""", "counter", "Um preço unitário em reais com vírgula decimal e um prazo de pagamento.",
  t=dict(u=7.55, c="BRL", d=45), base=(7.90, "BRL"))

C("pt-pt", "outlook", """
Cara {bf},

Os 6% não são possíveis. Propomos um desconto de dois e meio por cento e contrato de um ano.

Com os melhores cumprimentos,
""", "counter", "Recusa os 6% e contrapropõe em palavras.", t=dict(p=-2.5, m=12))

C("pt-br", "outlook_plain", """
Prezada {bf},

De acordo com a proposta. Aguardamos o novo pedido.

Atenciosamente,
""", "accept", "Uma aceitação curta.", o=(-4, 50, 12))

C("pt-pt", "gmail", """
Olá {bf},

Infelizmente não conseguimos baixar o preço este ano. Mantemos as condições atuais.

Cumprimentos,
""", "reject", "Uma recusa sem contraproposta.")

C("pt-br", "outlook", """
Olá {bf},

Em princípio está ok, mas preciso da aprovação da diretoria antes de confirmar.

Abraço,
""", "other", "Aceitação pendente da diretoria.", o=(-4, 50, 12))

B("pt-br", "provider", """
Falha na entrega da mensagem
Olá,

Esta é uma mensagem automática do servidor de e-mail. Não foi possível entregar sua mensagem para {rcpt}: o endereço não existe.
""", "Um aviso de falha de entrega em português.")

# ---------------------------------------------------------------- Swedish

C("sv", "outlook", """
Hej {bf},

6 % går tyvärr inte. Vi kan erbjuda 3 % och 45 dagars betalning.

Vänliga hälsningar,
""", "counter", "De begärda 6 % avvisas och motbudet är 3 % vid 45 dagar.", t=dict(p=-3, d=45))

C("sv", "gmail", """
Hej {bf},

Vi kan sänka styckpriset till 17,90 kr exklusive moms.

Hälsningar,
""", "counter", "Bara ett styckpris i kronor anges, momsen är inget villkor.",
  t=dict(u=17.90, c="SEK"), base=(18.50, "SEK"))

C("sv", "outlook_plain", """
Hej {bf},

Det låter bra, vi accepterar.

Vänliga hälsningar,
""", "accept", "En kort acceptans utan några siffror.", o=(-3, 50, 12))

C("sv", "gmail", """
Hej {bf},

Tyvärr kan vi inte gå med på någon sänkning i år. Vi behåller nuvarande villkor.

Hälsningar,
""", "reject", "Ett avslag utan motbud.")

C("sv", "outlook", """
Hej {bf},

Antingen 2 % med 60 dagar eller 3 % med 45 dagar. Säg till vilket ni föredrar.

Vänliga hälsningar,
""", "other", "Två alternativa paket som en människa måste välja mellan.")

C("sv", "iphone", """
Hej! 60 dagar är okej, men priset måste jag stämma av med vår vd först.
""", "other", "Ett villkor accepteras medan priset väntar på vd:n.")

if __name__ == "__main__":
    main()

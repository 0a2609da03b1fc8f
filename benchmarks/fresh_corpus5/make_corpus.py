#!/usr/bin/env python3
"""Fresh supplier-reply corpus 5: messy real-world mail.

Writes probe/, sealed/ and parts.json next to this file.  Python 3.11 standard
library only, deterministic (randomness from random.Random(case name)).

    make_corpus.py            rebuild everything
    make_corpus.py --check    rebuild in memory, compare with disk, validate
    make_corpus.py --stats    counts by part, intent and language
    make_corpus.py --list     one line per case
"""
import base64
import datetime
import email
import hashlib
import html as htmlmod
import json
import os
import random
import re
import sys
import textwrap
from email import policy
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ("probe", "sealed")
INTENTS = ("counter", "accept", "reject", "other", "auto_reply", "bounce")
TERM_KEYS = ("price_change_pct", "unit_price", "currency", "payment_days",
             "contract_months", "volume_units", "rebate_pct")
ISO4217 = {"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "PLN", "BRL",
           "MXN", "INR", "CNY", "JPY", "DKK", "NOK", "CZK", "TRY", "ARS", "ZAR"}

NATIVE = {"en-gb", "en-us", "en-au", "en-ie", "en-ca", "en-nz", "en-za"}
CLIENT_LOCALE = {"en-de": "de", "en-nl": "nl", "en-pl": "pl", "en-it": "it",
                 "en-es": "es", "en-br": "pt", "en-fr": "fr", "en-se": "sv"}
CURRENCY = {"en-us": "USD", "en-gb": "GBP", "en-ie": "EUR", "en-au": "AUD",
            "en-ca": "CAD", "en-nz": "NZD", "en-za": "ZAR", "en-in": "INR",
            "en-cn": "CNY", "en-tr": "EUR", "en-de": "EUR", "en-nl": "EUR",
            "en-pl": "PLN", "en-it": "EUR", "en-es": "EUR", "en-br": "BRL",
            "en-fr": "EUR", "en-se": "SEK", "de": "EUR", "de-at": "EUR",
            "de-ch": "CHF", "fr": "EUR", "fr-be": "EUR", "fr-ca": "CAD",
            "es": "EUR", "es-mx": "MXN", "es-ar": "USD", "es-co": "USD",
            "nl": "EUR", "nl-be": "EUR", "it": "EUR", "pl": "PLN",
            "pt-pt": "EUR", "pt-br": "BRL", "sv": "SEK"}
BASELINES = {"USD": [1.85, 2.40, 4.10, 6.00, 0.62, 12.50], "EUR": [0.84, 1.26, 2.40, 3.15, 6.00, 11.80],
             "GBP": [0.95, 2.20, 4.75], "CAD": [1.90, 3.30], "AUD": [2.10, 5.40],
             "NZD": [2.60], "ZAR": [18.40], "INR": [42.50, 118.00], "CNY": [6.80, 21.40],
             "PLN": [3.60, 12.40], "BRL": [4.85, 17.20], "MXN": [24.50, 86.00],
             "SEK": [9.40, 27.50], "CHF": [1.35, 4.20]}
OPENING = (-6, 60, None)

# ---------------------------------------------------------------- locale tables
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
OUTLOOK_HDR = {  # From, Sent, To, Subject, Original-Message line
    "en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
    "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De", "Envoyé", "À", "Objet", "-----Message d'origine-----"),
    "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----"),
    "it": ("Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "-----Wiadomość oryginalna-----"),
    "pt": ("De", "Enviada", "Para", "Assunto", "-----Mensagem original-----"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "-----Ursprungligt meddelande-----"),
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ",
                "it": "R: ", "pl": "Odp: ", "pt": "RES: ", "sv": "SV: "}
FWD_PREFIX = {"en": "FW: ", "de": "WG: ", "fr": "TR : ", "es": "RV: ", "nl": "FW: ",
              "it": "I: ", "pl": "PD: ", "pt": "ENC: ", "sv": "VB: "}
SENT_FROM_IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
                    "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone",
                    "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
                    "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone",
                    "sv": "Skickat från min iPhone"}
SENT_FROM_ANDROID = {"en": "Sent from my Galaxy", "de": "Von meinem Samsung Galaxy gesendet",
                     "fr": "Envoyé depuis mon Galaxy", "es": "Enviado desde mi Galaxy",
                     "nl": "Verzonden vanaf mijn Galaxy", "it": "Inviato dal mio Galaxy",
                     "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy",
                     "sv": "Skickat från min Galaxy"}
FWD_LINE = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ---------",
            "fr": "---------- Forwarded message ---------", "es": "---------- Mensaje reenviado ---------",
            "nl": "---------- Doorgestuurd bericht ---------", "it": "---------- Messaggio inoltrato ---------",
            "pl": "---------- Przekazana wiadomość ---------", "pt": "---------- Mensagem encaminhada ---------",
            "sv": "---------- Vidarebefordrat meddelande ---------"}


def attribution(loc, style, dt, name, addr):
    m = MONTHS[loc][dt.month - 1]
    wd = WEEKDAYS[loc][dt.weekday()]
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    d, y = dt.day, dt.year
    if style == "gmail":
        f = {"en": f"On {wd[:3]}, {d} {m[:3]} {y} at {hm}, {name} <{addr}> wrote:",
             "de": f"Am {wd[:2]}., {d}. {m} {y} um {hm} Uhr schrieb {name} <{addr}>:",
             "fr": f"Le {wd[:3]}. {d} {m} {y} à {hm}, {name} <{addr}> a écrit :",
             "es": f"El {wd[:3]}, {d} {m[:3]} {y} a las {hm}, {name} (<{addr}>) escribió:",
             "nl": f"Op {wd[:2]} {d} {m[:3]} {y} om {hm} schreef {name} <{addr}>:",
             "it": f"Il giorno {wd[:3]} {d} {m[:3]} {y} alle ore {hm} {name} <{addr}> ha scritto:",
             "pl": f"{wd[:2]}., {d} {m[:3]} {y} o {hm} {name} <{addr}> napisał(a):",
             "pt": f"Em {wd[:3]}., {d} de {m[:3]}. de {y} às {hm}, {name} <{addr}> escreveu:",
             "sv": f"Den {wd[:3]} {d} {m} {y} kl {hm} skrev {name} <{addr}>:"}
    elif style == "apple":
        f = {"en": f"On {d} {m} {y}, at {hm}, {name} <{addr}> wrote:",
             "de": f"Am {d:02d}.{dt.month:02d}.{y} um {hm} schrieb {name} <{addr}>:",
             "fr": f"Le {d} {m} {y} à {hm}, {name} <{addr}> a écrit :",
             "es": f"El {d} {m} {y}, a las {hm}, {name} <{addr}> escribió:",
             "nl": f"Op {d} {m} {y} om {hm} heeft {name} <{addr}> het volgende geschreven:",
             "it": f"Il giorno {d} {m} {y}, alle ore {hm}, {name} <{addr}> ha scritto:",
             "pl": f"Wiadomość napisana przez {name} <{addr}> w dniu {d}.{dt.month:02d}.{y}, o godz. {hm}:",
             "pt": f"Em {d} de {m} de {y}, à(s) {hm}, {name} <{addr}> escreveu:",
             "sv": f"{d} {m} {y} kl. {hm} skrev {name} <{addr}>:"}
    else:  # thunderbird / webmail
        f = {"en": f"On {d:02d}/{dt.month:02d}/{y} {hm}, {name} wrote:",
             "de": f"Am {d:02d}.{dt.month:02d}.{y} um {hm} schrieb {name}:",
             "fr": f"Le {d:02d}/{dt.month:02d}/{y} à {hm}, {name} a écrit :",
             "es": f"El {d:02d}/{dt.month:02d}/{y} a las {hm}, {name} escribió:",
             "nl": f"Op {d:02d}-{dt.month:02d}-{y} om {hm} schreef {name}:",
             "it": f"Il {d:02d}/{dt.month:02d}/{y} {hm}, {name} ha scritto:",
             "pl": f"W dniu {d:02d}.{dt.month:02d}.{y} o {hm}, {name} pisze:",
             "pt": f"Em {d:02d}/{dt.month:02d}/{y} {hm}, {name} escreveu:",
             "sv": f"Den {y}-{dt.month:02d}-{d:02d} kl. {hm}, {name} skrev:"}
    return f[loc]


def outlook_date(loc, dt):
    m = MONTHS[loc][dt.month - 1]
    wd = WEEKDAYS[loc][dt.weekday()]
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if loc == "en":
        h12 = dt.hour % 12 or 12
        return f"{wd}, {m} {dt.day}, {dt.year} {h12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    if loc == "de":
        return f"{wd}, {dt.day}. {m} {dt.year} {hm}"
    if loc in ("es", "pt"):
        return f"{wd}, {dt.day} de {m} de {dt.year} {hm}"
    return f"{wd} {dt.day} {m} {dt.year} {hm}"


# ---------------------------------------------------------------- buyer side
BUYER_ADDR = "sourcing@brightwell-retail.example"
BUYER_DISPLAY = "Brightwell Sourcing"
BUYER_NAMES = ["Alex Morgan", "Robin Kessler", "Sam Okafor", "Jordan Lindqvist"]
BUYER_CO = "Brightwell Retail Group"
ITEMS = {
    "en": ["corrugated shipping cartons", "printed product labels", "stretch wrap film",
           "kraft mailer bags", "moulded pulp trays", "pallet corner boards", "bubble wrap rolls",
           "tamper-evident tape"],
    "de": ["Versandkartons", "Produktetiketten", "Stretchfolie", "Luftpolsterfolie",
           "Kantenschutzwinkel", "Klebeband mit Firmendruck"],
    "fr": ["cartons d'expédition", "étiquettes produit", "film étirable", "sachets kraft",
           "cornières de palette"],
    "es": ["cajas de cartón ondulado", "etiquetas de producto", "film estirable",
           "bolsas de papel kraft", "cantoneras para palés"],
}


def fmt_num(x, lang, nd=2):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if lang != "en" else s


def fmt_pct(p, lang):
    s = f"{p:g}"
    if s.startswith("-") is False and p > 0:
        s = "+" + s
    return s.replace(".", ",") if lang != "en" else s


def offer_lines(ql, base, cur, offer):
    pct, days, months = offer
    lines = []
    if pct is not None:
        sp = fmt_pct(pct, ql)
        if base is not None and cur:
            new = round(base * (1 + pct / 100.0), 2)
            a, b = fmt_num(new, ql), fmt_num(base, ql)
            lines.append({"en": f"Unit price: {sp}% ({cur} {a} per unit, currently {cur} {b})",
                          "de": f"Stückpreis: {sp} % ({a} {cur} je Stück, derzeit {b} {cur})",
                          "fr": f"Prix unitaire : {sp} % ({a} {cur} l'unité, actuellement {b} {cur})",
                          "es": f"Precio unitario: {sp} % ({a} {cur} por unidad, actualmente {b} {cur})"}[ql])
        else:
            lines.append({"en": f"Unit price: {sp}%", "de": f"Stückpreis: {sp} %",
                          "fr": f"Prix unitaire : {sp} %", "es": f"Precio unitario: {sp} %"}[ql])
    if days is not None:
        lines.append({"en": f"Payment terms: {days} days", "de": f"Zahlungsziel: {days} Tage",
                      "fr": f"Délai de paiement : {days} jours", "es": f"Plazo de pago: {days} días"}[ql])
    if months is not None:
        lines.append({"en": f"Contract length: {months} months", "de": f"Vertragslaufzeit: {months} Monate",
                      "fr": f"Durée du contrat : {months} mois", "es": f"Duración del contrato: {months} meses"}[ql])
    return lines


FORM = {
    "en": ("--- Your reply (edit the values and send) ---", "Unit price change (%, minus = reduction):",
           "Payment terms (days):", "Contract length (months):", "Committed volume (units per year):",
           "Rebate (%):", "--- end ---"),
    "de": ("--- Ihre Antwort (Werte anpassen und absenden) ---", "Preisänderung pro Einheit (%, minus = Senkung):",
           "Zahlungsziel (Tage):", "Vertragslaufzeit (Monate):", "Abnahmemenge (Stück pro Jahr):",
           "Rückvergütung (%):", "--- Ende ---"),
    "fr": ("--- Votre réponse (modifiez les valeurs puis envoyez) ---", "Variation du prix unitaire (%, moins = baisse) :",
           "Délai de paiement (jours) :", "Durée du contrat (mois) :", "Volume engagé (unités par an) :",
           "Remise de fin d'année (%) :", "--- fin ---"),
    "es": ("--- Su respuesta (modifique los valores y envíe) ---", "Variación del precio unitario (%, menos = rebaja):",
           "Plazo de pago (días):", "Duración del contrato (meses):", "Volumen comprometido (unidades al año):",
           "Bonificación anual (%):", "--- fin ---"),
}


def form_lines(ql, pct=None, days=None, months=None, vol=None, rebate=None):
    f = FORM[ql]
    vals = [pct, days, months, vol, rebate]
    out = [f[0]]
    for label, v in zip(f[1:6], vals):
        out.append((label + " " + ("" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)))).rstrip())
    out.append(f[6])
    return out


BOT_TEXT = {
    "en": {"greet": "Dear {S},",
           "opening_offer": "We are reviewing our supply of {I}{V} and would like to propose the following terms:",
           "counter_offer": "Thank you for your reply. Having looked at it carefully, we would like to propose:",
           "reminder": "A friendly reminder about our proposal for {I}, which is still open:",
           "vol": " (about {N} units a year)",
           "close_opening_offer": "If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
           "close_counter_offer": "If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
           "close_reminder": "We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
           "regards": "Kind regards,"},
    "de": {"greet": "Sehr geehrtes Team von {S},",
           "opening_offer": "wir überprüfen derzeit unsere Bezugskonditionen für {I}{V} und möchten Ihnen die folgenden Konditionen vorschlagen:",
           "counter_offer": "vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
           "reminder": "wir möchten Sie freundlich an unseren Vorschlag für {I} erinnern, der weiterhin gilt:",
           "vol": " (rund {N} Stück pro Jahr)",
           "close_opening_offer": "Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
           "close_counter_offer": "Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
           "close_reminder": "Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
           "regards": "Mit freundlichen Grüßen"},
    "fr": {"greet": "À l'attention de l'équipe {S}\n\nMadame, Monsieur,",
           "opening_offer": "Dans le cadre de la revue de nos approvisionnements en {I}{V}, nous souhaitons vous proposer les conditions suivantes :",
           "counter_offer": "Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
           "reminder": "Nous nous permettons de revenir vers vous au sujet de notre proposition pour {I}, qui reste valable :",
           "vol": " (environ {N} unités par an)",
           "close_opening_offer": "Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
           "close_counter_offer": "Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
           "close_reminder": "Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
           "regards": "Cordialement,"},
    "es": {"greet": "Estimado equipo de {S}:",
           "opening_offer": "Estamos revisando nuestro suministro de {I}{V} y nos gustaría proponerles las siguientes condiciones:",
           "counter_offer": "Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
           "reminder": "Les recordamos amablemente nuestra propuesta para {I}, que sigue vigente:",
           "vol": " (unas {N} unidades al año)",
           "close_opening_offer": "Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
           "close_counter_offer": "Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
           "close_reminder": "Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
           "regards": "Saludos cordiales,"},
}
SUBJECT = {"en": "{I}: pricing proposal [ref {R}]", "de": "{I}: Preisvorschlag [ref {R}]",
           "fr": "{I} : proposition tarifaire [ref {R}]", "es": "{I}: propuesta de precios [ref {R}]"}


def bot_message(ql, tpl, offer, base, cur, supplier, item, volume, buyer):
    t = BOT_TEXT[ql]
    lines = offer_lines(ql, base, cur, offer)
    form = form_lines(ql, offer[0], offer[1], offer[2])
    v = t["vol"].replace("{N}", volume) if (volume and tpl == "opening_offer") else ""
    intro = t[tpl].replace("{I}", item).replace("{V}", v)
    greet = t["greet"].replace("{S}", supplier)
    close = t["close_" + tpl]
    text = "\n".join([greet, "", intro, ""] + ["- " + x for x in lines] + ["", close, ""] + form
                     + ["", "", t["regards"], buyer, BUYER_CO])
    e = htmlmod.escape
    g = "".join(f"<p>{e(x)}</p>\n" for x in greet.split("\n\n"))
    h = (g + f"<p>{e(intro)}</p>\n<ul>\n" + "".join(f"  <li>{e(x)}</li>\n" for x in lines)
         + f"</ul>\n<p>{e(close)}</p>\n<pre style=\"font-family: Consolas, monospace; font-size: 13px;\">"
         + e("\n".join(form)) + f"</pre>\n<p>{e(t['regards'])}<br>\n{e(buyer)}<br>\n{e(BUYER_CO)}</p>\n")
    return text, h, lines + form


# ---------------------------------------------------------------- supplier side
PEOPLE = {
    "en": ["Gareth Pryce", "Megan Whitlow", "Darren Stokes", "Fiona Callaghan", "Nathan Brewer",
           "Leanne Ashby", "Curtis Vale", "Hannah Oduya", "Rory Finnegan", "Tessa Marlow",
           "Bryce Holloway", "Sinead Quilty", "Wade Pickering", "Carla Dunmore"],
    "nn": ["Rajesh Venkat", "Li Wenjun", "Emre Yildiz", "Katrin Baumer", "Marco Pellegrini",
           "Joanna Wrobel", "Pieter de Ruyter", "Lucas Andrade", "Ana Belmonte", "Priya Raman",
           "Zhou Mingyu", "Selin Arslan"],
    "de": ["Thomas Brenner", "Sabine Köhler", "Jörg Hallmann", "Petra Wendt", "Uwe Straßner",
           "Anja Lindemann", "Matthias Gerber", "Claudia Rüegg", "Florian Aigner", "Heike Dorn"],
    "fr": ["Claire Vautrin", "Julien Mercadier", "Sophie Lambrecht", "Hervé Castagne",
           "Nadia Berrada", "Olivier Fauchet", "Élodie Garnier"],
    "es": ["Carmen Ibarrola", "Javier Montes", "Lucía Ferrán", "Diego Salcedo", "Marta Quiroga",
           "Andrés Valbuena", "Rocío Lozano"],
    "nl": ["Jeroen Vermeulen", "Sanne Bakker", "Bram de Wit", "Ilse Hoogland"],
    "it": ["Giulia Ferraresi", "Davide Colombo", "Paola Brambilla", "Stefano Ricci"],
    "pl": ["Tomasz Górecki", "Agnieszka Nowicka", "Paweł Zieliński", "Katarzyna Lis"],
    "pt": ["João Carvalho", "Mariana Teixeira", "Rafael Moura", "Beatriz Lima"],
    "sv": ["Erik Lundgren", "Karin Sjöberg", "Anders Holm", "Maja Ek"],
}
COMPANIES = {
    "en": ["Harrowgate Packaging Ltd", "Blue Ridge Box Co.", "Kestrel Print & Pack", "Southbank Corrugated",
           "Pinecrest Labels Inc.", "Tamar Valley Films Ltd", "Goldfield Paper Products Pty Ltd",
           "Lakeshore Containers Inc.", "Copperleaf Packaging", "Redwater Supplies LLC"],
    "nn": ["Sunrise Polypack Pvt. Ltd.", "Ningbo Hengda Packing Co., Ltd.", "Ege Ambalaj A.S.",
           "Baumer Verpackungstechnik GmbH", "Pellegrini Imballaggi S.r.l.", "Wrobel Opakowania Sp. z o.o.",
           "De Ruyter Verpakkingen B.V.", "Andrade Embalagens Ltda.", "Belmonte Envases S.L."],
    "de": ["Brenner Verpackung GmbH", "Köhler Etiketten GmbH & Co. KG", "Hallmann Folien AG",
           "Wendt Wellpappe GmbH", "Alpenkarton Aigner GmbH", "Rüegg Verpackungen AG"],
    "fr": ["Cartonnages Vautrin SAS", "Étiquettes Mercadier SARL", "Films Castagne SA",
           "Emballages du Rhône SAS", "Garnier Conditionnement"],
    "es": ["Envases Ibarrola S.L.", "Cartonajes Montes S.A.", "Etiquetas Ferrán S.L.",
           "Embalajes del Norte S.A. de C.V.", "Plásticos Quiroga S.L."],
    "nl": ["Vermeulen Verpakkingen B.V.", "Bakker Karton B.V.", "Hoogland Folie N.V."],
    "it": ["Cartotecnica Ferraresi S.r.l.", "Colombo Etichette S.p.A.", "Imballaggi Brambilla S.r.l."],
    "pl": ["Górecki Opakowania Sp. z o.o.", "Nowicka Etykiety S.A.", "Kartonex Zieliński Sp.j."],
    "pt": ["Carvalho Embalagens Lda.", "Teixeira Papelão Ltda.", "Moura Plásticos S.A."],
    "sv": ["Lundgren Förpackning AB", "Sjöberg Etikett AB", "Holm Wellpapp AB"],
}


def slug(s):
    s = s.lower()
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ê", "e"),
                 ("á", "a"), ("à", "a"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ç", "c"),
                 ("ł", "l"), ("ó", "o"), ("ś", "s"), ("ż", "z"), ("ź", "z"), ("ń", "n"), ("ą", "a"),
                 ("ę", "e"), ("ć", "c"), ("ã", "a"), ("õ", "o"), ("å", "a"), ("ì", "i"), ("É", "e")]:
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


SIGS = {
    "en": [
        "{FULL}\nKey Account Manager | {CO}\nUnit 14, Fenwick Trade Park, Leeds LS12 6QT\nT +44 113 496 0721 | M +44 7700 900418\nCompany No. 04417752 | VAT GB 318 5527 40\nISO 9001:2015 and FSC(R) C118844 certified",
        "{FULL}\nSales | {CO}\n2250 Industrial Pkwy, Suite 300, Dayton, OH 45414\nOffice (937) 555-0148 ext. 212 | Cell (937) 555-0193\nOpen Mon-Fri 8-17 EST. Founded 1962.",
        "Cheers,\n{FIRST}\n--\n{CO} | 41 Kembla St, Wollongong NSW 2500\nPh 02 4229 8810 | ABN 53 004 085 616\nTerms of trade: all invoices payable within 30 days of statement.",
        "{FULL} | Customer Service Lead\n{CO}\nP: 1-800-555-0177 / F: 1-800-555-0178\n3 Harbourview Rd, Cork T12 X5Y2, Ireland | VAT IE 9714332K\nPlease consider the environment: this email was printed on 0% paper and 100% recycled electrons.",
        "Regards\n{FULL}\n{CO} - since 1987\n118 Mill Lane, Bristol BS3 4AY | 0117 496 0555\nRegistered in England & Wales no. 02139944. Share capital GBP 50,000.\nOur standard terms: payment within 30 days of invoice, 1.5% monthly interest on overdue sums.",
    ],
    "nn": [
        "Best Regards,\n{FULL}\nExport Sales Manager\n{CO}\nPlot No. 27, GIDC Estate, Vapi 396195, Gujarat, India\nMob: +91 98250 43117 | GSTIN 24AAACS4471K1Z8\nCertified ISO 9001:2015 & ISO 14001:2015",
        "{FULL}\nOverseas Department\n{CO}\nNo. 88 Jinhai Road, Beilun District, Ningbo 315800, China\nTel: +86 574 8690 2231  Fax: +86 574 8690 2232\nWeChat / WhatsApp: +86 139 5742 0086",
        "Mit freundlichen Grüßen / Best regards\n{FULL}\nVertrieb International\n{CO}\nIndustriestraße 12-14, 33611 Bielefeld\nTel. +49 521 98765-0, Fax -99\nAmtsgericht Bielefeld HRB 41277, USt-IdNr. DE 812 447 309\nGeschäftsführer: K. Baumer, H. Baumer",
        "Kind regards / Saygilarimla\n{FULL}\n{CO}\nOrganize Sanayi Bolgesi 4. Cadde No: 19, 35620 Izmir\nT: +90 232 376 11 40  Vergi No: 3250074418",
        "Cordiali saluti / Best regards\n{FULL}\n{CO}\nVia dell'Artigianato 7, 20851 Lissone (MB)\nTel. +39 039 245 1180 - P.IVA IT 03118720964\nCapitale sociale EUR 100.000 i.v.",
    ],
    "de": [
        "Mit freundlichen Grüßen\n\n{FULL}\nInnendienst Verkauf\n\n{CO}\nGewerbering 23 | 74076 Heilbronn\nTel. +49 7131 58 44-120 | Fax +49 7131 58 44-199\nSitz: Heilbronn, Amtsgericht Stuttgart HRB 108422\nUSt-IdNr.: DE 146 338 201 | Geschäftsführung: Dr. R. Brenner\nZertifiziert nach DIN EN ISO 9001:2015\nÖffnungszeiten: Mo-Do 7:30-16:30, Fr 7:30-13",
        "Viele Grüße\n{FULL}\n\n{CO} | Am Bahnhof 5 | 4600 Wels | Österreich\nT +43 7242 61 830 | FN 211934 s | UID ATU 57391024\nUnsere AGB: Zahlung innerhalb von 30 Tagen netto, bei Zahlung binnen 8 Tagen 2 % Skonto.",
        "Freundliche Grüsse\n{FULL}\n{CO}\nIndustriestrasse 44, 8304 Wallisellen\nTelefon 044 830 22 10, MWST CHE-104.338.520\nGegründet 1962 - Familienunternehmen in 3. Generation",
        "Beste Grüße\n{FULL}\n--\n{CO}\nHafenstr. 9, 28217 Bremen\nFon 0421 38 27 60 | Stammkapital 25.000 EUR\nHRB 30187 HB | Gedruckt auf 100 % Recyclingpapier? Bitte nur wenn nötig.",
    ],
    "fr": [
        "Cordialement,\n\n{FULL}\nResponsable commerciale\n{CO}\n12, rue des Tanneurs - 69007 Lyon\nTél. : 04 78 62 19 40 - Portable : 06 12 48 77 03\nSAS au capital de 150 000 EUR - RCS Lyon 512 447 309 - TVA FR 41 512447309\nCertifiée ISO 9001:2015 - Horaires : 8h-12h / 14h-17h30",
        "Bien à vous,\n{FULL}\n{CO}\nZI des Vignes, 3 allée Gutenberg, 33700 Mérignac\nStandard 05 56 34 80 00\nConditions générales de vente : paiement à 30 jours date de facture, pénalités de retard au taux légal x3.",
        "Salutations,\n{FULL}\n{CO} - fondée en 1958\nAvenue de la Gare 17, 1003 Lausanne - +41 21 312 45 60",
    ],
    "es": [
        "Un saludo,\n\n{FULL}\nDpto. Comercial\n{CO}\nPol. Ind. Los Llanos, C/ Herreros 14, 28914 Leganés (Madrid)\nTel. 916 88 42 10 - Móvil 654 22 18 90\nCIF B-84712093 - Inscrita en el Registro Mercantil de Madrid, Tomo 21.447, Folio 112, Hoja M-380144",
        "Saludos cordiales,\n{FULL}\nGerente de Ventas\n{CO}\nAv. Industrias 2205, Col. Parque Industrial, 64590 Monterrey, N.L.\nTel. +52 81 8354 2200 ext. 114 | RFC EDN-970312-KQ4\nHorario de atención: L-V 8:00 a 17:00",
        "Atentamente,\n{FULL}\n{CO}\nCamí de la Marina 31, 46024 Valencia | 963 45 12 78\nCapital social 60.000 EUR. Antes de imprimir este correo piense en el medio ambiente.",
    ],
    "nl": ["Met vriendelijke groet,\n\n{FULL}\nAccountmanager\n{CO}\nIndustrieweg 31, 5145 PD Waalwijk\nT +31 416 56 78 90 | KvK 18047733 | BTW NL8155.23.904.B01\nISO 9001:2015 | Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing."],
    "it": ["Cordiali saluti\n\n{FULL}\nUfficio Commerciale\n{CO}\nVia Emilia Ovest 1420, 41123 Modena\nTel. 059 82 14 70 - Fax 059 82 14 71\nP.IVA 02874410364 - REA MO-338021 - Cap. soc. EUR 50.000 i.v."],
    "pl": ["Pozdrawiam serdecznie\n{FULL}\nDział Sprzedaży\n{CO}\nul. Przemysłowa 18, 62-080 Tarnowo Podgórne\ntel. +48 61 814 22 90, kom. 601 447 218\nNIP 777-31-22-418, KRS 0000284411, kapitał zakładowy 500 000 zł"],
    "pt": ["Atenciosamente,\n{FULL}\nComercial\n{CO}\nRua das Indústrias, 1450 - Distrito Industrial, Joinville/SC - CEP 89219-600\nTel. (47) 3435-8800 | CNPJ 04.337.521/0001-90",
           "Com os melhores cumprimentos,\n{FULL}\n{CO}\nZona Industrial da Maia I, Lote 22, 4470-122 Maia\nTel. 229 447 300 | NIPC 504 332 118"],
    "sv": ["Med vänlig hälsning\n{FULL}\nKundansvarig\n{CO}\nVerkstadsgatan 6, 504 62 Borås\nTel 033-41 22 80 | Org.nr 556318-4471\nÖppettider vardagar 7-16"],
}

DISCLAIMER = {
    "en": "CONFIDENTIALITY: This message and any attachments are intended solely for the addressee and may contain privileged information. If you received it in error, please tell the sender and delete it. Quotations are valid for 30 days and subject to our standard terms and conditions (ref. T&C 2024/3).",
    "de": "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Angebote sind freibleibend; es gelten unsere Allgemeinen Verkaufsbedingungen (Stand 01/2024).",
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute diffusion non autorisée est interdite. Nos offres sont valables 30 jours.",
    "es": "AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679.",
}

PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

# ---------------------------------------------------------------- encodings


def qp_encode(text, charset):
    """Quoted-printable with CRLF; '\x01' in text forces a soft line break."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == "\x01":
                toks.append(None)
                continue
            for b in ch.encode(charset):
                if (33 <= b <= 126 and b != 61) or b == 32:
                    toks.append(chr(b))
                else:
                    toks.append(f"={b:02X}")
        # trailing whitespace must be encoded
        while toks and toks[-1] is None:
            toks.pop()
        if toks and toks[-1] == " ":
            toks[-1] = "=20"
        cur = ""
        for i, t in enumerate(toks):
            if t is None:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                if cur.endswith(" "):
                    cur = cur[:-1] + "=20"
                    if len(cur) > 75:
                        out_lines.append(cur[:-3] + "=")
                        cur = "=20"
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def addr_header(name, addr):
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()<>@\[\]\"]", name):
            name = '"' + name.replace('"', "") + '"'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + f" <{addr}>"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", extra=()):
    """One MIME leaf as (headers list, body str) with CRLF body."""
    body_text = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        body = qp_encode(body_text, charset)
    else:
        body_text = body_text.replace("\x01", "")
        if cte == "base64":
            body = b64_encode(body_text.replace("\n", "\r\n").encode(charset))
        else:
            raw = body_text.encode(charset)
            if cte == "7bit":
                raw.decode("ascii")
            body = raw.decode("latin-1").replace("\n", "\r\n")
    hdrs = [f"Content-Type: {ctype}; charset=\"{charset}\"{params}",
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return hdrs, body


def multipart(subtype, parts, boundary, params=""):
    chunks = ["This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        chunks.append("--" + boundary)
        chunks.extend(hdrs)
        chunks.append("")
        chunks.append(body)
    chunks.append("--" + boundary + "--")
    chunks.append("")
    hdrs = [f"Content-Type: multipart/{subtype};{params}\r\n\tboundary=\"{boundary}\""]
    return hdrs, "\r\n".join(chunks)


def message_bytes(top_headers, mime):
    hdrs, body = mime
    head = "\r\n".join(top_headers + ["MIME-Version: 1.0"] + hdrs)
    data = head + "\r\n\r\n" + body
    if not data.endswith("\r\n"):
        data += "\r\n"
    return data.encode("latin-1")


# ---------------------------------------------------------------- case registry
SPECS = []
_DEF = object()


def group_of(lang):
    if lang.startswith("en"):
        return "en" if lang in NATIVE else "en-nn"
    return lang.split("-")[0]


def prefix_of(lang):
    g = group_of(lang)
    return "nn" if g == "en-nn" else g


def loc_of(lang):
    if lang.startswith("en"):
        return CLIENT_LOCALE.get(lang, "en")
    return lang.split("-")[0]


def qlang_of(lang):
    b = lang.split("-")[0]
    return b if b in ("de", "fr", "es") else "en"


def terms_of(pct=None, price=None, pcur=None, days=None, months=None, vol=None, rebate=None):
    return {"price_change_pct": pct, "unit_price": price, "currency": pcur, "payment_days": days,
            "contract_months": months, "volume_units": vol, "rebate_pct": rebate}


def C(lang, client, intent, text, note, *, offer=OPENING, base=_DEF, cur=_DEF, rounds=1, prev=None,
      shape="top", tpl=None, pi=False, pct=None, price=None, pcur=None, days=None, months=None,
      vol=None, rebate=None, html=None, cte=None, charset=None, declared=None, sig=True,
      fwd=None, inline=None, subj=None, disclaimer=False, logo=None, hdrs=()):
    SPECS.append(dict(kind="C", lang=lang, client=client, intent=intent, text=text, note=note,
                      offer=offer, base=base, cur=cur, rounds=rounds, prev=prev, shape=shape, tpl=tpl,
                      pi=pi, terms=terms_of(pct, price, pcur, days, months, vol, rebate), html=html,
                      cte=cte, charset=charset, declared=declared, sig=sig, fwd=fwd, inline=inline,
                      subj=subj, disclaimer=disclaimer, logo=logo, hdrs=hdrs))


def A(lang, text, note, *, subj, headers=("Auto-Submitted: auto-replied",), offer=OPENING,
      base=_DEF, cur=_DEF, sender=None, html=None, cte="quoted-printable", charset="utf-8", client="none"):
    SPECS.append(dict(kind="A", lang=lang, client=client, intent="auto_reply", text=text, note=note,
                      offer=offer, base=base, cur=cur, subj=subj, headers=headers, sender=sender,
                      html=html, cte=cte, charset=charset, shape="none", pi=False, terms=terms_of()))


def B(lang, client, text, note, *, subj, status="5.1.1", action="failed", diag=None, include="full",
      offer=OPENING, base=_DEF, cur=_DEF, sender=None, report=True, html=None, charset="utf-8",
      cte="quoted-printable", mta="mx.brightwell-retail.example"):
    SPECS.append(dict(kind="B", lang=lang, client=client, intent="bounce", text=text, note=note,
                      offer=offer, base=base, cur=cur, subj=subj, status=status, action=action,
                      diag=diag, include=include, sender=sender, report=report, html=html,
                      charset=charset, cte=cte, mta=mta, shape="none", pi=False, terms=terms_of()))


def name_cases():
    counters, named = {}, []
    for s in SPECS:
        p = prefix_of(s["lang"])
        counters[p] = counters.get(p, 0) + 1
        named.append((f"{p}{counters[p]:02d}", s))
    return named


# ---------------------------------------------------------------- rendering helpers
def fill(text, env):
    text = text.strip("\n")

    def form_sub(m):
        kv = dict(x.split("=", 1) for x in m.group(1).split())
        conv = {k: (None if v == "_" else v) for k, v in kv.items()}
        return "\n".join(form_lines(conv.pop("ql", env["ql"]), conv.get("pct"), conv.get("days"),
                                    conv.get("months"), conv.get("vol"), conv.get("rebate")))
    text = re.sub(r"\[\[form ?([^\]]*)\]\]", form_sub, text)
    for k in ("FULL", "FIRST", "CO", "B", "ITEM", "REF", "DOMAIN"):
        text = text.replace("{" + k + "}", env[k])
    return text


def text_to_html(t, tag="div", style=""):
    out = []
    st = f' style="{style}"' if style else ""
    for line in t.split("\n"):
        if not line.strip():
            out.append(f"<{tag}{st}><br></{tag}>")
        else:
            e = htmlmod.escape(line, quote=False).replace("  ", "&nbsp; ")
            out.append(f"<{tag}{st}>{e}</{tag}>")
    return "\n".join(out) + "\n"


def quote_lines(text, style):
    out = []
    for line in text.split("\n"):
        if line.startswith("\x02"):
            out.append(line[1:])
        elif style == "apple":
            out.append(("> " + line).rstrip() if line else ">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(("> " + line).rstrip() if line else ">")
    return "\n".join(out)


def wrap_para(text, width=76, flowed=False):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width - 4, break_long_words=False, break_on_hyphens=False)
        if flowed:
            out.append(" \n".join(parts))
        else:
            out.append("\n".join(parts))
    return "\n".join(out)


def strip_html(h):
    h = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|<li[^>]*>|</tr>|</h\d>|<hr[^>]*>|</pre>|</blockquote>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h).replace("\xa0", " ")


def html_doc(body, extra_head=""):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            + extra_head + "</head>\n<body>\n" + body + "</body>\n</html>\n")


BLOCKQ = 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"'
OL_SEP = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'


PREV = {
    "en": "Thanks for this. We have gone through the numbers again; the best we can put forward is 2% off with 45 days payment. Anything beyond that eats our margin completely.",
    "de": "danke für Ihre Nachricht. Nach interner Abstimmung können wir Ihnen 2 % Nachlass bei 45 Tagen Zahlungsziel anbieten. Mehr ist bei den aktuellen Papierpreisen leider nicht drin.",
    "fr": "Merci pour votre proposition. Après étude, nous pouvons consentir une baisse de 2 % avec un règlement à 45 jours. Au-delà, nous ne couvrons plus nos coûts.",
    "es": "Gracias por su propuesta. Lo hemos revisado con dirección y podemos ofrecer un 2 % de rebaja con pago a 45 días. Más no nos es posible.",
    "nl": "Bedankt voor uw voorstel. Wij kunnen 2% korting geven bij een betaaltermijn van 45 dagen, meer zit er niet in.",
    "it": "Grazie per la proposta. Possiamo arrivare a uno sconto del 2% con pagamento a 45 giorni, di più non riusciamo.",
    "pl": "Dziękujemy za propozycję. Możemy zaproponować 2% obniżki przy terminie płatności 45 dni.",
    "pt": "Obrigado pela proposta. Conseguimos 2% de desconto com prazo de pagamento de 45 dias, mais do que isso não dá.",
    "sv": "Tack för ert förslag. Vi kan erbjuda 2 % rabatt med 45 dagars betalningsvillkor, längre än så kan vi inte gå.",
}
MAILER = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"], "outlook_plain": ["X-Mailer: Microsoft Outlook 16.0"],
    "owa": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "], "gmail": [], "gmail_mobile": [],
    "apple": ["X-Mailer: Apple Mail (2.3774.600.62)"], "iphone": ["X-Mailer: iPhone Mail (21F90)"],
    "android": ["X-Mailer: Samsung Email Android"], "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "webmail": ["X-Mailer: Roundcube Webmail/1.6.6"],
}
STYLE = {"gmail": "gmail", "gmail_mobile": "gmail", "apple": "apple", "iphone": "apple",
         "thunderbird": "tb", "webmail": "tb", "outlook": "hdr", "outlook_plain": "hdr",
         "owa": "hdr", "android": "android"}
PEOPLE_KEY = lambda lang: ("en" if lang in NATIVE else "nn") if lang.startswith("en") else lang.split("-")[0]


def fmt_volume(v, ql):
    if v is None:
        return None
    return {"en": v, "de": v.replace(",", "."), "es": v.replace(",", "."), "fr": v.replace(",", " ")}[ql]


def setup(name, s):
    rng = random.Random(name)
    lang = s["lang"]
    key = PEOPLE_KEY(lang)
    person = rng.choice(PEOPLE[key])
    co = rng.choice(COMPANIES[key])
    first, last = person.split()[0], person.split()[-1]
    domain = slug(" ".join(co.split()[:2]))[:28].strip("-") + ".example"
    addr = f"{slug(first)}.{slug(last)}@{domain}"
    ql = qlang_of(lang)
    cur = CURRENCY[lang] if s["cur"] is _DEF else s["cur"]
    base = (rng.choice(BASELINES[cur]) if cur else None) if s["base"] is _DEF else s["base"]
    if base is None:
        cur = None
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice([0, 1, 2, -5, 5, 8, 10])))
    dt = datetime.datetime(2025, rng.randint(2, 10), rng.randint(1, 28), rng.randint(7, 18),
                           rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)
    env = dict(rng=rng, lang=lang, loc=loc_of(lang), ql=ql, person=person, co=co, addr=addr,
               domain=domain, FULL=person, FIRST=first, CO=co, B=rng.choice(BUYER_NAMES).split()[0],
               buyer=None, cur=cur, base=base, item=rng.choice(ITEMS[ql]),
               ref=f"BW-{rng.randint(1000, 9999)}", dt=dt,
               volume=fmt_volume(rng.choice([None, "120,000", "45,000", "300,000", "8,500", "60,000"]), ql))
    env["buyer"] = [b for b in BUYER_NAMES if b.startswith(env["B"])][0]
    env["ITEM"], env["REF"], env["DOMAIN"] = env["item"], env["ref"], domain
    env["bot_subject"] = SUBJECT[ql].replace("{I}", env["item"]).replace("{R}", env["ref"])
    h = hashlib.sha1(name.encode()).hexdigest()
    env["bot_id"] = f"<{h[:16]}.{env['ref'].lower()}@brightwell-retail.example>"
    env["hash"] = h
    return env


def context_of(env, s):
    o = s["offer"]
    return {"baseline_unit_price": env["base"], "currency": env["cur"],
            "last_offer": None if o is None else {"price_change_pct": None if o[0] is None else float(o[0]),
                                                  "payment_days": o[1], "contract_months": o[2]}}


def hdr_block(loc, m, client):
    f, se, to, su, orig = OUTLOOK_HDR[loc]
    if client == "android":
        sep = {"en": "-------- Original message --------", "de": "-------- Originalnachricht --------",
               "fr": "-------- Message d'origine --------", "es": "-------- Mensaje original --------"}.get(
                   loc, "-------- Original message --------")
        return (f"{sep}\n{f}: {m['name']} <{m['addr']}>\n{'Date' if loc == 'en' else se}: "
                f"{m['dt'].strftime('%d/%m/%Y %H:%M')} (GMT{m['dt'].strftime('%z')[:3]}:00)\n{to}: {m['to']}\n{su}: {m['subject']}\n")
    head = (orig + "\n") if client == "outlook_plain" else ("________________________________\n" if client == "owa" else "")
    return head + f"{f}: {m['name']} <{m['addr']}>\n{se}: {outlook_date(loc, m['dt'])}\n{to}: {m['to']}\n{su}: {m['subject']}\n"


def hdr_block_html(loc, m, client):
    f, se, to, su, _ = OUTLOOK_HDR[loc]
    e = htmlmod.escape
    inner = (f"<b>{f}:</b> {e(m['name'])} &lt;{e(m['addr'])}&gt;<br>\n<b>{se}:</b> {e(outlook_date(loc, m['dt']))}<br>\n"
             f"<b>{to}:</b> {e(m['to'])}<br>\n<b>{su}:</b> {e(m['subject'])}")
    if client == "owa":
        return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{inner}</font>'
                '<div>&nbsp;</div></div>\n')
    if client == "android":
        return (f'<div><br></div><div style="font-size:100%;color:#000000"><div>{e(hdr_block(loc, m, client).splitlines()[0])}</div>'
                f'<div>{inner}</div></div>\n')
    return f'<div>\n{OL_SEP}\n<p class="MsoNormal">{inner}</p>\n</div>\n</div>\n'


def insert_inline(m, inline):
    lines = m["text"].split("\n")
    hm = m["html"]
    for needle, answer in inline:
        idx = next(i for i, l in enumerate(lines) if needle in l)
        add = ["\x02"] + ["\x02" + a for a in answer.split("\n")] + ["\x02"]
        lines[idx + 1:idx + 1] = add
        en = htmlmod.escape(needle)
        p = hm.index(en)
        cands = [x for x in (hm.find("</li>", p), hm.find("\n", p), hm.find("</p>", p)) if x >= 0]
        q = min(cands)
        ans = htmlmod.escape(answer).replace("\n", "<br>")
        if hm.startswith("</li>", q) or hm.startswith("</p>", q):
            ins = f'<br><b><span style="color:#C00000">{ans}</span></b>'
        else:
            ins = f'\n<b><span style="color:#C00000">{ans}</span></b>'
        hm = hm[:q] + ins + hm[q:]
    m["text"] = "\n".join(lines)
    m["html"] = hm


def build_C(name, s):
    env = setup(name, s)
    rng, lang, loc, ql, client = env["rng"], env["lang"], env["loc"], env["ql"], s["client"]
    style = STYLE[client]
    offer, rounds = s["offer"], s["rounds"]
    msgs, needles = [], []
    dt_bot = env["dt"] - datetime.timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
    sup_to = f"{env['person']} <{env['addr']}>"
    if offer is not None:
        tpl = s["tpl"] or ("opening_offer" if (rounds == 1 and offer == OPENING) else "counter_offer")
        bt, bh, needles = bot_message(ql, tpl, offer, env["base"], env["cur"], env["co"], env["item"],
                                      env["volume"], env["buyer"])
        msgs.append(dict(name=BUYER_DISPLAY, addr=BUYER_ADDR, dt=dt_bot, text=bt, html=bh, to=sup_to,
                         subject=env["bot_subject"]))
        if rounds >= 2:
            pt = fill(s["prev"] or PREV[loc if not lang.startswith("en") else "en"], env) + "\n\n" + env["FIRST"]
            msgs.append(dict(name=env["person"], addr=env["addr"], dt=dt_bot - datetime.timedelta(days=2, hours=3),
                             text=pt, html=text_to_html(pt), to=f"{BUYER_DISPLAY} <{BUYER_ADDR}>",
                             subject=REPLY_PREFIX[loc] + env["bot_subject"]))
        if rounds >= 3:
            ot, oh, _ = bot_message(ql, "opening_offer", OPENING, env["base"], env["cur"], env["co"],
                                    env["item"], env["volume"], env["buyer"])
            msgs.append(dict(name=BUYER_DISPLAY, addr=BUYER_ADDR, dt=dt_bot - datetime.timedelta(days=6, hours=1),
                             text=ot, html=oh, to=sup_to, subject=env["bot_subject"]))
    if s["inline"]:
        insert_inline(msgs[0], s["inline"])

    newest = fill(s["text"], env)
    sig = ""
    if s["sig"] is True and client not in ("iphone", "gmail_mobile", "android"):
        sig = fill(rng.choice(SIGS[PEOPLE_KEY(lang)]), env)
    elif isinstance(s["sig"], str):
        sig = fill(s["sig"], env)
    tail = []
    if client == "iphone":
        tail.append(SENT_FROM_IPHONE[loc])
    if client == "android":
        tail.append(SENT_FROM_ANDROID[loc])
    disc = fill(DISCLAIMER[ql], env) if s["disclaimer"] else ""
    fwd_plain = fwd_html = ""
    if s["fwd"]:
        fname, flocal, ftext = s["fwd"]
        fm = dict(name=fname, addr=f"{flocal}@{env['domain']}", dt=env["dt"] - datetime.timedelta(hours=5),
                  to=sup_to, subject=REPLY_PREFIX[loc] + env["bot_subject"])
        ft = fill(ftext, env)
        if style in ("gmail", "apple", "tb"):
            fwd_plain = (f"{FWD_LINE[loc]}\n{OUTLOOK_HDR[loc][0]}: {fname} <{fm['addr']}>\nDate: "
                         f"{outlook_date(loc, fm['dt'])}\nSubject: {fm['subject']}\n{OUTLOOK_HDR[loc][2]}: {sup_to}\n\n{ft}")
            fwd_html = f"<div>{htmlmod.escape(fwd_plain.split(chr(10)+chr(10))[0]).replace(chr(10), '<br>')}</div><br>\n" + text_to_html(ft)
        else:
            fwd_plain = hdr_block(loc, fm, client) + "\n" + ft
            fwd_html = hdr_block_html(loc, fm, client) + text_to_html(ft, "p", "") if client != "outlook" else \
                hdr_block_html(loc, fm, client) + text_to_html(ft, "p", "")

    top_parts = [newest] if newest else []
    if tail:
        top_parts.append("\n".join(tail))
    if sig:
        top_parts.append(("-- \n" if client == "thunderbird" else "") + sig)
    if disc:
        top_parts.append(disc)
    if fwd_plain:
        top_parts.append(fwd_plain)
    top_plain = "\n\n".join(top_parts)

    # plain quote
    if not msgs or s["shape"] == "none":
        qplain = ""
    elif style in ("gmail", "apple", "tb"):
        astyle = "gmail" if style == "gmail" else ("apple" if style == "apple" else "tb")

        def chain(i):
            body = msgs[i]["text"]
            if i + 1 < len(msgs):
                m = msgs[i + 1]
                body += "\n\n" + attribution(loc, astyle, m["dt"], m["name"], m["addr"]) + "\n" + quote_lines(chain(i + 1), style)
            return body
        m0 = msgs[0]
        qplain = attribution(loc, astyle, m0["dt"], m0["name"], m0["addr"]) + "\n" + quote_lines(chain(0), style)
    else:
        qplain = "\n\n".join(hdr_block(loc, m, client) + "\n" + m["text"].replace("\x02", "") for m in msgs)
    if s["shape"] == "bottom":
        plain = qplain + "\n\n" + top_plain
    elif qplain:
        plain = (top_plain + "\n\n" + qplain) if top_plain else qplain
    else:
        plain = top_plain
    plain = "\n".join(l.rstrip() if l != "-- " else l for l in plain.split("\n")) + "\n"
    if client == "thunderbird":
        plain = wrap_para(plain, 76, flowed=True)
    elif client == "webmail":
        plain = wrap_para(plain, 76)

    # html
    e = htmlmod.escape
    top_html = fill(s["html"], env) if s["html"] else text_to_html(newest)
    if tail:
        top_html += text_to_html("\n".join(tail))
    if sig:
        top_html += '<div style="color:#595959;font-size:9pt">\n' + text_to_html(sig) + "</div>\n"
    if s["logo"]:
        top_html += f'<div><img width="142" height="38" src="cid:{s["logo"]}" alt="{e(env["co"])}"></div>\n'
    if disc:
        top_html += f'<p style="font-size:7.5pt;color:gray">{e(disc)}</p>\n'
    top_html += fwd_html
    if not msgs or s["shape"] == "none":
        qhtml = ""
    elif style == "gmail":
        def chain_h(i):
            body = msgs[i]["html"]
            if i + 1 < len(msgs):
                m = msgs[i + 1]
                body += (f'<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                         f'{e(attribution(loc, "gmail", m["dt"], m["name"], m["addr"]))}<br></div>\n'
                         f'<blockquote class="gmail_quote" {BLOCKQ}>\n{chain_h(i + 1)}</blockquote></div>\n')
            return body
        m0 = msgs[0]
        qhtml = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 f'{e(attribution(loc, "gmail", m0["dt"], m0["name"], m0["addr"]))}<br></div>\n'
                 f'<blockquote class="gmail_quote" {BLOCKQ}>\n{chain_h(0)}</blockquote></div>\n')
    elif style == "apple":
        def chain_a(i):
            body = msgs[i]["html"]
            if i + 1 < len(msgs):
                m = msgs[i + 1]
                body += (f'<div><br><blockquote type="cite"><div>{e(attribution(loc, "apple", m["dt"], m["name"], m["addr"]))}</div><br>\n'
                         f'{chain_a(i + 1)}</blockquote></div>\n')
            return body
        m0 = msgs[0]
        qhtml = (f'<div><br><blockquote type="cite"><div>{e(attribution(loc, "apple", m0["dt"], m0["name"], m0["addr"]))}</div><br>\n'
                 f'{chain_a(0)}</blockquote></div>\n')
    else:
        qhtml = "".join(hdr_block_html(loc, m, client) + m["html"] for m in msgs)
    if s["shape"] == "bottom":
        body_html = qhtml + "<br>\n" + top_html
    else:
        body_html = top_html + ("<br>\n" + qhtml if qhtml else "")
    if client == "outlook":
        body_html = '<div class="WordSection1">\n' + body_html + "</div>\n"
    elif style == "gmail":
        body_html = '<div dir="ltr">\n' + body_html + "</div>\n"
    hdoc = html_doc(body_html)

    # MIME
    charset = s["charset"] or {"webmail": "iso-8859-1"}.get(client, "utf-8")
    declared = s["declared"]
    b = "----=_Part_" + env["hash"][:10] + "_" + env["hash"][10:20]
    cte_plain = s["cte"] or {"android": "base64", "thunderbird": "8bit", "webmail": "8bit"}.get(client, "quoted-printable")
    cte_html = s["cte"] or ("base64" if client == "android" else "quoted-printable")
    params = "; format=flowed" if client == "thunderbird" else ""

    def mk(ctype, text, cte, prm=""):
        hd, bd = leaf(ctype, text, charset, cte, prm)
        if declared:
            hd[0] = hd[0].replace(f'charset="{charset}"', f'charset="{declared}"')
        return hd, bd
    if client in ("iphone", "outlook_plain", "thunderbird", "webmail"):
        mime = mk("text/plain", plain, cte_plain, params)
    elif client == "owa":
        mime = mk("text/html", hdoc, cte_html)
    else:
        p1 = mk("text/plain", plain, cte_plain, params)
        p2 = mk("text/html", hdoc, cte_html)
        if s["logo"]:
            img = ([f'Content-Type: image/png; name="image001.png"', "Content-Transfer-Encoding: base64",
                    f"Content-ID: <{s['logo']}>", 'Content-Disposition: inline; filename="image001.png"'],
                   b64_encode(PNG_1X1))
            p2 = multipart("related", [p2, img], "rel" + b, ' type="text/html";')
        mime = multipart("alternative", [p1, p2], "alt" + b)

    subject = s["subj"] or ((REPLY_PREFIX[loc] * (2 if rounds >= 3 else 1)) + env["bot_subject"])
    if s["fwd"] and not s["subj"]:
        subject = REPLY_PREFIX[loc] + FWD_PREFIX[loc] + env["bot_subject"]
    h = env["hash"]
    mid = (f"<CAF{h[20:36]}{h[:8]}@mail.gmail.example>" if style == "gmail"
           else f"<{h[24:40].upper()}@{env['domain']}>")
    refs = [f"<{h[:12]}.open@brightwell-retail.example>"] if rounds >= 3 else []
    if rounds >= 2:
        refs.append(f"<{h[8:20]}@{env['domain']}>")
    refs.append(env["bot_id"])
    top = [f"From: {addr_header(env['person'], env['addr'])}",
           f"To: {addr_header(BUYER_DISPLAY, BUYER_ADDR)}",
           f"Subject: {enc_header(subject)}",
           f"Date: {email.utils.format_datetime(env['dt'])}",
           f"Message-ID: {mid}",
           f"In-Reply-To: {env['bot_id']}",
           "References: " + "\r\n ".join(refs)] + MAILER[client] + list(s["hdrs"])
    if client == "outlook":
        top.append("Content-Language: " + {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES",
                                           "nl": "nl-NL", "it": "it-IT", "pl": "pl-PL", "pt": "pt-BR",
                                           "sv": "sv-SE"}[loc])
        top.append("Thread-Index: AdsX" + base64.b64encode(bytes.fromhex(h[:24])).decode())
    data = message_bytes(top, mime)
    return data, context_of(env, s), needles if (msgs and s["shape"] != "none") else []


def build_A(name, s):
    env = setup(name, s)
    h = env["hash"]
    if s["sender"]:
        sname, slocal = s["sender"]
        saddr = f"{slocal}@{env['domain']}"
    else:
        sname, saddr = env["person"], env["addr"]
    body = fill(s["text"], env) + "\n"
    subj = fill(s["subj"], env).replace("{SUBJ}", env["bot_subject"])
    b = "----=_NextPart_" + h[:12]
    if s["html"]:
        mime = multipart("alternative", [leaf("text/plain", body, s["charset"], s["cte"]),
                                         leaf("text/html", html_doc(fill(s["html"], env)), s["charset"], s["cte"])],
                         "alt" + b)
    else:
        mime = leaf("text/plain", body, s["charset"], s["cte"])
    top = [f"From: {addr_header(sname, saddr)}", f"To: {addr_header(BUYER_DISPLAY, BUYER_ADDR)}",
           f"Subject: {enc_header(subj)}", f"Date: {email.utils.format_datetime(env['dt'])}",
           f"Message-ID: <{h[20:36]}.auto@{env['domain']}>", f"In-Reply-To: {env['bot_id']}",
           f"References: {env['bot_id']}"] + list(s["headers"])
    return message_bytes(top, mime), context_of(env, s), []


def bot_original(env, s):
    o = s["offer"] or OPENING
    tpl = "opening_offer" if o == OPENING else "counter_offer"
    bt, _, _ = bot_message(env["ql"], tpl, o, env["base"], env["cur"], env["co"], env["item"],
                           env["volume"], env["buyer"])
    dt = env["dt"] - datetime.timedelta(minutes=7)
    hd = [f"From: {addr_header(BUYER_DISPLAY, BUYER_ADDR)}", f"To: {addr_header(env['person'], env['addr'])}",
          f"Subject: {enc_header(env['bot_subject'])}", f"Date: {email.utils.format_datetime(dt)}",
          f"Message-ID: {env['bot_id']}", "MIME-Version: 1.0",
          'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"]
    return "\r\n".join(hd), qp_encode(bt + "\n", "utf-8")


def build_B(name, s):
    env = setup(name, s)
    h = env["hash"]
    rcpt = env["addr"]
    mta = s["mta"]
    rep = {"{RCPT}": rcpt, "{SUBJ}": env["bot_subject"], "{HOST}": "mx1." + env["domain"],
           "{DATE}": email.utils.format_datetime(env["dt"]), "{DOMAIN}": env["domain"], "{MTA}": mta}

    def r(t):
        t = fill(t, env)
        for k, v in rep.items():
            t = t.replace(k, v)
        return t
    human = r(s["text"]) + "\n"
    subj = r(s["subj"])
    sender = s["sender"] or ("Mail Delivery System", f"MAILER-DAEMON@{mta}")
    b = "=_" + h[:8] + "/" + mta
    if s["html"]:
        hpart = multipart("alternative", [leaf("text/plain", human, s["charset"], s["cte"]),
                                          leaf("text/html", html_doc(r(s["html"])), s["charset"], s["cte"])],
                          "alt" + h[:12])
    else:
        hpart = leaf("text/plain", human, s["charset"], s["cte"])
    if s["report"]:
        diag = r(s["diag"] or "smtp; 550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table")
        ds = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {rep['{DATE}']}", "",
              f"Final-Recipient: rfc822; {rcpt}", f"Original-Recipient: rfc822;{rcpt}",
              f"Action: {s['action']}", f"Status: {s['status']}", f"Remote-MTA: dns; {rep['{HOST}']}",
              f"Diagnostic-Code: {diag}"]
        if s["action"] == "delayed":
            later = env["dt"] + datetime.timedelta(days=5)
            ds.append(f"Will-Retry-Until: {email.utils.format_datetime(later)}")
        dsp = (["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
               "\r\n".join(ds) + "\r\n")
        parts = [hpart, dsp]
        oh, ob = bot_original(env, s)
        if s["include"] == "full":
            parts.append((["Content-Type: message/rfc822", "Content-Description: Undelivered Message"],
                          oh + "\r\n\r\n" + ob + "\r\n"))
        elif s["include"] == "headers":
            parts.append((["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
                          oh + "\r\n"))
        mime = multipart("report", parts, b, " report-type=delivery-status;")
    else:
        mime = hpart
    top = [f"From: {addr_header(*sender)}", f"To: {BUYER_ADDR}", f"Subject: {enc_header(subj)}",
           f"Date: {email.utils.format_datetime(env['dt'])}", f"Message-ID: <{h[4:20]}.dsn@{mta}>",
           "Auto-Submitted: auto-replied"]
    return message_bytes(top, mime), context_of(env, s), []


def build_all():
    out = {}
    for name, s in name_cases():
        data, ctx, needles = {"C": build_C, "A": build_A, "B": build_B}[s["kind"]](name, s)
        label = {"context": ctx,
                 "expected": {"intent": s["intent"], "price_increase": bool(s["pi"]), "terms": s["terms"]},
                 "notes": s["note"]}
        out[name] = dict(data=data, label=label, needles=needles, spec=s)
    return out


def split(cases):
    groups = {}
    for n, c in cases.items():
        groups.setdefault((c["spec"]["intent"], group_of(c["spec"]["lang"])), []).append(n)
    part, start = {}, 0
    for g in sorted(groups):
        names = sorted(groups[g])
        for i, n in enumerate(names):
            part[n] = PARTS[(start + i) % 2]
        if len(names) % 2:
            start = 1 - start
    return part


def render_files(cases):
    part = split(cases)
    files = {}
    labels = {p: {} for p in PARTS}
    for n in sorted(cases):
        files[f"{part[n]}/{n}.eml"] = cases[n]["data"]
        labels[part[n]][n] = cases[n]["label"]
    for p in PARTS:
        files[f"{p}/labels.json"] = (json.dumps(labels[p], indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    pj = {n: {"part": part[n], "language": cases[n]["spec"]["lang"], "client": cases[n]["spec"]["client"]}
          for n in sorted(cases)}
    files["parts.json"] = (json.dumps(pj, indent=2) + "\n").encode("utf-8")
    return files, part


def write():
    cases = build_all()
    files, _ = render_files(cases)
    for p in PARTS:
        d = os.path.join(HERE, p)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    print(f"wrote {len(cases)} cases")


# ---------------------------------------------------------------- check
def decoded_text(msg):
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            chunks.append(strip_html(t) if ct == "text/html" else t)
    return "\n".join(chunks)


def validate_label(n, lab, errs):
    def err(m):
        errs.append(f"{n}: {m}")
    if set(lab) != {"context", "expected", "notes"}:
        err("label keys")
        return
    c, x = lab["context"], lab["expected"]
    if set(c) != {"baseline_unit_price", "currency", "last_offer"}:
        err("context keys")
    if c["baseline_unit_price"] is not None and not isinstance(c["baseline_unit_price"], (int, float)):
        err("baseline type")
    if (c["currency"] is None) != (c["baseline_unit_price"] is None):
        err("baseline/currency pairing")
    if c["currency"] is not None and c["currency"] not in ISO4217:
        err("context currency")
    lo = c["last_offer"]
    if lo is not None:
        if set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
            err("last_offer keys")
        for k, v in lo.items():
            if v is not None and not isinstance(v, (int, float)):
                err("last_offer type " + k)
    if set(x) != {"intent", "price_increase", "terms"}:
        err("expected keys")
        return
    if x["intent"] not in INTENTS:
        err("intent")
    if not isinstance(x["price_increase"], bool):
        err("price_increase type")
    t = x["terms"]
    if tuple(t) != TERM_KEYS and set(t) != set(TERM_KEYS):
        err("term keys")
        return
    for k in TERM_KEYS:
        v = t[k]
        if k == "currency":
            if v is not None and v not in ISO4217:
                err("term currency")
        elif v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            err("term type " + k)
    for k in ("payment_days", "contract_months", "volume_units"):
        if t[k] is not None and not isinstance(t[k], int):
            err("integer expected for " + k)
    if (t["currency"] is None) != (t["unit_price"] is None):
        err("currency only with unit_price (and unit_price with currency)")
    filled = [k for k in TERM_KEYS if t[k] is not None]
    if x["intent"] in ("other", "reject", "auto_reply", "bounce") and filled:
        err("terms must be null for " + x["intent"])
    if x["intent"] == "counter" and not filled:
        err("counter without a term")
    p = t["price_change_pct"]
    if p is not None and (p > 0) != x["price_increase"]:
        err("sign of price_change_pct vs price_increase")
    if x["intent"] == "counter" and x["price_increase"] and p is None and t["unit_price"] is None:
        err("increase counter without a number")
    if x["price_increase"] and x["intent"] in ("accept", "auto_reply", "bounce"):
        err("price_increase on " + x["intent"])
    note = lab["notes"]
    if not isinstance(note, str) or not note.strip() or note.count(". ") > 0 or not note.endswith("."):
        err("note must be one sentence")


def check():
    cases = build_all()
    files, part = render_files(cases)
    errs = []
    for p in PARTS:
        d = os.path.join(HERE, p)
        have = set(os.listdir(d)) if os.path.isdir(d) else set()
        want = {rel.split("/", 1)[1] for rel in files if rel.startswith(p + "/")}
        for f in sorted(have - want):
            errs.append(f"stray file {p}/{f}")
        for f in sorted(want - have):
            errs.append(f"missing file {p}/{f}")
    for rel, data in files.items():
        path = os.path.join(HERE, rel)
        if os.path.exists(path):
            with open(path, "rb") as fh:
                if fh.read() != data:
                    errs.append(f"{rel} differs from a rebuild")
    mids = {}
    for n in sorted(cases):
        data = cases[n]["data"]
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append(f"{n}: bare LF or CR")
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errs.append(f"{n}: line over 998 octets")
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            errs.append(f"{n}: 8-bit header")
        for pol in (policy.compat32, policy.default):
            msg = email.message_from_bytes(data, policy=pol)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if msg[h] is None:
                    errs.append(f"{n}: missing {h}")
            for part_ in msg.walk():
                if part_.defects:
                    errs.append(f"{n}: defects {part_.defects}")
                if pol is policy.default:
                    for k, v in part_.items():
                        if getattr(v, "defects", None):
                            errs.append(f"{n}: header defect {k} {v.defects}")
                if not part_.is_multipart():
                    if pol is policy.compat32:
                        part_.get_payload(decode=True)
                    elif part_.get_content_maintype() == "text":
                        part_.get_content()
            if pol is policy.default:
                mid = str(msg["Message-ID"])
                if mid in mids:
                    errs.append(f"{n}: Message-ID shared with {mids[mid]}")
                mids[mid] = n
                text = re.sub(r"\s+", " ", decoded_text(msg))
                for needle in cases[n]["needles"]:
                    if re.sub(r"\s+", " ", needle) not in text:
                        errs.append(f"{n}: quoted offer line missing: {needle!r}")
        validate_label(n, cases[n]["label"], errs)
    pj = json.loads(files["parts.json"])
    for n, v in pj.items():
        if v["part"] != part[n]:
            errs.append(f"{n}: parts.json disagrees with split")
    for p in PARTS:
        labs = json.loads(files[f"{p}/labels.json"])
        if set(labs) != {n for n in part if part[n] == p}:
            errs.append(f"{p}/labels.json disagrees with split")
    if errs:
        print("\n".join(errs))
        print(f"check FAILED: {len(errs)} problem(s)")
        return 1
    counts = {p: sum(1 for n in part if part[n] == p) for p in PARTS}
    print(f"check OK: {len(cases)} cases (probe {counts['probe']}, sealed {counts['sealed']}), "
          f"files byte-identical, MIME clean, labels valid, quoted offers present, split reproduced")
    return 0


def table(cases, names, keyf, title):
    rows = sorted({keyf(n) for n in names})
    lines = [f"| {title} | " + " | ".join(INTENTS) + " | total |", "|---|" + "---:|" * (len(INTENTS) + 1)]
    for r in rows:
        cnt = [sum(1 for n in names if keyf(n) == r and cases[n]["spec"]["intent"] == i) for i in INTENTS]
        lines.append(f"| {r} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    cnt = [sum(1 for n in names if cases[n]["spec"]["intent"] == i) for i in INTENTS]
    lines.append("| total | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    return "\n".join(lines)


def stats():
    cases = build_all()
    part = split(cases)
    allnames = sorted(cases)
    print(table(cases, allnames, lambda n: part[n], "part"))
    print()
    print(table(cases, allnames, lambda n: group_of(cases[n]["spec"]["lang"]), "all"))
    for p in PARTS:
        print()
        print(table(cases, [n for n in allnames if part[n] == p], lambda n: group_of(cases[n]["spec"]["lang"]), p))
    print()
    print("price_increase true:", sum(1 for n in allnames if cases[n]["spec"]["pi"]))
    for k in ("lang", "client", "shape"):
        c = {}
        for n in allnames:
            c[cases[n]["spec"][k]] = c.get(cases[n]["spec"][k], 0) + 1
        print(f"{k}s:", ", ".join(f"{a} {b}" for a, b in sorted(c.items())))
    rounds = {}
    for n in allnames:
        r = cases[n]["spec"].get("rounds", 0) if cases[n]["spec"]["kind"] == "C" else 0
        rounds[r] = rounds.get(r, 0) + 1
    print("quoted rounds:", ", ".join(f"{a} {b}" for a, b in sorted(rounds.items())))


def list_cases():
    cases = build_all()
    for n in sorted(cases):
        s = cases[n]["spec"]
        print(f"{n}\t{s['lang']}\t{s['client']}\t{s['shape']}\t{s['intent']}\t{s['note']}")


# ================================================================ the cases
# ---- English, native ------------------------------------------------------
C("en-gb", "outlook", "counter", """
Hi {B},

We've taken this as far as we can internally. Final position from our side: 3% off and 50 days. The 12 months is fine with us.

Best,
{FIRST}
""", "Three-round Outlook thread without quote markers, the newest text restates the term length next to the counter.",
  offer=(-4, 60, 12), rounds=3, pct=-3.0, days=50, months=12, logo="image001.png@01DB8C2E.4A1F77D0")
C("en-us", "gmail", "counter", """
Sorry for the slow reply, I was out on the plant floor all week.

We can do 3.5% but payment has to stay at 45. That's really where it ends for us.

{FIRST}
""", "Answer at the bottom under a two-round nested quote.",
  offer=(-4, 60, 12), rounds=2, shape="bottom", pct=-3.5, days=45)
C("en-us", "iphone", "counter", "3 and net 45, thx", "Terse mobile reply with a bare 3 meaning a three percent reduction.",
  pct=-3.0, days=45)
C("en-au", "gmail_mobile", "counter", "can do 4.5 off if u lock in 2 yrs. net 60 ok",
  "Lower-case mobile shorthand with yrs and a restated payment term.", pct=-4.5, months=24, days=60)
C("en-gb", "outlook", "counter", """
Hi {B},

Thanks for the proposal. Side by side, here is where we land:

Your proposal / Our offer
Unit price: -6% / -2.5%
Payment: 60 days / 45 days
Term: monthly / 12 months

Happy to discuss.
{FIRST}
""", "HTML table with the buyer's column next to the supplier's column, only the supplier's column is the counter.",
  html="""<div>Hi {B},</div><div><br></div><div>Thanks for the proposal. Side by side, here is where we land:</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>&nbsp;</td><td><b>Your proposal</b></td><td><b>Our offer</b></td></tr>
<tr><td>Unit price</td><td>-6%</td><td style="color:#1F4E79"><b>-2.5%</b></td></tr>
<tr><td>Payment</td><td>60 days</td><td style="color:#1F4E79"><b>45 days</b></td></tr>
<tr><td>Term</td><td>monthly</td><td style="color:#1F4E79"><b>12 months</b></td></tr>
</table><div><br></div><div>Happy to discuss.</div><div>{FIRST}</div>
""", pct=-2.5, days=45, months=12)
C("en-ie", "owa", "counter", """
Hi there,

Thanks for coming back to us. Please see our revised proposal: a price reduction of 2%, payment 45 days end of month. We would need a firm commitment of 250,000 units over the year for this.

Kind regards,
{FIRST}
""", "Base64 HTML-only OWA reply with days end of month and a committed volume above a number-heavy signature.",
  cte="base64", pct=-2.0, days=45, vol=250000)
C("en-us", "outlook_plain", "counter", """
See my answers below.

{FIRST}
""", "Inline answers between unquoted Original Message lines, the turned-down 6 is not a term.",
  shape="inline", inline=[("Unit price:", "Can't do 6. 2.5% is our number."), ("Payment terms:", "Net 45 max.")],
  pct=-2.5, days=45)
C("en-ca", "thunderbird", "counter", """
Hi {B},

Best we can do is $3.19 a case, and we'd want 45 days rather than the 60 you mention. We ship from our Mississauga plant at 6045 Kestrel Rd so freight stays as is.

{FIRST}
""", "Dollar unit price in a CAD context with an address number and a turned-down 60.",
  base=3.30, cur="CAD", price=3.19, pcur="CAD", days=45)
C("en-gb", "apple", "counter", """
Hi {B},

I'll be straight with you: resin has gone up three times since January. Rather than a reduction we will need to move the unit price up by 4.2% from 1 April. We can keep the 60 days you asked for.

Regards,
{FIRST}
""", "Price increase with a number plus a restated payment term, dates and cost talk around it.",
  pi=True, pct=4.2, days=60)
C("en-us", "gmail", "counter", """
Hi {B},

Instead of a reduction we have to add a 2.5% freight surcharge, effective next month. Everything else per your note.

Thanks
{FIRST}
""", "Surcharge counts as a price increase with a number.", pi=True, pct=2.5)
C("en-au", "outlook", "counter", """
Hi {B},

Following up after speaking with our MD (his note is below). Our offer is 3% off at 45 days payment.

Cheers,
{FIRST}
""", "Forwarded internal note from the MD sits between the answer and the quoted offer, the newest text restates it.",
  fwd=("Graham Tully", "graham.tully", "{FIRST} - tell them 3% at most and only if they move to 45 days. Don't go under that.\n\nG"),
  pct=-3.0, days=45)
C("en-gb", "webmail", "counter", """
Dear {B},

We can offer £4.60 per unit on a 12 month agreement, payment 30 days end of month. Our standard carriage-paid threshold of £250 still applies.

Yours sincerely,
{FULL}
""", "Latin-1 8bit webmail with a pound unit price and a carriage threshold that is not a term.",
  base=4.75, cur="GBP", price=4.60, pcur="GBP", months=12, days=30)
C("en-us", "owa", "counter", """
Hi {B},

We looked at this with finance this morning. We can do 4% with Net 50.

Regards,
{FIRST}
""", "HTML-only reply with the answer in bold red and a quoted twelve-month offer the supplier does not restate.",
  html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Hi {B},<br><br>We looked at this with finance this morning. <b><span style="color:#C00000">We can do 4% with Net&nbsp;50.</span></b><br><br>Regards,<br>{FIRST}</div>
""", offer=(-5, 60, 12), pct=-4.0, days=50)
C("en-ie", "gmail", "counter", """
Hi {B},

After a long back and forth with our plant manager we can meet you at 3.\x015% if payment is 5\x010 days. Let me know.

{FIRST}
""", "Quoted-printable soft line breaks fall inside both numbers of the counter.",
  offer=(-5, 60, None), rounds=2, pct=-3.5, days=50)
C("en-us", "gmail", "counter", """
Hey {B},

Talked it over with Ray. We could go to three and a half percent off, with forty-five day terms, if we sign for two years.

Thanks,
{FIRST}
""", "All three terms written out in words.", pct=-3.5, days=45, months=24)
C("en-gb", "outlook", "counter", """
Hello {B},

Rather than touching the unit price, we'd offer a 2% year-end rebate if you commit to 400k units a year. Payment at 45 days.

Kind regards,
{FIRST}
""", "Rebate and a k-multiplied committed volume instead of a price change.", rebate=2.0, vol=400000, days=45,
  disclaimer=True)
C("en-us", "android", "counter", "Can do 2% off. Net 60 works.",
  "Base64 Samsung reply with its own unquoted original-message block.", pct=-2.0, days=60)
C("en-au", "outlook", "counter", """
G'day {B},

Meet you halfway - 4% and 55 days. 12 months fine.

{FIRST}
""", "Three-round thread under a terms-of-trade footer that says payable within 30 days.",
  offer=(-5, 60, 12), rounds=3, pct=-4.0, days=55, months=12,
  sig="Cheers,\n{FIRST}\n--\n{CO} | 41 Kembla St, Wollongong NSW 2500\nPh 02 4229 8810 | ABN 53 004 085 616\nTerms of trade: all invoices payable within 30 days of statement.")
C("en-ca", "gmail", "counter", """
Hi {B},

We'd go 3% if you commit to 1.2m units annually. Volume has to be firm though, not a forecast.

{FIRST}
""", "An m multiplier on the committed volume.", pct=-3.0, vol=1200000)
C("en-gb", "outlook", "accept", """
Hi {B},

That works for us. Please send the paperwork over and we'll get it signed this week.

Thanks,
{FIRST}
""", "Plain acceptance at the top of a three-round Outlook thread full of earlier numbers.",
  offer=(-4, 50, 12), rounds=3)
C("en-us", "iphone", "accept", "ok", "A bare ok from a phone.", offer=(-3, 55, 12))
C("en-ie", "gmail", "accept", """
Hi {B},

Agreed: 4% reduction, 50 days, 12 months. We'll update our system from the 1st.

{FIRST}
""", "Acceptance restating the offer's own numbers.", offer=(-4, 50, 12), rounds=2, pct=-4.0, days=50, months=12)
C("en-au", "apple", "accept", "All good, go ahead.\n\nCheers\n{FIRST}", "Bottom-posted acceptance under the quote.",
  offer=(-4.5, 55, None), shape="bottom")
C("en-us", "outlook", "accept", """
Hi {B},

Approved on our end. Looking forward to continuing the partnership for another year.

{FULL}
""", "Acceptance above a long disclaimer with quote validity and clause numbers.", offer=(-3, 60, 12),
  disclaimer=True)
C("en-gb", "thunderbird", "accept", "Happy with that. Confirmed.\n\n{FIRST}",
  "Short flowed acceptance with a signature separator.", offer=(-3, 60, 12))
C("en-gb", "outlook", "reject", """
Hi {B},

I'm afraid we can't go any further. 2% was already our floor and the current price will have to stand.

Regards,
{FIRST}
""", "Decline that names the supplier's own earlier figure.", offer=(-4, 60, 12), rounds=2)
C("en-us", "gmail", "reject", """
Hi {B},

We're going to pass on this one. At 6% off we'd be selling below cost. Best of luck with the review.

{FIRST}
""", "Decline that names the buyer's figure only to turn it down.")
C("en-au", "outlook_plain", "reject", """
Hi {B},

Not in a position to offer any reduction. Honestly, with the new packaging levy, pricing is going up for all customers in Q3 and we'll send the new list separately.

{FIRST}
""", "Decline announcing an increase without a number.", pi=True)
C("en-ca", "gmail_mobile", "reject", "No, sorry. Can't make these numbers work.", "Terse mobile decline.")
C("en-ie", "owa", "reject", """
Thanks {B}.

After review we'll keep our existing pricing and terms unchanged. Happy for you to keep ordering at current rates.

{FIRST}
""", "Keeping the current price without a counter, HTML only.")
C("en-gb", "outlook", "other", """
Hi {B},

Looks acceptable to me. I need to run it past our finance director, who is back on Monday the 14th, and will confirm then.

{FIRST}
""", "Acceptance pending someone's sign-off.", offer=(-4, 55, 12))
C("en-us", "gmail", "other", """
Hi {B},

Can we jump on a call Thursday at 2pm EST to talk this through? 6% is a big ask for us. My direct line is 937-555-0148.

{FIRST}
""", "Call request with a time and a phone number.")
C("en-au", "gmail", "other", """
Hi {B},

We could do somewhere between 2 and 3 percent depending on the volume you can commit to. What sort of numbers are you forecasting?

{FIRST}
""", "A range plus a question.")
C("en-gb", "outlook", "other", """
Hi {B},

Before anything else is processed: our bank details have changed with effect from 1 May. New details: sort code 40-11-62, account 71234598, IBAN GB29 NWBK 6016 1331 9268 19. We'll come back on the pricing separately.

{FIRST}
""", "Bank-detail change full of digits and no answer on the offer.")
C("en-us", "outlook_plain", "other", """
Mike - they're asking 4% and 50 days. I think we can live with 3 at 50 but check with Sandra before we reply. Don't send anything to them yet.

{FIRST}
""", "Internal note sent to the buyer by mistake.", offer=(-4, 50, None), sig=False)
C("en-ie", "apple", "other", """
Hi {B},

Two options for you:
(a) 3% off at 45 days, or
(b) 1.5% off at 60 days with a 12-month contract.

Let us know which suits.
{FIRST}
""", "Two alternative packages.")
C("en-us", "gmail", "other", """
Hi {B},

Confirming we accept the 4% for the pail lids (item 40-1177) as discussed with your colleague. I'll revert on this one separately.

{FIRST}
""", "Acceptance for a different item than the one in the thread.", offer=(-4, 60, None))
A("en-gb", """
Thank you for your email.

I am out of the office until Monday 23 June with limited access to email. For anything urgent please call our sales desk on 0113 496 0700 or write to sales@{DOMAIN}.

Orders received before 14:00 still ship the same day.

{FULL}
""", "Out-of-office with a return date, a phone number and a cut-off time.",
  subj="Automatic reply: {SUBJ}", headers=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))
A("en-us", """
This is an automated message - please do not reply.

We've received your message and created case #00482913. A member of our customer care team will respond within 2 business days (Mon-Fri, 8am-5pm CT).

Please quote case #00482913 in any follow-up.
""", "Ticket acknowledgement without RFC 3834 headers.", subj="[Case #00482913] We've received your message: {SUBJ}",
  headers=(), sender=("Customer Care", "support"))
A("en-au", """
Hi,

{FULL} is no longer with {CO} and this mailbox is not monitored. Please send any enquiries to orders@ the same domain, or call 02 4229 8810.

Thanks
""", "No longer with the company notice.", subj="Undeliverable mailbox notice: {SUBJ}",
  headers=("Auto-Submitted: auto-generated", "Precedence: auto_reply"))
A("en-ca", """
I'm away until August 4. / Je suis absente jusqu'au 4 août.

For orders please contact / Pour les commandes : 1-800-555-0177.
""", "Bilingual English and French out-of-office in HTML and plain.", subj="Out of Office / Absence du bureau: {SUBJ}",
  headers=("Auto-Submitted: auto-replied", "X-Autoreply: yes"),
  html="<p>I'm away until August 4. / Je suis absente jusqu'au 4&nbsp;ao&ucirc;t.</p><p>For orders please contact / Pour les commandes&nbsp;: 1-800-555-0177.</p>\n")
B("en-us", "postfix", """
This is the mail system at host {MTA}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{RCPT}>: host {HOST}[198.51.100.23] said: 550 5.1.1
    <{RCPT}>: Recipient address rejected: User unknown (in reply to RCPT TO
    command)
""", "Postfix DSN carrying the whole original offer.", subj="Undelivered Mail Returned to Sender")
B("en-gb", "exchange", """
Your message to {RCPT} couldn't be delivered.

The recipient's organisation has rejected it.

Status code: 550 5.4.1
Remote server: {HOST}
""", "Exchange NDR with HTML and plain human part and only the original headers.",
  subj="Undeliverable: {SUBJ}", status="5.4.1", include="headers",
  diag="smtp; 550 5.4.1 Recipient address rejected: Access denied",
  sender=("Microsoft Outlook", "postmaster@brightwell-retail.example"),
  html="<p><b><span style=\"color:#C00000;font-size:15pt\">Your message to {RCPT} couldn't be delivered.</span></b></p><p>The recipient's organisation has rejected it.</p><table><tr><td>Status code</td><td>550 5.4.1</td></tr><tr><td>Remote server</td><td>{HOST}</td></tr></table>\n")
B("en-us", "exim", """
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {MTA}.

  {RCPT}
    Delay reason: SMTP error from remote mail server after RCPT TO:
    451 4.4.7 Temporary local problem - please try later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""", "Exim delay warning with Action delayed.", subj="Warning: message 1uXk2P-0004Lm-3G delayed 24 hours",
  status="4.4.7", action="delayed", include="headers", diag="smtp; 451 4.4.7 Temporary local problem - please try later")

# ---- English, non-native ----------------------------------------------------
C("en-in", "gmail", "counter", """
Dear Sir,

Greetings from Sunrise!

With reference to your trailing mail, we are agree to give 2.5% discount on current rate. Payment terms kindly keep 45 days as earlier. Revised rate will be Rs. 115.05 per pc.

Thanking you and assuring best services always,
{FULL}
""", "Percent and rupee unit price stated together, payment kept but restated.",
  base=118.00, cur="INR", pct=-2.5, price=115.05, pcur="INR", days=45)
C("en-cn", "outlook", "counter", """
Dear {B},

Thanks for your kindly email. After discuss with our boss, we can give 3% price down, but payment term only can be 30 days because of RMB exchange rate risk. Hope you can understand.

Best Regards
{FIRST}
""", "Chinese-English phrasing with price down and a shorter payment term.", pct=-3.0, days=30)
C("en-tr", "gmail", "counter", """
Hello,

we can accept 4% but the payment must be 45 days, not 60. Also contract 1 year.

Regards
{FIRST}
""", "We accept X but Y restates the percent next to changed terms.", offer=(-4, 60, None), pct=-4.0, days=45, months=12)
C("en-de", "outlook", "counter", """
Dear {B},

thank you for the new proposal. We can go to 3,5 % if you accept payment within 50 days. Contract duration 12 months is okay for us.

Kind regards
{FIRST}
""", "German writer in English, decimal comma, three-round thread under Von/Gesendet blocks.",
  offer=(-4, 60, 12), rounds=3, pct=-3.5, days=50, months=12)
C("en-it", "gmail", "counter", """
Good morning,

for us is possible a discount of 2% with payment at 60 days end of month.

Best regards
{FIRST}
""", "Days end of month in Italian-English.", pct=-2.0, days=60)
C("en-pl", "thunderbird", "counter", """
Hello,

we prepared new offer for you: price 12,05 PLN netto per piece, payment 45 days. Contract 24 months.

Best regards
{FIRST}
""", "Netto meaning excluding tax next to a PLN unit price, iso-8859-2 body.",
  base=12.40, cur="PLN", price=12.05, pcur="PLN", days=45, months=24, charset="iso-8859-2")
C("en-nl", "apple", "counter", """
Hi {B},

We can live with 4% if we get a 2 year contract. Payment 60 days is fine.

Groeten,
{FIRST}
""", "Dutch writer, Apple client with Dutch attribution.", pct=-4.0, months=24, days=60)
C("en-br", "outlook", "counter", """
Dear Sir,

Our proposal: R$ 4,70 per unit, payment 28 days (we work with boleto). Volume must be minimum 20.000 pcs per month.

Att.
{FIRST}
""", "Real unit price with a decimal comma and a minimum quantity that is not a term.",
  base=4.85, cur="BRL", price=4.70, pcur="BRL", days=28)
C("en-in", "outlook_plain", "counter", """
Dear Sir/Madam,

Due to steep rise in kraft paper cost we are constrained to increase the rate by 5% w.e.f. 1st July. Balance terms remain same.

Regards,
{FIRST}
""", "Indian-English increase with a number.", pi=True, pct=5.0)
C("en-cn", "gmail_mobile", "counter", "ok 2% and 45days, last price.", "Mobile shorthand with a glued day count.",
  pct=-2.0, days=45)
C("en-tr", "owa", "counter", """
Dear {B},

We can make 3% discount with 12 months contract, payment 45 days.

Best regards,
{FIRST}
""", "HTML-only with the counter in a coloured bold span.",
  html="""<div>Dear {B},</div><div><br></div><div><font color="#0070C0"><b>We can make 3% discount with 12 months contract, payment 45&nbsp;days.</b></font></div><div><br></div><div>Best regards,</div><div>{FIRST}</div>
""", pct=-3.0, months=12, days=45)
C("en-de", "webmail", "counter", """
Hello {B},

we offer 2,5 % reduction. Payment: 30 days net or 14 days with 2 % cash discount.

Mit freundlichen Grüßen
{FULL}
""", "Cash discount wording next to the price reduction, latin-1 webmail.", pct=-2.5, days=30)
C("en-es", "gmail", "counter", """
Hi,

we can offer you a 3% reduction of price if you commit a volume of 80.000 units per year. The payment we keep at 45 days.

Un saludo,
{FIRST}
""", "Volume with a dot separator.", pct=-3.0, vol=80000, days=45)
C("en-it", "outlook", "counter", """
Please see our comments in red below.

{FIRST}
""", "Inline answers in red inside an Outlook block with no quote markers.",
  shape="inline", inline=[("Unit price:", "NO - max 2,5%"), ("Payment terms:", "ok 60")], pct=-2.5, days=60)
C("en-in", "android", "counter", "Sir we can do 1.5% less. Payment 45 days. Pls confirm PO.",
  "Base64 Android reply with a purchase-order request.", pct=-1.5, days=45)
C("en-cn", "gmail", "accept", """
Dear {B},

OK, we accept your proposal. Please send us the new contract for sign. Thanks!

{FIRST}
""", "Acceptance under a two-round nested quote.", offer=(-3, 50, 12), rounds=2)
C("en-de", "outlook", "accept", "Dear Sir or Madam,\n\nwe agree with your offer.\n\nKind regards", "Formal acceptance.",
  offer=(-4, 55, 12))
C("en-tr", "iphone", "accept", "Accepted. Thank you", "Short phone acceptance.", offer=(-3.5, 60, None))
C("en-pl", "gmail", "accept", """
Hello,

we confirm: 4% reduction, payment 50 days, contract 12 months.

Best
{FIRST}
""", "Acceptance restating every number of the offer.", offer=(-4, 50, 12), pct=-4.0, days=50, months=12)
C("en-br", "apple", "accept", "ok for us, we agree.\n\n{FIRST}", "Bottom-posted acceptance.", offer=(-3, 55, 12),
  shape="bottom")
C("en-in", "outlook", "reject", """
Dear Sir,

We regret to inform that we are unable to offer any further reduction as our prices are already lowest in the market.

Regards
{FIRST}
""", "Polite decline.")
C("en-cn", "gmail", "reject", """
Dear {B},

Sorry, this price we cannot accept. Raw material up 12% this year. We keep old price.

{FIRST}
""", "Supplier cost rise with a number is not a price increase.")
C("en-it", "outlook_plain", "reject", """
Good afternoon,

unfortunately it is not possible for us. Moreover from September our prices will be increased, we will send you the new price list.

{FIRST}
""", "Decline plus an unquantified increase.", pi=True)
C("en-de", "gmail", "other", """
Hello {B},

in principle we can agree, but I need the approval of our Geschäftsführer, he is back on 3rd of June.

Best regards
{FIRST}
""", "Acceptance pending the managing director.", offer=(-3, 55, 12))
C("en-tr", "outlook", "other", """
Dear {B},

Could we have a Teams meeting this week to discuss? My mobile is +90 532 441 18 07.

{FIRST}
""", "Meeting request with a mobile number.")
C("en-es", "gmail", "other", """
Hi {B},

We can consider between 2% and 3,5% depending on the payment days you can give us.

{FIRST}
""", "Range of percents.")
C("en-in", "webmail", "other", """
Dear Sir,

Kindly note our bank account is changed to ICICI Bank, A/c No. 004105021187, IFSC ICIC0000041. Please update in your system before next payment.

Regards
{FIRST}
""", "Bank-detail change.")
C("en-nl", "outlook", "other", """
Hi {B},

We can agree to the 4% only if you take over the freight (DAP instead of FCA) and always order full pallets of 48 boxes.

{FIRST}
""", "Acceptance tied to conditions outside the levers.", offer=(-4, 60, None))

# ---- German -------------------------------------------------------------
C("de", "outlook", "counter", """
Hallo {B},

wir kommen Ihnen ein Stück entgegen: 3 % Nachlass und 50 Tage Zahlungsziel. Die Laufzeit von 12 Monaten passt für uns.

Viele Grüße
{FIRST}
""", "Three-round German Outlook thread, newest text restates the term.",
  offer=(-4, 60, 12), rounds=3, pct=-3.0, days=50, months=12, logo="image001.jpg@01DB9A11.22C0F0B0")
C("de", "webmail", "counter", """
Guten Tag,

wir koennen Ihnen 2,5 % Preisnachlass gewaehren, Zahlungsziel 45 Tage. Ein Ziel von 60 Tagen ist fuer uns leider nicht machbar.

Mit freundlichen Gruessen
{FULL}
""", "German without umlauts, the turned-down 60 days is not a term.", pct=-2.5, days=45, sig=False)
C("de-at", "gmail", "counter", """
Servus {B},

3,5 Prozent gehen, wenn Sie sich für zwei Jahre binden. Zahlungsziel bleibt bei 45 Tagen.

LG {FIRST}
""", "Austrian German with zwei Jahre and a kept payment term.", pct=-3.5, months=24, days=45)
C("de-ch", "outlook", "counter", """
Grüezi {B}

Wir offerieren neu CHF 1.29 pro Stück bei 30 Tagen netto.

Freundliche Grüsse
{FIRST}
""", "Swiss unit price in CHF.", base=1.35, cur="CHF", price=1.29, pcur="CHF", days=30)
C("de", "thunderbird", "counter", """
Sehr geehrte Damen und Herren,

leider müssen wir ab dem 1. Juli einen Energiezuschlag von 3,8 % auf alle Lieferungen berechnen. Eine Senkung ist unter diesen Umständen nicht möglich.

Mit freundlichen Grüßen
{FULL}
""", "Energy surcharge with a number.", pi=True, pct=3.8)
C("de", "outlook", "counter", """
Sehr geehrte(r) {B},

nach Rücksprache mit unserer Geschäftsleitung (siehe unten) bieten wir Ihnen 2 % bei 45 Tagen Zahlungsziel an.

Mit freundlichen Grüßen
{FIRST}
""", "Forwarded instruction from the managing director between answer and quote.",
  fwd=("Dr. Ralf Brenner", "r.brenner", "{FIRST}, bitte maximal 2 % anbieten, Zahlungsziel nicht über 45 Tage.\n\nGruß RB"),
  pct=-2.0, days=45)
C("de", "owa", "counter", """
Guten Tag {B},

anbei unsere Gegenüberstellung:

Ihr Vorschlag / Unser Angebot
Preis: -6 % / -2 %
Zahlungsziel: 60 Tage / 45 Tage
Abnahmemenge: - / 90.000 Stück

Freundliche Grüße
{FIRST}
""", "Base64 HTML table with the buyer's and the supplier's column.", cte="base64",
  html="""<div>Guten Tag {B},</div><div><br></div><div>anbei unsere Gegen&uuml;berstellung:</div>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th></th><th>Ihr Vorschlag</th><th>Unser Angebot</th></tr>
<tr><td>Preis</td><td>-6&nbsp;%</td><td><b>-2&nbsp;%</b></td></tr><tr><td>Zahlungsziel</td><td>60 Tage</td><td><b>45 Tage</b></td></tr>
<tr><td>Abnahmemenge</td><td>-</td><td><b>90.000 St&uuml;ck</b></td></tr></table><div><br></div><div>Freundliche Gr&uuml;&szlig;e</div><div>{FIRST}</div>
""", pct=-2.0, days=45, vol=90000)
C("de", "gmail", "counter", """
Hallo {B},

bei einer festen Abnahme von 1,5 Mio. Stück im Jahr gewähren wir 4 % Rabatt. Zahlungsziel 60 Tage passt.

Gruß
{FIRST}
""", "Committed volume with the Mio multiplier, and Rabatt read as a price change.", pct=-4.0, vol=1500000, days=60)
C("de-at", "outlook_plain", "counter", """
Sehr geehrte Damen und Herren,

wir bieten 2 % Preisreduktion. Zahlung: 10 Tage 3 % Skonto, 45 Tage netto.

Mit freundlichen Grüßen
{FIRST}
""", "Skonto terms give the net days.", pct=-2.0, days=45, charset="windows-1252")
C("de", "apple", "counter", """
Hallo {B},

statt einer Preissenkung bieten wir eine Rückvergütung von 2,5 % zum Jahresende, wenn Sie 200.000 Stück fest abnehmen.

Beste Grüße
{FIRST}
""", "Year-end rebate for a committed volume.", rebate=2.5, vol=200000)
C("de", "outlook", "accept", """
Guten Tag {B},

einverstanden. Bitte senden Sie uns die Vereinbarung zur Unterschrift.

Mit freundlichen Grüßen
{FIRST}
""", "Acceptance on top of a three-round thread.", offer=(-4, 50, 12), rounds=3)
C("de", "iphone", "accept", "Passt, danke!", "Two-word phone acceptance.", offer=(-3, 55, None))
C("de-ch", "gmail", "accept", """
Guten Tag

Wir bestätigen 4 % Reduktion bei 50 Tagen Zahlungsziel und 12 Monaten Laufzeit.

Freundliche Grüsse
{FIRST}
""", "Acceptance restating the offer's numbers.", offer=(-4, 50, 12), pct=-4.0, days=50, months=12)
C("de", "outlook_plain", "accept", "", "Only Einverstanden and OK typed between the quoted lines.",
  offer=(-3, 60, 12), shape="inline", sig=False,
  inline=[("Stückpreis:", "Einverstanden."), ("Zahlungsziel:", "OK")])
C("de", "gmail", "reject", """
Guten Tag {B},

bei diesen Konditionen müssen wir leider passen. Wir bleiben bei unseren aktuellen Preisen.

Gruß
{FIRST}
""", "Decline keeping the current price.")
C("de-at", "outlook", "reject", """
Sehr geehrte Damen und Herren,

eine Preissenkung ist derzeit ausgeschlossen; im Gegenteil, wir werden die Preise zum Herbst anheben müssen. Die neue Preisliste folgt.

Mit freundlichen Grüßen
{FIRST}
""", "Decline announcing an increase without a number.", pi=True)
C("de", "webmail", "reject", "Sehr geehrte Damen und Herren,\n\nkein Interesse, danke.\n\n{FULL}", "Curt decline.",
  charset="windows-1252")
C("de", "outlook", "other", """
Hallo Jürgen,

die wollen 6 % und 60 Tage. Ich würde 3 % bei 45 anbieten, was meinst du? Bitte noch nicht antworten.

{FIRST}
""", "Internal note sent to the buyer by mistake.", sig=False)
C("de", "gmail", "other", """
Hallo {B},

können wir das kurz telefonisch besprechen? Ich bin morgen zwischen 9 und 11 Uhr unter 07131 5844-120 erreichbar.

Gruß
{FIRST}
""", "Call request with time window and phone number.")
C("de-ch", "outlook", "other", """
Guten Tag {B}

Wir können Ihnen zwei Varianten anbieten:
Variante 1: 2 % bei 60 Tagen
Variante 2: 3,5 % bei 30 Tagen

Welche bevorzugen Sie?

Freundliche Grüsse
{FIRST}
""", "Two alternatives.")
C("de", "thunderbird", "other", """
Guten Tag {B},

grundsätzlich sind wir einverstanden, die finale Freigabe muss aber unser Vertriebsleiter geben. Er ist ab dem 12.05. wieder im Haus.

Mit freundlichen Grüßen
{FULL}
""", "Acceptance pending sign-off.", offer=(-3, 50, 12))
A("de", """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18.08.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter 07131 5844-0.

Ihre Nachricht wird nicht weitergeleitet.

{FULL}
""", "German out-of-office with dates and a phone number.", subj="Abwesenheitsnotiz: {SUBJ}",
  headers=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))
A("de-at", """
Sehr geehrte Damen und Herren,

unser Betrieb bleibt von 23.12. bis einschließlich 06.01. geschlossen. Ab 07.01. sind wir wieder wie gewohnt von 7 bis 16 Uhr für Sie da.

Frohe Feiertage!
{CO}
""", "Holiday closure notice without RFC 3834 headers.", subj="Betriebsurlaub - {CO}", headers=(),
  sender=("Office", "office"))
B("de", "exchange", """
Ihre Nachricht an {RCPT} konnte nicht zugestellt werden.

Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden.

Statuscode: 552 5.2.2
""", "German Exchange NDR for a full mailbox.", subj="Unzustellbar: {SUBJ}", status="5.2.2",
  diag="smtp; 552 5.2.2 Mailbox full", sender=("Microsoft Outlook", "postmaster@brightwell-retail.example"),
  html="<p><b><font color=\"#C00000\" size=\"4\">Ihre Nachricht an {RCPT} konnte nicht zugestellt werden.</font></b></p><p>Das Postfach des Empf&auml;ngers ist voll.</p><p>Statuscode: 552 5.2.2</p>\n")

# ---- Spanish ----------------------------------------------------------------
C("es", "outlook", "counter", """
Buenos días {B}:

Podemos llegar a un 3 % de descuento con pago a 50 días. El contrato de 12 meses nos parece bien.

Un saludo,
{FIRST}
""", "Three-round Spanish Outlook thread.", offer=(-4, 60, 12), rounds=3, pct=-3.0, days=50, months=12)
C("es-mx", "gmail", "counter", """
Hola {B}, buen día.

Le podemos dejar el precio en $83.50 pesos por pieza, con crédito a 45 días. Es lo mejor que podemos hacer.

Saludos
{FIRST}
""", "Peso unit price written with a dollar sign in an MXN context.",
  base=86.00, cur="MXN", price=83.50, pcur="MXN", days=45)
C("es", "webmail", "counter", """
Hola,

podemos hacer un 2,5% de rebaja si el pago es a 45 dias.

Un saludo
{FIRST}
""", "Spanish without accents in windows-1252 webmail.", pct=-2.5, days=45, charset="windows-1252")
C("es-mx", "outlook", "counter", """
Estimado {B}:

Lamentablemente, por el alza del acero y del flete, tendremos que aplicar un incremento del 6 % a partir de agosto.

Atentamente,
{FIRST}
""", "Increase with a number.", pi=True, pct=6.0)
C("es", "gmail", "counter", """
Hola {B}:

Podríamos ofrecer un tres por ciento si firmamos por dos años, manteniendo los 60 días de pago.

Saludos,
{FIRST}
""", "Percent and term in words with a restated payment term.", pct=-3.0, months=24, days=60)
C("es", "owa", "counter", """
Buenas tardes:

Nuestra contraoferta: 4 % de descuento, pago a 45 días fecha factura.

Saludos,
{FIRST}
""", "HTML-only reply with the counter in bold.",
  html="""<div>Buenas tardes:</div><div><br></div><div><b>Nuestra contraoferta: 4&nbsp;% de descuento, pago a 45 d&iacute;as fecha factura.</b></div><div><br></div><div>Saludos,<br>{FIRST}</div>
""", pct=-4.0, days=45)
C("es-ar", "apple", "counter", "Te ofrecemos 2% con 30 días.\n\nAbrazo,\n{FIRST}", "Bottom-posted Argentine reply.",
  shape="bottom", pct=-2.0, days=30)
C("es", "outlook", "accept", """
Buenos días:

De acuerdo con su propuesta. Quedamos a la espera del contrato.

Un saludo,
{FIRST}
""", "Acceptance on a two-round thread.", offer=(-3, 55, 12), rounds=2)
C("es-mx", "iphone", "accept", "Va, aceptamos. Saludos", "Mexican phone acceptance.", offer=(-4, 50, None))
C("es", "gmail", "reject", """
Hola {B}:

Lo sentimos, pero no podemos asumir ninguna rebaja en este momento. Mantenemos las condiciones actuales.

Saludos,
{FIRST}
""", "Decline keeping current terms.")
C("es-mx", "outlook_plain", "reject", """
Estimado {B}:

No es posible. De hecho, estamos revisando nuestras tarifas al alza para el próximo trimestre.

Saludos
{FIRST}
""", "Decline hinting at an unquantified increase.", pi=True)
C("es", "outlook", "other", """
Buenos días {B}:

En principio nos encaja, pero necesito el visto bueno de dirección financiera. Le confirmo la semana que viene.

Un saludo,
{FIRST}
""", "Acceptance pending finance approval.", offer=(-4, 55, 12))
C("es", "gmail", "other", """
Hola {B}:

¿Podemos hablar por teléfono mañana? Le llamo a las 10:30 al 912 44 80 10 si le viene bien.

Gracias,
{FIRST}
""", "Call request.")
A("es", """
Gracias por su mensaje.

Estaré fuera de la oficina hasta el 1 de septiembre. Para asuntos urgentes, contacte con pedidos@ nuestra empresa o llame al 916 88 42 10.

Un saludo.
""", "Spanish out-of-office.", subj="Respuesta automática: {SUBJ}", headers=("Auto-Submitted: auto-replied",))
B("es", "google", """
No se ha encontrado la dirección

Tu mensaje no se ha entregado a {RCPT} porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist.
""", "Google-style notice in Spanish.", subj="Delivery Status Notification (Failure)",
  sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), mta="mx.googlemail.example",
  diag="smtp; 550 5.1.1 The email account that you tried to reach does not exist")
B("es", "provider", """
Este es un mensaje automático del servidor de correo.

Su mensaje no pudo ser entregado al destinatario {RCPT}.
Motivo: el dominio {DOMAIN} no existe.

Mensaje original adjunto.
""", "Spanish provider bounce for an unknown domain.", subj="Mensaje no entregado: {SUBJ}",
  status="5.1.2", diag="smtp; 550 5.1.2 Host or domain name not found")

# ---- French -----------------------------------------------------------------
C("fr", "outlook", "counter", """
Bonjour {B},

Nous pouvons aller jusqu'à 3 % de remise avec un paiement à 45 jours fin de mois. La durée de 12 mois nous convient.

Cordialement,
{FIRST}
""", "Three-round French Outlook thread with jours fin de mois.", offer=(-4, 60, 12), rounds=3,
  pct=-3.0, days=45, months=12)
C("fr", "gmail", "counter", """
Bonjour,

Nous vous proposons 2,31 € HT l'unité, règlement à 30 jours.

Bien cordialement,
{FIRST}
""", "Euro unit price excluding tax.", base=2.40, cur="EUR", price=2.31, pcur="EUR", days=30)
C("fr", "webmail", "counter", "Bonjour,\n\non peut faire 2,5 % si vous passez a 45 jours.\n\nCordialement\n{FIRST}",
  "French without accents.", pct=-2.5, days=45)
C("fr-be", "outlook", "counter", "Voir nos réponses ci-dessous.\n\n{FIRST}",
  "Inline answers in an Outlook block with no quote markers.", shape="inline",
  inline=[("Prix unitaire :", "Non, 2 % maximum."), ("Délai de paiement :", "45 jours")], pct=-2.0, days=45)
C("fr", "thunderbird", "counter", """
Madame, Monsieur,

Compte tenu de la hausse du prix de la pâte à papier, nous sommes contraints d'appliquer une hausse de 3,5 % au 1er septembre.

Veuillez agréer nos salutations distinguées.
{FULL}
""", "Increase with a number under a dated effective line.", pi=True, pct=3.5)
C("fr-ca", "gmail", "counter", """
Bonjour {B},

On peut descendre à 4 % si vous vous engagez pour dix-huit mois, paiement à 60 jours.

Merci,
{FIRST}
""", "Term in words from a Quebec writer.", pct=-4.0, months=18, days=60)
C("fr", "owa", "counter", """
Bonjour,

Notre proposition : remise de fin d'année de 2 % pour un engagement de 150 000 unités par an, délai de paiement 45 jours.

Cordialement,
{FIRST}
""", "Base64 HTML-only rebate offer with a space-separated volume.", cte="base64",
  rebate=2.0, vol=150000, days=45)
C("fr", "outlook", "accept", """
Bonjour,

C'est d'accord pour nous. Merci de nous faire parvenir le contrat.

Cordialement,
{FIRST}
""", "Acceptance on a two-round thread.", offer=(-3, 50, 12), rounds=2)
C("fr", "iphone", "accept", "Ok pour moi. Bonne journée", "Phone acceptance.", offer=(-4, 55, None))
C("fr", "gmail", "accept", """
Bonjour {B},

Nous confirmons notre accord : baisse de 4 %, paiement à 50 jours, contrat de 12 mois.

Cordialement,
{FIRST}
""", "Acceptance restating the offer's numbers.", offer=(-4, 50, 12), pct=-4.0, days=50, months=12)
C("fr", "outlook", "reject", """
Bonjour,

Nous ne pouvons malheureusement pas donner suite à votre demande. Nos prix actuels sont maintenus.

Cordialement,
{FIRST}
""", "Decline keeping current prices.")
C("fr-be", "gmail", "reject", """
Bonjour,

Après étude, aucune baisse n'est envisageable, nos coûts de transport ayant augmenté de 9 % cette année.

Salutations,
{FIRST}
""", "Cost rise with a number inside a decline is not a price increase.")
C("fr", "gmail", "other", """
Bonjour {B},

Nous pourrions envisager entre 2 et 3 %, selon les volumes. Pouvez-vous nous donner vos prévisions ?

Cordialement,
{FIRST}
""", "Range and a question.")
C("fr", "outlook", "other", """
Bonjour,

Veuillez noter notre changement de domiciliation bancaire : nouvel IBAN FR76 3000 4008 2800 0123 4567 890. Nous revenons vers vous concernant les prix.

Cordialement,
{FIRST}
""", "Bank-detail change.")
A("fr", """
Bonjour,

Je suis absente du 4 au 22 août inclus. Pour toute demande urgente, merci de contacter le service commercial au 04 78 62 19 40.

Cordialement
""", "French out-of-office.", subj="Réponse automatique : {SUBJ}",
  headers=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))
B("fr", "provider", """
Bonjour,

Votre message n'a pas pu être remis à {RCPT}.
Raison : boîte aux lettres inexistante.

Ceci est un message automatique, merci de ne pas y répondre.
""", "French provider bounce with the original attached.", subj="Message non remis : {SUBJ}",
  charset="iso-8859-1")

# ---- Dutch --------------------------------------------------------------------
C("nl", "outlook", "counter", """
Goedemiddag {B},

Wij kunnen 3% korting geven bij een betaaltermijn van 45 dagen.

Met vriendelijke groet,
{FIRST}
""", "Dutch counter above a two-round Van/Verzonden thread.", offer=(-4, 60, 12), rounds=2, pct=-3.0, days=45)
C("nl-be", "gmail", "counter", """
Dag {B},

Onze prijs wordt dan EUR 1,21 per stuk, betaling 30 dagen na factuurdatum.

Groeten,
{FIRST}
""", "Flemish unit price with a decimal comma.", base=1.26, cur="EUR", price=1.21, pcur="EUR", days=30)
C("nl", "apple", "counter", """
Beste {B},

Helaas moeten wij per 1 oktober een prijsverhoging van 4,5% doorvoeren in verband met de gestegen energiekosten.

Groet,
{FIRST}
""", "Prijsverhoging with a number.", pi=True, pct=4.5)
C("nl", "iphone", "accept", "Akkoord!", "One-word phone acceptance.", offer=(-4, 50, 12))
C("nl", "outlook_plain", "reject", """
Geachte heer/mevrouw,

Daar kunnen wij helaas niet in meegaan. Wij handhaven onze huidige prijzen.

Met vriendelijke groet,
{FIRST}
""", "Decline keeping current prices.")
C("nl", "gmail", "other", "Zullen we even bellen? Ik ben vandaag tot 17:00 bereikbaar op 06 4123 8870.\n\n{FIRST}",
  "Call request with a time and a mobile number.")
A("nl", """
Bedankt voor uw bericht. Ik ben tot en met 15 juli afwezig. Voor dringende zaken kunt u bellen met 0416 56 78 90.
""", "Dutch out-of-office.", subj="Automatisch antwoord: {SUBJ}", headers=("Auto-Submitted: auto-replied",))

# ---- Italian ------------------------------------------------------------------
C("it", "outlook", "counter", """
Buongiorno {B},

possiamo concedere uno sconto del 2,5% con pagamento a 60 giorni data fattura fine mese.

Cordiali saluti
{FIRST}
""", "Three-round Italian thread with Da/Inviato blocks.", offer=(-4, 60, 12), rounds=3, pct=-2.5, days=60)
C("it", "gmail", "counter", """
Buongiorno,

per noi va bene il 4% se il contratto è di 24 mesi; pagamento 45 giorni.

Saluti
{FIRST}
""", "Percent restated with a term and changed payment.", offer=(-4, 60, None), pct=-4.0, months=24, days=45)
C("it", "webmail", "counter", """
Gentile {B},

a causa dei costi energetici saremo costretti ad applicare un aumento del 3% a partire da luglio.

Distinti saluti
{FIRST}
""", "Italian increase in windows-1252 webmail.", pi=True, pct=3.0, charset="windows-1252")
C("it", "iphone", "accept", "Ok, accettiamo. Grazie", "Phone acceptance.", offer=(-3, 60, 12))
C("it", "outlook", "reject", """
Buongiorno,

purtroppo non possiamo accettare, i prezzi restano invariati.

Cordiali saluti
{FIRST}
""", "Decline keeping prices.")
C("it", "gmail", "other", """
Buongiorno {B},

possiamo offrire due soluzioni: A) 2% con pagamento a 60 giorni oppure B) 3% con pagamento a 30 giorni.

Saluti
{FIRST}
""", "Two alternatives.")
B("it", "provider", """
Il messaggio non e' stato recapitato al destinatario {RCPT}.
Motivo: casella di posta inesistente o disattivata.
""", "Italian provider bounce with only the headers of the original.", subj="Messaggio non recapitato: {SUBJ}",
  include="headers")

# ---- Polish -------------------------------------------------------------------
C("pl", "outlook", "counter", """
Dzień dobry,

możemy zaproponować obniżkę o 3% przy terminie płatności 45 dni.

Pozdrawiam
{FIRST}
""", "Polish counter in an iso-8859-2 Outlook mail.", pct=-3.0, days=45, charset="iso-8859-2")
C("pl", "gmail", "counter", """
Dzień dobry,

nowa cena: 3,49 zł netto za sztukę, płatność 30 dni.

Pozdrawiam
{FIRST}
""", "Zloty unit price with netto meaning excluding tax.", base=3.60, cur="PLN", price=3.49, pcur="PLN", days=30)
C("pl", "thunderbird", "counter", """
Dzień dobry,

możemy zejść o półtora procent, jeśli umowa będzie na dwa lata.

Pozdrawiam
{FIRST}
""", "Words for numbers in an iso-8859-2 body mislabelled as iso-8859-1, labelled as a human reads it.",
  pct=-1.5, months=24, charset="iso-8859-2", declared="iso-8859-1")
C("pl", "iphone", "accept", "Akceptujemy, dziękuję.", "Phone acceptance.", offer=(-4, 55, 12))
C("pl", "outlook", "reject", "Dzień dobry,\n\nniestety nie możemy obniżyć ceny.\n\nPozdrawiam\n{FIRST}", "Short decline.")
B("pl", "provider", """
Wiadomość nie mogła zostać dostarczona do adresata {RCPT}.
Powód: skrzynka odbiorcy jest pełna.
""", "Polish provider bounce.", subj="Wiadomość niedostarczona: {SUBJ}", status="5.2.2",
  diag="smtp; 552 5.2.2 Mailbox quota exceeded")

# ---- Portuguese ---------------------------------------------------------------
C("pt-br", "outlook", "counter", """
Prezado {B},

Conseguimos R$ 16,90 por unidade com prazo de 28 dias.

Atenciosamente,
{FIRST}
""", "Real unit price with a decimal comma.", base=17.20, cur="BRL", price=16.90, pcur="BRL", days=28)
C("pt-pt", "gmail", "counter", """
Bom dia,

Podemos oferecer 3% de desconto com pagamento a 60 dias e contrato de um ano.

Cumprimentos,
{FIRST}
""", "Term as um ano.", pct=-3.0, days=60, months=12)
C("pt-br", "android", "counter", "Infelizmente teremos um reajuste de 7% a partir do próximo mês.",
  "Base64 Android reply with a reajuste.", pi=True, pct=7.0)
C("pt-pt", "apple", "accept", "De acordo. Obrigado.\n\n{FIRST}", "Short acceptance.", offer=(-4, 55, 12))
C("pt-br", "gmail", "reject", "Olá {B},\n\nNão temos como reduzir o preço neste momento.\n\nAbs,\n{FIRST}", "Decline.")
C("pt-br", "outlook", "other", """
Prezados,

Informamos que nossos dados bancários mudaram: Banco 341, agência 0912, conta corrente 44871-3. Favor atualizar o cadastro.

Atenciosamente,
{FIRST}
""", "Bank-detail change.")

# ---- Swedish ------------------------------------------------------------------
C("sv", "outlook", "counter", """
Hej {B},

Vi kan gå med på 3 % rabatt om betalningsvillkoren blir 45 dagar.

Med vänlig hälsning
{FIRST}
""", "Swedish counter above a two-round Från/Skickat thread.", offer=(-4, 60, 12), rounds=2, pct=-3.0, days=45)
C("sv", "gmail", "counter", """
Hej,

Vårt nya pris blir 26,40 kr per styck, 30 dagar netto.

Hälsningar
{FIRST}
""", "Krona unit price.", base=27.50, cur="SEK", price=26.40, pcur="SEK", days=30)
C("sv", "webmail", "counter", """
Hej {B},

Vi kan ge 2,5 % om vi får ett avtal på två år.

Mvh
{FIRST}
""", "UTF-8 body mislabelled as iso-8859-1, labelled as a human reads it.", pct=-2.5, months=24,
  charset="utf-8", declared="iso-8859-1")
C("sv", "iphone", "accept", "Låter bra, vi kör på det.", "Phone acceptance.", offer=(-3, 50, 12))
C("sv", "outlook", "other", """
Hej {B},

Det ser bra ut men jag måste stämma av med vår VD innan jag kan bekräfta.

Med vänlig hälsning
{FIRST}
""", "Acceptance pending the CEO.", offer=(-4, 55, 12))
A("sv", "Tack för ditt mejl. Jag är på semester till och med 11 augusti och läser inte e-post.",
  "Swedish vacation notice.", subj="Automatiskt svar: {SUBJ}", headers=("Auto-Submitted: auto-replied",))


def main(argv):
    if "--check" in argv:
        return check()
    if "--stats" in argv:
        stats()
        return 0
    if "--list" in argv:
        list_cases()
        return 0
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Fresh supplier-reply corpus 3: generator and checker.

Writes probe/ and sealed/ (each a complete SCHEMA.md corpus: NAME.eml + labels.json)
and parts.json.  Python 3.11 standard library only, deterministic (no clock; every
random choice comes from random.Random seeded with the case name).

    python3 make_corpus.py           # (re)write probe/, sealed/, parts.json
    python3 make_corpus.py --check   # rebuild in memory, compare bytes, validate
    python3 make_corpus.py --stats   # counts
"""
import base64
import datetime
import email
import email.header
import email.policy
import email.utils
import hashlib
import html
import json
import quopri
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BUYER_ADDR = "purchasing@brightwater-goods.example"
BUYER_CO = "Brightwater Goods Ltd"
BUYERS = {
    "en": "Laura Whitfield",
    "de": "Jana Vogelsang",
    "fr": "Claire Duverger",
    "es": "Lucía Santamaría",
}

ITEMS = {
    "en": ["corrugated shipping cartons", "printed folding boxes", "stretch wrap film",
           "kraft paper mailers", "pallet labels", "moulded pulp trays",
           "paper void fill", "poly mailer bags"],
    "de": ["Wellpappkartons", "bedruckte Faltschachteln", "Stretchfolie",
           "Versandtaschen aus Kraftpapier", "Palettenetiketten"],
    "fr": ["cartons ondulés", "étuis pliants imprimés", "film étirable",
           "pochettes d'expédition kraft"],
    "es": ["cajas de cartón ondulado", "film estirable", "sobres de envío de papel kraft",
           "etiquetas para palés"],
}

# ---------------------------------------------------------------- locale tables

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
}
# Outlook desktop header block: From, Sent, To, Subject, original-message separator
OUTLOOK = {
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
RE_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ",
             "it": "R: ", "pl": "Odp: ", "pt": "RES: ", "sv": "SV: "}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
          "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone",
          "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
          "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone",
          "sv": "Skickat från min iPhone"}
ANDROID = {"en": "Sent from my Galaxy", "de": "Von meinem Galaxy gesendet",
           "fr": "Envoyé depuis mon Galaxy", "es": "Enviado desde mi Galaxy",
           "nl": "Verzonden vanaf mijn Galaxy", "it": "Inviato dal mio Galaxy",
           "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy",
           "sv": "Skickat från min Galaxy"}


def attribution(kind, ui, d, who, addr):
    """Localized 'On ... wrote:' line for gmail/apple/thunderbird/android quoting."""
    wd = d.weekday()
    hm = "%02d:%02d" % (d.hour, d.minute)
    day, mon, year = d.day, d.month, d.year
    if kind != "gmail":
        ui = ui.split("-")[0]
    if kind == "thunderbird":
        if ui == "en":
            return "On %02d/%02d/%d %s, %s wrote:" % (day, mon, year, hm, who)
        if ui == "de":
            return "Am %02d.%02d.%02d um %s schrieb %s:" % (day, mon, year % 100, hm, who)
        if ui == "fr":
            return "Le %02d/%02d/%d à %s, %s a écrit :" % (day, mon, year, hm, who)
        if ui == "pl":
            return "W dniu %d.%02d.%d o %s, %s pisze:" % (day, mon, year, hm, who)
        if ui == "it":
            return "Il %02d/%02d/%d %s, %s ha scritto:" % (day, mon, year, hm, who)
        if ui == "nl":
            return "Op %02d-%02d-%d om %s schreef %s:" % (day, mon, year, hm, who)
        if ui == "sv":
            return "%d-%02d-%02d %s, skrev %s:" % (year, mon, day, hm, who)
        if ui == "es":
            return "El %d/%d/%d a las %s, %s escribió:" % (day, mon, year, hm, who)
        return "Em %02d/%02d/%d %s, %s escreveu:" % (day, mon, year, hm, who)
    if kind in ("apple", "iphone"):
        if ui == "en":
            return "On %d %s %d, at %s, %s <%s> wrote:" % (day, MO["en"][mon - 1][:3], year, hm, who, addr)
        if ui == "de":
            return "Am %02d.%02d.%d um %s schrieb %s <%s>:" % (day, mon, year, hm, who, addr)
        if ui == "fr":
            return "Le %d %s %d à %s, %s <%s> a écrit :" % (day, MO["fr"][mon - 1], year, hm, who, addr)
        if ui == "es":
            return "El %d %s %d, a las %s, %s <%s> escribió:" % (day, MO["es"][mon - 1][:3], year, hm, who, addr)
        if ui == "nl":
            return "Op %d %s %d om %s heeft %s <%s> het volgende geschreven:" % (day, MO["nl"][mon - 1], year, hm, who, addr)
        if ui == "it":
            return "Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:" % (day, MO["it"][mon - 1][:3], year, hm, who, addr)
        if ui == "pl":
            return "Wiadomość napisana przez %s <%s> w dniu %d.%02d.%d, o godz. %s:" % (who, addr, day, mon, year, hm)
        if ui == "pt":
            return "Em %d de %s de %d, à(s) %s, %s <%s> escreveu:" % (day, MO["pt"][mon - 1][:3], year, hm, who, addr)
        return "%d %s %d kl. %s skrev %s <%s>:" % (day, MO["sv"][mon - 1][:3], year, hm, who, addr)
    # gmail, gmail_mobile, android
    if ui == "en":
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (WD["en"][wd][:3], day, MO["en"][mon - 1][:3], year, hm, who, addr)
    if ui == "en-us":
        h12 = d.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WD["en"][wd][:3], MO["en"][mon - 1][:3], day, year, h12, d.minute, "AM" if d.hour < 12 else "PM", who, addr)
    if ui == "de":
        return "Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:" % (WD["de"][wd][:2], day, MO["de"][mon - 1], year, hm, who, addr)
    if ui == "fr":
        return "Le %s. %d %s %d à %s, %s <%s> a écrit :" % (WD["fr"][wd][:3], day, MO["fr"][mon - 1], year, hm, who, addr)
    if ui == "es":
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (WD["es"][wd][:3], day, MO["es"][mon - 1][:3], year, d.hour, d.minute, who, addr)
    if ui == "nl":
        return "Op %s %d %s %d om %s schreef %s <%s>:" % (WD["nl"][wd][:2], day, MO["nl"][mon - 1][:3], year, hm, who, addr)
    if ui == "it":
        return "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (WD["it"][wd][:3], day, MO["it"][mon - 1][:3], year, hm, who, addr)
    if ui == "pl":
        return "%s., %d %s %d o %s %s <%s> napisał(a):" % (WD["pl"][wd][:2], day, MO["pl"][mon - 1][:3], year, hm, who, addr)
    if ui == "pt":
        return "Em %s., %d de %s. de %d às %s, %s <%s> escreveu:" % (WD["pt"][wd][:3], day, MO["pt"][mon - 1][:3], year, hm, who, addr)
    return "Den %s %d %s %d kl %s skrev %s <%s>:" % (WD["sv"][wd][:3], day, MO["sv"][mon - 1][:3], year, hm, who, addr)


def outlook_date(ui, d):
    wd, day, mon, year = d.weekday(), d.day, d.month, d.year
    hm = "%02d:%02d" % (d.hour, d.minute)
    if ui == "en":
        return "%s, %d %s %d %s" % (WD["en"][wd], day, MO["en"][mon - 1], year, hm)
    if ui == "en-us":
        h12 = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (WD["en"][wd], MO["en"][mon - 1], day, year, h12, d.minute, "AM" if d.hour < 12 else "PM")
    if ui == "de":
        return "%s, %d. %s %d %s" % (WD["de"][wd], day, MO["de"][mon - 1], year, hm)
    if ui == "es":
        return "%s, %d de %s de %d %d:%02d" % (WD["es"][wd], day, MO["es"][mon - 1], year, d.hour, d.minute)
    if ui == "pt":
        return "%s, %d de %s de %d %s" % (WD["pt"][wd], day, MO["pt"][mon - 1], year, hm)
    if ui == "pl":
        return "%s, %d %s %d %s" % (WD["pl"][wd], day, MO["pl"][mon - 1], year, hm)
    if ui == "sv":
        return "den %d %s %d %s" % (day, MO["sv"][mon - 1], year, hm)
    return "%s %d %s %d %s" % (WD[ui][wd], day, MO[ui][mon - 1], year, hm)


# ---------------------------------------------------------------- the buyer's offer

def fnum(x, ql, nd=2):
    s = ("%." + str(nd) + "f") % x
    return s.replace(".", ",") if ql in ("de", "fr", "es") else s


def fpct(x, ql):
    s = ("%g" % x)
    return s.replace(".", ",") if ql in ("de", "fr", "es") else s


def fvol(n, ql):
    s = "{:,}".format(n)
    return {"en": s, "de": s.replace(",", "."), "es": s.replace(",", "."),
            "fr": s.replace(",", "\u202f")}[ql]


def offer_lines(ql, ctx):
    base, cur, lo = ctx["baseline_unit_price"], ctx["currency"], ctx["last_offer"]
    out = []
    p, d, m = lo["price_change_pct"], lo["payment_days"], lo["contract_months"]
    if p is not None:
        if base is not None:
            new = round(base * (1 + p / 100.0) + 1e-9, 2)
            tail = {"en": " (%s %s instead of %s %s)", "de": " (%s %s statt %s %s)",
                    "fr": " (%s %s au lieu de %s %s)", "es": " (%s %s en lugar de %s %s)"}[ql] % (
                fnum(new, ql), cur, fnum(base, ql), cur)
        else:
            tail = ""
        sp = "" if ql == "en" else " "
        out.append({"en": "Unit price: %s%s%%%s", "de": "Stückpreis: %s%s%%%s",
                    "fr": "Prix unitaire : %s%s%%%s", "es": "Precio unitario: %s%s%%%s"}[ql] % (
            fpct(p, ql), sp, tail))
    if d is not None:
        out.append({"en": "Payment terms: Net %d days", "de": "Zahlungsziel: %d Tage netto",
                    "fr": "Délai de paiement : %d jours", "es": "Plazo de pago: %d días"}[ql] % d)
    if m is not None:
        out.append({"en": "Contract length: %d months", "de": "Vertragslaufzeit: %d Monate",
                    "fr": "Durée du contrat : %d mois", "es": "Duración del contrato: %d meses"}[ql] % m)
    return out


FORM = {
    "en": ("--- Your reply (edit the values and send) ---",
           ["Unit price change (%, minus = reduction):", "Payment terms (days):",
            "Contract length (months):", "Committed volume (units per year):", "Rebate (%):"],
           "--- end ---"),
    "de": ("--- Ihre Antwort (Werte anpassen und absenden) ---",
           ["Preisänderung pro Einheit (%, minus = Senkung):", "Zahlungsziel (Tage):",
            "Vertragslaufzeit (Monate):", "Abnahmemenge (Stück pro Jahr):", "Rückvergütung (%):"],
           "--- Ende ---"),
    "fr": ("--- Votre réponse (modifiez les valeurs puis envoyez) ---",
           ["Variation du prix unitaire (%, moins = baisse) :", "Délai de paiement (jours) :",
            "Durée du contrat (mois) :", "Volume engagé (unités par an) :",
            "Remise de fin d'année (%) :"],
           "--- fin ---"),
    "es": ("--- Su respuesta (modifique los valores y envíe) ---",
           ["Variación del precio unitario (%, menos = rebaja):", "Plazo de pago (días):",
            "Duración del contrato (meses):", "Volumen comprometido (unidades al año):",
            "Bonificación anual (%):"],
           "--- fin ---"),
}


def form_lines(ql, ctx):
    lo = ctx["last_offer"]
    vals = [lo["price_change_pct"], lo["payment_days"], lo["contract_months"], None, None]
    head, labels, end = FORM[ql]
    out = [head]
    for lab, v in zip(labels, vals):
        out.append(lab if v is None else "%s %s" % (lab, fpct(v, ql)))
    out.append(end)
    return out


TEXTS = {
    "en": dict(
        greet="Dear {co},",
        opening_offer="We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
        vol=" (about {n} units a year)",
        counter_offer="Thank you for your reply. Having looked at it carefully, we would like to propose:",
        reminder="A friendly reminder about our proposal for {item}, which is still open:",
        close_opening_offer="If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
        close_counter_offer="If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
        close_reminder="We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
        regards="Kind regards,", subject="{item}: pricing proposal [ref {ref}]"),
    "de": dict(
        greet="Sehr geehrtes Team von {co},",
        opening_offer="wir überprüfen derzeit unsere Bezugskonditionen für {item}{vol} und möchten Ihnen die folgenden Konditionen vorschlagen:",
        vol=" (rund {n} Stück pro Jahr)",
        counter_offer="vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
        reminder="wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:",
        close_opening_offer="Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
        close_counter_offer="Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
        close_reminder="Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
        regards="Mit freundlichen Grüßen", subject="{item}: Preisvorschlag [ref {ref}]"),
    "fr": dict(
        greet="À l'attention de l'équipe {co}\n\nMadame, Monsieur,",
        opening_offer="Dans le cadre de la revue de nos approvisionnements en {item}{vol}, nous souhaitons vous proposer les conditions suivantes :",
        vol=" (environ {n} unités par an)",
        counter_offer="Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
        reminder="Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :",
        close_opening_offer="Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
        close_counter_offer="Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
        close_reminder="Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
        regards="Cordialement,", subject="{item} : proposition tarifaire [ref {ref}]"),
    "es": dict(
        greet="Estimado equipo de {co}:",
        opening_offer="Estamos revisando nuestro suministro de {item}{vol} y nos gustaría proponerles las siguientes condiciones:",
        vol=" (unas {n} unidades al año)",
        counter_offer="Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
        reminder="Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:",
        close_opening_offer="Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
        close_counter_offer="Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
        close_reminder="Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
        regards="Saludos cordiales,", subject="{item}: propuesta de precios [ref {ref}]"),
}


def offer_blocks(cs):
    """The bot's message as a list of (tag, text) lines, and its HTML body."""
    ql, ctx, T = cs.ql, cs.ctx, TEXTS[cs.ql]
    vol = T["vol"].format(n=fvol(cs.volume, ql)) if cs.volume else ""
    intro = T[cs.tmpl].format(item=cs.item, vol=vol)
    lines = [("greet", l) for l in T["greet"].format(co=cs.co).split("\n")]
    lines += [("", ""), ("intro", intro), ("", "")]
    for l in offer_lines(ql, ctx):
        key = {"Unit": "price", "Stüc": "price", "Prix": "price", "Prec": "price",
               "Paym": "days", "Zahl": "days", "Déla": "days", "Plaz": "days"}.get(l[:4], "months")
        lines.append((key, "- " + l))
    lines += [("", ""), ("close", T["close_" + cs.tmpl]), ("", "")]
    for l in form_lines(ql, ctx):
        lines.append(("form", l))
    lines += [("", ""), ("", ""), ("", T["regards"]), ("", BUYERS[ql]), ("end", BUYER_CO)]
    e = html.escape
    hb = ['<p>%s</p>' % "<br>".join(e(x) for x in T["greet"].format(co=cs.co).split("\n")),
          '<p>%s</p>' % e(intro), '<ul>']
    hb += ['<li>%s</li>' % e(l) for l in offer_lines(ql, ctx)]
    hb += ['</ul>', '<p>%s</p>' % e(T["close_" + cs.tmpl]),
           '<pre style="font-family: Consolas, monospace; font-size: 13px;">%s</pre>'
           % e("\n".join(form_lines(ql, ctx))),
           '<p>%s<br>%s<br>%s</p>' % (e(T["regards"]), e(BUYERS[ql]), e(BUYER_CO))]
    return lines, "\n".join(hb)


def required_lines(cs):
    return offer_lines(cs.ql, cs.ctx) + [l for l in form_lines(cs.ql, cs.ctx)]


# ---------------------------------------------------------------- cases

CASES = []
LANG_GROUP = {}
NONNATIVE = {"en-in", "en-cn", "en-de", "en-tr", "en-br", "en-pl", "en-it", "en-es",
             "en-nl", "en-se", "en-fr", "en-vn", "en-kr", "en-mx"}
NATIVE = {"en-gb", "en-us", "en-au", "en-ie", "en-ca", "en-nz"}
PREFIX = {"en": "en", "en-nn": "nn", "de": "de", "fr": "fr", "es": "es", "nl": "nl",
          "it": "it", "pl": "pl", "pt": "pt", "sv": "sv"}
UI_OF = {"en-de": "de", "en-pl": "pl", "en-br": "pt", "en-it": "it", "en-es": "es",
         "en-nl": "nl", "en-se": "sv", "en-fr": "fr", "en-mx": "es", "en-us": "en-us",
         "en-ca": "en-us"}
_counter = {}
TERM_KEYS = ["price_change_pct", "unit_price", "currency", "payment_days",
             "contract_months", "volume_units", "rebate_pct"]
SHORT = {"pct": "price_change_pct", "price": "unit_price", "cur": "currency",
         "days": "payment_days", "months": "contract_months", "vol": "volume_units",
         "rebate": "rebate_pct"}


def lgroup(lang):
    if lang in NONNATIVE:
        return "en-nn"
    return lang.split("-")[0]


def ctx_of(c):
    if c is None:
        return {"baseline_unit_price": None, "currency": None, "last_offer": None}
    base, cur, p, d, m = c
    return {"baseline_unit_price": base, "currency": cur,
            "last_offer": {"price_change_pct": p, "payment_days": d, "contract_months": m}}


class Case:
    pass


def _new(kind, lang, frm, intent, ctx, note, pi, terms, **kw):
    g = lgroup(lang)
    _counter[g] = _counter.get(g, 0) + 1
    cs = Case()
    cs.name = "%s%02d" % (PREFIX[g], _counter[g])
    cs.kind, cs.lang, cs.intent, cs.note, cs.pi = kind, lang, intent, note, pi
    cs.ctx = ctx_of(ctx)
    base = lang.split("-")[0]
    if lang in NONNATIVE or lang in NATIVE:
        base = "en"
    cs.base = base
    cs.ql = base if base in ("en", "de", "fr", "es") else "en"
    cs.ui = kw.pop("ui", None) or UI_OF.get(lang, base if base in WD else "en")
    cs.uib = cs.ui.split("-")[0]
    rng = random.Random(cs.name)
    cs.rng = rng
    t = {k: None for k in TERM_KEYS}
    for k, v in terms.items():
        t[SHORT[k]] = v
    cs.terms = t
    if frm is None:
        frm = "Mailer <postmaster@mx.example>"
    name, addr = email.utils.parseaddr(frm)
    cs.from_name, cs.from_addr = name, addr
    dom = addr.split("@")[1].rsplit(".", 1)[0]
    cs.co = kw.pop("co", None) or " ".join(w.capitalize() for w in re.split(r"[-.]", dom))
    cs.item = kw.pop("item", None) or rng.choice(ITEMS[cs.ql])
    cs.volume = kw.pop("volume", None)
    if cs.volume is None and rng.random() < 0.35:
        cs.volume = rng.choice([24000, 60000, 85000, 120000, 250000, 400000])
    if ctx is not None and cs.ctx["last_offer"]["price_change_pct"] in (-6, -6.0) and rng.random() < 0.6:
        dt = "opening_offer"
    else:
        dt = rng.choice(["counter_offer", "counter_offer", "reminder"])
    cs.tmpl = kw.pop("tmpl", None) or dt
    cs.ref = "BW-%04d" % (int(hashlib.sha1(cs.name.encode()).hexdigest()[:6], 16) % 9000 + 1000)
    T = TEXTS[cs.ql]
    cs.subject = T["subject"].format(item=cs.item[0].upper() + cs.item[1:], ref=cs.ref)
    h = int(hashlib.sha256(cs.name.encode()).hexdigest(), 16)
    start = datetime.datetime(2025, 1, 6, 8, 0)
    cs.sent = start + datetime.timedelta(days=h % 300, minutes=(h >> 20) % 600)
    later = cs.sent + datetime.timedelta(days=(h >> 40) % 3)
    cs.date = later.replace(hour=7 + (h >> 44) % 12, minute=(h >> 50) % 60, second=(h >> 56) % 60)
    if cs.date <= cs.sent:
        cs.date = cs.sent + datetime.timedelta(hours=2, minutes=(h >> 50) % 60)
    cs.bot_mid = "<%s.%s@brightwater-goods.example>" % (cs.ref.lower(), hashlib.md5(cs.name.encode()).hexdigest()[:12])
    cs.__dict__.update(kw)
    CASES.append(cs)
    return cs


def C(lang, client, frm, body, intent, ctx, note, pi=False, shape="top", **kw):
    """A reply typed by a person. kw holds the terms (pct, price, cur, days, months, vol,
    rebate) and rendering options (charset, cte, ui, co, item, volume, tmpl, subject)."""
    terms = {k: kw.pop(k) for k in list(kw) if k in SHORT}
    cs = _new("reply", lang, frm, intent, ctx, note, pi, terms, **kw)
    cs.client, cs.body, cs.shape = client, body, shape
    cs.quoted = True
    return cs


def A(lang, client, frm, body, ctx, note, hdr="rfc3834", subject=None, **kw):
    """An automatic reply (out-of-office, ticket acknowledgement, closure notice)."""
    cs = _new("auto", lang, frm, "auto_reply", ctx, note, False, {}, **kw)
    cs.client, cs.body, cs.shape, cs.hdr = client, body, "none", hdr
    cs.auto_subject = subject
    cs.quoted = False
    return cs


def B(lang, client, body, ctx, note, frm=None, status="5.1.1", action="failed",
      diag="", rcpt=None, mta="mx.example", orig="headers", **kw):
    """A bounce or delay notice from a mail system."""
    cs = _new("bounce", lang, frm or "Mail Delivery System <MAILER-DAEMON@mx1.relay.example>",
              "bounce", ctx, note, False, {}, **kw)
    cs.client, cs.body, cs.shape = client, body, "none"
    cs.status, cs.action, cs.diag, cs.rcpt, cs.mta, cs.orig = status, action, diag, rcpt, mta, orig
    cs.quoted = orig == "full"
    return cs


# ---------------------------------------------------------------- rendering

def h_addr(name, addr):
    return email.utils.formataddr((name, addr), charset="utf-8")


def h_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76).encode()


def rfcdate(d, tz="+0100"):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = MO["en"][d.month - 1][:3]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d.day, mo, d.year, d.hour, d.minute, d.second, tz)


def wrap_flowed(line, width=72, prefix=""):
    """Split one long logical line into format=flowed physical lines."""
    if len(line) + len(prefix) <= width + 6:
        return [prefix + line]
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(prefix) + len(cur) + len(w) + 1 > width:
            out.append(prefix + cur + " ")
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    out.append(prefix + cur)
    return out


def body_text(cs):
    return cs.body.strip("\n")


def quote_plain(cs, style):
    """The quoted bot message as a list of physical lines for a text/plain part."""
    lines, _ = offer_blocks(cs)
    ui = cs.ui
    uib = cs.uib
    who, addr = BUYERS[cs.ql], BUYER_ADDR
    if style == "outlook" or style == "outlook_plain":
        F, S, T_, Sub, sep = OUTLOOK[uib]
        hdr = []
        if style == "outlook_plain":
            hdr.append(sep)
            hdr.append("%s: %s [mailto:%s]" % (F, who, addr) if uib == "en" else "%s: %s <%s>" % (F, who, addr))
        else:
            hdr.append("%s: %s <%s>" % (F, who, addr) if uib not in ("fr",) else "%s : %s <%s>" % (F, who, addr))
        sepc = " : " if uib == "fr" else ": "
        hdr[-1] = hdr[-1].replace(F + ": ", F + sepc, 1)
        hdr.append("%s%s%s" % (S, sepc, outlook_date(ui, cs.sent)))
        hdr.append("%s%s%s <%s>" % (T_, sepc, cs.from_name, cs.from_addr))
        hdr.append("%s%s%s" % (Sub, sepc, cs.subject))
        return hdr + [""] + [t for _, t in lines], None
    att = attribution(style, ui, cs.sent, who, addr)
    return [att, ""], [(tag, t) for tag, t in lines]


def compose_plain(cs, flowed=False):
    """Full text/plain body (LF line ends) for the case's shape and client."""
    style = cs.client
    style = {"gmail_mobile": "gmail", "webmail": "gmail", "ticket": "gmail"}.get(style, style)
    if cs.client == "webmail":
        style = "outlook_plain" if cs.rng.random() < 0.4 else "gmail"
    if cs.shape == "inline" and style not in ("gmail", "apple", "iphone", "thunderbird", "android"):
        style = "gmail"
    head, qlines = quote_plain(cs, style)

    def q(t):
        if not t:
            return [">"]
        if flowed:
            return wrap_flowed(t.rstrip(), prefix="> ")
        return ["> " + t.rstrip()]

    def own(text):
        out = []
        for l in text.split("\n"):
            out += wrap_flowed(l.rstrip()) if flowed else [l.rstrip()]
        return out

    if qlines is None:  # outlook-style, no prefix
        quoted = head
    else:
        quoted = head[:1]
        for tag, t in qlines:
            quoted += q(t)
    body = body_text(cs)
    sig = getattr(cs, "sigline", None)
    if cs.client == "iphone":
        sig = IPHONE[cs.uib]
    elif cs.client == "android":
        sig = ANDROID[cs.uib]
    if cs.shape == "inline":
        # body: "@tag" lines mark where the following answer goes, after that quoted tag
        parts = {}
        key = "top"
        for l in body.split("\n"):
            m = re.match(r"^@(\w+)$", l)
            if m:
                key = m.group(1)
                parts[key] = []
                continue
            parts.setdefault(key, []).append(l)
        out = own("\n".join(parts.get("top", [])).strip("\n")) + [""] if parts.get("top") else []
        out += head[:1]
        seen = set()
        for tag, t in qlines:
            out += q(t)
            if tag in parts and tag not in seen:
                nxt = None
                seen.add(tag)
                # answer after the last line carrying this tag
                idx = [i for i, (tg, _) in enumerate(qlines) if tg == tag][-1]
                if qlines[idx][1] == t:
                    out += [""] + own("\n".join(parts[tag]).strip("\n")) + [""]
                else:
                    seen.discard(tag)
        if sig:
            out += ["", sig]
        return "\n".join(out) + "\n"
    if cs.shape == "bottom":
        out = quoted + [""] + own(body)
        if sig:
            out += ["", sig]
        return "\n".join(out) + "\n"
    out = own(body)
    if sig:
        out += ["", sig]
    sep = ["", ""] if style not in ("outlook",) else ["", "", "_" * 32]
    if style == "outlook":
        out += ["", "_" * 32] if cs.rng.random() < 0.3 else [""]
    else:
        out += [""]
    out += quoted
    return "\n".join(out) + "\n"


def compose_html(cs):
    e = html.escape
    paras = [p for p in re.split(r"\n\s*\n", body_text(cs))]
    own = "\n".join("<p>%s</p>" % "<br>\n".join(e(l) for l in p.split("\n")) for p in paras)
    _, offer_html = offer_blocks(cs)
    who, addr = BUYERS[cs.ql], BUYER_ADDR
    sig = None
    if cs.client == "android":
        sig = ANDROID[cs.uib]
    if cs.client in ("gmail", "gmail_mobile", "android"):
        att = attribution("gmail", cs.ui, cs.sent, who, addr)
        if cs.shape == "bottom":
            return ('<div dir="ltr"><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n%s%s</div>\n'
                    % (e(att), offer_html, own, ("<p>%s</p>" % e(sig)) if sig else ""))
        return ('<div dir="ltr">%s%s</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n'
                % (own, ("<p>%s</p>" % e(sig)) if sig else "", e(att), offer_html))
    F, S, T_, Sub, sep = OUTLOOK[cs.uib]
    sepc = " : " if cs.uib == "fr" else ": "
    hdr = ("<p class=MsoNormal><b>%s%s</b>%s &lt;%s&gt;<br>\n<b>%s%s</b>%s<br>\n<b>%s%s</b>%s &lt;%s&gt;<br>\n<b>%s%s</b>%s</p>"
           % (e(F), sepc, e(who), addr, e(S), sepc, e(outlook_date(cs.ui, cs.sent)), e(T_), sepc,
              e(cs.from_name), cs.from_addr, e(Sub), sepc, e(cs.subject)))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body lang=%s><div class=WordSection1>\n%s\n<p class=MsoNormal>&nbsp;</p>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n%s\n</div>\n%s\n</div></body></html>\n'
            % ("{CHARSET}", cs.base.upper(), own, hdr, offer_html))


def encode_part(text, ctype, charset, cte, extra=""):
    """Headers + encoded body bytes (CRLF) for one leaf part."""
    text = text.replace("{CHARSET}", charset)
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).replace(b"\n", b"\r\n")
    elif cte == "base64":
        body = base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    else:
        body = raw.replace(b"\n", b"\r\n")
    hdr = "Content-Type: %s; charset=%s%s\r\nContent-Transfer-Encoding: %s\r\n" % (
        ctype, charset if charset != "utf-8" else '"utf-8"' if ctype == "text/html" else "utf-8", extra, cte)
    return hdr.encode("ascii"), body


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def pick_cte(cs, text, default):
    cte = getattr(cs, "cte", None) or default
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    return cte


def boundary(cs, n=0):
    return "----=_Part_%s_%d" % (hashlib.sha1((cs.name + str(n)).encode()).hexdigest()[:20], n)


def std_headers(cs, subject, extra=()):
    rp = RE_PREFIX[cs.uib] if cs.client in ("outlook", "outlook_plain", "owa") else "Re: "
    h = [("From", h_addr(cs.from_name, cs.from_addr)),
         ("To", h_addr(BUYERS[cs.ql], BUYER_ADDR)),
         ("Subject", h_text(subject if subject is not None else rp + cs.subject)),
         ("Date", rfcdate(cs.date, getattr(cs, "tz", None) or TZ.get(cs.lang, "+0100"))),
         ("Message-ID", "<%s@%s>" % (hashlib.sha1(("mid" + cs.name).encode()).hexdigest()[:24],
                                      cs.from_addr.split("@")[1]))]
    h += list(extra)
    return h


def client_headers(cs):
    c = cs.client
    x = []
    if c in ("outlook", "outlook_plain"):
        x = [("Thread-Topic", h_text(cs.subject)),
             ("Thread-Index", base64.b64encode(hashlib.md5(cs.ref.encode()).digest()[:22]).decode()),
             ("Content-Language", {"en": "en-GB"}.get(cs.uib, cs.lang if "-" in cs.lang and not cs.lang.startswith("en") else cs.uib + "-" + cs.uib.upper())),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    elif c == "owa":
        x = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-Originating-IP", "[10.20.%d.%d]" % (cs.rng.randint(1, 250), cs.rng.randint(1, 250)))]
    elif c in ("gmail", "gmail_mobile"):
        x = [("X-Gm-Message-State", base64.b64encode(hashlib.sha1(cs.name.encode()).digest()).decode()[:24])]
    elif c in ("apple", "iphone"):
        x = [("X-Mailer", "iPhone Mail (21F90)" if c == "iphone" else "Apple Mail (2.3774.600.62)")]
    elif c == "thunderbird":
        x = [("User-Agent", "Mozilla Thunderbird")]
    elif c == "android":
        x = [("X-Mailer", "Samsung Email")]
    elif c == "webmail":
        x = [("User-Agent", "Roundcube Webmail/1.6.6")]
    return x


def build_reply(cs):
    hdrs = std_headers(cs, getattr(cs, "subject_override", None),
                       [("In-Reply-To", cs.bot_mid), ("References", cs.bot_mid)] + client_headers(cs))
    c = cs.client
    charset = getattr(cs, "charset", None) or "utf-8"
    if c == "thunderbird":
        txt = compose_plain(cs, flowed=True)
        cte = pick_cte(cs, txt, "8bit")
        ph, pb = encode_part(txt, "text/plain", charset, cte, "; format=flowed")
        parts = None
    elif c in ("outlook", "gmail", "gmail_mobile", "android"):
        txt = compose_plain(cs)
        hx = compose_html(cs)
        d = "base64" if c == "android" else "quoted-printable"
        if c in ("gmail", "gmail_mobile") and is_ascii(txt):
            d1 = "7bit"
        else:
            d1 = d
        parts = [encode_part(txt, "text/plain", charset, pick_cte(cs, txt, d1)),
                 encode_part(hx, "text/html", charset, getattr(cs, "cte", None) or d)]
    elif c == "owa":
        hx = compose_html(cs)
        ph, pb = encode_part(hx, "text/html", charset, pick_cte(cs, hx, "quoted-printable"))
        parts = None
    else:  # outlook_plain, apple, iphone, webmail
        txt = compose_plain(cs)
        dflt = {"webmail": "8bit", "apple": "quoted-printable", "iphone": "7bit"}.get(c, "quoted-printable")
        ph, pb = encode_part(txt, "text/plain", charset, pick_cte(cs, txt, dflt))
        parts = None
    out = "".join("%s: %s\r\n" % (k, v.replace("\n", "\r\n")) for k, v in hdrs)
    out += "MIME-Version: 1.0\r\n"
    if parts is None:
        return out.encode("ascii") + ph + b"\r\n" + pb
    b = boundary(cs)
    res = out.encode("ascii") + ('Content-Type: multipart/alternative; boundary="%s"\r\n\r\n' % b).encode()
    for ph2, pb2 in parts:
        res += ("--%s\r\n" % b).encode() + ph2 + b"\r\n" + pb2
        if not res.endswith(b"\r\n"):
            res += b"\r\n"
    res += ("--%s--\r\n" % b).encode()
    return res


TZ = {"en-gb": "+0000", "en-ie": "+0000", "en-us": "-0500", "en-ca": "-0500", "en-au": "+1000",
      "en-in": "+0530", "en-cn": "+0800", "en-tr": "+0300", "en-br": "-0300", "pt-br": "-0300",
      "pt-pt": "+0000", "es-mx": "-0600", "es-ar": "-0300", "en-mx": "-0600"}

AUTO_SUBJ = {"en": "Automatic reply: ", "de": "Automatische Antwort: ",
             "fr": "Réponse automatique : ", "es": "Respuesta automática: ",
             "nl": "Automatisch antwoord: ", "it": "Risposta automatica: ",
             "pl": "Odpowiedź automatyczna: ", "pt": "Resposta automática: ",
             "sv": "Autosvar: "}


def build_auto(cs):
    subj = cs.auto_subject.format(subj=cs.subject) if cs.auto_subject else AUTO_SUBJ[cs.uib] + cs.subject
    extra = [("In-Reply-To", cs.bot_mid), ("References", cs.bot_mid)]
    if cs.hdr == "rfc3834":
        extra += [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    elif cs.hdr == "ms":
        extra += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", cs.from_addr)]
    elif cs.hdr == "ticket":
        extra += [("X-Ticket-ID", str(40000 + int(hashlib.md5(cs.name.encode()).hexdigest()[:4], 16))),
                  ("Reply-To", cs.from_addr)]
    hdrs = std_headers(cs, subj, extra)
    out = "".join("%s: %s\r\n" % (k, v.replace("\n", "\r\n")) for k, v in hdrs) + "MIME-Version: 1.0\r\n"
    charset = getattr(cs, "charset", None) or "utf-8"
    txt = body_text(cs) + "\n"
    if getattr(cs, "as_html", False):
        hx = "<html><body>\n%s\n</body></html>\n" % "\n".join(
            "<p>%s</p>" % "<br>".join(html.escape(l) for l in p.split("\n")) for p in re.split(r"\n\s*\n", txt.strip()))
        ph, pb = encode_part(hx, "text/html", charset, pick_cte(cs, hx, "quoted-printable"))
    else:
        ph, pb = encode_part(txt, "text/plain", charset, pick_cte(cs, txt, "7bit"))
    return out.encode("ascii") + ph + b"\r\n" + pb


def bot_headers(cs):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
            % (h_addr(BUYERS[cs.ql], BUYER_ADDR), h_addr("", cs.rcpt_addr), h_text(cs.subject),
               rfcdate(cs.sent), cs.bot_mid))


def build_bounce(cs):
    cs.rcpt_addr = cs.rcpt or "sales@%s-supply.example" % cs.name
    rcpt = cs.rcpt_addr
    subj = getattr(cs, "subject_override", None) or "Undelivered Mail Returned to Sender"
    extra = [("Auto-Submitted", "auto-replied")] if cs.client != "gateway" else []
    hdrs = std_headers(cs, subj, extra)
    hdrs[1] = ("To", BUYER_ADDR)
    out = "".join("%s: %s\r\n" % (k, v.replace("\n", "\r\n")) for k, v in hdrs) + "MIME-Version: 1.0\r\n"
    txt = body_text(cs).replace("{rcpt}", rcpt).replace("{subject}", cs.subject) + "\n"
    charset = getattr(cs, "charset", None) or "utf-8"
    if cs.client == "gateway_plain":
        ph, pb = encode_part(txt, "text/plain", charset, pick_cte(cs, txt, "7bit"))
        return out.encode("ascii") + ph + b"\r\n" + pb
    b = boundary(cs)
    res = out.encode("ascii") + ('Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"\r\n\r\n' % b).encode()
    res += b"This is a MIME-encapsulated message.\r\n\r\n"
    ph, pb = encode_part(txt, "text/plain", charset, pick_cte(cs, txt, "7bit"))
    res += ("--%s\r\nContent-Description: Notification\r\n" % b).encode() + ph + b"\r\n" + pb
    if getattr(cs, "html_note", False):
        hx = "<html><body>\n%s\n</body></html>\n" % "\n".join(
            "<p>%s</p>" % "<br>".join(html.escape(l) for l in p.split("\n")) for p in re.split(r"\n\s*\n", txt.strip()))
        ph, pb = encode_part(hx, "text/html", charset, "quoted-printable")
        res += ("\r\n--%s\r\n" % b).encode() + ph + b"\r\n" + pb
    ds = ("Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\n"
          "Original-Recipient: rfc822;%s\r\nAction: %s\r\nStatus: %s\r\n" % (
              cs.mta, rfcdate(cs.sent), rcpt, rcpt, cs.action, cs.status))
    if cs.diag:
        ds += "Remote-MTA: dns; %s\r\nDiagnostic-Code: smtp; %s\r\n" % (rcpt.split("@")[1], cs.diag)
    if cs.action == "delayed":
        ds += "Will-Retry-Until: %s\r\n" % rfcdate(cs.sent + datetime.timedelta(days=4))
    res += ("\r\n--%s\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" % b).encode() + ds.encode("ascii")
    if cs.orig == "full":
        lines, _ = offer_blocks(cs)
        otext = "\n".join(t for _, t in lines) + "\n"
        oh, ob = encode_part(otext, "text/plain", "utf-8", "quoted-printable")
        res += ("\r\n--%s\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n" % b).encode()
        res += bot_headers(cs).encode("ascii") + oh + b"\r\n" + ob
    else:
        res += ("\r\n--%s\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" % b).encode()
        res += bot_headers(cs).encode("ascii")
    res += ("\r\n--%s--\r\n" % b).encode()
    return res


def build(cs):
    if cs.kind == "reply":
        return build_reply(cs)
    if cs.kind == "auto":
        return build_auto(cs)
    return build_bounce(cs)


def label(cs):
    return {"context": cs.ctx,
            "expected": {"intent": cs.intent, "price_increase": cs.pi, "terms": dict(cs.terms)},
            "notes": cs.note}


# ---------------------------------------------------------------- split, output, check

def split():
    groups = {}
    for cs in CASES:
        groups.setdefault((cs.intent, lgroup(cs.lang)), []).append(cs.name)
    part = {}
    side = 0
    for key in sorted(groups):
        names = sorted(groups[key])
        for i, n in enumerate(names):
            part[n] = ("probe", "sealed")[(side + i) % 2]
        if len(names) % 2:
            side ^= 1
    return part


def render_all():
    part = split()
    files = {}
    labels = {"probe": {}, "sealed": {}}
    parts = {}
    for cs in sorted(CASES, key=lambda c: c.name):
        p = part[cs.name]
        files["%s/%s.eml" % (p, cs.name)] = build(cs)
        labels[p][cs.name] = label(cs)
        parts[cs.name] = {"part": p, "language": cs.lang, "client": cs.client}
    for p in ("probe", "sealed"):
        files["%s/labels.json" % p] = (json.dumps(labels[p], indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files["parts.json"] = (json.dumps(parts, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


ISO = {"USD", "EUR", "GBP", "CHF", "SEK", "PLN", "BRL", "MXN", "ARS", "CNY", "INR", "TRY",
       "CAD", "AUD", "NOK", "DKK", "CZK", "JPY", "NZD"}


def html_text(s):
    s = re.sub(r"(?is)<(br|/p|/li|/div|/tr|p|li|div|pre|/pre)\b[^>]*>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return html.unescape(s)


def check_label(name, lab, errs):
    def err(m):
        errs.append("%s: %s" % (name, m))
    if set(lab) != {"context", "expected", "notes"}:
        err("label keys")
        return
    c = lab["context"]
    if set(c) != {"baseline_unit_price", "currency", "last_offer"}:
        err("context keys")
    if c["currency"] is not None and c["currency"] not in ISO:
        err("context currency")
    if (c["currency"] is None) != (c["baseline_unit_price"] is None):
        err("baseline without currency")
    lo = c["last_offer"]
    if lo is not None and set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
        err("last_offer keys")
    e = lab["expected"]
    if set(e) != {"intent", "price_increase", "terms"}:
        err("expected keys")
    it = e["intent"]
    if it not in ("counter", "accept", "reject", "auto_reply", "bounce", "other"):
        err("intent")
    if not isinstance(e["price_increase"], bool):
        err("price_increase type")
    t = e["terms"]
    if list(t) != TERM_KEYS:
        err("term keys")
    for k in TERM_KEYS:
        v = t[k]
        if k == "currency":
            if v is not None and v not in ISO:
                err("currency code")
        elif v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            err("term type " + k)
    if t["currency"] is not None and t["unit_price"] is None:
        err("currency without unit_price")
    if it in ("other", "reject", "auto_reply", "bounce") and any(v is not None for v in t.values()):
        err("terms must be null for " + it)
    if it == "counter" and all(v is None for v in t.values()):
        err("counter states no term")
    p = t["price_change_pct"]
    if p is not None and (p > 0) != e["price_increase"]:
        err("sign of price_change_pct vs price_increase")
    if it == "counter" and e["price_increase"] and p is None and t["unit_price"] is None:
        err("increase counter without a number")
    if it in ("accept", "auto_reply", "bounce") and e["price_increase"]:
        err("price_increase on " + it)
    n = lab["notes"]
    if not n or not n.endswith(".") or len(re.findall(r"[.!?](?:\s|$)", n)) != 1:
        err("note must be one sentence: %r" % n)


def check():
    files = render_all()
    errs = []
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            errs.append("%s differs from a fresh build" % rel)
    for p in ("probe", "sealed"):
        for f in (HERE / p).iterdir():
            if "%s/%s" % (p, f.name) not in files:
                errs.append("stray file %s/%s" % (p, f.name))
    bycase = {cs.name: cs for cs in CASES}
    mids = set()
    for rel, data in sorted(files.items()):
        if not rel.endswith(".eml"):
            continue
        name = rel.split("/")[1][:-4]
        cs = bycase[name]
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append(name + ": bare LF or CR")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                errs.append(name + ": line over 998 octets")
        head = data.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            errs.append(name + ": 8-bit header")
        texts = []
        for pol in (email.policy.compat32, email.policy.default):
            m = email.message_from_bytes(data, policy=pol)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if m[h] is None:
                    errs.append("%s: missing %s" % (name, h))
            for part in m.walk():
                if part.defects:
                    errs.append("%s: defects %s" % (name, part.defects))
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                if pol is email.policy.default and ct.startswith("text/"):
                    try:
                        s = part.get_content()
                    except Exception as ex:  # noqa: BLE001
                        errs.append("%s: cannot decode %s: %s" % (name, ct, ex))
                        continue
                    if part.defects:
                        errs.append("%s: defects after decoding %s" % (name, part.defects))
                    texts.append(html_text(s) if ct == "text/html" else s)
                elif pol is email.policy.compat32:
                    part.get_payload(decode=True)
            if pol is email.policy.default:
                mid = m["Message-ID"]
                if mid in mids:
                    errs.append(name + ": duplicate Message-ID")
                mids.add(mid)
        if cs.quoted:
            have = set()
            for s in texts:
                for l in s.splitlines():
                    l = re.sub(r"^[>\s]*", "", l).rstrip()
                    have.add(l)
                    if l.startswith("- "):
                        have.add(l[2:])
            for l in required_lines(cs):
                if l.rstrip() not in have:
                    errs.append("%s: quoted offer line missing: %r" % (name, l))
    for p in ("probe", "sealed"):
        labs = json.loads(files["%s/labels.json" % p])
        for n, lab in labs.items():
            check_label(n, lab, errs)
    part = split()
    parts = json.loads(files["parts.json"])
    ondisk = json.loads((HERE / "parts.json").read_text("utf-8")) if (HERE / "parts.json").exists() else {}
    for n, v in parts.items():
        if v["part"] != part[n] or ondisk.get(n, {}).get("part") != part[n]:
            errs.append(n + ": split mismatch")
        if not (HERE / part[n] / (n + ".eml")).exists():
            errs.append(n + ": not in its folder")
    sizes = {p: sum(1 for v in part.values() if v == p) for p in ("probe", "sealed")}
    if abs(sizes["probe"] - sizes["sealed"]) > 1:
        errs.append("halves differ by more than one")
    if errs:
        print("\n".join(errs))
        print("CHECK FAILED: %d problem(s)" % len(errs))
        return 1
    print("check ok: %d cases (probe %d, sealed %d), all files byte-identical, "
          "no MIME defects, labels valid, quoted offers present, split reproduced"
          % (len(CASES), sizes["probe"], sizes["sealed"]))
    return 0


def stats():
    part = split()
    intents = ["counter", "accept", "reject", "other", "auto_reply", "bounce"]
    groups = ["en", "en-nn", "de", "fr", "es", "nl", "it", "pl", "pt", "sv"]

    def table(title, sel):
        print("| %s | %s | total |" % (title, " | ".join(intents)))
        print("|---|" + "---:|" * (len(intents) + 1))
        for g in groups:
            row = [sum(1 for c in sel if lgroup(c.lang) == g and c.intent == i) for i in intents]
            print("| %s | %s | %d |" % (g, " | ".join(map(str, row)), sum(row)))
        row = [sum(1 for c in sel if c.intent == i) for i in intents]
        print("| total | %s | %d |" % (" | ".join(map(str, row)), sum(row)))
        print()
    print("| part | %s | total |" % " | ".join(intents))
    print("|---|" + "---:|" * (len(intents) + 1))
    for p in ("probe", "sealed"):
        row = [sum(1 for c in CASES if part[c.name] == p and c.intent == i) for i in intents]
        print("| %s | %s | %d |" % (p, " | ".join(map(str, row)), sum(row)))
    print()
    table("all", CASES)
    table("probe", [c for c in CASES if part[c.name] == "probe"])
    table("sealed", [c for c in CASES if part[c.name] == "sealed"])
    print("price_increase true:", sum(1 for c in CASES if c.pi))
    langs = {}
    for c in CASES:
        langs[c.lang] = langs.get(c.lang, 0) + 1
    print("languages:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    cl = {}
    for c in CASES:
        cl[c.client] = cl.get(c.client, 0) + 1
    print("clients:", ", ".join("%s %d" % kv for kv in sorted(cl.items())))
    sh = {}
    for c in CASES:
        sh[c.shape] = sh.get(c.shape, 0) + 1
    print("shapes:", ", ".join("%s %d" % kv for kv in sorted(sh.items())))


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    if "--stats" in sys.argv:
        stats()
        return
    if "--list" in sys.argv:
        for c in CASES:
            print(c.name, c.lang, c.client, c.shape, c.intent, c.note)
        return
    files = render_all()
    for p in ("probe", "sealed"):
        d = HERE / p
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print("wrote %d cases" % len(CASES))


# ================================================================ the cases
# ctx tuples: (baseline unit price, currency, offered price change %, offered payment
# days, offered contract months).

# ---------------------------------------------------------------- native English: counters

C("en-gb", "outlook", "Dana Whitlock <dana.whitlock@ashgrove-cartons.example>", """Hi Laura,

Thanks for sending this over. I have to be straight with you: 6% would have us selling the 400x300 cartons at a loss once board costs are in, so that one is not going to happen.

What I can put on the table is 2.5% off the current price with payment at Net 45. That's genuinely the floor for us this year.

Best,
Dana Whitlock
Key Accounts | Ashgrove Cartons Ltd
T: 01632 960 418""", "counter", (6.00, "GBP", -6, 60, None),
  "A refused 6 % named first, then a real counter of 2.5 % at Net 45.", pct=-2.5, days=45, item="corrugated shipping cartons")

C("en-us", "gmail", "Marcus Bell <marcus@redrock-packaging.example>", """Laura,

Net 75 is out of the question for a business our size, sorry. We could stretch to Net 45 and give you 3% off the unit price if you sign for twelve months.

Marcus Bell
Redrock Packaging Co.
(555) 013-2277""", "counter", (2.40, "USD", -5, 75, None),
  "Net 75 is refused by name, the counter is Net 45, 3 % and a twelve-month term in words.", pct=-3.0, days=45, months=12)

C("en-au", "iphone", "Shaun Kelly <shaun.k@southern-cross-films.example>", """G'day Laura, the 5% you ask for can't work on film at today's resin prices. Best I can do is 1.5% and I'd keep payment at 30 days. Cheers, Shaun""", "counter", (38.50, "AUD", -5, 60, None),
  "Mobile one-liner that names the refused 5 % before countering 1.5 % at 30 days.", pct=-1.5, days=30, item="stretch wrap film")

C("en-gb", "outlook_plain", "Priya Raman <p.raman@fenwick-print.example>", """Hello Laura,

We've gone through your proposal with our finance team. A reduction of 4% is more than we can absorb, but we are able to offer 2% from the first of next month. Payment terms of 60 days are fine with us.

Our quotation Q-24117 remains valid for 30 days and lead time stays at 10 working days.

Kind regards
Priya Raman
Sales Manager, Fenwick Print & Pack
Unit 7, Canal Side Estate, Leeds LS11 0XX""", "counter", (0.84, "GBP", -4, 60, 12),
  "Restated Net 60 counts as a stated term while quote validity and lead time are not terms.", pct=-2.0, days=60)

C("en-us", "owa", "Tom Reyes <treyes@granite-state-box.example>", """Hi Laura -

We can't do the 6 percent. Here's where we can land: three percent off, net 45, and we'd want a 24-month agreement to justify it. If you can commit to 150,000 units a year we'll add a 1% year-end rebate on top.

Thanks,
Tom Reyes
Granite State Box | Inside Sales
This e-mail and any attachments are confidential and intended solely for the addressee.""", "counter", (1.15, "USD", -6, 60, None),
  "Several terms in one paragraph: price in words, payment days, 24 months, a volume and a rebate.", pct=-3.0, days=45, months=24, vol=150000, rebate=1.0, cte="base64")

C("en-ie", "gmail", "Siobhan Doyle <siobhan@liffey-labels.example>", """Hi Laura,

We'd be happy to go to 3.5% off, but only on a two-year contract. Payment forty-five days from invoice.

Regards,
Siobhan Doyle
Liffey Labels Ltd, Dublin 12""", "counter", (0.12, "EUR", -6, 60, None),
  "Contract length and payment days written in words.", pct=-3.5, days=45, months=24)

C("en-ca", "outlook", "Kevin Marchand <kmarchand@maple-ridge-pkg.example>", """Hi Laura,

Thank you for the proposal. We're able to quote the printed boxes at CAD 1.87 per piece going forward, which is the best we've offered any customer this year. Please note prices exclude 13% HST.

Payment remains Net 30.

Kevin Marchand
Maple Ridge Packaging""", "counter", (1.95, "CAD", -6, 60, None),
  "An absolute unit price in CAD with a 13 % sales tax that is not a price change, plus Net 30 restated.", price=1.87, cur="CAD", days=30, item="printed folding boxes")

C("en-gb", "thunderbird", "Rob Atherton <rob@atherton-pallets.example>", """@top
Laura, answers below.
@price
Can't do 6%. Price per box from us would be £0.79.
@days
Net 60 is fine if the price above stands.
@form
Our on-time delivery rate has been 98.6% over the last twelve months and scrap on your runs is under 0.5%, so we think that's fair value.
Rob""", "counter", (0.82, "GBP", -6, 60, None),
  "Inline GBP unit price with on-time and scrap percentages that are not price changes.", price=0.79, cur="GBP", days=60, shape="inline", item="corrugated shipping cartons")

C("en-us", "android", "Jenna Ortiz <jenna.ortiz@bayview-poly.example>", """Hi Laura, thx for this. We'd need a 4% increase rather than a cut, resin is up again. Net 30. Jenna""", "counter", (0.31, "USD", -5, 45, None),
  "A short mobile reply asking for a 4 % increase instead of a cut.", pi=True, pct=4.0, days=30, item="poly mailer bags")

C("en-gb", "outlook", "Helen Grayson <h.grayson@pennine-board.example>", """Dear Laura,

Thank you for your email. Unfortunately we are unable to reduce prices at present. With energy costs where they are, we will have to add an energy surcharge of 2.75% to all invoices from 1 March. We can offer 60 days payment to soften this.

Yours sincerely,
Helen Grayson
Commercial Director
Pennine Board Mills Ltd | Registered in England No. 04417730""", "counter", (3.10, "GBP", -6, 60, None),
  "A percent energy surcharge counts as an increase counter, with Net 60 restated.", pi=True, pct=2.75, days=60)

C("en-us", "outlook_plain", "Greg Hollis <ghollis@prairie-corrugated.example>", """Laura,

Appreciate the follow-up. We have to pass on a price adjustment of +3.2% effective next quarter; mill board went up twice since January. Everything else stays the same.

Greg Hollis
Prairie Corrugated, Regional Sales""", "counter", (0.95, "USD", -4, 60, None),
  "A price adjustment written with a plus sign is an increase counter.", pi=True, pct=3.2)

C("en-au", "gmail", "Natalie Cho <natalie@harbourline-mailers.example>", """Hi Laura,

Net 30 works for us and the two-year term is OK. On price we can come down 2%, not the 6% in your note.

Natalie Cho
Harbourline Mailers Pty Ltd
ABN 51 824 753 556""", "counter", (0.44, "AUD", -6, 30, 24),
  "Restated Net 30 and two-year term are stated terms alongside a 2 % counter, and the ABN is not a number to read.", pct=-2.0, days=30, months=24)

C("en-gb", "apple", "Oliver Pratt <oliver.pratt@kestrel-void.example>", """Laura,

Happy to meet you partway. Four percent is a stretch; three percent we can do, with a volume commitment of 80,000 units across the year and payment at 50 days.

Oliver

Oliver Pratt
Kestrel Void Fill
07700 900 615""", "counter", (0.21, "GBP", -4, 60, 12),
  "Price in words, a volume commitment and 50 days in one sentence.", pct=-3.0, vol=80000, days=50)

C("en-us", "gmail_mobile", "Dave Kowalczyk <dave@northstar-tape.example>", """We accept the 4% but need Net 45, can't carry 60 days. Dave""", "counter", (12.80, "USD", -4, 60, None),
  "An acceptance that changes the payment term is a counter with the restated 4 % filled.", pct=-4.0, days=45)

C("en-gb", "outlook", "Fiona McLeod <fiona.mcleod@glenbrae-packaging.example>", """Morning Laura,

We accept, but with Net 45 rather than Net 60. Everything else as per your message.

Fiona McLeod
Glenbrae Packaging | Customer Accounts
Please consider the environment before printing this email.""", "counter", (4.60, "GBP", -3, 60, 12),
  "We accept but with Net 45 is a counter that keeps the other terms without restating them.", days=45)

C("en-us", "webmail", "Carla Jimenez <carla@sunbelt-cartons.example>", """Hi Laura,

Your 5% cut plus Net 90 together would wipe out our margin on this account. If you drop the payment request back to 45 days we can give you the 5%.

Carla Jimenez
Sunbelt Cartons""", "counter", (2.25, "USD", -5, 90, None),
  "The offered 5 % is accepted on condition of 45 days, so both are stated terms of a counter.", pct=-5.0, days=45, charset="iso-8859-1")

C("en-ie", "outlook_plain", "Declan Fahy <dfahy@shannon-corr.example>", """Laura,

Just to come back on your last note. We'll go to 3% and payment thirty days end of month. Our minimum order stays at 2,000 units and lead time is two weeks.

Regards
Declan Fahy
Shannon Corrugated Ltd.
+353 61 555 0142""", "counter", (0.67, "EUR", -5, 60, None),
  "Thirty days end of month gives 30 while the MOQ and lead time are not terms.", pct=-3.0, days=30)

C("en-gb", "gmail", "Amy Lister <amy.lister@brindle-mailers.example>", """Hi Laura,

Thanks for coming back to us. We've looked at the numbers again.

Our counter-offer:
- price: 1.5% lower than today
- payment: 45 days
- term: 18 months

This keeps us in a position to hold stock for you at our Daventry site.

Best regards,
Amy""", "counter", (0.38, "GBP", -4, 60, 12),
  "A bulleted counter inside the supplier's own text above the quoted form.", pct=-1.5, days=45, months=18)

C("en-us", "outlook", "Brian Okafor <bokafor@lonestar-labels.example>", """Laura,

Updated pricing: $0.089 per label, Net 45. That's down from $0.094. Sales tax of 8.25% will be added where applicable.

Brian Okafor | Lone Star Labels
Office 555-0199 ext 204""", "counter", (0.094, "USD", -6, 60, None),
  "A unit price in dollars with the old price and a sales tax percent that are not the proposal.", price=0.089, cur="USD", days=45, item="pallet labels")

C("en-au", "thunderbird", "Gemma Ford <gemma@coastal-pulp.example>", """Hi Laura,

I've filled in the form below.

--- Your reply (edit the values and send) ---
Unit price change (%, minus = reduction): -2
Payment terms (days): 45
Contract length (months): 12
Committed volume (units per year):
Rebate (%):
--- end ---

Gemma Ford
Coastal Pulp Products""", "counter", (1.40, "AUD", -6, 60, None),
  "The supplier's own filled-in form above the quote carries the counter.", pct=-2.0, days=45, months=12)

C("en-gb", "outlook", "Martin Shaw <mshaw@wolds-print.example>", """Laura,

I'm sorry but we're not able to accept the 6% reduction or the 60-day terms. What we can do: hold the current price for twelve months, and if you commit to 100,000 units in the contract year we'll give you a 2% year-end rebate.

Martin Shaw
Wolds Print Ltd""", "counter", (0.58, "GBP", -6, 60, None),
  "Both offered numbers are refused and the counter holds the price (0 %) for twelve months with a committed volume and a rebate.", pct=0.0, months=12, rebate=2.0, vol=100000)

C("en-us", "gmail", "Lisa Nguyen <lisa.nguyen@cascade-film.example>", """Hi Laura,

Cascade can do 2% off with Net 60 if we lock in a one year contract. To be clear, the 4% in your email isn't possible — our resin supplier raised prices 7% this spring.

Thanks,
Lisa""", "counter", (21.00, "USD", -4, 60, None),
  "A counter first, then a refused 4 % and a supplier cost rise of 7 % that is not a price term.", pct=-2.0, days=60, months=12, item="stretch wrap film")

C("en-ca", "apple", "Rachel Dunn <rdunn@fraser-valley-box.example>", """Laura, we can sharpen the price to $2.31 a box from $2.40, payment 45 days. That is CAD. Rachel""", "counter", (2.40, "CAD", -6, 60, None),
  "A dollar unit price that the supplier says is CAD on a CAD baseline.", price=2.31, cur="CAD", days=45, item="corrugated shipping cartons")

C("en-gb", "owa", "Ian Porter <ian.porter@thames-tapes.example>", """Laura,

Five percent off is too steep, but we can meet you at two and a half percent. Happy with Net 60 as proposed.

Regards,
Ian Porter
Thames Tapes & Films""", "counter", (5.20, "GBP", -5, 60, None),
  "Two and a half percent in words, with the refused five percent named first.", pct=-2.5, days=60)

C("en-us", "outlook_plain", "Sam Whitaker <swhitaker@ironwood-pallet.example>", """Laura,

I can't go below $14.10 per pallet label roll. That's where I'll be for the next contract year (12 months). Payment terms net 30, 1% 10 days if you want the discount.

Sam""", "counter", (14.50, "USD", -5, 60, None),
  "A unit price, a twelve-month term and a 1 % 10 net 30 cash discount that gives 30 days.", price=14.10, cur="USD", months=12, days=30, item="pallet labels")

C("en-au", "outlook", "Paul Benning <p.benning@outback-cartons.example>", """Hi Laura,

Appreciate you taking the time. Your proposed 60 days is fine. On price, we'll meet you at 3% if you can commit to the full 250,000 units.

Regards,
Paul Benning
State Manager NSW, Outback Cartons""", "counter", (0.92, "AUD", -6, 60, None),
  "Restated 60 days, a 3 % counter and a committed volume.", pct=-3.0, days=60, vol=250000)

C("en-us", "gmail", "Holly Grant <holly@blue-ridge-mailers.example>", """Laura,

No to 8%. Yes to 4% on a 24 month deal with Net 45.

Holly""", "counter", (0.36, "USD", -8, 60, None),
  "A curt reply that names the refused 8 % and then counters.", pct=-4.0, months=24, days=45, shape="bottom")

C("en-ie", "iphone", "Niamh Burke <niamh@corrib-pack.example>", """Laura we could do half a percent off and keep payment at forty days, thats honestly all the room we have""", "counter", (3.75, "EUR", -4, 60, None),
  "Half a percent and forty days in words, unpunctuated phone text.", pct=-0.5, days=40)

C("en-gb", "gmail_mobile", "Ravi Chandra <ravi@orchard-labels.example>", """Laura – can do 3% off at 45 days, 12 month term. Can't do the 6 and 60. R""", "counter", (0.07, "GBP", -6, 60, None),
  "The counter comes first and the refused numbers follow in shorthand.", pct=-3.0, days=45, months=12)

C("en-us", "outlook", "Karen Lutz <klutz@heartland-fibre.example>", """Laura,

Sorry for the slow reply. Short version: we're at 2% off, 45 days, and we'd need you on a 36-month supply agreement for that.

For your reference our quote number is HF-2025-0417 and the price list is dated 3 March.

Karen Lutz
Heartland Fibre Packaging""", "counter", (1.05, "USD", -4, 60, None),
  "A quote number and a price-list date near a counter with 36 months.", pct=-2.0, days=45, months=36)

# ---------------------------------------------------------------- native English: accept

C("en-gb", "outlook", "Sarah Milne <sarah.milne@crossfell-cartons.example>", """Hi Laura,

That's agreed from our side. We'll update the price file and you'll see it on the next invoice.

Many thanks,
Sarah Milne
Crossfell Cartons""", "accept", (0.73, "GBP", -4, 50, 12),
  "Plain agreement in other words than accept.")

C("en-us", "apple", "Jake Morrow <jake@pinecrest-films.example>", """Deal. Send over the paperwork.

Jake""", "accept", (18.40, "USD", -3, 45, None),
  "A one-word acceptance followed by a request for the paperwork.")

C("en-au", "gmail", "Megan Price <megan.price@wattle-print.example>", """Hi Laura,

Yes, we can do 4% off at 50 days on a 12 month term. Confirmed.

Megan""", "accept", (0.62, "AUD", -4, 50, 12),
  "An acceptance that restates every number of the offer, so those terms are filled.", pct=-4.0, days=50, months=12)

C("en-gb", "thunderbird", "Alan Crowther <alan@moorside-pulp.example>", """Ok with all of this.

Alan""", "accept", (0.29, "GBP", -5, 60, None),
  "The shortest acceptance, with no numbers.", shape="bottom")

C("en-us", "apple", "Dina Faber <dfaber@tidewater-pkg.example>", """@price
OK
@days
OK
@months
OK, fine
@form
Signed off by our GM this morning, so go ahead.
""", "accept", (2.90, "USD", -4, 50, 12),
  "OK under each quoted line fills no term.", shape="inline")

C("en-ca", "outlook_plain", "Luc Tremblay <ltremblay@laurentian-box.example>", """Hello Laura,

We are pleased to accept your proposal as it stands. Please send the purchase order to orders@laurentian-box.example and quote our account number 55021.

Regards,
Luc Tremblay""", "accept", (1.10, "CAD", -3, 45, None),
  "A formal acceptance with an account number and an address that are not terms.")

C("en-ie", "webmail", "Orla Kenny <orla@slaney-labels.example>", """Hi Laura, grand, we'll go with that. Orla""", "accept", (0.05, "EUR", -2, 45, None),
  "Irish colloquial acceptance in webmail with latin-1.", charset="iso-8859-1")

C("en-gb", "gmail", "Chris Beaumont <chris.b@hollins-tape.example>", """Laura,

Fine by us – 3% and Net 45 it is. I've let accounts know.

Chris""", "accept", (7.80, "GBP", -3, 45, None),
  "An acceptance that restates the offered 3 % and Net 45.", pct=-3.0, days=45)

C("en-us", "android", "Tyler Banks <tbanks@mesa-mailers.example>", """Sounds good, we accept. Thanks Laura""", "accept", (0.19, "USD", -5, 60, None),
  "A mobile acceptance in Samsung Email with base64 parts.")

C("en-au", "owa", "Grace Holloway <grace@kookaburra-pack.example>", """Hi Laura,

We're happy to proceed on the terms you've set out. Our on-time rate for you last year was 99.2%, and we intend to keep it there.

Kind regards,
Grace Holloway
Kookaburra Packaging""", "accept", (3.30, "AUD", -2, 45, 12),
  "An acceptance with an on-time percentage that is not a term.")

# ---------------------------------------------------------------- native English: reject

C("en-gb", "outlook", "Neil Harper <neil.harper@dunmore-box.example>", """Dear Laura,

Thank you for thinking of us. After some consideration we've decided not to pursue this one; the pricing you're targeting is well below where we can operate.

We wish you well with the tender.

Neil Harper
Dunmore Box Company""", "reject", (0.51, "GBP", -6, 60, None),
  "A polite pass without any terms.")

C("en-us", "gmail", "Rita Combs <rita@old-mill-corr.example>", """Laura,

We'll be keeping our current price. We won't be able to offer a reduction this year.

Rita Combs
Old Mill Corrugated""", "reject", (1.85, "USD", -4, 60, None),
  "The supplier keeps its current price without proposing anything.")

C("en-us", "outlook_plain", "Jeff Sutter <jsutter@keystone-film.example>", """Please remove us from your list. We are not interested.""", "reject", (9.90, "USD", -5, 60, None),
  "A request to be removed from the list.")

C("en-au", "iphone", "Brett Lowe <brett@redgum-labels.example>", """No thanks mate.""", "reject", (0.08, "AUD", -6, 60, None),
  "A curt refusal from a phone.")

C("en-gb", "gmail", "Joanna Pike <joanna.pike@severn-mailers.example>", """Hi Laura,

I'm afraid 5% and Net 60 aren't things we can do, and we don't have an alternative to offer at this point. If your volumes change, do get back in touch.

Best wishes,
Joanna""", "reject", (0.33, "GBP", -5, 60, None),
  "Offered numbers are named only to decline them, with no counter.")

C("en-ca", "outlook", "Derek Boyle <dboyle@northern-lights-pkg.example>", """Laura,

Thanks, but no. Our costs are going the other way and we'll be announcing an increase to all accounts next month. I'd rather be upfront about that than negotiate a cut.

Derek Boyle""", "reject", (2.05, "CAD", -4, 60, None),
  "A decline that announces an increase without a number.", pi=True)

C("en-ie", "gmail_mobile", "Aoife Lynch <aoife@boyne-cartons.example>", """Hi Laura we have decided to stay where we are on price, cant move on this. Thanks anyway""", "reject", (0.91, "EUR", -3, 45, None),
  "Stay where we are on price without any counter.")

C("en-us", "owa", "Warren Pike <wpike@delta-poly.example>", """Laura,

We've reviewed the request and will pass on this opportunity. Pricing at the level requested isn't sustainable for us, and rather than counter with something that isn't useful to you we'll step back.

Regards,
Warren Pike
Delta Poly Products""", "reject", (0.27, "USD", -6, 60, None),
  "A courteous decline that explains why it does not counter.")

# ---------------------------------------------------------------- native English: other

C("en-gb", "outlook", "Tessa Wright <tessa.wright@langdale-print.example>", """Hi Laura,

Quick question before we respond properly: is the 4% you've proposed meant to apply to the plain boxes only, or to the printed range as well? The printed SKUs carry a separate plate charge.

Thanks,
Tessa""", "other", (0.95, "GBP", -4, 60, None),
  "A clarifying question that mentions the offered price.", item="printed folding boxes")

C("en-us", "gmail", "Andre Wallace <awallace@pioneer-wrap.example>", """Laura,

Depending on how the resin index moves we could probably do somewhere between 2% and 4% off. Payment 45 to 60 days. Let me know if that range is useful and I'll firm it up.

Andre""", "other", (24.50, "USD", -6, 60, None),
  "A range of prices and days is not a counter a machine can act on.", item="stretch wrap film")

C("en-au", "outlook_plain", "Kylie Shaw <kylie@bluegum-corr.example>", """Laura,

Two options for you:

A) 2% off, Net 60, 12 months
B) 4% off, Net 30, 24 months

Happy to go with whichever suits.

Kylie Shaw
Bluegum Corrugated""", "other", (0.84, "AUD", -6, 60, None),
  "Two alternative packages from the supplier need a human to choose.")

C("en-gb", "gmail", "Hamish Reid <hamish@tweed-valley-box.example>", """Hi Laura,

We'd be willing to freeze the price at today's level for 36 months, provided you move your die-cutting work to us as well. Happy to discuss.

Hamish""", "other", (0.56, "GBP", -5, 60, None),
  "A price freeze tied to a long term plus extra work outside the levers.")

C("en-us", "outlook", "Nina Patel <npatel@summit-mailers.example>", """Hi Laura,

Please note we have changed banks. From now on please remit all payments to our new account:

Bank: Continental Trust
Account name: Summit Mailers LLC
Routing 021000089, Account 4471 0093 2210

Please confirm by return and update your vendor master. Regarding your pricing proposal, we will revert next week.

Nina Patel
Accounts Receivable""", "other", (0.41, "USD", -4, 60, None),
  "A bank-detail change request is never an acceptance and needs a human.")

C("en-ca", "gmail", "Marie Gagnon <mgagnon@st-lawrence-labels.example>", """Hi Laura,

We accept the 3% reduction on the thermal transfer labels — glad we could get there. Let me know if you need anything else.

Marie""", "other", (0.06, "CAD", -3, 45, None),
  "An acceptance for a different item than the thread's cartons.", item="corrugated shipping cartons")

C("en-gb", "outlook_plain", "Victoria Hale <victoria.hale@chiltern-pack.example>", """Laura,

This looks workable to me: 4% and Net 50 on a 12-month deal. I do need our MD to sign it off, which should happen at Thursday's board meeting. I'll confirm straight after.

Victoria""", "other", (1.20, "GBP", -4, 50, 12),
  "An acceptance pending the managing director's sign-off.")

C("en-us", "webmail", "Ron Castillo <rcastillo@gulfport-box.example>", """Jim - see below from Brightwater. They want 5% and 60 days. I think we can live with 3 and 45 but I don't want to go first. Thoughts before I reply? -Ron""", "other", (1.60, "USD", -5, 60, None),
  "An internal note sent to the buyer by mistake names numbers that are not an offer.")

C("en-au", "gmail_mobile", "Liam O'Brien <liam@tasman-film.example>", """Laura, easier to talk this through. Can you give me a call tomorrow on 0491 570 110? Any time after 10.""", "other", (31.00, "AUD", -5, 60, None),
  "A request for a call with a phone number.")

C("en-gb", "outlook", "Sophie Turner <s.turner@arden-labels.example>", """Hi Laura,

We'd rather have a quick call on this. Input costs for us are up and I suspect we'll have to talk about the price going up rather than down. Would Tuesday at 2pm work?

Sophie Turner
Arden Labels""", "other", (0.09, "GBP", -4, 60, None),
  "A call request hinting at an unquantified increase.", pi=True)

C("en-us", "outlook", "Erin Foster <efoster@lakeshore-pkg.example>", """Laura,

Tiered pricing works better for us:
up to 50k units: 1% off
50k-150k units: 3% off
over 150k units: 5% off
Payment Net 45 across all tiers.

Erin""", "other", (0.77, "USD", -5, 60, None),
  "A tier table of prices by volume is a set of alternatives for a human.")

C("en-ie", "outlook_plain", "Ciaran Walsh <cwalsh@wicklow-print.example>", """Laura,

We could do 4% if you let us switch the board grade from 200K to 175K test liner, and if you take delivery in full truckloads only. Let me know.

Ciaran""", "other", (0.66, "EUR", -4, 60, None),
  "A discount tied to a specification change and delivery conditions outside the levers.", item="corrugated shipping cartons")

C("en-us", "gmail", "Beth Rollins <beth@cedar-point-box.example>", """Hi Laura,

Before I answer: what annual volume are you basing this on, and is this for the Ohio DC only? Our freight cost is very different for the West Coast sites.

Thanks,
Beth""", "other", (1.30, "USD", -6, 60, None),
  "A clarifying question about volume and sites.")

# ---------------------------------------------------------------- native English: auto replies

A("en-gb", "none", "Paula Grey <paula.grey@whinfell-cartons.example>", """Thank you for your email. I'm out of the office until Monday 14 April with no access to email. For anything urgent on orders please call the office on 01632 960 233 or write to sales@whinfell-cartons.example.

Paula""", (0.70, "GBP", -6, 60, None),
  "An out-of-office with a date and phone number and RFC 3834 headers.")

A("en-us", "none", "Support <support@keystone-corr.example>", """Hello,

Thanks for contacting Keystone Corrugated. Your request has been received and assigned ticket number 88213. One of our team will get back to you within 2 business days.

Please do not reply to this message; replies go to an unmonitored queue.

Keystone Corrugated Customer Care""", (1.45, "USD", -5, 60, None),
  "A ticket acknowledgement without RFC 3834 headers.", hdr="ticket", subject="[Ticket #88213] Re: {subj}")

A("en-au", "none", "Ben Carter <ben.carter@gumtree-pack.example>", """This mailbox is no longer monitored. Ben has left Gumtree Packaging. Please direct all enquiries to accounts@gumtree-pack.example and they will be happy to help.""", (0.58, "AUD", -4, 60, None),
  "A no-longer-monitored notice sent through Exchange headers.", hdr="ms")

A("en-ca", "none", "Julie Roy <jroy@algonquin-film.example>", """I am currently on parental leave and will return on 2 September. During my absence, please contact Martin Lavoie at mlavoie@algonquin-film.example or 555-0143.

Je suis présentement en congé parental jusqu'au 2 septembre. Veuillez communiquer avec Martin Lavoie.""", (17.25, "CAD", -3, 45, None),
  "A bilingual Canadian out-of-office.", cte="quoted-printable")

# ---------------------------------------------------------------- native English: bounces

B("en-us", "postfix", """This is the mail system at host mx2.relay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.brookfield-pack.example[203.0.113.25] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)""", (6.00, "USD", -6, 60, None),
  "A Postfix bounce for an unknown user.", rcpt="j.harlow@brookfield-pack.example",
  diag="550 5.1.1 Recipient address rejected: User unknown", mta="mx2.relay.example")

B("en-gb", "exchange", """Delivery has failed to these recipients or groups:

{rcpt}
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX02.brightwater-goods.example

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""", (0.48, "GBP", -4, 50, None),
  "An Exchange non-delivery report with an HTML twin.", frm="Microsoft Outlook <postmaster@brightwater-goods.example>",
  rcpt="sales@fellside-cartons.example", status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound",
  mta="EX02.brightwater-goods.example", html_note=True, subject_override="Undeliverable: Pricing proposal")

B("en-us", "exim", """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay3.mx-hub.example.

The message identifier is:     1tQx4r-0007Ab-2L
The subject of the message is: {subject}

The address to which the message has not yet been delivered is:

  {rcpt}
    host mail.coppertown-box.example [198.51.100.7]
    Delay reason: SMTP error from remote mail server after RCPT TO:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.""", (2.20, "USD", -5, 60, None),
  "An Exim delay warning is a bounce although nothing has failed yet.",
  frm="Mail Delivery System <Mailer-Daemon@relay3.mx-hub.example>", rcpt="quotes@coppertown-box.example",
  status="4.7.1", action="delayed", diag="451 4.7.1 Greylisted", mta="relay3.mx-hub.example",
  subject_override="Warning: message 1tQx4r-0007Ab-2L delayed 24 hours")

B("en-au", "google", """** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""", (0.88, "AUD", -6, 60, None),
  "A Google-style failure notice with the original message attached.",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>", rcpt="tenders@billabong-board.example",
  diag="550 5.1.1 The email account that you tried to reach does not exist", mta="mx.googlemail.example",
  html_note=True, orig="full", subject_override="Delivery Status Notification (Failure)")

B("en-gb", "gateway_plain", """Your message to {rcpt} was blocked by the recipient's email security gateway.

Reason: message classified as bulk commercial mail (policy BCM-7)
Subject: {subject}

If you believe this is an error, ask the recipient to add your address to their allow list. This notice was generated automatically; replies are not read.""", (0.35, "GBP", -5, 60, None),
  "A security gateway block without a delivery-status part is still a bounce.",
  frm="Mailguard Notices <no-reply@shield.mailguard.example>", rcpt="buying@kentmere-mailers.example",
  subject_override="Message blocked: delivery not completed")

# ---------------------------------------------------------------- non-native English

C("en-in", "outlook", "Rajesh Iyer <rajesh.iyer@sai-krishna-packaging.example>", """Dear Madam,

Greetings from Sai Krishna Packaging!

With reference to your trailing mail, we regret to inform that 6% reduction is not feasible from our end as kraft paper prices are increased in last quarter. However considering our long relationship we can offer 2% reduction with payment of 45 days from date of invoice.

Kindly revert with your confirmation at the earliest.

Thanks & Regards,
Rajesh Iyer
Sr. Manager - Marketing
Sai Krishna Packaging Pvt. Ltd.
Mob: +91 98450 00000""", "counter", (0.42, "USD", -6, 60, None),
  "Indian business English that refuses 6 % and counters 2 % at 45 days.", pct=-2.0, days=45)

C("en-in", "gmail", "Pooja Shah <pooja@ambica-corrugators.example>", """Dear Laura ji,

Thank you for the mail. We can supply at Rs. 18.75 per box (ex-works, GST 18% extra) against the present rate of Rs. 19.40. Payment 30 days.

Regards
Pooja Shah
Ambica Corrugators""", "counter", (19.40, "INR", -5, 60, None),
  "A rupee unit price with an 18 % GST that is not a price change.", price=18.75, cur="INR", days=30, item="corrugated shipping cartons")

C("en-cn", "outlook_plain", "Kevin Zhang <kevin.zhang@jinhai-film.example>", """Dear Laura,

Thanks for your kindly inquiry. For the stretch film we can give the best price USD 1.62/roll, FOB Ningbo. The 5% discount you mentioned is too much for us, raw material is very high now. Payment term we accept 60 days.

Best regards
Kevin Zhang
Jinhai Film Co., Ltd
Tel: 0086-574-0000-0000""", "counter", (1.70, "USD", -5, 60, None),
  "A Chinese exporter's unit price with the refused 5 % named and 60 days accepted as a stated term.", price=1.62, cur="USD", days=60, item="stretch wrap film")

C("en-cn", "gmail", "Lily Chen <lily@hongda-paper.example>", """Hi Laura,

After discuss with our boss, we can do RMB 3.05 per piece, this is already our bottom price. If you commit 200000 pcs per year, we can give 1.5% rebate at year end.

Lily""", "counter", (3.20, "CNY", -6, 60, None),
  "An RMB unit price plus a year-end rebate tied to a committed volume.", price=3.05, cur="CNY", vol=200000, rebate=1.5)

C("en-de", "outlook", "Stefan Krüger <s.krueger@kartonwerk-nord.example>", """Dear Mrs. Whitfield,

thank you for your offer. Unfortunately we cannot agree to a price reduction of 6 %. We can offer you a reduction of 2,5 % with a payment term of 45 days net. The contract period should be 24 months.

With kind regards
Stefan Krüger
Kartonwerk Nord GmbH
Geschäftsführer: H. Brandt | Amtsgericht Kiel HRB 0000""", "counter", (1.95, "EUR", -6, 60, None),
  "German English with a decimal comma, days net and 24 months.", pct=-2.5, days=45, months=24)

C("en-de", "thunderbird", "Katrin Elsner <k.elsner@elsner-etiketten.example>", """Hello Mrs. Whitfield,

we would accept 60 days payment target, but a reduction is not possible. On the contrary we need a price increase of 1,8 % from 1 July because of the new minimum wage.

Best regards
Katrin Elsner""", "counter", (0.052, "EUR", -4, 60, None),
  "A payment target restated and a 1,8 % increase with a decimal comma.", pi=True, pct=1.8, days=60)

C("en-tr", "gmail", "Murat Yılmaz <murat.yilmaz@anadolu-ambalaj.example>", """Dear Laura Hanım,

We thank you for your offer. We are not able to give 6 percent. Our last offer is 3 percent discount and 45 days payment with a contract for one year. Please note our prices are in EUR and valid for 15 days.

Best regards,
Murat Yılmaz
Export Manager
Anadolu Ambalaj A.Ş.""", "counter", (0.61, "EUR", -6, 60, None),
  "A Turkish exporter counters with 45 days and a one-year term and mentions a quote validity that is not a term.", pct=-3.0, days=45, months=12)

C("en-br", "android", "Fernanda Lima <fernanda.lima@embalagens-serrana.example>", """Hi Laura, good morning! We can make R$ 2,35 per unit (today is R$ 2,48). Payment 28 days like always. Interest for late payment is 2% per month. Thank you! Fernanda""", "counter", (2.48, "BRL", -6, 45, None),
  "A BRL unit price with a decimal comma and a late-payment interest percent that is not a term.", price=2.35, cur="BRL", days=28)

C("en-pl", "outlook", "Tomasz Wójcik <t.wojcik@karton-pol.example>", """Dear Laura,

Thank you for your proposal. Price reduction of 5% is not possible for us. We propose price 1,27 PLN per piece (net, plus 23% VAT) and payment 45 days. Contract we prefer 12 months.

Best regards,
Tomasz Wójcik
Key Account Manager
Karton-Pol Sp. z o.o.""", "counter", (1.34, "PLN", -5, 60, None),
  "A PLN unit price with 23 % VAT and a net that means excluding tax.", price=1.27, cur="PLN", days=45, months=12, ui="pl")

C("en-it", "gmail", "Marco Bellini <m.bellini@cartotecnica-adriatica.example>", """Dear Laura,

thank you for your mail. For us is possible a discount of 3% but the payment must be 60 days end of month and not more. We can sign for 18 months.

Kind regards
Marco Bellini
Cartotecnica Adriatica S.r.l.""", "counter", (0.74, "EUR", -5, 90, None),
  "Italian English with 60 days end of month and 18 months.", pct=-3.0, days=60, months=18)

C("en-es", "outlook_plain", "Javier Ruiz <jruiz@envases-levante.example>", """Hello Laura,

I confirm you that we can apply a 2% of discount. About the payment, we need to maintain 45 days. The 60 days is not possible for our finance department.

Regards,
Javier Ruiz""", "counter", (0.93, "EUR", -4, 60, None),
  "Spanish English that confirms a 2 % discount and keeps 45 days while refusing 60.", pct=-2.0, days=45)

C("en-nl", "apple", "Sanne de Vries <sanne@dekker-verpakking.example>", """Hi Laura,

To be honest 6% is not realistic. We can go to 2% and we would like a yearly bonus of 1% when you commit to 90.000 pieces a year. Payment 30 days stays.

Groeten,
Sanne""", "counter", (0.39, "EUR", -6, 60, None),
  "Dutch English with a yearly bonus as rebate, a volume with a dot separator and 30 days restated.", pct=-2.0, rebate=1.0, vol=90000, days=30)

C("en-in", "owa", "Arvind Menon <arvind.menon@kerala-coir-pack.example>", """Dear Sir/Madam,

We are agreeable for 3% reduction subject to the payment terms of 30 days and contract for two years. Kindly issue revised PO accordingly.

Thanking you,
Arvind Menon""", "counter", (0.88, "USD", -5, 60, None),
  "Agreeable for 3 % subject to 30 days and two years is a counter.", pct=-3.0, days=30, months=24)

C("en-cn", "webmail", "Sunny Wu <sunny.wu@yuxin-labels.example>", """Dear Laura

We can not accept net 90, it is too long for us. We can accept net 60 and price reduce 2%.

Thanks
Sunny""", "counter", (0.03, "USD", -4, 90, None),
  "Net 90 refused by name and a counter of Net 60 with 2 %.", pct=-2.0, days=60, shape="bottom", charset="windows-1252")

C("en-de", "outlook", "Uwe Hartmann <u.hartmann@hartmann-folien.example>", """Dear Mrs Whitfield,

your proposal is accepted.

With best regards
Uwe Hartmann
Hartmann Folien GmbH & Co. KG""", "accept", (2.70, "EUR", -3, 45, 12),
  "A German-style acceptance in English.")

C("en-in", "gmail", "Deepa Nair <deepa@sri-vinayaka-boxes.example>", """Dear Laura,

Noted and agreed. We will implement the revised rate of 4% less and 50 days credit from next dispatch onwards.

Regards,
Deepa""", "accept", (0.52, "USD", -4, 50, None),
  "Noted and agreed restates the offer's 4 % and 50 days credit.", pct=-4.0, days=50)

C("en-tr", "outlook_plain", "Elif Demir <elif.demir@marmara-karton.example>", """Dear Laura,

OK for us. We accept your conditions.

Best regards
Elif Demir""", "accept", (0.47, "EUR", -3, 60, None),
  "A short Turkish acceptance in English.")

C("en-pl", "gmail_mobile", "Agnieszka Lis <agnieszka.lis@folmar.example>", """Hello, we confirm your proposal. Regards, Agnieszka""", "accept", (4.10, "PLN", -2, 45, None),
  "A short confirmation from Gmail mobile.")

C("en-cn", "outlook", "Jason Li <jason.li@sunrise-pack-sz.example>", """Dear Laura,

Sorry, we can not do any discount, the price already very low. We keep the original price.

Best regards
Jason""", "reject", (0.66, "USD", -5, 60, None),
  "A Chinese exporter keeps its price without a counter.")

C("en-in", "outlook_plain", "Suresh Babu <suresh.babu@tirupati-poly.example>", """Dear Madam,

We have gone through your mail. We are unable to consider your request for price reduction at this juncture. We request you to continue with existing rates.

Regards,
Suresh Babu""", "reject", (0.22, "USD", -4, 60, None),
  "Continue with existing rates is a rejection without terms.")

C("en-br", "gmail", "Rafael Costa <rafael@papelao-paulista.example>", """Hi Laura,

Unfortunately we need to decline. With the new freight costs we would actually need a reajuste, not a reduction. We will send the new table soon.

Rafael""", "reject", (3.10, "BRL", -5, 45, None),
  "A decline that announces an unquantified increase with a Portuguese word.", pi=True)

C("en-it", "thunderbird", "Chiara Rossi <chiara.rossi@imballaggi-brenta.example>", """Dear Laura,

we thank you but we are not interested to continue with these conditions.

Best regards
Chiara Rossi""", "reject", (1.15, "EUR", -6, 60, None),
  "An Italian supplier's short decline in English.")

C("en-de", "gmail", "Florian Weiß <f.weiss@weiss-verpackung.example>", """Hello Laura,

before we can answer: does the 5 % refer to the net price or to the list price minus our usual 12 % customer discount? And is freight included?

Regards
Florian""", "other", (2.05, "EUR", -5, 60, None),
  "A clarifying question that names the offered 5 % and a 12 % list discount.")

C("en-in", "outlook", "Karthik Raman <karthik@deccan-print-pack.example>", """Dear Laura,

Please find our offer for two options:

Option 1 - 2% reduction with 45 days credit
Option 2 - 3.5% reduction with 30 days credit

Kindly let us know which option is suitable.

Regards,
Karthik Raman""", "other", (0.34, "USD", -5, 60, None),
  "Two alternative offers from an Indian supplier.")

C("en-cn", "gmail", "Amy Huang <amy.huang@everbright-paper.example>", """Dear Laura,

We accept 4% reduction, but need our general manager to approve first. He is on business trip until next week. I will update you.

Amy""", "other", (0.81, "USD", -4, 60, None),
  "An acceptance pending a general manager's approval.")

C("en-tr", "outlook", "Can Aksoy <can.aksoy@ege-film.example>", """Dear Laura,

Our bank account is changed. Please make the payment of open invoices to new IBAN TR00 0000 0000 0000 0000 0000 00 at Ege Bank. We send official letter with stamp next days.

About your price request we will answer later.

Best regards
Can Aksoy""", "other", (1.75, "EUR", -4, 60, None),
  "A bank-account change request from a Turkish supplier.")

C("en-pl", "outlook_plain", "Piotr Zieliński <p.zielinski@tekpak.example>", """Hi Laura, can we have a short Teams call on Thursday? Some points about the volumes and the delivery schedule are not clear for us. My number +48 600 000 000.

Piotr""", "other", (0.58, "PLN", -4, 60, None),
  "A call request from a Polish supplier.", ui="pl")

C("en-br", "outlook", "Luciana Alves <luciana.alves@caixas-cerrado.example>", """Hi Laura,

We can give 3% if you increase the order size to full containers and accept 10 days more lead time. Otherwise the price stay.

Best
Luciana""", "other", (1.90, "BRL", -4, 45, None),
  "A discount tied to conditions outside the levers.")

# ---------------------------------------------------------------- German

C("de", "outlook", "Jürgen Maßmann <j.massmann@kartonagen-sued.example>", """Sehr geehrte Frau Vogelsang,

vielen Dank für Ihren Vorschlag. Eine Senkung um 6 % würde für uns bedeuten, unter Herstellkosten zu liefern; das können wir nicht mittragen.

Anbieten können wir Ihnen 2 % auf den aktuellen Stückpreis bei einem Zahlungsziel von 45 Tagen.

Mit freundlichen Grüßen
Jürgen Maßmann
Vertriebsleitung
Kartonagen Süd GmbH · Industriestraße 12 · 73000 Musterstadt
Tel. +49 7000 00000-12""", "counter", (1.28, "EUR", -6, 60, None),
  "German refusal of 6 % followed by a 2 % counter at 45 days.", pct=-2.0, days=45, co="Kartonagen Süd")

C("de", "thunderbird", "Sabine Albrecht <albrecht@folienwerk-lahn.example>", """Hallo Frau Vogelsang,

zwei Jahre Laufzeit wären für uns in Ordnung, dann gehen wir beim Preis um 3 % runter. Zahlungsziel bleibt wie bisher bei 30 Tagen.

Viele Grüße
Sabine Albrecht""", "counter", (22.90, "EUR", -6, 60, None),
  "Zwei Jahre in words, 3 % and a restated 30 days.", pct=-3.0, months=24, days=30, charset="iso-8859-1", shape="bottom")

C("de", "gmail", "Thomas Berger <t.berger@berger-etiketten.example>", """Guten Tag Frau Vogelsang,

leider müssen wir die Preise zum 1. April um 3,5 % anheben. Die Papierpreise sind seit Jahresbeginn zweimal gestiegen. Das Zahlungsziel von 60 Tagen können wir Ihnen im Gegenzug zusagen.

Freundliche Grüße
Thomas Berger""", "counter", (0.041, "EUR", -4, 60, None),
  "Anheben um 3,5 % is an increase counter with 60 days agreed.", pi=True, pct=3.5, days=60)

C("de", "outlook_plain", "Monika Stadler <m.stadler@wellpappe-rhein.example>", """Sehr geehrte Frau Vogelsang,

wir können Ihnen einen Stückpreis von 0,87 EUR anbieten (zzgl. 19 % MwSt.), Zahlung 14 Tage 2 % Skonto oder 30 Tage netto. Die Lieferzeit beträgt weiterhin 8 Arbeitstage, die Mindestabnahme 5.000 Stück.

Mit freundlichen Grüßen
Monika Stadler
Innendienst""", "counter", (0.92, "EUR", -6, 60, None),
  "A unit price with VAT, a Skonto clause that gives 30 days, and lead time and MOQ that are not terms.", price=0.87, cur="EUR", days=30)

C("de-at", "outlook", "Franz Huber <f.huber@verpackung-huber.example>", """Sehr geehrte Frau Vogelsang,

die von Ihnen gewünschten 60 Tage Zahlungsziel sind für uns leider nicht darstellbar. Wir bieten Ihnen 1,5 % Preisnachlass bei 45 Tagen Zahlungsziel und einer Vertragslaufzeit von einem Jahr.

Mit freundlichen Grüßen aus Linz
Franz Huber
Verpackung Huber GmbH, FN 000000a""", "counter", (3.40, "EUR", -4, 60, None),
  "Austrian refusal of 60 days and a counter with one year in words.", pct=-1.5, days=45, months=12)

C("de-ch", "outlook", "Reto Zürcher <reto.zuercher@kartonage-aare.example>", """Grüezi Frau Vogelsang

Besten Dank für Ihre Anfrage. Wir offerieren Ihnen neu CHF 1.18 pro Stück (bisher CHF 1.24), exkl. 8.1 % MWST. Zahlungskonditionen 30 Tage netto. Die Offerte ist 60 Tage gültig.

Freundliche Grüsse
Reto Zürcher
Kartonage Aare AG""", "counter", (1.24, "CHF", -6, 60, None),
  "A Swiss CHF unit price with MWST and an offer validity that is not a payment term.", price=1.18, cur="CHF", days=30, item="Wellpappkartons")

C("de", "apple", "Claudia Reimann <c.reimann@reimann-papier.example>", """Hallo Frau Vogelsang,

auf die 5 % können wir nicht gehen. Was geht: anderthalb Prozent und wir bleiben bei 45 Tagen.

Gruß
Claudia Reimann""", "counter", (0.19, "EUR", -5, 60, None),
  "Anderthalb Prozent in words after a refused 5 %.", pct=-1.5, days=45)

C("de", "owa", "Markus Lehmann <markus.lehmann@lehmann-verpackung.example>", """Sehr geehrte Frau Vogelsang,

wir erheben ab dem kommenden Quartal einen Energiekostenaufschlag von 2 % auf alle Lieferungen. Eine Preissenkung ist vor diesem Hintergrund nicht möglich.

Mit freundlichen Grüßen
Markus Lehmann""", "counter", (4.75, "EUR", -4, 60, None),
  "An Aufschlag of 2 % is an increase counter.", pi=True, pct=2.0)

C("de-ch", "gmail", "Nicole Brunner <n.brunner@brunner-folien.example>", """Guten Tag Frau Vogelsang

Gerne bestätigen wir 2 % Rabatt, wenn Sie sich zu einer Jahresmenge von 60'000 Stück verpflichten. Dazu eine Rückvergütung von 1 % am Jahresende. Zahlung 30 Tage.

Freundliche Grüsse
Nicole Brunner""", "counter", (0.95, "CHF", -5, 60, None),
  "Swiss thousands separator in a volume commitment with a year-end refund as rebate.", pct=-2.0, vol=60000, rebate=1.0, days=30)

C("de", "android", "Oliver Schmitt <o.schmitt@schmitt-kartonagen.example>", """Hallo Frau Vogelsang, wir akzeptieren die 3 %, aber nur mit 30 Tagen Zahlungsziel statt 60. Gruß O. Schmitt""", "counter", (1.02, "EUR", -3, 60, None),
  "An acceptance with a changed payment term is a counter with the restated 3 %.", pct=-3.0, days=30)

C("de", "outlook", "Birgit Köhler <b.koehler@koehler-wellpappe.example>", """Sehr geehrte Frau Vogelsang,

vielen Dank, wir sind mit Ihrem Vorschlag einverstanden.

Mit freundlichen Grüßen
Birgit Köhler
Köhler Wellpappe GmbH
Sitz der Gesellschaft: Kassel, Registergericht Kassel HRB 0000""", "accept", (0.64, "EUR", -4, 50, 12),
  "A German acceptance with a register footer.")

C("de-at", "apple", "Lukas Gruber <l.gruber@gruber-etiketten.example>", """Passt für uns so. 4 % und 50 Tage, 12 Monate Laufzeit. Schöne Grüße, Lukas Gruber""", "accept", (0.03, "EUR", -4, 50, 12),
  "Austrian acceptance that restates every offered number.", pct=-4.0, days=50, months=12)

C("de", "webmail", "Heike Sommer <h.sommer@sommer-druck.example>", """@price
Ok.
@days
Einverstanden.
@top
Guten Tag Frau Vogelsang, meine Antworten stehen direkt unter Ihren Punkten.
""", "accept", (0.55, "EUR", -3, 45, None),
  "Inline German acceptance under each quoted term fills nothing.", shape="inline", charset="iso-8859-1")

C("de", "gmail", "Andreas Vogt <a.vogt@vogt-verpackungen.example>", """Sehr geehrte Frau Vogelsang,

wir werden an unseren aktuellen Preisen festhalten und bitten um Verständnis.

Mit freundlichen Grüßen
Andreas Vogt""", "reject", (2.15, "EUR", -5, 60, None),
  "A supplier keeps its current prices without a counter.")

C("de-ch", "outlook_plain", "Daniel Meier <d.meier@meier-kartonagen.example>", """Guten Tag Frau Vogelsang

Wir verzichten auf eine Offerte. Zu diesen Konditionen können wir nicht liefern, und aufgrund der gestiegenen Kosten müssten wir ohnehin eine Preiserhöhung ankündigen.

Freundliche Grüsse
Daniel Meier""", "reject", (1.60, "CHF", -6, 60, None),
  "A Swiss decline that announces an unquantified increase.", pi=True)

C("de", "outlook", "Ralf Neumann <r.neumann@neumann-folien.example>", """Hallo Frau Vogelsang,

bevor wir antworten: gelten die 4 % auch für die Sonderformate mit Aufdruck, oder nur für das Standardsortiment?

Gruß
Ralf Neumann""", "other", (3.05, "EUR", -4, 60, None),
  "A German question about the scope of the offered 4 %.")

C("de", "gmail", "Petra Wendt <p.wendt@wendt-verpackung.example>", """Hi Jens,

die wollen 5 % und 60 Tage. Ich würde 2 % anbieten, aber lass uns das erst morgen im Vertriebsmeeting besprechen, bevor ich antworte.

Petra""", "other", (0.71, "EUR", -5, 60, None),
  "An internal note to a colleague sent to the buyer by mistake.")

C("de-at", "outlook", "Karin Moser <k.moser@moser-papier.example>", """Sehr geehrte Frau Vogelsang,

grundsätzlich passt das für uns, ich muss es aber noch mit unserer Geschäftsführung abstimmen. Sie hören bis Ende der Woche von mir.

Mit freundlichen Grüßen
Karin Moser""", "other", (1.45, "EUR", -3, 45, 12),
  "An acceptance pending the management's sign-off.")

A("de", "none", "Petra Lang <p.lang@folien-lang.example>", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Kraus unter +49 6000 000-41 oder vertrieb@folien-lang.example.

Mit freundlichen Grüßen
Petra Lang""", (2.00, "EUR", -6, 60, None),
  "A German out-of-office with a return date and a phone number.", cte="quoted-printable")

A("de-ch", "none", "Info <info@aare-etiketten.example>", """Guten Tag

Vielen Dank für Ihre E-Mail. Unser Betrieb bleibt vom 23. Dezember bis 5. Januar geschlossen. Ab dem 6. Januar sind wir gerne wieder für Sie da.

Freundliche Grüsse
Aare Etiketten AG""", (0.07, "CHF", -4, 60, None),
  "A Swiss holiday closure notice without RFC 3834 headers.", hdr="none", charset="iso-8859-1", cte="8bit")

B("de", "provider", """Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht an {rcpt} konnte nicht zugestellt werden. Das Postfach des Empfängers ist voll.

Betreff: {subject}

Der Server des Empfängers meldete:
552 5.2.2 Mailbox voll / quota exceeded""", (0.99, "EUR", -4, 60, None),
  "A German provider's bounce for a full mailbox.", frm="Mail Delivery System <mailer-daemon@mail.postfach-provider.example>",
  rcpt="einkauf@kartonwerk-elbe.example", status="5.2.2", diag="552 5.2.2 Mailbox full", mta="mx01.postfach-provider.example",
  subject_override="Unzustellbar: Ihre Nachricht konnte nicht zugestellt werden")

B("de-at", "exchange", """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {subject}
Gesendet: vor 2 Tagen

Die Nachricht konnte nicht an {rcpt} übermittelt werden. Die Domäne des Empfängers nimmt keine E-Mails mehr an.

Diagnoseinformationen für Administratoren:
Generierender Server: EX02.brightwater-goods.example
Remote Server returned '554 5.4.4 SMTPSEND.DNS.NonExistentDomain'""", (2.60, "EUR", -3, 45, None),
  "A German Exchange report for a domain that no longer exists.", frm="Microsoft Outlook <postmaster@brightwater-goods.example>",
  rcpt="office@alpen-wellpappe.example", status="5.4.4", diag="554 5.4.4 SMTPSEND.DNS.NonExistentDomain",
  mta="EX02.brightwater-goods.example", html_note=True, subject_override="Unzustellbar: Preisvorschlag")

# ---------------------------------------------------------------- French

C("fr", "outlook", "Émilie Roux <e.roux@cartonnerie-loire.example>", """Bonjour Madame Duverger,

Merci pour votre proposition. Une baisse de 6 % nous placerait en dessous de notre prix de revient, nous ne pouvons donc pas l'accepter.

Nous pouvons en revanche vous consentir une baisse de 2 % avec un règlement à 45 jours fin de mois.

Bien cordialement,
Émilie Roux
Responsable commerciale
Cartonnerie de Loire SAS – RCS Tours 000 000 000""", "counter", (1.12, "EUR", -6, 60, None),
  "French refusal of 6 % then a counter of 2 % at 45 days end of month.", pct=-2.0, days=45, co="Cartonnerie de Loire")

C("fr", "gmail", "Julien Mercier <julien.mercier@films-du-rhone.example>", """Bonjour,

Compte tenu de la flambée des résines, nous serons contraints d'appliquer une hausse de 4 % à compter du 1er mars. Le délai de paiement à 60 jours reste acceptable de notre côté.

Cordialement,
Julien Mercier""", "counter", (27.40, "EUR", -4, 60, None),
  "Une hausse de 4 % is an increase counter with 60 days restated.", pi=True, pct=4.0, days=60, item="film étirable")

C("fr", "thunderbird", "Nathalie Garnier <n.garnier@etiquettes-garnier.example>", """Madame,

Nous pouvons vous proposer un prix unitaire de 0,046 € HT (TVA 20 % en sus), au lieu de 0,049 € actuellement, pour un engagement de dix-huit mois. Paiement à 30 jours.

Veuillez agréer, Madame, nos salutations distinguées.

Nathalie Garnier""", "counter", (0.049, "EUR", -6, 60, None),
  "A euro unit price HT with TVA, and dix-huit mois in words.", price=0.046, cur="EUR", months=18, days=30)

C("fr", "apple", "Pierre Lefèvre <p.lefevre@emballages-lefevre.example>", """@price
Impossible à ce niveau. Nous pouvons faire deux et demi pour cent.
@days
60 jours : d'accord.
@months
Nous préférons vingt-quatre mois.
""", "counter", (0.83, "EUR", -5, 60, 12),
  "Inline French answers with numbers in words and a restated 60 days.", shape="inline", pct=-2.5, days=60, months=24)

C("fr", "outlook_plain", "Sophie Marchand <s.marchand@marchand-pack.example>", """Bonjour Madame Duverger,

Nous ajouterons un surcoût énergie de 1,5 % sur nos factures à partir du trimestre prochain. En contrepartie, nous acceptons votre délai de paiement de 45 jours.

Sincères salutations,
Sophie Marchand""", "counter", (2.30, "EUR", -3, 45, None),
  "A French energy surcharge of 1,5 % is an increase counter.", pi=True, pct=1.5, days=45, charset="windows-1252")

C("fr-ca", "gmail", "Mathieu Côté <mcote@boites-laurentides.example>", """Bonjour Claire,

On peut descendre à 3 % si vous vous engagez pour 120 000 unités par année, avec une remise de fin d'année de 1 %. Paiement à 30 jours.

Merci!
Mathieu Côté""", "counter", (1.35, "CAD", -5, 60, None),
  "Quebec French with a volume, a year-end rebate and a price cut in one sentence.", pct=-3.0, vol=120000, rebate=1.0, days=30)

C("fr", "outlook", "Isabelle Fournier <i.fournier@cartons-fournier.example>", """Madame,

Nous acceptons votre proposition telle quelle. Merci de nous faire parvenir le contrat pour signature.

Cordialement,
Isabelle Fournier
Cartons Fournier""", "accept", (0.58, "EUR", -4, 50, 12),
  "A French acceptance as it stands.")

C("fr", "iphone", "Hugo Blanc <hugo.blanc@sachets-blanc.example>", """C'est bon pour nous : 3 % et 45 jours. Bonne journée""", "accept", (0.21, "EUR", -3, 45, None),
  "A French acceptance that restates the offered 3 % and 45 days.", pct=-3.0, days=45)

C("fr", "gmail", "Céline Morel <celine.morel@papeterie-morel.example>", """Bonjour,

Nous maintenons nos tarifs actuels et ne sommes pas en mesure de vous faire une contre-proposition.

Cordialement,
Céline Morel""", "reject", (1.70, "EUR", -5, 60, None),
  "A French supplier keeps its prices without a counter.")

C("fr", "owa", "Laurent Girard <l.girard@girard-films.example>", """Madame,

Merci de ne plus nous solliciter pour ce type de consultation. Nous ne donnerons pas suite.

L. Girard""", "reject", (13.00, "EUR", -6, 60, None),
  "A curt French request to stop being contacted.", cte="base64")

C("fr", "outlook", "Aurélie Dubois <a.dubois@dubois-cartonnages.example>", """Bonjour Madame Duverger,

Nous pourrions envisager une baisse comprise entre 2 et 3 % selon le mix de références commandées. Pourrions-nous en discuter par téléphone ? Je suis joignable au 02 00 00 00 00.

Cordialement,
Aurélie Dubois""", "other", (0.96, "EUR", -5, 60, None),
  "A French range plus a call request.")

C("fr", "gmail", "Vincent Lambert <v.lambert@lambert-emballages.example>", """Bonjour,

Veuillez noter que nos coordonnées bancaires ont changé. Merci d'utiliser désormais l'IBAN FR76 0000 0000 0000 0000 0000 000 pour tous vos règlements. Le RIB signé suit par courrier.

Cordialement,
Service comptabilité""", "other", (0.44, "EUR", -4, 60, None),
  "A French bank-detail change request.")

A("fr", "none", "Camille Petit <c.petit@petit-etiquettes.example>", """Bonjour,

Je suis absente du bureau jusqu'au lundi 3 novembre inclus. Pour toute demande urgente, vous pouvez contacter notre service clients au 01 00 00 00 00.

Cordialement,
Camille Petit""", (0.06, "EUR", -4, 60, None),
  "A French out-of-office.")

B("fr", "postfix", """Ceci est le système de messagerie de mx.courriel-pro.example.

Nous sommes désolés de vous informer que votre message n'a pas pu être remis à un ou plusieurs destinataires.

<{rcpt}> : adresse inconnue (550 5.1.1 utilisateur inexistant)""", (1.50, "EUR", -5, 60, None),
  "A French Postfix bounce.", frm="Système de messagerie <MAILER-DAEMON@mx.courriel-pro.example>",
  rcpt="commercial@cartonnages-vienne.example", diag="550 5.1.1 utilisateur inexistant", mta="mx.courriel-pro.example",
  subject_override="Message non remis : retour à l'expéditeur")

# ---------------------------------------------------------------- Spanish

C("es", "outlook", "Marta Giménez <mgimenez@cartonajes-ebro.example>", """Buenos días, Lucía:

Gracias por su propuesta. El 6 % que nos piden no es viable; estaríamos trabajando a pérdidas. Lo máximo que podemos ofrecer es una rebaja del 2 % con pago a 60 días.

Un saludo,
Marta Giménez
Departamento Comercial
Cartonajes del Ebro, S.L. – CIF B00000000""", "counter", (0.78, "EUR", -6, 60, None),
  "Spanish refusal of 6 % and a counter of 2 % with 60 days restated.", pct=-2.0, days=60, co="Cartonajes del Ebro")

C("es-mx", "owa", "Rubén Olvera <rolvera@empaques-del-bajio.example>", """Buen día Lucía,

Le podemos dejar la caja en $81.50 pesos más IVA (16 %), a 30 días. Nuestro nivel de entregas a tiempo este año va en 97 %.

Saludos cordiales,
Rubén Olvera
Empaques del Bajío""", "counter", (84.00, "MXN", -6, 60, None),
  "A peso unit price with IVA and an on-time rate that are not price changes.", price=81.5, cur="MXN", days=30, co="Empaques del Bajío", item="cajas de cartón ondulado")

C("es-ar", "gmail", "Gustavo Ferreyra <gferreyra@film-pampa.example>", """Hola Lucía, ¿cómo va?

Mirá, con la inflación de acá no podemos bajar. Al contrario: necesitamos un aumento del 6 % a partir del mes que viene, y el pago a 30 días. El pedido mínimo sigue en 500 rollos.

Abrazo,
Gustavo""", "counter", (9.80, "USD", -3, 45, None),
  "An Argentine increase of 6 % at 30 days next to a minimum order that is not a term.", pi=True, pct=6.0, days=30, item="film estirable")

C("es", "thunderbird", "Elena Castro <ecastro@etiquetas-castro.example>", """@top
Hola Lucía, le contesto entre líneas.
@price
El 5 % no. Podemos aplicar un descuento del 3 % si el contrato es de dieciocho meses.
@days
El plazo de pago de 60 días nos parece bien.
@form
Saludos,
Elena Castro""", "counter", (0.04, "EUR", -5, 60, None),
  "Inline Spanish answers with dieciocho meses in words and a restated 60 days.", pct=-3.0, months=18, days=60, charset="iso-8859-1", shape="inline")

C("es-mx", "android", "Daniela Reyes <dreyes@carton-norteno.example>", """Hola Lucía, aceptamos el 4 % pero el pago tendría que ser a 45 días, no a 60. Saludos, Daniela""", "counter", (1.90, "USD", -4, 60, None),
  "A Mexican acceptance with a changed payment term is a counter.", pct=-4.0, days=45)

C("es", "outlook_plain", "Jorge Navarro <jnavarro@plasticos-navarro.example>", """Estimada Lucía:

Les comunicamos que a partir del 1 de junio aplicaremos un recargo del 2,5 % por el aumento de los costes energéticos. Mantenemos el pago a 45 días.

Atentamente,
Jorge Navarro""", "counter", (15.20, "EUR", -3, 45, None),
  "A Spanish recargo of 2,5 % is an increase counter.", pi=True, pct=2.5, days=45)

C("es", "gmail", "Carmen Ortega <cortega@cajas-ortega.example>", """Hola Lucía:

De acuerdo con lo que nos proponen. Pueden enviarnos el pedido cuando quieran.

Saludos,
Carmen""", "accept", (0.69, "EUR", -3, 45, None),
  "A Spanish acceptance in other words.")

C("es-mx", "iphone", "Alejandro Torres <atorres@empaques-sierra.example>", """Va, aceptamos 4 % y 50 días. Gracias""", "accept", (72.00, "MXN", -4, 50, None),
  "A Mexican acceptance that restates the offer's numbers.", pct=-4.0, days=50)

C("es", "outlook", "Raúl Serrano <rserrano@serrano-embalajes.example>", """Estimada Lucía:

Lamentamos comunicarle que no podemos aceptar su propuesta y preferimos mantener las condiciones actuales.

Un cordial saludo,
Raúl Serrano
Serrano Embalajes""", "reject", (1.25, "EUR", -5, 60, None),
  "A Spanish polite rejection keeping current conditions.")

C("es-ar", "gmail_mobile", "Florencia Díaz <fdiaz@bolsas-del-plata.example>", """No nos interesa, gracias.""", "reject", (0.15, "USD", -6, 60, None),
  "A curt Argentine rejection.")

C("es", "outlook", "Pablo Méndez <pmendez@mendez-packaging.example>", """Hola Lucía:

Tenemos dos posibilidades: un 2 % con pago a 60 días, o un 3,5 % con pago a 30 días. Díganos cuál prefieren.

Saludos,
Pablo Méndez""", "other", (0.88, "EUR", -5, 60, None),
  "Two Spanish alternatives for a human to choose.")

C("es-mx", "gmail", "Verónica Luna <vluna@luna-etiquetas.example>", """Hola Lucía,

En principio estamos de acuerdo con el 3 % y los 45 días, pero necesito el visto bueno de nuestro director general, que regresa el lunes.

Saludos,
Verónica""", "other", (0.05, "USD", -3, 45, None),
  "A Mexican acceptance pending the general director's approval.")

A("es", "none", "Sergio Prieto <sprieto@prieto-cartonajes.example>", """Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de agosto. Para asuntos urgentes, contacte con pedidos@prieto-cartonajes.example.

Sergio Prieto""", (0.74, "EUR", -4, 60, None),
  "A Spanish out-of-office.", hdr="ms")

B("es-mx", "google", """** No se encontró la dirección **

No se ha entregado tu mensaje a {rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto fue:
550 5.1.1 La cuenta de correo no existe.""", (1.40, "USD", -5, 60, None),
  "A Spanish Google-style failure notice.", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
  rcpt="ventas@cajas-jalisco.example", diag="550 5.1.1 The email account does not exist", mta="mx.googlemail.example",
  subject_override="Delivery Status Notification (Failure)")

# ---------------------------------------------------------------- Dutch

C("nl", "outlook", "Bram Jansen <b.jansen@jansen-verpakkingen.example>", """Beste Laura,

Dank voor je voorstel. Een verlaging van 6% kunnen we helaas niet waarmaken; dan leveren we onder de kostprijs. Wij kunnen 2% korting geven bij een betalingstermijn van 45 dagen.

Met vriendelijke groet,
Bram Jansen
Jansen Verpakkingen B.V. | KvK 00000000""", "counter", (0.57, "EUR", -6, 60, None),
  "Dutch refusal of 6 % and a 2 % counter at 45 days with an English quote.", pct=-2.0, days=45)

C("nl-be", "gmail", "Lotte Peeters <lotte.peeters@peeters-folie.example>", """Hallo Laura,

Door de gestegen energiekosten moeten wij helaas een prijsverhoging van 3% doorvoeren vanaf 1 mei. De betaling op 60 dagen is voor ons wel in orde.

Groetjes,
Lotte""", "counter", (11.60, "EUR", -4, 60, None),
  "A Flemish prijsverhoging of 3 % is an increase counter.", pi=True, pct=3.0, days=60)

C("nl", "thunderbird", "Kees van Dijk <kees@vandijk-etiketten.example>", """Hoi Laura,

Wij kunnen anderhalve procent zakken als we een contract van twee jaar afsluiten. Betaling blijft 30 dagen.

Groet,
Kees""", "counter", (0.05, "EUR", -5, 60, None),
  "Anderhalve procent and twee jaar in words.", pct=-1.5, months=24, days=30, shape="bottom")

C("nl", "iphone", "Eva Smit <eva.smit@smit-dozen.example>", """Akkoord, we gaan ermee aan de slag.""", "accept", (0.93, "EUR", -3, 45, None),
  "A Dutch one-line acceptance.")

C("nl", "outlook_plain", "Rik Bakker <r.bakker@bakker-golfkarton.example>", """Beste Laura,

Wij houden onze huidige prijzen aan en zien geen ruimte voor een verlaging.

Met vriendelijke groet,
Rik Bakker""", "reject", (1.38, "EUR", -5, 60, None),
  "A Dutch supplier keeps its prices.")

C("nl", "gmail", "Femke Visser <femke@visser-papier.example>", """Hoi Laura,

Kun je me even bellen? Ik wil het over de volumes en de leveringen per kwartaal hebben voordat we een prijs noemen. Mijn nummer is 06 00000000.

Femke""", "other", (0.48, "EUR", -4, 60, None),
  "A Dutch call request.")

A("nl", "none", "Joost Mulder <j.mulder@mulder-verpakking.example>", """Bedankt voor je bericht. Ik ben met vakantie tot en met 18 juli en lees mijn e-mail niet. Voor dringende zaken kun je terecht bij verkoop@mulder-verpakking.example.

Joost Mulder""", (0.66, "EUR", -5, 60, None),
  "A Dutch vacation reply.")

# ---------------------------------------------------------------- Italian

C("it", "outlook", "Giulia Ferrari <g.ferrari@cartotecnica-ferrari.example>", """Gentile Laura,

la ringraziamo per la proposta. Lo sconto del 6 % non è sostenibile per noi. Possiamo offrire il 2,5 % con pagamento a 60 giorni data fattura fine mese e un contratto di 12 mesi.

Cordiali saluti,
Giulia Ferrari
Cartotecnica Ferrari S.p.A. – P.IVA IT00000000000""", "counter", (0.72, "EUR", -6, 90, None),
  "Italian refusal of 6 % and a counter with 60 days end of month.", pct=-2.5, days=60, months=12)

C("it", "gmail", "Luca Romano <luca.romano@film-romano.example>", """Buongiorno Laura,

purtroppo dal mese prossimo dovremo applicare un rincaro del 4 % sui film estensibili, a causa dell'aumento del polietilene. Il pagamento resta a 30 giorni.

Saluti,
Luca Romano""", "counter", (19.50, "EUR", -3, 60, None),
  "An Italian rincaro of 4 % is an increase counter.", pi=True, pct=4.0, days=30, item="stretch wrap film")

C("it", "apple", "Francesca Greco <f.greco@greco-etichette.example>", """Laura, possiamo fare un punto e mezzo di sconto e un premio di fine anno dell'1 % se vi impegnate per 300.000 etichette l'anno. Pagamento 60 giorni.

Francesca""", "counter", (0.02, "EUR", -4, 60, None),
  "Un punto e mezzo in words, a premio di fine anno as rebate, and a committed volume.", pct=-1.5, rebate=1.0, vol=300000, days=60)

C("it", "outlook_plain", "Alessandro Conti <a.conti@conti-imballaggi.example>", """Gentile Laura,

confermiamo l'accettazione della vostra proposta.

Distinti saluti,
Alessandro Conti""", "accept", (1.05, "EUR", -3, 45, None),
  "An Italian formal acceptance.")

C("it", "gmail", "Sara Marino <s.marino@marino-cartoni.example>", """Buongiorno,

vi ringraziamo ma al momento non siamo in grado di rivedere i nostri prezzi. Restiamo a disposizione per future occasioni.

Sara Marino""", "reject", (0.61, "EUR", -5, 60, None),
  "An Italian polite pass posted below the quote.", shape="bottom")

C("it", "outlook", "Matteo Galli <m.galli@galli-packaging.example>", """Buongiorno Laura,

possiamo fare dal 2 al 4 % a seconda delle quantità ordinate per consegna. Mi può indicare le quantità previste per ogni ordine?

Matteo Galli""", "other", (0.84, "EUR", -5, 60, None),
  "An Italian range with a question.", item="corrugated shipping cartons")

A("it", "none", "Roberta Leone <r.leone@leone-carta.example>", """Grazie per il messaggio. Sarò fuori ufficio fino al 2 settembre con accesso limitato alla posta. Per urgenze scrivere a ufficio.vendite@leone-carta.example.

Roberta Leone""", (0.47, "EUR", -4, 60, None),
  "An Italian out-of-office.")

# ---------------------------------------------------------------- Polish

C("pl", "outlook", "Katarzyna Mazur <k.mazur@mazur-opakowania.example>", """Dzień dobry Pani Lauro,

dziękujemy za propozycję. Obniżka o 6% jest dla nas niemożliwa. Możemy zaproponować cenę 2,14 zł netto za sztukę (plus 23% VAT) przy płatności 30 dni.

Z poważaniem,
Katarzyna Mazur
Mazur Opakowania Sp. z o.o.""", "counter", (2.25, "PLN", -6, 60, None),
  "A PLN unit price in zł with VAT and netto that is not a payment term.", price=2.14, cur="PLN", days=30, charset="iso-8859-2")

C("pl", "gmail", "Marek Kowalski <marek.kowalski@folie-kowalski.example>", """Dzień dobry,

niestety od przyszłego kwartału musimy wprowadzić podwyżkę cen o 5%. Termin płatności 45 dni jest dla nas w porządku.

Pozdrawiam,
Marek Kowalski""", "counter", (8.40, "PLN", -4, 45, None),
  "A Polish podwyżka of 5 % is an increase counter.", pi=True, pct=5.0, days=45)

C("pl", "thunderbird", "Ewa Wiśniewska <e.wisniewska@etykiety-wisla.example>", """Dzień dobry,

możemy obniżyć cenę o półtora procent, jeśli podpiszemy umowę na dwa lata. Płatność 45 dni.

Pozdrawiam
Ewa Wiśniewska""", "counter", (0.11, "PLN", -5, 60, None),
  "Półtora procent and dwa lata in words.", pct=-1.5, months=24, days=45, charset="iso-8859-2")

C("pl", "outlook_plain", "Paweł Dąbrowski <p.dabrowski@karton-dab.example>", """Dzień dobry,

akceptujemy Państwa warunki.

Z poważaniem
Paweł Dąbrowski""", "accept", (1.90, "PLN", -3, 45, None),
  "A Polish acceptance.")

C("pl", "gmail_mobile", "Joanna Lewandowska <j.lewandowska@pakpol.example>", """Dzień dobry, dziękujemy, ale rezygnujemy. Nie jesteśmy w stanie zejść z ceny.""", "reject", (0.95, "PLN", -6, 60, None),
  "A Polish decline.")

B("pl", "exim", """Ta wiadomość została utworzona automatycznie przez system pocztowy.

Wiadomości nie udało się dostarczyć do następującego odbiorcy:

  {rcpt}
    host mail.tektura-slask.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:
    550 Nie ma takiego użytkownika""", (1.10, "PLN", -4, 60, None),
  "A Polish Exim failure notice.", frm="Mail Delivery System <Mailer-Daemon@poczta.serwer-pl.example>",
  rcpt="handlowy@tektura-slask.example", diag="550 No such user", mta="poczta.serwer-pl.example",
  subject_override="Mail delivery failed: returning message to sender", charset="iso-8859-2", cte="quoted-printable")

# ---------------------------------------------------------------- Portuguese

C("pt-br", "outlook", "Ricardo Souza <ricardo.souza@embalagens-tiete.example>", """Boa tarde, Laura.

Agradecemos a proposta. Infelizmente os 6% de redução não são possíveis. Podemos oferecer R$ 3,42 por unidade (hoje R$ 3,55), com pagamento em 28 dias. ICMS de 18% já incluso.

Atenciosamente,
Ricardo Souza
Embalagens Tietê Ltda. – CNPJ 00.000.000/0001-00""", "counter", (3.55, "BRL", -6, 45, None),
  "A BRL unit price with ICMS included and a CNPJ in the signature.", price=3.42, cur="BRL", days=28, co="Embalagens Tietê")

C("pt-br", "gmail", "Camila Rocha <camila@filmes-sul.example>", """Oi Laura, tudo bem?

Vamos precisar aplicar um reajuste de 7% a partir de julho por causa do dólar. O prazo de 30 dias continua.

Abraços,
Camila""", "counter", (6.20, "BRL", -3, 45, None),
  "A Brazilian reajuste of 7 % is an increase counter.", pi=True, pct=7.0, days=30)

C("pt-pt", "thunderbird", "João Pereira <j.pereira@cartonagem-douro.example>", """Bom dia,

Podemos fazer dois e meio por cento de desconto com pagamento a 60 dias e um contrato de um ano.

Cumprimentos,
João Pereira""", "counter", (0.68, "EUR", -5, 60, None),
  "Dois e meio por cento and um ano in words.", pct=-2.5, days=60, months=12)

C("pt-br", "iphone", "Bruno Martins <bruno@caixas-martins.example>", """Fechado! Pode mandar o pedido.""", "accept", (2.10, "BRL", -3, 45, None),
  "A Brazilian one-word acceptance.")

C("pt-pt", "outlook_plain", "Ana Ferreira <a.ferreira@ferreira-embalagens.example>", """Boa tarde,

Agradecemos o contacto, mas vamos manter os preços atuais. Não temos margem para descontos.

Com os melhores cumprimentos,
Ana Ferreira""", "reject", (0.82, "EUR", -4, 60, None),
  "A Portuguese decline keeping current prices.", charset="iso-8859-1")

C("pt-br", "gmail", "Thiago Ribeiro <thiago@ribeiro-papel.example>", """Olá Laura,

Informamos que nossos dados bancários mudaram. Favor efetuar os próximos pagamentos no Banco Central Fictício, agência 0000, conta 00000-0. Sobre a proposta, retornaremos em breve.

Att,
Thiago Ribeiro""", "other", (1.60, "BRL", -4, 45, None),
  "A Brazilian bank-detail change request.")

B("pt-br", "postfix", """Esta é uma mensagem automática do sistema de e-mail.

Não foi possível entregar sua mensagem para {rcpt}.

Motivo: 550 5.1.1 Usuário desconhecido""", (2.90, "BRL", -5, 45, None),
  "A Brazilian Postfix-style failure notice.", frm="Sistema de Entrega <MAILER-DAEMON@mx.provedor-br.example>",
  rcpt="compras@papelao-minas.example", diag="550 5.1.1 Usuario desconhecido", mta="mx.provedor-br.example",
  subject_override="Mensagem não entregue")

# ---------------------------------------------------------------- Swedish

C("sv", "outlook", "Erik Lindqvist <erik.lindqvist@lindqvist-kartong.example>", """Hej Laura,

Tack för förslaget. 6 % sänkning går tyvärr inte för oss. Vi kan erbjuda 4,85 kr per styck (i dag 5,05 kr) exklusive moms 25 %, med betalning 30 dagar.

Med vänliga hälsningar
Erik Lindqvist
Lindqvist Kartong AB""", "counter", (5.05, "SEK", -6, 60, None),
  "A SEK unit price in kr with 25 % moms that is not a price change.", price=4.85, cur="SEK", days=30)

C("sv", "gmail", "Anna Berg <anna.berg@berg-etiketter.example>", """Hej Laura,

Vi kan gå med på en och en halv procent om vi skriver avtal på två år. Betalning 45 dagar.

Hälsningar
Anna""", "counter", (0.09, "SEK", -5, 60, None),
  "En och en halv procent and två år in words.", pct=-1.5, months=24, days=45)

C("sv", "iphone", "Johan Nilsson <johan@nilsson-folie.example>", """Det låter bra, vi kör på det.""", "accept", (16.50, "SEK", -3, 45, None),
  "A Swedish acceptance in other words.")

C("sv", "outlook_plain", "Maria Holm <m.holm@holm-forpackning.example>", """Hej Laura,

Vi kan tänka oss 3 % om ni tar hela volymen via vårt lager i Jönköping och hämtar själva. Annars ligger priset fast. Ska vi ta ett samtal?

Maria""", "other", (0.77, "SEK", -4, 60, None),
  "A Swedish discount tied to logistics outside the levers with a call request.")

A("sv", "none", "Lars Ek <lars.ek@ek-kartong.example>", """Tack för ditt mejl. Jag är på semester till och med 11 augusti. Vid brådskande ärenden, kontakta order@ek-kartong.example.

Lars Ek""", (3.30, "SEK", -4, 60, None),
  "A Swedish vacation reply.")


if __name__ == "__main__":
    main()

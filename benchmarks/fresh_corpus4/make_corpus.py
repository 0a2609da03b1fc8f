#!/usr/bin/env python3
"""Fresh supplier-reply corpus 4: generator and checker (standard library only).

    python3 make_corpus.py           write probe/, sealed/, parts.json
    python3 make_corpus.py --check   rebuild and validate everything
    python3 make_corpus.py --stats   counts by part, intent, language
    python3 make_corpus.py --list    one line per case
"""
import base64
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import re
import sys
import textwrap
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = []

# ---------------------------------------------------------------------------
# label helpers

def X(base, cur, pct=None, days=None, months=None):
    """Context: baseline price, currency, the buyer's last offer."""
    lo = None
    if pct is not None or days is not None or months is not None:
        lo = {"price_change_pct": pct, "payment_days": days, "contract_months": months}
    return {"baseline_unit_price": base, "currency": cur, "last_offer": lo}


def T(p=None, up=None, cur=None, d=None, m=None, v=None, r=None):
    return {"price_change_pct": p, "unit_price": up, "currency": cur, "payment_days": d,
            "contract_months": m, "volume_units": v, "rebate_pct": r}


def dd(s):
    s = textwrap.dedent(s)
    return s.strip("\n")


def C(lang, client, intent, ctx, terms, text, note, **kw):
    CASES.append(dict(kind="C", lang=lang, client=client, intent=intent, ctx=ctx,
                      terms=terms, text=dd(text), note=note, **kw))


def A(lang, text, note, **kw):
    """Automatic reply sent on behalf of a mailbox."""
    ctx = kw.pop("ctx", None) or X(None, None, -5, 60, None)
    CASES.append(dict(kind="A", lang=lang, client=kw.pop("client", "none"), intent="auto_reply",
                      ctx=ctx, terms=T(), text=dd(text), note=note, **kw))


def B(lang, source, text, note, **kw):
    """Bounce / delivery report from the mail system."""
    ctx = kw.pop("ctx", None) or X(None, None, -6, 60, None)
    CASES.append(dict(kind="B", lang=lang, client=source, intent="bounce", ctx=ctx,
                      terms=T(), text=dd(text), note=note, **kw))


# ---------------------------------------------------------------------------
# locale tables

NN_LOC = {"en-de": "de", "en-at": "de", "en-es": "es", "en-fr": "fr", "en-it": "it",
          "en-pl": "pl", "en-br": "pt", "en-nl": "nl", "en-se": "sv", "en-mx": "es"}
NATIVE_EN = {"en-gb", "en-us", "en-au", "en-ie", "en-ca", "en-nz", "en-za"}


def group_of(lang):
    if lang.startswith("en"):
        return "en" if lang in NATIVE_EN else "en-nn"
    return lang.split("-")[0]


def loc_of(case):
    lang = case["lang"]
    if case.get("loc"):
        return case["loc"]
    if lang in NN_LOC:
        return NN_LOC[lang]
    return lang.split("-")[0]


def quote_lang(case):
    if case.get("ql"):
        return case["ql"]
    b = case["lang"].split("-")[0]
    if case["lang"].startswith("en"):
        return "en"
    return b if b in ("de", "fr", "es") else "en"


DAYS = {
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
MONTHS = {
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
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
}
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TZ = {"en": "+0000", "de": "+0100", "fr": "+0100", "es": "+0100", "nl": "+0100",
      "it": "+0100", "pl": "+0100", "pt": "+0000", "sv": "+0100"}
LANG_TZ = {"en-us": "-0500", "en-ca": "-0500", "en-au": "+1100", "en-nz": "+1300",
           "en-in": "+0530", "en-cn": "+0800", "en-tr": "+0300", "en-br": "-0300",
           "pt-br": "-0300", "es-mx": "-0600", "es-ar": "-0300", "es-co": "-0500",
           "fr-ca": "-0500", "en-jp": "+0900", "en-vn": "+0700", "en-za": "+0200"}


def weekday(y, m, d):
    # Zeller-free: days since a known Monday (2024-01-01)
    import datetime
    return datetime.date(y, m, d).weekday()


class When:
    def __init__(self, y, mo, d, h, mi, tz):
        self.y, self.mo, self.d, self.h, self.mi, self.tz = y, mo, d, h, mi, tz
        self.wd = weekday(y, mo, d)

    def rfc(self):
        return "%s, %d %s %d %02d:%02d:%02d %s" % (RFC_DAYS[self.wd], self.d, RFC_MON[self.mo - 1],
                                                   self.y, self.h, self.mi, (self.d * 7) % 60, self.tz)

    def outlook(self, loc):
        D, M = DAYS[loc], MONTHS[loc]
        wd, mn = D[self.wd], M[self.mo - 1]
        if loc == "en":
            h12 = self.h % 12 or 12
            ap = "AM" if self.h < 12 else "PM"
            return "%s, %s %d, %d %d:%02d %s" % (wd, mn, self.d, self.y, h12, self.mi, ap)
        if loc == "de":
            return "%s, %d. %s %d %02d:%02d" % (wd, self.d, mn, self.y, self.h, self.mi)
        if loc in ("fr", "it", "nl", "sv"):
            return "%s %d %s %d %02d:%02d" % (wd, self.d, mn, self.y, self.h, self.mi)
        if loc in ("es", "pt"):
            return "%s, %d de %s de %d %d:%02d" % (wd, self.d, mn, self.y, self.h, self.mi)
        if loc == "pl":
            return "%s, %d %s %d %02d:%02d" % (wd, self.d, mn, self.y, self.h, self.mi)
        raise KeyError(loc)

    def short(self, loc):
        D, M = DAYS[loc], MONTHS[loc]
        wd, mn = D[self.wd][:3], M[self.mo - 1][:3]
        t = "%02d:%02d" % (self.h, self.mi)
        if loc == "en":
            return "%s, %d %s %d at %s" % (wd, self.d, mn.capitalize(), self.y, t)
        if loc == "de":
            return "%s., %d. %s %d um %s" % (DAYS["de"][self.wd][:2], self.d, MONTHS["de"][self.mo - 1][:4].rstrip("."), self.y, t)
        if loc == "fr":
            return "%s. %d %s %d à %s" % (wd, self.d, mn + ".", self.y, t)
        if loc == "es":
            return "%s, %d %s %d a las %s" % (wd, self.d, mn, self.y, t)
        if loc == "nl":
            return "%s %d %s %d om %s" % (D[self.wd][:2], self.d, mn, self.y, t)
        if loc == "it":
            return "%s %d %s %d alle ore %s" % (wd, self.d, mn, self.y, t)
        if loc == "pl":
            return "%s., %d %s %d o %s" % (D[self.wd][:2], self.d, mn, self.y, t)
        if loc == "pt":
            return "%s., %d de %s. de %d às %s" % (D[self.wd][:3], self.d, mn, self.y, t)
        if loc == "sv":
            return "%s %d %s %d kl. %s" % (wd, self.d, M[self.mo - 1], self.y, t)
        raise KeyError(loc)

    def numeric(self):
        return "%02d.%02d.%d %02d:%02d" % (self.d, self.mo, self.y, self.h, self.mi)


def gmail_attr(loc, w, name, addr):
    s = w.short(loc)
    return {
        "en": "On %s, %s <%s> wrote:",
        "de": "Am %s Uhr schrieb %s <%s>:",
        "fr": "Le %s, %s <%s> a écrit :",
        "es": "El %s, %s (<%s>) escribió:",
        "nl": "Op %s schreef %s <%s>:",
        "it": "Il giorno %s %s <%s> ha scritto:",
        "pl": "%s %s <%s> napisał(a):",
        "pt": "Em %s, %s <%s> escreveu:",
        "sv": "Den %s skrev %s <%s>:",
    }[loc] % (s, name, addr)


def apple_attr(loc, w, name, addr):
    t = "%02d:%02d" % (w.h, w.mi)
    dm = "%d %s %d" % (w.d, MONTHS[loc][w.mo - 1][:3] if loc == "en" else MONTHS[loc][w.mo - 1], w.y)
    return {
        "en": "On %s, at %s, %s <%s> wrote:" % (dm, t, name, addr),
        "de": "Am %02d.%02d.%d um %s schrieb %s <%s>:" % (w.d, w.mo, w.y, t, name, addr),
        "fr": "Le %s à %s, %s <%s> a écrit :" % (dm, t, name, addr),
        "es": "El %s, a las %s, %s <%s> escribió:" % (dm, t, name, addr),
        "nl": "Op %s om %s heeft %s <%s> het volgende geschreven:" % (dm, t, name, addr),
        "it": "Il giorno %s, alle ore %s, %s <%s> ha scritto:" % (dm, t, name, addr),
        "pl": "Wiadomość napisana przez %s <%s> w dniu %s, o godz. %s:" % (name, addr, dm, t),
        "pt": "Em %s, à(s) %s, %s <%s> escreveu:" % (dm, t, name, addr),
        "sv": "%s kl. %s skrev %s <%s>:" % (dm, t, name, addr),
    }[loc]


def tb_attr(loc, w, name):
    n = w.numeric()
    d, t = n.split(" ")
    return {
        "en": "On %s %s, %s wrote:" % (d.replace(".", "/"), t, name),
        "de": "Am %s um %s schrieb %s:" % (d, t, name),
        "fr": "Le %s à %s, %s a écrit :" % (d.replace(".", "/"), t, name),
        "es": "El %s a las %s, %s escribió:" % (d.replace(".", "/"), t, name),
        "nl": "Op %s om %s schreef %s:" % (d.replace(".", "-"), t, name),
        "it": "Il %s %s, %s ha scritto:" % (d.replace(".", "/"), t, name),
        "pl": "W dniu %s o %s, %s pisze:" % (d, t, name),
        "pt": "Em %s %s, %s escreveu:" % (d.replace(".", "/"), t, name),
        "sv": "Den %s kl. %s skrev %s:" % (d.replace(".", "-"), t, name),
    }[loc]


OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
}
ORIG_SEP = {
    "en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----", "it": "-----Messaggio originale-----",
    "pl": "-----Wiadomość oryginalna-----", "pt": "-----Mensagem original-----",
    "sv": "-----Ursprungligt meddelande-----",
}
SAMSUNG = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject",
           "Sent from my Galaxy"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff",
           "Von meinem Samsung Galaxy Smartphone gesendet."),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet",
           "Envoyé depuis mon smartphone Galaxy"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto",
           "Enviado desde mi smartphone Galaxy"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp",
           "Verzonden vanaf mijn Galaxy"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto",
           "Inviato dal mio Galaxy"),
    "pl": ("-------- Oryginalna wiadomość --------", "Od", "Data", "Do", "Temat",
           "Wysłane z mojego Galaxy"),
    "pt": ("-------- Mensagem original --------", "De", "Data", "Para", "Assunto",
           "Enviado do meu Galaxy"),
    "sv": ("-------- Originalmeddelande --------", "Från", "Datum", "Till", "Ämne",
           "Skickat från min Galaxy"),
}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
          "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone",
          "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
          "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone",
          "sv": "Skickat från min iPhone"}
RE_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ",
             "it": "R: ", "pl": "Odp: ", "pt": "RE: ", "sv": "SV: "}

# ---------------------------------------------------------------------------
# the buyer's offer, as the bot's templates write it

TPL = {
    "en": dict(
        greet=["Dear {s},"],
        opening="We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
        vol=" (about {v} units a year)",
        counter="Thank you for your reply. Having looked at it carefully, we would like to propose:",
        reminder="A friendly reminder about our proposal for {item}, which is still open:",
        c_opening="If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
        c_counter="If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
        c_reminder="We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
        bye="Kind regards,",
        subject="{item}: pricing proposal [ref {ref}]",
        form=["--- Your reply (edit the values and send) ---",
              "Unit price change (%, minus = reduction): {p}",
              "Payment terms (days): {d}",
              "Contract length (months): {m}",
              "Committed volume (units per year):",
              "Rebate (%):",
              "--- end ---"],
        price="Unit price: {p}%", price_b="Unit price: {p}% ({n} {c} instead of {b} {c})",
        days="Payment terms: Net {d} days", months="Contract length: {m} months",
        dec=".", pctsp=""),
    "de": dict(
        greet=["Sehr geehrtes Team von {s},"],
        opening="wir überprüfen derzeit unsere Bezugskonditionen für {item}{vol} und möchten Ihnen die folgenden Konditionen vorschlagen:",
        vol=" (rund {v} Stück pro Jahr)",
        counter="vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
        reminder="wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:",
        c_opening="Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
        c_counter="Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
        c_reminder="Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
        bye="Mit freundlichen Grüßen",
        subject="{item}: Preisvorschlag [ref {ref}]",
        form=["--- Ihre Antwort (Werte anpassen und absenden) ---",
              "Preisänderung pro Einheit (%, minus = Senkung): {p}",
              "Zahlungsziel (Tage): {d}",
              "Vertragslaufzeit (Monate): {m}",
              "Abnahmemenge (Stück pro Jahr):",
              "Rückvergütung (%):",
              "--- Ende ---"],
        price="Stückpreis: {p} %", price_b="Stückpreis: {p} % ({n} {c} statt {b} {c})",
        days="Zahlungsziel: {d} Tage netto", months="Vertragslaufzeit: {m} Monate",
        dec=","),
    "fr": dict(
        greet=["À l'attention de l'équipe {s}", "", "Madame, Monsieur,"],
        opening="Dans le cadre de la revue de nos approvisionnements en {item}{vol}, nous souhaitons vous proposer les conditions suivantes :",
        vol=" (environ {v} unités par an)",
        counter="Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
        reminder="Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :",
        c_opening="Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
        c_counter="Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
        c_reminder="Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
        bye="Cordialement,",
        subject="{item} : proposition tarifaire [ref {ref}]",
        form=["--- Votre réponse (modifiez les valeurs puis envoyez) ---",
              "Variation du prix unitaire (%, moins = baisse) : {p}",
              "Délai de paiement (jours) : {d}",
              "Durée du contrat (mois) : {m}",
              "Volume engagé (unités par an) :",
              "Remise de fin d'année (%) :",
              "--- fin ---"],
        price="Prix unitaire : {p} %", price_b="Prix unitaire : {p} % ({n} {c} au lieu de {b} {c})",
        days="Délai de paiement : {d} jours", months="Durée du contrat : {m} mois",
        dec=","),
    "es": dict(
        greet=["Estimado equipo de {s}:"],
        opening="Estamos revisando nuestro suministro de {item}{vol} y nos gustaría proponerles las siguientes condiciones:",
        vol=" (unas {v} unidades al año)",
        counter="Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
        reminder="Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:",
        c_opening="Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
        c_counter="Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
        c_reminder="Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
        bye="Saludos cordiales,",
        subject="{item}: propuesta de precios [ref {ref}]",
        form=["--- Su respuesta (modifique los valores y envíe) ---",
              "Variación del precio unitario (%, menos = rebaja): {p}",
              "Plazo de pago (días): {d}",
              "Duración del contrato (meses): {m}",
              "Volumen comprometido (unidades al año):",
              "Bonificación anual (%):",
              "--- fin ---"],
        price="Precio unitario: {p} %", price_b="Precio unitario: {p} % ({n} {c} en lugar de {b} {c})",
        days="Plazo de pago: {d} días", months="Duración del contrato: {m} meses",
        dec=","),
}
ITEMS = {
    "en": ["corrugated shipping cartons", "stretch wrap film", "printed folding cartons",
           "kraft paper void fill", "pallet labels", "padded mailers", "moulded pulp trays",
           "tamper-evident tape", "shrink sleeves", "cardboard dividers"],
    "de": ["Wellpappkartons", "Stretchfolie", "bedruckte Faltschachteln", "Packpapier",
           "Palettenetiketten", "Versandtaschen", "Klebeband", "Kantenschutzwinkel"],
    "fr": ["cartons d'expédition", "film étirable", "étuis pliants imprimés",
           "papier de calage", "étiquettes palettes", "sachets d'expédition"],
    "es": ["cajas de cartón ondulado", "film estirable", "estuches plegables impresos",
           "papel kraft de relleno", "etiquetas de palé", "sobres acolchados"],
}
BUYERS = {
    "en": [("Hannah Ostrowski", "Larchmont Home & Garden")],
    "de": [("Jonas Terhalle", "Brenneis Haushaltswaren GmbH")],
    "fr": [("Élodie Marchetti", "Maison Verlaque SAS")],
    "es": [("Lucía Barrancos", "Suministros Albaida S.L.")],
}
BUYER_DOMAIN = {"en": "larchmont-hg.example", "de": "brenneis-hw.example",
                "fr": "maison-verlaque.example", "es": "albaida-suministros.example"}


def num(x, dec):
    s = ("%.2f" % x) if abs(x * 100 - round(x * 100)) < 1e-9 else ("%.4f" % x).rstrip("0")
    return s.replace(".", dec)


def pct_s(p, dec):
    s = ("%d" % p) if float(p).is_integer() else ("%g" % p)
    return s.replace(".", dec)


def offer_lines(case):
    ql = case["ql_"]
    t = TPL[ql]
    lo = case["ctx"]["last_offer"] or {}
    base, cur = case["ctx"]["baseline_unit_price"], case["ctx"]["currency"]
    out = []
    p = lo.get("price_change_pct")
    if p is not None:
        ps = pct_s(p, t["dec"])
        if base is not None:
            newp = round(base * (1 + p / 100.0) + 1e-9, 2)
            out.append(t["price_b"].format(p=ps, n=num(newp, t["dec"]), b=num(base, t["dec"]), c=cur))
        else:
            out.append(t["price"].format(p=ps))
    if lo.get("payment_days") is not None:
        out.append(t["days"].format(d=lo["payment_days"]))
    if lo.get("contract_months") is not None:
        out.append(t["months"].format(m=lo["contract_months"]))
    return out


def form_lines(case):
    t = TPL[case["ql_"]]
    lo = case["ctx"]["last_offer"] or {}
    f = lambda v: "" if v is None else pct_s(v, ".")
    return [l.format(p=f(lo.get("price_change_pct")), d=f(lo.get("payment_days")),
                     m=f(lo.get("contract_months"))).rstrip() for l in t["form"]]


def offer_text(case):
    t = TPL[case["ql_"]]
    kind = case.get("tpl", "opening")
    vol = t["vol"].format(v=case["vol_"]) if case.get("vol_") else ""
    lines = [g.format(s=case["sup_co"]) for g in t["greet"]] + [""]
    lines.append(t[kind].format(item=case["item_"], vol=vol))
    lines.append("")
    lines += ["- " + l for l in offer_lines(case)]
    lines.append("")
    lines.append(t["c_" + kind])
    lines.append("")
    lines += form_lines(case)
    lines += ["", "", t["bye"], case["buyer"][0], case["buyer"][1]]
    return "\n".join(lines)


def offer_html(case):
    t = TPL[case["ql_"]]
    kind = case.get("tpl", "opening")
    e = html.escape
    vol = t["vol"].format(v=case["vol_"]) if case.get("vol_") else ""
    out = ['<div style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5;">']
    for g in t["greet"]:
        if g:
            out.append("<p>%s</p>" % e(g.format(s=case["sup_co"])))
    out.append("<p>%s</p>" % e(t[kind].format(item=case["item_"], vol=vol)))
    out.append("<ul>")
    out += ["  <li>%s</li>" % e(l) for l in offer_lines(case)]
    out.append("</ul>")
    out.append("<p>%s</p>" % e(t["c_" + kind]))
    out.append('<pre style="font-family: Consolas, monospace; font-size: 13px;">%s</pre>'
               % e("\n".join(form_lines(case))))
    out.append("<p>%s<br>\n%s<br>\n%s</p>" % (e(t["bye"]), e(case["buyer"][0]), e(case["buyer"][1])))
    out.append("</div>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# preparing a case: names, dates, references, all derived from the case name

def ascii_local(name):
    tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                        "à": "a", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c",
                        "É": "E", "Ö": "O", "Ü": "U", "Ä": "A", "ł": "l", "ś": "s", "ż": "z",
                        "ą": "a", "ę": "e", "ć": "c", "ń": "n", "ã": "a", "ê": "e", "å": "a",
                        "ô": "o", "ï": "i", "ë": "e", "ı": "i"})
    return name.translate(tr).lower().replace(" ", ".").replace("'", "")


def fmt_vol(v, ql):
    s = "{:,}".format(v)
    return {"en": s, "de": s.replace(",", "."), "es": s.replace(",", "."),
            "fr": s.replace(",", " ")}[ql]


def prepare(case, name):
    rng = random.Random(name)
    case["name"] = name
    case["ql_"] = quote_lang(case)
    case["loc_"] = loc_of(case)
    ql = case["ql_"]
    case["item_"] = case.get("item") or rng.choice(ITEMS[ql])
    case["buyer"] = rng.choice(BUYERS[ql])
    case["buyer_addr"] = "%s@%s" % (ascii_local(case["buyer"][0]), BUYER_DOMAIN[ql])
    who = case.get("who") or "Sam Keller|s.keller@keller-supply.example|Keller Supply"
    case["sup_name"], case["sup_addr"], case["sup_co"] = who.split("|")
    v = case.get("vol")
    if v is None and rng.random() < 0.35:
        v = rng.choice([24000, 36000, 48000, 60000, 75000, 90000, 120000, 150000, 250000])
    case["vol_"] = fmt_vol(v, ql) if v else None
    pre = {"en": "LHG", "de": "BHW", "fr": "MVQ", "es": "SAL"}[ql]
    case["ref"] = "%s-%d-%04d" % (pre, 26, rng.randrange(100, 9999))
    mo = rng.randrange(2, 7)
    d0 = rng.randrange(1, 24)
    btz = {"en": "+0000", "de": "+0100", "fr": "+0100", "es": "+0100"}[ql]
    case["w0"] = When(2026, mo, d0, rng.randrange(7, 12), rng.randrange(0, 60), btz)
    stz = LANG_TZ.get(case["lang"], TZ[case["loc_"]])
    case["w1"] = When(2026, mo, d0 + rng.randrange(0, 4), rng.randrange(8, 19), rng.randrange(0, 60), stz)
    h = hashlib.sha1(name.encode()).hexdigest()
    case["h"] = h
    case["offer_mid"] = "<neg.%s.%s@bot.%s>" % (case["ref"].lower(), h[:10], BUYER_DOMAIN[ql])
    case["offer_subj"] = TPL[ql]["subject"].format(item=case["item_"], ref=case["ref"])
    case["rng"] = rng
    return case


def html_paras(text):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append("<div>%s</div>" % "<br>\n".join(lines))
    return "\n<div><br></div>\n".join(out)


def html_generic(text):
    """Whole text (with > quoting) to HTML: quoted runs become blockquotes."""
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if not q and inq:
            out.append("</blockquote>")
        inq = q
        body = line[1:].lstrip(" ") if q else line
        out.append((html.escape(body) or "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return "\n".join(out)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def flow(text):
    """format=flowed: soft-wrap long unquoted lines (trailing space)."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76 or line.startswith("-- "):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def outlook_block(case, loc, html_form=False):
    f, s, t, sub = OUTLOOK_LBL[loc]
    w = case["w0"]
    bn, ba = case["buyer"][0], case["buyer_addr"]
    rows = [(f, "%s <%s>" % (bn, ba)), (s, w.outlook(loc)), (t, case["sup_name"]),
            (sub, case["offer_subj"])]
    if html_form:
        return "<br>\n".join("<b>%s:</b> %s" % (html.escape(k), html.escape(v)) for k, v in rows)
    return "\n".join("%s: %s" % (k, v) for k, v in rows)


def inline_text(case, text):
    """Supplier answers between the quoted lines: [[0]], [[1]] ... mark the bullets."""
    off = offer_text(case).split("\n")
    bl = ["- " + l for l in offer_lines(case)]
    first = off.index(bl[0])
    last = off.index(bl[-1])
    head = gt("\n".join(off[:first]))
    body = text
    for i, l in enumerate(bl):
        body = body.replace("[[%d]]" % i, gt(l))
    tail = gt("\n".join(off[last + 1:]))
    return head + "\n" + body + "\n" + tail


def compose(case):
    """Return (plain, html_or_None) for a typed reply."""
    cl, loc, shape = case["client"], case["loc_"], case.get("shape", "top")
    text = case["text"]
    w0 = case["w0"]
    bn, ba = case["buyer"][0], case["buyer_addr"]
    off_t, off_h = offer_text(case), offer_html(case)
    sig = ""
    if cl == "iphone":
        sig = "\n\n" + IPHONE[loc]
    elif cl == "android":
        sig = "\n\n" + SAMSUNG[loc][5]
    if shape == "none":
        plain = text + sig
        return plain, (html_paras(plain) if cl not in ("iphone", "thunderbird", "webmail", "outlook_plain") else None)
    if cl in ("outlook", "owa"):
        qt = "\n\n________________________________\n" + outlook_block(case, loc) + "\n\n" + off_t
        qh = ('\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              + outlook_block(case, loc, True) + '</font>\n<div>&nbsp;</div>\n</div>\n' + off_h)
        return text + qt, html_paras(text) + qh
    if cl == "outlook_plain":
        return text + "\n\n" + ORIG_SEP[loc] + "\n" + outlook_block(case, loc) + "\n\n" + off_t, None
    if cl == "android":
        s = SAMSUNG[loc]
        blk = "\n".join([s[0], "%s: %s <%s>" % (s[1], bn, ba),
                         "%s: %02d.%02d.%d %02d:%02d (GMT%s:%s)" % (s[2], w0.d, w0.mo, w0.y, w0.h, w0.mi, w0.tz[:3], w0.tz[3:]),
                         "%s: %s <%s>" % (s[3], case["sup_name"], case["sup_addr"]),
                         "%s: %s" % (s[4], case["offer_subj"])])
        plain = text + sig + "\n\n\n" + blk + "\n\n" + off_t
        h = ('<div dir="auto">%s</div><div dir="auto"><br></div>\n<div id="composer_signature" dir="auto">'
             '<div style="font-size:85%%;color:#575757" dir="auto">%s</div></div>\n<div><br></div>\n'
             '<div align="left" dir="auto" style="font-size:100%%;color:#000000">%s</div>\n%s'
             % (html_paras(text), html.escape(s[5]), "".join("<div>%s</div>" % html.escape(l) for l in blk.split("\n")), off_h))
        return plain, h
    if cl == "ticket":
        mark = case.get("ticket_mark", "##- Please type your reply above this line -##")
        plain = (mark + "\n\n" + text + "\n\n" + "-" * 46 + "\n" + "%s, %s:" % (bn, w0.numeric()) + "\n\n" + gt(off_t))
        return plain, html_generic(plain)
    # attribution clients
    if cl in ("apple", "iphone"):
        attr = apple_attr(loc, w0, bn, ba)
    elif cl == "thunderbird":
        attr = tb_attr(loc, w0, bn)
    else:
        attr = gmail_attr(loc, w0, bn, ba)
    if shape == "inline":
        pre = ""
        if "[[q]]" in text:
            pre, text = text.split("[[q]]", 1)
            text = text.lstrip("\n")
        plain = pre + attr + "\n" + inline_text(case, text) + sig
        return plain, (html_generic(plain) if cl in ("gmail", "gmail_mobile", "apple") else None)
    if shape == "bottom":
        plain = attr + "\n" + gt(off_t) + "\n\n" + text + sig
        return plain, (html_generic(plain) if cl in ("gmail", "gmail_mobile", "apple") else None)
    plain = text + sig + "\n\n" + attr + "\n" + gt(off_t)
    if cl in ("gmail", "gmail_mobile"):
        h = ('<div dir="ltr">%s</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
             % (html_paras(text + sig), html.escape(attr), off_h))
        return plain, h
    if cl == "apple":
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word;" dir="auto">\n%s\n<div><br><blockquote type="cite"><div>%s</div><br></blockquote></div>\n'
             '<blockquote type="cite">\n%s\n</blockquote>\n</body></html>' % (html_paras(text), html.escape(attr), off_h))
        return plain, h
    return plain, None


# ---------------------------------------------------------------------------
# MIME assembly

def enc_body(text, charset, cte):
    t = text.replace("\r\n", "\n")
    raw = t.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(t.replace("\n", "\r\n").encode(charset))
    else:
        if cte == "7bit":
            raw.decode("ascii")
        out = raw
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def leaf(ctype, text, charset, cte, extra=""):
    hdr = ["Content-Type: %s; charset=\"%s\"%s" % (ctype, charset, extra),
           "Content-Transfer-Encoding: %s" % cte]
    return hdr, enc_body(text, charset, cte)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hv(value, name="Subject"):
    if is_ascii(value):
        return value
    return Header(value, "utf-8", header_name=name).encode(linesep="\r\n")


def addr(name, a):
    if is_ascii(name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, "utf-8").encode(), a)


def multipart(subtype, parts, boundary, extra=""):
    hdr = ['Content-Type: multipart/%s;%s boundary="%s"' % (subtype, extra, boundary)]
    body = b""
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\r\n" + "\r\n".join(ph).encode() + b"\r\n\r\n" + pb
    body += b"--" + boundary.encode() + b"--\r\n"
    return hdr, body


def reply_subject(case):
    if case.get("subj") is not None:
        return case["subj"]
    cl = case["client"]
    if cl in ("outlook", "owa", "outlook_plain"):
        return RE_PREFIX[case["loc_"]] + case["offer_subj"]
    if cl == "ticket":
        return "Re: [#%d] %s" % (int(case["h"][:5], 16), case["offer_subj"])
    return "Re: " + case["offer_subj"]


CLIENT_HDR = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: {topic}", "Thread-Index: AdR{h8}Zq=="],
    "outlook_plain": ["X-Mailer: Microsoft Office Outlook 12.0", "Thread-Index: Ac{h8}w=="],
    "owa": ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "x-ms-exchange-messagesentrepresentingtype: 1"],
    "gmail": [],
    "gmail_mobile": [],
    "apple": ["X-Mailer: Apple Mail (2.3774.300.61.1.2)"],
    "iphone": ["X-Mailer: iPhone Mail (21E236)"],
    "android": ["X-Mailer: Samsung Email"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "webmail": ["User-Agent: Roundcube Webmail/1.4.15"],
    "ticket": ["X-Ticket-ID: {ticket}", "X-Mailer: HelpNest Desk 7"],
}


def mid_for(case):
    cl, h = case["client"], case["h"]
    dom = case["sup_addr"].split("@")[1]
    if cl in ("gmail", "gmail_mobile"):
        return "<CA+%s%s@mail.gmail.example>" % (h[:20], h[20:30].upper())
    if cl in ("outlook", "owa", "outlook_plain"):
        return "<%s%s@%s.prod.outlook.example>" % (h[:6].upper(), h[6:30].upper(), h[30:36].upper())
    if cl in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), dom)
    return "<%s.%s@%s>" % (h[:12], h[12:20], dom)


def build_reply(case):
    cl = case["client"]
    rng = case["rng"]
    plain, htm = compose(case)
    enc = case.get("enc")
    cs = case.get("charset", "utf-8")
    if cl == "webmail" and "charset" not in case:
        cs = "windows-1252" if rng.random() < 0.5 else "iso-8859-1"
    flowed = cl == "thunderbird"
    if flowed:
        plain = flow(plain)
    if enc is None:
        enc = {"outlook": "quoted-printable", "outlook_plain": "quoted-printable", "owa": "base64",
               "gmail": "quoted-printable", "gmail_mobile": "base64", "apple": "quoted-printable",
               "iphone": "quoted-printable", "android": "base64", "thunderbird": "8bit",
               "webmail": "8bit", "ticket": "quoted-printable"}[cl]
        if cl == "owa" and rng.random() < 0.4:
            enc = "quoted-printable"
        if enc == "quoted-printable" and is_ascii(plain) and (htm is None or is_ascii(htm)) and rng.random() < 0.6:
            enc = "7bit"
    extra = '; format=flowed' if flowed else ""
    bnd = "_%03d_%s_" % (int(case["h"][:3], 16) % 1000, case["h"][3:27])
    if cl == "owa":
        doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
               '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
               '<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body></html>'
               % (cs, htm))
        ph, pb = leaf("text/html", doc, cs, enc)
    elif htm is not None and cl not in ("iphone", "thunderbird", "webmail", "outlook_plain"):
        if not htm.startswith("<html"):
            htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n<body>\n%s\n</body></html>' % (cs, htm))
        henc = enc if enc != "8bit" else "quoted-printable"
        if henc == "7bit" and not is_ascii(htm):
            henc = "quoted-printable"
        p1 = leaf("text/plain", plain, cs, enc if (enc != "7bit" or is_ascii(plain)) else "quoted-printable", extra)
        p2 = leaf("text/html", htm, cs, henc)
        ph, pb = multipart("alternative", [p1, p2], bnd)
    else:
        if enc == "7bit" and not is_ascii(plain):
            enc = "quoted-printable"
        ph, pb = leaf("text/plain", plain, cs, enc, extra)
    hs = ["From: " + addr(case["sup_name"], case["sup_addr"]),
          "To: " + addr(case["buyer"][0], case["buyer_addr"]),
          "Subject: " + hv(reply_subject(case)),
          "Date: " + case["w1"].rfc(),
          "Message-ID: " + mid_for(case),
          "In-Reply-To: " + case["offer_mid"],
          "References: " + case["offer_mid"]]
    for x in CLIENT_HDR[cl]:
        hs.append(x.format(topic=hv(case["offer_subj"], "Thread-Topic"), h8=case["h"][:8],
                           ticket=int(case["h"][:5], 16)))
    if cl in ("outlook", "owa", "outlook_plain"):
        hs.append("Content-Language: %s" % {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES",
                                            "nl": "nl-NL", "it": "it-IT", "pl": "pl-PL", "pt": "pt-PT",
                                            "sv": "sv-SE"}[case["loc_"]])
    for x in case.get("hdrs", []):
        hs.append(x)
    hs.append("MIME-Version: 1.0")
    return "\r\n".join(hs + ph).encode() + b"\r\n\r\n" + pb


AUTO_HDRS = {
    "rfc": ["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    "ms": ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: {sup}"],
    "vac": ["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
    "none": [],
}


def build_auto(case):
    sub = case.get("subj", "Automatic reply: {subject}").format(subject=case["offer_subj"])
    text = case["text"].format(subject=case["offer_subj"])
    cs = case.get("charset", "utf-8")
    enc = case.get("enc") or ("7bit" if is_ascii(text) else "quoted-printable")
    if case["client"] == "none_html":
        ph, pb = leaf("text/html", "<html><body>\n%s\n</body></html>" % html_paras(text), cs, enc)
    else:
        ph, pb = leaf("text/plain", text, cs, enc)
    hs = ["From: " + addr(case["sup_name"], case["sup_addr"]),
          "To: " + addr(case["buyer"][0], case["buyer_addr"]),
          "Subject: " + hv(sub),
          "Date: " + case["w1"].rfc(),
          "Message-ID: <auto.%s@%s>" % (case["h"][:16], case["sup_addr"].split("@")[1]),
          "In-Reply-To: " + case["offer_mid"],
          "References: " + case["offer_mid"]]
    hs += [x.format(sup=case["sup_addr"]) for x in AUTO_HDRS[case.get("hdrs", "rfc")]]
    hs.append("MIME-Version: 1.0")
    return "\r\n".join(hs + ph).encode() + b"\r\n\r\n" + pb


def orig_headers(case):
    return "\r\n".join([
        "From: " + addr(case["buyer"][0], case["buyer_addr"]),
        "To: " + addr(case["sup_name"], case["sup_addr"]),
        "Subject: " + hv(case["offer_subj"]),
        "Date: " + case["w0"].rfc(),
        "Message-ID: " + case["offer_mid"],
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=\"bot-%s\"" % case["h"][:12]]) + "\r\n"


def build_bounce(case):
    src = case["client"]
    dom = case["buyer_addr"].split("@")[1]
    mx = case.get("mx", "mx1." + dom)
    fields = dict(rcpt=case["sup_addr"], subject=case["offer_subj"], mx=mx,
                  rdom=case["sup_addr"].split("@")[1], buyer=case["buyer_addr"],
                  date=case["w0"].rfc())
    text = case["text"].format(**fields)
    sub = case.get("subj", "Undelivered Mail Returned to Sender").format(**fields)
    cs = case.get("charset", "utf-8")
    enc = case.get("enc") or ("7bit" if is_ascii(text) else "quoted-printable")
    p1 = leaf("text/plain", text, cs, enc)
    bnd = "dsn.%s/%s" % (case["h"][:10], mx)
    frm = case.get("frm", "Mail Delivery System <MAILER-DAEMON@%s>" % mx)
    if src == "gateway_plain":
        ph, pb = p1
    else:
        action = case.get("action", "failed")
        status = case.get("status", "5.1.1")
        diag = case.get("diag", "smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown").format(**fields)
        ds = ["Reporting-MTA: dns; %s" % mx,
              "X-Queue-ID: %s" % case["h"][:11].upper(),
              "Arrival-Date: %s" % case["w0"].rfc(),
              "",
              "Final-Recipient: rfc822; %s" % case["sup_addr"],
              "Original-Recipient: rfc822;%s" % case["sup_addr"],
              "Action: %s" % action,
              "Status: %s" % status,
              "Remote-MTA: dns; %s" % case.get("rmta", "mail." + fields["rdom"]),
              "Diagnostic-Code: %s" % diag]
        if action == "delayed":
            ds.append("Will-Retry-Until: %s" % case["w1"].rfc())
        p2 = (["Content-Type: message/delivery-status"], ("\r\n".join(ds) + "\r\n").encode())
        if case.get("full"):
            inner = orig_headers(case) + "\r\n--bot-%s\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" % case["h"][:12]
            inner = inner.encode() + enc_body(offer_text(case), "utf-8", "base64") + ("--bot-%s--\r\n" % case["h"][:12]).encode()
            p3 = (["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], inner)
        else:
            p3 = (["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
                  orig_headers(case).encode())
        ph, pb = multipart("report", [p1, p2, p3], bnd, " report-type=delivery-status;")
    hs = ["From: " + frm,
          "To: " + addr(case["buyer"][0], case["buyer_addr"]),
          "Subject: " + hv(sub),
          "Date: " + case["w1"].rfc(),
          "Message-ID: <%s.%s@%s>" % (case["w1"].y, case["h"][:14], mx),
          "Auto-Submitted: auto-replied"]
    hs += case.get("hdrs", [])
    hs.append("MIME-Version: 1.0")
    return "\r\n".join(hs + ph).encode() + b"\r\n\r\n" + pb


# ---------------------------------------------------------------------------
# naming, labels, split, writing, checking

PREFIX = {"en": "en", "en-nn": "nn"}
INTENTS = ["counter", "accept", "reject", "other", "auto_reply", "bounce"]
GROUPS = ["en", "en-nn", "de", "fr", "es", "nl", "it", "pl", "pt", "sv"]
ISO = {"EUR", "USD", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
       "INR", "CNY", "JPY", "BRL", "MXN", "ARS", "COP", "TRY", "ZAR", "HUF", "VND"}
TERM_KEYS = ["price_change_pct", "unit_price", "currency", "payment_days", "contract_months",
             "volume_units", "rebate_pct"]


def named_cases():
    counts, out = {}, []
    for c in CASES:
        g = group_of(c["lang"])
        p = PREFIX.get(g, g)
        counts[p] = counts.get(p, 0) + 1
        out.append(("%s%02d" % (p, counts[p]), c))
    return out


def label_of(c):
    return {"context": c["ctx"],
            "expected": {"intent": c["intent"], "price_increase": bool(c.get("pi", False)),
                         "terms": c["terms"]},
            "notes": c["note"]}


def split(names_groups):
    """names_groups: name -> (intent, group). Returns name -> part."""
    groups = {}
    for n, key in names_groups.items():
        groups.setdefault(key, []).append(n)
    part, start = {}, 0
    sides = ("probe", "sealed")
    for key in sorted(groups):
        ns = sorted(groups[key])
        for i, n in enumerate(ns):
            part[n] = sides[(start + i) % 2]
        if len(ns) % 2:
            start ^= 1
    return part


def build_all():
    files, meta = {}, {}
    named = named_cases()
    for name, c in named:
        prepare(c, name)
        b = {"C": build_reply, "A": build_auto, "B": build_bounce}[c["kind"]](c)
        meta[name] = c
        files[name] = b
    part = split({n: (c["intent"], group_of(c["lang"])) for n, c in meta.items()})
    out = {}
    labels = {"probe": {}, "sealed": {}}
    for n in sorted(meta):
        out["%s/%s.eml" % (part[n], n)] = files[n]
        labels[part[n]][n] = label_of(meta[n])
    for p in labels:
        out["%s/labels.json" % p] = (json.dumps(labels[p], indent=2, ensure_ascii=False) + "\n").encode()
    parts = {n: {"part": part[n], "language": meta[n]["lang"], "client": meta[n]["client"]}
             for n in sorted(meta)}
    out["parts.json"] = (json.dumps(parts, indent=2) + "\n").encode()
    return out, meta, part


def write():
    out, meta, part = build_all()
    for p in ("probe", "sealed"):
        d = HERE / p
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            if f.suffix == ".eml" or f.name == "labels.json":
                f.unlink()
    for rel, b in out.items():
        (HERE / rel).write_bytes(b)
    print("wrote %d cases" % len(meta))


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|li|pre|tr|blockquote)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def check_label(n, lab, errs):
    def e(msg):
        errs.append("%s: %s" % (n, msg))
    if set(lab) != {"context", "expected", "notes"}:
        e("label keys")
        return
    ctx, ex = lab["context"], lab["expected"]
    if set(ctx) != {"baseline_unit_price", "currency", "last_offer"}:
        e("context keys")
    if ctx["baseline_unit_price"] is not None:
        if not isinstance(ctx["baseline_unit_price"], (int, float)) or ctx["currency"] not in ISO:
            e("baseline/currency")
    elif ctx["currency"] is not None:
        e("currency without baseline")
    lo = ctx["last_offer"]
    if lo is not None:
        if set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
            e("last_offer keys")
        for v in lo.values():
            if v is not None and not isinstance(v, (int, float)):
                e("last_offer type")
    if set(ex) != {"intent", "price_increase", "terms"}:
        e("expected keys")
        return
    it, pi, t = ex["intent"], ex["price_increase"], ex["terms"]
    if it not in INTENTS:
        e("intent")
    if not isinstance(pi, bool):
        e("price_increase type")
    if list(t) != TERM_KEYS:
        e("terms keys")
        return
    for k, v in t.items():
        if k == "currency":
            if v is not None and (v not in ISO or t["unit_price"] is None):
                e("currency needs ISO code and unit_price")
        elif v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
            e("term type " + k)
    filled = [k for k, v in t.items() if v is not None]
    if it not in ("counter", "accept") and filled:
        e("terms must be null for " + it)
    if it == "counter" and not [k for k in filled if k != "currency"]:
        e("counter without a term")
    p = t["price_change_pct"]
    if p is not None and p > 0 and not pi:
        e("positive price change without price_increase")
    if p is not None and p < 0 and pi:
        e("negative price change with price_increase")
    if pi and it == "counter" and p is None and t["unit_price"] is None:
        e("increase counter without number")
    if pi and it in ("accept", "auto_reply", "bounce"):
        e("price_increase on " + it)
    if t["volume_units"] is not None and not isinstance(t["volume_units"], int):
        e("volume must be int")
    nt = lab["notes"]
    if not isinstance(nt, str) or not nt.endswith(".") or re.search(r"[.!?] [A-Z]", nt[:-1]):
        e("note must be one sentence")


def check():
    errs = []
    out, meta, part = build_all()
    # byte-identical, no strays
    disk = {}
    for p in ("probe", "sealed"):
        for f in sorted((HERE / p).iterdir()):
            disk["%s/%s" % (p, f.name)] = f.read_bytes()
    disk["parts.json"] = (HERE / "parts.json").read_bytes() if (HERE / "parts.json").exists() else b""
    for rel in sorted(set(out) | set(disk)):
        if rel not in disk:
            errs.append("missing on disk: " + rel)
        elif rel not in out:
            errs.append("stray file: " + rel)
        elif out[rel] != disk[rel]:
            errs.append("differs from generator: " + rel)
    mids = {}
    for n, c in sorted(meta.items()):
        b = out["%s/%s.eml" % (part[n], n)]
        if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b):
            errs.append(n + ": bare LF or CR")
        for ln in b.split(b"\r\n"):
            if len(ln) > 998:
                errs.append(n + ": line over 998 octets")
                break
        head = b.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            errs.append(n + ": 8-bit header")
        m32 = email.message_from_bytes(b, policy=email.policy.compat32)
        mdf = email.message_from_bytes(b, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if mdf[h] is None:
                errs.append("%s: no %s" % (n, h))
        mid = str(mdf["Message-ID"])
        if mid in mids:
            errs.append("%s: Message-ID also in %s" % (n, mids[mid]))
        mids[mid] = n
        for k, v in mdf.items():
            if getattr(v, "defects", None):
                errs.append("%s: header defect %s %s" % (n, k, v.defects))
        texts = {"text/plain": [], "text/html": []}
        for m in (m32, mdf):
            for part_ in m.walk():
                if part_.defects:
                    errs.append("%s: MIME defect %s" % (n, part_.defects))
                if part_.is_multipart():
                    continue
                ct = part_.get_content_type()
                try:
                    if m is mdf and ct.startswith("text/"):
                        s = part_.get_content()
                        texts.setdefault(ct, []).append(s.replace("\r\n", "\n"))
                    elif m is m32:
                        part_.get_payload(decode=True)
                except Exception as ex:  # noqa: BLE001
                    errs.append("%s: cannot decode %s: %s" % (n, ct, ex))
        if c["kind"] == "C" and c.get("shape", "top") != "none":
            need = offer_lines(c) + [l for l in form_lines(c)]
            srcs = [("plain", t) for t in texts["text/plain"]] + [("html", strip_html(t)) for t in texts["text/html"]]
            if not srcs:
                errs.append(n + ": no text")
            for kind, s in srcs:
                for l in need:
                    if l not in s:
                        errs.append("%s: quoted line missing in %s: %r" % (n, kind, l))
        check_label(n, label_of(c), errs)
    # the split, from parts.json and the folders
    try:
        pj = json.loads(disk["parts.json"])
        re_part = split({n: (meta[n]["intent"], group_of(meta[n]["lang"])) for n in meta})
        for n in meta:
            if pj.get(n, {}).get("part") != re_part[n]:
                errs.append(n + ": split differs from parts.json")
            if ("%s/%s.eml" % (re_part[n], n)) not in disk:
                errs.append(n + ": not in its folder")
        for p in ("probe", "sealed"):
            lj = json.loads(disk.get("%s/labels.json" % p, b"{}"))
            if sorted(lj) != sorted(n for n in meta if re_part[n] == p):
                errs.append(p + ": labels.json names differ")
    except (KeyError, ValueError) as ex:
        errs.append("parts.json: %s" % ex)
    for x in errs:
        print("FAIL", x)
    nprobe = sum(1 for v in part.values() if v == "probe")
    print("%d cases (probe %d, sealed %d), %d problems" % (len(meta), nprobe, len(meta) - nprobe, len(errs)))
    return 1 if errs else 0


def table(rows, title):
    print("| %s | %s | total |" % (title, " | ".join(INTENTS)))
    print("|---|" + "---:|" * (len(INTENTS) + 1))
    tot = {i: 0 for i in INTENTS}
    for g, cnt in rows:
        print("| %s | %s | %d |" % (g, " | ".join(str(cnt.get(i, 0)) for i in INTENTS), sum(cnt.values())))
        for i in INTENTS:
            tot[i] += cnt.get(i, 0)
    print("| total | %s | %d |" % (" | ".join(str(tot[i]) for i in INTENTS), sum(tot.values())))
    print()


def stats():
    out, meta, part = build_all()
    rows = []
    for p in ("probe", "sealed"):
        cnt = {}
        for n, c in meta.items():
            if part[n] == p:
                cnt[c["intent"]] = cnt.get(c["intent"], 0) + 1
        rows.append((p, cnt))
    table(rows, "part")
    for sel, title in ((None, "all"), ("probe", "probe"), ("sealed", "sealed")):
        rows = []
        for g in GROUPS:
            cnt = {}
            for n, c in meta.items():
                if group_of(c["lang"]) == g and (sel is None or part[n] == sel):
                    cnt[c["intent"]] = cnt.get(c["intent"], 0) + 1
            rows.append((g, cnt))
        table(rows, title)
    def tally(f):
        d = {}
        for c in meta.values():
            k = f(c)
            d[k] = d.get(k, 0) + 1
        return ", ".join("%s %d" % kv for kv in sorted(d.items()))
    print("price_increase true: %d" % sum(1 for c in meta.values() if c.get("pi")))
    print("languages: " + tally(lambda c: c["lang"]))
    print("clients: " + tally(lambda c: c["client"]))
    print("shapes: " + tally(lambda c: c.get("shape", "top") if c["kind"] == "C" else "none"))
    print("quote languages: " + tally(lambda c: c["ql_"]))


def listing():
    out, meta, part = build_all()
    for n in sorted(meta):
        c = meta[n]
        print("%-5s %-6s %-6s %-13s %-6s %-10s %s" % (n, part[n][:6], c["lang"], c["client"],
              c.get("shape", "top") if c["kind"] == "C" else "none", c["intent"], c["note"]))


def main(argv):
    if "--check" in argv:
        return check()
    if "--stats" in argv:
        stats()
        return 0
    if "--list" in argv:
        listing()
        return 0
    write()
    return 0


# ---------------------------------------------------------------------------
# the cases

# ============================ English, native ============================

C("en-gb", "outlook", "counter", X(4.20, "GBP", -6, 60, None), T(p=-3.5, d=45), """
    Hi Hannah,

    We can't get to 6%, but 3.5% we could manage, as long as payment stays at Net 45 as it is today.

    Let me know and I'll have the paperwork updated.

    Regards
    Oliver Pennick
    Key Accounts | Thistlebrook Board Ltd
    T +44 1632 960 418
    """, "A refusal of the offered 6% followed by a real counter of 3.5% and Net 45.",
  who="Oliver Pennick|o.pennick@thistlebrook.example|Thistlebrook Board Ltd")

C("en-us", "gmail", "counter", X(1.85, "USD", -5, 60, None), T(p=-2.5), """
    Hannah -

    Your payment terms are fine with us. On price, the best we can do is two and a half percent.

    Thanks,
    Dwayne Kowalczyk
    Regional Sales, Ridgeback Containers Inc.
    """, "Payment terms agreed by reference only (no number restated) beside a price counter in words.",
  who="Dwayne Kowalczyk|dkowalczyk@ridgeback-containers.example|Ridgeback Containers Inc.")

C("en-au", "gmail_mobile", "counter", X(None, None, -6, 60, None), T(p=-3, d=60), """
    60 days OK. price wise 3pct is where we land, cant go further

    Bec
    """, "Terse: payment term agreed with the number restated, price countered as 3pct.",
  who="Rebecca Lyle|bec@lylepak.example|Lyle Pak Pty Ltd")

C("en-ie", "apple", "counter", X(2.75, "EUR", -5, 60, None), T(p=0.0, d=45, m=24), """
    Hello Hannah,

    Thanks for the proposal. A reduction isn't something we can offer this year, but here is what we can do: 45 days end of month, and we will hold the current price flat for a two-year agreement.

    Kind regards,
    Siobhán Gearty
    Gearty Packaging Solutions
    Unit 7, Ballycoolin Business Park
    """, "Price freeze (0.0) tied to a two-year term and 45 days EOM, with the reduction declined.",
  who="Siobhán Gearty|siobhan@gearty-pack.example|Gearty Packaging Solutions")

C("en-ca", "outlook_plain", "counter", X(2.30, "CAD", -6, 60, None), T(up=2.14, cur="CAD", d=45), """
    Good morning,

    We've run the numbers. We could go to $2.14 a unit (Canadian) on 45 days net. That's roughly where our floor is given the exchange rate this quarter.

    Best,
    Marc-André Fortier
    Fortier Emballage Canada
    514-555-0182
    """, "Absolute unit price in Canadian dollars with '45 days net' as the payment term.",
  who="Marc-André Fortier|mafortier@fortier-emballage.example|Fortier Emballage Canada")

C("en-us", "owa", "counter", X(0.62, "USD", -6, 60, None), T(p=-4, d=30), """
    Hi,

    We can offer a 4% reduction. Our standard terms would need to stay, which is 2/10 net 30.

    Thanks
    Priya Sandoval
    Customer Success, Halvorsen Film Co.
    """, "Cash-discount wording 2/10 net 30: the net days (30) are the payment term.",
  who="Priya Sandoval|psandoval@halvorsen-film.example|Halvorsen Film Co.")

C("en-gb", "thunderbird", "counter", X(None, None, -6, 60, None), T(p=-4, m=18, v=80000), """
    Hannah,

    Happy to move on price; we'd do 4%, provided it's an 18-month agreement and you take at least 80k units a year across the period.

    Cheers,
    Tom Aldersey
    Aldersey & Finch Ltd
    """, "Contract length and volume commitment in the second and third clause behind a price.",
  who="Tom Aldersey|tom@aldersey-finch.example|Aldersey & Finch Ltd")

C("en-us", "gmail", "counter", X(3.40, "USD", -5, 60, None), T(p=3.5, d=60), """
    Hi Hannah,

    I'm afraid I have to go the other way. Resin has gone up three times since January, so we need to apply a 3.5% surcharge from July 1st. To soften it, we can move you to Net 60.

    Regards,
    Glen Matsuda
    Pacific Crest Plastics
    """, "Price increase as a surcharge with a number, paired with an agreed-by-number payment term.",
  who="Glen Matsuda|gmatsuda@pacificcrest-plastics.example|Pacific Crest Plastics", pi=True)

C("en-gb", "outlook", "counter", X(0.89, "GBP", -5, 60, None), T(up=0.94, cur="GBP"), """
    Dear Hannah,

    Thank you for your email. Rather than a reduction we need to revise the price upwards: from 1 June the new price will be £0.94 per unit (currently £0.89). Everything else stays as it is.

    Yours sincerely,
    Margaret Oyelaran
    Commercial Manager
    Stourvale Labels plc
    """, "Increase stated only as a new absolute price in pounds next to the current one.",
  who="Margaret Oyelaran|m.oyelaran@stourvale.example|Stourvale Labels plc", pi=True)

C("en-au", "iphone", "counter", X(None, None, -6, 60, None), T(p=-5, m=12, d=30), """
    Can do five percent if you commit to 12 months. Payment stays at 30 days though
    """, "Short mobile counter: five percent in words, a 12-month commitment, payment restated as 30 days.",
  who="Jarrah Whitfield|jarrah@whitfield-supply.example|Whitfield Supply Co")

C("en-ie", "webmail", "counter", X(None, None, -6, 60, None), T(p=-4.5, d=50), """
    hi hannah

    we cant do the 6 but could do 4,5% and net 50 if that helps. let me know

    ciaran
    Doyle Cartons
    """, "Sloppy lower-case mail with a decimal comma percent after a refusal of the 6.",
  who="Ciaran Doyle|ciaran@doylecartons.example|Doyle Cartons")

C("en-us", "ticket", "counter", X(5.10, "USD", -6, 60, 12), T(p=-1.5, d=45, m=24), """
    Hello Hannah,

    Thanks for reaching out. After review with our pricing desk, our counterproposal:

      * 1.5% reduction on the unit price
      * Net 45
      * 24 month term

    Please reply to this ticket to continue.

    Regards,
    Keisha Ambrose
    Account Services - Brightline Industrial Supply
    """, "Helpdesk ticket reply with a bulleted counter on three levers.",
  who="Keisha Ambrose|support@brightline-industrial.example|Brightline Industrial Supply")

C("en-gb", "gmail", "counter", X(3.10, "GBP", -6, 60, 12), T(p=-3), """
    Hi Hannah, answers inline below.

    [[q]]
    [[0]]

    3% is our max on this.

    [[1]]

    fine

    [[2]]

    ok
    """, "Inline answers: price countered at 3%, payment and contract only acknowledged without numbers.",
  who="Priti Langford|priti@langford-print.example|Langford Print & Pack", shape="inline")

C("en-ca", "gmail", "counter", X(None, None, -5, 60, None), T(p=-4, v=120000), """
    Hi Hannah,

    If you can commit to a hundred and twenty thousand units over the year, we'll take 4 % off. Otherwise we stay where we are.

    All the best,
    Nadia Brisebois
    Northshore Corrugated
    """, "Volume commitment written in words ahead of the price in the same sentence.",
  who="Nadia Brisebois|nbrisebois@northshore-corr.example|Northshore Corrugated")

C("en-us", "outlook", "counter", X(None, None, -5, 60, None), T(p=0.0, v=200000, r=2), """
    Hannah,

    Price stays where it is, but we'd offer a 2% year-end rebate once you pass 200k units in the calendar year.

    Thank you,
    Brent Holloway
    VP Sales, Cordwell Paper Products
    ---
    Cordwell Paper Products | 4410 Industrial Pkwy, Dayton OH
    """, "Price held (0.0) with a year-end rebate tied to a volume threshold.",
  who="Brent Holloway|bholloway@cordwell-paper.example|Cordwell Paper Products")

C("en-au", "outlook", "counter", X(None, None, -4, 60, 12), T(p=-4, d=45), """
    Hi Hannah,

    We accept the 4% but need Net 45 - 60 days is too long for us on an account this size.

    Regards,
    Callum Breen
    Breen Packaging Group
    """, "'We accept the 4% but need Net 45': a counter filling both the restated price and the changed term.",
  who="Callum Breen|callum.breen@breenpack.example|Breen Packaging Group")

C("en-us", "gmail", "counter", X(None, None, -5, 60, None), T(d=45), """
    Hi there,

    We accept with the exception of payment. We would need that at forty-five days.

    Thanks, Luz
    Luz Ferreira | Summit Mailer Supply
    """, "Acceptance with an exception: only the changed payment term (forty-five days) is filled.",
  who="Luz Ferreira|luz@summitmailer.example|Summit Mailer Supply")

C("en-gb", "android", "counter", X(None, None, -6, 60, None), T(p=-3), """
    Hannah - meet you halfway at 3%? That's as far as I can push it internally.

    Gav
    """, "A proposal phrased as a question ('meet you halfway at 3%?') that is still a counter.",
  who="Gavin Mercer|gavin@mercerbox.example|Mercer Box Co")

C("en-ie", "outlook", "counter", X(1.40, "EUR", -5, 60, None), T(p=-3), """
    Hannah,

    We can't do 5, but 3 we could. Everything else as per your email.

    Best regards,
    Aoife Brannigan
    Sales Director, Westlough Plastics Ltd
    """, "Reads like a refusal at first ('we can't do 5') but counters at 3 with no percent sign.",
  who="Aoife Brannigan|aoife@westlough.example|Westlough Plastics Ltd")

C("en-us", "apple", "counter", X(12.00, "USD", -7, 60, None), T(up=11.40, cur="USD", d=60), """
    Hi Hannah,

    We can do $11.40/case instead of $12.00. 60-day terms are ok.

    Sent from my MacBook, so forgive the brevity.
    Rich Tolliver
    Tolliver Bros. Packaging
    """, "Absolute case price in dollars with payment agreed by restating 60 days.",
  who="Rich Tolliver|rich@tolliverbros.example|Tolliver Bros. Packaging")

C("en-gb", "outlook_plain", "counter", X(None, None, -6, 60, 12), T(p=-2.5, d=45, m=18), """
    Hannah,

    Our proposal: 45 days end of month, a 2.5% reduction, and an eighteen month minimum term.

    Regards,
    Neil Ashdown
    Ashdown Flexibles Ltd
    Registered in England & Wales no. 04418821
    """, "Three levers in one sentence, EOM payment first and the term in words.",
  who="Neil Ashdown|neil.ashdown@ashdown-flex.example|Ashdown Flexibles Ltd")

C("en-au", "thunderbird", "counter", X(None, None, -6, 75, None), T(p=-6, d=50), """
    Net 75 is more than we can finance. 50 days, and we'll do the full 6%.

    Sandra Ng
    Ng Brothers Packaging
    """, "Bottom-posted: the offered Net 75 is refused, 50 days proposed, the offered 6% restated.",
  who="Sandra Ng|sandra@ngbrothers.example|Ng Brothers Packaging", shape="bottom")

C("en-us", "gmail_mobile", "counter", X(None, None, -5, 60, None), T(p=-4, d=0), """
    ok on 4% if payment is on receipt of goods. sorry for short reply, on the road
    """, "'Payment on receipt of goods' is a zero-day payment term beside a 4% counter.",
  who="Dale Prentiss|dale@prentiss-pkg.example|Prentiss Packaging")

C("en-ca", "owa", "counter", X(1.12, "CAD", -6, 60, None), T(p=2.8), """
    Hello Hannah,

    Unfortunately a reduction is off the table. We are implementing a +2.8% adjustment effective May 1; no change to payment terms.

    Regards,
    Harpreet Gill
    Maple Leaf Films Ltd.
    """, "Increase with a number written as '+2.8% adjustment' while the reduction is refused.",
  who="Harpreet Gill|hgill@mapleleaf-films.example|Maple Leaf Films Ltd.", pi=True)

C("en-gb", "gmail", "counter", X(None, None, -6, 60, 12), T(p=-3, d=45, m=12), """
    Hi Hannah, form filled in below.

    --- Your reply (edit the values and send) ---
    Unit price change (%, minus = reduction): -3
    Payment terms (days): 45
    Contract length (months): 12
    Committed volume (units per year):
    Rebate (%):
    --- end ---

    Thanks
    Imogen
    Imogen Castell, Castell Board Supplies
    """, "The supplier's own filled-in copy of the reply form above the unchanged quoted form.",
  who="Imogen Castell|imogen@castellboard.example|Castell Board Supplies")

C("en-us", "webmail", "counter", X(None, None, -5, 60, None), T(p=-1.75, d=30), """
    Hannah,
    best I can do is one and three quarter percent off, net thirty. thats final for this year.
    Ray
    --
    Ray Dunphy / Dunphy Tape & Supply
    """, "Price in words with a fraction and a payment term in words.",
  who="Ray Dunphy|ray@dunphytape.example|Dunphy Tape & Supply")

C("en-gb", "outlook", "accept", X(None, None, -5, 60, None), T(), """
    Agreed, send PO.

    Mike
    """, "Two-word acceptance asking for the purchase order.",
  who="Mike Harrow|mike.harrow@harrowpack.example|Harrow Pack Ltd")

C("en-us", "gmail", "accept", X(2.10, "USD", -5, 60, None), T(p=-5, d=60), """
    Hi Hannah,

    Confirmed: 5% off and Net 60 are acceptable to us. Please go ahead and issue the revised agreement.

    Best,
    Tamsin Reyes
    Reyes Packaging Supply, LLC
    """, "Acceptance that restates the offer's own numbers.",
  who="Tamsin Reyes|treyes@reyes-supply.example|Reyes Packaging Supply, LLC")

C("en-au", "iphone", "accept", X(None, None, -4, 60, 12), T(), """
    Sweet, all good. Go ahead
    """, "Very short informal mobile acceptance.",
  who="Lachlan Moss|lachlan@mossfreight-pack.example|Moss Freight Packaging")

C("en-ie", "outlook", "accept", X(0.48, "EUR", -5, 60, None), T(), """
    Dear Hannah,

    Thank you, we are happy to accept the terms in your email below.

    Many thanks again for your continued business, it is much appreciated.

    Kind regards,

    Declan Furlong
    Sales Administrator
    Furlong Labelling Ltd
    Tel: +353 1 555 0144 | Mob: +353 87 555 0190
    Unit 12, Clonshaugh Industrial Estate, Dublin 17

    This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Furlong Labelling Ltd is registered in Ireland, company no. 482213, VAT IE 6388047K. Unless otherwise agreed in writing, invoices are payable within 30 days of the invoice date and all goods remain our property until paid in full. We accept no liability for viruses transmitted with this message.
    """, "Acceptance buried under thanks, signature and a long disclaimer that mentions a 30-day term.",
  who="Declan Furlong|declan@furlong-labels.example|Furlong Labelling Ltd")

C("en-us", "gmail", "accept", X(None, None, -6, 60, None), T(), """
    Works for us. Thanks!

    Jo
    """, "Acceptance written under the quoted offer.",
  who="Joanna Pirelli|jo@pirelli-corrugated.example|Pirelli Corrugated", shape="bottom")

C("en-ca", "outlook", "accept", X(None, None, -4, 60, 12), T(), """
    --
    Evan Lindgren
    Lindgren Shipping Supplies
    """, "Empty body with only a signature: the acceptance is in the subject 'Re: OK'.",
  who="Evan Lindgren|evan@lindgren-ss.example|Lindgren Shipping Supplies", subj="Re: OK")

C("en-gb", "thunderbird", "accept", X(None, None, -3, 60, 12), T(), """
    Hannah,

    That's acceptable. We'll update our system with the new price from the start of next month.

    Regards,
    Fiona Quarrie
    Quarrie Corrugated Ltd
    """, "Acceptance that mentions a new price without stating any number.",
  who="Fiona Quarrie|fiona@quarrie.example|Quarrie Corrugated Ltd")

C("en-us", "ticket", "accept", X(None, None, -5, 60, None), T(), """
    Hi Hannah,

    Approved on our side. We'll issue an updated price list reflecting your terms by end of week.

    Best regards,
    Omar Haddad
    Contract Desk, Lakeview Supply Partners
    """, "Ticket-system acceptance where 'updated price list' refers to the buyer's own terms, not an increase.",
  who="Omar Haddad|contracts@lakeview-supply.example|Lakeview Supply Partners")

C("en-au", "gmail", "accept", X(None, None, -4, 60, 12), T(p=-4, m=12), """
    yep fine by us - 4% and the 12 months, locked in.

    cheers
    Trent
    """, "Informal acceptance restating two of the offer's numbers.",
  who="Trent Gallagher|trent@gallagher-wrap.example|Gallagher Wrap")

C("en-gb", "outlook", "reject", X(1.95, "GBP", -5, 60, None), T(), """
    Hannah,

    5% is impossible. Our price stays as quoted.

    Regards,
    Colin Ebbage
    Ebbage Print Finishing
    """, "Looks like a counter because it names a number, but it only refuses and keeps the price.",
  who="Colin Ebbage|colin@ebbage-print.example|Ebbage Print Finishing")

C("en-us", "gmail", "reject", X(None, None, -6, 60, None), T(), """
    Hi Hannah,

    We'll pass on this one. Our margins on this line are already razor thin and we can't go any lower. Thanks for thinking of us though, and good luck with the review.

    Shannon
    Shannon Beaulieu | Beaulieu Supply Co.
    """, "Friendly walk-away with no terms.",
  who="Shannon Beaulieu|shannon@beaulieu-supply.example|Beaulieu Supply Co.")

C("en-ie", "outlook_plain", "reject", X(None, None, -5, 60, None), T(), """
    Hannah,

    Not only are we unable to reduce, you should expect a new price list from us next quarter with increases right across the range. We'll send it through when it's finalised.

    Regards,
    Pádraig Ó Sé
    Ó Sé Packaging Ltd
    """, "A decline announcing an increase without a number: reject with price_increase.",
  who="Pádraig Ó Sé|padraig@osepack.example|Ó Sé Packaging Ltd", pi=True)

C("en-au", "android", "reject", X(None, None, -6, 60, None), T(), """
    No thanks mate. Current terms or nothing.
    """, "Blunt mobile refusal keeping the current terms.",
  who="Wade Corrigan|wade@corriganpak.example|Corrigan Pak")

C("en-ca", "owa", "reject", X(None, None, -6, 90, None), T(), """
    Hello,

    Net 90 would break our cash flow and 6% off isn't realistic for us. We'd rather keep the existing agreement exactly as it is.

    Kind regards,
    Élise Tremblay
    Tremblay Cartonnage Inc.
    """, "Both offered numbers named only to turn them down, with no counter.",
  who="Élise Tremblay|etremblay@tremblay-carton.example|Tremblay Cartonnage Inc.")

C("en-us", "apple", "reject", X(None, None, -5, 60, None), T(), """
    Hannah,

    After some discussion here we've decided not to renew the supply agreement when it runs out. Please plan to source this elsewhere from Q3.

    Thanks for the years of business.
    Curtis Vang
    Vang Industrial Packaging
    """, "Walk-away ending the relationship.",
  who="Curtis Vang|cvang@vangpack.example|Vang Industrial Packaging")

C("en-gb", "webmail", "reject", X(None, None, -5, 60, None), T(), """
    Dear Ms Ostrowski,

    Unfortunately we are not in a position to accept any of the proposed changes. Energy and freight costs have risen sharply over the past twelve months and our pricing already reflects the minimum we can operate at.

    Yours sincerely,
    Gerald Pim
    Pim & Daughters Ltd
    """, "Decline citing rising costs (not a price increase) with a period in words that is not a term.",
  who="Gerald Pim|gerald@pimdaughters.example|Pim & Daughters Ltd")

C("en-us", "gmail", "other", X(3.20, "USD", -5, 60, None), T(), """
    Hi Hannah,

    Quick question before I take this to my boss: is the 5% off our list price or off the $3.20 you're currently being invoiced? Those are different numbers for us.

    Thanks,
    Kyle Brandvold
    Brandvold Corrugated
    """, "Clarifying question that quotes the offered percent and the current price.",
  who="Kyle Brandvold|kyle@brandvold.example|Brandvold Corrugated")

C("en-gb", "outlook", "other", X(None, None, -6, 60, None), T(), """
    Hello Hannah,

    We could probably land somewhere between 2 and 3 percent depending on what volumes you see for next year. Can you give us a forecast?

    Best,
    Rupert Hale
    Hale & Vine Packaging
    """, "A range instead of a single value, plus a request for a forecast.",
  who="Rupert Hale|rupert.hale@halevine.example|Hale & Vine Packaging")

C("en-au", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Hi Hannah,

    Two ways we could do this, your choice:

    Option 1 - 3% off with Net 45
    Option 2 - 5% off on a 24 month contract, current payment terms

    Let us know which suits.

    Mel Kirwan
    Kirwan Packaging Supplies
    """, "Two alternative packages for the buyer to choose from.",
  who="Melanie Kirwan|mel@kirwanpack.example|Kirwan Packaging Supplies")

C("en-ie", "outlook", "other", X(None, None, -5, 60, None), T(), """
    Hannah,

    We could stretch to 4% on one condition: deliveries would move to full pallets only, collected ex works by your haulier. If that's workable for your warehouse we can firm it up.

    Regards,
    Ronan Keegan
    Keegan Industrial Packaging
    """, "Price offered only against a condition outside the levers (ex-works full-pallet collection).",
  who="Ronan Keegan|ronan@keegan-ip.example|Keegan Industrial Packaging")

C("en-ca", "webmail", "other", X(None, None, -6, 60, None), T(), """
    Dear customer,

    Before we get to your proposal, please note that our banking details have changed with effect from this month. Our new account is with Harbourfront Bank, transit 04512, account 7789231. Please update your records and destroy the old details; we will confirm by phone if you wish.

    Accounts Receivable
    Coastline Paper Co.
    """, "Bank-detail change notice in the negotiation thread, with account numbers that are not terms.",
  who="Accounts Receivable|ar@coastline-paper.example|Coastline Paper Co.")

C("en-us", "outlook", "other", X(None, None, -4, 60, 12), T(), """
    Hannah,

    Looks fine to me, but I need sign-off from our CFO before I can confirm anything. Should have it by Friday.

    Jenna Morales
    Morales Box & Display
    """, "Acceptance pending someone else's sign-off.",
  who="Jenna Morales|jmorales@moralesbox.example|Morales Box & Display")

C("en-gb", "gmail", "other", X(None, None, -5, 60, None), T(), """
    Hi Hannah,

    We're OK with the new terms for the pallet labels - I'll get the contract amended for those.

    Thanks
    Ewan Tully
    Tully Print Group
    """, "An acceptance for a different item than the one under negotiation.",
  who="Ewan Tully|ewan@tullyprint.example|Tully Print Group", item="corrugated shipping cartons")

C("en-us", "outlook", "other", X(None, None, -6, 60, None), T(), """
    Mike - see below from Larchmont. I think we can live with 3 but let's not tell them that yet. Can you run the margin on 2 and on 3 before Thursday?

    D.
    """, "An internal note forwarded to the buyer by mistake, with numbers the supplier never offered.",
  who="Denise Albright|dalbright@albright-supply.example|Albright Supply")

C("en-au", "iphone", "other", X(None, None, -6, 60, None), T(), """
    Hannah can we jump on a call Thursday arvo? Easier to talk this through than over email
    """, "A call request from a phone.",
  who="Kieran Fahey|kieran@faheyboxes.example|Fahey Boxes")

C("en-us", "gmail", "other", X(None, None, -5, 60, None), T(), """
    Hi Hannah,

    Before we discuss any reduction I need to walk you through the price adjustment we're planning for Q3 - it affects all customers on this grade. Do you have 20 minutes this week?

    Lorraine Fitch
    Fitch Specialty Films
    """, "A call request about an upcoming unquantified price adjustment: other with price_increase.",
  who="Lorraine Fitch|lfitch@fitchfilms.example|Fitch Specialty Films", pi=True)

A("en-gb", """
    Thank you for your message. I am out of the office until Monday 16th and will have limited access to email.

    For anything urgent please call the sales office on 01632 960 772 or write to sales@brackwell-pack.example.

    Nina Sheard
    """, "Out-of-office with a return date and a phone number that are not terms.",
  who="Nina Sheard|nina.sheard@brackwell-pack.example|Brackwell Pack Ltd")

A("en-us", """
    Hello,

    We've received your request and a member of our team will get back to you within 2 business days. Your ticket number is 58114.

    Please do not reply to this message; to add information, reply to the ticket link in your portal.

    Ridgeway Supply Support
    """, "Ticket acknowledgement with numbers and no RFC 3834 headers.",
  who="Ridgeway Support|help@ridgeway-supply.example|Ridgeway Supply", hdrs="none",
  subj="[Ticket 58114] We received your request: {subject}")

A("en-au", """
    This mailbox is no longer monitored. Please direct all enquiries to orders@tasmanwrap.example or call 1300 555 018.
    """, "Notice that the mailbox is no longer monitored.",
  who="Tasman Wrap|accounts@tasmanwrap.example|Tasman Wrap", hdrs="ms", subj="Undeliverable mailbox notice: {subject}")

A("en-ie", """
    Hi,

    I'm on annual leave, back on the 14th. Your mail won't be forwarded; if it can't wait, my colleague Gráinne (grainne@lissadell-box.example) can help.

    Thanks,
    Conor
    """, "Vacation auto-reply with a colleague's address.",
  who="Conor Mulvey|conor@lissadell-box.example|Lissadell Box", hdrs="vac", subj="Out of office Re: {subject}")

B("en-gb", "postfix", """
    This is the mail system at host {mx}.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <{rcpt}>: host mail.{rdom} said: 550 5.1.1 <{rcpt}>:
        Recipient address rejected: User unknown in virtual mailbox table (in reply
        to RCPT TO command)
    """, "Postfix user-unknown bounce with the headers of the offer.",
  who="Ben Shaw|ben.shaw@shawcorr.example|Shaw Corrugated")

B("en-us", "exchange", """
    Your message to {rcpt} couldn't be delivered.

    {rcpt} wasn't found at {rdom}.

    Action Required: Recipient
    Unknown To address

    How to Fix It
    The address may be misspelled or may not exist. Try one or more of the following:
    - Retype the recipient's address, then resend the message.
    - If you are using Autocomplete, clear it and type the address again.
    """, "Exchange-style non-delivery report in English.",
  who="Alan Pruitt|apruitt@pruitt-supply.example|Pruitt Supply", subj="Undeliverable: {subject}",
  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@larchmont-hg.example>",
  status="5.1.10", diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")

B("en-au", "google", """
    ** Address not found **

    Your message wasn't delivered to {rcpt} because the domain {rdom} couldn't be found. Check for typos or unnecessary spaces and try again.

    The response was:

    DNS Error: DNS type 'mx' lookup of {rdom} responded with code NXDOMAIN
    """, "Google-style domain-not-found notice.",
  who="Shaun Reddy|shaun@reddy-cartons.example|Reddy Cartons", subj="Delivery Status Notification (Failure)",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>", status="5.1.2",
  diag="smtp; DNS type 'mx' lookup of {rdom} responded with code NXDOMAIN")

B("en-ca", "exim", """
    This message was created automatically by mail delivery software.
    A message that you sent has not yet been delivered to one or more of its
    recipients after more than 24 hours on the queue on {mx}.

    The message identifier is:     1rX4dT-0007Qa-3K
    The subject of the message is: {subject}

    The address to which the message has not yet been delivered is:

      {rcpt}
        host mail.{rdom} [192.0.2.44]
        Delay reason: SMTP error from remote mail server after RCPT TO:
        451 4.7.1 Greylisted, please try again later

    No action is required on your part. Delivery attempts will continue for
    some time, and this warning may be repeated at intervals if the message
    remains undelivered. Eventually the mail delivery software will give up,
    and when that happens, the message will be returned to you.
    """, "Exim delay warning (Action: delayed), not a final failure but still a bounce.",
  who="Grace Liu|grace@liufilm.example|Liu Film Packaging", subj="Warning: message 1rX4dT-0007Qa-3K delayed 24 hours",
  action="delayed", status="4.7.1", diag="smtp; 451 4.7.1 Greylisted, please try again later")

# ============================ English, non-native ============================

C("en-in", "outlook", "counter", X(48.50, "INR", -6, 60, None), T(p=-2), """
    Dear Ma'am,

    Greetings from Shreeji Polypack!

    With reference to your trailing mail, we are agreeable for the payment terms as proposed by you. Kindly note we can give maximum 2% only on the rate, as raw material prices are not in our favour.

    Request you to kindly consider and revert.

    Thanks & Regards,
    Vikram Joshi
    Asst. Manager - Marketing
    Shreeji Polypack Pvt. Ltd.
    Mob: +91 98250 55512
    """, "Payment terms agreed by reference only, price counter with 'maximum 2% only'.",
  who="Vikram Joshi|marketing@shreeji-polypack.example|Shreeji Polypack Pvt. Ltd.")

C("en-cn", "gmail", "counter", X(None, None, -5, 60, None), T(p=-3, d=60), """
    Dear Hannah,

    Thanks for your mail. We can accept 60 days payment. For price, we can reduce 3%, it is our bottom price already. MOQ still 5000pcs per order.

    Best regards
    Cindy Zhou
    Ningbo Everbright Packing Co., Ltd
    """, "Payment agreed with the number, price 3%, and an MOQ that is not a term.",
  who="Cindy Zhou|cindy@everbright-packing.example|Ningbo Everbright Packing Co., Ltd")

C("en-de", "outlook", "counter", X(None, None, -6, 45, None), T(p=-3.5, m=24, d=45), """
    Dear Ms. Ostrowski,

    thank you for your offer. 6 percent is not possible for us, but 3,5 percent we can do when the contract runs 24 months. Payment target 45 days as before.

    With best regards
    Heike Brandstätter
    Brandstätter Verpackungen GmbH
    """, "German writer in English: 'payment target' calque, decimal comma, term as a condition.",
  who="Heike Brandstätter|h.brandstaetter@brandstaetter-vp.example|Brandstätter Verpackungen GmbH")

C("en-tr", "gmail", "counter", X(2.40, "EUR", -5, 60, None), T(p=7), """
    Dear Hannah Hanim,

    Unfortunately we can not make discount. We must inform you about price update of 7% because of exchange rate and energy costs, valid from next order.

    Best regards,
    Emre Aydın
    Aydın Ambalaj A.Ş.
    """, "Increase with a number ('price update of 7%') after a refused discount.",
  who="Emre Aydın|emre@aydin-ambalaj.example|Aydın Ambalaj A.Ş.", pi=True)

C("en-br", "android", "counter", X(4.40, "BRL", -6, 60, None), T(up=4.15, cur="BRL", d=45), """
    Hi Hannah, we can make R$ 4,15 per unit with payment in 45 days. Is the best we can do now.

    Rafael
    """, "Brazilian real with a decimal comma and a payment term in days.",
  who="Rafael Monteiro|rafael@monteiro-embalagens.example|Monteiro Embalagens Ltda")

C("en-pl", "thunderbird", "counter", X(None, None, -6, 60, None), T(p=-2.5, m=12, d=30), """
    Dear Hannah,

    We propose 2,5% discount and 12-month agreement. Payment 30 days from invoice date, like now.

    Kind regards
    Tomasz Wieczorek
    Wieczorek Opakowania Sp. z o.o.
    """, "Polish writer in English, three levers, payment restated as today's 30 days.",
  who="Tomasz Wieczorek|t.wieczorek@wieczorek-opak.example|Wieczorek Opakowania Sp. z o.o.")

C("en-it", "outlook_plain", "counter", X(None, None, -5, 60, None), T(d=60, p=-2), """
    Good morning Hannah,

    for us is ok the 60 days. The price we can lower of 2%, not more, sorry.

    Best regards
    Giulia Ferraresi
    Ferraresi Imballaggi S.r.l.
    """, "Italian word order: payment agreed with the number, price lowered 'of 2%'.",
  who="Giulia Ferraresi|g.ferraresi@ferraresi-imb.example|Ferraresi Imballaggi S.r.l.")

C("en-es", "gmail_mobile", "counter", X(None, None, -5, 60, None), T(p=-1.5), """
    Hello, we accept payment terms you propose but the discount only 1,5%. Regards Jordi
    """, "Payment accepted by reference in one line with a small price counter.",
  who="Jordi Puigdemont|jordi@puig-envasos.example|Puig Envasos S.L.")

C("en-nl", "webmail", "counter", X(None, None, -6, 60, 12), T(p=-3, d=45, m=12), """
    Hi Hannah,

    Price -3%, payment 45 days end of month, contract one year. That's it from our side.

    Groeten,
    Pieter van Damme
    Van Damme Verpakking B.V.
    """, "Dutch directness: three terms in a row, EOM payment and 'one year'.",
  who="Pieter van Damme|pieter@vandamme-verpakking.example|Van Damme Verpakking B.V.")

C("en-in", "gmail", "counter", X(None, None, -6, 60, None), T(p=-4, v=150000), """
    Dear Hannah,

    Further to our telecon, we can offer 4% discount subject to minimum annual offtake of 1.5 lakh units. Other terms as per existing PO.

    Regards,
    Sanjay Kulkarni
    Deccan Corrugators
    """, "Volume written in lakh (1.5 lakh = 150,000 units) as the condition for a 4% discount.",
  who="Sanjay Kulkarni|sanjay@deccan-corr.example|Deccan Corrugators")

C("en-fr", "apple", "counter", X(None, None, -6, 60, None), T(p=-3, m=24, d=60), """
    Hello Hannah,

    We can do an effort: 3% on the price, with a commitment on 2 years. For the payment, 60 days end of month is ok for us.

    Best regards,
    Aurélien Vasseur
    Vasseur Emballages
    """, "French writer in English: 'do an effort', two-year commitment, 60 days EOM restated.",
  who="Aurélien Vasseur|a.vasseur@vasseur-emb.example|Vasseur Emballages")

C("en-cn", "outlook", "counter", X(0.92, "USD", -6, 60, None), T(up=0.87, cur="USD", d=30), """
    Dear Hannah,

    After discuss with our boss, price can reduce to USD 0.87/pc FOB Shanghai, payment T/T 30 days after B/L date.

    Thanks and best regards
    Kevin Lin
    Shanghai Hengda Packaging Materials Co., Ltd.
    """, "Unit price in USD per piece with a '30 days after B/L' payment term.",
  who="Kevin Lin|kevin.lin@hengda-pack.example|Shanghai Hengda Packaging Materials Co., Ltd.")

C("en-de", "outlook", "accept", X(None, None, -4, 60, 12), T(), """
    Dear Hannah,

    ok for us, please send the contract.

    BR
    Uwe
    """, "Short German-English acceptance.",
  who="Uwe Kranich|u.kranich@kranich-folien.example|Kranich Folien GmbH")

C("en-in", "gmail", "accept", X(None, None, -4, 60, None), T(p=-4, d=60), """
    Dear Hannah,

    We are pleased to confirm our acceptance for 4% reduction and 60 days credit period as per your mail.

    Kindly release the revised PO at the earliest.

    Warm regards,
    Anjali Rao
    Sri Lakshmi Packaging Industries
    """, "Acceptance restating the offer's numbers, with 'credit period' for payment terms.",
  who="Anjali Rao|anjali@srilakshmi-pack.example|Sri Lakshmi Packaging Industries")

C("en-jp", "outlook_plain", "accept", X(None, None, -3, 60, 12), T(), """
    Dear Ms. Ostrowski,

    Thank you very much for your kind proposal.
    We accept your conditions. We will prepare the documents.

    Best regards,
    Kenji Takahashi
    Overseas Sales Section
    Takahashi Shiki Co., Ltd.
    """, "Polite formal acceptance without numbers.",
  who="Kenji Takahashi|k.takahashi@takahashi-shiki.example|Takahashi Shiki Co., Ltd.")

C("en-br", "gmail", "accept", X(None, None, -5, 60, None), T(), """
    Deal! We agree with all points.

    Hugs,
    Camila
    """, "Enthusiastic short acceptance.",
  who="Camila Duarte|camila@duarte-pack.example|Duarte Pack")

C("en-cn", "gmail", "reject", X(None, None, -6, 60, None), T(), """
    Dear Hannah,

    Sorry, the price is already very low, we cannot reduce any more. Raw material increase a lot this year.

    Best regards
    Amy Wu
    """, "Refusal citing cost rises, which is not a price increase.",
  who="Amy Wu|amy@jinhua-paper.example|Jinhua Paper Products")

C("en-tr", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Dear Hannah,

    We regret to say your offer is not acceptable for us. Moreover from next month there will be a price increase because of the energy prices, we will inform you separately.

    Best regards,
    Selin Karaca
    Karaca Plastik
    """, "Decline that announces an unquantified increase.",
  who="Selin Karaca|selin@karaca-plastik.example|Karaca Plastik", pi=True)

C("en-pl", "gmail", "reject", X(None, None, -5, 60, None), T(), """
    Hello Hannah,

    We cannot accept 5% and also not 3%. Our price is final.

    Regards,
    Marek
    """, "Two percentages named only to be refused, price kept.",
  who="Marek Zieliński|marek@zielinski-karton.example|Zieliński Karton")

C("en-in", "outlook", "other", X(None, None, -6, 60, None), T(), """
    Dear Ma'am,

    Kindly clarify whether the 6% reduction is applicable on ex-works rate or on delivered rate, so that we can revert with our best offer.

    Regards,
    Ramesh Iyer
    Iyer Flexipack
    """, "Clarifying question quoting the offered percent.",
  who="Ramesh Iyer|ramesh@iyer-flexipack.example|Iyer Flexipack")

C("en-de", "gmail", "other", X(None, None, -4, 60, 12), T(), """
    Hello Hannah,

    in principle we agree, but our managing director must approve this, he is back next week. I will come back to you then.

    Best regards
    Sabine Oltmanns
    """, "Agreement in principle pending the managing director.",
  who="Sabine Oltmanns|s.oltmanns@oltmanns-karton.example|Oltmanns Karton GmbH")

C("en-it", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Dear Hannah,

    we can give between 2 and 4% depending on the quantity you will order. Can you tell me the forecast?

    Regards
    Matteo Galli
    """, "A range depending on quantity.",
  who="Matteo Galli|matteo@galli-cartotecnica.example|Galli Cartotecnica")

C("en-es", "outlook", "other", X(None, None, -5, 60, None), T(), """
    Dear Hannah,

    Before anything: please note we have changed our bank. New IBAN ES91 2100 0418 4502 0005 1332, BIC CAIXESBBXXX. The certificate from the bank is coming by post.

    About the proposal I answer you tomorrow.

    Regards,
    Nuria Castells
    """, "Bank-detail change with the answer to the offer postponed.",
  who="Nuria Castells|nuria@castells-pack.example|Castells Packaging")

C("en-nl", "iphone", "other", X(None, None, -6, 60, None), T(), """
    Can you call me tomorrow? +31 6 5550 1234. Easier to discuss
    """, "Call request with a phone number.",
  who="Joost Hermans|joost@hermans-folie.example|Hermans Folie")

A("en-de", """
    Thank you for your message.

    I am out of office until 12.08. and have no access to my emails. In urgent cases please contact my colleague Mr. Behrendt, phone +49 40 555 3120.

    Best regards
    Katrin Lüders
    """, "Out-of-office by a German writer in English with a date in German notation.",
  who="Katrin Lüders|k.lueders@lueders-pack.example|Lüders Pack GmbH", hdrs="ms")

B("en-in", "provider", """
    Hello,

    We're sorry, your message could not be delivered to the following recipient:

      {rcpt}

    Reason: the recipient's mailbox is full and is not accepting new messages (552 5.2.2 Mailbox quota exceeded).

    Please try again later or contact the recipient by another means.

    -- Mail Delivery System
    """, "Mailbox-full bounce for a recipient abroad.",
  who="Arjun Pillai|arjun@pillai-cartons.example|Pillai Cartons", subj="Delivery failure: {subject}",
  status="5.2.2", diag="smtp; 552 5.2.2 Mailbox quota exceeded")

# ============================ German ============================

C("de", "outlook", "counter", X(1.24, "EUR", -6, 60, None), T(p=-2.5), """
    Hallo Herr Terhalle,

    das Zahlungsziel wie angeboten passt für uns. Beim Preis können wir Ihnen mit 2,5 % entgegenkommen, mehr ist bei den aktuellen Papierpreisen nicht drin.

    Viele Grüße
    Stefanie Kortmann
    Vertrieb Innendienst
    Kortmann Wellpappe GmbH & Co. KG
    Amtsgericht Bielefeld HRA 18842
    """, "'Zahlungsziel wie angeboten' agrees payment by reference only, beside a 2,5 % counter.",
  who="Stefanie Kortmann|s.kortmann@kortmann-wellpappe.example|Kortmann Wellpappe GmbH & Co. KG")

C("de-at", "gmail", "counter", X(0.78, "EUR", -6, 60, None), T(p=4), """
    Sehr geehrter Herr Terhalle,

    eine Senkung um 6 % ist für uns ausgeschlossen. Im Gegenteil: Ab 1. Juli müssen wir leider einen Teuerungszuschlag von 4 % verrechnen.

    Freundliche Grüße aus Linz
    Mag. Florian Hinterberger
    Hinterberger Verpackung GmbH
    """, "Austrian 'Teuerungszuschlag' with a number in the same mail that refuses the reduction.",
  who="Florian Hinterberger|f.hinterberger@hinterberger-vp.example|Hinterberger Verpackung GmbH", pi=True)

C("de-ch", "outlook", "counter", X(4.05, "CHF", -6, 60, None), T(up=3.85, cur="CHF", d=30, m=24), """
    Grüezi Herr Terhalle

    Gerne offerieren wir Ihnen CHF 3.85 pro Stück bei 30 Tagen netto, Vertragsdauer 2 Jahre.

    Freundliche Grüsse
    Reto Gubler
    Gubler Karton AG
    """, "Swiss offer: absolute CHF price, 30 Tage netto and a two-year term.",
  who="Reto Gubler|reto.gubler@gubler-karton.example|Gubler Karton AG")

C("de", "thunderbird", "counter", X(None, None, -5, 60, None), T(p=-3, d=45), """
    Guten Tag Herr Terhalle,

    unser Vorschlag: Preisnachlass 3 Prozent. Zahlung 14 Tage 3 % Skonto oder 45 Tage netto.

    Mit freundlichen Grüßen
    Bernd Quast
    Quast Folientechnik
    """, "Cash-discount wording where 3 % Skonto is not the price change and 45 Tage netto is the term.",
  who="Bernd Quast|b.quast@quast-folien.example|Quast Folientechnik")

C("de", "webmail", "counter", X(None, None, -6, 60, None), T(p=-4, m=18, d=60), """
    Hallo Herr Terhalle,

    6% geht nicht, aber 4 koennen wir machen wenn Sie 18 Monate unterschreiben. Zahlungsziel 60 Tage ist ok.

    Gruss
    M. Kessler
    """, "Sloppy German without umlauts: a bare '4' as the counter, an 18-month condition and 60 days restated.",
  who="Martin Kessler|kessler@kessler-papier.example|Kessler Papier", charset="iso-8859-1")

C("de", "gmail", "counter", X(None, None, -5, 45, None), T(p=2.9, d=60), """
    Sehr geehrter Herr Terhalle,

    statt einer Senkung ist bei uns leider eine Preisanpassung von +2,9 % fällig. Die gewünschten 60 Tage Zahlungsziel können wir Ihnen im Gegenzug gewähren.

    Mit freundlichen Grüßen
    Dr. Annette Voß
    Voß Etiketten GmbH
    """, "'Preisanpassung' upwards with a number plus an agreed payment term restated.",
  who="Annette Voß|a.voss@voss-etiketten.example|Voß Etiketten GmbH", pi=True)

C("de", "outlook_plain", "counter", X(None, None, -6, 60, None), T(v=1200000, p=-5, r=1), """
    Sehr geehrter Herr Terhalle,

    bei einer verbindlichen Abnahme von 1,2 Mio. Stück pro Jahr gewähren wir 5 % Nachlass sowie eine Rückvergütung von 1 % zum Jahresende.

    Mit freundlichen Grüßen
    i. A. Jürgen Weiland
    Weiland Verpackungswerk GmbH
    Geschäftsführer: H. Weiland | USt-IdNr. DE 811 447 302
    """, "Volume in millions ('1,2 Mio') with a price cut and a year-end rebate.",
  who="Jürgen Weiland|j.weiland@weiland-vpw.example|Weiland Verpackungswerk GmbH")

C("de-at", "android", "counter", X(None, None, -4, 60, 12), T(d=45), """
    Passt grundsätzlich, aber Zahlungsziel bitte 45 Tage.

    LG Eva
    """, "'Passt' that is not an acceptance: only payment changed to 45 days.",
  who="Eva Pichler|eva.pichler@pichler-pack.example|Pichler Pack")

C("de", "iphone", "counter", X(None, None, -5, 60, None), T(p=0.0, d=90), """
    Preis bleibt unverändert, dafür bieten wir Ihnen 90 Tage Ziel ab Rechnungsdatum. Gruß Holger Brink
    """, "Price held at 0 with a longer payment term as the concession.",
  who="Holger Brink|h.brink@brink-kartonagen.example|Brink Kartonagen")

C("de", "owa", "counter", X(None, None, -5, 60, None), T(p=-3, m=12), """
    Sehr geehrter Herr Terhalle,

    eine Reduzierung um 5 % ist für uns nicht darstellbar. 3 % wären möglich, allerdings nur bei einer Laufzeit von zwölf Monaten.

    Beste Grüße
    Carina Albers
    """, "'Nicht darstellbar' for the 5 % followed by a real 3 % counter with twelve months in words.",
  who="Carina Albers|c.albers@albers-verpackung.example|Albers Verpackung GmbH")

C("de-ch", "gmail", "counter", X(None, None, -5, 30, None), T(p=3.5, d=30), """
    Guten Tag Herr Terhalle

    Wir müssen Sie leider informieren, dass ab 1.4. unsere neue Preisliste gilt: +3,5 % auf alle Kartonqualitäten. Das Zahlungsziel von 30 Tagen netto bleibt bestehen.

    Freundliche Grüsse
    Beat Kälin
    """, "'Neue Preisliste' with a number (+3,5 %) and the current payment term restated.",
  who="Beat Kälin|beat.kaelin@kaelin-ag.example|Kälin AG", pi=True)

C("de", "gmail_mobile", "accept", X(None, None, -4, 60, 12), T(), """
    Passt. Gruß, Kai
    """, "One-word acceptance 'Passt'.",
  who="Kai Rehberg|kai@rehberg-folien.example|Rehberg Folien")

C("de", "outlook", "accept", X(None, None, -5, 60, None), T(), """
    Hallo Herr Terhalle,

    ok für uns. Bitte schicken Sie uns die Vertragsänderung zur Unterschrift.

    Schöne Grüße
    Nadine Wolters
    """, "'ok für uns' acceptance.",
  who="Nadine Wolters|n.wolters@wolters-pack.example|Wolters Pack")

C("de", "thunderbird", "accept", X(None, None, -4, 60, None), T(p=-4, d=60), """
    Sehr geehrter Herr Terhalle,

    einverstanden mit 4 % Nachlass und 60 Tagen Zahlungsziel. Die neuen Preise hinterlegen wir ab der nächsten Lieferung.

    Mit freundlichen Grüßen
    Gerd Ostendorf
    """, "Acceptance that restates the offer's numbers.",
  who="Gerd Ostendorf|g.ostendorf@ostendorf-pap.example|Ostendorf Papierverarbeitung")

C("de-at", "gmail", "accept", X(None, None, -3, 60, 12), T(), """
    Geht in Ordnung, danke!

    Lg Martina
    """, "Acceptance written under the quoted offer.",
  who="Martina Gruber|m.gruber@gruber-verpackt.example|Gruber verpackt", shape="bottom")

C("de", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Sehr geehrter Herr Terhalle,

    5 % sind unmöglich, unser Preis bleibt.

    Mit freundlichen Grüßen
    Rüdiger Harms
    """, "A number named only to refuse it; no counter.",
  who="Rüdiger Harms|r.harms@harms-pack.example|Harms Pack")

C("de-ch", "webmail", "reject", X(None, None, -5, 60, None), T(), """
    Sehr geehrter Herr Terhalle

    Wir werden die Preise per Jahreswechsel anheben müssen, eine Senkung kommt daher leider nicht in Frage.

    Freundliche Grüsse
    Ursula Meier
    Meier Verpackungen AG
    """, "Decline that announces an increase without a number.",
  who="Ursula Meier|u.meier@meier-vp.example|Meier Verpackungen AG", pi=True, charset="iso-8859-1")

C("de", "gmail", "reject", X(None, None, -6, 60, None), T(), """
    Guten Tag,

    vielen Dank für die Anfrage, aber wir verzichten. Zu diesen Konditionen können wir nicht liefern.

    Freundliche Grüße
    Tobias Lenz
    """, "Polite walk-away.",
  who="Tobias Lenz|t.lenz@lenz-klebeband.example|Lenz Klebeband")

C("de", "outlook", "other", X(None, None, -6, 60, None), T(), """
    @Sabine: bitte prüfen, ob wir bei 3 % noch Marge haben. NICHT an den Kunden weiterleiten!

    Frank
    """, "Internal note sent to the buyer by mistake.",
  who="Frank Dierks|f.dierks@dierks-karton.example|Dierks Karton")

C("de", "gmail", "other", X(None, None, -5, 60, None), T(), """
    Hallo Herr Terhalle,

    können wir dazu kurz telefonieren? Ich bin morgen zwischen 9 und 11 Uhr unter 0521 555 4410 erreichbar.

    Gruß
    Sven Wittkamp
    """, "Call request with times and a phone number.",
  who="Sven Wittkamp|s.wittkamp@wittkamp-vp.example|Wittkamp Verpackung")

C("de-at", "outlook_plain", "other", X(None, None, -6, 60, None), T(), """
    Sehr geehrter Herr Terhalle,

    wir könnten Ihnen zwei Varianten anbieten:
    Variante A: 3 % Nachlass bei 45 Tagen Zahlungsziel
    Variante B: 5 % Nachlass bei 24 Monaten Laufzeit

    Bitte um kurze Info, was Ihnen lieber ist.

    Mit freundlichen Grüßen
    Ing. Peter Haider
    """, "Two alternative packages.",
  who="Peter Haider|p.haider@haider-kartonagen.example|Haider Kartonagen")

A("de", """
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 21.08. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an vertrieb@lohmann-wp.example oder Tel. 02371 555 800.

    Mit freundlichen Grüßen
    Andrea Lohmann
    """, "German out-of-office with a date and phone number.",
  who="Andrea Lohmann|a.lohmann@lohmann-wp.example|Lohmann Wellpappe", hdrs="ms",
  subj="Automatische Antwort: {subject}")

A("de-ch", """
    Sehr geehrte Damen und Herren

    Unser Betrieb bleibt vom 22. Dezember bis 5. Januar geschlossen. Ab dem 6. Januar sind wir gerne wieder für Sie da.

    Freundliche Grüsse
    Ihr Team der Studer Folien AG
    """, "Holiday closure notice without RFC 3834 headers.",
  who="Studer Folien|info@studer-folien.example|Studer Folien AG", hdrs="none",
  subj="Betriebsferien / {subject}")

B("de", "exchange", """
    Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

    {rcpt}
    Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und versuchen Sie erneut, die Nachricht zu senden.

    Diagnoseinformationen für Administratoren:
    Generierender Server: {mx}
    Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    """, "German Exchange non-delivery report.",
  who="Olaf Brede|o.brede@brede-pack.example|Brede Pack", subj="Unzustellbar: {subject}",
  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brenneis-hw.example>",
  status="5.1.1", diag="smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")

# ============================ Spanish ============================

C("es", "outlook", "counter", X(0.95, "EUR", -6, 60, None), T(p=-3), """
    Hola Lucía:

    El plazo que proponen nos vale. En precio podemos llegar a un 3 %, no más.

    Un saludo,
    Javier Olmedo
    Dpto. Comercial
    Cartonajes Olmedo S.A.
    """, "'El plazo que proponen nos vale' agrees payment by reference, price countered at 3 %.",
  who="Javier Olmedo|jolmedo@cartonajes-olmedo.example|Cartonajes Olmedo S.A.")

C("es-mx", "gmail", "counter", X(1.60, "USD", -6, 60, None), T(p=5), """
    Estimada Lucía,

    Bajar el 6% no es posible. De hecho, les informamos que a partir de junio habrá una actualización de tarifas del 5% por el alza de la resina.

    Saludos cordiales,
    Ing. Alejandro Cázares
    Plásticos del Bajío S.A. de C.V.
    """, "'Actualización de tarifas' upwards with a number beside a refused reduction.",
  who="Alejandro Cázares|acazares@plasticosbajio.example|Plásticos del Bajío S.A. de C.V.", pi=True)

C("es", "webmail", "counter", X(None, None, -5, 60, None), T(d=90, p=-2.5), """
    Buenos dias Lucia,

    Nuestra propuesta seria pago a 90 dias fecha factura y un descuento del 2,5%.

    Atentamente,
    Rosa Mª Ibarra
    Envases Ibarra
    """, "Sloppy accents, 'pago a 90 días fecha factura' as the payment term.",
  who="Rosa Ibarra|rosa@envases-ibarra.example|Envases Ibarra", charset="iso-8859-1")

C("es-ar", "gmail_mobile", "counter", X(None, None, -6, 60, None), T(p=-4, m=18), """
    dale, 4% pero con contrato por dieciocho meses. abrazo
    """, "Rioplatense informal counter with the term in words.",
  who="Martín Sosa|martin@sosa-embalajes.example|Sosa Embalajes")

C("es", "outlook_plain", "counter", X(None, None, -6, 60, None), T(p=-3, m=24), """
    Buenas tardes:

    El 6 % es imposible, pero un 3 sí podríamos si el contrato es a dos años.

    Saludos,
    Íñigo Larrañaga
    Embalajes Larrañaga S.L.
    """, "'El 6 % es imposible' reads as a rejection but a bare '3' counter follows, with a two-year term.",
  who="Íñigo Larrañaga|ilarranaga@emb-larranaga.example|Embalajes Larrañaga S.L.")

C("es-co", "apple", "counter", X(1950, "COP", -6, 60, None), T(up=1850, cur="COP", d=60), """
    Buen día Lucía,

    Podemos dejarla en $ 1.850 pesos por unidad, con pago a 60 días.

    Quedo atenta,
    Daniela Restrepo
    Empaques Andinos S.A.S.
    """, "Colombian pesos with a dot as thousands separator (1.850 = 1850 COP).",
  who="Daniela Restrepo|drestrepo@empaques-andinos.example|Empaques Andinos S.A.S.")

C("es", "thunderbird", "counter", X(None, None, -6, 60, None), T(v=250000, p=-4, r=1), """
    Hola Lucía,

    Si nos garantizan 250.000 unidades al año, bajamos un 4 % y damos además un rappel del 1 % a final de año.

    Saludos,
    Marc Vilaró
    """, "Volume commitment with a price cut and a year-end 'rappel' (rebate).",
  who="Marc Vilaró|marc@vilaro-films.example|Vilaró Films")

C("es-mx", "iphone", "accept", X(None, None, -5, 60, None), T(), """
    Vale, adelante. Gracias
    """, "Short 'vale, adelante' acceptance.",
  who="Paola Treviño|paola@trevino-cajas.example|Treviño Cajas")

C("es", "gmail", "accept", X(None, None, -5, 60, None), T(p=-5, d=60), """
    Hola Lucía:

    Aceptamos el 5 % y los 60 días. Nos pasáis el pedido cuando queráis.

    Un saludo,
    Carmen Ruiz
    """, "Acceptance restating both offered numbers.",
  who="Carmen Ruiz|cruiz@ruiz-papel.example|Papeles Ruiz")

C("es", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Estimada Lucía:

    Lamentablemente no podemos aceptar ninguna rebaja; nuestros precios se mantienen.

    Atentamente,
    Fernando Aguado
    """, "Refusal keeping the price.",
  who="Fernando Aguado|faguado@aguado-envases.example|Aguado Envases")

C("es-mx", "gmail", "reject", X(None, None, -6, 60, None), T(), """
    Hola Lucía,

    No podemos reducir el precio; al contrario, en julio habrá una actualización de tarifas para todos los clientes.

    Saludos,
    Gabriela Pineda
    """, "Decline announcing an unquantified tariff update.",
  who="Gabriela Pineda|gpineda@pineda-flex.example|Pineda Flex", pi=True)

C("es", "outlook", "other", X(None, None, -4, 60, 12), T(), """
    Hola Lucía:

    Por mi parte está bien, pero queda pendiente de aprobación por dirección. Te confirmo en cuanto lo firmen.

    Saludos,
    Alberto Nieto
    """, "Agreement pending management approval.",
  who="Alberto Nieto|anieto@nieto-cartones.example|Nieto Cartones")

C("es", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Buenos días:

    ¿El 6 % se aplicaría sobre el precio con portes incluidos o sin portes? Según eso les contestamos.

    Gracias,
    Lidia Campos
    """, "Question quoting the offered percent.",
  who="Lidia Campos|lcampos@campos-etiquetas.example|Campos Etiquetas")

A("es", """
    Gracias por su mensaje.

    Estaré fuera de la oficina hasta el 2 de septiembre, sin acceso al correo. Para temas urgentes pueden escribir a pedidos@soler-pack.example.

    Un saludo,
    Xavier Soler
    """, "Spanish out-of-office with a return date.",
  who="Xavier Soler|xsoler@soler-pack.example|Soler Pack", subj="Respuesta automática: {subject}")

B("es", "google", """
    ** No se ha encontrado la dirección **

    Tu mensaje no se ha podido entregar a {rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

    La respuesta del servidor remoto ha sido:

    550 5.1.1 The email account that you tried to reach does not exist.
    """, "Google-style bounce in Spanish.",
  who="Hugo Bermejo|hbermejo@bermejo-emb.example|Bermejo Embalajes",
  subj="Delivery Status Notification (Failure)", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
  diag="smtp; 550 5.1.1 The email account that you tried to reach does not exist.")

# ============================ French ============================

C("fr", "outlook", "counter", X(2.15, "EUR", -5, 60, None), T(p=-2), """
    Bonjour Madame Marchetti,

    Le délai de paiement proposé nous convient. Sur le prix, nous pouvons consentir un effort de 2 %.

    Bien cordialement,
    Nathalie Perrin
    Responsable commerciale
    Cartonnages Perrin SARL
    """, "Payment agreed by reference ('le délai proposé nous convient') with a 2 % counter.",
  who="Nathalie Perrin|n.perrin@cartonnages-perrin.example|Cartonnages Perrin SARL")

C("fr", "gmail", "counter", X(None, None, -6, 75, None), T(d=60, p=-3.5, m=24), """
    Bonjour,

    Nous pouvons proposer 60 jours fin de mois, et une baisse de 3,5 % si le contrat porte sur vingt-quatre mois.

    Cordialement,
    Julien Roussel
    Roussel Films Plastiques
    """, "60 jours fin de mois, a decimal-comma percent and a term in words in one sentence.",
  who="Julien Roussel|j.roussel@roussel-films.example|Roussel Films Plastiques")

C("fr-be", "webmail", "counter", X(None, None, -6, 60, None), T(p=-4, d=45), """
    bonjour

    on peut faire 4% mais paiement a 45 jours, pas plus.

    salutations
    Luc Dewaele
    """, "French without accents: price and payment counter.",
  who="Luc Dewaele|luc@dewaele-emballage.example|Dewaele Emballage", charset="windows-1252")

C("fr", "thunderbird", "counter", X(None, None, -5, 60, None), T(p=4.5), """
    Madame,

    La baisse demandée n'est pas envisageable. Nous devons au contraire appliquer une hausse de 4,5 % au 1er juin, liée au coût de la pâte à papier.

    Veuillez agréer, Madame, l'expression de nos salutations distinguées.

    Hervé Lemaire
    Papeteries Lemaire
    """, "'Hausse de 4,5 %' with a number beside a refused reduction.",
  who="Hervé Lemaire|h.lemaire@papeteries-lemaire.example|Papeteries Lemaire", pi=True)

C("fr-ca", "outlook_plain", "counter", X(1.22, "CAD", -6, 60, None), T(up=1.15, cur="CAD", d=30), """
    Bonjour Élodie,

    On pourrait descendre à 1,15 $ l'unité, paiement net 30. C'est notre meilleur prix.

    Merci,
    Geneviève Côté
    Emballages Côté inc.
    """, "Québec dollar price with a decimal comma ('1,15 $') and net 30.",
  who="Geneviève Côté|gcote@emballages-cote.example|Emballages Côté inc.", ql="fr")

C("fr", "apple", "counter", X(None, None, -6, 60, None), T(p=-3, v=100000), """
    Bonjour,

    Pas 6 %, mais 3 % c'est jouable, avec un engagement de 100 000 unités par an.

    Bonne journée,
    Sophie Brault
    """, "Refused 6 % followed by a 3 % counter tied to a volume with a space separator.",
  who="Sophie Brault|sophie@brault-sachets.example|Brault Sachets")

C("fr", "gmail", "accept", X(None, None, -4, 60, 12), T(), """
    D'accord pour nous. Merci de nous envoyer l'avenant.

    Cordialement,
    Patrick Morel
    """, "'D'accord pour nous' acceptance.",
  who="Patrick Morel|p.morel@morel-etiquettes.example|Morel Étiquettes")

C("fr-ch", "outlook", "accept", X(None, None, -5, 60, None), T(p=-5, d=60), """
    Bonjour Madame,

    Nous acceptons la baisse de 5 % et le paiement à 60 jours. Les nouveaux prix seront appliqués dès la prochaine commande.

    Meilleures salutations,
    Corinne Jaquet
    Jaquet Emballages SA
    """, "Acceptance restating both numbers.",
  who="Corinne Jaquet|c.jaquet@jaquet-emb.example|Jaquet Emballages SA")

C("fr", "outlook", "reject", X(None, None, -6, 60, None), T(), """
    Madame,

    Une baisse de 6 % est impossible ; notre tarif reste inchangé.

    Cordialement,
    Alain Dufresne
    """, "Number named only to refuse it, tariff unchanged.",
  who="Alain Dufresne|a.dufresne@dufresne-carton.example|Dufresne Carton")

C("fr", "webmail", "reject", X(None, None, -5, 60, None), T(), """
    Bonjour,

    Après réflexion, nous ne donnerons pas suite à votre proposition.

    Cordialement,
    Maryse Tessier
    """, "Short formal walk-away.",
  who="Maryse Tessier|m.tessier@tessier-pack.example|Tessier Pack", charset="iso-8859-1")

C("fr", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Bonjour Élodie,

    Pourriez-vous m'appeler ? Je préfère en discuter de vive voix, c'est plus simple.

    Merci,
    Karim Benali
    06 55 50 12 34
    """, "Call request.",
  who="Karim Benali|k.benali@benali-emballages.example|Benali Emballages")

C("fr", "outlook", "other", X(None, None, -4, 60, 12), T(), """
    Madame,

    Accord de principe de notre côté, sous réserve de validation par notre direction financière. Je reviens vers vous la semaine prochaine.

    Cordialement,
    Isabelle Fontaine
    """, "Agreement in principle pending the finance director's validation.",
  who="Isabelle Fontaine|i.fontaine@fontaine-cartons.example|Fontaine Cartons")

A("fr", """
    Bonjour,

    Je suis absente jusqu'au 25 août inclus. Pour toute urgence, merci de contacter le service commercial au 01 55 50 44 00.

    Cordialement,
    Claire Vidal
    """, "French out-of-office.",
  who="Claire Vidal|c.vidal@vidal-emballage.example|Vidal Emballage", subj="Réponse automatique : {subject}")

B("fr", "provider", """
    Bonjour,

    Votre message n'a pas pu être remis au destinataire suivant :

      {rcpt}

    Motif : adresse inconnue (550 5.1.1).

    Ceci est un message automatique, merci de ne pas y répondre.
    Le service de messagerie
    """, "French provider bounce.",
  who="Rémi Caron|r.caron@caron-films.example|Caron Films", subj="Échec de la remise : {subject}",
  frm="Service de messagerie <MAILER-DAEMON@mx1.maison-verlaque.example>")

# ============================ Dutch ============================

C("nl", "gmail", "counter", X(None, None, -5, 60, None), T(d=60, p=-2.5), """
    Hoi Hannah,

    De betalingstermijn van 60 dagen is akkoord. Qua prijs kunnen we 2,5% korting geven, verder gaan we niet.

    Groet,
    Bas Verhoeven
    Verhoeven Verpakkingen
    """, "Payment agreed with the number restated, price counter as 'korting'.",
  who="Bas Verhoeven|bas@verhoeven-verpakkingen.example|Verhoeven Verpakkingen")

C("nl-be", "outlook", "counter", X(1.05, "EUR", -6, 60, None), T(p=3), """
    Beste Hannah,

    Een korting zit er niet in. We voeren per 1 juli een prijsverhoging van 3% door, anders kunnen we niet blijven leveren.

    Met vriendelijke groeten,
    Lieve Claes
    Claes Karton NV
    """, "Dutch price increase with a number.",
  who="Lieve Claes|lieve.claes@claeskarton.example|Claes Karton NV", pi=True)

C("nl", "thunderbird", "counter", X(None, None, -6, 60, None), T(p=-4, m=24, d=45), """
    Hallo Hannah,

    4% korting bij een contract van twee jaar, betaling 45 dagen. Dat is ons voorstel.

    Met vriendelijke groet,
    Ruud Jansma
    """, "Price, two-year term in words and payment in Dutch.",
  who="Ruud Jansma|r.jansma@jansma-folie.example|Jansma Folie")

C("nl", "iphone", "accept", X(None, None, -4, 60, 12), T(), """
    Akkoord, prima zo.
    """, "Short Dutch acceptance.",
  who="Femke de Wit|femke@dewit-dozen.example|De Wit Dozen")

C("nl", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Beste Hannah,

    Helaas, we gaan hier niet in mee. Onze prijs blijft zoals hij is.

    Groet,
    Marco Bakker
    """, "Dutch refusal keeping the price.",
  who="Marco Bakker|m.bakker@bakker-pack.example|Bakker Pack")

C("nl", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Hoi Hannah,

    Kunnen we volgende week even bellen? Dan leg ik uit waar we staan.

    Groet,
    Sanne Mulder
    """, "Dutch call request.",
  who="Sanne Mulder|sanne@mulder-etiketten.example|Mulder Etiketten")

A("nl", """
    Beste afzender,

    Ik ben afwezig tot en met 3 augustus en lees mijn mail niet. Voor dringende zaken kunt u bellen met 020 555 3377.

    Met vriendelijke groet,
    Wim Kuipers
    """, "Dutch out-of-office.",
  who="Wim Kuipers|w.kuipers@kuipers-verpakking.example|Kuipers Verpakking", subj="Afwezig: {subject}")

# ============================ Italian ============================

C("it", "outlook", "counter", X(None, None, -5, 60, None), T(d=60, p=-2), """
    Buongiorno Hannah,

    il pagamento a 60 giorni va bene. Sul prezzo possiamo scendere del 2%, non oltre.

    Cordiali saluti,
    Francesca Moretti
    Moretti Imballaggi S.p.A.
    """, "Italian: payment restated, price counter.",
  who="Francesca Moretti|f.moretti@moretti-imballaggi.example|Moretti Imballaggi S.p.A.")

C("it", "gmail", "counter", X(0.70, "EUR", -6, 60, None), T(p=4), """
    Ciao Hannah,

    purtroppo lo sconto non lo possiamo fare. Anzi, dal primo settembre ci sarà un aumento del 4% su tutti gli articoli.

    Saluti
    Luca Bernardi
    """, "Italian increase with a number beside a refused discount.",
  who="Luca Bernardi|luca@bernardi-carta.example|Bernardi Carta", pi=True)

C("it", "webmail", "counter", X(None, None, -6, 60, None), T(p=-3.5, m=18, d=90), """
    Gentile Hannah,

    possiamo proporre uno sconto del 3,5% con contratto di diciotto mesi e pagamento 90 gg data fattura fine mese.

    Distinti saluti
    Roberto Colombo
    """, "Italian: term in words and '90 gg data fattura fine mese'.",
  who="Roberto Colombo|r.colombo@colombo-film.example|Colombo Film", charset="windows-1252")

C("it", "gmail_mobile", "accept", X(None, None, -5, 60, None), T(), """
    Va bene, procediamo. Grazie
    """, "Short Italian acceptance.",
  who="Chiara Ricci|chiara@ricci-scatole.example|Ricci Scatole")

C("it", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Gentile Hannah,

    non siamo in grado di accettare, il prezzo resta invariato.

    Cordialmente,
    Paolo Greco
    """, "Italian refusal keeping the price.",
  who="Paolo Greco|p.greco@greco-imballi.example|Greco Imballi")

C("it", "outlook_plain", "other", X(None, None, -6, 60, None), T(), """
    Buongiorno,

    lo sconto del 6% sarebbe sul listino o sul netto fattura? Ci serve saperlo prima di rispondere.

    Grazie
    Alessia Fontana
    """, "Italian question quoting the offered percent.",
  who="Alessia Fontana|a.fontana@fontana-pack.example|Fontana Pack")

B("it", "provider", """
    Gentile utente,

    il messaggio inviato a {rcpt} non è stato recapitato.

    Motivo: casella del destinatario inesistente (550 5.1.1 user unknown).

    Questo è un messaggio generato automaticamente.
    """, "Italian provider bounce.",
  who="Davide Conti|d.conti@conti-cartone.example|Conti Cartone", subj="Messaggio non recapitato: {subject}")

# ============================ Polish ============================

C("pl", "outlook", "counter", X(None, None, -5, 60, None), T(d=60, p=-3), """
    Dzień dobry Pani Hanno,

    termin płatności 60 dni jest OK. Cenę możemy obniżyć o 3%.

    Pozdrawiam serdecznie
    Agnieszka Nowak
    Nowak Opakowania Sp. z o.o.
    """, "Polish: payment restated, price counter.",
  who="Agnieszka Nowak|a.nowak@nowak-opakowania.example|Nowak Opakowania Sp. z o.o.")

C("pl", "webmail", "counter", X(2.50, "PLN", -6, 60, None), T(up=2.35, cur="PLN", m=12), """
    Dzień dobry,

    możemy zaproponować 2,35 zł netto za sztukę przy umowie na rok.

    Pozdrawiam
    Krzysztof Lewandowski
    """, "Złoty price where 'netto' means excluding VAT, with a one-year term.",
  who="Krzysztof Lewandowski|k.lewandowski@lewandowski-folie.example|Lewandowski Folie", charset="iso-8859-2")

C("pl", "gmail", "counter", X(None, None, -5, 60, None), T(p=5), """
    Dzień dobry,

    niestety obniżka nie wchodzi w grę. Od lipca wprowadzamy podwyżkę o 5% na cały asortyment.

    Z poważaniem
    Ewa Kamińska
    """, "Polish price increase (podwyżka) with a number.",
  who="Ewa Kamińska|e.kaminska@kaminska-karton.example|Kamińska Karton", pi=True)

C("pl", "gmail", "accept", X(None, None, -4, 60, 12), T(), """
    Zgoda, akceptujemy warunki. Proszę o przesłanie aneksu.

    Pozdrawiam
    Piotr Wójcik
    """, "Polish acceptance.",
  who="Piotr Wójcik|p.wojcik@wojcik-pack.example|Wójcik Pack")

C("pl", "outlook", "reject", X(None, None, -6, 60, None), T(), """
    Dzień dobry,

    niestety nie możemy obniżyć ceny. Pozostajemy przy obecnych warunkach.

    Z poważaniem
    Joanna Mazur
    """, "Polish refusal keeping the current terms.",
  who="Joanna Mazur|j.mazur@mazur-etykiety.example|Mazur Etykiety")

B("pl", "provider", """
    Witaj,

    Twoja wiadomość nie została dostarczona do adresata:

      {rcpt}

    Przyczyna: skrzynka odbiorcy nie istnieje (550 5.1.1).

    Wiadomość wygenerowana automatycznie.
    """, "Polish provider bounce in iso-8859-2.",
  who="Adam Krawczyk|a.krawczyk@krawczyk-tektura.example|Krawczyk Tektura",
  subj="Niedostarczona wiadomość: {subject}", charset="iso-8859-2", enc="8bit")

# ============================ Portuguese ============================

C("pt-br", "gmail", "counter", X(3.10, "BRL", -5, 60, None), T(p=6), """
    Olá Hannah,

    Infelizmente não conseguimos dar desconto. Teremos um reajuste de 6% a partir de agosto por causa do custo do papel.

    Abraços,
    Fernanda Lima
    Lima Embalagens Ltda.
    """, "Brazilian 'reajuste' increase with a number.",
  who="Fernanda Lima|fernanda@lima-embalagens.example|Lima Embalagens Ltda.", pi=True)

C("pt-pt", "outlook", "counter", X(None, None, -6, 60, None), T(p=-3, d=45), """
    Boa tarde Hannah,

    Podemos fazer 3% de desconto com pagamento a 45 dias.

    Cumprimentos,
    Rui Marques
    Marques & Filhos, Lda.
    """, "European Portuguese counter on price and payment.",
  who="Rui Marques|rui.marques@marques-filhos.example|Marques & Filhos, Lda.")

C("pt-br", "android", "counter", X(None, None, -6, 60, 12), T(p=-2.5, m=24), """
    Hannah, conseguimos um desconto de dois e meio por cento, com contrato de 24 meses.

    Att,
    Thiago Souza
    """, "Price in words ('dois e meio por cento') with a 24-month term.",
  who="Thiago Souza|thiago@souza-papel.example|Souza Papel")

C("pt-pt", "gmail", "accept", X(None, None, -5, 60, None), T(), """
    Está combinado. Podem avançar.

    Cumprimentos,
    Inês Carvalho
    """, "Portuguese acceptance.",
  who="Inês Carvalho|ines@carvalho-cartao.example|Carvalho Cartão")

C("pt-br", "outlook", "reject", X(None, None, -5, 60, None), T(), """
    Prezada Hannah,

    Infelizmente não conseguimos reduzir o preço neste momento.

    Atenciosamente,
    Ricardo Almeida
    """, "Brazilian refusal.",
  who="Ricardo Almeida|r.almeida@almeida-plasticos.example|Almeida Plásticos")

C("pt-br", "gmail", "other", X(None, None, -6, 60, None), T(), """
    Oi Hannah,

    Precisamos conversar por telefone antes, pode ser amanhã às 10h?

    Abs,
    Juliana Rocha
    """, "Brazilian call request.",
  who="Juliana Rocha|juliana@rocha-rotulos.example|Rocha Rótulos")

# ============================ Swedish ============================

C("sv", "outlook", "counter", X(None, None, -5, 60, None), T(p=-2), """
    Hej Hannah,

    Betalningsvillkoren går bra. På priset kan vi gå ner 2 procent.

    Vänliga hälsningar
    Erik Lindström
    Lindström Förpackningar AB
    """, "Swedish: payment agreed by reference only, price counter.",
  who="Erik Lindström|erik.lindstrom@lindstrom-forp.example|Lindström Förpackningar AB")

C("sv", "gmail", "counter", X(None, None, -6, 60, None), T(p=-3, m=24, d=30), """
    Hej,

    3 % rabatt om ni binder er på två år, 30 dagar netto.

    Mvh
    Anna Berg
    """, "Swedish counter with 'två år' and 30 dagar netto.",
  who="Anna Berg|anna@berg-kartong.example|Berg Kartong")

C("sv", "iphone", "accept", X(None, None, -4, 60, 12), T(), """
    Låter bra, vi kör på det.
    """, "Short Swedish acceptance.",
  who="Johan Nilsson|johan@nilsson-pack.example|Nilsson Pack")

C("sv", "gmail", "other", X(None, None, -4, 60, 12), T(), """
    Hej Hannah,

    Det ser bra ut, men beslutet tas av vår VD nästa vecka. Jag återkommer.

    Hälsningar
    Maria Ek
    """, "Swedish acceptance pending the CEO.",
  who="Maria Ek|maria@ek-forpackning.example|Ek Förpackning")

A("sv", """
    Hej,

    Jag är på semester till 10 augusti. Vid brådskande ärenden, kontakta order@holm-folie.example.

    Lars Holm
    """, "Swedish vacation auto-reply.",
  who="Lars Holm|lars@holm-folie.example|Holm Folie", subj="Autosvar: {subject}", hdrs="vac")

C("de", "thunderbird", "counter", X(2.60, "EUR", -6, 60, 12), T(p=-3), """
    Guten Morgen Herr Terhalle,

    meine Antworten direkt im Text.

    [[q]]
    [[0]]

    3 % maximal.

    [[1]]

    Einverstanden.

    [[2]]

    Auch ok.

    Gruß
    Dirk Hoppe
    """, "Inline German answers: 3 % under the price line, bare agreements under payment and term fill nothing.",
  who="Dirk Hoppe|d.hoppe@hoppe-wellpappe.example|Hoppe Wellpappe", shape="inline")

C("en-us", "webmail", "accept", X(None, None, -4, 60, 12), T(), """
    [[0]]
    OK.
    [[1]]
    OK.
    [[2]]
    OK.

    Pete Lasko
    Lasko Corrugated
    """, "Inline 'OK.' under each quoted line: an acceptance that restates no number.",
  who="Pete Lasko|pete@laskocorr.example|Lasko Corrugated", shape="inline")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Second fresh supplier-reply corpus for mailbot (format: /work/shared/corpus/SCHEMA.md).

Every case below is one call: C(...) for a reply typed by a person, A(...) for an
automatic reply, B(...) for a bounce. Each call holds the supplier's words, the label
and a one-sentence note. The buyer's quoted offer is rendered from the case's context
with the wording of the bot's templates, so quoted numbers always match last_offer.

    python3 make_corpus.py          # writes probe/, sealed/, parts.json
    python3 make_corpus.py --check  # re-parses and validates everything

Deterministic: no clock, seeded randomness only; dates, Message-IDs and MIME
boundaries derive from the case name.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import re
import shutil
import sys
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = []

# ---------------------------------------------------------------------------
# helpers for labels and contexts

TERM_KEYS = ["price_change_pct", "unit_price", "currency", "payment_days",
             "contract_months", "volume_units", "rebate_pct"]
INTENTS = {"counter", "accept", "reject", "auto_reply", "bounce", "other"}
ISO = {"EUR", "USD", "GBP", "CHF", "SEK", "PLN", "NOK", "DKK", "CZK", "BRL", "CAD",
       "AUD", "JPY", "CNY", "INR", "MXN", "HUF"}


def T(pct=None, price=None, cur=None, days=None, months=None, vol=None, reb=None):
    return {"price_change_pct": None if pct is None else float(pct),
            "unit_price": None if price is None else float(price),
            "currency": cur,
            "payment_days": days, "contract_months": months,
            "volume_units": vol,
            "rebate_pct": None if reb is None else float(reb)}


def K(base, cur, pct=-6.0, days=60, months=None):
    """Context: baseline unit price, currency, and the bot's last offer."""
    lo = None
    if pct is not None or days is not None or months is not None:
        lo = {"price_change_pct": None if pct is None else float(pct),
              "payment_days": days, "contract_months": months}
    return {"baseline_unit_price": None if base is None else float(base),
            "currency": cur, "last_offer": lo}


def _h(name, salt=""):
    return hashlib.sha256((salt + "/" + name).encode()).hexdigest()


# ---------------------------------------------------------------------------
# people, companies, dates

BUYERS = [("Anna Lindqvist", "Nordhaven Foods AB", "nordhaven.example"),
          ("Thomas Berger", "Kessler Maschinenbau GmbH", "kessler-mb.example"),
          ("Claire Dumont", "Groupe Valmorin SA", "valmorin.example"),
          ("Rachel Okafor", "Brightwell Retail Ltd", "brightwell.example"),
          ("Marco Vidal", "Industrias Altamar S.L.", "altamar.example")]

WD = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
      "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
      "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
      "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
      "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]}
MO = {"en": "January February March April May June July August September October November December",
      "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
      "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
      "nl": "januari februari maart april mei juni juli augustus september oktober november december",
      "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
      "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
      "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
      "sv": "januari februari mars april maj juni juli augusti september oktober november december"}
MO = {k: v.split() for k, v in MO.items()}
EN_WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MO3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def base_lang(lang):
    return lang.split("-")[0]


def rfc_date(d, tz="+0100"):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (EN_WD3[d.weekday()], d.day, EN_MO3[d.month - 1],
                                              d.year, d.hour, d.minute, d.second, tz)


TZ = {"en": (0, 1), "pt": (0, 1), "en-in": (5.5, 5.5), "en-cn": (8, 8), "pt-br": (-3, -3), "es-mx": (-6, -6),
      "fr-ca": (-5, -4)}


def sup_date(c, d):
    """d is the buyer's local time (+0100); render it in the sender's zone."""
    L = c["lang"]
    winter, summer = TZ.get(L, TZ.get(base_lang(L), (1, 2)))
    off = summer if 4 <= d.month <= 10 else winter
    local = d + dt.timedelta(hours=off - 1)
    sign = "+" if off >= 0 else "-"
    return rfc_date(local, "%s%02d%02d" % (sign, int(abs(off)), int(round((abs(off) % 1) * 60))))


def outlook_date(d, lang):
    L = base_lang(lang)
    w, m = WD[L][d.weekday()], MO[L][d.month - 1]
    t = "%02d:%02d" % (d.hour, d.minute)
    if L == "en":
        h12 = d.hour % 12 or 12
        return "%s, %d %s %d %d:%02d %s" % (w, d.day, m, d.year, h12, d.minute, "AM" if d.hour < 12 else "PM")
    if L == "de":
        return "%s, %d. %s %d %s" % (w, d.day, m, d.year, t)
    if L in ("es", "pt"):
        return "%s, %d de %s de %d %s" % (w, d.day, m, d.year, t)
    if L == "pl":
        return "%s, %d %s %d %s" % (w, d.day, m, d.year, t)
    return "%s %d %s %d %s" % (w, d.day, m, d.year, t)


OUTLOOK_HDR = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
               "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
               "es": ("De", "Enviado el", "Para", "Asunto"),
               "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
               "pl": ("Od", "Wysłano", "Do", "Temat"), "pt": ("De", "Enviada em", "Para", "Assunto"),
               "sv": ("Från", "Skickat", "Till", "Ämne")}
ORIG_MSG = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
            "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
            "nl": "-----Oorspronkelijk bericht-----", "it": "-----Messaggio originale-----",
            "pl": "-----Wiadomość oryginalna-----", "pt": "-----Mensagem original-----",
            "sv": "-----Ursprungligt meddelande-----"}
RE_PREFIX = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "nl": "RE:", "it": "R:",
             "pl": "Odp:", "pt": "RE:", "sv": "SV:"}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone", "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
          "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone"}
ANDROID = {"en": "Sent from my Galaxy", "de": "Von meinem Samsung Galaxy Smartphone gesendet.",
           "fr": "Envoyé depuis mon smartphone Samsung Galaxy.", "es": "Enviado desde mi smartphone Samsung Galaxy.",
           "nl": "Verzonden vanaf mijn Samsung Galaxy-smartphone.", "it": "Inviato dal mio smartphone Samsung Galaxy.",
           "pl": "Wysłane z mojego smartfona Samsung Galaxy.", "pt": "Enviado do meu smartphone Samsung Galaxy.",
           "sv": "Skickat från min Samsung Galaxy-smartphone."}


def gmail_attr(d, lang, who):
    L = base_lang(lang)
    t = "%02d:%02d" % (d.hour, d.minute)
    m3 = MO[L][d.month - 1][:3]
    wd = WD[L][d.weekday()][:3]
    if L == "en":
        return "On %s, %d %s %d at %s, %s wrote:" % (EN_WD3[d.weekday()], d.day, EN_MO3[d.month - 1], d.year, t, who)
    if L == "de":
        return "Am %s., %d. %s %d um %s Uhr schrieb %s:" % (wd[:2], d.day, MO[L][d.month - 1], d.year, t, who)
    if L == "fr":
        return "Le %s. %d %s %d à %s, %s a écrit :" % (wd, d.day, MO[L][d.month - 1], d.year, t, who)
    if L == "es":
        return "El %s, %d %s %d a las %d:%02d, %s escribió:" % (wd, d.day, m3, d.year, d.hour, d.minute, who)
    if L == "nl":
        return "Op %s %d %s %d om %s schreef %s:" % (wd[:2], d.day, m3, d.year, t, who)
    if L == "it":
        return "Il giorno %s %d %s %d alle ore %s %s ha scritto:" % (wd, d.day, m3, d.year, t, who)
    if L == "pl":
        return "%s., %d %s %d o %s %s napisał(a):" % (wd[:2], d.day, MO[L][d.month - 1][:3], d.year, t, who)
    if L == "pt":
        return "Em %s., %d de %s. de %d às %s, %s escreveu:" % (wd, d.day, m3, d.year, t, who)
    return "Den %s %d %s %d kl %s skrev %s:" % (wd, d.day, MO[L][d.month - 1], d.year, t, who)


def apple_attr(d, lang, who):
    L = base_lang(lang)
    t = "%02d:%02d" % (d.hour, d.minute)
    m = MO[L][d.month - 1]
    if L == "en":
        return "On %d %s %d, at %s, %s wrote:" % (d.day, EN_MO3[d.month - 1], d.year, t, who)
    if L == "de":
        return "Am %02d.%02d.%d um %s schrieb %s:" % (d.day, d.month, d.year, t, who)
    if L == "fr":
        return "Le %d %s %d à %s, %s a écrit :" % (d.day, m, d.year, t, who)
    if L == "es":
        return "El %d %s %d, a las %s, %s escribió:" % (d.day, m[:3], d.year, t, who)
    if L == "nl":
        return "Op %d %s %d om %s heeft %s het volgende geschreven:" % (d.day, m[:3], d.year, t, who)
    if L == "it":
        return "Il giorno %d %s %d, alle ore %s, %s ha scritto:" % (d.day, m[:3], d.year, t, who)
    if L == "pl":
        return "Wiadomość napisana przez %s w dniu %02d.%02d.%d, o godz. %s:" % (who, d.day, d.month, d.year, t)
    if L == "pt":
        return "Em %d de %s. de %d, à(s) %s, %s escreveu:" % (d.day, m[:3], d.year, t, who)
    return "%d %s %d kl. %s skrev %s:" % (d.day, m, d.year, t, who)


# ---------------------------------------------------------------------------
# the bot's outgoing offer, rendered with the templates' wording

def fmt_num(x, lang):
    s = ("%.2f" % x).rstrip("0").rstrip(".") if abs(x - round(x)) > 1e-9 else "%d" % round(x)
    return s.replace(".", ",") if lang in ("de", "fr", "es") else s


def money(x, lang):
    s = "%.2f" % x
    return s.replace(".", ",") if lang in ("de", "fr", "es") else s


def offer_lines(ctx, lang):
    lo, b, cur = ctx["last_offer"], ctx["baseline_unit_price"], ctx["currency"]
    out = []
    p, d, m = lo["price_change_pct"], lo["payment_days"], lo["contract_months"]
    if p is not None:
        a = fmt_num(abs(p), lang)
        new = None if b is None else b * (1 + p / 100.0)
        fromto = ""
        if b is not None:
            fromto = {"en": " (from %s to %s %s)", "de": " (von %s auf %s %s)",
                      "fr": " (de %s à %s %s)", "es": " (de %s a %s %s)"}[lang] % (
                money(b, lang), money(new, lang), cur)
        out.append({"en": "Unit price: %s%% reduction", "de": "Stückpreis: Senkung um %s %%",
                    "fr": "Prix unitaire : baisse de %s %%", "es": "Precio unitario: rebaja del %s %%"}[lang] % a + fromto)
    if d is not None:
        out.append({"en": "Payment terms: %d days net", "de": "Zahlungsziel: %d Tage netto",
                    "fr": "Délai de paiement : %d jours", "es": "Plazo de pago: %d días"}[lang] % d)
    if m is not None:
        out.append({"en": "Contract length: %d months", "de": "Vertragslaufzeit: %d Monate",
                    "fr": "Durée du contrat : %d mois", "es": "Duración del contrato: %d meses"}[lang] % m)
    return out


FORM = {"en": ["--- Your reply (edit the values and send) ---", "Unit price change (%, minus = reduction): ",
               "Payment terms (days): ", "Contract length (months): ", "Committed volume (units per year): ",
               "Rebate (%): ", "--- end ---"],
        "de": ["--- Ihre Antwort (Werte anpassen und absenden) ---", "Preisänderung pro Einheit (%, minus = Senkung): ",
               "Zahlungsziel (Tage): ", "Vertragslaufzeit (Monate): ", "Abnahmemenge (Stück pro Jahr): ",
               "Rückvergütung (%): ", "--- Ende ---"],
        "fr": ["--- Votre réponse (modifiez les valeurs puis envoyez) ---", "Variation du prix unitaire (%, moins = baisse) : ",
               "Délai de paiement (jours) : ", "Durée du contrat (mois) : ", "Volume engagé (unités par an) : ",
               "Remise de fin d'année (%) : ", "--- fin ---"],
        "es": ["--- Su respuesta (modifique los valores y envíe) ---", "Variación del precio unitario (%, menos = rebaja): ",
               "Plazo de pago (días): ", "Duración del contrato (meses): ", "Volumen comprometido (unidades al año): ",
               "Bonificación anual (%): ", "--- fin ---"]}


def form_lines(ctx, lang):
    lo = ctx["last_offer"]
    f = FORM[lang]
    v = lambda x: "" if x is None else (fmt_num(x, "en") if isinstance(x, float) else str(x))
    return [f[0], f[1] + v(lo["price_change_pct"]), f[2] + v(lo["payment_days"]),
            f[3] + v(lo["contract_months"]), f[4], f[5], f[6]]


INTRO = {
    "en": {"opening": "We are reviewing our supply of {item} and would like to propose the following terms:",
           "counter": "Thank you for your reply. Having looked at it carefully, we would like to propose:",
           "reminder": "A friendly reminder about our proposal for {item}, which is still open:"},
    "de": {"opening": "wir überprüfen derzeit unsere Bezugskonditionen für {item} und möchten Ihnen die folgenden Konditionen vorschlagen:",
           "counter": "vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
           "reminder": "wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:"},
    "fr": {"opening": "Dans le cadre de la revue de nos approvisionnements en {item}, nous souhaitons vous proposer les conditions suivantes :",
           "counter": "Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
           "reminder": "Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :"},
    "es": {"opening": "Estamos revisando nuestro suministro de {item} y nos gustaría proponerles las siguientes condiciones:",
           "counter": "Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
           "reminder": "Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:"}}
OUTRO = {
    "en": {"opening": "If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
           "counter": "If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
           "reminder": "We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below."},
    "de": {"opening": "Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
           "counter": "Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
           "reminder": "Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus."},
    "fr": {"opening": "Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
           "counter": "Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
           "reminder": "Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous."},
    "es": {"opening": "Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
           "counter": "Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
           "reminder": "Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente."}}
SUBJ = {"en": "{item}: pricing proposal [ref {ref}]", "de": "{item}: Preisvorschlag [ref {ref}]",
        "fr": "{item} : proposition tarifaire [ref {ref}]", "es": "{item}: propuesta de precios [ref {ref}]"}
REGARDS = {"en": "Kind regards,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,", "es": "Saludos cordiales,"}


def greeting(lang, sup):
    return {"en": "Dear %s," % sup, "de": "Sehr geehrtes Team von %s," % sup,
            "fr": "À l'attention de l'équipe %s\n\nMadame, Monsieur," % sup,
            "es": "Estimado equipo de %s:" % sup}[lang]


def bot_offer_text(c):
    L, ctx = c["tlang"], c["context"]
    kind = c["offer_kind"]
    lines = [greeting(L, c["sup_company"]), "", INTRO[L][kind].format(item=c["item"]), ""]
    lines += ["- " + x for x in offer_lines(ctx, L)]
    lines += ["", OUTRO[L][kind], ""] + form_lines(ctx, L) + ["", "", REGARDS[L], c["buyer"][0], c["buyer"][1]]
    return lines


# ---------------------------------------------------------------------------
# building the raw mail

def qp(data):
    out = quopri.encodestring(data, quotetabs=False)
    return out


def enc_body(text, charset, cte):
    """text uses \n; returns (cte header value, encoded bytes with CRLF)."""
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = qp(raw)
    else:
        b = raw
    b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return b


def pick_cte(text, charset, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit" if max(len(x) for x in text.split("\n")) <= 900 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


def leaf(ctype, text, charset="utf-8", cte=None, extra=""):
    cte = pick_cte(text, charset, cte)
    hdr = "Content-Type: %s; charset=\"%s\"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (
        ctype, charset, extra, cte)
    return hdr.encode("ascii") + enc_body(text, charset, cte)


def multipart(sub, parts, boundary):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p + b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return ("Content-Type: multipart/%s;\r\n\tboundary=\"%s\"\r\n\r\n" % (sub, boundary)).encode() + \
        b"This is a multi-part message in MIME format.\r\n\r\n" + out


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def addr(name, mail):
    try:
        name.encode("ascii")
        if re.search(r"[,.()<>@]", name):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), mail)


def text_to_html(text, quote_html=""):
    paras = []
    for block in text.split("\n"):
        paras.append("<p class=\"MsoNormal\">%s</p>" % (html.escape(block) if block.strip() else "&nbsp;"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>"
            "<body lang=\"EN-US\"><div class=\"WordSection1\">\n" + "\n".join(paras) + "\n" + quote_html +
            "\n</div></body></html>")


# ---------------------------------------------------------------------------
# case declarations

def C(name, lang, client, ctx, intent, terms, text, note, pi=False, shape="top", item="corrugated boxes",
      inline=None, charset="utf-8", cte=None, kind=None, sig_iphone=False, attach=None, fw=False,
      subject=None, from_domain=None):
    CASES.append(dict(kind="reply", name=name, lang=lang, client=client, context=ctx, intent=intent,
                      terms=terms, text=text.strip("\n"), note=note, pi=pi, shape=shape, item=item,
                      inline=inline, charset=charset, cte=cte, offer_kind=kind, attach=attach,
                      subject=subject, from_domain=from_domain))


def A(name, lang, client, ctx, text, note, headers=(), subject=None, charset="utf-8", cte=None,
      html_only=False, item="corrugated boxes", sender=None):
    CASES.append(dict(kind="auto", name=name, sender=sender, lang=lang, client=client, context=ctx, intent="auto_reply",
                      terms=T(), text=text.strip("\n"), note=note, pi=False, headers=list(headers),
                      subject=subject, charset=charset, cte=cte, html_only=html_only, item=item, offer_kind=None))


def B(name, lang, client, ctx, text, note, dsn=None, subject=None, sender=None, item="corrugated boxes",
      charset="utf-8", headers=()):
    CASES.append(dict(kind="bounce", name=name, lang=lang, client=client, context=ctx, intent="bounce",
                      terms=T(), text=text.strip("\n"), note=note, pi=False, dsn=dsn, subject=subject,
                      sender=sender, item=item, charset=charset, headers=list(headers), offer_kind=None))


SUPPLIER_FIRST = ["Mark", "Sandra", "Jürgen", "Élodie", "Javier", "Pieter", "Giulia", "Katarzyna", "João",
                  "Linnea", "Priya", "Wei", "Hannah", "Luca", "Marta", "Sven", "Olga", "Derek", "Fiona", "Rui",
                  "Maren", "Marc"]
SUPPLIER_LAST = ["Hollis", "Brandt", "Moreau", "Castillo", "de Vries", "Romano", "Nowak", "Ferreira",
                 "Berg", "Sharma", "Chen", "Whitaker", "Kowalczyk", "Lindahl", "Fischer", "Lambert"]
COMPANY = {"en": ["Ashdown Packaging Ltd", "Keystone Corrugated Inc", "Harbour Supplies Ltd", "Pinecrest Industrial LLC",
                  "Tamarind Exports Pvt Ltd", "Ningbo Hengda Trading Co., Ltd", "Calloway Fasteners Ltd",
                  "Redgate Logistics Ltd", "Brookfield Chemicals plc", "Summit Labels Pty Ltd"],
           "de": ["Wellpappe Lindner GmbH", "Hartmann Verpackungen KG", "Schubert Chemie AG", "Brenner Logistik GmbH"],
           "fr": ["Cartonnages Delorme SAS", "Emballages Vernier SARL", "Fournitures Ribaud SA"],
           "es": ["Embalajes Ortega S.L.", "Suministros Galán S.A.", "Cartonajes del Ebro S.L."],
           "nl": ["Verpakkingen Smit B.V.", "Van Dijk Karton B.V."],
           "it": ["Imballaggi Ferraro S.r.l.", "Cartotecnica Bassi S.p.A."],
           "pl": ["Opakowania Zielińscy Sp. z o.o.", "Kartpol S.A."],
           "pt": ["Embalagens Tavares Lda.", "Caixas Rocha Ltda."],
           "sv": ["Kartong & Emballage Norrby AB", "Lövgren Förpackning AB"]}


def derive(c):
    """Fill in names, dates, ids from the case name (deterministic)."""
    r = random.Random("fresh-corpus2/" + c["name"])
    L = base_lang(c["lang"])
    c["tlang"] = L if L in ("en", "de", "fr", "es") else "en"
    c["buyer"] = BUYERS[{"sv": 0, "de": 1, "fr": 2, "es": 4}.get(L, 3)]
    if c["item"] == "corrugated boxes":
        c["item"] = {"de": "Wellpappe-Kartons", "fr": "caisses en carton ondulé",
                     "es": "cajas de cartón ondulado"}.get(c["tlang"], c["item"])
    scan = c["text"] + "\n" + "\n".join((c.get("inline") or {}).values())
    comp = [x for v in COMPANY.values() for x in v if x in scan]
    c["sup_company"] = comp[0] if comp else r.choice(COMPANY[L])
    person = None
    for ln in scan.split("\n"):
        ln = ln.strip().rstrip(",")
        w = ln.split()
        if w and w[0] in SUPPLIER_FIRST and len(w) <= 3 and all(x[0].isupper() or x in ("de", "van") for x in w):
            person = ln
    if person is None:
        person = r.choice(SUPPLIER_FIRST)
    if " " not in person:
        person += " " + r.choice(SUPPLIER_LAST)
    c["sup_person"] = person
    dom = c.get("from_domain") or re.sub(r"[^a-z]", "", c["sup_company"].split()[0].lower()
                                          .replace("é", "e").replace("ń", "n").replace("ö", "o")) + ".example"
    c["sup_domain"] = dom
    c["sup_mail"] = re.sub(r"[^a-z.]", "", c["sup_person"].lower().replace(" ", ".")
                           .replace("ü", "ue").replace("é", "e").replace("ã", "a").replace("ã", "a")) + "@" + dom
    day0 = dt.datetime(2026, 1, 12, 8, 0) + dt.timedelta(days=r.randrange(0, 290), minutes=r.randrange(0, 600))
    while day0.weekday() >= 5:
        day0 += dt.timedelta(days=1)
    c["offer_date"] = day0
    c["reply_date"] = day0 + dt.timedelta(hours=r.randrange(2, 70), minutes=r.randrange(0, 59), seconds=r.randrange(60))
    c["ref"] = "NEG-%04d" % (int(_h(c["name"], "ref")[:6], 16) % 10000)
    tok = _h(c["name"], "tok")
    c["buyer_plus"] = "procurement+n%s.%s@%s" % (tok[:6], tok[6:18], c["buyer"][2])
    c["buyer_plain"] = "procurement@%s" % c["buyer"][2]
    c["offer_msgid"] = "<mailbot.%s@%s>" % (_h(c["name"], "offer")[:24], c["buyer"][2])
    c["msgid"] = "<%s@%s>" % (_h(c["name"], "msg")[:20].upper(), {"reply": "mail." + dom, "auto": "mx." + dom}.get(
        c["kind"], "mx." + c["buyer"][2]))
    c["boundary"] = "----=_NextPart_%s" % _h(c["name"], "b")[:24]
    if c["offer_kind"] is None:
        c["offer_kind"] = ["opening", "counter", "counter", "reminder"][int(_h(c["name"], "k")[:2], 16) % 4]
    c["offer_subject"] = SUBJ[c["tlang"]].format(item=c["item"], ref=c["ref"])
    return c


def quoted_plain(c, style):
    """The buyer's offer as it appears quoted in the reply (plain text)."""
    L = c["lang"]
    lines = bot_offer_text(c)
    who = "%s <%s>" % (c["buyer"][0], c["buyer_plus"])
    if style == "outlook":
        h = OUTLOOK_HDR[base_lang(L)]
        head = ["%s: %s" % (h[0], who), "%s: %s" % (h[1], outlook_date(c["offer_date"], L)),
                "%s: %s <%s>" % (h[2], c["sup_person"], c["sup_mail"]), "%s: %s" % (h[3], c["offer_subject"])]
        return ["", "________________________________"] + head + [""] + lines
    if style == "outlook_plain":
        h = OUTLOOK_HDR[base_lang(L)]
        head = ["%s: %s" % (h[0], who), "%s: %s" % (h[1], outlook_date(c["offer_date"], L)),
                "%s: %s" % (h[2], c["sup_mail"]), "%s: %s" % (h[3], c["offer_subject"])]
        return ["", ORIG_MSG[base_lang(L)]] + head + [""] + lines
    attr = apple_attr(c["offer_date"], L, who) if style == "apple" else gmail_attr(c["offer_date"], L, who)
    return [attr, ""] + [("> " + x).rstrip() if x else ">" for x in lines]


CLIENT_STYLE = {"outlook": "outlook", "outlook_plain": "outlook_plain", "owa": "outlook", "outlook_mobile": "outlook",
                "gmail": "gmail", "gmail_mobile": "gmail", "thunderbird": "gmail", "webmail": "gmail",
                "iphone": "apple", "apple": "apple", "android": "gmail", "none": None}
MAILER = {"outlook": "X-Mailer: Microsoft Outlook 16.0", "outlook_plain": "X-Mailer: Microsoft Outlook 16.0",
          "owa": "X-MS-Has-Attach: \r\nX-OriginatorOrg: {dom}", "outlook_mobile": "X-Mailer: Outlook for Android",
          "gmail": "", "gmail_mobile": "", "thunderbird": "User-Agent: Mozilla Thunderbird",
          "webmail": "User-Agent: Roundcube Webmail/1.6.9",
          "iphone": "X-Mailer: iPhone Mail (22D82)", "apple": "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
          "android": "X-Mailer: Samsung Mail", "none": ""}


def build_reply(c):
    style = CLIENT_STYLE[c["client"]]
    L = base_lang(c["lang"])
    text = c["text"]
    if c["client"] == "iphone":
        text = text + "\n\n" + IPHONE[L]
    if c["client"] == "android":
        text = text + "\n\n" + ANDROID[L]
    if c["client"] == "outlook_mobile":
        text = text + "\n\n" + {"de": "Outlook für Android herunterladen", "fr": "Obtenir Outlook pour Android",
                                "es": "Obtener Outlook para Android"}.get(L, "Get Outlook for Android")
    shape = c["shape"]
    if shape == "none" or style is None:
        plain = text
        q = []
    elif shape == "inline":
        q = quoted_plain(c, "gmail" if style != "apple" else "apple")
        out = [q[0], ""]
        body = bot_offer_text(c)
        ans = c["inline"]
        for i, ln in enumerate(body):
            out.append(("> " + ln).rstrip() if ln else ">")
            for key, val in ans.items():
                if key != "end" and key in ln and ln.strip():
                    out += [""] + val.split("\n") + [""]
        head = ans.get("start", "")
        plain = (head + "\n\n" if head else "") + "\n".join(out) + ("\n\n" + ans["end"] if "end" in ans else "")
        plain = plain.rstrip("\n")
        # text is the part outside the quote
    elif shape == "bottom":
        q = quoted_plain(c, style if style != "outlook" else "gmail")
        plain = "\n".join(q) + "\n\n" + text
    else:
        q = quoted_plain(c, style)
        plain = text + "\n" + ("\n" if style in ("gmail", "apple") else "") + "\n".join(q)
    plain = plain.replace("\r", "")
    parts_plain = plain + "\n"
    # html
    if shape in ("top",) and style:
        qlines = quoted_plain(c, style)
        if style == "outlook":
            qh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">" +
                  "".join("<p class=\"MsoNormal\">%s</p>" % (html.escape(x) or "&nbsp;") for x in qlines[2:7]) +
                  "</div>" + "".join("<p class=\"MsoNormal\">%s</p>" % (html.escape(x) or "&nbsp;") for x in qlines[7:]))
        else:
            qh = ("<div class=\"gmail_quote\"><div class=\"gmail_attr\">%s</div><blockquote style=\"margin:0 0 0 .8ex;"
                  "border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>" % (
                      html.escape(qlines[0]), "<br>".join(html.escape(x[2:]) for x in qlines[2:])))
        htm = text_to_html(text, qh)
    else:
        htm = text_to_html(plain)
    cs, cte = c["charset"], c["cte"]
    cl = c["client"]
    if cl == "android" and cte is None:
        cte = "base64"
    if cl in ("owa",):
        body = leaf("text/html", htm, cs, cte)
    elif cl in ("outlook", "gmail", "gmail_mobile", "outlook_mobile", "android", "apple") and not c.get("plain_only"):
        b1 = leaf("text/plain", parts_plain, cs, cte)
        b2 = leaf("text/html", htm, cs, cte)
        body = multipart("alternative", [b1, b2], c["boundary"])
    else:
        extra = "; format=flowed" if cl == "thunderbird" else ""
        body = leaf("text/plain", parts_plain, cs, cte or ("8bit" if cl in ("thunderbird", "webmail") else None), extra)
    if c.get("attach"):
        fname, payload = c["attach"]
        att = ("Content-Type: application/pdf; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n" % (fname, fname)).encode() + \
            base64.encodebytes(payload).replace(b"\n", b"\r\n")
        # body already carries its own Content-Type header lines
        body = multipart("mixed", [body, att], c["boundary"] + "_mx")
    subj = c["subject"] or (RE_PREFIX[L] + " " + c["offer_subject"])
    if c["intent"] and c.get("fw_subject"):
        subj = c["fw_subject"]
    hdrs = [
        "Return-Path: <%s>" % c["sup_mail"],
        "Delivered-To: %s" % c["buyer_plain"],
        "Received: from mail.%s (mail.%s [203.0.113.%d])\r\n\tby mx.%s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            c["sup_domain"], c["sup_domain"], int(_h(c["name"], "ip")[:2], 16) % 250 + 1, c["buyer"][2],
            _h(c["name"], "rid")[:12], c["buyer_plus"], rfc_date(c["reply_date"] + dt.timedelta(seconds=3))),
        "From: %s" % addr(c["sup_person"], c["sup_mail"]),
        "To: %s" % addr(c["buyer"][0], c["buyer_plus"]),
        "Subject: %s" % hdr_text(subj),
        "Date: %s" % sup_date(c, c["reply_date"]),
        "Message-ID: %s" % c["msgid"],
        "In-Reply-To: %s" % c["offer_msgid"],
        "References: %s" % c["offer_msgid"],
        "MIME-Version: 1.0",
    ]
    m = MAILER[cl].format(dom=c["sup_domain"])
    if m:
        hdrs.append(m)
    if cl in ("outlook", "owa"):
        hdrs.append("Thread-Index: AQH%s" % base64.b64encode(bytes.fromhex(_h(c["name"], "ti")[:24])).decode())
        hdrs.append("Content-Language: %s" % {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "nl": "nl-NL",
                                             "it": "it-IT", "pl": "pl-PL", "pt": "pt-PT", "sv": "sv-SE"}[L])
    return ("\r\n".join(hdrs) + "\r\n").encode() + body


def build_auto(c):
    L = base_lang(c["lang"])
    subj = c["subject"] or ({"en": "Automatic reply: ", "de": "Automatische Antwort: ", "fr": "Réponse automatique : ",
                             "es": "Respuesta automática: ", "nl": "Automatisch antwoord: ", "it": "Risposta automatica: ",
                             "pl": "Automatyczna odpowiedź: ", "pt": "Resposta automática: ",
                             "sv": "Automatiskt svar: "}[L] + c["offer_subject"])
    subj = subj.replace("{subject}", c["offer_subject"]).replace("{ref}", c["ref"])
    text = c["text"].replace("{ref}", c["ref"])
    if c["html_only"]:
        body = leaf("text/html", text_to_html(text), c["charset"], c["cte"])
    elif c["client"] == "outlook":
        body = multipart("alternative", [leaf("text/plain", text + "\n", c["charset"], c["cte"]),
                                         leaf("text/html", text_to_html(text), c["charset"], c["cte"])], c["boundary"])
    else:
        body = leaf("text/plain", text + "\n", c["charset"], c["cte"])
    hdrs = [
        "Return-Path: <%s>" % c["sup_mail"],
        "Delivered-To: %s" % c["buyer_plain"],
        "Received: from mail.%s (mail.%s [198.51.100.%d])\r\n\tby mx.%s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
            c["sup_domain"], c["sup_domain"], int(_h(c["name"], "ip")[:2], 16) % 250 + 1, c["buyer"][2],
            _h(c["name"], "rid")[:12], c["buyer_plus"], rfc_date(c["offer_date"] + dt.timedelta(minutes=1, seconds=7))),
        "From: %s" % (c["sender"] or addr(c["sup_person"], c["sup_mail"])),
        "To: %s" % addr(c["buyer"][0], c["buyer_plus"]),
        "Subject: %s" % hdr_text(subj),
        "Date: %s" % sup_date(c, c["offer_date"] + dt.timedelta(minutes=1)),
        "Message-ID: %s" % c["msgid"],
        "In-Reply-To: %s" % c["offer_msgid"],
        "References: %s" % c["offer_msgid"],
        "MIME-Version: 1.0",
    ] + [h.format(dom=c["sup_domain"]) for h in c["headers"]]
    if c["sender"]:
        hdrs[0] = "Return-Path: <%s>" % re.search(r"<([^>]+)>", c["sender"]).group(1)
    return ("\r\n".join(hdrs) + "\r\n").encode() + body


def orig_headers(c):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=\"utf-8\"\r\n" % (
                addr(c["buyer"][0], c["buyer_plus"]), c["sup_mail"], hdr_text(c["offer_subject"]),
                rfc_date(c["offer_date"]), c["offer_msgid"]))


def build_bounce(c):
    mta = "mx.%s" % c["buyer"][2]
    rcpt = c["sup_mail"]
    text = c["text"].replace("{rcpt}", rcpt).replace("{mta}", mta).replace("{dom}", c["sup_domain"]) \
        .replace("{subject}", c["offer_subject"]).replace("{date}", rfc_date(c["offer_date"]))
    sender = c["sender"] or "Mail Delivery System <MAILER-DAEMON@%s>" % mta
    sender = sender.replace("{mta}", mta).replace("{dom}", c["sup_domain"])
    subj = c["subject"] or "Undelivered Mail Returned to Sender"
    if c["dsn"]:
        status, action, diag = c["dsn"]
        ds = ("Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\nFinal-Recipient: rfc822; %s\r\n"
              "Original-Recipient: rfc822;%s\r\nAction: %s\r\nStatus: %s\r\nRemote-MTA: dns; mail.%s\r\n"
              "Diagnostic-Code: smtp; %s\r\n" % (mta, rfc_date(c["offer_date"]), rcpt, rcpt, action, status,
                                                  c["sup_domain"], diag.replace("{rcpt}", rcpt)))
        p1 = leaf("text/plain", text + "\n", c["charset"])
        p2 = b"Content-Type: message/delivery-status\r\n\r\n" + ds.encode()
        p3 = b"Content-Type: text/rfc822-headers\r\n\r\n" + orig_headers(c).encode()
        body = multipart("report", [p1, p2, p3], c["boundary"]).replace(
            b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1)
    else:
        full = text + "\n\n------ This is a copy of the message, including all the headers. ------\n\n" + \
            orig_headers(c).replace("\r\n", "\n") + "\n" + "\n".join(bot_offer_text(c)) + "\n"
        body = leaf("text/plain", full, c["charset"])
    hdrs = [
        "Return-Path: <>",
        "Delivered-To: %s" % c["buyer_plain"],
        "Received: by %s (Postfix)\r\n\tid %s; %s" % (mta, _h(c["name"], "rid")[:10].upper(),
                                                     rfc_date(c["offer_date"] + dt.timedelta(minutes=2))),
        "From: %s" % sender,
        "To: %s" % c["buyer_plain"],
        "Subject: %s" % hdr_text(subj),
        "Date: %s" % rfc_date(c["offer_date"] + dt.timedelta(minutes=2)),
        "Message-ID: %s" % c["msgid"],
        "MIME-Version: 1.0",
    ] + [h.replace("{rcpt}", rcpt) for h in c["headers"]]
    return ("\r\n".join(hdrs) + "\r\n").encode() + body


# ---------------------------------------------------------------------------
# split, write, check

def group_of(c):
    L = c["lang"]
    return "en-nn" if L.startswith("en-") else base_lang(L)


def split(cases):
    groups = {}
    for c in cases:
        groups.setdefault((c["intent"], group_of(c)), []).append(c["name"])
    part = {}
    start = 0
    for key in sorted(groups):
        names = sorted(groups[key])
        for i, n in enumerate(names):
            part[n] = ["probe", "sealed"][(i + start) % 2]
        if len(names) % 2:
            start = 1 - start
    return part


def label(c):
    return {"context": c["context"],
            "expected": {"intent": c["intent"], "price_increase": c["pi"], "terms": c["terms"]},
            "notes": c["note"]}


def build(c):
    if c["kind"] == "reply":
        return build_reply(c)
    if c["kind"] == "auto":
        return build_auto(c)
    return build_bounce(c)


def write():
    cases = [derive(c) for c in CASES]
    part = split(cases)
    for p in ("probe", "sealed"):
        shutil.rmtree(HERE / p, ignore_errors=True)
        (HERE / p).mkdir()
    labels = {"probe": {}, "sealed": {}}
    parts = {}
    for c in sorted(cases, key=lambda c: c["name"]):
        p = part[c["name"]]
        (HERE / p / (c["name"] + ".eml")).write_bytes(build(c))
        labels[p][c["name"]] = label(c)
        parts[c["name"]] = {"part": p, "language": c["lang"], "client": c["client"]}
    for p in labels:
        (HERE / p / "labels.json").write_text(json.dumps(labels[p], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "parts.json").write_text(json.dumps(parts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote %d cases: probe %d, sealed %d" % (len(cases), len(labels["probe"]), len(labels["sealed"])))


def check_label(name, lab, errs):
    def err(m):
        errs.append("%s: %s" % (name, m))
    if set(lab) != {"context", "expected", "notes"}:
        err("top keys")
        return
    ctx, exp = lab["context"], lab["expected"]
    if set(ctx) != {"baseline_unit_price", "currency", "last_offer"}:
        err("context keys")
    if ctx["currency"] is not None and ctx["currency"] not in ISO:
        err("context currency")
    if (ctx["baseline_unit_price"] is None) != (ctx["currency"] is None):
        err("baseline and currency go together")
    lo = ctx["last_offer"]
    if lo is not None and set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
        err("last_offer keys")
    if set(exp) != {"intent", "price_increase", "terms"}:
        err("expected keys")
    if exp["intent"] not in INTENTS:
        err("intent")
    if not isinstance(exp["price_increase"], bool):
        err("price_increase type")
    t = exp["terms"]
    if list(t) != TERM_KEYS:
        err("term keys")
        return
    for k in ("price_change_pct", "unit_price", "rebate_pct"):
        if t[k] is not None and not isinstance(t[k], float):
            err(k + " type")
    for k in ("payment_days", "contract_months", "volume_units"):
        if t[k] is not None and (not isinstance(t[k], int) or t[k] <= 0):
            err(k + " type")
    if t["currency"] is not None and (t["currency"] not in ISO or t["unit_price"] is None):
        err("currency needs a unit_price and an ISO code")
    if t["unit_price"] is not None and t["unit_price"] <= 0:
        err("unit_price")
    filled = [k for k in TERM_KEYS if t[k] is not None]
    if exp["intent"] in ("other", "reject", "auto_reply", "bounce") and filled:
        err("terms must be null for " + exp["intent"])
    if exp["intent"] == "counter" and not filled:
        err("counter states no term")
    if exp["intent"] in ("auto_reply", "bounce", "accept") and exp["price_increase"]:
        err("price_increase on " + exp["intent"])
    p = t["price_change_pct"]
    if p is not None and ((p > 0) != exp["price_increase"]):
        err("price change sign disagrees with price_increase")
    if exp["intent"] == "counter" and exp["price_increase"] and p is None and t["unit_price"] is None:
        err("increase counter without a number")
    if not isinstance(lab["notes"], str) or not lab["notes"].strip() or \
            len(re.findall(r"[.!?](\s|$)", lab["notes"].strip())) != 1 or not lab["notes"].strip().endswith("."):
        err("note must be one sentence")


def check():
    cases = [derive(c) for c in CASES]
    byname = {c["name"]: c for c in cases}
    errs = []
    if len(byname) != len(cases):
        errs.append("duplicate case names")
    parts = json.loads((HERE / "parts.json").read_text(encoding="utf-8"))
    want = split(cases)
    msgids = set()
    seen = set()
    for p in ("probe", "sealed"):
        labels = json.loads((HERE / p / "labels.json").read_text(encoding="utf-8"))
        emls = {f.stem for f in (HERE / p).glob("*.eml")}
        if emls != set(labels):
            errs.append("%s: eml files and labels differ" % p)
        for name in sorted(labels):
            seen.add(name)
            c = byname.get(name)
            if c is None:
                errs.append("%s: not in generator" % name)
                continue
            if parts[name]["part"] != p or want[name] != p:
                errs.append("%s: wrong part" % name)
            if labels[name] != json.loads(json.dumps(label(c))):
                errs.append("%s: labels.json out of date" % name)
            check_label(name, labels[name], errs)
            raw = (HERE / p / (name + ".eml")).read_bytes()
            if raw != build(c):
                errs.append("%s: eml out of date (not deterministic?)" % name)
            if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
                errs.append("%s: line endings are not CRLF" % name)
            if any(len(x) > 998 for x in raw.split(b"\r\n")):
                errs.append("%s: line over 998 octets" % name)
            head = raw.split(b"\r\n\r\n", 1)[0]
            try:
                head.decode("ascii")
            except UnicodeDecodeError:
                errs.append("%s: 8-bit header" % name)
            texts = []
            for pol in (email.policy.compat32, email.policy.default):
                msg = email.message_from_bytes(raw, policy=pol)
                for hname in ("From", "To", "Subject", "Date", "Message-ID"):
                    if msg[hname] is None:
                        errs.append("%s: missing %s" % (name, hname))
                mid = str(msg["Message-ID"])
                for part in msg.walk():
                    if part.is_multipart():
                        continue
                    if part.defects:
                        errs.append("%s: defects %r" % (name, part.defects))
                    ct = part.get_content_type()
                    if pol is email.policy.default:
                        if ct.startswith("text/"):
                            texts.append(part.get_content())
                        else:
                            part.get_content()
                    else:
                        part.get_payload(decode=True)
                if msg.defects:
                    errs.append("%s: defects %r" % (name, msg.defects))
            if mid in msgids:
                errs.append("%s: duplicate Message-ID" % name)
            msgids.add(mid)
            if c["kind"] == "reply" and c["shape"] != "none":
                alltext = "\n".join(texts)
                for ln in offer_lines(c["context"], c["tlang"]):
                    if ln not in alltext and html.escape(ln) not in alltext:
                        errs.append("%s: quoted offer line missing: %s" % (name, ln))
            if c["kind"] == "reply" and c["context"]["last_offer"] is None and c["shape"] != "none":
                errs.append("%s: a quote needs a last_offer" % name)
    if seen != set(byname):
        errs.append("cases missing from the output: %s" % sorted(set(byname) - seen))
    if errs:
        print("\n".join(errs))
        print("CHECK FAILED: %d problem(s)" % len(errs))
        return 1
    print("check passed: %d cases, both policies parse, CRLF only, labels valid, split as documented" % len(cases))
    return 0


def stats():
    cases = [derive(c) for c in CASES]
    part = split(cases)
    from collections import Counter
    for p in ("probe", "sealed", None):
        sel = [c for c in cases if p is None or part[c["name"]] == p]
        print(p or "all", len(sel), dict(Counter(c["intent"] for c in sel)))
        print("   ", dict(sorted(Counter(group_of(c) for c in sel).items())))
    print(dict(Counter((c["intent"], c["lang"]) for c in cases)))


# ===========================================================================
# THE CASES
# ===========================================================================

# ---------------------------------------------------------------- English, native
SIG_ASH = """Mark Hollis
Key Account Manager | Ashdown Packaging Ltd
Unit 4, Brookside Trading Estate, Redditch B98 0XX
T: +44 (0)1527 555 014  M: +44 7700 900 412
VAT Reg. No. GB 123 4567 89 | Registered in England No. 04417723

This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Ashdown Packaging Ltd accepts no
liability for viruses transmitted with this message."""

C("en01", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(pct=-4, days=50), """
Hi Rachel,

Thanks for this. 6% is more than we can carry on this grade - board prices haven't come down the way
everyone hoped. What I can do is 4% off and Net 50. That's genuinely the floor for us.

Best,
""" + SIG_ASH, "Refers to the offered 6 % before countering with two terms in plain sentences under a long legal signature.")

C("en02", "en", "gmail", K(1.20, "GBP", -5, 60), "counter", T(pct=-3), """
Hello,

We can't get to five. Three percent off the current list we can do, payment terms as they are now.

Regards
Fiona
""", "A counter in words where payment is only referred to without a number, so only the price is filled.", item="kraft tape")

C("en03", "en", "outlook", K(0.84, "EUR", -4, 60, 12), "accept", T(), """
Rachel - that's fine by us, go ahead and send the paperwork.

Derek
""", "A short acceptance top-posted over an Outlook block whose quoted numbers must not count as terms.", item="pallet wrap")

C("en04", "en", "iphone", K(3.10, "USD", -6, 60), "reject", T(), """
Sorry, we're going to pass on this one. Margins on this line are already thin and we won't be reducing.
""", "A phone-typed decline without any counter proposal.", item="shipping cartons")

C("en05", "en", "thunderbird", K(12.50, "USD", -6, 60), "counter", T(pct=-2, days=45, months=24), """
Rachel,

Happy to talk but not at those numbers. We'd do 2% off if you sign for two years, payment staying at
45 days.

--
Derek Whitaker
Pinecrest Industrial LLC | 4410 Ridge Rd, Dayton OH 45404 | (937) 555-0143
""", "Three terms in one sentence, a contract stated in years and a payment term kept by restating its number.", item="steel strapping")

C("en06", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(price=5.79, cur="USD"), """
Hi,

Please see below. Best we can quote is US$5.79 per unit delivered, effective from the 1st of next
month. Everything else stays as per the current agreement.

Kind regards,
Hannah Whitaker
Customer Service Team Lead
Keystone Corrugated Inc. | Toll free 1-800-555-0199 ext. 221
""", "A counter stated only as an absolute unit price with a US$ sign.")

C("en07", "en", "gmail", K(0.42, "GBP", -6, 60), "counter", T(pct=-5, vol=250000), """
Rachel

If you can commit to 250,000 pieces over the year we'll go to 5% off. Without the volume it stays at
the current price, I'm afraid.

Thanks
Sandra
""", "A discount tied to a committed yearly volume written with a thousands separator.", item="poly mailers")

C("en08", "en", "outlook", K(2.35, "EUR", -6, 60), "counter", T(pct=3, days=30), """
Good morning Rachel,

I'm afraid I have to go the other way. Our resin supplier has put through a further increase and we
need to move the price up by 3% from April. We'd also need to bring payment back to 30 days.

Apologies, I know this isn't what you were hoping for.

Fiona Lambert
Harbour Supplies Ltd
""", "A price increase with a number plus a shorter payment term, answering a reduction request.", pi=True, item="stretch film")

C("en09", "en", "outlook_plain", K(6.00, "USD", -4, 60, 12), "accept", T(), """
Agreed. Please confirm the start date.

Thanks,
Mark
""", "A two-word acceptance above a plain-text Original Message block.")

C("en10", "en", "gmail", K(18.00, "GBP", -6, 60), "other", T(), """
Hi Rachel,

Before I go back to my director, could you clarify whether the 6% would apply to the printed SKUs as
well or just the plain ones? And is the 60 days from invoice or from delivery?

Cheers,
Sandra
""", "Questions that name the offered numbers without proposing anything.", item="printed display trays")

C("en11", "en", "outlook", K(6.00, "USD", -6, 60), "other", T(), """
Rachel,

Could we jump on a call this week? Easier to walk through the numbers than go back and forth by email.
I'm free Thursday after 2pm, or Friday morning. My mobile is 07700 900 318.

Mark
""", "A call request with a phone number and times but no terms.")

C("en12", "en", "gmail", K(6.00, "USD", -6, 60), "other", T(), """
Hi Rachel,

A couple of options for you to consider:

a) 3% off at Net 45, or
b) 4.5% off at Net 30

Let me know which works better on your side.

Derek
""", "Two alternative packages, which a human has to choose between.")

C("en13", "en", "outlook", K(0.95, "USD", -5, 60), "counter", T(pct=-2.5, days=60), """
Hi Rachel,

Net 60 works. On price we can meet you at two and a half percent, not five.

Best regards,
Hannah
""", "A payment term agreed by reference and a price counter spelled out in words.", item="bubble wrap rolls")

C("en14", "en", "apple", K(6.00, "USD", -4, 60, 12), "counter", T(pct=-4, days=60, months=6), """
Rachel, the 4% and the 60 days we can live with. Twelve months is too long for us given where
paper prices are heading - six months would work.

Derek
""", "Two offered terms restated as agreed while the contract length is countered, so it is a counter.")

C("en15", "en", "outlook", K(6.00, "USD", -6, 60), "reject", T(), """
Dear Rachel,

Thank you for the proposal. After reviewing it internally we have decided not to offer any
further reduction for the coming period. We value the relationship and hope to continue supplying
at the current terms.

Yours sincerely,
Mark Hollis
""" + SIG_ASH, "A formal decline that keeps current terms without restating any number.")

C("en16", "en", "gmail_mobile", K(6.00, "USD", -6, 60), "counter", T(pct=-3, days=45, reb=1.5), """
3% off, 45 days and we'd add a 1.5% year-end rebate if you go over last year's spend. That's our best.

Sent from Gmail Mobile
""", "A short mobile counter with a rebate next to a price reduction and a payment term.")

C("en17", "en", "outlook", K(4.40, "USD", -6, 60), "counter", T(pct=5, price=4.62, cur="USD"), """
Rachel,

Not a reduction I'm afraid - our costs on aluminium have gone through the roof. We have to increase
by 5% on 1 June, which takes the unit to $4.62.

Regards,
Hannah Whitaker
Keystone Corrugated Inc.
""", "An increase stated both as a percent and as a new unit price in dollars.", pi=True, item="aluminium trays")

C("en18", "en", "outlook", K(6.00, "USD", -4, 60), "other", T(), """
Hi Rachel,

Yes in principle to 4% and 60 days, but I'll need sign-off from our finance director before I can
confirm formally. He's back on Monday.

Mark
""", "An acceptance in principle pending a director's sign-off.")

C("en19", "en", "gmail", K(6.00, "USD", -6, 60), "counter", T(days=30), """
Hi Rachel,

We don't do 60 days for anyone. We could offer 2/10 net 30 if that helps your cash flow, price
unchanged.

Sandra
""", "A cash-discount payment term that gives 30 days and is not a price change.")

C("en20", "en", "webmail", K(6.00, "USD", -6, 60), "reject", T(), """
Hello

We are not in a position to reduce prices this year. Please note our current prices are already
below market.

Olga
Sales Office
""", "A short decline from a webmail client with no counter.")

C("en21", "en", "outlook", K(2.80, "GBP", -6, 60), "counter", T(pct=-1.5), """
Rachel,

I've pushed as hard as I can internally. One and a half per cent is all I can get approved.

Kind regards
Fiona
""", "A price counter spelled out as one and a half per cent.", item="cardboard dividers")

C("en22", "en", "gmail", K(6.00, "USD", -6, 60), "counter", T(pct=-3, days=45), "", 
  "Inline answers typed under each quoted offer line, with the price and payment countered separately.",
  shape="inline", inline={"Unit price:": "We can do 3%, not 6.", "Payment terms:": "45 days is our limit.",
                          "end": "Thanks\nDerek"})

C("en23", "en", "outlook", K(6.00, "USD", -6, 60), "accept", T(), """
Hi Rachel,

We accept your offer as stated. Please send the updated purchase agreement to accounts@ and me.

Thanks and regards,
Hannah
""", "A plain acceptance of the offer as it stands.")

C("en24", "en", "outlook", K(6.00, "USD", -6, 60), "other", T(), """
Dear Rachel,

Please note that with effect from 1 May our bank details have changed. All future payments should
be made to our new account at Lloyds, sort code 30-00-00, account 01234567. Please update your
records and confirm.

Regards,
Accounts Receivable
""", "A bank-detail change request, which a human must verify.", from_domain="ashdown-packaging.example")

C("en25", "en", "apple", K(6.00, "USD", -4, 60, 12), "accept", T(months=12), """
Hi Rachel,

The 12 months are fine, and so is the rest. Deal.

Sandra
""", "An acceptance that restates only the contract length by reference.")

C("en26", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(pct=-6, days=45), """
Rachel,

We accept the 6% but payment would have to stay at 45 days.

Mark
""", "A 'we accept' that changes one term, which makes it a counter.")

C("en27", "en", "iphone", K(6.00, "USD", -6, 60), "counter", T(pct=-4), """
Can do 4. Not 6. Terms as now.
""", "A terse phone counter where a bare number means percent from the quoted context.")

C("en28", "en", "outlook", K(6.00, "USD", -6, 60), "other", T(), """
Hi Rachel,

Depending on volume we could go anywhere between 3 and 5 percent. If you can share a forecast for
the next 12 months I'll come back with a firm number.

Regards,
Hannah
""", "A range of price changes tied to a forecast, which is not a single proposal.")

C("en29", "en", "outlook", K(6.00, "USD", -6, 60), "reject", T(), """
Hi Rachel,

Thanks but no thanks. If anything our prices need to go up later this year, we'll be in touch
separately about that.

Derek
""", "A decline that announces an increase without a number.", pi=True)

C("en30", "en", "outlook", K(6.00, "USD", -6, 60), "other", T(), """
Rachel,

Given the pressure on raw materials I need to discuss a price adjustment with you rather than a
reduction. Can you give me 20 minutes on Teams next week?

Mark
""", "A call request about an unquantified increase.", pi=True)

C("en31", "en", "gmail", K(6.00, "USD", -6, 60), "counter", T(days=60, months=12), """
Hi Rachel,

We'll take the 60 days if you give us a 12-month agreement. Price has to stay where it is though.

Cheers
Sandra
""", "A payment term agreed by reference in exchange for a contract length, with no price change.")

C("en32", "en", "owa", K(6.00, "USD", -6, 60), "accept", T(), """
Rachel, all good - we are happy to proceed on that basis. Thanks for your patience.

Fiona
""", "An HTML-only Outlook on the web acceptance.")

C("en33", "en", "outlook", K(6.00, "USD", -4, 60, 12), "counter", T(pct=-3.5, days=60, months=12), """
Hi,

So close. Three and a half and you have a deal - the 60 days and the 12 months are no problem.

Best,
Hannah
""", "A price counter in words while the offered payment and contract terms are agreed by reference.")

C("en34", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(pct=-2, days=45), """
Hi Rachel,

Your 6% is impossible for us and the Net 60 you mention is outside our credit policy. We could
consider 2% at Net 45.

Regards,
Mark
""", "Refused offered numbers appear before the real counter, all in one short paragraph.")

C("en35", "en", "thunderbird", K(6.00, "USD", -6, 60), "accept", T(pct=-6, days=60), """
Rachel,

Confirmed: 6% off and Net 60 from the next invoice run.

--
Derek
""", "An acceptance that restates the offered terms exactly.", shape="bottom")

C("en36", "en", "outlook", K(6.00, "USD", -6, 60), "other", T(), """
Rachel,

Forwarding to our commercial manager who handles pricing - Jo, can you pick this up please?

Mark
""", "A hand-off to a colleague with no answer yet.")

C("en37", "en", "gmail", K(6.00, "USD", -6, 60), "counter", T(pct=-3, months=36), """
Hi Rachel,

Tell you what - three years' commitment and we'll take 3% off. That gives us both some stability.

Sandra
""", "A contract length stated in years with a price counter.")

C("en38", "en", "outlook", K(6.00, "USD", -6, 60), "reject", T(), """
Dear Ms Okafor,

We have reviewed your request and regret that we are unable to accommodate it. Our pricing is
set centrally and cannot be negotiated at branch level.

Kind regards
Customer Service
Summit Labels Pty Ltd | ABN 12 345 678 901 | +61 2 5550 1234
""", "A polite decline with an ABN and a phone number in the signature.")

C("en39", "en", "outlook", K(6.00, "USD", -4, 60, 12), "accept", T(), """
Morning Rachel,

Works for us. Happy to sign.

Derek
""", "An acceptance in a colloquial wording.")

C("en40", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(price=5.70, cur="EUR"), """
Dear Rachel,

Our European entity will invoice from next quarter, so please find our offer in euros:
EUR 5.70 per unit, DAP your Rotterdam warehouse. Other conditions unchanged.

Kind regards,
Hannah
""", "A unit price in a currency different from the USD baseline.")

C("en41", "en", "gmail", K(6.00, "USD", -6, 60), "other", T(), """
Rachel,

Is this the final round? If so I'd rather put our best and final in writing with my MD copied. Let
me know.

Sandra
""", "A procedural question with no terms.")

C("en42", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(pct=-4, days=60), """
Hi Rachel

4% and 60 days. That's where we can land. We'll need a purchase order by the end of the month to
hold it.

Mark
""", "A counter whose terms are half what was asked, with an order deadline that is not a term.")

C("en43", "en", "outlook_plain", K(6.00, "USD", -6, 60), "reject", T(), """
Rachel,

No. We've held prices for three years already.

M.
""", "A one-word refusal where the years mentioned are history, not a term.")

# English machine mail
A("en44", "en", "outlook", K(6.00, "USD", -6, 60), """
Thank you for your email. I am out of the office until Monday 16th with limited access to email.
For urgent pricing matters please contact sales@keystone.example or call +1 937 555 0100.

Hannah
""", "An Exchange out-of-office with the usual automatic headers.",
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

A("en45", "en", "none", K(6.00, "USD", -6, 60), """
Hi, thanks for getting in touch!

Your request has been received and a ticket has been created: #{ref}-88213. One of our team will
respond within 2 business days. Please keep the ticket number in the subject line of any reply.

Pinecrest Customer Care
""", "A helpdesk acknowledgement without RFC 3834 headers, and with a ticket number that is no term.",
  subject="[Ticket #88213] Received: {subject}",
  sender="Pinecrest Customer Care <support@pinecrest.example>")

A("en46", "en", "outlook", K(6.00, "USD", -4, 60, 12), """
I'm on annual leave returning 3 June. I will have no access to email. Your message will not be
forwarded. For anything that cannot wait, please contact my colleague Jo Pratt (jo.pratt@ashdown.example).
""", "An annual-leave notice with no automatic headers at all, only the subject says it.",
  subject="Out of Office: {subject}")

A("en47", "en", "none", K(6.00, "USD", -6, 60), """
This mailbox is no longer monitored. Please send all commercial enquiries to
commercial@harbour.example. This is an automated message, please do not reply.
""", "An unmonitored-mailbox notice with a precedence header only.",
  headers=["Precedence: bulk"], subject="Mailbox not monitored: {subject}",
  sender="Harbour Supplies <info@harbour.example>")

A("en48", "en", "none", K(6.00, "USD", -6, 60), """
Our offices are closed from 24 December to 2 January for the holiday period. We will respond to your
email when we reopen. Wishing you a happy festive season!

Summit Labels
""", "A seasonal closure notice sent automatically with X-Autoreply.",
  headers=["X-Autoreply: yes", "Auto-Submitted: auto-replied"], subject="Re: {subject}",
  sender="Summit Labels <hello@summitlabels.example>")

B("en49", "en", "postfix", K(6.00, "USD", -6, 60), """
This is the mail system at host {mta}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: host mail.{dom}[203.0.113.9] said: 550 5.1.1 <{rcpt}>:
    Recipient address rejected: User unknown in virtual mailbox table
""", "A Postfix DSN for an unknown recipient.", dsn=("5.1.1", "failed", "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown"))

B("en50", "en", "exchange", K(6.00, "USD", -4, 60, 12), """
Delivery has failed to these recipients or groups:

{rcpt}
The recipient's mailbox is full and can't accept messages now. Please try resending this message
later, or contact the recipient directly.

Diagnostic information for administrators:
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", "An Exchange NDR for a full mailbox.", dsn=("5.2.2", "failed", "554 5.2.2 mailbox full"),
  sender="Microsoft Outlook <postmaster@{dom}>", subject="Undeliverable: {subject}")

B("en51", "en", "exim", K(6.00, "USD", -6, 60), """
This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {mta}.

The message identifier is:     1tQx4n-0007Kd-2B
The subject of the message is: {subject}
The date of the message is:    {date}

The address to which the message has not yet been delivered is:

  {rcpt}
    Delay reason: SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""", "A plain-text Exim delay warning, which is a bounce although delivery may still succeed.",
  subject="Warning: message 1tQx4n-0007Kd-2B delayed 24 hours", sender="Mail Delivery System <Mailer-Daemon@{mta}>",
  headers=["Auto-Submitted: auto-replied", "X-Failed-Recipients: {rcpt}"])

B("en52", "en", "gateway", K(6.00, "USD", -6, 60), """
Your message to {rcpt} was blocked by the recipient's email security gateway.

Reason: Message content rejected by policy (suspected bulk / unsolicited).
If you believe this is a mistake, contact the recipient by other means and quote reference
MG-7731-QX.
""", "A security gateway rejection that arrives as a plain notice without a DSN part.",
  subject="Message blocked: {subject}", sender="Email Security <no-reply@gateway.{dom}>")

B("en53", "en", "google", K(6.00, "USD", -6, 60), """
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to
receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", "A Gmail-style address-not-found DSN.", dsn=("5.1.1", "failed", "550 5.1.1 The email account that you tried to reach does not exist"),
  sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject="Delivery Status Notification (Failure)")

# ---------------------------------------------------------------- English, non-native
SIG_TAM = """Thanks & Regards,
Priya Sharma
Manager - Export Sales
Tamarind Exports Pvt Ltd
Plot 22, MIDC Industrial Area, Pune 411026, India
Mob: +91 98765 43210 | GSTIN: 27AABCT1234F1Z5 | CIN: U25209MH2009PTC191234"""

C("in01", "en-in", "outlook", K(1.10, "USD", -6, 60), "counter", T(pct=-3, days=45), """
Dear Madam,

Greetings from Tamarind Exports!

With reference to your trailing mail, we have discussed internally with our management. Kindly note
that 6% reduction is not feasible due to increase in kraft paper cost. However, for maintaining
long relationship we can offer 3% reduction with payment 45 days from date of invoice.

Kindly revert with your confirmation at the earliest.

""" + SIG_TAM, "Indian business English with 'kindly revert' and a counter after the refused offer.", item="kraft paper bags")

C("in02", "en-in", "gmail", K(1.10, "USD", -6, 60), "counter", T(pct=-4, vol=500000), """
Dear Sir/Madam,

We can do 4% discount provided you are confirming annual quantity of 5 lakh pcs. Please do the needful.

""" + SIG_TAM, "A volume stated in lakh (500,000) bound to a discount.", item="kraft paper bags")

C("in03", "en-in", "outlook", K(1.10, "USD", -4, 60, 12), "accept", T(), """
Dear Madam,

Noted with thanks. We are agreeable to your proposed terms. Kindly issue revised PO accordingly.

""" + SIG_TAM, "An Indian-English acceptance with 'we are agreeable' and a request for a PO.", item="kraft paper bags")

C("in04", "en-in", "webmail", K(1.10, "USD", -6, 60), "other", T(), """
Dear Madam,

Kindly share your target price per piece so that we can check with our costing team and revert.
Also please confirm whether freight is in your scope or ours.

Regards
Priya
""", "A request for a target price and a freight question, with no terms.", item="kraft paper bags")

C("cn01", "en-cn", "outlook", K(2.60, "USD", -6, 60), "counter", T(price=2.48, cur="USD"), """
Dear Rachel,

Thanks for your mail. We have checked with boss, the 6% is too much for us, the raw material cost is
very high now. Our best price can be USD2.48/pc, FOB Ningbo. Hope you can understand.

Best regards
Wei Chen
Ningbo Hengda Trading Co., Ltd
Tel: +86-574-5555 8888  Wechat: hengda_wei
""", "A Chinese-English counter with a unit price written as USD2.48/pc.", item="plastic crates")

C("cn02", "en-cn", "gmail", K(2.60, "USD", -6, 60), "other", T(), """
Dear Rachel,

Good day! About the price, if we change the carton to 5 layer to 3 layer we can reduce 5%, or keep
5 layer price no change. Which one you prefer? Please advise.

Wei
""", "A discount tied to a specification change offered as an alternative, which needs a human.", item="plastic crates")

C("cn03", "en-cn", "outlook", K(2.60, "USD", -6, 60), "counter", T(pct=-3, days=30), """
Dear Rachel,

Sorry for late reply because of our Chinese New Year holiday. We can give 3% discount, but payment
must be T/T 30 days after B/L date. 60 days is not possible for our company.

Best regards
Wei Chen
""", "A counter with a T/T payment term counted from the bill of lading.", item="plastic crates")

C("cn04", "en-cn", "gmail", K(18.20, "CNY", -6, 60), "counter", T(price=17.5, cur="CNY"), """
Hi Rachel,

New price is RMB 17.5 per set including VAT 13%. Other terms same as before.

Wei
""", "A unit price in RMB with a VAT percentage that is not a price change.", item="plastic crates")

C("de_en01", "en-de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, days=45), """
Dear Mrs. Okafor,

thank you for your offer. Unfortunately we cannot accept the 6 %. We can offer you 2 % reduction
and a payment target of 45 days. I hope this is acceptable for you.

With kind regards

Jürgen Brandt
Vertrieb / Sales
Wellpappe Lindner GmbH
Industriestr. 12, 73033 Göppingen, Germany
Phone +49 7161 555-230
Managing directors: Dr. K. Lindner, M. Lindner | Register court Ulm HRB 541234 | VAT ID DE812345678
""", "German-English with 'payment target' for payment days and a German register block.")

C("de_en02", "en-de", "gmail", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Hello Mrs. Okafor,

we agree with your proposal. Please send us the contract for signature.

Best regards
Jürgen
""", "A German-English acceptance with lower-case start after the greeting.")

C("de_en03", "en-de", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Dear Mrs. Okafor,

we have checked your request, but we see no possibility for a price reduction at the moment. The
prices are already calculated very sharp.

Best regards
Jürgen Brandt
""", "A German-English decline with 'calculated very sharp'.")

C("it_en01", "en-it", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, days=60, months=24), """
Dear Rachel,

thank you for your kind email. We can arrive to a 3% of discount, with payment at 60 days, but only
if the contract is for 2 years. For less time is not possible for us.

Best regards
Giulia Romano
Export Department
Imballaggi Ferraro S.r.l. - P.IVA IT01234567890
""", "Italian-English with 'arrive to a 3% of discount' and a contract in years.")

C("it_en02", "en-it", "gmail", K(6.00, "EUR", -6, 60), "other", T(), """
Dear Rachel,

before to answer, can you tell me please if the quantities are the same of last year? Because our
price depends from the quantities.

Thanks
Giulia
""", "An Italian-English question about quantities with no proposal.")

C("es_en01", "en-es", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-4, reb=1), """
Dear Rachel,

Thanks for your proposal. We can offer a 4% discount in price plus a 1% rappel at the end of the
year if the purchases are bigger than last year.

Best regards,
Javier Castillo
Embalajes Ortega S.L.
""", "Spanish-English with 'rappel' as a year-end rebate next to a discount.")

C("es_en02", "en-es", "gmail", K(6.00, "EUR", -6, 60), "reject", T(), """
Hello Rachel,

I am sorry but is not possible for us to make any discount now. Maybe in next year we can talk again.

Regards,
Javier
""", "A Spanish-English decline that postpones talks without terms.")

C("pl_en01", "en-pl", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2.5, days=45), """
Dear Rachel,

Thank you for Your offer. We can propose 2,5% price reduction and payment term 45 days. This is our
final proposal.

Best regards / Z poważaniem
Katarzyna Nowak
Opakowania Zielińscy Sp. z o.o.
NIP: 521-123-45-67 | KRS: 0000123456 | tel. +48 22 555 12 34
""", "Polish-English with a decimal comma in 2,5 and a NIP/KRS signature.")

C("pl_en02", "en-pl", "outlook", K(6.00, "EUR", -4, 60, 12), "other", T(), """
Dear Rachel,

Your proposal is ok for me, but I must get the approval of our board. I will come back to You next week.

Best regards
Katarzyna
""", "An acceptance pending a board's approval.")

C("nl_en01", "en-nl", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, days=30, months=12), """
Hi Rachel,

We can go to 3% if you are willing to commit for one year. The 60 days payment is not possible, we
stay on our normal 30 days.

Kind regards,
Pieter de Vries
""", "A Dutch-English counter where 'we stay on our normal 30 days' states payment by number.")

C("sv_en01", "en-sv", "gmail", K(6.00, "EUR", -6, 60), "accept", T(), """
Hi Rachel,

Sounds good, we accept. I'll tell our finance team to update the payment terms in the system.

Best,
Linnea
""", "A Swedish-English acceptance with a note about internal systems.")

C("in05", "en-in", "outlook", K(1.10, "USD", -6, 60), "reject", T(), """
Dear Madam,

We regret to inform that we are unable to consider any price reduction as our prices are already at
lowest level. Hope you will understand our position.

""" + SIG_TAM, "An Indian-English decline with a GSTIN and CIN in the signature.", item="kraft paper bags")

C("cn05", "en-cn", "outlook", K(2.60, "USD", -6, 60), "other", T(), """
Dear Rachel,

For the quantity 10000pcs price USD2.50, for 20000pcs price USD2.42, for 50000pcs USD2.35. Please
check which quantity you can order.

Wei
""", "A tier table of prices by quantity, which is not a single proposal.", item="plastic crates")

B("in06", "en-in", "provider", K(1.10, "USD", -6, 60), """
Hi. This is the qmail-send program at mail.provider.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)
""", "A qmail-style plain-text bounce.", sender="MAILER-DAEMON@mail.provider.example", subject="failure notice",
  item="kraft paper bags")

# ---------------------------------------------------------------- German
SIG_LIN = """Mit freundlichen Grüßen

Jürgen Brandt
Vertriebsinnendienst

Wellpappe Lindner GmbH
Industriestraße 12 · 73033 Göppingen
Tel. +49 7161 555-230 · Fax +49 7161 555-299
www.lindner-wellpappe.example

Geschäftsführer: Dr. Klaus Lindner, Maren Lindner
Amtsgericht Ulm HRB 541234 · USt-IdNr. DE812345678

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail."""

C("de01", "de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, days=45), """
Sehr geehrter Herr Berger,

vielen Dank für Ihre Anfrage. Eine Senkung um 6 % können wir leider nicht darstellen. Wir können
Ihnen 2 % Nachlass anbieten, bei einem Zahlungsziel von 45 Tagen.

""" + SIG_LIN, "A German counter under a long signature with register court, VAT ID and disclaimer.")

C("de02", "de", "thunderbird", K(6.00, "EUR", -6, 60), "counter", T(pct=-1.5, days=30), """
Hallo Herr Berger,

anderthalb Prozent sind drin, mehr nicht. Und beim Zahlungsziel bleiben wir bei 14 Tage 2 % Skonto,
30 Tage netto.

Gruß
Jürgen Brandt
""", "A price counter in words next to a Skonto term that means 30 days and is no price change.",
  charset="iso-8859-1")

C("de03", "de", "gmail", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Guten Tag Herr Berger,

einverstanden. Bitte schicken Sie uns den Vertrag zur Unterschrift.

Viele Grüße
Maren Lindner
""", "A one-word German acceptance over a Gmail attribution.")

C("de04", "de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=4.5), """
Sehr geehrter Herr Berger,

leider müssen wir Ihnen mitteilen, dass wir aufgrund der gestiegenen Energie- und Papierkosten
unsere Preise zum 1. Juli um 4,5 % anheben müssen. Eine Reduzierung ist daher nicht möglich.

""" + SIG_LIN, "A German price increase with a decimal comma and a date that is no term.", pi=True)

C("de05", "de", "iphone", K(6.00, "EUR", -6, 60), "reject", T(), """
Herr Berger, da kommen wir nicht zusammen. Wir bleiben bei den aktuellen Preisen.
""", "A mobile German decline that keeps current prices without numbers.")

C("de06", "de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, vol=80000), """
Sehr geehrter Herr Berger,

bei einer verbindlichen Jahresabnahme von 80.000 Stück gewähren wir Ihnen 3 % Rabatt auf den
aktuellen Stückpreis. Die übrigen Konditionen bleiben unverändert.

Mit freundlichen Grüßen
Hartmann Verpackungen KG
i. A. Sandra Fischer
""", "A discount bound to a yearly volume written with a German thousands dot.")

C("de07", "de", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Hallo Herr Berger,

grundsätzlich können wir mit 6 % und 60 Tagen leben, ich muss das aber noch mit unserer
Geschäftsleitung abstimmen. Sie hören bis Freitag von mir.

Gruß
Sandra Fischer
""", "An acceptance pending the management's sign-off, repeating the offered numbers.")

C("de08", "de", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, reb=1), """
Hallo Herr Berger,

2 % auf den Stückpreis und zusätzlich 1 % Jahresbonus ab einem Umsatz von 250.000 Euro. Mehr geht
beim besten Willen nicht.

Viele Grüße
Jürgen
""", "A discount plus a Jahresbonus whose turnover threshold is not a volume in units.")

C("de09", "de", "outlook_plain", K(6.00, "EUR", -4, 60, 12), "accept", T(pct=-4, days=60, months=12), """
Sehr geehrter Herr Berger,

hiermit bestätigen wir Ihnen die Konditionen: 4 % Preisnachlass, Zahlungsziel 60 Tage, Laufzeit
12 Monate.

Mit freundlichen Grüßen
Schubert Chemie AG
Einkauf/Verkauf
""", "A formal German confirmation that restates all three offered terms.", item="Reinigungsmittel")

C("de10", "de", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Sehr geehrter Herr Berger,

wir könnten entweder 3 % bei 30 Tagen oder 2 % bei 45 Tagen Zahlungsziel anbieten. Bitte teilen Sie
uns mit, welche Variante Ihnen lieber ist.

Mit freundlichen Grüßen
Sandra Fischer
""", "Two alternatives offered in German, which a human has to choose between.")

C("de11", "de", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Sehr geehrter Herr Berger,

nach interner Prüfung müssen wir Ihnen leider absagen. Zu den angefragten Konditionen können wir
nicht liefern. Wir bedauern das sehr.

""" + SIG_LIN, "A formal German decline with no terms.")

C("dech01", "de-ch", "outlook", K(6.00, "CHF", -6, 60), "counter", T(price=5.75, cur="CHF", days=30), """
Grüezi Herr Berger

Wir können Ihnen neu CHF 5.75 pro Stück anbieten, zahlbar innert 30 Tagen netto. Die MWST ist
darin nicht enthalten.

Freundliche Grüsse
Luca Fischer
Verkauf Innendienst
""", "A Swiss-German counter with a CHF unit price, 'innert 30 Tagen' and a VAT remark that is no term.")

C("dech02", "de-ch", "gmail", K(6.00, "CHF", -4, 60, 12), "accept", T(), """
Grüezi Herr Berger

Das passt für uns so. Besten Dank und einen schönen Tag.

Freundliche Grüsse
Luca
""", "A Swiss-German acceptance spelled without the sharp s.")

C("deat01", "de-at", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, months=24), """
Sehr geehrter Herr Berger,

bei einer Vertragsbindung über zwei Jahre kämen wir Ihnen mit 3 % entgegen. Das Zahlungsziel von
60 Tagen ist bei uns leider nicht möglich.

Mit freundlichen Grüßen aus Linz
Olga Brandt
FN 123456a, Landesgericht Linz · UID ATU12345678
""", "An Austrian counter with a contract length in words and an FN/UID signature.")

C("de12", "de", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Hallo Thomas,

kurze Info intern: Berger will 6 %. Ich würde 2 % anbieten und bei 45 Tagen bleiben. Was meinst du?

Jürgen
""", "An internal note sent to the buyer by mistake, which is not addressed to him.",
  subject="WG: Wellpappe-Kartons: Preisvorschlag", item="Wellpappe-Kartons")

A("de13", "de", "outlook", K(6.00, "EUR", -6, 60), """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In
dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Fischer (Tel. +49 7161 555-231).

Mit freundlichen Grüßen
Jürgen Brandt
""", "A German out-of-office with Exchange headers.", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

A("de14", "de", "none", K(6.00, "EUR", -6, 60), """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ihr Anliegen wurde unter der Vorgangsnummer 2026-044718 erfasst. Wir
melden uns schnellstmöglich bei Ihnen.

Ihr Kundenservice-Team
Schubert Chemie AG
""", "A German ticket acknowledgement without automatic-reply headers.", charset="iso-8859-1",
  subject="Ihre Anfrage ist eingegangen [Vorgang 2026-044718]", item="Reinigungsmittel",
  sender="Schubert Chemie Kundenservice <service@schubert.example>")

B("de15", "de", "provider", K(6.00, "EUR", -6, 60), """
Dies ist eine automatisch erstellte Nachricht.

Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.
Der Empfänger ist unbekannt.

Technische Details:
550 5.1.1 Recipient address rejected: Mailbox unavailable
""", "A German DSN from a hosting provider.", dsn=("5.1.1", "failed", "550 5.1.1 Mailbox unavailable"),
  subject="Unzustellbar: Wellpappe-Kartons: Preisvorschlag", sender="Mailer-Daemon <mailer-daemon@mx.{dom}>")

C("de16", "de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(days=60), """
Sehr geehrter Herr Berger,

die 60 Tage Zahlungsziel gehen in Ordnung. Beim Preis können wir uns allerdings nicht bewegen.

Mit freundlichen Grüßen
Sandra Fischer
""", "A payment term agreed by reference while price is refused without a number.")

C("de17", "de", "owa", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Guten Morgen Herr Berger,

passt, machen wir so. Danke!

Jürgen
""", "An HTML-only German acceptance in a casual register.")

# ---------------------------------------------------------------- French
SIG_DEL = """Bien cordialement,

Élodie Moreau
Responsable commerciale grands comptes
Cartonnages Delorme SAS
ZI des Guettes – 45200 Montargis
Tél. : +33 (0)2 38 55 50 12 – Port. : +33 (0)6 55 50 12 34
SAS au capital de 500 000 € – RCS Orléans 412 345 678 – TVA FR12412345678

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs
destinataires. Toute utilisation non conforme est interdite."""

C("fr01", "fr", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2.5, days=45), """
Bonjour Madame Dumont,

Nous avons bien reçu votre proposition. Une baisse de 6 % n'est malheureusement pas envisageable
compte tenu de nos coûts matière. Nous pouvons vous proposer deux et demi pour cent de remise, avec
un règlement à 45 jours.

""" + SIG_DEL, "A French counter in words after refusing the offered 6 %, with an RCS and capital line.")

C("fr02", "fr", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, days=45), """
Bonjour,

3 % et 45 jours fin de mois, c'est notre dernier mot.

Élodie
""", "Payment 'N jours fin de mois' which counts as N days.", charset="iso-8859-1")

C("fr03", "fr", "outlook", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Bonjour Madame Dumont,

C'est d'accord pour nous. Merci de nous faire parvenir le contrat.

""" + SIG_DEL, "A French acceptance over an Outlook 'De :/Envoyé :' header block.")

C("fr04", "fr", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Madame,

Après étude de votre demande, nous sommes au regret de ne pouvoir y donner une suite favorable. Nos
tarifs ont déjà été revus à la baisse l'an passé.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Fournitures Ribaud SA
Service commercial
""", "A formal French decline with a closing formula and no terms.", cte="base64")

C("fr05", "fr", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, reb=2), """
Bonjour,

Nous pouvons consentir une baisse de 3 % sur le prix unitaire, ainsi qu'une remise de fin d'année de
2 % si le volume annuel dépasse celui de 2025.

Cordialement,
Emballages Vernier SARL
""", "A French counter with a remise de fin d'année that is a rebate and a year that is no term.")

C("fr06", "fr", "iphone", K(6.00, "EUR", -6, 60), "other", T(), """
Bonjour Claire, pouvez-vous m'appeler demain matin ? On doit parler de l'évolution des prix, ça ne
va pas dans le sens que vous espérez.
""", "A call request hinting at an unquantified increase.", pi=True)

C("fr07", "fr", "outlook", K(6.00, "EUR", -6, 60), "counter", T(price=5.80, cur="EUR", months=12), """
Bonjour Madame Dumont,

Nous vous proposons un prix de 5,80 € HT l'unité pour un engagement d'un an. Le délai de paiement
reste inchangé.

""" + SIG_DEL, "A unit price with a euro sign and HT, plus a contract of one year in words.")

C("fr08", "fr", "apple", K(6.00, "EUR", -6, 60), "other", T(), """
Bonjour Claire,

Avant de vous répondre, pourriez-vous me préciser si la baisse de 6 % s'appliquerait aussi aux
références imprimées ? Et les 60 jours, c'est date de facture ou date de livraison ?

Merci,
Élodie
""", "A French question naming the offered numbers without proposing anything.")

C("fr09", "fr", "webmail", K(6.00, "EUR", -6, 60), "accept", T(days=60), """
Bonjour,

Les 60 jours ne posent pas de problème, et pour le reste nous sommes d'accord aussi.

Cordialement
Élodie Moreau
""", "An acceptance that restates only the payment term by reference, in windows-1252.", charset="windows-1252")

C("fr10", "fr", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Bonjour,

Nous ne donnerons pas suite. Par ailleurs, nous vous informons qu'une hausse tarifaire sera appliquée
au second semestre ; vous recevrez notre nouvelle grille prochainement.

Cordialement,
Service commercial
""", "A French decline announcing an increase without a number.", pi=True)

C("frca01", "fr-ca", "outlook", K(6.00, "CAD", -6, 60), "counter", T(pct=-2, days=45), """
Bonjour Mme Dumont,

On peut vous offrir 2 % de rabais avec des termes de paiement de 45 jours. Pour le 6 %, on n'est pas
capables, désolé.

Merci et bonne journée,
Marc Lambert
Représentant des ventes | 514 555-0177
""", "A Québec French counter with 'rabais' and 'termes de paiement'.")

A("fr11", "fr", "outlook", K(6.00, "EUR", -6, 60), """
Bonjour,

Je suis absente du bureau jusqu'au lundi 7 septembre inclus. Pour toute demande urgente, merci de
contacter le service commercial au +33 2 38 55 50 00.

Cordialement,
Élodie Moreau
""", "A French out-of-office with Exchange headers.", headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

B("fr12", "fr", "provider", K(6.00, "EUR", -6, 60), """
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  {rcpt}
    Boîte aux lettres inexistante (550 5.1.1)
""", "A French DSN from a provider.", dsn=("5.1.1", "failed", "550 5.1.1 Boite inexistante"),
  subject="Echec de distribution du message", sender="Mailer-Daemon <MAILER-DAEMON@smtp.{dom}>")

# ---------------------------------------------------------------- Spanish
SIG_ORT = """Un saludo,

Javier Castillo
Departamento Comercial
Embalajes Ortega S.L. – CIF B12345678
Polígono Industrial La Estación, nave 14 – 50197 Zaragoza
Tel. +34 976 555 210 | Móvil +34 655 501 234

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
De acuerdo con el RGPD, sus datos forman parte de un fichero responsabilidad de Embalajes Ortega S.L."""

C("es01", "es", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, days=45), """
Buenos días, Marco:

Gracias por la propuesta. El 6 % que nos piden es imposible con los precios actuales del papel. Lo
máximo que podemos ofrecer es un 3 % de descuento y pago a 45 días.

""" + SIG_ORT, "A Spanish counter after refusing the offered 6 %, under a long RGPD disclaimer.")

C("es02", "es", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-0.5), """
Hola Marco,

Sinceramente, medio punto es lo que podemos hacer. No más.

Javier
""", "A Spanish price counter stated only as medio punto.", charset="iso-8859-1")

C("es03", "es", "outlook", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Hola Marco:

Perfecto, aceptamos las condiciones propuestas. Quedamos a la espera del contrato.

""" + SIG_ORT, "A Spanish acceptance with a legal disclaimer.")

C("es04", "es", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, months=24, reb=1), """
Estimado Marco:

Podemos ofrecerles un 2 % de rebaja en el precio unitario y un rappel del 1 % anual, siempre que
firmemos un contrato de dos años.

Atentamente,
Marta Galán
Suministros Galán S.A.
""", "A Spanish counter with a rappel as rebate and a contract of dos años.")

C("es05", "es", "iphone", K(6.00, "EUR", -6, 60), "reject", T(), """
Marco, lo siento pero no podemos bajar precios este año. Ya estamos muy ajustados.
""", "A short Spanish decline from an iPhone.")

C("es06", "es", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Hola Marco,

¿Podemos hablar por teléfono esta semana? Hay varios puntos que prefiero comentar de viva voz.
Mi móvil: 655 501 234.

Saludos,
Javier
""", "A Spanish call request with a mobile number.")

C("esmx01", "es-mx", "outlook", K(85.00, "MXN", -6, 60), "counter", T(price=81.50, cur="MXN", days=30), """
Estimado Marco,

Le comento que el precio que le podemos dejar es de $81.50 pesos por pieza más IVA, con crédito a
30 días. El 6% no nos da.

Saludos cordiales,
Rui Castillo
Cartonajes del Norte S.A. de C.V. | RFC CNO010101AB1 | Tel. (81) 5555 1234
""", "A Mexican counter in pesos with a dollar sign, 'crédito a 30 días' and IVA that is no term.")

C("es07", "es", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Hola Marco:

En principio nos parece bien el 6 % con pago a 60 días, pero necesito la aprobación de dirección
antes de confirmarlo. Te digo algo el lunes.

Un saludo,
Javier
""", "An acceptance pending approval by the management.")

C("es08", "es", "gmail", K(6.00, "EUR", -6, 60), "accept", T(pct=-6), """
Hola Marco,

Vale, el 6 % nos cuadra. Adelante.

Marta
""", "An acceptance restating the offered percent.")

C("es09", "es", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=2), """
Buenos días:

Lamentamos comunicarles que, debido al aumento de los costes energéticos, nos vemos obligados a
aplicar una subida del 2 % a partir del próximo trimestre.

Atentamente,
Departamento Comercial
Suministros Galán S.A.
""", "A Spanish price increase with a number.", pi=True)

A("es10", "es", "outlook", K(6.00, "EUR", -6, 60), """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de septiembre sin acceso al correo.
Para asuntos urgentes, contacte con comercial@ortega.example.
""", "A Spanish out-of-office without Auto-Submitted, only an Exchange suppress header.",
  headers=["X-Auto-Response-Suppress: All"])

B("es11", "es", "provider", K(6.00, "EUR", -6, 60), """
No se ha podido entregar el mensaje a los siguientes destinatarios:

{rcpt}
El buzón del destinatario está lleno (552 5.2.2).
""", "A Spanish NDR for a full mailbox.", dsn=("5.2.2", "failed", "552 5.2.2 Mailbox full"),
  subject="No se puede entregar: propuesta de precios", sender="Administrador del sistema <postmaster@{dom}>")

# ---------------------------------------------------------------- Dutch
C("nl01", "nl", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, days=45), """
Beste Rachel,

Dank voor je voorstel. 6% is voor ons echt niet haalbaar. Wij kunnen 2% korting geven bij een
betalingstermijn van 45 dagen.

Met vriendelijke groet,

Pieter de Vries
Accountmanager
Verpakkingen Smit B.V.
Industrieweg 8, 3433 NL Nieuwegein
T +31 30 555 1200 | KvK 30123456 | btw NL001234567B01
""", "A Dutch counter with KvK and btw numbers in the signature.")

C("nl02", "nl", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-1.5), """
Hoi Rachel,

Anderhalve procent, daar houdt het op. Betaling zoals nu.

Groet,
Pieter
""", "A Dutch price counter in words with payment kept without a number.")

C("nl03", "nl", "outlook", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Beste Rachel,

Akkoord, we gaan ermee aan de slag. Graag ontvang ik de overeenkomst ter ondertekening.

Met vriendelijke groet,
Pieter de Vries
""", "A Dutch acceptance starting with 'Akkoord'.")

C("nl04", "nl", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Beste Rachel,

Helaas kunnen wij niet ingaan op jullie verzoek. Onze prijzen staan al onder druk en een verlaging
is op dit moment niet bespreekbaar.

Met vriendelijke groet,
Van Dijk Karton B.V.
""", "A Dutch decline with no terms.")

C("nl05", "nl", "iphone", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, vol=100000), """
Rachel, bij een afname van 100.000 stuks per jaar kunnen we naar 3%. Anders blijft het bij de huidige prijs.
""", "A Dutch discount bound to a yearly volume with a thousands dot.")

C("nl06", "nl", "apple", K(6.00, "EUR", -6, 60), "counter", T(days=60, months=12), """
Hoi Rachel,

De 60 dagen zijn prima als we een contract van een jaar afsluiten. Aan de prijs kunnen we niets doen.

Groet,
Pieter
""", "A Dutch payment term agreed by reference in exchange for a year's contract.")

C("nl07", "nl", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Beste Rachel,

Kunnen we hier volgende week even over bellen? Ik wil graag de mogelijkheden doorspreken, er zijn
een paar opties die ik liever telefonisch toelicht.

Met vriendelijke groet,
Pieter de Vries
""", "A Dutch call request without terms.")

A("nl08", "nl", "outlook", K(6.00, "EUR", -6, 60), """
Bedankt voor je bericht. Ik ben met vakantie tot en met 18 augustus en lees mijn mail niet. Voor
dringende zaken kun je terecht bij verkoop@smit.example.
""", "A Dutch vacation notice with Exchange headers.", headers=["Auto-Submitted: auto-replied"])

# ---------------------------------------------------------------- Italian
SIG_FER = """Cordiali saluti

Giulia Romano
Ufficio Commerciale
Imballaggi Ferraro S.r.l.
Via dell'Industria 21 – 36100 Vicenza (VI)
Tel. +39 0444 555 120 – P.IVA e C.F. IT01234567890 – Cap. Soc. € 100.000 i.v.

Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questo messaggio sono riservate e
destinate esclusivamente al destinatario."""

C("it01", "it", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-1.5, days=60), """
Buongiorno Rachel,

il 6% per noi è fuori discussione. Possiamo concedere un punto e mezzo di sconto, mantenendo il
pagamento a 60 giorni come richiesto.

""" + SIG_FER, "An Italian counter in words with a payment term agreed by its number, above a GDPR footer.")

C("it02", "it", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-3, days=60), """
Ciao Rachel,

3% e 60 gg data fattura fine mese. Non riusciamo a fare di più.

Giulia
""", "An Italian counter using 'gg data fattura fine mese' for payment days.", charset="iso-8859-1")

C("it03", "it", "outlook", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Buongiorno,

confermiamo l'accettazione della vostra proposta. Restiamo in attesa dell'ordine aggiornato.

""" + SIG_FER, "An Italian acceptance with a long signature.")

C("it04", "it", "outlook", K(6.00, "EUR", -6, 60), "reject", T(), """
Gentile Rachel,

purtroppo non siamo in grado di accogliere la vostra richiesta di riduzione. I listini sono già
stati rivisti a gennaio.

Cordiali saluti
Luca Bassi
Cartotecnica Bassi S.p.A.
""", "An Italian decline with no terms.")

C("it05", "it", "outlook", K(6.00, "EUR", -6, 60), "other", T(), """
Buongiorno Rachel,

potremmo valutare uno sconto tra il 2 e il 4% in base ai volumi. Mi può mandare le previsioni di
acquisto per i prossimi 12 mesi?

Saluti
Giulia
""", "An Italian range tied to a forecast request.")

C("it06", "it", "iphone", K(6.00, "EUR", -6, 60), "other", T(), """
Rachel ok per me ma devo sentire il titolare, ti faccio sapere domani
""", "An Italian phone acceptance pending the owner's word.")

C("it07", "it", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, reb=1.5), """
Buongiorno Rachel,

possiamo offrire il 2% di sconto in fattura più un premio di fine anno dell'1,5% al raggiungimento
del fatturato 2025.

""" + SIG_FER, "An Italian discount plus a premio di fine anno as rebate.")

B("it08", "it", "provider", K(6.00, "EUR", -6, 60), """
Il messaggio non è stato recapitato ai seguenti destinatari:

{rcpt}
Motivo: utente sconosciuto (550 5.1.1)
""", "An Italian DSN for an unknown user.", dsn=("5.1.1", "failed", "550 5.1.1 User unknown"),
  subject="Mancato recapito del messaggio", sender="Mailer-Daemon <mailer-daemon@{dom}>", charset="iso-8859-1")

# ---------------------------------------------------------------- Polish
C("pl01", "pl", "outlook", K(24.00, "PLN", -6, 60), "counter", T(pct=-2, days=45), """
Dzień dobry,

dziękujemy za propozycję. Obniżka o 6% nie jest dla nas możliwa. Możemy zaproponować rabat 2% oraz
termin płatności 45 dni.

Z poważaniem
Katarzyna Nowak
Dział Handlowy
Opakowania Zielińscy Sp. z o.o.
ul. Przemysłowa 5, 05-800 Pruszków
NIP 521-123-45-67 | REGON 012345678 | KRS 0000123456
Sąd Rejonowy dla m.st. Warszawy, XIV Wydział Gospodarczy KRS, kapitał zakładowy 50 000 zł
""", "A Polish counter with NIP, REGON, KRS and share capital in the signature, in iso-8859-2.",
  charset="iso-8859-2")

C("pl02", "pl", "gmail", K(24.00, "PLN", -6, 60), "counter", T(price=23.10, cur="PLN"), """
Dzień dobry Pani Rachel,

nowa cena to 23,10 zł netto za sztukę. Pozostałe warunki bez zmian.

Pozdrawiam
Olga Kowalczyk
""", "A Polish unit price in złoty where 'netto' means excluding VAT.")

C("pl03", "pl", "outlook", K(24.00, "PLN", -4, 60, 12), "accept", T(), """
Dzień dobry,

akceptujemy warunki. Proszę o przesłanie umowy.

Pozdrawiam
Katarzyna Nowak
""", "A Polish acceptance.", charset="iso-8859-2")

C("pl04", "pl", "outlook", K(24.00, "PLN", -6, 60), "reject", T(), """
Dzień dobry,

niestety nie możemy obniżyć cen. Koszty surowców cały czas rosną.

Z poważaniem
Kartpol S.A.
""", "A Polish decline mentioning rising costs, which is no price increase.")

C("pl05", "pl", "outlook", K(24.00, "PLN", -6, 60), "counter", T(pct=-1.5, months=12), """
Dzień dobry,

przy umowie na rok możemy dać półtora procent. Termin płatności bez zmian.

Pozdrawiam
Olga
""", "A Polish counter with półtora procent and umowa na rok.")

C("pl06", "pl", "gmail", K(24.00, "PLN", -6, 60), "other", T(), """
Dzień dobry,

czy obniżka 6% dotyczy wszystkich indeksów, czy tylko kartonów standardowych? Proszę o informację.

Pozdrawiam
Olga Kowalczyk
""", "A Polish question naming the offered percent.")

B("pl07", "pl", "provider", K(24.00, "PLN", -6, 60), """
Wiadomość nie mogła zostać dostarczona do adresata:

{rcpt}
Powód: skrzynka odbiorcy nie istnieje (550 5.1.1).
""", "A Polish plain-text bounce in iso-8859-2.", subject="Wiadomość niedostarczona",
  sender="Poczta <mailer-daemon@poczta.{dom}>", charset="iso-8859-2")

# ---------------------------------------------------------------- Portuguese
C("pt01", "pt", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=-2.5, days=45), """
Bom dia Rachel,

Agradecemos a proposta. Os 6% não são possíveis. Podemos oferecer dois e meio por cento de desconto
e pagamento a 45 dias.

Com os melhores cumprimentos,
João Ferreira
Embalagens Tavares Lda.
NIF PT501234567 | Tel. +351 22 555 0123
""", "A European Portuguese counter in words with a NIF in the signature.")

C("ptbr01", "pt-br", "outlook", K(12.00, "BRL", -6, 60), "counter", T(price=11.40, cur="BRL", days=28), """
Olá Rachel, tudo bem?

Conseguimos chegar em R$ 11,40 por unidade, com pagamento em 28 dias via boleto. Mais do que isso
não dá.

Abraços,
Rui Rocha
Caixas Rocha Ltda. | CNPJ 12.345.678/0001-90 | (11) 5555-1234
""", "A Brazilian counter in R$ with a boleto payment term and a CNPJ.")

C("pt02", "pt", "webmail", K(6.00, "EUR", -4, 60, 12), "accept", T(), """
Olá Rachel,

Está combinado. Pode avançar com a encomenda.

Cumprimentos
João
""", "A Portuguese acceptance.", charset="iso-8859-1")

C("ptbr02", "pt-br", "gmail", K(12.00, "BRL", -6, 60), "reject", T(), """
Oi Rachel,

Infelizmente não vamos conseguir dar desconto neste momento. Quem sabe no segundo semestre.

Abs,
Rui
""", "A Brazilian decline postponing talks.")

C("ptbr03", "pt-br", "outlook", K(12.00, "BRL", -6, 60), "other", T(), """
Prezada Rachel,

Informamos que nossos dados bancários foram alterados. Favor atualizar para Banco Exemplo, agência
0001, conta 12345-6, e confirmar o recebimento deste e-mail.

Atenciosamente,
Financeiro
""", "A Brazilian bank-detail change request.", from_domain="caixas-rocha-financeiro.example")

A("pt03", "pt", "none", K(6.00, "EUR", -6, 60), """
Obrigado pelo seu contacto. Estou ausente em férias até 25 de agosto, com acesso limitado ao email.
Em caso de urgência contacte comercial@tavares.example.
""", "A Portuguese holiday auto-reply with X-Autoreply only.", headers=["X-Autoreply: yes"],
  subject="Ausência: {subject}")

# ---------------------------------------------------------------- Swedish
C("sv01", "sv", "outlook", K(60.00, "SEK", -6, 60), "counter", T(pct=-2, days=45), """
Hej Anna,

Tack för ert förslag. 6 % klarar vi tyvärr inte. Vi kan erbjuda 2 % rabatt och 45 dagars
betalningsvillkor.

Med vänliga hälsningar
Sven Lindahl
Kartong & Emballage Norrby AB
Org.nr 556123-4567 | Tel 08-555 123 45
""", "A Swedish counter where rabatt is a price discount.")

C("sv02", "sv", "gmail", K(60.00, "SEK", -6, 60), "counter", T(pct=-1.5, months=24), """
Hej,

En och en halv procent om vi skriver avtal på två år. Annars ligger priset kvar.

/Linnea
""", "A Swedish counter in words with a two-year contract.")

C("sv03", "sv", "outlook", K(60.00, "SEK", -4, 60, 12), "accept", T(), """
Hej Anna,

Det låter bra, vi kör på det. Skicka avtalet så skriver vi på.

Hälsningar
Sven
""", "A Swedish colloquial acceptance.")

C("sv04", "sv", "iphone", K(60.00, "SEK", -6, 60), "counter", T(price=57.50, cur="SEK"), """
Hej Anna, vi kan gå ner till 57,50 kr/st. Mer än så går inte.
""", "A Swedish unit price in kronor written as kr/st.")

C("sv05", "sv", "outlook", K(60.00, "SEK", -6, 60), "other", T(), """
Hej Anna,

Innan vi svarar: gäller sänkningen på 6 % även tryckta kartonger? Och räknas 60 dagar från
fakturadatum?

Hälsningar
Sven Lindahl
""", "A Swedish question naming the offered numbers.")

A("sv06", "sv", "outlook", K(60.00, "SEK", -6, 60), """
Hej! Jag är på semester till och med 10 augusti och läser inte min e-post. Vid brådskande ärenden,
kontakta order@norrby.example.
""", "A Swedish vacation notice with Auto-Submitted.", headers=["Auto-Submitted: auto-replied"])

# ---------------------------------------------------------------- more shapes
C("en54", "en", "android", K(6.00, "USD", -6, 60), "counter", T(pct=-3, days=45), """
Hi Rachel, on the road today so keeping it short. 3 off, 45 days. Can confirm properly tomorrow but
that's the offer.

Derek
""", "A mobile counter in base64 where '3 off' is a percent by context and a later confirmation is promised.")

C("en55", "en", "outlook", K(6.00, "USD", -6, 60), "counter", T(pct=-3.5, days=45, months=12), """
Hi Rachel,

Please find our formal offer attached. In short: 3.5% reduction, 45 days payment, 12-month
agreement. Validity of the quote is 30 days.

Kind regards,
Hannah Whitaker
Keystone Corrugated Inc.
""", "A counter summarised in the body with a PDF attached and a quote validity that is no term.",
  attach=("Keystone_offer_2026.pdf", b"%PDF-1.4\n% offer summary\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"))

C("en56", "en", "thunderbird", K(6.00, "USD", -4, 60, 12), "accept", T(), """
Fine with all of that, thank you. Looking forward to another year.

--
Sandra
Brookfield Chemicals plc
Registered office: 1 Example Way, Leeds LS1 4XX. Registered in England and Wales No. 00123456.
""", "A bottom-posted acceptance below the full quote, whose 'another year' restates nothing.",
  shape="bottom", item="cleaning chemicals")

C("en57", "en", "gmail", K(6.00, "USD", -4, 60, 12), "counter", T(pct=-4, days=45), "",
  "Inline answers where the price is accepted with 'ok' and payment is countered under its quoted line.",
  shape="inline", inline={"Unit price:": "ok, 4% is fine", "Payment terms:": "no - 45 days, same as today",
                          "Contract length:": "fine", "end": "Thanks, Derek"})

C("de18", "de", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-2.5, days=45), "",
  "German inline answers typed between the quoted offer lines.",
  shape="inline", inline={"Stückpreis:": "Nein, maximal 2,5 %.", "Zahlungsziel:": "45 Tage, mehr geht nicht.",
                          "end": "Gruß\nSandra Fischer"})

C("de19", "de", "android", K(6.00, "EUR", -6, 60), "reject", T(), """
Hallo Herr Berger, zu diesen Konditionen leider nicht. Wir bleiben beim bisherigen Preis. Gruß J. Brandt
""", "A German decline from a Samsung phone in base64.")

C("es12", "es", "gmail", K(6.00, "EUR", -6, 60), "counter", T(pct=-4, days=60), "",
  "Spanish inline answers where the payment term is agreed by 'los 60 días sí' under its quoted line.",
  shape="inline", inline={"Precio unitario:": "6 % no, podemos llegar al 4 %.", "Plazo de pago:": "Los 60 días sí.",
                          "end": "Un saludo,\nMarta"})

C("sv07", "sv", "android", K(60.00, "SEK", -4, 60, 12), "other", T(), """
Hej Anna, låter bra men jag måste stämma av med vår vd först. Återkommer på måndag.
""", "A Swedish phone acceptance pending the managing director's approval.")

C("it09", "it", "thunderbird", K(6.00, "EUR", -6, 60), "counter", T(pct=-2, days=30), """
Buongiorno Rachel,

60 giorni non li possiamo fare: pagamento a 30 giorni, sconto del 2%. Grazie.

--
Luca Bassi
Cartotecnica Bassi S.p.A.
""", "An Italian bottom-posted counter under the full quote.", shape="bottom")

A("fr13", "fr", "none", K(6.00, "EUR", -6, 60), """
Bonjour,

Nous accusons réception de votre message. Notre service client vous répondra sous 48 heures ouvrées.
Référence de votre demande : 2026-FR-55812.

Ceci est un message automatique, merci de ne pas y répondre.
""", "A French ticket acknowledgement in HTML only with no automatic-reply headers.", html_only=True,
  subject="Accusé de réception - demande 2026-FR-55812",
  sender="Service client Ribaud <ne-pas-repondre@ribaud.example>")

C("fr14", "fr", "outlook", K(6.00, "EUR", -6, 60), "counter", T(pct=3.5), """
Bonjour Madame Dumont,

Je comprends votre démarche, mais nous ne pouvons pas aller dans ce sens. Au contraire, nous devrons
appliquer une surcharge énergie de 3,5 % sur toutes les livraisons à partir du 1er octobre.

""" + SIG_DEL, "A French percent surcharge that counts as a price increase with a number.", pi=True)

C("pl08", "pl", "outlook", K(24.00, "PLN", -6, 60), "counter", T(pct=4, days=30), """
Dzień dobry,

z przykrością informujemy, że od przyszłego kwartału ceny wzrosną o 4%, a termin płatności skracamy
do 30 dni. Obniżka nie wchodzi w grę.

Z poważaniem
Kartpol S.A.
Dział Sprzedaży
""", "A Polish increase with a number and a shorter payment term, in iso-8859-2.", pi=True, charset="iso-8859-2")

C("de20", "de", "outlook", K(6.00, "EUR", -6, 60), "counter", T(price=6.15, cur="USD", days=45), """
Sehr geehrter Herr Berger,

da wir ab dem kommenden Quartal über unsere US-Gesellschaft fakturieren, bieten wir Ihnen USD 6,15 je
Stück an, Zahlungsziel 45 Tage. Alle übrigen Bedingungen bleiben bestehen.

Mit freundlichen Grüßen
Sandra Fischer
Hartmann Verpackungen KG
""", "A German counter with a USD unit price on a EUR baseline, which is not converted.")

C("en58", "en", "gmail", K(6.00, "USD", -4, 60, 12), "accept", T(), """
Rachel,

Yep, we're good with that. Send it over and I'll get it signed this week.

Cheers,
Fiona
""", "An informal acceptance with a signing promise that carries no terms.", shape="bottom")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if "--stats" in sys.argv:
        stats()
        sys.exit(0)
    write()

#!/usr/bin/env python3
"""Write the "fresh" supplier-reply corpus: raw emails plus labels in SCHEMA.md format.

Every case below was written by hand by an independent author who never saw the
reader's code, its tests or the other corpora: the supplier's words, the label and a
one-sentence note sit side by side in one ``C(...)`` call (or ``X(...)`` for mail that is
not a hand-typed reply: auto-replies, read receipts, bounces). The buyer's quoted offer
is rendered from the bot's own outgoing templates (``templates/``) with the numbers of
the case's ``last_offer``, so quoted numbers always match the context.

Output (all under this directory, rewritten on every run):

    probe/NAME.eml, probe/labels.json     the half the reader's developer may look into
    sealed/NAME.eml, sealed/labels.json   the half shown only as aggregate scores
    parts.json                            NAME -> {part, language, client}

The probe/sealed rule: cases are grouped by (expected intent, language group), the
language group being the base language with all non-native English as one group. The
groups are taken in sorted order; inside each, the names are sorted, shuffled with
``random.Random("fresh-corpus/<intent>/<group>")`` and dealt alternately to the two
halves. The first group starts with probe; after every group of odd size the starting
half flips, so the leftovers alternate. Each half therefore has (within a case or two)
the same mix of intents and of languages, and a case's half depends only on the names
in the groups, not on the order of this file. ``--check`` recomputes the rule.

Usage:
    python3 benchmarks/fresh_corpus/make_corpus.py           # write everything
    python3 benchmarks/fresh_corpus/make_corpus.py --check   # re-parse and validate

Standard library only; no clock, no unseeded randomness: two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import io
import json
import quopri
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------
# Locale tables (dates as mail clients print them)
# --------------------------------------------------------------------------------------

WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
WD_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
}
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
MON_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
}


def hm(t: dt.datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def ampm(t: dt.datetime, seconds: bool = False) -> str:
    h = t.hour % 12 or 12
    s = f":{t.second:02d}" if seconds else ""
    return f"{h}:{t.minute:02d}{s} {'AM' if t.hour < 12 else 'PM'}"


def long_date(t: dt.datetime, lang: str) -> str:
    """The 'Sent:' line of Outlook desktop in the UI language."""
    w, d, m, y = WD[lang][t.weekday()], t.day, MON[lang][t.month - 1], t.year
    return {
        "en": f"{w}, {MON['en'][t.month - 1]} {d}, {y} {ampm(t)}",
        "de": f"{w}, {d}. {m} {y} {hm(t)}",
        "fr": f"{w} {d} {m} {y} {hm(t)}",
        "es": f"{w}, {d} de {m} de {y} {hm(t)}",
        "it": f"{w} {d} {m} {y} {hm(t)}",
        "nl": f"{w} {d} {m} {y} {hm(t)}",
        "pl": f"{w}, {d} {m} {y} {hm(t)}",
        "pt": f"{w}, {d} de {m} de {y} {hm(t)}",
        "sv": f"den {d} {m} {y} {hm(t)}",
    }[lang]


# --------------------------------------------------------------------------------------
# People, deals and the buyer's offer (rendered like templates/<lang>/*.txt and .html)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Buyer:
    name: str
    local: str  # mailbox local part
    domain: str
    company: str
    tz: int = 1  # hours east of UTC, for the offer's Date

    @property
    def addr(self) -> str:
        return f"{self.local}@{self.domain}"


B_HARBOUR = Buyer("Dana Whitfield", "procurement", "harbour-foods.example", "Harbour Foods Ltd", 0)
B_NORTHLINE = Buyer("Marcus Lee", "sourcing", "northline-mfg.example", "Northline Manufacturing Inc.", -5)
B_VOGEL = Buyer("Katrin Vogel", "einkauf", "vogel-verpackung.example", "Vogel Verpackungstechnik GmbH")
B_CARREL = Buyer("Julien Marchand", "achats", "maison-carrel.example", "Maison Carrel SAS")
B_NORTE = Buyer("Lucía Romero", "compras", "conservas-norte.example", "Conservas del Norte S.L.")
B_POLARIS = Buyer("Eva Lindqvist", "purchasing", "polaris-components.example", "Polaris Components AB")
B_ALPINE = Buyer("Stefan Brunner", "beschaffung", "alpina-werke.example", "Alpina Werke AG")


@dataclass
class Deal:
    item: str
    price: float | None
    cur: str | None
    offer: tuple | None  # (price_change_pct, payment_days, contract_months) or None
    buyer: Buyer = B_HARBOUR
    vol: int | None = None
    kind: str = "opening"  # opening | counter | reminder
    olang: str | None = None  # language of the bot's template; None: from the supplier's
    cond: str | None = None  # the trade-off sentence of a counter-offer, already worded
    ref: str = ""  # filled in by C()/X()
    sent: dt.datetime | None = None  # filled in by C()/X()
    company: str = ""  # the supplier company the offer is addressed to
    to_addr: str = ""  # the supplier address the offer went to

    @property
    def token(self) -> str:
        key = self.ref.lower().replace("-", "")
        mac = base64.b32encode(hashlib.sha256(("tok" + self.ref).encode()).digest()).decode()
        return key + mac[:10].lower()

    @property
    def reply_addr(self) -> str:
        return f"{self.buyer.local}+{self.token}@{self.buyer.domain}"

    @property
    def offer_id(self) -> str:
        digest = hashlib.sha256(f"{self.ref}/{self.kind}".encode()).hexdigest()[:32]
        return f"<mailbot.{digest}@{self.buyer.domain}>"

    @property
    def thread_root(self) -> str:
        digest = hashlib.sha256(f"{self.ref}/root".encode()).hexdigest()[:32]
        return f"<mailbot.{digest}@{self.buyer.domain}>"

    def context(self) -> dict:
        last = None
        if self.offer is not None:
            p, d, m = self.offer
            last = {
                "price_change_pct": None if p is None else float(p),
                "payment_days": d,
                "contract_months": m,
            }
        return {
            "baseline_unit_price": self.price,
            "currency": self.cur,
            "last_offer": last,
        }


NBSP = "\u00a0"
TPL = {
    "en": dict(
        subject="{item}: pricing proposal [ref {ref}]",
        hello="Dear {company},",
        opening="We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
        vol=" (about {n} units a year)",
        counter="Thank you for your reply. Having looked at it carefully, we would like to propose:",
        reminder="A friendly reminder about our proposal for {item}, which is still open:",
        close_opening="If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
        close_counter="If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
        close_reminder="We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
        form=["--- Your reply (edit the values and send) ---", "Unit price change (%, minus = reduction): ", "Payment terms (days): ", "Contract length (months): ", "Committed volume (units per year): ", "Rebate (%): ", "--- end ---"],
        regards="Kind regards,",
        unit="Unit price", pay="Payment terms", con="Contract length", sep=": ",
        below="{pct} below the current price", above="{pct} above the current price", unchanged="unchanged",
        compared="{change} ({offered} instead of {current})", net="Net {d}", months=("1 month", "{n} months"),
        dec=".", th=",", pct="{n}%", lang_attr="",
    ),
    "de": dict(
        subject="{item}: Preisvorschlag [ref {ref}]",
        hello="Sehr geehrtes Team von {company},",
        opening="wir überprüfen derzeit unsere Bezugskonditionen für {item}{vol} und möchten Ihnen die folgenden Konditionen vorschlagen:",
        vol=" (rund {n} Stück pro Jahr)",
        counter="vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
        reminder="wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:",
        close_opening="Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
        close_counter="Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
        close_reminder="Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
        form=["--- Ihre Antwort (Werte anpassen und absenden) ---", "Preisänderung pro Einheit (%, minus = Senkung): ", "Zahlungsziel (Tage): ", "Vertragslaufzeit (Monate): ", "Abnahmemenge (Stück pro Jahr): ", "Rückvergütung (%): ", "--- Ende ---"],
        regards="Mit freundlichen Grüßen",
        unit="Stückpreis", pay="Zahlungsziel", con="Vertragslaufzeit", sep=": ",
        below="{pct} unter dem aktuellen Preis", above="{pct} über dem aktuellen Preis", unchanged="unverändert",
        compared="{change} ({offered} statt {current})", net="{d} Tage netto", months=("1 Monat", "{n} Monate"),
        dec=",", th=".", pct="{n} %", lang_attr=' lang="de"',
    ),
    "fr": dict(
        subject="{item} : proposition tarifaire [ref {ref}]",
        hello="À l'attention de l'équipe {company}\n\nMadame, Monsieur,",
        opening="Dans le cadre de la revue de nos approvisionnements en {item}{vol}, nous souhaitons vous proposer les conditions suivantes :",
        vol=" (environ {n} unités par an)",
        counter="Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
        reminder="Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :",
        close_opening="Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
        close_counter="Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
        close_reminder="Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
        form=["--- Votre réponse (modifiez les valeurs puis envoyez) ---", "Variation du prix unitaire (%, moins = baisse) : ", "Délai de paiement (jours) : ", "Durée du contrat (mois) : ", "Volume engagé (unités par an) : ", "Remise de fin d'année (%) : ", "--- fin ---"],
        regards="Cordialement,",
        unit="Prix unitaire", pay="Délai de paiement", con="Durée du contrat", sep=" : ",
        below="inférieur de {pct} au prix actuel", above="supérieur de {pct} au prix actuel", unchanged="inchangé",
        compared="{change} ({offered} au lieu de {current})", net="{d} jours net", months=("1 mois", "{n} mois"),
        dec=",", th=NBSP, pct="{n}" + NBSP + "%", lang_attr=' lang="fr"',
    ),
    "es": dict(
        subject="{item}: propuesta de precios [ref {ref}]",
        hello="Estimado equipo de {company}:",
        opening="Estamos revisando nuestro suministro de {item}{vol} y nos gustaría proponerles las siguientes condiciones:",
        vol=" (unas {n} unidades al año)",
        counter="Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
        reminder="Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:",
        close_opening="Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
        close_counter="Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
        close_reminder="Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
        form=["--- Su respuesta (modifique los valores y envíe) ---", "Variación del precio unitario (%, menos = rebaja): ", "Plazo de pago (días): ", "Duración del contrato (meses): ", "Volumen comprometido (unidades al año): ", "Bonificación anual (%): ", "--- fin ---"],
        regards="Saludos cordiales,",
        unit="Precio unitario", pay="Plazo de pago", con="Duración del contrato", sep=": ",
        below="un {pct} inferior al actual", above="un {pct} superior al actual", unchanged="sin cambios",
        compared="{change} ({offered} en lugar de {current})", net="{d} días", months=("1 mes", "{n} meses"),
        dec=",", th=".", pct="{n} %", lang_attr=' lang="es"',
    ),
}


def plain_number(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _local(s: str, t: dict) -> str:
    return s.translate({ord(","): t["th"], ord("."): t["dec"]})


def offer_lines(d: Deal, lang: str) -> list[str]:
    t = TPL[lang]
    pct, days, months = d.offer
    out = []
    if pct is not None:
        if pct == 0:
            change = t["unchanged"]
            if d.price is not None:
                change += f" ({d.cur} {_local(f'{d.price:,.2f}', t)})"
        else:
            pat = t["below"] if pct < 0 else t["above"]
            change = pat.format(pct=t["pct"].format(n=_local(plain_number(abs(pct)), t)))
            if d.price is not None:
                offered = f"{d.cur} {_local(f'{d.price * (1 + pct / 100):,.2f}', t)}"
                current = f"{d.cur} {_local(f'{d.price:,.2f}', t)}"
                change = t["compared"].format(change=change, offered=offered, current=current)
        out.append(t["unit"] + t["sep"] + change)
    if days is not None:
        out.append(t["pay"] + t["sep"] + t["net"].format(d=days))
    if months is not None:
        m = t["months"][0] if months == 1 else t["months"][1].format(n=months)
        out.append(t["con"] + t["sep"] + m)
    return out


def form_lines(d: Deal, lang: str) -> list[str]:
    f = TPL[lang]["form"]
    pct, days, months = d.offer
    vals = ["" if v is None else plain_number(v) for v in (pct, days, months)] + ["", ""]
    return [f[0]] + [f[i + 1] + vals[i] for i in range(5)] + [f[6]]


def offer_subject(d: Deal) -> str:
    return TPL[d.olang]["subject"].format(item=d.item, ref=d.ref)


def offer_text(d: Deal) -> str:
    t = TPL[d.olang]
    vol = t["vol"].format(n=_local(f"{d.vol:,}", t)) if d.vol else ""
    intro = {"opening": t["opening"], "counter": t["counter"], "reminder": t["reminder"]}[d.kind]
    close = {"opening": t["close_opening"], "counter": t["close_counter"], "reminder": t["close_reminder"]}[d.kind]
    parts = [t["hello"].format(company=d.company), intro.format(item=d.item, vol=vol)]
    parts.append("\n".join("- " + x for x in offer_lines(d, d.olang)))
    if d.cond:
        parts.append(d.cond)
    parts.append(close)
    parts.append("\n".join(form_lines(d, d.olang)))
    parts.append(f"\n{t['regards']}\n{d.buyer.name}\n{d.buyer.company}")
    return "\n\n".join(parts) + "\n"


def offer_html_inner(d: Deal) -> str:
    """The <body> content of the bot's HTML offer."""
    t = TPL[d.olang]
    e = html.escape
    vol = t["vol"].format(n=_local(f"{d.vol:,}", t)) if d.vol else ""
    intro = {"opening": t["opening"], "counter": t["counter"], "reminder": t["reminder"]}[d.kind]
    close = {"opening": t["close_opening"], "counter": t["close_counter"], "reminder": t["close_reminder"]}[d.kind]
    hello = "".join(f"<p>{e(x)}</p>\n" for x in t["hello"].format(company=d.company).split("\n\n"))
    lis = "".join(f"  <li>{e(x)}</li>\n" for x in offer_lines(d, d.olang))
    cond = f"<p><strong>{e(d.cond)}</strong></p>\n" if d.cond else ""
    form = e("\n".join(form_lines(d, d.olang)))
    return (
        f"{hello}<p>{e(intro.format(item=d.item, vol=vol))}</p>\n<ul>\n{lis}</ul>\n{cond}"
        f"<p>{e(close)}</p>\n"
        f'<pre style="font-family: Consolas, monospace; font-size: 13px;">{form}</pre>\n'
        f"<p>{e(t['regards'])}<br>\n{e(d.buyer.name)}<br>\n{e(d.buyer.company)}</p>\n"
    )


# --------------------------------------------------------------------------------------
# How clients introduce and mark the quoted offer
# --------------------------------------------------------------------------------------

RE_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "it": "R: ", "nl": "RE: ",
             "pl": "Odp: ", "pt": "RE: ", "sv": "SV: "}
ORIG_MSG = {
    "en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
    "it": "-----Messaggio originale-----", "nl": "-----Oorspronkelijk bericht-----",
    "pl": "-----Wiadomość oryginalna-----", "pt": "-----Mensagem original-----",
    "sv": "-----Ursprungligt meddelande-----",
}
OUTLOOK_LABELS = {  # From, Sent, To, Subject, separator
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "pl": ("Od", "Wysłano", "Do", "Temat", ": "),
    "pt": ("De", "Enviada em", "Para", "Assunto", ": "),
    "sv": ("Från", "Skickat", "Till", "Ämne", ": "),
}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "nl": "Verstuurd vanaf mijn iPhone",
          "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone"}
GALAXY = {"en": "Sent from my Galaxy", "de": "Von meinem Galaxy gesendet", "fr": "Envoyé depuis mon Galaxy",
          "es": "Enviado desde mi Galaxy", "it": "Inviato dal mio Galaxy", "nl": "Verzonden vanaf mijn Galaxy",
          "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy", "sv": "Skickat från min Galaxy"}
SAMSUNG_SEP = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "pl": ("-------- Oryginalna wiadomość --------", "Od", "Data", "Do", "Temat"),
    "pt": ("-------- Mensagem original --------", "De", "Data", "Para", "Assunto"),
    "sv": ("-------- Originalmeddelande --------", "Från", "Datum", "Till", "Ämne"),
}


def gmail_attr(t: dt.datetime, lang: str, name: str, addr: str, us: bool = False) -> str:
    wa, d, y = WD_ABBR[lang][t.weekday()], t.day, t.year
    ma = MON_ABBR[lang][t.month - 1]
    if lang == "en":
        if us:
            return f"On {wa}, {ma} {d}, {y} at {ampm(t)} {name} <{addr}> wrote:"
        return f"On {wa}, {d} {ma} {y} at {hm(t)}, {name} <{addr}> wrote:"
    return {
        "de": f"Am {wa}, {d}. {MON['de'][t.month - 1]} {y} um {hm(t)} Uhr schrieb {name} <{addr}>:",
        "fr": f"Le {wa} {d} {MON['fr'][t.month - 1]} {y} à {hm(t)}, {name} <{addr}> a écrit :",
        "es": f"El {wa}, {d} {ma} {y} a las {hm(t)}, {name} (<{addr}>) escribió:",
        "it": f"Il giorno {wa} {d} {ma} {y} alle ore {hm(t)} {name} <{addr}> ha scritto:",
        "nl": f"Op {wa} {d} {ma} {y} om {hm(t)} schreef {name} <{addr}>:",
        "pl": f"{wa}, {d} {ma} {y} o {hm(t)} {name} <{addr}> napisał(a):",
        "pt": f"Em {wa}, {d} de {ma} de {y} às {hm(t)}, {name} <{addr}> escreveu:",
        "sv": f"Den {wa} {d} {MON['sv'][t.month - 1]} {y} kl {hm(t)} skrev {name} <{addr}>:",
    }[lang]


def apple_attr(t: dt.datetime, lang: str, name: str, addr: str, br: bool = False) -> str:
    d, y = t.day, t.year
    ma = MON_ABBR[lang][t.month - 1]
    if lang == "pt" and br:
        return f"Em {d} de {ma} de {y}, à(s) {hm(t)}, {name} <{addr}> escreveu:"
    return {
        "en": f"On {d} {ma} {y}, at {hm(t)}, {name} <{addr}> wrote:",
        "de": f"Am {t:%d.%m.%Y} um {hm(t)} schrieb {name} <{addr}>:",
        "fr": f"Le {d} {MON['fr'][t.month - 1]} {y} à {hm(t)}, {name} <{addr}> a écrit :",
        "es": f"El {d} {ma} {y}, a las {hm(t)}, {name} <{addr}> escribió:",
        "it": f"Il giorno {d} {ma} {y}, alle ore {hm(t)}, {name} <{addr}> ha scritto:",
        "nl": f"Op {d} {ma} {y} om {hm(t)} heeft {name} <{addr}> het volgende geschreven:",
        "pl": f"Wiadomość napisana przez {name} <{addr}> w dniu {d} {ma} {y}, o godz. {hm(t)}:",
        "pt": f"No dia {d}/{t.month:02d}/{y}, às {hm(t)}, {name} <{addr}> escreveu:",
        "sv": f"{d} {MON['sv'][t.month - 1]} {y} kl. {hm(t)} skrev {name} <{addr}>:",
    }[lang]


def tbird_attr(t: dt.datetime, lang: str, name: str) -> str:
    return {
        "en": f"On {t:%d/%m/%Y} {hm(t)}, {name} wrote:",
        "de": f"Am {t:%d.%m.%y} um {hm(t)} schrieb {name}:",
        "fr": f"Le {t:%d/%m/%Y} à {hm(t)}, {name} a écrit :",
        "es": f"El {t.day}/{t.month}/{t:%y} a las {hm(t)}, {name} escribió:",
        "it": f"Il {t:%d/%m/%Y} {hm(t)}, {name} ha scritto:",
        "nl": f"Op {t:%d-%m-%Y} om {hm(t)} schreef {name}:",
        "pl": f"W dniu {t.day}.{t.month:02d}.{t.year} o {hm(t)}, {name} pisze:",
        "pt": f"Em {t:%d/%m/%Y} {hm(t)}, {name} escreveu:",
        "sv": f"Den {t:%Y-%m-%d} kl. {hm(t)}, skrev {name}:",
    }[lang]


def quote_gt(text: str) -> str:
    return "\n".join(">" if not line else "> " + line for line in text.split("\n"))


def outlook_block(d: Deal, lang: str, subject: str, sup_addr: str, quote: bool = False) -> str:
    f, s, to, subj, sep = OUTLOOK_LABELS[lang]
    lines = [
        f"{f}{sep}{d.buyer.name} <{d.buyer.addr}>",
        f"{s}{sep}{long_date(d.sent, lang)}",
        f"{to}{sep}{sup_addr}",
        f"{subj}{sep}{subject}",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# MIME: parts as (headers, body bytes), rendered with CRLF line endings
# --------------------------------------------------------------------------------------

CODEC = {"us-ascii": "ascii", "iso-8859-1": "latin-1", "iso-8859-2": "iso8859_2",
         "iso-8859-15": "iso8859_15", "windows-1252": "cp1252", "windows-1250": "cp1250",
         "utf-8": "utf-8", "gb2312": "gb2312", "gbk": "gbk"}


def codec(charset: str) -> str:
    return CODEC[charset.lower()]


def b64lines(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data)
    return b"\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\r\n"


def encode_body(text: str, charset: str, cte: str, real_charset: str | None = None) -> bytes:
    """Text with \\n line ends -> body bytes. ``real_charset`` encodes with another codec
    than the declared one (a deliberately mislabelled message)."""
    data = text.encode(codec(real_charset or charset))
    if cte in ("7bit", "8bit"):
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", b"\r\n")
    if cte == "base64":
        return b64lines(data.replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


@dataclass
class Part:
    headers: list
    body: bytes


def text_part(text: str, sub: str = "plain", charset: str = "utf-8", cte: str | None = None,
              params: str = "", real_charset: str | None = None, extra: tuple = (),
              quote_charset: bool = True) -> Part:
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    cs = f'"{charset}"' if quote_charset else charset
    h = [("Content-Type", f"text/{sub}; charset={cs}{params}"),
         ("Content-Transfer-Encoding", cte), *extra]
    return Part(h, encode_body(text, charset, cte, real_charset))


def bin_part(ctype: str, data: bytes, filename: str | None = None, disposition: str = "attachment",
             cid: str | None = None, extra: tuple = ()) -> Part:
    h = [("Content-Type", ctype + (f'; name="{filename}"' if filename else ""))]
    if disposition:
        h.append(("Content-Disposition", disposition + (f'; filename="{filename}"' if filename else "")))
    h.append(("Content-Transfer-Encoding", "base64"))
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    h.extend(extra)
    return Part(h, b64lines(data))


def multipart(sub: str, parts: list, boundary: str, params: str = "", preamble: str | None = None,
              close: bool = True, declare_boundary: bool = True, extra: tuple = ()) -> Part:
    ct = f"multipart/{sub};" + (f'\r\n\tboundary="{boundary}"' if declare_boundary else "") + params
    body = b""
    if preamble:
        body += preamble.encode("ascii").replace(b"\n", b"\r\n") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + render_headers(p.headers) + b"\r\n" + p.body
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    if close:
        body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", ct), *extra], body)


def render_headers(headers: list) -> bytes:
    out = b""
    for k, v in headers:
        line = f"{k}: {v}"
        out += line.encode("utf-8").replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"
    return out


def hdr(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 encoded-word for a non-ASCII header text, folded with CRLF."""
    if is_ascii(value):
        return value
    cs = "utf-8" if codec(charset) == "ascii" else charset
    return Header(value, cs, maxlinelen=76).encode(linesep="\r\n")


def addr_hdr(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{hdr(name, charset)} <{addr}>"


def fold_ids(ids: list[str]) -> str:
    return "\r\n ".join(ids)


def render(headers: list, body: Part) -> bytes:
    return render_headers(headers + body.headers) + b"\r\n" + body.body


def tiny_png(seed: str, w: int = 24, h: int = 8) -> bytes:
    """A small valid PNG (a company logo stand-in), deterministic from ``seed``."""
    digest = hashlib.sha256(seed.encode()).digest()
    rows = b""
    for y in range(h):
        rows += b"\x00" + bytes(digest[(x + y) % 32] for x in range(w) for _ in range(3))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given (ASCII) lines of text."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def tiny_xlsx(rows: list[list]) -> bytes:
    """A minimal spreadsheet (inline strings), fixed timestamps so the bytes are stable."""
    def cell(ref: str, v) -> str:
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{html.escape(str(v))}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(r)) + "</row>"
        for i, r in enumerate(rows, 1))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Offer" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_rows}</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return buf.getvalue()


def h8(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:n]


def hx(*parts: str, n: int = 16) -> str:
    return h8(*parts, n=n).upper()


# --------------------------------------------------------------------------------------
# Replies: the supplier's new text, a signature and the quoted offer, per mail client
# --------------------------------------------------------------------------------------

LANG_BASE = {"en": "en", "en-in": "en", "en-cn": "en", "en-de": "en", "en-es": "en", "en-it": "en",
             "en-fr": "en", "en-nl": "en", "en-pl": "en",
             "de": "de", "de-ch": "de", "de-at": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl",
             "pl": "pl", "pt-pt": "pt", "pt-br": "pt", "sv": "sv"}
TZ = {"en": 0, "en-in": 5.5, "en-cn": 8, "en-de": 1, "en-es": 1, "en-it": 1, "en-fr": 1, "en-nl": 1,
      "en-pl": 1, "de": 1, "de-ch": 1, "de-at": 1, "fr": 1, "es": 1, "it": 1, "nl": 1, "pl": 1,
      "pt-pt": 0, "pt-br": -3, "sv": 1}
# The charset a client in that language typically declares for text (Outlook / webmail).
LEGACY_CS = {"en": "us-ascii", "de": "iso-8859-1", "fr": "iso-8859-15", "es": "iso-8859-1",
             "it": "iso-8859-15", "nl": "iso-8859-1", "pl": "iso-8859-2", "pt": "iso-8859-1",
             "sv": "iso-8859-1"}


def zone(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def when(name: str, tz_hours: float, after: dt.datetime | None = None) -> dt.datetime:
    """A fixed time derived from the case name: no clock."""
    n = int(h8(name, "when", n=12), 16)
    if after is None:
        base = dt.datetime(2025, 2, 3, tzinfo=zone(tz_hours))
        t = base + dt.timedelta(days=n % 150, hours=8 + (n >> 8) % 9, minutes=(n >> 16) % 60,
                                seconds=(n >> 24) % 60)
        while t.weekday() > 4:
            t += dt.timedelta(days=1)
        return t
    t = after.astimezone(zone(tz_hours)) + dt.timedelta(hours=1 + (n >> 4) % 30, minutes=(n >> 12) % 60,
                                                        seconds=(n >> 20) % 60)
    if not 7 <= t.hour < 19:  # people answer in office hours (machines do not wait: see X)
        t = (t + dt.timedelta(days=1 if t.hour >= 19 else 0)).replace(hour=8 + (n >> 28) % 3)
    while t.weekday() > 4 and (n >> 32) % 5:
        t += dt.timedelta(days=1)
    return t


@dataclass
class Sup:
    name: str
    addr: str
    company: str

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]


def msgid(client: str, name: str, domain: str) -> str:
    if client in ("outlook", "owa", "outlook_plain", "outlook_mobile", "outlook_mac"):
        srv = "AM" + str(int(h8(name, "s", n=2), 16) % 9 + 1) + "PR0" + str(int(h8(name, "t", n=2), 16) % 9 + 1) + "MB" + str(1000 + int(h8(name, "u", n=4), 16) % 9000)
        return f"<{srv}{hx(name, 'id', n=24)}@{srv}.eurprd0{int(h8(name, 'v', n=2), 16) % 9 + 1}.prod.outlook.com>"
    if client in ("gmail", "gmail_mobile"):
        tok = base64.b64encode(hashlib.sha256(name.encode()).digest()).decode()[:44].replace("/", "_")
        return f"<CA{tok}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = hx(name, "apple", n=32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "thunderbird":
        u = h8(name, "tb", n=32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "notes":
        return f"<OF{hx(name, 'n1', n=8)}.{hx(name, 'n2', n=8)}-ON{hx(name, 'n3', n=8)}.{hx(name, 'n4', n=8)}@{domain}>"
    host = {"gmx": "gmx.net", "webde": "web.de", "orange": "orange.fr", "libero": "libero.it",
            "wp": "wp.pl", "yahoo": "mail.yahoo.com", "proton": "proton.me", "interia": "interia.pl",
            "tonline": "t-online.de", "uol": "uol.com.br", "sapo": "sapo.pt"}.get(client, domain)
    return f"<{h8(name, 'w', n=20)}.{int(h8(name, 'x', n=6), 16)}@{host}>"


CLIENT_HEADERS = {
    "outlook": lambda n: [("Thread-Topic", None), ("Thread-Index", base64.b64encode(hashlib.sha256((n + 'ti').encode()).digest()[:22]).decode()),
                          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "outlook_plain": lambda n: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(hashlib.sha256((n + 'ti').encode()).digest()[:22]).decode())],
    "owa": lambda n: [("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                      ("x-ms-publictraffictype", "Email")],
    "outlook_mobile": lambda n: [("X-MS-Has-Attach", "")],
    "outlook_mac": lambda n: [("User-Agent", "Microsoft-MacOutlook/16.93.25011212")],
    "gmail": lambda n: [],
    "gmail_mobile": lambda n: [],
    "apple": lambda n: [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": lambda n: [("X-Mailer", "iPhone Mail (22D72)")],
    "samsung": lambda n: [("X-Mailer", "Samsung Email")],
    "thunderbird": lambda n: [("User-Agent", "Mozilla Thunderbird")],
    "gmx": lambda n: [("X-Priority", "3"), ("X-UI-Message-Type", "mail"), ("Importance", "normal")],
    "webde": lambda n: [("X-Priority", "3"), ("X-UI-Message-Type", "mail"), ("Importance", "normal")],
    "orange": lambda n: [("X-Mailer", "Orange Messagerie"), ("X-Originating-IP", "[90.12.77.41]")],
    "libero": lambda n: [("X-Mailer", "Libero Mail")],
    "wp": lambda n: [("X-Mailer", "Poczta WP"), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")],
    "interia": lambda n: [("X-Mailer", "Interia Poczta"), ("X-Interia-Antivirus", "OK")],
    "yahoo": lambda n: [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
    "zimbra": lambda n: [("X-Mailer", "Zimbra 10.0.6_GA_4593 (ZimbraWebClient - FF133 (Win)/10.0.6_GA_4593)"),
                         ("Thread-Topic", None), ("Thread-Index", "AQHb" + h8(n, "z", n=20))],
    "proton": lambda n: [("X-Pm-Message-ID", h8(n, "pm", n=40)), ("X-Pm-Origin", "internal")],
    "notes": lambda n: [("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
                        ("X-MIMETrack", "Serialize by Router on NOTES01/ACME at 2025/03/04 10:14:05")],
    "roundcube": lambda n: [("User-Agent", "Roundcube Webmail/1.6.9")],
    "tonline": lambda n: [("X-Mailer", "t-online.de webmail"), ("X-TOI-MSGID", h8(n, "toi", n=36))],
    "uol": lambda n: [("X-Mailer", "UOL Mail")],
    "sapo": lambda n: [("X-Mailer", "SAPO Mail")],
    "k9": lambda n: [("User-Agent", "K-9 Mail for Android")],
    "mutt": lambda n: [("User-Agent", "NeoMutt/20231103")],
    "foxmail": lambda n: [("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("X-Priority", "3"), ("X-Has-Attach", "no")],
    "coremail": lambda n: [("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
                           ("X-Originating-IP", "[115.196.44.12]"), ("X-CM-TRANSID", h8(n, "cm", n=24))],
    "zoho": lambda n: [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
    "custom": lambda n: [],
}

LOCALIZED_PREFIX_CLIENTS = {"outlook", "owa", "outlook_plain", "outlook_mobile", "samsung", "zimbra", "notes"}


def attribution_plain(client: str, ui: str, d: Deal, sup: Sup, subject: str, br: bool = False) -> tuple[str, str]:
    """(lines that introduce the quote, how the quote is marked: gt | none | gt_all)."""
    t, bn, ba = d.sent, d.buyer.name, d.buyer.addr
    to = sup.addr
    if client in ("outlook", "outlook_mobile"):
        block = outlook_block(d, ui, subject, to)
        lead = "________________________________\n" if client == "outlook_mobile" else ""
        return lead + block, "none"
    if client == "owa":
        return "________________________________\n" + outlook_block(d, ui, subject, to), "none"
    if client == "outlook_plain":
        return ORIG_MSG[ui] + "\n" + outlook_block(d, ui, subject, to), "none"
    if client == "outlook_mac":
        lab = {"en": ("From", "Date", "To", "Subject"), "de": ("Von", "Datum", "An", "Betreff"),
               "fr": ("De", "Date", "À", "Objet")}.get(ui, ("From", "Date", "To", "Subject"))
        date = {"en": f"{WD['en'][t.weekday()]}, {t.day} {MON['en'][t.month - 1]} {t.year} at {hm(t)}",
                "de": f"{WD['de'][t.weekday()]}, {t.day}. {MON['de'][t.month - 1]} {t.year} um {hm(t)}",
                "fr": f"{WD['fr'][t.weekday()]} {t.day} {MON['fr'][t.month - 1]} {t.year} à {hm(t)}"}.get(ui)
        sep = " : " if ui == "fr" else ": "
        return (f"{lab[0]}{sep}{bn} <{ba}>\n{lab[1]}{sep}{date}\n{lab[2]}{sep}{to}\n{lab[3]}{sep}{subject}"), "none"
    if client in ("gmail", "gmail_mobile"):
        return gmail_attr(t, ui, bn, ba, us=(d.buyer.tz < 0)), "gt"
    if client in ("apple", "iphone"):
        return apple_attr(t, ui, bn, ba, br=br), "gt_all"
    if client == "samsung":
        sep, f, dd, tt, s = SAMSUNG_SEP[ui]
        gmt = f"(GMT{d.buyer.tz:+03d}:00)"
        date = f"{t:%d.%m.%y} {hm(t)} {gmt}" if ui == "de" else f"{t:%d/%m/%Y} {hm(t)} {gmt}"
        return f"{sep}\n{f}: {bn} <{ba}>\n{dd}: {date}\n{tt}: {to}\n{s}: {subject}", "none"
    if client == "thunderbird":
        return tbird_attr(t, ui, bn), "gt"
    if client in ("gmx", "webde"):
        if ui == "de":
            date = f"{WD['de'][t.weekday()]}, {t:%d}. {MON['de'][t.month - 1]} {t.year} um {hm(t)} Uhr"
            return f"Gesendet: {date}\nVon: \"{bn}\" <{ba}>\nAn: {to}\nBetreff: {subject}", "gt"
        date = f"{WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} at {ampm(t)}"
        return f"Sent: {date}\nFrom: \"{bn}\" <{ba}>\nTo: {to}\nSubject: {subject}", "gt"
    if client == "orange":
        return (f"Message du {t:%d/%m/%y} {hm(t)}\nDe : \"{bn}\" <{ba}>\nA : {to}\nCopie à : \n"
                f"Objet : {subject}"), "gt_all"
    if client == "libero":
        return (f"----Messaggio originale----\nDa: {ba}\nData: {t.day}-{MON_ABBR['it'][t.month - 1]}-{t.year} "
                f"{t.hour}.{t.minute:02d}\nA: <{to}>\nOgg: {subject}"), "none"
    if client == "wp":
        return f"Dnia {t.day} {MON['pl'][t.month - 1]} {t.year} {hm(t)} {bn} <{ba}> napisał(a):", "gt"
    if client == "interia":
        return f"Od: \"{bn}\" <{ba}>\nDo: {to}\nData: {t.day}.{t.month:02d}.{t.year} {hm(t)}\nTemat: {subject}", "gt"
    if client == "yahoo":
        off = d.buyer.tz
        return (f"On {WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} at {ampm(t, True)} "
                f"GMT{off:+d}, {bn} <{ba}> wrote:"), "gt"
    if client == "zimbra":
        if ui == "fr":
            date = f"{WD['fr'][t.weekday()].capitalize()} {t.day} {MON['fr'][t.month - 1].capitalize()} {t.year} {hm(t)}:{t.second:02d}"
            return (f"----- Mail original -----\nDe: \"{bn}\" <{ba}>\nÀ: \"{sup.name}\" <{to}>\n"
                    f"Envoyé: {date}\nObjet: {subject}"), "gt"
        if ui == "de":
            date = f"{WD['de'][t.weekday()]}, {t.day}. {MON['de'][t.month - 1]} {t.year} {hm(t)}:{t.second:02d}"
            return (f"----- Ursprüngliche Mail -----\nVon: \"{bn}\" <{ba}>\nAn: \"{sup.name}\" <{to}>\n"
                    f"Gesendet: {date}\nBetreff: {subject}"), "gt"
        date = f"{WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} {ampm(t, True)}"
        return (f"----- Original Message -----\nFrom: \"{bn}\" <{ba}>\nTo: \"{sup.name}\" <{to}>\n"
                f"Sent: {date}\nSubject: {subject}"), "gt"
    if client == "proton":
        day = t.day
        suf = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return (f"------- Original Message -------\nOn {WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} "
                f"{day}{suf}, {t.year} at {hm(t)}, {bn} <{ba}> wrote:"), "gt"
    if client == "notes":
        if ui == "de":
            return (f"\"{bn}\" <{ba}> schrieb am {t:%d.%m.%Y %H:%M:%S}:\n\n"
                    f"> Von: \"{bn}\" <{ba}>\n> An: {to}\n> Datum: {t:%d.%m.%Y %H:%M}\n> Betreff: {subject}\n>"), "gt"
        return (f"\"{bn}\" <{ba}> wrote on {t:%m/%d/%Y} {ampm(t, True)}:\n\n"
                f"> From: \"{bn}\" <{ba}>\n> To: {to}\n> Date: {t:%m/%d/%Y} {ampm(t)}\n> Subject: {subject}\n>"), "gt"
    if client == "roundcube":
        if ui == "de":
            return f"Am {t:%d.%m.%Y} {hm(t)}, schrieb {bn}:", "gt"
        if ui == "fr":
            return f"Le {t:%Y-%m-%d} {hm(t)}, {bn} a écrit :", "gt"
        if ui == "it":
            return f"Il {t:%Y-%m-%d} {hm(t)} {bn} ha scritto:", "gt"
        return f"On {t:%Y-%m-%d} {hm(t)}, {bn} wrote:", "gt"
    if client == "tonline":
        return (f"-----Original-Nachricht-----\nBetreff: {subject}\nDatum: {t:%Y-%m-%dT%H:%M:%S}+0100\n"
                f"Von: \"{bn}\" <{ba}>\nAn: \"{to}\" <{to}>"), "none"
    if client == "uol":
        return f"Em {t:%d/%m/%Y} {hm(t)}, {bn} < {ba} > escreveu:", "gt"
    if client == "sapo":
        return f"Em {t:%d/%m/%Y} às {hm(t)}, {bn} escreveu:", "gt"
    if client == "k9":
        return (f"On {MON['en'][t.month - 1]} {t.day}, {t.year} {ampm(t, True)} GMT{d.buyer.tz:+03d}:00, "
                f"{bn} <{ba}> wrote:"), "gt"
    if client == "foxmail":
        return (f" \n{sup.addr}\n \nFrom: {bn}\nDate: {t:%Y-%m-%d %H:%M}\nTo: {sup.name}\n"
                f"Subject: {subject}"), "none"
    if client == "coremail":
        return f"At {t:%Y-%m-%d %H:%M:%S}, \"{bn}\" <{ba}> wrote:", "gt"
    if client == "zoho":
        return (f"---- On {WD_ABBR['en'][t.weekday()]}, {t:%d} {MON_ABBR['en'][t.month - 1]} {t.year} "
                f"{t:%H:%M:%S} {t:%z} {bn}<{ba}> wrote ---"), "gt"
    if client == "mutt":
        return f"On {WD_ABBR['en'][t.weekday()]}, {MON_ABBR['en'][t.month - 1]} {t.day:02d}, {t.year} at {t:%I:%M:%S}{'AM' if t.hour < 12 else 'PM'} {t:%z}, {bn} wrote:", "gt"
    raise ValueError(client)


def quoted_plain(client: str, ui: str, d: Deal, sup: Sup, subject: str, br: bool = False) -> str:
    head, style = attribution_plain(client, ui, d, sup, subject, br)
    body = offer_text(d).rstrip("\n")
    if style == "none":
        return head + "\n\n" + body
    if style == "gt":
        return head + "\n" + quote_gt(body)
    return quote_gt(head + "\n\n" + body)


def e(s: str) -> str:
    return html.escape(s, quote=False)


def html_lines(text: str, client: str) -> str:
    lines = text.split("\n")
    if client in ("outlook", "outlook_plain", "outlook_mac"):
        return "".join(
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' if not ln.strip()
            else f'<p class="MsoNormal"><span lang="EN-GB">{e(ln)}<o:p></o:p></span></p>\n' for ln in lines)
    if client in ("gmail", "gmail_mobile"):
        return '<div dir="ltr">' + "<br>".join(e(ln) for ln in lines) + "</div>"
    if client == "owa":
        return "".join(
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">'
            + (e(ln) if ln.strip() else "<br>") + "</div>\n" for ln in lines)
    return "".join(f"<div>{e(ln)}</div>\n" if ln.strip() else "<div><br></div>\n" for ln in lines)


def quoted_html(client: str, ui: str, d: Deal, sup: Sup, subject: str, br: bool = False) -> str:
    inner = offer_html_inner(d)
    head, _style = attribution_plain(client, ui, d, sup, subject, br)
    if client in ("outlook", "outlook_plain", "outlook_mac", "owa", "outlook_mobile"):
        f, s, to, subj, sep = OUTLOOK_LABELS[ui]
        block = (f"<b>{f}{sep}</b>{e(d.buyer.name)} &lt;{e(d.buyer.addr)}&gt;<br>\n<b>{s}{sep}</b>"
                 f"{e(long_date(d.sent, ui))}<br>\n<b>{to}{sep}</b>{e(sup.addr)}<br>\n<b>{subj}{sep}</b>{e(subject)}")
        if client == "owa" or client == "outlook_mobile":
            return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                    f"{block}</font>\n<div>&nbsp;</div>\n</div>\n<div>\n{inner}</div>\n")
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal">{block}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{inner}')
    if client in ("gmail", "gmail_mobile"):
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{e(head)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>\n')
    if client in ("apple", "iphone"):
        return (f'<div><br><blockquote type="cite"><div>{e(head)}</div><br>'
                f'<div><div>{inner}</div></div></blockquote></div>\n')
    if client == "thunderbird":
        return (f'<div class="moz-cite-prefix">{e(head)}<br></div>\n<blockquote type="cite" '
                f'cite="mid:{d.offer_id[1:-1]}">{inner}</blockquote>\n')
    head_html = "<br>\n".join(e(x) for x in head.split("\n"))
    return (f'<div><br></div><div>{head_html}</div>\n<blockquote style="border-left:2px solid #1010ff;'
            f'margin-left:5px;padding-left:5px;">{inner}</blockquote>\n')


def html_doc(body: str, client: str, lang: str) -> str:
    if client in ("outlook", "outlook_plain", "outlook_mac"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n')
    if client == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n{body}</body>\n</html>\n')
    if client in ("gmail", "gmail_mobile"):
        return body + "\n"
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f"{body}</body></html>\n")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"</head><body>\n{body}</body></html>\n")


def flow(text: str, width: int = 72) -> str:
    """format=flowed (RFC 3676): long lines wrapped with a trailing space; quote depth kept."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)?", line)
        prefix = m.group(0) or ""
        rest = line[len(prefix):]
        if len(line) <= width:
            out.append(line.rstrip(" ") if not prefix else prefix + rest.rstrip(" "))
            continue
        words = rest.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


@dataclass
class Case:
    name: str
    lang: str
    client: str
    intent: str
    inc: bool
    terms: dict
    notes: str
    ctx: dict
    raw: bytes
    mime: str = ""


CASES: list[Case] = []
TERM_KEYS = ("price_change_pct", "unit_price", "currency", "payment_days", "contract_months",
             "volume_units", "rebate_pct")


def T(pct=None, price=None, cur=None, days=None, months=None, vol=None, rebate=None) -> dict:
    return {
        "price_change_pct": None if pct is None else float(pct),
        "unit_price": None if price is None else float(price),
        "currency": cur,
        "payment_days": days,
        "contract_months": months,
        "volume_units": vol,
        "rebate_pct": None if rebate is None else float(rebate),
    }


def _prepare_deal(name: str, d: Deal, lang: str, company: str, to_addr: str) -> Deal:
    base = LANG_BASE[lang]
    if d.olang is None:
        d.olang = base if base in TPL else "en"
    if not d.ref:
        d.ref = "N-" + str(1000 + int(h8(name, "ref", n=6), 16) % 8999)
    d.company = d.company or company
    d.to_addr = d.to_addr or to_addr
    if d.sent is None:
        d.sent = when(name, d.buyer.tz)
    return d


def envelope(name: str, d: Deal, rcpt: str, received_from: str, t: dt.datetime) -> list:
    """What the buyer's IMAP server adds on delivery: Return-Path, Delivered-To, Received."""
    stamp = format_datetime(t.astimezone(zone(d.buyer.tz if d.buyer.tz >= 0 else 0)))
    return [
        ("Return-Path", f"<{received_from}>"),
        ("Delivered-To", rcpt),
        ("Received", f"from mx{int(h8(name, 'mx', n=2), 16) % 4 + 1}.{d.buyer.domain} ([10.20.{int(h8(name, 'ip', n=2), 16)}.7])\r\n"
                     f"\tby imap.{d.buyer.domain} with LMTP id {h8(name, 'lmtp', n=12)}\r\n\t(envelope-from <{received_from}>)\r\n"
                     f"\tfor <{rcpt}>; {stamp}"),
    ]


def C(name: str, *, lang: str, client: str, sup: tuple, deal: Deal, text: str, intent: str,
      notes: str, terms: dict | None = None, inc: bool = False, sig: str = "", pos: str = "top",
      mime: str | None = None, charset: str | None = None, cte: str | None = None,
      ui: str | None = None, subject: str | None = None, extra: tuple = (), attach: tuple | None = None,
      body: str | None = None, html_text: str | None = None, real_charset: str | None = None,
      broken: str | None = None, br: bool = False, cc: str | None = None, to_name: bool = True,
      no_quote: bool = False, inline: list | None = None) -> None:
    """One hand-typed reply.

    ``text`` is what the supplier wrote; ``sig`` their signature; the quoted offer is
    added the way ``client`` does it (``pos``: top = reply above the quote, bottom =
    below it). ``body`` replaces the whole plain body (inline answers between quoted
    lines are written out in full that way). ``mime``: plain | alt | html | related |
    mixed (with ``attach``). ``broken`` damages the bytes on purpose (see below).
    """
    s = Sup(*sup)
    ui = ui or LANG_BASE[lang]
    d = _prepare_deal(name, deal, lang, s.company, s.addr)
    offer_subj = offer_subject(d)
    if subject is None:
        prefix = RE_PREFIX[ui] if client in LOCALIZED_PREFIX_CLIENTS else ("Aw: " if client in ("gmx", "webde") and ui == "de" else "Re: ")
        subject = prefix + offer_subj
    text = textwrap.dedent(text).strip("\n")
    sig = textwrap.dedent(sig).strip("\n")
    dsig = "-- \n" if client in ("thunderbird", "mutt", "k9", "roundcube") and sig else ""
    new = text + ("\n\n" + dsig + sig if sig else "")
    if client == "iphone" and IPHONE[ui] not in new:
        new += "\n\n" + IPHONE[ui]
    if client == "samsung" and GALAXY[ui] not in new:
        new += "\n\n\n" + GALAXY[ui]
    if client == "outlook_mobile" and "Outlook" not in new:
        new += "\n\n" + {"de": "Outlook für iOS beziehen", "fr": "Télécharger Outlook pour iOS"}.get(ui, "Get Outlook for iOS")
    if client == "proton" and "Proton" not in new:
        new += "\n\nSent with Proton Mail secure email."
    if inline is not None:
        # Answers typed between the quoted lines: each goes under the first quoted line
        # (after the previous answer) that starts with its prefix.
        lines = quoted_plain(client, ui, d, s, offer_subj, br).split("\n")
        at = 0
        for prefix, answer in inline:
            while not lines[at].lstrip("> ").startswith(prefix):
                at += 1
            lines[at + 1:at + 1] = [""] + textwrap.dedent(answer).strip("\n").split("\n") + [""]
            at += 1
        body = "\n".join(lines) + ("\n\n" + new if new.strip() else "")
    if body is not None:
        plain = textwrap.dedent(body).strip("\n") + "\n"
    elif no_quote:
        plain = new + "\n"
    else:
        q = quoted_plain(client, ui, d, s, offer_subj, br)
        plain = (new + "\n\n" + q + "\n") if pos == "top" else (q + "\n\n" + new + "\n")
    if client == "thunderbird":
        plain = flow(plain)

    # HTML alternative (or the only part).
    if html_text is not None:
        hbody = html_text
    else:
        new_html = html_lines(new, client)
        if body is not None:
            new_html = html_lines(textwrap.dedent(body).strip("\n"), client)
            qh = ""
        elif no_quote:
            qh = ""
        else:
            qh = quoted_html(client, ui, d, s, offer_subj, br)
        hbody = (new_html + qh) if pos == "top" else (qh + new_html)
        hbody = html_doc(hbody, client, ui)

    default_mime = {"outlook": "alt", "owa": "html", "outlook_plain": "plain", "outlook_mobile": "alt",
                    "outlook_mac": "alt", "gmail": "alt", "gmail_mobile": "alt", "apple": "plain",
                    "iphone": "plain", "samsung": "alt", "thunderbird": "plain", "gmx": "alt",
                    "webde": "html", "orange": "alt", "libero": "plain", "wp": "plain", "interia": "alt",
                    "yahoo": "alt", "zimbra": "alt", "proton": "alt", "notes": "alt", "roundcube": "plain",
                    "tonline": "plain", "uol": "alt", "sapo": "plain", "k9": "plain", "mutt": "plain",
                    "foxmail": "alt", "coremail": "alt", "zoho": "alt",
                    "custom": "plain"}[client]
    mime = mime or default_mime
    base = LANG_BASE[lang]
    if charset is None:
        if client in ("outlook", "outlook_plain", "notes", "libero", "wp", "interia", "tonline", "orange", "sapo"):
            charset = LEGACY_CS[base] if client != "outlook" or base != "en" else "us-ascii"
            if "€" in plain and codec(charset) in ("latin-1", "ascii"):
                charset = "windows-1252"
            try:
                plain.encode(codec(charset))
            except UnicodeEncodeError:
                charset = "utf-8"
        else:
            charset = "utf-8"
    if cte is None:
        cte = {"thunderbird": "8bit", "samsung": "base64", "mutt": "8bit", "k9": "8bit"}.get(client)
        if cte == "8bit" and is_ascii(plain):
            cte = "7bit"
        if client == "notes":
            cte = "base64" if int(h8(name, "cte", n=2), 16) % 2 else "quoted-printable"
    params = "; format=flowed" if client == "thunderbird" else ""
    if client in ("apple", "iphone") and mime == "plain":
        params = ""
    hcs = "utf-8" if charset in ("us-ascii",) else charset
    try:
        hbody.encode(codec(hcs))
    except UnicodeEncodeError:
        hcs = "utf-8"
    bnd = boundary(client, name)
    plain_part = text_part(plain, "plain", charset, cte, params, real_charset,
                           quote_charset=client not in ("thunderbird", "apple", "iphone"))
    html_part = text_part(hbody, "html", hcs, cte if cte != "8bit" else "quoted-printable",
                          real_charset=real_charset if hcs == charset else None,
                          quote_charset=client not in ("thunderbird", "apple", "iphone"))
    if mime == "plain":
        top = plain_part
    elif mime == "html":
        top = html_part
    elif mime == "alt":
        top = multipart("alternative", [plain_part, html_part], bnd)
    elif mime == "related":
        logo = bin_part("image/png", tiny_png(s.company), "image001.png", "inline", cid=f"image001.png@01DB{hx(name, 'cid', n=12)}")
        hb = hbody.replace("</div>\n</body>", f'<p class="MsoNormal"><img width="96" height="32" src="cid:image001.png@01DB{hx(name, "cid", n=12)}" alt="logo"></p>\n</div>\n</body>', 1)
        if hb == hbody:
            hb = hbody.replace("</body>", f'<img src="cid:image001.png@01DB{hx(name, "cid", n=12)}" alt="logo"></body>', 1)
        html_part = text_part(hb, "html", hcs, cte if cte != "8bit" else "quoted-printable",
                              quote_charset=client not in ("thunderbird", "apple", "iphone"))
        alt = multipart("alternative", [plain_part, html_part], "alt" + bnd)
        top = multipart("related", [alt, logo], "rel" + bnd, params='; type="multipart/alternative"')
    elif mime in ("mixed", "mixed_plain"):
        inner = plain_part if mime == "mixed_plain" else multipart("alternative", [plain_part, html_part], "alt" + bnd)
        parts = [inner] + [attachment(a, name) for a in attach]
        top = multipart("mixed", parts, bnd)
    else:
        raise ValueError(mime)
    if broken:
        top = damage(top, broken, bnd)
        BROKEN[name] = broken
    elif real_charset:
        BROKEN[name] = "charset"

    t = when(name, TZ[lang], after=d.sent)
    mid = msgid(client, name, s.domain)
    to_hdr = addr_hdr(d.buyer.name, d.reply_addr) if to_name else d.reply_addr
    hcharset = charset if charset not in ("us-ascii",) else "utf-8"
    headers = envelope(name, d, d.reply_addr, s.addr, t) + [
        ("From", addr_hdr(s.name, s.addr, hcharset)),
        ("To", to_hdr),
    ]
    if cc:
        headers.append(("Cc", cc))
    headers += [
        ("Subject", hdr(subject, hcharset)),
        ("Date", format_datetime(t)),
        ("Message-ID", mid),
        ("In-Reply-To", d.offer_id),
        ("References", fold_ids([d.thread_root, d.offer_id] if d.kind != "opening" else [d.offer_id])),
    ]
    for k, v in CLIENT_HEADERS[client](name):
        headers.append((k, hdr(offer_subj, hcharset) if v is None else v))
    if client in ("outlook", "owa", "outlook_plain", "outlook_mobile"):
        headers += [("Accept-Language", f"{ui}-{ui.upper() if ui != 'en' else 'GB'}, en-US"),
                    ("Content-Language", f"{ui}-{ui.upper() if ui != 'en' else 'GB'}")]
    headers += list(extra)
    headers.append(("MIME-Version", "1.0" if client not in ("apple", "iphone") else "1.0 (1.0)"))
    raw = render(headers, top)
    CASES.append(Case(name, lang, client, intent, inc, terms or T(), notes, d.context(), raw, mime))


def boundary(client: str, name: str) -> str:
    if client in ("outlook", "owa", "outlook_plain", "outlook_mobile", "outlook_mac"):
        return f"_000_{hx(name, 'b1', n=8)}{hx(name, 'b2', n=28)}_"
    if client in ("gmail", "gmail_mobile"):
        return "000000000000" + h8(name, "b", n=16)
    if client in ("apple", "iphone"):
        u = hx(name, "ab", n=32)
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if client == "thunderbird":
        return "------------" + base64.b32encode(hashlib.sha256(name.encode()).digest()).decode()[:24]
    if client == "notes":
        return "=_alternative " + hx(name, "nb", n=16) + "_="
    return "----=_Part_" + str(int(h8(name, "p", n=8), 16)) + "_" + str(int(h8(name, "q", n=8), 16)) + "." + str(int(h8(name, "r", n=10), 16))


def attachment(a: tuple, name: str) -> Part:
    kind, filename, payload = a
    if kind == "pdf":
        return bin_part("application/pdf", tiny_pdf(payload), filename)
    if kind == "xlsx":
        return bin_part("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tiny_xlsx(payload), filename)
    if kind == "png":
        return bin_part("image/png", tiny_png(payload), filename, "inline", cid=f"{filename}@{h8(name, 'c', n=8)}")
    if kind == "ics":
        return text_part(payload, "calendar", "utf-8", "7bit", "; method=REQUEST")
    raise ValueError(kind)


def damage(top: Part, how: str, bnd: str) -> Part:
    """Deliberate breakage, as seen in real inboxes.

    truncate: the last (attachment or HTML) part loses its tail and the closing boundary
              (a message cut off by a size limit or a broken relay);
    noboundary: the multipart Content-Type lost its boundary parameter;
    noclose: the closing boundary delimiter is missing.
    """
    if how == "truncate":
        cut = top.body[: int(len(top.body) * 0.82)]
        cut = cut[: cut.rfind(b"\r\n") + 2]
        cut = cut[:-7] + b"\r\n" if len(cut) > 7 else cut
        return Part(top.headers, cut)
    if how == "noboundary":
        h = [(k, re.sub(r';\r\n\tboundary="[^"]*"', "", v) if k == "Content-Type" else v) for k, v in top.headers]
        return Part(h, top.body)
    if how == "noclose":
        end = b"--" + bnd.encode() + b"--\r\n"
        assert top.body.endswith(end)
        return Part(top.headers, top.body[: -len(end)])
    raise ValueError(how)


# --------------------------------------------------------------------------------------
# Mail that is not a typed reply: auto-replies, read receipts, bounces
# --------------------------------------------------------------------------------------


def offer_message(d: Deal) -> bytes:
    """The bot's own offer as it left the buyer's server (returned inside bounces)."""
    plain = text_part(offer_text(d), "plain", "utf-8", "quoted-printable")
    htmlp = text_part(f"<!DOCTYPE html>\n<html{TPL[d.olang]['lang_attr']}>\n<body style=\"font-family: Arial, Helvetica, "
                      f"sans-serif; font-size: 14px; line-height: 1.5;\">\n{offer_html_inner(d)}</body>\n</html>\n",
                      "html", "utf-8", "quoted-printable")
    top = multipart("alternative", [plain, htmlp], "===============" + str(int(h8(d.ref, "ob", n=12), 16)) + "==")
    headers = [
        ("From", addr_hdr(d.buyer.name, d.buyer.addr)),
        ("To", addr_hdr(d.company, d.to_addr)),
        ("Subject", hdr(offer_subject(d))),
        ("Date", format_datetime(d.sent)),
        ("Message-ID", d.offer_id),
        ("MIME-Version", "1.0"),
        ("Reply-To", d.reply_addr),
    ]
    if d.kind != "opening":
        headers += [("In-Reply-To", d.thread_root), ("References", d.thread_root)]
    headers += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return render(headers, top)


def offer_headers_only(d: Deal) -> bytes:
    raw = offer_message(d)
    return raw[: raw.index(b"\r\n\r\n") + 2]


def X(name: str, *, lang: str, client: str, sup: tuple, deal: Deal, intent: str, notes: str,
      build, inc: bool = False, mime: str = "", delay_minutes: int | None = None) -> None:
    """A case whose whole message comes from ``build(name, deal, sup, time) -> (headers, Part)``;
    the buyer's server adds the envelope headers. ``delay_minutes``: machine mail comes soon
    after the offer (a bounce within seconds or minutes, a delay warning hours later)."""
    s = Sup(*sup)
    d = _prepare_deal(name, deal, lang, s.company, s.addr)
    if delay_minutes is None:
        t = when(name, TZ[lang], after=d.sent)
    else:
        t = (d.sent + dt.timedelta(minutes=delay_minutes, seconds=int(h8(name, "sec", n=2), 16) % 60)).astimezone(zone(TZ[lang]))
    headers, top = build(name, d, s, t)
    rp = dict(headers).get("_return_path", s.addr)
    rcpt = email.utils.parseaddr(dict(headers)["To"])[1]
    headers = [(k, v) for k, v in headers if not k.startswith("_")]
    raw = render(envelope(name, d, rcpt, rp, t) + headers, top)
    CASES.append(Case(name, lang, client, intent, inc, T(), notes, d.context(), raw, mime))


def auto(subject: str, text: str, *, headers: tuple = (("Auto-Submitted", "auto-replied"),),
         charset: str = "utf-8", cte: str | None = None, mime: str = "plain", client: str = "outlook",
         to_buyer: bool = True, html_text: str | None = None, from_: tuple | None = None,
         quote: bool = False, ui: str = "en", prefix: str | None = None, in_reply: bool = True):
    """An automatic answer (out-of-office, ticket system, closure notice ...)."""
    def build(name, d, s, t):
        body = textwrap.dedent(text).strip("\n") + "\n"
        if quote:
            body += "\n" + quoted_plain("outlook", ui, d, s, offer_subject(d)) + "\n"
        hcs = "utf-8" if charset == "us-ascii" else charset
        plain = text_part(body, "plain", charset, cte)
        if mime == "plain":
            top = plain
        else:
            hb = html_text if html_text is not None else html_doc(html_lines(body.rstrip("\n"), client), client, ui)
            hp = text_part(hb, "html", hcs if is_ascii(hb) or hcs != "us-ascii" else "utf-8", cte)
            top = hp if mime == "html" else multipart("alternative", [plain, hp], boundary(client, name))
        fname, faddr = from_ if from_ else (s.name, s.addr)
        subj = subject.format(subject=offer_subject(d))
        h = [
            ("From", addr_hdr(fname, faddr, hcs)),
            ("To", addr_hdr(d.buyer.name, d.reply_addr) if to_buyer else d.reply_addr),
            ("Subject", hdr(subj, hcs)),
            ("Date", format_datetime(t)),
            ("Message-ID", msgid(client, name, faddr.split("@")[1])),
        ]
        if in_reply:
            h.append(("In-Reply-To", d.offer_id))
            h.append(("References", d.offer_id))
        h += list(headers)
        h.append(("MIME-Version", "1.0"))
        h.append(("_return_path", "" if ("Auto-Submitted", "auto-replied") in headers and int(h8(name, "rp", n=2), 16) % 3 == 0 else faddr))
        return h, top
    return build


def mdn(subject_prefix: str, human: str, *, ua: str, manual: bool = False, headers_part: bool = True,
        charset: str = "utf-8", extra: tuple = (), client: str = "outlook", ui: str = "en"):
    """A read receipt (RFC 8098 message/disposition-notification)."""
    def build(name, d, s, t):
        txt = textwrap.dedent(human).strip("\n").format(
            to=d.to_addr, subject=offer_subject(d), sent=long_date(d.sent, ui), read=long_date(t, ui)) + "\n"
        mode = "manual-action/MDN-sent-manually" if manual else "automatic-action/MDN-sent-automatically"
        report = (f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{d.to_addr}\r\n"
                  f"Original-Message-ID: {d.offer_id}\r\nDisposition: {mode}; displayed\r\n")
        parts = [text_part(txt, "plain", charset), Part([("Content-Type", "message/disposition-notification")], report.encode())]
        if headers_part:
            parts.append(Part([("Content-Type", "text/rfc822-headers")], offer_headers_only(d)))
        top = multipart("report", parts, boundary(client, name), params="; report-type=disposition-notification")
        h = [("From", addr_hdr(s.name, s.addr)), ("To", d.reply_addr),
             ("Subject", hdr(subject_prefix + offer_subject(d))), ("Date", format_datetime(t)),
             ("Message-ID", msgid(client, name, s.domain)), ("References", d.offer_id), *extra,
             ("MIME-Version", "1.0"), ("_return_path", s.addr)]
        return h, top
    return build


def dsn(human: str, *, reporting_mta: str, status: str, action: str = "failed", diagnostic: str = "",
        remote_mta: str = "", subject: str = "Undelivered Mail Returned to Sender",
        from_: tuple = ("Mail Delivery System", "MAILER-DAEMON@{buyer_mx}"), returned: str = "message",
        html_text: str | None = None, extra_dsn: str = "", headers: tuple = (), charset: str = "us-ascii",
        human_cte: str | None = None, client: str = "postfix"):
    """A multipart/report delivery-status notification (RFC 3464)."""
    def build(name, d, s, t):
        fmt = dict(rcpt=d.to_addr, subject=offer_subject(d), buyer=d.buyer.addr, mta=reporting_mta.format(buyer_mx=f"mail.{d.buyer.domain}", sdomain=s.domain),
                   sdomain=s.domain, date=format_datetime(t), sent=format_datetime(d.sent), buyer_mx=f"mail.{d.buyer.domain}",
                   qid=hx(name, "qid", n=11), sender=d.buyer.addr)
        txt = textwrap.dedent(human).strip("\n").format(**fmt) + "\n"
        human_part = text_part(txt, "plain", charset, human_cte)
        if html_text is not None:
            human_part = multipart("alternative", [human_part, text_part(html_text.format(**fmt), "html", "utf-8", "quoted-printable")],
                                   "alt" + boundary("gmail", name))
        per_msg = f"Reporting-MTA: dns; {fmt['mta']}\r\n"
        if client == "postfix":
            per_msg += f"X-Postfix-Queue-ID: {fmt['qid']}\r\nX-Postfix-Sender: rfc822; {d.buyer.addr}\r\n"
        per_msg += f"Arrival-Date: {format_datetime(d.sent)}\r\n"
        per_rcpt = f"Final-Recipient: rfc822; {d.to_addr}\r\nOriginal-Recipient: rfc822;{d.to_addr}\r\nAction: {action}\r\nStatus: {status}\r\n"
        if remote_mta:
            per_rcpt += f"Remote-MTA: dns; {remote_mta.format(**fmt)}\r\n"
        if diagnostic:
            per_rcpt += f"Diagnostic-Code: smtp; {diagnostic.format(**fmt)}\r\n"
        if action == "delayed":
            per_rcpt += f"Will-Retry-Until: {format_datetime(t + dt.timedelta(days=4))}\r\n"
        per_rcpt += extra_dsn
        status_part = Part([("Content-Type", "message/delivery-status")], (per_msg + "\r\n" + per_rcpt).encode())
        if returned == "message":
            ret = Part([("Content-Type", "message/rfc822")], offer_message(d))
        elif returned == "headers":
            ret = Part([("Content-Type", "text/rfc822-headers")], offer_headers_only(d))
        else:
            ret = None
        parts = [human_part, status_part] + ([ret] if ret else [])
        top = multipart("report", parts, boundary(client, name), params="; report-type=delivery-status")
        fname, faddr = from_
        faddr = faddr.format(buyer_mx=f"mail.{d.buyer.domain}", sdomain=s.domain)
        h = [("From", addr_hdr(fname, faddr)), ("To", d.buyer.addr), ("Subject", hdr(subject.format(**fmt))),
             ("Date", format_datetime(t)), ("Message-ID", f"<{fmt['qid'].lower()}.{h8(name, 'dsn', n=8)}@{faddr.split('@')[1]}>"),
             *headers, ("MIME-Version", "1.0"), ("_return_path", "")]
        return h, top
    return build


def ndr_plain(text: str, *, subject: str, from_: tuple, append: str = "message", charset: str = "us-ascii",
              headers: tuple = (), cte: str | None = None):
    """A non-delivery report as one text/plain body (Exim, qmail, old gateways)."""
    def build(name, d, s, t):
        fmt = dict(rcpt=d.to_addr, subject=offer_subject(d), buyer=d.buyer.addr, sdomain=s.domain,
                   date=format_datetime(t), sent=format_datetime(d.sent), buyer_mx=f"mail.{d.buyer.domain}",
                   qid=hx(name, "qid", n=11))
        body = textwrap.dedent(text).strip("\n").format(**fmt) + "\n"
        if append == "message":
            body += "\n" + offer_message(d).decode("ascii").replace("\r\n", "\n")
        elif append == "headers":
            body += "\n" + offer_headers_only(d).decode("ascii").replace("\r\n", "\n")
        top = text_part(body, "plain", charset, cte)
        fname, faddr = from_
        faddr = faddr.format(buyer_mx=f"mail.{d.buyer.domain}", sdomain=s.domain)
        h = [("From", addr_hdr(fname, faddr)), ("To", d.buyer.addr), ("Subject", hdr(subject.format(**fmt))),
             ("Date", format_datetime(t)), ("Message-ID", f"<E1{hx(name, 'ex', n=14)}-{h8(name, 'ey', n=6)}@{faddr.split('@')[1]}>"),
             *headers, ("MIME-Version", "1.0"), ("_return_path", "")]
        return h, top
    return build


# --------------------------------------------------------------------------------------
# Signatures and footers (written for this corpus)
# --------------------------------------------------------------------------------------

DISCLAIMER = {
    "en": "CONFIDENTIALITY: This email and any files sent with it are intended only for the person it is addressed to and may contain privileged information. If it reached you by mistake, please tell the sender and delete it; do not copy, forward or rely on it.",
    "de": "Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der vorgesehene Empfänger sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
    "fr": "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation non autorisée est interdite.",
    "es": "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo borre. Sus datos se tratan conforme al Reglamento (UE) 2016/679; puede ejercer sus derechos escribiendo a protecciondatos@{domain}.",
    "it": "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente. Informativa ai sensi degli artt. 13 e 14 del Regolamento UE 2016/679 disponibile sul nostro sito.",
    "nl": "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Heeft u dit bericht onbedoeld ontvangen, laat het de afzender dan weten en verwijder het bericht. Aan dit bericht kunnen geen rechten worden ontleend.",
    "pl": "Niniejsza wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości. Kopiowanie i rozpowszechnianie jej treści jest zabronione.",
    "pt": "Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado. Se a recebeu por engano, por favor informe o remetente e elimine-a do seu sistema.",
    "sv": "Detta meddelande är endast avsett för mottagaren och kan innehålla konfidentiell information. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det.",
}
GREEN = {
    "en": "Please consider the environment before printing this email.",
    "de": "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "fr": "Pensez à l'environnement avant d'imprimer ce courriel.",
    "es": "Antes de imprimir este correo, piense si es realmente necesario. El medio ambiente es cosa de todos.",
    "it": "Prima di stampare, pensa all'ambiente.",
    "nl": "Denk aan het milieu voordat u deze e-mail afdrukt.",
    "pl": "Zanim wydrukujesz tę wiadomość, pomyśl o środowisku.",
    "pt": "Antes de imprimir, pense na sua responsabilidade com o meio ambiente.",
    "sv": "Tänk på miljön innan du skriver ut det här mejlet.",
}


# --------------------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------------------

INTENTS = ("counter", "accept", "reject", "auto_reply", "bounce", "other")
ISO4217 = set("EUR USD GBP CHF PLN SEK NOK DKK CZK HUF BRL CAD AUD NZD JPY CNY INR MXN ZAR TRY RON "
              "HKD SGD KRW AED".split())
BROKEN = {}  # name -> how it is broken (filled by the cases that are)


def label(c: Case) -> dict:
    return {"context": c.ctx, "expected": {"intent": c.intent, "price_increase": c.inc, "terms": c.terms},
            "notes": c.notes}


def lang_group(lang: str) -> str:
    """The language group a case is balanced on: en, en-nn (non-native English), de, fr ..."""
    return "en-nn" if lang.startswith("en-") else LANG_BASE[lang]


def split_parts(cases: list[Case]) -> dict[str, str]:
    """The probe/sealed rule (see the module docstring)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in cases:
        groups.setdefault((c.intent, lang_group(c.lang)), []).append(c.name)
    parts, flip = {}, False
    for key in sorted(groups):
        names = sorted(groups[key])
        random.Random("fresh-corpus/%s/%s" % key).shuffle(names)
        first, second = ("sealed", "probe") if flip else ("probe", "sealed")
        for i, n in enumerate(names):
            parts[n] = first if i % 2 == 0 else second
        if len(names) % 2:
            flip = not flip
    return parts


def write() -> None:
    names = [c.name for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate case names: {sorted(dup)}")
    parts = split_parts(CASES)
    for part in ("probe", "sealed"):
        folder = HERE / part
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
        chosen = sorted((c for c in CASES if parts[c.name] == part), key=lambda c: c.name)
        for c in chosen:
            (folder / f"{c.name}.eml").write_bytes(c.raw)
        labels = {c.name: label(c) for c in chosen}
        (folder / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {c.name: {"part": parts[c.name], "language": c.lang, "client": c.client,
                     **({"broken": BROKEN[c.name]} if c.name in BROKEN else {})}
            for c in sorted(CASES, key=lambda c: c.name)}
    (HERE / "parts.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases: "
          + ", ".join(f"{p} {sum(1 for v in parts.values() if v == p)}" for p in ("probe", "sealed")))


def _check_label(name: str, lab: dict) -> list[str]:
    errs = []
    if set(lab) != {"context", "expected", "notes"}:
        errs.append(f"top-level keys {sorted(lab)}")
        return errs
    ctx, exp, notes = lab["context"], lab["expected"], lab["notes"]
    if set(ctx) != {"baseline_unit_price", "currency", "last_offer"}:
        errs.append(f"context keys {sorted(ctx)}")
    b = ctx.get("baseline_unit_price")
    if b is not None and not (isinstance(b, (int, float)) and b > 0):
        errs.append("baseline_unit_price must be a positive number or null")
    if ctx.get("currency") is not None and ctx["currency"] not in ISO4217:
        errs.append(f"context currency {ctx['currency']!r}")
    if (b is None) != (ctx.get("currency") is None):
        errs.append("baseline and its currency go together")
    lo = ctx.get("last_offer")
    if lo is not None:
        if set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
            errs.append(f"last_offer keys {sorted(lo)}")
        if lo.get("price_change_pct") is not None and not isinstance(lo["price_change_pct"], float):
            errs.append("last_offer.price_change_pct must be a float")
        for k in ("payment_days", "contract_months"):
            if lo.get(k) is not None and not (isinstance(lo[k], int) and lo[k] > 0):
                errs.append(f"last_offer.{k} must be a positive int")
    if set(exp) != {"intent", "price_increase", "terms"}:
        errs.append(f"expected keys {sorted(exp)}")
        return errs
    intent, inc, t = exp["intent"], exp["price_increase"], exp["terms"]
    if intent not in INTENTS:
        errs.append(f"intent {intent!r}")
    if not isinstance(inc, bool):
        errs.append("price_increase must be a bool")
    if set(t) != set(TERM_KEYS):
        errs.append(f"term keys {sorted(t)}")
        return errs
    for k in ("price_change_pct", "unit_price", "rebate_pct"):
        if t[k] is not None and not isinstance(t[k], float):
            errs.append(f"{k} must be a float")
    for k in ("payment_days", "contract_months", "volume_units"):
        if t[k] is not None and not (isinstance(t[k], int) and not isinstance(t[k], bool) and t[k] > 0):
            errs.append(f"{k} must be a positive int")
    if t["unit_price"] is not None and t["unit_price"] <= 0:
        errs.append("unit_price must be positive")
    if t["rebate_pct"] is not None and t["rebate_pct"] <= 0:
        errs.append("rebate_pct must be positive")
    if t["currency"] is not None:
        if t["currency"] not in ISO4217:
            errs.append(f"currency {t['currency']!r} is no ISO 4217 code")
        if t["unit_price"] is None:
            errs.append("a currency needs a unit_price")
    if intent not in ("counter", "accept") and any(v is not None for v in t.values()):
        errs.append(f"terms must stay null for intent {intent}")
    if intent == "counter" and all(v is None for v in t.values()):
        errs.append("a counter states at least one term")
    pct = t["price_change_pct"]
    if pct is not None and pct > 0 and not inc:
        errs.append("a positive price change is a price increase")
    if pct is not None and pct < 0 and inc:
        errs.append("a reduction cannot be a price increase")
    if inc and intent not in ("counter", "reject", "other"):
        errs.append(f"price_increase with intent {intent}")
    if intent in ("auto_reply", "bounce") and inc:
        errs.append("machine mail asks for no increase")
    if not isinstance(notes, str) or not notes.strip():
        errs.append("notes must be a sentence")
    elif not notes.endswith(".") or re.search(r"[.!?] [A-Z]", notes[:-1]):
        errs.append("notes must be one sentence ending with a period")
    return errs


def _check_mail(name: str, raw: bytes, broken: str | None) -> list[str]:
    errs = []
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF (line endings must be CRLF)")
    if re.search(rb"\r(?!\n)", raw):
        errs.append("bare CR")
    if any(len(line) > 998 for line in raw.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    head = raw.split(b"\r\n\r\n", 1)[0]
    for h in (b"From:", b"Date:", b"Subject:", b"Message-ID:", b"MIME-Version:"):
        if not re.search(rb"(?m)^" + h, head):
            errs.append(f"missing header {h.decode()}")
    if re.search(rb"[\x80-\xff]", head):
        errs.append("8-bit bytes in the header")
    for pol_name, pol in (("compat32", email.policy.compat32), ("default", email.policy.default)):
        try:
            msg = email.message_from_bytes(raw, policy=pol)
            texts = 0
            for part in msg.walk():
                if part.is_multipart():
                    continue
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    texts += 1
                    if pol is email.policy.default:
                        part.get_content()
                elif part.get_content_type() in ("message/rfc822",):
                    pass
                elif payload is None and part.get_content_maintype() != "message":
                    errs.append(f"{pol_name}: empty payload in {part.get_content_type()}")
            defects = [d for p in msg.walk() for d in p.defects]
            if defects and not broken:
                errs.append(f"{pol_name}: unexpected defects {[type(d).__name__ for d in defects]}")
            if broken and broken != "charset" and not defects:
                errs.append(f"{pol_name}: marked broken ({broken}) but parses without defects")
            if not texts and not broken:
                errs.append(f"{pol_name}: no text part")
        except Exception as exc:  # noqa: BLE001 - a check reports, it does not crash
            errs.append(f"{pol_name}: {type(exc).__name__}: {exc}")
    return errs


def check() -> int:
    meta = json.loads((HERE / "parts.json").read_text(encoding="utf-8"))
    problems, seen, ids = 0, {}, {}
    for part in ("probe", "sealed"):
        folder = HERE / part
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        emls = {p.stem for p in folder.glob("*.eml")}
        if emls != set(labels):
            print(f"{part}: emails without labels {sorted(emls - set(labels))}, labels without emails {sorted(set(labels) - emls)}")
            problems += 1
        for name, lab in labels.items():
            seen[name] = lab
            if meta.get(name, {}).get("part") != part:
                print(f"{name}: parts.json says {meta.get(name, {}).get('part')}, found in {part}")
                problems += 1
            raw = (folder / f"{name}.eml").read_bytes() if name in emls else b""
            errs = _check_label(name, lab) + (_check_mail(name, raw, meta.get(name, {}).get("broken")) if raw else [])
            mid = email.message_from_bytes(raw).get("Message-ID") if raw else None
            if mid in ids:
                errs.append(f"Message-ID also used by {ids[mid]}")
            ids[mid] = name
            for err in errs:
                print(f"{part}/{name}: {err}")
            problems += len(errs)
    if set(seen) != set(meta):
        print("parts.json and the labels disagree on the case names")
        problems += 1
    expected_parts = split_parts([Case(n, meta[n]["language"], "", lab["expected"]["intent"], False, {}, "", {}, b"")
                                  for n, lab in seen.items()])
    if any(meta[n]["part"] != p for n, p in expected_parts.items()):
        print("parts.json does not follow the probe/sealed rule")
        problems += 1
    print(f"checked {len(seen)} cases: {problems} problem(s)")
    for key in ("intent", "language", "client"):
        counts: dict[str, int] = {}
        for n, lab in seen.items():
            k = lab["expected"]["intent"] if key == "intent" else meta[n][key]
            counts[k] = counts.get(k, 0) + 1
        print(f"  by {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="re-parse every file and validate the labels")
    args = ap.parse_args()
    if args.check:
        return check()
    write()
    return 0


# ======================================================================================
# THE CASES
# ======================================================================================
# Naming: <language>_<intent>_<what>. Each C()/X() holds the mail and its label together.

# --------------------------------------------------------------------------------------
# English, native writers (UK, US, Ireland, Australia, Canada)
# --------------------------------------------------------------------------------------

C("en01", lang="en", client="outlook",
  sup=("Tom Hargreaves", "tom.hargreaves@brightpack.example", "Brightpack Ltd"),
  deal=Deal("double-wall shipping cartons 600x400x400", 1.84, "GBP", (-6, 60, None), vol=40000),
  text="""
Hi Dana,

Thanks for sending this over. Six per cent is more than we can carry on this line, board prices have not come down the way people expected.

We could do 2% off and Net 45.

Regards,
""", sig="""
Tom Hargreaves
Key Account Manager | Brightpack Ltd
Unit 7, Stourton Link, Leeds LS10 1RT
T: +44 113 496 0821 | M: +44 7700 900461
Registered in England No. 04417392 | VAT GB 318 4471 92
""", intent="counter", terms=T(pct=-2, days=45),
  notes="A plain counter with both terms in one short sentence, quoted offer below an Outlook header block.")

C("en02", lang="en", client="gmail",
  sup=("Rick Alvarez", "rick@alvarez-safety.example", "Alvarez Safety Supply"),
  deal=Deal("nitrile exam gloves, box of 100", 6.40, "USD", (-5, 60, None), buyer=B_NORTHLINE, vol=18000),
  text="""
Marcus,

Appreciate you reaching out. Margins on gloves are razor thin right now, so the best I can do is half a percent off.

We'd also need to keep payment at 30 days. We just can't finance 60.

Rick
""", sig="""
Rick Alvarez | Alvarez Safety Supply
(614) 555-0187
""", intent="counter", terms=T(pct=-0.5, days=30),
  notes="The price cut is written in words as half a percent and the payment term is kept at 30 days while Net 60 is refused.")

C("en03", lang="en", client="apple",
  sup=("Fiona McLeish", "fiona.mcleish@clydewrap.example", "Clydewrap Films Ltd"),
  deal=Deal("food-grade stretch film 500 mm x 300 m", 14.20, "GBP", (-6, 60, 12)),
  text="""
Dana,

We've run the numbers again. Two and a half per cent is where we land, and we would want Net 45 rather than 60.

Happy with a year's contract.

Fiona
""", sig="""
Fiona McLeish
Commercial Director, Clydewrap Films Ltd
14 Drumhead Place, Glasgow G32 8EY
0141 496 0033
""", intent="counter", terms=T(pct=-2.5, days=45, months=12),
  notes="Apple Mail quote with the percent spelled out and the twelve-month term agreed in words as a year's contract.")

C("en04", lang="en", client="outlook",
  sup=("Gary Brennan", "gbrennan@midwest-fastener.example", "Midwest Fastener Co."),
  deal=Deal("zinc-plated flat washers M10, per 1,000", 21.00, "USD", (-6, 60, None), buyer=B_NORTHLINE, vol=900),
  text="""
Marcus,

Net 60 works for us. On price, though, we can only stretch to 3%.

Thanks,
Gary
""", sig="""
Gary Brennan
Inside Sales
Midwest Fastener Co. | 2210 Industrial Pkwy, Dayton OH 45414
Office 937-555-0142
""", intent="counter", terms=T(pct=-3, days=60),
  notes="One term accepted by reference to the offer (Net 60 works) and the other countered, so both are stated.")

C("en05", lang="en", client="gmail",
  sup=("Hannah Price", "hannah.price@cupco.example", "CupCo Packaging"),
  deal=Deal("double-wall paper cups 8oz, case of 500", 22.50, "GBP", (-5, 60, 12), vol=1200),
  text="""
Hi Dana,

Your 12-month term is fine but 3% is our limit.

Best,
Hannah
""", sig="""
Hannah Price
CupCo Packaging | www.cupco.example
""", intent="counter", terms=T(pct=-3, months=12),
  notes="The contract length is accepted by naming it and the price is countered as a limit, payment is not mentioned.")

C("en06", lang="en", client="thunderbird",
  sup=("Owen Prichard", "owen.prichard@valechem.example", "Vale Chemicals Ltd"),
  deal=Deal("isopropyl alcohol 99.9% (200 L drum)", 410.00, "EUR", (-6, 60, 12), buyer=B_POLARIS),
  text="""
Hello Eva,

Thanks for the proposal. For the IPA 99.9% in drums we could agree to 3.5% off with 45-day terms on a two-year contract, if that helps your budgeting.

Kind regards,
""", sig="""
Owen Prichard
Vale Chemicals Ltd
Port Talbot, SA13 2PE, Wales
+44 1639 496 210
""", intent="counter", terms=T(pct=-3.5, days=45, months=24),
  notes="Three terms in one sentence next to a purity percentage that is not a term, sent as format=flowed.")

C("en07", lang="en", client="outlook", mime="related",
  sup=("Priya Shah", "priya.shah@ampline.example", "Ampline Electronics Ltd"),
  deal=Deal("M12 panel-mount connectors, 8-pin", 2.35, "USD", (-5, 60, None), buyer=B_NORTHLINE, vol=100000),
  text="""
Hi Marcus,

If you can commit to 120,000 units across the year we can take 4% off. Payment stays at Net 30.

Kind regards,
Priya
""", sig="""
Priya Shah
Sales Engineer
Ampline Electronics Ltd
Tel +44 1223 496 774
""", intent="counter", terms=T(pct=-4, days=30, vol=120000),
  notes="A price cut bound to a volume commitment that differs from the volume in the quoted offer, HTML with an inline logo.")

C("en08", lang="en", client="gmail",
  sup=("Dwayne Foster", "dwayne@fosterlighting.example", "Foster Lighting Components"),
  deal=Deal("LED driver 24 V 60 W", 6.00, "USD", (-6, 60, None), buyer=B_NORTHLINE, vol=25000),
  text="""
Hi Marcus,

We can sharpen to $5.70 a unit on net 45. That's genuinely the floor for this driver.

Dwayne
""", intent="counter", terms=T(price=5.70, cur="USD", days=45),
  notes="A unit price with a dollar sign instead of a percent, beside a payment term.")

C("en09", lang="en", client="outlook_plain",
  sup=("Siobhan Keane", "skeane@keanepaper.example", "Keane Paper Products"),
  deal=Deal("kraft void-fill paper roll 70 g/m2", 1.24, "EUR", (-6, 60, None), buyer=B_POLARIS, vol=12000),
  text="""
Eva,

The best price I can put forward is 1.19 per roll, delivered to your Malmo warehouse.

Siobhan
""", sig="""
Siobhan Keane | Keane Paper Products | Unit 4, Ballycoolin Business Park, Dublin 15 | +353 1 496 2210
""", intent="counter", terms=T(price=1.19),
  notes="A bare unit price without currency symbol or code, so its currency stays null.")

C("en10", lang="en", client="gmail",
  sup=("Laura Bennett", "laura.bennett@printlabel.example", "PrintLabel UK"),
  deal=Deal("thermal labels 100x150 mm, roll of 500", 18.40, "EUR", (-5, 60, None), buyer=B_POLARIS, vol=3000),
  text="""
Hello Eva,

We invoice in sterling, so I've priced it that way: we can offer £15.60 per roll, which is what our UK customers on similar volumes pay.

Thanks,
Laura
""", sig="""
Laura Bennett
PrintLabel UK | 01908 496 031
""", intent="counter", terms=T(price=15.60, cur="GBP"),
  notes="The supplier quotes a unit price in its own currency (GBP) while the baseline is in EUR, which must not be converted.")

C("en11", lang="en", client="outlook",
  sup=("Martin Doyle", "martin.doyle@preformtech.example", "Preformtech Ltd"),
  deal=Deal("PET preforms 28 g, PCO 1881, per 1,000", 61.00, "GBP", (-5, 60, None), vol=2000),
  text="""
Dear Dana,

Thank you for your email. I am sorry to say we are moving in the other direction: due to polymer resin costs we will need to increase the price of the 28 g preforms by 4% from 1 July.

We will confirm the new price list in writing.

Kind regards,
""", sig="""
Martin Doyle
Sales Manager UK & Ireland
Preformtech Ltd
""", intent="counter", inc=True, terms=T(pct=4),
  notes="An answer to a reduction request with a 4% price increase and a start date that is not a term.")

C("en12", lang="en", client="owa",
  sup=("Karen Oduya", "karen.oduya@brightclean.example", "BrightClean Facility Services"),
  deal=Deal("industrial floor cleaning, per site visit", 420.00, "GBP", (-4, 60, 12)),
  text="""
Hi Dana,

Thanks for your note. I need to be upfront with you: we are adding a 3% energy and fuel surcharge across all contracts from next quarter, so a reduction isn't possible.

Payment terms can stay at 30 days as they are today.

Best wishes,
Karen Oduya
Contracts Manager, BrightClean Facility Services
""", intent="counter", inc=True, terms=T(pct=3, days=30),
  notes="A percent surcharge counts as a price increase, in an HTML-only Outlook on the web reply.")

C("en13", lang="en", client="iphone",
  sup=("Joe Whitlock", "joe@whitlockfarms.example", "Whitlock Farms"),
  deal=Deal("frozen raspberries IQF, 10 kg case", 38.50, "GBP", (-6, 60, None), vol=2500),
  text="""
Dana 6% would wipe out our margin completely. 1.5% is as far as we can go
""", intent="counter", terms=T(pct=-1.5),
  notes="The offered percent is named only to refuse it and the counter follows in a terse mobile reply.")

C("en14", lang="en", client="outlook",
  sup=("Craig Munro", "craig.munro@munrohaulage.example", "Munro Haulage Ltd"),
  deal=Deal("FTL pallet transport Leeds - Rotterdam", 1150.00, "GBP", (-4, 90, None)),
  text="""
Morning Dana,

Net 90 is impossible for a haulier our size, fuel and drivers get paid weekly. We could stretch to 60 days, and on the rate we can give 2%.

Cheers,
Craig
""", sig="""
Craig Munro
Munro Haulage Ltd | Transport Office 0113 496 0550 | Out of hours 07700 900812
""", intent="counter", terms=T(pct=-2, days=60),
  notes="The buyer's Net 90 is named only to refuse it before the counter of 60 days and 2% on a logistics rate.")

C("en15", lang="en", client="yahoo",
  sup=("Alison Marsh", "alison@marshtextiles.example", "Marsh Textiles"),
  deal=Deal("cotton twill 240 gsm, per metre", 4.85, "GBP", (-5, 60, None)),
  text="""
Hi Dana,

Last year we already gave you 3% on this cloth, so this year 1% is the max, on 30 days as now.

Alison
""", intent="counter", terms=T(pct=-1, days=30),
  notes="A past concession is mentioned for context while the new counter is 1% on 30 days.")

C("en16", lang="en", client="outlook", mime="mixed",
  attach=(("pdf", "Quotation_Q-24117.pdf", ["Quotation Q-24117", "Stainless hinge 80 mm", "Unit price EUR 3.02", "Lead time 4-5 weeks", "MOQ 5000 pcs"]),),
  sup=("Neil Parkinson", "neil.parkinson@hingeworks.example", "Hingeworks Ltd"),
  deal=Deal("stainless steel butt hinges 80 mm", 3.10, "EUR", (-6, 60, 12), buyer=B_POLARIS, vol=20000),
  text="""
Hello Eva,

We can offer a 2.5% reduction on the current price.

Please note: lead time is 4-5 weeks from order, MOQ 5,000 pcs per call-off, 24-month warranty as standard, and this quotation is valid for 30 days. Our revised quotation Q-24117 is attached for your records.

Regards,
""", sig="""
Neil Parkinson
Sales Office, Hingeworks Ltd
Brierley Hill, DY5 1XF, United Kingdom
+44 1384 496 300
""", intent="counter", terms=T(pct=-2.5),
  notes="One price counter surrounded by lead time, MOQ, warranty months and quote validity, none of which are terms, with a PDF attached.")

C("en17", lang="en", client="zimbra",
  sup=("Brenda Kowalczyk", "brenda.k@greatlakes-acids.example", "Great Lakes Acidulants"),
  deal=Deal("citric acid anhydrous, 25 kg bag", 46.00, "USD", (-5, 45, None), buyer=B_NORTHLINE),
  text="""
Hi Marcus,

Our on-time delivery to your Toledo plant was 98.7% last year and every lot has assayed above 99.5%, so I'd like to think we've earned our keep.

That said, we can do 2% off from the next order.

Brenda
""", sig="""
Brenda Kowalczyk | Account Manager | Great Lakes Acidulants
""", intent="counter", terms=T(pct=-2),
  notes="Delivery-rate and assay percentages sit next to the one real term, a 2% reduction.")

C("en18", lang="en", client="outlook",
  sup=("Ian Whitaker", "ian.whitaker@northernboard.example", "Northern Board Ltd"),
  deal=Deal("corrugated cartons 600 x 400 x 300 mm", 1.12, "GBP", (-5, 60, None), vol=80000),
  text="""
Dana,

For the 600 x 400 x 300 mm cartons (your PO 4500123987 and the call-offs under it) we can accept Net 60 and take 1% off.

Regards,
Ian
""", sig="""
Ian Whitaker
Northern Board Ltd, Halifax HX3 5AX
01422 496 118
""", intent="counter", terms=T(pct=-1, days=60),
  notes="Box dimensions and a purchase order number next to a counter of 1% and Net 60.")

C("en19", lang="en", client="gmail",
  sup=("Beth Sorensen", "beth@prairiemills.example", "Prairie Mills"),
  deal=Deal("all-purpose wheat flour, 50 lb bag", 18.20, "USD", (-4, 60, None), buyer=B_NORTHLINE),
  text="""
Marcus,

We can't move on price. What we can do is 2/10 net 30, which most of our bakery customers take.

Beth
""", sig="""
Beth Sorensen
Prairie Mills | Salina, KS
785-555-0120
""", intent="counter", terms=T(days=30),
  notes="A cash-discount term 2/10 net 30 gives payment_days 30 and no price change.")

C("en20", lang="en", client="apple",
  sup=("Graham Oyelaran", "g.oyelaran@sentinelguard.example", "Sentinel Guarding Services"),
  deal=Deal("manned security guarding, per hour", 19.80, "GBP", (-5, 60, 12)),
  text="""
Hi Dana,

We'd be happy to sign for three years at 4% off, payment as now.

Graham
""", sig="""
Graham Oyelaran
Business Development, Sentinel Guarding Services
SIA ACS Approved Contractor
""", intent="counter", terms=T(pct=-4, months=36),
  notes="A service contract counter with the length written as three years and the payment term only referred to.")

C("en21", lang="en", client="outlook_plain",
  sup=("Paul Ridley", "p.ridley@officesource.example", "OfficeSource Ltd"),
  deal=Deal("laser toner cartridges, black", 61.00, "GBP", (-5, 60, None)),
  text="""
Dana,

Rather than cutting the unit price we would prefer to give you a 2% annual rebate, paid each January on the year's spend.

Regards
Paul Ridley
OfficeSource Ltd
""", intent="counter", terms=T(rebate=2),
  notes="The supplier offers a rebate instead of a price cut, the month of payment is not a term.")

C("en22", lang="en", client="mutt", pos="inline",
  sup=("Alan Crowther", "alan@kestrelfixings.example", "Kestrel Fixings"),
  deal=Deal("A2 stainless self-tapping screws 4.2 x 19", 0.36, "GBP", (-6, 60, None)),
  inline=[("- Unit price:", "3% is the most we can do here."), ("- Payment terms:", "OK")],
  text="Alan", intent="counter", terms=T(pct=-3),
  notes="Answers typed between the quoted offer lines, where a bare OK under the payment line leaves that term null.")

C("en23", lang="en", client="outlook",
  sup=("Rachel Kim", "rachel.kim@lumenparts.example", "Lumen Parts Ltd"),
  deal=Deal("PCB assembly, controller board rev C", 14.75, "GBP", (-6, 60, None), vol=6000),
  text="""
Hello Dana,

Please see our figures below.

--- Your reply (edit the values and send) ---
Unit price change (%, minus = reduction): -2.5
Payment terms (days): 45
Contract length (months): 12
Committed volume (units per year):
Rebate (%):
--- end ---

Regards,
Rachel
""", intent="counter", terms=T(pct=-2.5, days=45, months=12),
  notes="The bot's reply form copied above the quote and filled in with the supplier's own values.")

C("en24", lang="en", client="owa", cte="base64",
  sup=("Steve Allingham", "steve.allingham@ukcable.example", "UK Cable Distribution"),
  deal=Deal("flexible cable 3 x 2.5 mm2, per 100 m", 142.00, "GBP", (-5, 60, None)),
  text="""
Dear Dana,

We regret to let you know that from 1 May our list prices on all copper cable rise by 6.5%. We are unable to offer the reduction you asked for.

Yours sincerely,
Steve Allingham
UK Cable Distribution
""", intent="counter", inc=True, terms=T(pct=6.5),
  notes="A price rise with a number in base64-encoded HTML, an increase despite the refusal wording.")

C("en25", lang="en", client="k9",
  sup=("Mike Tennant", "mike@tennantfoods.example", "Tennant Foods"),
  deal=Deal("sunflower oil, 20 L bag-in-box", 31.60, "GBP", (-5, 60, None)),
  text="""
Hi Dana,

We can do 3% and 45 days. Happy to jump on a call if that helps, otherwise I'll wait to hear back.

Mike
""", sig="""
Mike Tennant
07700 900217
""", intent="counter", terms=T(pct=-3, days=45),
  notes="A firm counter with an optional offer of a call stays a counter.")

C("en26", lang="en", client="outlook_mac",
  sup=("Deborah Hines", "deborah.hines@hinespolymer.example", "Hines Polymer Products"),
  deal=Deal("HDPE jerrycans 20 L, UN-approved", 3.95, "GBP", (-5, 60, 12), kind="counter"),
  text="""
Dana,

We accept the 12-month contract and Net 60 at 2% off.

Regards,
Deborah
""", intent="counter", terms=T(pct=-2, days=60, months=12),
  notes="An acceptance wording with a different price than offered makes this a counter restating all three terms.")

C("en27", lang="en", client="apple",
  sup=("Chris Jarvis", "chris.jarvis@jarvismetal.example", "Jarvis Metal Pressings"),
  deal=Deal("pressed steel brackets, zinc flake", 0.88, "GBP", (-4, 60, None), vol=150000),
  text="""
Dana,

We accept 4%, provided you commit to 200,000 pieces for the year.

Chris
""", intent="counter", terms=T(pct=-4, vol=200000),
  notes="An acceptance of the offered percent tied to a volume commitment is a counter with volume_units.")

C("en28", lang="en", client="gmail",
  sup=("Nathan Reilly", "nathan@outbackpaper.example", "Outback Paper Co"),
  deal=Deal("A4 copy paper 80 gsm, carton of 5 reams", 15.10, "AUD", (-5, 60, None)),
  text="""
G'day Dana,

We can sharpen the pencil to $14.20 a carton on a 30-day account. Freight to your Botany store stays included.

Cheers,
Nathan
""", sig="""
Nathan Reilly | Outback Paper Co | 02 5550 1843
""", intent="counter", terms=T(price=14.20, cur="AUD", days=30),
  notes="A dollar price when the context currency is AUD means Australian dollars.")

C("en29", lang="en", client="iphone",
  sup=("Sam Okafor", "sam@okaforbags.example", "Okafor Bags"),
  deal=Deal("kraft takeaway bags, twisted handle, pack of 250", 21.50, "GBP", (-5, 60, None)),
  text="ok, agreed", intent="accept",
  notes="The shortest acceptance, lower case, typed on a phone.")

C("en30", lang="en", client="outlook",
  sup=("Helen Cartwright", "helen.cartwright@cartwrightlabels.example", "Cartwright Labels Ltd"),
  deal=Deal("self-adhesive product labels 60 x 40 mm, 1,000/roll", 7.80, "GBP", (-4, 60, 12), kind="counter"),
  text="""
Dear Dana,

We accept 4% off and Net 60 as proposed. Please send the updated contract for signature.

Kind regards,
""", sig="""
Helen Cartwright
Sales Director
Cartwright Labels Ltd | Registered office: 3 Mill Lane, Stockport SK4 2PD | Company No. 06631874
""", intent="accept", terms=T(pct=-4, days=60),
  notes="An acceptance that restates two of the three offered terms, so only those two are filled.")

C("en31", lang="en", client="thunderbird", pos="inline",
  sup=("Ruth Alder", "ruth.alder@alderfoods.example", "Alder Fine Foods"),
  deal=Deal("dark chocolate callets 54%, 10 kg", 92.00, "GBP", (-4, 60, 12), kind="counter"),
  inline=[("- Unit price:", "OK"), ("- Payment terms:", "OK"), ("- Contract length:", "OK")],
  text="All fine, send the contract over.\n\nRuth", intent="accept",
  notes="A bare OK under each quoted term accepts the offer without restating any value.")

C("en32", lang="en", client="gmail", broken="noboundary",
  sup=("Jack Henderson", "jack@hendersonsteel.example", "Henderson Steel Stockholders"),
  deal=Deal("bright mild steel bar 20 mm, per 3 m length", 11.40, "GBP", (-3, 45, None)),
  text="""
Hi Dana,

That works for us. Please send over the paperwork and we'll get it signed this week.

Jack
""", intent="accept",
  notes="An acceptance by reference with no numbers repeated.")

C("en33", lang="en", client="yahoo",
  sup=("Phil Dunmore", "phil_dunmore@yahoo.example", "Dunmore Joinery"),
  deal=Deal("softwood pallet collars 1200 x 800", 6.30, "GBP", (-5, 60, 12), kind="counter"),
  text="""
Deal. 5% off, 60 days, 12 months.

Phil Dunmore
Dunmore Joinery
""", intent="accept", terms=T(pct=-5, days=60, months=12),
  notes="A one-word acceptance followed by every offered term restated, sent from Yahoo webmail.")

C("en34", lang="en", client="outlook", mime="related",
  sup=("Victoria Lang", "victoria.lang@langlogistics.example", "Lang Logistics Ltd"),
  deal=Deal("pallet storage, per pallet space per week", 1.95, "GBP", (-4, 60, 12)),
  text="""
Hi Dana,

We're happy to go ahead on the terms in your email.

Many thanks,
""", sig="""
Victoria Lang
Commercial Manager
Lang Logistics Ltd | Magna Park, Lutterworth LE17 4XN
D: +44 1455 496 612 | M: +44 7700 900334
VAT Reg. GB 274 1183 40 | Registered in England & Wales 08124463

""" + GREEN["en"] + "\n\n" + DISCLAIMER["en"], intent="accept",
  notes="An acceptance whose only numbers are in the signature, VAT and company numbers and a disclaimer.")

C("en35", lang="en", client="outlook",
  sup=("Gordon Baird", "gordon.baird@bairdengineering.example", "Baird Engineering Supplies"),
  deal=Deal("hydraulic hose assemblies 1/2 in, 1 m", 6.00, "GBP", (-4, 60, 12), kind="counter",
            cond="If you can agree to a 24-month contract, we can accept a unit price 3% below the current price (GBP 5.82 instead of GBP 6.00)."),
  text="""
Dana,

We'll stick with your main proposal: the 4% and the 12 months are fine by us.

Gordon
""", intent="accept", terms=T(pct=-4, months=12),
  notes="The quoted counter-offer carries a conditional alternative, and the supplier accepts the main offer restating two terms.")

C("en36", lang="en", client="thunderbird", pos="bottom",
  sup=("Megan Lloyd", "megan.lloyd@lloydtextile.example", "Lloyd Textile Services"),
  deal=Deal("workwear laundry service, per garment", 0.62, "GBP", (-3, 45, 24), kind="counter"),
  text="""
Agreed on all points, thanks Dana.

Megan
""", intent="accept",
  notes="A bottom-posted acceptance below the full quote.")

C("en37", lang="en", client="gmail",
  sup=("Ben Ashworth", "ben@ashworthinks.example", "Ashworth Inks"),
  deal=Deal("water-based flexo ink, cyan, 20 kg", 88.00, "GBP", (-2, 75, 24), kind="counter"),
  text="""
Yes, we can live with Net 75. Agreed.

Ben
""", intent="accept", terms=T(days=75),
  notes="An acceptance that restates only the payment term.")

C("en38", lang="en", client="outlook",
  sup=("Charlotte Greaves", "c.greaves@greavesprint.example", "Greaves Print Finishing"),
  deal=Deal("printed folding cartons, 250 gsm", 0.28, "GBP", (-6, 60, None)),
  text="""
Dear Dana,

Thank you for thinking of us. After reviewing the proposal with our finance team we have decided not to pursue it; our current pricing is already as sharp as we can make it for this specification.

We wish you every success with the review.

Kind regards,
Charlotte
""", intent="reject",
  notes="A polite decline without any counter.")

C("en39", lang="en", client="gmail",
  sup=("Dylan Hughes", "dylan@hughesbakery.example", "Hughes Bakery Supplies"),
  deal=Deal("bread improver, 10 kg sack", 27.40, "GBP", (-5, 60, None)),
  text="""
Dana,

We're not in a position to reduce prices this year. The current price stands.

Dylan
""", intent="reject",
  notes="Keeping the current price without offering anything else is a rejection.")

C("en40", lang="en", client="gmail_mobile",
  sup=("Sandra Wills", "sandra.wills@willsengraving.example", "Wills Engraving"),
  deal=Deal("engraved aluminium asset tags", 0.74, "GBP", (-6, 60, None)),
  text="""
Please remove us from your supplier list. We no longer wish to quote for this business.
""", intent="reject",
  notes="A request to be removed from the supplier list is a rejection.")

C("en41", lang="en", client="samsung",
  sup=("Darren Cole", "darren@colemotorparts.example", "Cole Motor Parts"),
  deal=Deal("brake cleaner aerosol 500 ml", 1.65, "GBP", (-5, 60, None)),
  text="Not interested.", intent="reject",
  notes="A curt two-word refusal from a phone.")

C("en42", lang="en", client="outlook",
  sup=("Ewan Fraser", "ewan.fraser@fraserseafood.example", "Fraser Seafood Ltd"),
  deal=Deal("frozen cod fillets, 5 kg block", 54.00, "GBP", (-8, 60, None)),
  text="""
Hi Dana,

Your 8% cannot work for us, I'm afraid. Quotas are down again this season. We'll pass on this one.

Ewan
""", intent="reject",
  notes="The offered percent is named only to refuse it and no counter follows.")

C("en43", lang="en", client="apple",
  sup=("Lisa Granger", "lisa.granger@grangerresins.example", "Granger Resins"),
  deal=Deal("epoxy casting resin, 5 kg kit", 68.00, "GBP", (-5, 60, None)),
  text="""
Dana,

We can't offer any reduction. In fact all customers will be receiving notice of a price increase next month.

Lisa
""", intent="reject", inc=True,
  notes="A decline that announces an increase without a number is a rejection with price_increase true.")

C("en44", lang="en", client="proton",
  sup=("Tim Ashby", "tim.ashby@proton.example", "Ashby Translation"),
  deal=Deal("technical translation EN-DE, per 1,000 words", 118.00, "GBP", (-5, 60, None)),
  text="""
Hi Dana,

We already gave you 3% last year and 2% the year before. There is simply no further room at this rate. Sorry.

Tim
""", intent="reject",
  notes="Past concessions are quoted only as a reason to decline.")

C("en45", lang="en", client="outlook",
  sup=("Alastair Finch", "alastair.finch@finchceramics.example", "Finch Technical Ceramics"),
  deal=Deal("ceramic insulator bushings, 12 kV", 1240, "JPY", (-6, 60, None)),
  text="""
Dana,

Quick question before we answer properly: is the 6% meant against the ¥1,240 list price, or against the ¥1,180 we actually invoice after the volume discount? It changes things quite a lot for us.

Thanks,
Alastair
""", intent="other",
  notes="A question that names prices and the offered percent but proposes nothing.")

C("en46", lang="en", client="gmail",
  sup=("Jenny Booth", "jenny@boothspices.example", "Booth Spice Merchants"),
  deal=Deal("ground black pepper, 25 kg", 212.00, "GBP", (-5, 60, None)),
  text="""
Hi Dana,

We could probably find something between 2 and 3%, depending on the mix of grades you end up ordering. Can you send me a rough forecast by grade?

Jenny
""", intent="other",
  notes="A range of percentages with a request for more information is not a firm counter.")

C("en47", lang="en", client="apple",
  sup=("Oliver Sandoval", "oliver@sandovalplastics.example", "Sandoval Plastics"),
  deal=Deal("injection-moulded crates 600 x 400", 7.45, "GBP", (-6, 60, None)),
  text="""
Hi Dana,

Two options from our side: 3% on a 12-month deal, or 4% if you can go to 24 months. Let me know which suits you better.

Oliver
""", intent="other",
  notes="Two alternative packages leave the choice to the buyer, which a human must pick up.")

C("en48", lang="en", client="notes",
  sup=("Natalie Burrows", "natalie.burrows@burrowsfasteners.example", "Burrows Fasteners"),
  deal=Deal("hex nuts M6 A2, box of 1,000", 9.20, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Marcus,

We'd propose a tiered structure rather than a flat cut:

  up to 50,000 boxes a year      2%
  50,001 - 100,000 boxes         3%
  above 100,000 boxes            4%

Let me know if that's something you can work with.

Natalie
""", intent="other",
  notes="A tiered discount table by volume band is not a single counter.")

C("en49", lang="en", client="gmail",
  sup=("Harry Lomax", "harry@lomaxtimber.example", "Lomax Timber Packaging"),
  deal=Deal("heat-treated EUR pallets 1200 x 800", 11.90, "GBP", (-6, 60, None)),
  text="""
Dana,

We could do 4% if you collect ex-works from our yard in Wakefield rather than us delivering. On delivered terms we're already at the bottom.

Harry
""", intent="other",
  notes="A discount conditional on ex-works collection sits outside the negotiated levers.")

C("en50", lang="en", client="outlook",
  sup=("Rebecca Thorne", "rebecca.thorne@thornealu.example", "Thorne Aluminium Extrusions"),
  deal=Deal("aluminium extrusion profile 40 x 40, per metre", 7.10, "GBP", (-5, 60, 12)),
  text="""
Hi Dana,

Happy to look at 3% provided we add an aluminium index clause to the contract (LME cash settlement average, adjusted quarterly in both directions). Without the clause we can't commit to a fixed price for 12 months.

Regards,
Rebecca
""", intent="other",
  notes="A percentage offered only together with a metal index clause, a condition outside the levers.")

C("en51", lang="en", client="gmail",
  sup=("Accounts Department", "accounts@brightpack-ltd.example", "Brightpack Ltd"),
  deal=Deal("single-wall cartons 400 x 300 x 200", 0.64, "GBP", (-5, 60, None)),
  text="""
Dear Customer,

Please be advised that our bank details have changed with immediate effect following a change of banking partner. Kindly update your records to the account below before your next payment run and confirm by return once done.

Account name: Brightpack Ltd
Sort code: 40-11-62
Account number: 81726354
IBAN: GB29 NWBK 6016 1331 9268 19

Regarding your proposal, our sales team will revert separately.

Regards,
Accounts Department
""", intent="other",
  notes="A bank-detail change request from a look-alike domain, the classic payment-fraud pattern, needs a human.")

C("en52", lang="en", client="owa",
  sup=("Simon Ellery", "simon.ellery@ellerychem.example", "Ellery Speciality Chemicals"),
  deal=Deal("sodium hydroxide 50% solution, IBC", 395.00, "GBP", (-4, 60, None)),
  text="""
Dana,

I'm fine with 4% and Net 60 personally, but anything over 3% needs our MD to sign it off and he is away until Monday. I'll confirm as soon as he's back.

Simon
""", intent="other",
  notes="An acceptance pending a manager's sign-off is not yet an acceptance.")

C("en53", lang="en", client="outlook", subject="FW: corrugated trays 300 x 200: pricing proposal [ref N-7731]",
  sup=("Kevin Marsh", "kevin.marsh@marshcorrugated.example", "Marsh Corrugated"),
  deal=Deal("corrugated trays 300 x 200", 0.41, "GBP", (-4, 60, None), ref="N-7731"),
  text="""
Hi Mark,

See below from Harbour. Can we live with 4%? I'd rather come back with 2 and see what they say. Don't reply to them yet, let's talk at 3.

K
""", intent="other",
  notes="An internal note to a colleague sent to the buyer by mistake is not addressed to the buyer.")

C("en54", lang="en", client="outlook_mobile",
  sup=("Anna Pritchard", "anna@pritchardcatering.example", "Pritchard Catering Supplies"),
  deal=Deal("aluminium foil containers no. 2, case of 1,000", 68.00, "GBP", (-5, 60, None)),
  text="""
Hi Dana,

Could we set up a quick call this week to go through this? It's easier to explain our cost position by phone. I'm free Wednesday or Thursday afternoon.

Thanks,
Anna
""", sig="Anna Pritchard | 07700 900908", intent="other",
  notes="A reply whose point is to ask for a call.")

C("en55", lang="en", client="outlook",
  sup=("Robert Quinn", "robert.quinn@quinnsteel.example", "Quinn Steel Fabrications"),
  deal=Deal("steel mezzanine grating panels", 86.00, "GBP", (-5, 60, 12)),
  text="""
Dana,

We need to talk about next year's pricing before going any further. Our costs are up sharply and we will need an increase. Can you give me a call on 0161 496 0772 when you have ten minutes?

Robert
""", intent="other", inc=True,
  notes="A request for a call about an unquantified increase is other with price_increase true.")

C("en56", lang="en", client="outlook", mime="mixed",
  attach=(("pdf", "Revised_offer_HF_2025.pdf", ["Revised offer Harbour Foods", "Unit price GBP 2.31", "Payment 45 days", "Valid 30 days"]),),
  sup=("Lucy Harding", "lucy.harding@hardingfoods.example", "Harding Ingredients"),
  deal=Deal("dried onion granules, 20 kg", 2.38, "GBP", (-5, 60, None)),
  text="""
Dear Dana,

Please find attached our revised offer for your consideration.

Kind regards,
Lucy
""", intent="other",
  notes="The terms are only in an attached PDF, so the body gives nothing to act on.")

X("en57", lang="en", client="outlook", mime="alt",
  sup=("Tom Hargreaves", "tom.hargreaves@brightpack.example", "Brightpack Ltd"),
  deal=Deal("die-cut mailer boxes", 0.92, "GBP", (-5, 60, None)),
  intent="auto_reply", notes="A classic Exchange out-of-office with RFC 3834 and suppression headers.",
  build=auto("Automatic reply: {subject}", """
Thank you for your email. I am out of the office until Monday 14 April with limited access to email.

For anything urgent please contact our sales desk on 0113 496 0800 or sales@brightpack.example.

Tom
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "tom.hargreaves@brightpack.example"))))

X("en58", lang="en", client="gmail",
  sup=("Olivia Grant", "olivia.grant@grantseeds.example", "Grant Seeds & Grains"),
  deal=Deal("rolled oats, 25 kg", 19.60, "GBP", (-4, 60, None)),
  intent="auto_reply", notes="A parental-leave notice with only X-Autoreply and Precedence headers, no Auto-Submitted.",
  build=auto("Re: {subject}", """
Hello,

I'm on parental leave until the end of September 2025 and not reading email.

My colleague James Cooper (james.cooper@grantseeds.example, 01522 496 301) is looking after my accounts while I'm away.

Olivia
""", headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")), client="gmail"))

X("en59", lang="en", client="zendesk",
  sup=("Northline Support", "support@fosterlighting.example", "Foster Lighting Components"),
  deal=Deal("LED panel 600 x 600, 36 W", 21.00, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  intent="auto_reply", notes="A help-desk ticket acknowledgement with a ticket number.",
  build=auto("[Request received] {subject}", """
##- Please type your reply above this line -##

Hello,

Thanks for getting in touch. We've logged your message as request #58214 and one of our team will get back to you within two working days.

If you want to add anything, just reply to this email and keep the request number in the subject.

Foster Lighting Customer Care
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "8f21c0a")),
          from_=("Foster Lighting Customer Care", "support@fosterlighting.example"), client="gmail"))

X("en60", lang="en", client="outlook",
  sup=("Sales", "sales@oldfield-plastics.example", "Oldfield Plastics"),
  deal=Deal("PP strapping 12 mm, 2,500 m coil", 24.50, "GBP", (-5, 60, None)),
  intent="auto_reply", notes="A notice that the mailbox is no longer monitored, pointing to another address.",
  build=auto("Undeliverable mailbox: {subject}", """
This mailbox is no longer monitored.

Oldfield Plastics is now part of Dalton Packaging Group. Please send enquiries, quotes and orders to orders@daltonpackaging.example. Your message has not been forwarded.
""", headers=(("Auto-Submitted", "auto-replied"),)))

X("en61", lang="en", client="outlook", mime="alt",
  sup=("Customer Service", "service@holmeswire.example", "Holmes Wire Products"),
  deal=Deal("galvanised wire 2.5 mm, 25 kg coil", 48.00, "GBP", (-5, 60, None)),
  intent="auto_reply", notes="A holiday closure notice with only a suppression header and no RFC 3834 header.",
  build=auto("Office closed: {subject}", """
Thank you for your message.

Our offices and warehouse are closed for the Christmas holidays from 23 December until 2 January. Orders and enquiries received during this period will be dealt with in order of arrival when we return.

Season's greetings from all at Holmes Wire Products.
""", headers=(("X-Auto-Response-Suppress", "All"),)))

X("en62", lang="en", client="outlook",
  sup=("Ian Whitaker", "ian.whitaker@northernboard.example", "Northern Board Ltd"),
  deal=Deal("layer pads 1200 x 1000", 0.55, "GBP", (-5, 60, None)),
  intent="auto_reply", notes="An Outlook read receipt, a message/disposition-notification report.",
  build=mdn("Read: ", """
Your message

  To: {to}
  Subject: {subject}
  Sent: {sent}

was read on {read}.
""", ua="Microsoft Outlook 16.0"))

X("en63", lang="en", client="apple",
  sup=("Will Carver", "will.carver@icloud.example", "Carver Cleaning Co"),
  deal=Deal("washroom hygiene service, per unit per month", 3.80, "GBP", (-5, 60, 12)),
  intent="auto_reply", notes="A personal away-for-two-weeks notice from a consumer mail service.",
  build=auto("Away: {subject}", """
Hi, I'm away for two weeks and back on the 28th. I won't be checking email while I'm gone, so please bear with me.

Will
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")), client="apple"))

X("en64", lang="en", client="postfix", delay_minutes=0,
  sup=("Sales", "sales@foxley-closures.example", "Foxley Closures"),
  deal=Deal("tamper-evident caps 38 mm, per 1,000", 19.00, "GBP", (-5, 60, None)),
  intent="bounce", notes="A Postfix DSN for an unknown recipient with the full original attached as message/rfc822.",
  build=dsn("""
This is the mail system at host {mta}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.{sdomain}[198.51.100.23] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", reporting_mta="{buyer_mx}", status="5.1.1", remote_mta="mx1.{sdomain}",
      diagnostic="550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"))

X("en65", lang="en", client="exim", delay_minutes=1,
  sup=("Jo Pemberton", "jo@pembertonbrushes.example", "Pemberton Brushes"),
  deal=Deal("industrial sweeping brushes", 8.40, "GBP", (-5, 60, None)),
  intent="bounce", notes="An Exim plain-text failure report with the returned message pasted below.",
  build=ndr_plain("""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mail.{sdomain} [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------
""", subject="Mail delivery failed: returning message to sender",
      from_=("Mail Delivery System", "Mailer-Daemon@{buyer_mx}"),
      headers=(("X-Failed-Recipients", "jo@pembertonbrushes.example"), ("Auto-Submitted", "auto-replied"))))

X("en66", lang="en", client="google", delay_minutes=0,
  sup=("Mia Lawson", "mia.lawson@lawsonsauces.example", "Lawson Sauces"),
  deal=Deal("tomato paste 28-30 brix, 220 kg drum", 265.00, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  intent="bounce", notes="A Google-style DSN with an HTML alternative and only the original headers returned.",
  build=dsn("""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", reporting_mta="mx.google.example", status="5.1.1", remote_mta="aspmx.{sdomain}",
      diagnostic="550 5.1.1 The email account that you tried to reach does not exist",
      subject="Delivery Status Notification (Failure)", returned="headers",
      from_=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"),
      html_text='<html><body><table><tr><td><h2 style="color:#d93025">Address not found</h2>'
                '<p>Your message wasn\'t delivered to <b>{rcpt}</b> because the address couldn\'t be found, '
                'or is unable to receive mail.</p><p>The response from the remote server was:</p>'
                '<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>'
                '</td></tr></table></body></html>', client="google"))

X("en67", lang="en", client="exchange", delay_minutes=2,
  sup=("Purchasing Desk", "orders@marlowfoods.example", "Marlow Foods"),
  deal=Deal("glucose syrup DE42, 25 kg pail", 29.50, "GBP", (-5, 60, None)),
  intent="bounce", notes="An Exchange Online non-delivery report with an HTML body, a DSN and the returned message.",
  build=dsn("""
Your message to {rcpt} couldn't be delivered.

{rcpt} wasn't found at {sdomain}.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you are using an address from your Contacts, delete it and enter it again.
""", reporting_mta="LO2P265MB4417.GBRP265.PROD.OUTLOOK.example", status="5.1.10",
      diagnostic="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      remote_mta="", subject="Undeliverable: {subject}",
      from_=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{buyer_mx}"),
      html_text='<html><body><p style="font-size:16pt;color:#000000">Your message to <a href="mailto:{rcpt}">{rcpt}</a> '
                'couldn\'t be delivered.</p><p>{rcpt} wasn\'t found at {sdomain}.</p>'
                '<table><tr><td>Action Required</td><td>Recipient</td></tr></table>'
                '<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p></body></html>',
      headers=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")), client="exchange"))

X("en68", lang="en", client="postfix", delay_minutes=245,
  sup=("Peter Aldous", "peter@aldousengineering.example", "Aldous Engineering"),
  deal=Deal("turned brass inserts M5", 0.17, "GBP", (-5, 60, None)),
  intent="bounce", notes="A Postfix delay warning that still counts as a bounce, Action delayed with status 4.4.1.",
  build=dsn("""
This is the mail system at host {mta}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.{sdomain}[203.0.113.71]:25: Connection timed out
""", reporting_mta="{buyer_mx}", status="4.4.1", action="delayed",
      diagnostic="connect to mail.{sdomain}[203.0.113.71]:25: Connection timed out",
      subject="Delayed Mail (still being retried)", returned="headers"))

X("en69", lang="en", client="google", delay_minutes=1440,
  sup=("Carla Mendes", "carla@mendeslogistics.example", "Mendes Logistics"),
  deal=Deal("cross-dock handling, per pallet", 4.20, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  intent="bounce", notes="A delivery delay notification from a large provider, still being retried.",
  build=dsn("""
** Message not delivered yet **

We're having trouble delivering your message to {rcpt}. We'll keep trying for the next 2 days and let you know if it still can't be delivered.

The response from the remote server was:
451 4.3.0 Temporary server error. Please try again later
""", reporting_mta="mx.google.example", status="4.3.0", action="delayed",
      diagnostic="451 4.3.0 Temporary server error. Please try again later",
      subject="Delivery Status Notification (Delay)", returned="headers",
      from_=("Mail Delivery Subsystem", "mailer-daemon@googlemail.example"), client="google"))

X("en70", lang="en", client="mimecast", delay_minutes=0,
  sup=("Accounts Payable", "ap@rothwellgroup.example", "Rothwell Group"),
  deal=Deal("office furniture, task chair", 142.00, "GBP", (-5, 60, None)),
  intent="bounce", notes="A security gateway rejection sent with Auto-Submitted, which is still a bounce.",
  build=ndr_plain("""
Your message could not be delivered.

The message you sent to {rcpt} was rejected by the recipient's email security gateway.

Reason: Message contains links classified as suspicious by the recipient's policy.
Rejection code: 550 5.7.1 Rejected by policy [ref 7Xk2-Qp91-LLmA]

Original message details
  Subject: {subject}
  Sent: {sent}

If you believe this is an error, please contact the recipient by another means and quote the reference above.
""", subject="Message rejected: {subject}", append="none",
      from_=("Email Security Gateway", "postmaster@{sdomain}"),
      headers=(("Auto-Submitted", "auto-replied"), ("X-Gateway-Action", "reject"))))

X("en71", lang="en", client="proofpoint", delay_minutes=0,
  sup=("Sales Team", "sales@kingsway-pharma.example", "Kingsway Pharma Packaging"),
  deal=Deal("amber glass vials 10 ml", 0.23, "GBP", (-5, 60, None)),
  intent="bounce", notes="A DSN for a policy block at the receiving gateway (554 5.7.1).",
  build=dsn("""
This is the mail system at host {mta}.

Your message was refused by the destination mail gateway.

<{rcpt}>: host mx-gw.{sdomain}[198.51.100.140] said: 554 5.7.1 Message
    blocked due to security policy. Contact the recipient's administrator.
    (in reply to end of DATA command)
""", reporting_mta="{buyer_mx}", status="5.7.1", remote_mta="mx-gw.{sdomain}",
      diagnostic="554 5.7.1 Message blocked due to security policy", returned="headers"))

X("en72", lang="en", client="sendmail", delay_minutes=3,
  sup=("Gemma Roscoe", "gemma@roscoecandles.example", "Roscoe Candle Works"),
  deal=Deal("paraffin wax pellets, 25 kg", 51.00, "GBP", (-5, 60, None)),
  intent="bounce", notes="A sendmail-style returned-mail DSN for a full mailbox.",
  build=dsn("""
The original message was received at {sent}
from mail.harbour-foods.example [10.20.1.5]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.{sdomain}.:
>>> RCPT To:<{rcpt}>
<<< 552 5.2.2 <{rcpt}>... Mailbox full
554 5.0.0 Service unavailable
""", reporting_mta="relay.{sdomain}", status="5.2.2", remote_mta="mail.{sdomain}",
      diagnostic="552 5.2.2 Mailbox full", subject="Returned mail: see transcript for details",
      from_=("Mail Delivery Subsystem", "MAILER-DAEMON@relay.{sdomain}"), client="sendmail"))

# --------------------------------------------------------------------------------------
# English written by non-native speakers (India, China, Germany, Spain, Italy)
# --------------------------------------------------------------------------------------

C("in01", lang="en-in", client="outlook",
  sup=("Rajesh Kumar", "rajesh.kumar@shaktipolymers.example", "Shakti Polymers Pvt. Ltd."),
  deal=Deal("HDPE woven sacks 50 kg, laminated", 0.38, "USD", (-6, 60, None), buyer=B_NORTHLINE, vol=400000),
  text="""
Dear Sir,

Greetings from Shakti Polymers!

With reference to your mail, we are pleased to offer 2% discount on the current price. Payment terms will be 45 days from date of invoice.

Kindly confirm at the earliest so that we can plan the production accordingly.
""", sig="""
Thanks & Regards,
Rajesh Kumar
Sr. Manager - Marketing (Exports)
Shakti Polymers Pvt. Ltd.
Plot No. 42, GIDC Estate, Vapi - 396195, Gujarat, India
Mob: +91 98250 12345 | Tel: +91 260 2401234
GSTIN: 24AABCS1234F1Z5 | CIN: U25209GJ2004PTC043210
""", intent="counter", terms=T(pct=-2, days=45),
  notes="Indian business English with a 2% discount and 45 days, and GSTIN, CIN and phone numbers in the signature.")

C("in02", lang="en-in", client="gmail",
  sup=("Sunita Reddy", "sunita@reddyforgings.example", "Reddy Forgings"),
  deal=Deal("forged steel flanges DN50 PN16", 4.10, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Marcus ji,

As discussed with our MD, we can offer INR 338.00/pc for DN50 PN16 flanges, rate inclusive of packing, GST extra as applicable.

Please do the needful.

Regards
Sunita Reddy
Reddy Forgings, Hyderabad
+91 40 2345 6789
""", intent="counter", terms=T(price=338.00, cur="INR"),
  notes="A unit price in rupees against a USD baseline, kept in INR, with GST mentioned as a tax and not a term.")

C("in03", lang="en-in", client="outlook",
  sup=("Amit Joshi", "amit.joshi@joshichem.example", "Joshi Chemicals Ltd"),
  deal=Deal("sodium lauryl ether sulphate 70%", 1.42, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Sir,

Kindly note we can do maximum 1.5% only. Payment 60 days is not possible for us, we can extend upto 45 days.

Please revert.

Best Regards,
Amit Joshi
""", intent="counter", terms=T(pct=-1.5, days=45),
  notes="The offered Net 60 is named only to refuse it, the counter is 1.5% and up to 45 days, and the product name has a concentration percent.")

C("in04", lang="en-in", client="gmail",
  sup=("Kavita Menon", "kavita.menon@keralaspice.example", "Kerala Spice Exports"),
  deal=Deal("green cardamom 7 mm bold, 25 kg", 36.50, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Madam/Sir,

We are agreeable to your proposal of 5% reduction and 60 days credit. Kindly release the PO at the earliest.

Warm regards,
Kavita Menon
""", intent="accept", terms=T(pct=-5, days=60),
  notes="An acceptance in Indian English restating both offered terms.")

C("in05", lang="en-in", client="outlook",
  sup=("Vikram Singh", "vikram.singh@punjabtextile.example", "Punjab Textile Mills"),
  deal=Deal("cotton terry towels 500 gsm", 2.85, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Sir,

Due to steep increase in cotton yarn prices in last quarter we are constrained to increase the rates by 7% w.e.f. 1st April 2025.

We hope for your kind understanding and continued support.

Thanks & Regards,
Vikram Singh
""", intent="counter", inc=True, terms=T(pct=7),
  notes="A 7% increase with an effective date, written in Indian business English.")

C("in06", lang="en-in", client="zoho",
  sup=("Arjun Nair", "arjun.nair@nairpack.example", "Nair Packaging Solutions"),
  deal=Deal("printed BOPP tape 48 mm x 65 m", 0.72, "USD", (-6, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Marcus,

Request you to kindly share the annual forecast quantity so that we can work out best possible discount. Also please clarify whether the 6% is on ex-works price or CIF price.

Regards,
Arjun
""", intent="other",
  notes="Questions about quantity and the basis of the offered percent, with no terms proposed.")

C("in07", lang="en-in", client="outlook",
  sup=("Deepak Agarwal", "deepak@agarwalmetals.example", "Agarwal Metal Industries"),
  deal=Deal("brass cable glands M20", 0.64, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Sir,

We regret to inform that we are unable to consider any reduction as our prices are already at rock bottom level.

Thanking you,
Deepak Agarwal
""", intent="reject",
  notes="A formal Indian-English refusal without counter.")

C("in08", lang="en-in", client="gmail",
  sup=("Pooja Sharma", "pooja@sharmacorrugators.example", "Sharma Corrugators"),
  deal=Deal("3-ply corrugated boxes 12 x 10 x 8 in", 0.31, "USD", (-5, 60, None), buyer=B_NORTHLINE, vol=300000),
  text="""
Dear Sir,

We can give 3% discount if you increase the quantity to 5 lakh pcs per annum. For the present quantity we cannot give any discount.

Regards,
Pooja
""", intent="counter", terms=T(pct=-3, vol=500000),
  notes="A discount tied to a volume written in lakh (5 lakh is 500,000 units).")

C("cn01", lang="en-cn", client="outlook",
  sup=("Lily Zhang", "lily.zhang@hengda-elec.example", "Ningbo Hengda Electronics Co., Ltd."),
  deal=Deal("USB-C charging cable 1 m", 0.92, "USD", (-6, 60, None), buyer=B_NORTHLINE, vol=50000),
  text="""
Dear Marcus,

Thanks for your mail. For this item we can give 2% discount, payment term is T/T 30 days after B/L date.

Any question please feel free to contact me.
""", sig="""
Best regards
Lily Zhang
Sales Manager
Ningbo Hengda Electronics Co., Ltd.
Add: No. 88 Jinhai Road, Beilun District, Ningbo, Zhejiang, China 315800
Tel: +86-574-8688 1234   Mob/WeChat: +86 138 5742 1234
""", intent="counter", terms=T(pct=-2, days=30),
  notes="A Chinese exporter's counter with a T/T 30 days after B/L payment term.")

C("cn02", lang="en-cn", client="coremail",
  sup=("Kevin Wu", "kevin_wu@163.example", "Dongguan Ruixin Plastic Products"),
  deal=Deal("ABS enclosure 120 x 80 x 40 mm", 1.35, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Hi Marcus,

If you can accept wall thickness 2.0 mm instead of 2.5 mm, we can give the 5% you ask. For the current specification we can not reduce the price.

Kevin
""", intent="other",
  notes="A discount offered only against a change of specification, a condition outside the levers.")

C("cn03", lang="en-cn", client="foxmail", charset="gb2312", cte="base64",
  sup=("Amy Chen", "amy@jiahe-textile.example", "Shaoxing Jiahe Textile Co., Ltd."),
  deal=Deal("polyester webbing 25 mm, per 50 m roll", 6.80, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Marcus,

Good day!

Our best price is RMB 47.50/roll (tax included), this is already very low price for this quality.

Thanks & best regards
Amy Chen
绍兴佳禾纺织有限公司
""", intent="counter", terms=T(price=47.50, cur="CNY"),
  notes="A unit price in RMB (CNY) against a USD baseline, GB2312 text in base64 with a Chinese company name.")

C("cn04", lang="en-cn", client="foxmail", mime="mixed", attach=(("xlsx", "Price list 2025.xlsx", [["Qty (pcs)", "Unit price USD"], [3000, 1.25], [5000, 1.18], [10000, 1.10]]),),
  sup=("Jason Li", "jason@xinyu-hardware.example", "Xinyu Hardware Co., Ltd."),
  deal=Deal("stainless steel cabinet handles 128 mm", 1.30, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear friend,

Please check our price:
3000pcs  USD1.25/pc
5000pcs  USD1.18/pc
10000pcs USD1.10/pc

The price is valid for 30 days.

Jason
""", intent="other",
  notes="A quantity-tiered price list is not a single counter.")

C("cn05", lang="en-cn", client="coremail",
  sup=("Helen Zhou", "helen.zhou@126.example", "Suzhou Kelin Wire & Cable"),
  deal=Deal("PVC insulated hook-up wire 22 AWG, 305 m", 18.40, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Marcus,

Sorry for late reply. Because the copper price up a lot this year, we have to increase 5% from next order, sorry for that.

Hope you can understand.

Helen
""", intent="counter", inc=True, terms=T(pct=5),
  notes="A 5% increase in Chinese-English phrasing where the verb has no object.")

C("cn06", lang="en-cn", client="outlook",
  sup=("Tony Huang", "tony.huang@greenleaf-pack.example", "Xiamen Greenleaf Packaging"),
  deal=Deal("kraft paper stand-up pouches 500 g, per 1,000", 110.00, "USD", (-4, 60, None), buyer=B_NORTHLINE),
  text="""
Hi Marcus,

OK, we accept your price. Please send PO then we arrange production.

Tony
""", intent="accept",
  notes="A short acceptance of the offered price, asking for the purchase order.")

C("cn07", lang="en-cn", client="foxmail",
  sup=("Grace Lin", "grace@huatai-led.example", "Shenzhen Huatai LED Technology"),
  deal=Deal("LED strip 24 V, 5 m reel", 7.90, "USD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Dear Marcus,

We can accept 3% discount, but we need 30% deposit before production and balance before shipment, we can not accept 60 days.

Grace
""", intent="other",
  notes="A discount bound to a deposit payment scheme that is not a number of days, a condition outside the levers.")

C("cn08", lang="en-cn", client="outlook",
  sup=("Michael Xu", "michael.xu@dongfang-fast.example", "Jiaxing Dongfang Fasteners"),
  deal=Deal("DIN 933 hex bolts M10 x 30, 8.8, per 1,000", 46.00, "USD", (-6, 60, None), buyer=B_NORTHLINE, vol=1200),
  text="""
Dear Marcus,

Considering long term cooperation, we can give you 3.5% discount, and payment 60 days is ok for us.

Best regards
Michael
""", intent="counter", terms=T(pct=-3.5, days=60),
  notes="A counter on price with the offered payment term agreed by naming it.")

C("dee01", lang="en-de", client="outlook",
  sup=("Thomas Berger", "t.berger@berger-kunststoff.example", "Berger Kunststofftechnik GmbH"),
  deal=Deal("PP injection-moulded lids 95 mm, per 1,000", 85.00, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Dear Mrs. Lindqvist,

thank you for your request. We can offer you a discount of 2 percent and a payment target of 45 days net.

With kind regards
""", sig="""
Thomas Berger
Vertrieb / Sales
Berger Kunststofftechnik GmbH | Industriestr. 14 | 32052 Herford | Germany
Tel. +49 5221 99871-23 | Fax +49 5221 99871-99
Geschäftsführer: Klaus Berger | Amtsgericht Bad Oeynhausen HRB 9821 | USt-IdNr. DE 812 345 678
""", intent="counter", terms=T(pct=-2, days=45),
  notes="German English with a payment target of 45 days net and the German register data in the signature.")

C("dee02", lang="en-de", client="gmx",
  sup=("Monika Hahn", "monika.hahn@gmx.example", "Hahn Präzisionsteile"),
  deal=Deal("turned aluminium spacers 10 mm", 0.32, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hello Mrs. Lindqvist,

on the price itself we can reduce by 1.5 %. Regarding the payment conditions we can offer 14 days 2 % discount or 30 days net, longer is not possible for us.

Best regards
Monika Hahn
""", intent="counter", terms=T(pct=-1.5, days=30),
  notes="A real price reduction next to a cash-discount term whose 2% is not a price change, giving payment_days 30.")

C("dee03", lang="en-de", client="outlook",
  sup=("Frank Weber", "frank.weber@weber-etiketten.example", "Weber Etiketten GmbH"),
  deal=Deal("thermal transfer ribbons 110 mm x 450 m", 9.60, "EUR", (-4, 60, 12), buyer=B_POLARIS, kind="counter"),
  text="""
Dear Mrs. Lindqvist,

we agree with your proposal. The new conditions are valid from 1st of June.

Best regards
Frank Weber
""", intent="accept",
  notes="An acceptance with a start date that is not a term.")

C("dee04", lang="en-de", client="outlook",
  sup=("Sabine Krüger", "s.krueger@krueger-glas.example", "Krüger Glaswerk AG"),
  deal=Deal("glass jars 370 ml TO 82", 0.29, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Mrs. Lindqvist,

unfortunately we must inform you that instead of a reduction we need a price increase of 3.8 % because of the higher energy costs for our furnaces.

Kind regards
Sabine Krüger
""", intent="counter", inc=True, terms=T(pct=3.8),
  notes="A 3.8% increase written with a space before the percent sign in German-English.")

C("dee05", lang="en-de", client="notes",
  sup=("Jens Hoffmann", "jens.hoffmann@hoffmann-pet.example", "Hoffmann PET-Verpackungen"),
  deal=Deal("PET bottles 500 ml, clear", 0.14, "EUR", (-4, 60, None), buyer=B_POLARIS),
  text="""
Hello Mrs. Lindqvist,

the 4 % we can give only for the 250 ml bottles (art. 4711-250), not for the 500 ml bottles in your mail. For the 500 ml the price stays.

Regards
Jens Hoffmann
""", intent="other",
  notes="The offered percent is accepted for a different article, which a human must sort out, sent from HCL Notes.")

C("dee06", lang="en-de", client="thunderbird",
  sup=("Ralf Schneider", "ralf.schneider@schneider-draht.example", "Schneider Drahtwaren"),
  deal=Deal("spring steel wire 1.2 mm, 25 kg spool", 64.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hello,

thank you for your request. Unfortunately a reduction is not possible, our prices are calculated very tight already.

Best regards
Ralf Schneider
""", intent="reject",
  notes="A polite German-English refusal without any counter.")

C("dee07", lang="en-de", client="outlook",
  sup=("Claudia Wagner", "claudia.wagner@wagner-chemie.example", "Wagner Chemie GmbH"),
  deal=Deal("glycerine 99.5% USP, 250 kg drum", 1.95, "EUR", (-5, 60, 12), buyer=B_POLARIS),
  text="""
Dear Mrs. Lindqvist,

we could offer 2.5 % if the contract runs 24 months instead of 12.

With best regards
Claudia Wagner
""", intent="counter", terms=T(pct=-2.5, months=24),
  notes="A price counter tied to a longer contract, a lever, so it is a counter with both values.")

C("ese01", lang="en-es", client="outlook",
  sup=("Javier Moreno", "jmoreno@morenoinox.example", "Moreno Inoxidables S.L."),
  deal=Deal("stainless steel sinks 500 x 400", 38.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

We can accept the 60 days but the discount maximum is 2%.

Best regards,
Javier
""", intent="counter", terms=T(pct=-2, days=60),
  notes="Spanish-English counter accepting the payment term by naming it.")

C("ese02", lang="en-es", client="gmail",
  sup=("Carmen Ruiz", "carmen.ruiz@olivarsur.example", "Olivar del Sur"),
  deal=Deal("extra virgin olive oil, 5 L PET", 34.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

Sorry but we cannot accept any reduction, the prices of the olive oil are in the maximum of the last years and the harvest was very short.

Kind regards
Carmen
""", intent="reject",
  notes="A refusal that talks about rising costs without any number or counter.")

C("ese03", lang="en-es", client="outlook",
  sup=("Pablo Serrano", "pablo.serrano@serranopack.example", "Serrano Packaging"),
  deal=Deal("thermoformed PET trays 1000 ml, per 100", 12.00, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="""
Perfect, we agree with the conditions.

Regards,
Pablo Serrano
""", intent="accept",
  notes="A short Spanish-English acceptance.")

C("ese04", lang="en-es", client="outlook",
  sup=("Lucía Navarro", "lucia.navarro@navarrologistica.example", "Navarro Logística"),
  deal=Deal("road freight Valencia - Gothenburg, full truck", 2650.00, "EUR", (-5, 60, 12), buyer=B_POLARIS),
  text="""
Hello Eva,

We need to know the volumes for next year before to give you an answer. Is possible to have a meeting by Teams next week? Tuesday or Wednesday is good for me.

Regards,
Lucía
""", intent="other",
  notes="A request for a meeting before answering.")

C("ese05", lang="en-es", client="gmail",
  sup=("Andrés Gil", "andres.gil@gilalimentacion.example", "Gil Alimentación"),
  deal=Deal("canned chickpeas 400 g", 0.58, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

Instead of discount in the price, we offer a rappel of 2% at the end of the year on the total purchases.

Best regards
Andrés
""", intent="counter", terms=T(rebate=2),
  notes="A rappel, the Spanish word for a volume rebate, used in English for a 2% year-end rebate.")

X("ese06", lang="en-es", client="outlook", mime="alt",
  sup=("Marta Iglesias", "marta.iglesias@iglesiascork.example", "Iglesias Corchos"),
  deal=Deal("natural cork stoppers 45 x 24", 0.21, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="A Spanish writer's English out-of-office during the August closure.",
  build=auto("Automatic reply: {subject}", """
Hello,

I am out of office until 25th August with no access to email. For urgent matters please contact with my colleague Rosa Blanco at rblanco@iglesiascork.example or call +34 924 555 120.

Thank you,
Marta
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))))

C("ite01", lang="en-it", client="outlook",
  sup=("Marco Ferri", "m.ferri@ferri-meccanica.example", "Ferri Meccanica S.r.l."),
  deal=Deal("precision ball bearings 6204-2RS", 1.85, "EUR", (-3, 90, None), buyer=B_POLARIS),
  text="""
Dear Eva,

we can give you the 3% discount but the payment must be 60 days end of month, 90 days is too long for us.

Best regards
Marco Ferri
""", intent="counter", terms=T(pct=-3, days=60),
  notes="The offered percent is agreed by naming it, the payment counter is 60 days end of month and 90 days is named only to refuse it.")

C("ite02", lang="en-it", client="libero",
  sup=("Giulia Romano", "giulia.romano@libero.example", "Romano Tessuti"),
  deal=Deal("linen blend fabric 150 cm, per metre", 7.40, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

We are sorry, but in this moment is not possible for us to make any discount. Our prices are already very competitive in the market.

Best regards
Giulia
""", intent="reject",
  notes="An Italian-English refusal with no counter, from a webmail client.")

C("ite03", lang="en-it", client="outlook",
  sup=("Luca Bianchi", "luca.bianchi@bianchi-imballaggi.example", "Bianchi Imballaggi S.p.A."),
  deal=Deal("stretch hoods for pallets", 0.95, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

I have to ask to my boss, he is the one who decide for discounts over 2%. I let you know as soon as possible.

Luca
""", intent="other",
  notes="A reply that waits for a superior's decision and names a percent only as a threshold.")

C("ite04", lang="en-it", client="gmail",
  sup=("Francesca Conti", "francesca.conti@conticaffe.example", "Conti Caffè"),
  deal=Deal("roasted coffee beans, 1 kg bag", 16.20, "EUR", (-4, 60, None), buyer=B_POLARIS),
  text="""
Ok for us, we confirm 4% and 60 days.

Best regards
Francesca Conti
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A short acceptance restating both offered terms.")

C("ite05", lang="en-it", client="outlook",
  sup=("Alessandro Greco", "a.greco@grecoceramiche.example", "Greco Ceramiche"),
  deal=Deal("porcelain tiles 60 x 60, per m2", 14.90, "EUR", (-5, 60, 12), buyer=B_POLARIS),
  text="""
Dear Eva,

For the 2025 we propose the same price of 2024 if we sign the contract for 2 years.

Best regards
Alessandro
""", intent="counter", terms=T(months=24),
  notes="A price freeze offered only with a longer contract is a counter with contract_months only.")

C("ite06", lang="en-it", client="outlook",
  sup=("Sara Lombardi", "sara.lombardi@lombardi-chimica.example", "Lombardi Chimica"),
  deal=Deal("hydrogen peroxide 35%, 1,000 L IBC", 410.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

we can do 2% for 12 months contract or 3% for 24 months, you choose.

Regards
Sara
""", intent="other",
  notes="Two alternative packages for the buyer to choose from.")

C("ite07", lang="en-it", client="outlook",
  sup=("Paolo Ricci", "paolo.ricci@ricciplast.example", "Ricci Plast S.r.l."),
  deal=Deal("LDPE shrink film 150 micron", 2.35, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Dear Eva,

our last offer is 2,5% discount, payment 60 days. This is valid until 30/06.

Best regards
Paolo Ricci
""", intent="counter", terms=T(pct=-2.5, days=60),
  notes="A decimal comma in English and a validity date that is not a term.")

C("in09", lang="en-in", client="outlook",
  sup=("Ramesh Iyer", "ramesh.iyer@iyerengg.example", "Iyer Engineering Works"),
  deal=Deal("CNC machined shafts EN8, 25 mm", 6.20, "USD", (-6, 60, 12), buyer=B_NORTHLINE),
  text="""
Dear Sir,

We have gone through your proposal. We can offer 2.5% discount with 12 months rate contract, payment 45 days from receipt of material.

Thanks and regards,
Ramesh Iyer
""", intent="counter", terms=T(pct=-2.5, days=45, months=12),
  notes="A rate contract of 12 months with 2.5% and 45 days, in Indian business English.")

# --------------------------------------------------------------------------------------
# German (Germany, Switzerland, Austria)
# --------------------------------------------------------------------------------------

SIG_DE_GMBH = """
Mit freundlichen Grüßen

i. A. Markus Lehmann
Vertriebsinnendienst

Lehmann Faltschachtel GmbH & Co. KG
Gewerbering 7 | 33334 Gütersloh
Tel.: +49 5241 70 88-214 | Fax: +49 5241 70 88-299
www.lehmann-faltschachtel.example

Sitz der Gesellschaft: Gütersloh | Registergericht: Amtsgericht Gütersloh HRA 7734
Persönlich haftende Gesellschafterin: Lehmann Verwaltungs-GmbH, HRB 6120
Geschäftsführer: Dr. Heinz Lehmann, Petra Lehmann-Ross | USt-IdNr.: DE 126 448 372
"""

C("de01", lang="de", client="outlook",
  sup=("Markus Lehmann", "m.lehmann@lehmann-faltschachtel.example", "Lehmann Faltschachtel GmbH & Co. KG"),
  deal=Deal("Faltschachteln 180 x 120 x 60 mm, bedruckt", 0.42, "EUR", (-6, 60, None), buyer=B_VOGEL, vol=150000),
  text="""
Sehr geehrte Frau Vogel,

vielen Dank für Ihre Anfrage. Wir können Ihnen 2 % Nachlass bei einem Zahlungsziel von 45 Tagen anbieten.
""", sig=SIG_DE_GMBH + "\n" + DISCLAIMER["de"], intent="counter", terms=T(pct=-2, days=45),
  notes="A German counter with Nachlass and Zahlungsziel above a long signature with register numbers and a disclaimer.")

C("de02", lang="de", client="thunderbird",
  sup=("Jürgen Maß", "j.mass@schrauben-maass.example", "Schrauben Maß GmbH"),
  deal=Deal("Sechskantschrauben DIN 933 M8 x 40, verzinkt", 0.12, "EUR", (-5, 60, 12), buyer=B_VOGEL, vol=250000, kind="counter"),
  text="""
Hallo Frau Vogel,

anderthalb Prozent sind bei diesem Artikel das Äußerste, was wir Ihnen anbieten können, bei einem Zahlungsziel von 45 Tagen netto und einer Laufzeit von einem Jahr.

Viele Grüße
""", sig="""
Jürgen Maß
Vertrieb Innendienst
Schrauben Maß GmbH, Ohmstraße 3, 74523 Schwäbisch Hall
Tel. 0791 9471-0
""", intent="counter", terms=T(pct=-1.5, days=45, months=12),
  notes="The percent is written as anderthalb Prozent and the contract as einem Jahr, in format=flowed.")

C("de03", lang="de", client="gmail",
  sup=("Sandra Keller", "sandra.keller@keller-lebensmittel.example", "Keller Lebensmittelrohstoffe"),
  deal=Deal("Kakaopulver 10/12, 25-kg-Sack", 168.00, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Hallo Frau Vogel,

beim Preis können wir Ihnen 1 % entgegenkommen. Die Zahlung bleibt wie bisher: 14 Tage 2 % Skonto, 30 Tage netto.

Beste Grüße
Sandra Keller
""", intent="counter", terms=T(pct=-1, days=30),
  notes="A 1% reduction beside a Skonto payment term whose 2% is a cash discount, not a price change.")

C("de04", lang="de-ch", client="outlook",
  sup=("Beat Zürcher", "beat.zuercher@zuercher-schutz.example", "Zürcher Arbeitsschutz AG"),
  deal=Deal("Schnittschutzhandschuhe Klasse D", 4.05, "CHF", (-5, 60, None), buyer=B_ALPINE),
  text="""
Grüezi Herr Brunner

Besten Dank für Ihre Anfrage. Wir offerieren Ihnen neu CHF 3.85 pro Paar (bisher CHF 4.05), Zahlung wie gehabt.

Freundliche Grüsse
Beat Zürcher
""", sig="""
Zürcher Arbeitsschutz AG | Industriestrasse 21 | 8604 Volketswil
Tel. +41 44 555 71 20 | UID CHE-112.447.903 MWST
""", intent="counter", terms=T(price=3.85, cur="CHF"),
  notes="A Swiss counter with a new unit price in CHF next to the old price, which is not a term.")

C("de05", lang="de-at", client="outlook",
  sup=("Christa Gruber", "c.gruber@gruber-papier.example", "Gruber Papierverarbeitung GmbH"),
  deal=Deal("Wellpappe-Zuschnitte 800 x 600 mm", 0.58, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

aufgrund der stark gestiegenen Energie- und Papierkosten müssen wir unsere Preise ab 1. Jänner 2026 um 4,5 % anheben. Eine Reduktion ist daher leider nicht möglich.

Mit freundlichen Grüßen
Christa Gruber
""", sig="""
Gruber Papierverarbeitung GmbH
Industriezeile 12, 4020 Linz, Österreich
FN 198765 t, Landesgericht Linz | UID ATU 48812345
""", intent="counter", inc=True, terms=T(pct=4.5),
  notes="An Austrian price increase of 4.5% with the Austrian month name Jänner in the start date.")

C("de06", lang="de", client="gmx",
  sup=("Horst Becker", "horst.becker@gmx.example", "Becker Transporte"),
  deal=Deal("Stückguttransport je Palette, Region Süd", 68.00, "EUR", (-4, 60, None), buyer=B_VOGEL),
  text="""
Hallo Frau Vogel,

wir müssen leider ab dem nächsten Quartal einen Energiezuschlag von 2,5 % auf alle Rechnungen erheben. Das Zahlungsziel von 30 Tagen bleibt unverändert.

Gruß
Horst Becker
Becker Transporte e.K.
""", intent="counter", inc=True, terms=T(pct=2.5, days=30),
  notes="An energy surcharge in German counts as a price increase, with the payment term restated.")

C("de07", lang="de", client="outlook", mime="related",
  sup=("Anja Schulte", "anja.schulte@schulte-kunststoff.example", "Schulte Kunststofftechnik GmbH"),
  deal=Deal("Spritzgussdeckel PP 120 mm", 0.61, "EUR", (-5, 60, None), buyer=B_VOGEL, vol=60000),
  text="""
Guten Tag Frau Vogel,

bei einer verbindlichen Jahresabnahme von 80.000 Stück können wir Ihnen 3 % gewähren. Bei der bisherigen Menge bleibt es beim aktuellen Preis.

Mit freundlichen Grüßen
Anja Schulte
""", intent="counter", terms=T(pct=-3, vol=80000),
  notes="A discount tied to an annual volume written with a German thousands point, in HTML with a logo.")

C("de08", lang="de-ch", client="owa",
  sup=("Reto Meier", "reto.meier@meier-verpackungen.example", "Meier Verpackungen AG"),
  deal=Deal("Luftpolsterfolie 100 cm x 100 m", 38.00, "CHF", (-6, 60, None), buyer=B_ALPINE),
  text="""
Guten Tag Herr Brunner

Ihr Zahlungsziel von 60 Tagen können wir akzeptieren, beim Preis sind maximal 2,5 % möglich.

Freundliche Grüsse
Reto Meier
Meier Verpackungen AG, St. Gallen
""", intent="counter", terms=T(pct=-2.5, days=60),
  notes="A Swiss HTML-only reply accepting the payment term by naming it and capping the price at 2.5%.")

C("de09", lang="de", client="notes",
  sup=("Wolfgang Richter", "wolfgang.richter@richter-chemie.example", "Richter Chemie AG"),
  deal=Deal("Isopropanol 99,9 %, 1.000-l-IBC", 1.38, "EUR", (-6, 60, None), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

6 % sind für uns völlig unrealistisch. Mehr als 1 % ist bei den aktuellen Rohstoffpreisen nicht drin.

Mit freundlichen Grüßen
Wolfgang Richter
Richter Chemie AG
""", intent="counter", terms=T(pct=-1),
  notes="The offered 6% is named only to refuse it and the counter is 1%, sent from HCL Notes with a purity percent in the item.")

C("de10", lang="de", client="outlook_plain",
  sup=("Petra Hartmann", "p.hartmann@hartmann-bueroversand.example", "Hartmann Büroversand"),
  deal=Deal("Kopierpapier A4 80 g/m², Karton à 5 Pakete", 21.90, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

statt einer Preissenkung bieten wir Ihnen einen Jahresbonus von 2 % auf den Jahresumsatz an, zahlbar jeweils im Januar des Folgejahres.

Mit freundlichen Grüßen
Petra Hartmann
""", intent="counter", terms=T(rebate=2),
  notes="A Jahresbonus is a rebate, not a price change, in a plain-text Outlook reply.")

C("de11", lang="de", client="tonline",
  sup=("Dieter Wolf", "dieter.wolf@t-online.example", "Wolf Metallbau"),
  deal=Deal("Edelstahl-Scharniere 60 x 60 mm", 2.15, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Guten Tag Frau Vogel,

zu Ihrer Anfrage: Lieferzeit ca. 3 Wochen, Mindestbestellmenge 500 Stück, Gewährleistung 24 Monate. Preislich können wir Ihnen 2 % Rabatt geben.

Mit freundlichem Gruß
Dieter Wolf
""", intent="counter", terms=T(pct=-2),
  notes="Rabatt is a price discount, next to lead time, MOQ and warranty months that are not terms.")

C("de12", lang="de-at", client="webde",
  sup=("Stefan Huber", "stefan.huber@web.example", "Huber Holzbau"),
  deal=Deal("Einwegpaletten 1200 x 800, HT", 7.90, "EUR", (-6, 60, 12), buyer=B_VOGEL),
  text="""
Grüß Gott Frau Vogel,

wir bieten Ihnen 3 % Rabatt bei einer Laufzeit von 2 Jahren und 45 Tagen Zahlungsziel.

Schöne Grüße aus dem Mühlviertel
Stefan Huber
""", intent="counter", terms=T(pct=-3, days=45, months=24),
  notes="Three terms in one Austrian sentence, with the contract written as 2 Jahren, in HTML-only webmail.")

C("de13", lang="de-ch", client="apple",
  sup=("Urs Baumann", "urs.baumann@baumann-reinigung.example", "Baumann Gebäudereinigung GmbH"),
  deal=Deal("Unterhaltsreinigung Büro, pro Einsatz", 260.00, "CHF", (-5, 60, 12), buyer=B_ALPINE),
  text="""
Grüezi Herr Brunner

Eine Reduktion können wir Ihnen leider nicht machen. Wir garantieren Ihnen aber die aktuellen Preise für 24 Monate, wenn der Vertrag entsprechend verlängert wird.

Freundliche Grüsse
Urs Baumann
""", intent="counter", terms=T(months=24),
  notes="A price freeze offered with a longer contract is a counter with contract_months only.")

C("de14", lang="de", client="iphone",
  sup=("Timo Brandt", "timo@brandt-gastro.example", "Brandt Gastrobedarf"),
  deal=Deal("Servietten 3-lagig 40 x 40, Karton", 24.50, "EUR", (-4, 60, None), buyer=B_VOGEL, kind="counter"),
  text="Passt, einverstanden.", intent="accept",
  notes="A two-word German acceptance from a phone.")

C("de15", lang="de", client="outlook",
  sup=("Nadine Fischer", "n.fischer@fischer-etiketten.example", "Fischer Etiketten GmbH"),
  deal=Deal("Haftetiketten 100 x 50 mm, Rolle à 1.000", 8.20, "EUR", (-4, 60, 12), buyer=B_VOGEL, kind="counter"),
  text="""
Sehr geehrte Frau Vogel,

wir sind mit Ihrem Vorschlag einverstanden: 4 % Nachlass und 60 Tage Zahlungsziel. Bitte senden Sie uns die angepasste Rahmenvereinbarung zu.

Mit freundlichen Grüßen
Nadine Fischer
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A German acceptance restating two of the three offered terms.")

C("de16", lang="de-at", client="gmail", charset="iso-8859-1", real_charset="utf-8",
  sup=("Maria Pichler", "maria.pichler@pichler-textil.example", "Pichler Textil"),
  deal=Deal("Arbeitsjacken Softshell, Gr. S-XXL", 31.00, "EUR", (-4, 60, None), buyer=B_VOGEL),
  text="""
Liebe Frau Vogel,

geht in Ordnung, wir nehmen das Angebot so an. Bitte schicken Sie uns den Vertrag zur Unterschrift.

Liebe Grüße
Maria Pichler
""", intent="accept",
  notes="An Austrian acceptance by reference without any numbers.")

C("de17", lang="de-ch", client="thunderbird", pos="bottom",
  sup=("Andrea Frei", "andrea.frei@frei-druck.example", "Frei Druck AG"),
  deal=Deal("Versandtaschen C4, bedruckt", 0.19, "CHF", (-3, 45, None), buyer=B_ALPINE, kind="counter"),
  text="""
Einverstanden.

Freundliche Grüsse
Andrea Frei
""", intent="accept",
  notes="A Swiss one-word acceptance posted below the quoted offer.")

C("de18", lang="de", client="gmail", pos="inline",
  sup=("Oliver Neumann", "oliver.neumann@neumann-kartonagen.example", "Neumann Kartonagen"),
  deal=Deal("Stülpdeckelkartons 300 x 300 x 150", 0.88, "EUR", (-4, 60, 12), buyer=B_VOGEL, kind="counter"),
  inline=[("- Stückpreis:", "ok"), ("- Zahlungsziel:", "ok"), ("- Vertragslaufzeit:", "ok")],
  text="Passt so, bitte Vertrag schicken.\n\nO. Neumann", intent="accept",
  notes="A bare ok typed under each quoted German offer line accepts without restating values.")

C("de19", lang="de", client="owa",
  sup=("Heike Schmitt", "heike.schmitt@schmitt-gewuerze.example", "Schmitt Gewürzmühle"),
  deal=Deal("Paprika edelsüß gemahlen, 25 kg", 142.00, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

leider können wir Ihnen keine Preisreduzierung anbieten. Die Preise bleiben unverändert.

Mit freundlichen Grüßen
Heike Schmitt
""", sig=GREEN["de"], intent="reject",
  notes="A German refusal that keeps the price without proposing anything.")

C("de20", lang="de", client="gmx",
  sup=("Klaus Zimmermann", "k.zimmermann@gmx.example", "Zimmermann Elektro"),
  deal=Deal("Kabelbinder 4,8 x 200 mm, schwarz, VE 100", 2.60, "EUR", (-6, 60, None), buyer=B_VOGEL),
  text="""
Bitte streichen Sie uns aus Ihrem Verteiler. Wir sind an einer Zusammenarbeit zu diesen Bedingungen nicht interessiert.

K. Zimmermann
""", intent="reject",
  notes="A request to be taken off the list, in German.")

C("de21", lang="de-at", client="outlook",
  sup=("Gerhard Steiner", "g.steiner@steiner-metall.example", "Steiner Metallwaren GmbH"),
  deal=Deal("Alu-Profile 30 x 30, je Meter", 5.40, "EUR", (-5, 60, None), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

eine Reduktion ist ausgeschlossen. Im Gegenteil, wir werden Ihnen in Kürze eine Preiserhöhung ankündigen müssen.

Mit freundlichen Grüßen
Gerhard Steiner
""", intent="reject", inc=True,
  notes="A refusal announcing an increase without a number is a rejection with price_increase true.")

C("de22", lang="de", client="roundcube",
  sup=("Julia Krause", "julia.krause@krause-folien.example", "Krause Folien GmbH"),
  deal=Deal("Stretchfolie Handrolle 23 my, 500 mm", 11.80, "EUR", (-6, 60, None), buyer=B_VOGEL),
  text="""
Hallo Frau Vogel,

je nach Abnahmemenge könnten wir uns irgendwo zwischen 2 und 3 % bewegen. Können Sie mir eine Jahresprognose schicken?

Viele Grüße
Julia Krause
""", intent="other",
  notes="A range of percentages depending on volume, with a request for a forecast.")

C("de23", lang="de", client="zimbra",
  sup=("Matthias Lang", "matthias.lang@lang-verbindungstechnik.example", "Lang Verbindungstechnik"),
  deal=Deal("Blindnieten Alu 4 x 10, VE 1.000", 14.20, "EUR", (-4, 60, None), buyer=B_VOGEL, kind="counter"),
  text="""
Hallo Frau Vogel,

grundsätzlich passen 4 % und 60 Tage für mich, ich muss das aber noch mit unserer Geschäftsleitung abstimmen. Sie hören bis Freitag von mir.

Gruß
Matthias Lang
""", intent="other",
  notes="An acceptance of the restated terms pending the management's approval.")

C("de24", lang="de-ch", client="gmail",
  sup=("Daniel Egli", "daniel.egli@egli-logistik.example", "Egli Logistik AG"),
  deal=Deal("Palettenlagerung, pro Palettenplatz und Monat", 19.50, "CHF", (-5, 60, 12), buyer=B_ALPINE),
  text="""
Grüezi Herr Brunner

Können wir dazu kurz telefonieren? Ich bin morgen ab 14 Uhr erreichbar unter +41 44 555 12 34.

Freundliche Grüsse
Daniel Egli
""", intent="other",
  notes="A Swiss request for a phone call with a time and phone number that are not terms.")

C("de25", lang="de", client="outlook",
  sup=("Sebastian Koch", "s.koch@koch-kabel.example", "Koch Kabelwerke GmbH"),
  deal=Deal("Steuerleitung 5 x 1,5 mm², je 100 m", 118.00, "EUR", (-5, 60, 12), buyer=B_VOGEL),
  text="""
Sehr geehrte Frau Vogel,

gerne 3 %, allerdings nur mit Materialpreisgleitklausel für Kupfer (DEL-Notiz, quartalsweise Anpassung). Ohne Klausel können wir keinen Festpreis über 12 Monate halten.

Mit freundlichen Grüßen
Sebastian Koch
""", intent="other",
  notes="A percent offered only with a copper price escalation clause, a condition outside the levers.")

C("de26", lang="de", client="outlook", subject="WG: Kartonagen Standard 400er: Preisvorschlag [ref N-3318]",
  sup=("Monika Brandl", "monika.brandl@brandl-kartonagen.example", "Brandl Kartonagen"),
  deal=Deal("Kartonagen Standard 400er", 0.74, "EUR", (-5, 60, None), buyer=B_VOGEL, ref="N-3318"),
  text="""
Hallo Stefan,

kannst du dir das mal anschauen? Ich würde 2 % anbieten, mehr nicht. Bitte noch nicht antworten, wir sprechen morgen.

Gruß
Moni
""", intent="other",
  notes="An internal German forward to a colleague that reached the buyer by mistake.")

X("de27", lang="de", client="outlook", mime="alt",
  sup=("Markus Lehmann", "m.lehmann@lehmann-faltschachtel.example", "Lehmann Faltschachtel GmbH & Co. KG"),
  deal=Deal("Faltschachteln 220 x 160 x 80 mm", 0.51, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="auto_reply", notes="A German Exchange out-of-office with Auto-Submitted.",
  build=auto("Automatische Antwort: {subject}", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.04.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Tanja Ross unter +49 5241 70 88-215 oder vertrieb@lehmann-faltschachtel.example.

Mit freundlichen Grüßen
Markus Lehmann
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-1", ui="de"))

X("de28", lang="de", client="gmx",
  sup=("Ingrid Braun", "ingrid.braun@gmx.example", "Braun Näherei"),
  deal=Deal("Baumwollbeutel bedruckt 38 x 42 cm", 1.15, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="auto_reply", notes="A webmail Abwesenheitsnotiz with no RFC 3834 header at all.",
  build=auto("Abwesenheitsnotiz: {subject}", """
Guten Tag,

ich bin vom 3. bis 17. März im Urlaub. Ihre E-Mail wird nicht weitergeleitet. Ab dem 18. März bin ich wieder für Sie da.

Ingrid Braun
""", headers=(), client="gmx", charset="iso-8859-1", ui="de"))

X("de29", lang="de-at", client="outlook",
  sup=("Katharina Moser", "k.moser@moser-lebensmittel.example", "Moser Lebensmittel GmbH"),
  deal=Deal("Kürbiskernöl 0,5 l", 7.60, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="auto_reply", notes="An Austrian automatic notice of parental leave (Karenz).",
  build=auto("Automatische Antwort: {subject}", """
Vielen Dank für Ihre Nachricht.

Ich befinde mich bis 31. Oktober 2025 in Karenz. Ihre Anfrage wird von meinem Kollegen Herrn Florian Auer (f.auer@moser-lebensmittel.example, +43 3152 2210-14) bearbeitet.

Freundliche Grüße
Katharina Moser
""", headers=(("Auto-Submitted", "auto-replied"),), ui="de"))

X("de30", lang="de-ch", client="outlook", mime="alt",
  sup=("Verkauf", "verkauf@ammann-holz.example", "Ammann Holzwaren AG"),
  deal=Deal("Holzkisten 600 x 400 x 300", 12.40, "CHF", (-5, 60, None), buyer=B_ALPINE),
  intent="auto_reply", notes="A Swiss company holiday closure notice (Betriebsferien).",
  build=auto("Betriebsferien: {subject}", """
Grüezi

Unser Betrieb bleibt vom 28. Juli bis 15. August 2025 wegen Betriebsferien geschlossen. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Freundliche Grüsse
Ammann Holzwaren AG
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), ui="de"))

X("de31", lang="de", client="otrs",
  sup=("Kundenservice", "service@kraemer-industriebedarf.example", "Krämer Industriebedarf"),
  deal=Deal("Schutzbrillen EN 166, klar", 3.40, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="auto_reply", notes="A German ticket-system acknowledgement with a ticket number.",
  build=auto("[Ticket#2025041510003217] Eingangsbestätigung: {subject}", """
Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2025041510003217 erfasst. Ein Mitarbeiter meldet sich in Kürze bei Ihnen.

Bitte lassen Sie bei Rückfragen die Ticketnummer im Betreff stehen.

Ihr Kundenservice
Krämer Industriebedarf
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Loop", "service@kraemer-industriebedarf.example"), ("X-Mailer", "OTRS Mail Service")),
          from_=("Krämer Kundenservice", "service@kraemer-industriebedarf.example"), ui="de"))

X("de32", lang="de", client="exchange", delay_minutes=1,
  sup=("Einkauf", "bestellung@vogt-kunststoffe.example", "Vogt Kunststoffe"),
  deal=Deal("PE-Beutel 300 x 400, 50 my, Karton à 1.000", 45.00, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="bounce", notes="A German Exchange non-delivery report (Unzustellbar) with DSN and the returned message.",
  build=dsn("""
Ihre Nachricht an {rcpt} konnte nicht übermittelt werden.

{rcpt} wurde bei {sdomain} nicht gefunden.

Erforderliche Aktion: Empfänger
Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut.
""", reporting_mta="FR3P281MB1456.DEUP281.PROD.OUTLOOK.example", status="5.1.10",
      diagnostic="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      subject="Unzustellbar: {subject}", charset="utf-8",
      from_=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{buyer_mx}"),
      headers=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")), client="exchange"))

X("de33", lang="de", client="gmx-mta", delay_minutes=0,
  sup=("Lisa Wendt", "lisa.wendt@web.example", "Wendt Floristik"),
  deal=Deal("Geschenkband Satin 25 mm, 50 m", 2.90, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="bounce", notes="A German mail-system failure notice in plain text from a webmail provider's MTA.",
  build=ndr_plain("""
Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Dies ist ein dauerhafter Fehler. Folgende Adresse(n) konnten nicht erreicht werden:

  {rcpt}
    Postfach existiert nicht / mailbox unavailable
    SMTP-Fehler nach RCPT TO:<{rcpt}>:
    550 Requested action not taken: mailbox unavailable

--- Nachfolgend eine Kopie der Nachricht einschließlich aller Header ---
""", subject="Mail delivery failed: returning message to sender", charset="utf-8",
      from_=("Mail Delivery System", "mailer-daemon@{buyer_mx}"),
      headers=(("X-Failed-Recipients", "lisa.wendt@web.example"), ("Auto-Submitted", "auto-replied"))))

X("de34", lang="de", client="exchange", delay_minutes=720,
  sup=("Verkauf", "verkauf@ostermann-druck.example", "Ostermann Druck GmbH"),
  deal=Deal("Broschüren A5, 16 Seiten", 0.36, "EUR", (-5, 60, None), buyer=B_VOGEL),
  intent="bounce", notes="A German delivery-delay notice (Übermittlung verzögert) with Action delayed.",
  build=dsn("""
Die Zustellung verzögert sich an folgende Empfänger oder Gruppen:

{rcpt}

Betreff: {subject}

Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.

Der Server versucht noch 1 Tag(e) und 12 Stunde(n) lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.
""", reporting_mta="mail.{buyer_mx}", status="4.4.7", action="delayed",
      diagnostic="400 4.4.7 Message delayed", subject="Übermittlung verzögert: {subject}", charset="utf-8",
      returned="headers", from_=("Microsoft Outlook", "postmaster@{buyer_mx}"), client="exchange"))

# --------------------------------------------------------------------------------------
# French (France, Switzerland, Québec)
# --------------------------------------------------------------------------------------

C("fr01", lang="fr", client="outlook", mime="related",
  sup=("Isabelle Moreau", "i.moreau@cartonnages-moreau.example", "Cartonnages Moreau SAS"),
  deal=Deal("caisses américaines double cannelure 600 x 400 x 400", 1.62, "EUR", (-6, 60, None), buyer=B_CARREL, vol=30000),
  text="""
Bonjour Monsieur Marchand,

Merci pour votre message. Nous pouvons vous proposer une remise de 2\u00a0% avec un règlement à 45 jours fin de mois.

Bien cordialement,
""", sig="""
Isabelle Moreau
Responsable commerciale
Cartonnages Moreau SAS – ZI des Forges, 27 rue Denis Papin, 69800 Saint-Priest
Tél. : +33 4 72 55 18 40 – Port. : +33 6 12 34 56 78
SAS au capital de 400 000 € – RCS Lyon 412 345 678 – SIRET 412 345 678 00027 – TVA FR 27 412345678
""", intent="counter", terms=T(pct=-2, days=45),
  notes="A French counter with a remise and 45 jours fin de mois, and capital, RCS, SIRET and VAT numbers in the signature.")

C("fr02", lang="fr", client="gmail",
  sup=("Antoine Lefèvre", "antoine.lefevre@lefevre-visserie.example", "Lefèvre Visserie"),
  deal=Deal("vis à tôle inox A2 4,2 x 19, boîte de 1 000", 41.00, "EUR", (-5, 60, 12), buyer=B_CARREL, kind="counter"),
  text="""
Bonjour,

Nous acceptons un contrat d'un an, mais la baisse ne pourra pas dépasser 1,5\u00a0%.

Cordialement,
Antoine Lefèvre
""", intent="counter", terms=T(pct=-1.5, months=12),
  notes="The contract written as un an is agreed by naming it and the reduction is capped at 1.5%.")

C("fr03", lang="fr", client="orange",
  sup=("Gérard Petit", "gerard.petit@orange.example", "Petit Emballages"),
  deal=Deal("film bulle 50 cm x 100 m", 9.80, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Au mieux deux et demi pour cent, et paiement à 30 jours comme aujourd'hui.

G. Petit
""", intent="counter", terms=T(pct=-2.5, days=30),
  notes="The percent is spelled out as deux et demi pour cent in an Orange webmail reply with the whole quote marked.")

C("fr04", lang="fr", client="outlook",
  sup=("Nathalie Garnier", "n.garnier@garnier-resines.example", "Garnier Résines"),
  deal=Deal("résine polyester isophtalique, fût 220 kg", 2.95, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Monsieur,

Compte tenu de l'évolution du prix des matières premières, nous ne pouvons pas vous accorder de baisse ; nous devons au contraire appliquer une hausse tarifaire de 3\u00a0% à compter du 1er avril.

Nous restons à votre disposition.

Nathalie Garnier
""", intent="counter", inc=True, terms=T(pct=3),
  notes="A French hausse tarifaire of 3% instead of the asked reduction.")

C("fr05", lang="fr", client="zimbra",
  sup=("Julie Fontaine", "julie.fontaine@fontaine-etiquettes.example", "Fontaine Étiquettes"),
  deal=Deal("étiquettes adhésives 70 x 40 mm, rouleau de 1 000", 1.18, "EUR", (-6, 60, None), buyer=B_CARREL),
  text="""
Bonjour Monsieur Marchand,

Nous pouvons vous proposer un prix de 1,12 € HT le rouleau au lieu de 1,18 € actuellement.

Bonne journée,
Julie Fontaine
""", intent="counter", terms=T(price=1.12, cur="EUR"),
  notes="A unit price in euros excluding VAT (HT), next to the current price, which is not a term.")

C("fr06", lang="fr", client="outlook",
  sup=("Marc-André Tremblay", "ma.tremblay@erablepack.example", "Emballages Érable inc."),
  deal=Deal("boîtes de carton ondulé 12 x 10 x 8 po, paquet de 25", 14.90, "CAD", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Bonjour M. Lee,

On peut vous offrir 14,25 $ le paquet, paiement net 30 jours. C'est notre meilleur prix pour ce format.

Merci et bonne journée,
Marc-André
""", sig="""
Marc-André Tremblay
Directeur des ventes
Emballages Érable inc. | 1450, boul. Industriel, Laval (Québec) H7L 4R8
514 555-0139
""", intent="counter", terms=T(price=14.25, cur="CAD", days=30),
  notes="A Québec reply where a dollar price with a CAD context means Canadian dollars.")

C("fr07", lang="fr", client="apple",
  sup=("Sophie Lambert", "sophie.lambert@lambert-textile.example", "Lambert Textile"),
  deal=Deal("torchons coton 50 x 70, paquet de 10", 8.40, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Si vous vous engagez sur 50\u00a0000 unités par an, nous pouvons consentir 3\u00a0%.

Sophie
""", intent="counter", terms=T(pct=-3, vol=50000),
  notes="A French volume commitment with a no-break space as thousands separator beside a 3% reduction.")

C("fr08", lang="fr", client="outlook_plain",
  sup=("Pierre Rousseau", "p.rousseau@rousseau-fournitures.example", "Rousseau Fournitures de Bureau"),
  deal=Deal("ramettes papier A4 80 g", 3.95, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Plutôt qu'une baisse du prix unitaire, nous vous proposons une remise de fin d'année (RFA) de 2 % sur le chiffre d'affaires annuel.

Cordialement
Pierre Rousseau
""", intent="counter", terms=T(rebate=2),
  notes="A remise de fin d'année (RFA) is a rebate, not a price change.")

C("fr09", lang="fr", client="iphone",
  sup=("Laurent Girard", "laurent@girard-primeurs.example", "Girard Primeurs"),
  deal=Deal("pommes de terre lavées, sac de 25 kg", 11.50, "EUR", (-4, 60, None), buyer=B_CARREL, kind="counter"),
  text="D'accord, c'est bon pour nous.", intent="accept",
  notes="A short French acceptance from a phone.")

C("fr10", lang="fr", client="outlook",
  sup=("Émilie Robert", "e.robert@robert-chimie.example", "Robert Chimie"),
  deal=Deal("acide citrique monohydraté, sac de 25 kg", 44.00, "EUR", (-4, 60, None), buyer=B_CARREL),
  text="""
Bonjour Monsieur Marchand,

Nous acceptons votre proposition\u00a0: 4\u00a0% de remise et paiement à 60 jours.

Cordialement,
Émilie Robert
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A French acceptance restating both offered terms with no-break spaces.")

C("fr11", lang="fr", client="thunderbird",
  sup=("Valérie Favre", "valerie.favre@favre-sa.example", "Favre SA"),
  deal=Deal("gants nitrile non poudrés, boîte de 100", 7.20, "CHF", (-4, 60, None), buyer=B_ALPINE, kind="counter"),
  text="""
Bonjour Monsieur Brunner,

C'est en ordre pour nous, nous acceptons les conditions proposées.

Meilleures salutations
Valérie Favre
""", intent="accept",
  notes="A Swiss French acceptance (c'est en ordre) without numbers.")

C("fr12", lang="fr", client="owa",
  sup=("Thierry Mercier", "t.mercier@mercier-transports.example", "Transports Mercier"),
  deal=Deal("transport messagerie, par palette", 72.00, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Nous ne sommes malheureusement pas en mesure de donner suite à votre demande. Nos prix sont déjà au plus juste.

Cordialement,
Thierry Mercier
""", sig=GREEN["fr"] + "\n" + DISCLAIMER["fr"], intent="reject",
  notes="A French polite refusal with an environment footer and a disclaimer.")

C("fr13", lang="fr", client="gmail",
  sup=("Christophe Blanc", "christophe.blanc@blanc-menuiserie.example", "Menuiserie Blanc"),
  deal=Deal("palettes bois 1200 x 1000", 9.60, "EUR", (-8, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Votre demande de 8\u00a0% est irréaliste. Nous maintenons nos tarifs actuels.

C. Blanc
""", intent="reject",
  notes="The offered percent is named only to refuse it and the current price is kept.")

C("fr14", lang="fr", client="outlook_mac",
  sup=("Hélène Chevalier", "h.chevalier@chevalier-hygiene.example", "Chevalier Hygiène"),
  deal=Deal("essuie-mains papier pliés en Z, carton", 28.50, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Bonjour Monsieur Marchand,

Deux possibilités de notre côté : 2\u00a0% sur 12 mois, ou 3,5\u00a0% si nous partons sur 36 mois. Dites-moi ce qui vous convient le mieux.

Cordialement,
Hélène Chevalier
""", intent="other",
  notes="Two alternative packages in French for the buyer to choose.")

C("fr15", lang="fr", client="orange",
  sup=("Didier Faure", "didier.faure@orange.example", "Faure Quincaillerie"),
  deal=Deal("chevilles nylon 8 mm, boîte de 100", 3.10, "EUR", (-6, 60, None), buyer=B_CARREL),
  text="""
Bonjour,

Les 6 % s'entendent-ils sur le prix catalogue ou sur notre prix net actuel ? Et les 60 jours sont-ils comptés à partir de la livraison ou de la date de facture ?

Merci
D. Faure
""", intent="other",
  notes="Questions about the basis of the offered percent and days, naming them without proposing anything.")

C("fr16", lang="fr", client="outlook", mime="mixed",
  attach=(("pdf", "RIB_nouveau.pdf", ["RELEVE D'IDENTITE BANCAIRE", "IBAN FR76 3000 4000 0312 3456 7890 143", "BIC BNPAFRPPXXX"]),),
  sup=("Service Comptabilité", "compta@cartonnages-moreau-sas.example", "Cartonnages Moreau SAS"),
  deal=Deal("intercalaires carton 1200 x 800", 0.48, "EUR", (-5, 60, None), buyer=B_CARREL),
  text="""
Madame, Monsieur,

Nous vous informons que nos coordonnées bancaires ont changé. Merci de bien vouloir mettre à jour notre RIB (ci-joint) avant votre prochain règlement et de nous confirmer la prise en compte par retour de mail.

Concernant votre proposition, notre service commercial reviendra vers vous.

Le service comptabilité
""", intent="other",
  notes="A French bank-detail change request with a RIB attached, from a look-alike domain, a fraud pattern.")

X("fr17", lang="fr", client="outlook", mime="alt",
  sup=("Isabelle Moreau", "i.moreau@cartonnages-moreau.example", "Cartonnages Moreau SAS"),
  deal=Deal("caisses américaines 400 x 300 x 300", 0.98, "EUR", (-5, 60, None), buyer=B_CARREL),
  intent="auto_reply", notes="A French Exchange out-of-office with Auto-Submitted.",
  build=auto("Réponse automatique : {subject}", """
Bonjour,

Je suis absente du bureau jusqu'au 22 avril inclus, avec un accès limité à ma messagerie.

Pour toute demande urgente, merci de contacter Marc Dumas au +33 4 72 55 18 42 ou adv@cartonnages-moreau.example.

Cordialement,
Isabelle Moreau
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-15", ui="fr"))

X("fr18", lang="fr", client="zimbra",
  sup=("Accueil", "contact@boulanger-farines.example", "Minoterie Boulanger"),
  deal=Deal("farine de blé T55, sac de 25 kg", 16.80, "EUR", (-4, 60, None), buyer=B_CARREL),
  intent="auto_reply", notes="A French summer closure notice sent with X-Autoreply only.",
  build=auto("Fermeture estivale - {subject}", """
Bonjour,

Nos bureaux seront fermés du 4 au 22 août pour congés annuels. Votre message sera traité dès notre retour, le lundi 25 août.

Nous vous remercions de votre compréhension.

L'équipe de la Minoterie Boulanger
""", headers=(("X-Autoreply", "yes"), ("X-Autorespond", "yes")), client="zimbra", ui="fr"))

X("fr19", lang="fr", client="thunderbird",
  sup=("Bruno Lemaire", "bruno.lemaire@lemaire-agrafes.example", "Lemaire Agrafes"),
  deal=Deal("agrafes 8/10, boîte de 5 000", 2.40, "EUR", (-5, 60, None), buyer=B_CARREL),
  intent="auto_reply", notes="A Thunderbird return receipt in French, a disposition notification sent manually.",
  build=mdn("Accusé de réception (affiché) - ", """
Ceci est un accusé de réception pour le courrier électronique envoyé à {to}.

Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", ua="Thunderbird 128.5.0; Mozilla Thunderbird", manual=True, headers_part=False, client="thunderbird"))

X("fr20", lang="fr", client="exchange", delay_minutes=1,
  sup=("Achats", "achats@dupuis-metallerie.example", "Métallerie Dupuis"),
  deal=Deal("tubes acier carrés 40 x 40, barre de 6 m", 21.50, "EUR", (-5, 60, None), buyer=B_CARREL),
  intent="bounce", notes="A French Exchange non-delivery report (Non remis) with a DSN.",
  build=dsn("""
Votre message à {rcpt} n'a pas pu être remis.

{rcpt} est introuvable sur {sdomain}.

Action requise : Destinataire
Adresse À inconnue

Comment résoudre le problème
L'adresse est peut-être mal orthographiée ou n'existe pas. Vérifiez l'adresse du destinataire, puis renvoyez le message.
""", reporting_mta="PR1P264MB2719.FRAP264.PROD.OUTLOOK.example", status="5.1.10",
      diagnostic="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      subject="Non remis : {subject}", charset="utf-8",
      from_=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{buyer_mx}"),
      headers=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")), client="exchange"))

X("fr21", lang="fr", client="postfix-fr", delay_minutes=0,
  sup=("Jean Roux", "jean.roux@laposte.example", "Roux Apiculture"),
  deal=Deal("miel de fleurs, seau de 25 kg", 162.00, "EUR", (-5, 60, None), buyer=B_CARREL),
  intent="bounce", notes="A French plain-text failure notice from a provider's relay, with the original headers appended.",
  build=ndr_plain("""
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  {rcpt}
    boîte aux lettres inexistante
    550 5.1.1 <{rcpt}>: adresse inconnue / unknown address

------ Voici les en-têtes du message d'origine ------
""", subject="Échec de la remise du message : {subject}", charset="utf-8", append="headers",
      from_=("Service de messagerie", "MAILER-DAEMON@{buyer_mx}"),
      headers=(("Auto-Submitted", "auto-replied"),)))

# --------------------------------------------------------------------------------------
# Spanish (Spain, Mexico)
# --------------------------------------------------------------------------------------

C("es01", lang="es", client="outlook",
  sup=("Miguel Ángel Torres", "matorres@torres-envases.example", "Envases Torres S.A."),
  deal=Deal("latas de conserva RO-85, barniz interior", 0.162, "EUR", (-6, 60, None), buyer=B_NORTE, vol=800000),
  text="""
Estimada Lucía:

Gracias por su propuesta. Podemos ofrecerles un descuento del 2 % y pago a 45 días.

Quedamos a la espera de sus noticias.

Un saludo,
""", sig="""
Miguel Ángel Torres
Director Comercial
Envases Torres S.A. · Polígono Industrial El Campillo, parcela 12 · 31191 Cordovilla (Navarra)
Tel. +34 948 555 210 · Móvil +34 600 555 118
CIF A-31234567 · Inscrita en el Registro Mercantil de Navarra, Tomo 812, Folio 44, Hoja NA-12345
""" + "\n" + DISCLAIMER["es"].format(domain="torres-envases.example"), intent="counter", terms=T(pct=-2, days=45),
  notes="A Spanish counter with descuento and días above a signature with CIF and register data and a data-protection notice citing a regulation number.")

C("es02", lang="es", client="gmail",
  sup=("Rosa Martín", "rosa.martin@martinaceites.example", "Aceites Martín"),
  deal=Deal("aceite de girasol alto oleico, garrafa 25 l", 41.00, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Hola Lucía,

Con la cosecha como está, lo máximo que podemos hacer es medio punto porcentual de descuento, y el pago tendría que seguir a 30 días.

Un saludo,
Rosa
""", intent="counter", terms=T(pct=-0.5, days=30),
  notes="The reduction is written in words as medio punto porcentual, with 30 days kept.")

C("es03", lang="es", client="outlook",
  sup=("Javier Ortega", "j.ortega@ortega-tornilleria.example", "Tornillería Ortega"),
  deal=Deal("tornillo DIN 7981 4,2 x 16 zincado, caja de 1.000", 18.00, "EUR", (-6, 60, None), buyer=B_NORTE),
  text="""
Buenos días Lucía:

Los 60 días nos encajan, pero en precio no podemos pasar del 3 %.

Saludos cordiales,
Javier Ortega
""", intent="counter", terms=T(pct=-3, days=60),
  notes="The offered payment term is accepted by naming it and the price is capped at 3%.")

C("es04", lang="es", client="outlook",
  sup=("Elena Castro", "elena.castro@castro-quimica.example", "Química Castro S.L."),
  deal=Deal("ácido acético glacial 99,8 %, bidón 30 kg", 38.60, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Estimada Lucía:

Sentimos comunicarle que, debido al incremento de costes energéticos y de materias primas, nos vemos obligados a aplicar una subida del 4 % a partir del 1 de mayo.

Atentamente,
Elena Castro
""", intent="counter", inc=True, terms=T(pct=4),
  notes="A Spanish subida of 4% with a start date, next to a purity percent in the quoted item.")

C("es05", lang="es", client="apple",
  sup=("Ricardo Hernández", "rhernandez@cajasdelnorte.example", "Cajas del Norte de México"),
  deal=Deal("caja de cartón corrugado 40 x 30 x 30 cm, paquete de 25", 189.00, "MXN", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Buen día Marcus,

Le podemos dejar el precio en $182.50 pesos por paquete, con pago a 30 días. Es lo mejor que podemos hacer con el precio actual del papel.

Saludos,
Ricardo
""", intent="counter", terms=T(price=182.50, cur="MXN", days=30),
  notes="A Mexican dollar-sign price in pesos with an MXN context keeps MXN.")

C("es06", lang="es", client="outlook_plain",
  sup=("Alberto Díaz", "adiaz@diaz-suministros.example", "Suministros Díaz"),
  deal=Deal("guantes de nitrilo talla M, caja de 100", 5.90, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Hola Lucía:

En lugar de rebajar el precio unitario, les ofrecemos un rappel del 1,5 % sobre la facturación anual.

Un saludo,
Alberto Díaz
""", intent="counter", terms=T(rebate=1.5),
  notes="A rappel on annual turnover is a rebate, not a price change.")

C("es07", lang="es", client="gmail", broken="noclose",
  sup=("Patricia Vega", "patricia.vega@vegatextil.example", "Vega Textil"),
  deal=Deal("delantales de algodón con logotipo", 6.80, "EUR", (-5, 60, None), buyer=B_NORTE, vol=12000),
  text="""
Hola Lucía,

Con un compromiso de 20.000 unidades al año y un contrato de dos años, podemos rebajar un 3,5 %.

Saludos,
Patricia
""", intent="counter", terms=T(pct=-3.5, months=24, vol=20000),
  notes="A reduction bound to a volume with a thousands point and a contract written as dos años.")

C("es08", lang="es", client="iphone",
  sup=("Jorge Molina", "jorge@molinafrutas.example", "Frutas Molina"),
  deal=Deal("limones Verna, caja de 15 kg", 14.20, "EUR", (-4, 60, None), buyer=B_NORTE, kind="counter"),
  text="Vale, de acuerdo. Un saludo", intent="accept",
  notes="A short Spanish acceptance from a phone.")

C("es09", lang="es", client="owa",
  sup=("Cristina Ramos", "c.ramos@ramos-etiquetas.example", "Etiquetas Ramos"),
  deal=Deal("etiquetas autoadhesivas 100 x 70 mm, rollo", 9.10, "EUR", (-4, 60, None), buyer=B_NORTE),
  text="""
Estimada Lucía:

Aceptamos las condiciones propuestas: un 4 % de descuento y pago a 60 días. Quedamos pendientes del nuevo pedido.

Un cordial saludo,
Cristina Ramos
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A Spanish acceptance restating both offered terms.")

C("es10", lang="es", client="samsung",
  sup=("Fernando Ruiz", "fruiz@ruiz-transportes.example", "Transportes Ruiz"),
  deal=Deal("transporte de palets Bilbao - Madrid", 48.00, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Buenas tardes:

Lamentablemente no podemos atender su petición; nuestras tarifas ya están muy ajustadas y el gasóleo no deja de subir.

Saludos,
Fernando Ruiz
""", sig=GREEN["es"], intent="reject",
  notes="A Spanish refusal mentioning rising fuel costs without a number.")

C("es11", lang="es", client="gmail",
  sup=("Nuria Prieto", "nuria@prietoimpresion.example", "Prieto Impresión"),
  deal=Deal("folletos A4 a color, 1.000 unidades", 112.00, "EUR", (-6, 60, None), buyer=B_NORTE),
  text="""
Buenos días,

Por favor, dennos de baja de su lista de proveedores. Gracias.

Nuria Prieto
""", intent="reject",
  notes="A Spanish request to be removed from the supplier list.")

C("es12", lang="es", client="outlook",
  sup=("Sergio Romero", "s.romero@romero-embalajes.example", "Embalajes Romero"),
  deal=Deal("film estirable manual 23 micras", 12.40, "EUR", (-4, 60, None), buyer=B_NORTE, kind="counter"),
  text="""
Hola Lucía:

Personalmente el 4 % y los 60 días me parecen razonables, pero tengo que consultarlo con dirección antes de confirmarlo. Le digo algo a lo largo de la semana.

Un saludo,
Sergio
""", intent="other",
  notes="An acceptance pending the management's approval.")

C("es13", lang="es", client="gmail",
  sup=("Marta Sanz", "marta.sanz@sanzcafe.example", "Cafés Sanz"),
  deal=Deal("café en grano natural, saco 1 kg", 15.80, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Hola Lucía,

¿Podemos hablarlo por teléfono? Hay cosas que prefiero explicarle de viva voz. Si le parece bien, la llamo mañana por la mañana.

Marta
""", intent="other",
  notes="A Spanish request for a phone call.")

C("es14", lang="es", client="outlook",
  sup=("Luis Navarro", "l.navarro@navarro-palets.example", "Palets Navarro"),
  deal=Deal("palé europeo EPAL 1200 x 800", 10.90, "EUR", (-5, 60, None), buyer=B_NORTE),
  text="""
Buenos días:

Podemos hacer un 3 % si recogen ustedes la mercancía en nuestro almacén (EXW Zaragoza). Con entrega en sus instalaciones el precio se mantiene.

Atentamente,
Luis Navarro
""", intent="other",
  notes="A reduction conditional on ex-works collection, a condition outside the levers.")

X("es15", lang="es", client="outlook", mime="alt",
  sup=("Miguel Ángel Torres", "matorres@torres-envases.example", "Envases Torres S.A."),
  deal=Deal("tapas easy-open 73 mm, caja de 1.000", 41.00, "EUR", (-5, 60, None), buyer=B_NORTE),
  intent="auto_reply", notes="A Spanish Exchange out-of-office for the August holidays.",
  build=auto("Respuesta automática: {subject}", """
Buenos días,

Estaré fuera de la oficina hasta el 1 de septiembre, sin acceso al correo electrónico. Para cualquier asunto urgente, pueden contactar con Ana Beltrán en el +34 948 555 212 o en comercial@torres-envases.example.

Un saludo,
Miguel Ángel Torres
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-1", ui="es"))

X("es16", lang="es", client="outlook",
  sup=("Info", "info@bellido-ferreteria.example", "Ferretería Bellido"),
  deal=Deal("bisagras de acero inoxidable 80 mm", 2.70, "EUR", (-5, 60, None), buyer=B_NORTE),
  intent="auto_reply", notes="A Spanish notice that the mailbox is not attended, pointing elsewhere.",
  build=auto("Buzón no atendido: {subject}", """
Este buzón ya no está atendido. Su mensaje no ha sido reenviado.

Para pedidos y ofertas, escriba a pedidos@bellido-ferreteria.example o llame al 976 555 430 de lunes a viernes de 8:00 a 15:00.
""", headers=(("Auto-Submitted", "auto-replied"),), ui="es"))

X("es17", lang="es", client="exchange", delay_minutes=1,
  sup=("Compras", "compras@gomez-conservas.example", "Conservas Gómez"),
  deal=Deal("aceitunas manzanilla, lata 5 kg", 12.30, "EUR", (-5, 60, None), buyer=B_NORTE),
  intent="bounce", notes="A Spanish Exchange non-delivery report (No se puede entregar).",
  build=dsn("""
No se pudo entregar el mensaje a {rcpt}.

No se encontró {rcpt} en {sdomain}.

Acción necesaria: Destinatario
Dirección de destinatario desconocida

Cómo solucionarlo
Es posible que la dirección esté mal escrita o no exista. Compruebe la dirección del destinatario y vuelva a enviar el mensaje.
""", reporting_mta="MAD1P191MB0712.EURP191.PROD.OUTLOOK.example", status="5.1.10",
      diagnostic="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      subject="No se puede entregar: {subject}", charset="utf-8",
      from_=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{buyer_mx}"),
      headers=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")), client="exchange"))

# --------------------------------------------------------------------------------------
# Italian (the bot writes to them in English: there is no Italian template)
# --------------------------------------------------------------------------------------

C("it01", lang="it", client="outlook",
  sup=("Roberto Colombo", "r.colombo@colombo-imballaggi.example", "Colombo Imballaggi S.r.l."),
  deal=Deal("scatole in cartone ondulato 400 x 300 x 250", 0.74, "EUR", (-6, 60, None), buyer=B_POLARIS, vol=90000),
  text="""
Gentile Sig.ra Lindqvist,

in riferimento alla Vostra proposta, possiamo offrirVi uno sconto del 2% con pagamento a 60 giorni data fattura fine mese.

Restiamo a disposizione per ogni chiarimento.

Cordiali saluti
""", sig="""
Roberto Colombo
Ufficio Commerciale
Colombo Imballaggi S.r.l. – Via dell'Artigianato 18 – 20851 Lissone (MB)
Tel. +39 039 555 4410 – Fax +39 039 555 4499
P.IVA 02345678961 – Cap. Soc. € 100.000 i.v. – REA MB-1712345
""" + "\n" + DISCLAIMER["it"], intent="counter", terms=T(pct=-2, days=60),
  notes="An Italian counter with sconto and 60 giorni fine mese, above P.IVA, share capital and a privacy notice with a regulation number.")

C("it02", lang="it", client="libero",
  sup=("Giuseppe Marino", "giuseppe.marino@libero.example", "Marino Ferramenta"),
  deal=Deal("viti autofilettanti inox A2 3,5 x 16, conf. 1.000", 21.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Buongiorno,

al massimo possiamo arrivare a un punto e mezzo di sconto, pagamento a 30 giorni come adesso.

Saluti
Giuseppe Marino
""", intent="counter", terms=T(pct=-1.5, days=30),
  notes="The discount is written in words as un punto e mezzo, from Libero webmail.")

C("it03", lang="it", client="gmail",
  sup=("Chiara Fontana", "chiara.fontana@fontana-chimica.example", "Fontana Chimica"),
  deal=Deal("alcool etilico denaturato 99%, fusto 200 l", 1.64, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Buongiorno Eva,

purtroppo non possiamo concedere riduzioni: a causa dell'aumento dei costi energetici siamo costretti ad applicare un aumento del 4,5% dal 1° giugno.

Cordiali saluti
Chiara Fontana
""", intent="counter", inc=True, terms=T(pct=4.5),
  notes="An Italian price increase of 4.5% with a start date.")

C("it04", lang="it", client="roundcube",
  sup=("Davide Ferrara", "davide.ferrara@ferrara-etichette.example", "Ferrara Etichette"),
  deal=Deal("etichette adesive 50 x 30 mm, rotolo da 2.000", 0.92, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Buongiorno,

possiamo proporVi € 0,88 cad. + IVA, invece degli attuali € 0,92.

Cordiali saluti
Davide Ferrara
""", intent="counter", terms=T(price=0.88, cur="EUR"),
  notes="An Italian unit price plus VAT next to the current price, which is not a term, from a Roundcube webmail.")

C("it05", lang="it", client="samsung", broken="truncate",
  sup=("Valentina Rizzo", "valentina.rizzo@rizzotessile.example", "Rizzo Tessile"),
  deal=Deal("tessuto cotone popeline 145 cm, al metro", 3.90, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Buongiorno Eva,

invece dello sconto sul prezzo Vi proponiamo un premio di fine anno del 2% sul fatturato annuo.

Saluti
Valentina
""", intent="counter", terms=T(rebate=2),
  notes="A premio di fine anno is a rebate, sent from a Samsung phone in base64 with the HTML part cut off.")

C("it06", lang="it", client="outlook_mobile",
  sup=("Matteo Galli", "matteo.galli@galli-logistica.example", "Galli Logistica"),
  deal=Deal("trasporto groupage Milano - Stoccolma, per pallet", 185.00, "EUR", (-5, 60, 12), buyer=B_POLARIS),
  text="""
Ciao Eva,

va bene per i 12 mesi di contratto, ma lo sconto massimo è il 3%.

Matteo
""", intent="counter", terms=T(pct=-3, months=12),
  notes="The contract length is agreed by naming it and the discount is capped, from Outlook mobile.")

C("it07", lang="it", client="iphone",
  sup=("Simone Costa", "simone@costaformaggi.example", "Costa Formaggi"),
  deal=Deal("Grana Padano DOP grattugiato, busta 1 kg", 13.60, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="Va bene, accettiamo.", intent="accept",
  notes="A short Italian acceptance from an iPhone.")

C("it08", lang="it", client="outlook",
  sup=("Elisa Moretti", "e.moretti@moretti-plastica.example", "Moretti Plastica S.p.A."),
  deal=Deal("flaconi HDPE 1 l con tappo", 0.27, "EUR", (-4, 60, None), buyer=B_POLARIS),
  text="""
Gentile Eva,

con la presente confermiamo l'accettazione della Vostra proposta: sconto del 4% e pagamento a 60 giorni.

Distinti saluti
Elisa Moretti
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A formal Italian acceptance restating both offered terms.")

C("it09", lang="it", client="libero",
  sup=("Antonio Bruno", "antonio.bruno@libero.example", "Bruno Pallets"),
  deal=Deal("pallet in legno 120 x 80", 8.70, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Buongiorno,

purtroppo non possiamo concedere alcuno sconto, i nostri prezzi sono già al minimo.

Antonio Bruno
""", intent="reject",
  notes="An Italian refusal without counter.")

C("it10", lang="it", client="outlook_plain",
  sup=("Federica Gallo", "f.gallo@gallo-minuterie.example", "Gallo Minuterie Metalliche"),
  deal=Deal("rondelle piane inox M8, conf. 1.000", 12.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Gentile Eva,

possiamo applicare il 2% fino a 10.000 pezzi annui e il 3,5% oltre i 10.000 pezzi.

Cordiali saluti
Federica Gallo
""", intent="other",
  notes="A discount in two volume tiers is not one counter.")

C("it11", lang="it", client="gmail",
  sup=("Lorenzo De Luca", "lorenzo.deluca@delucaolio.example", "De Luca Olio"),
  deal=Deal("olio extravergine di oliva, latta 5 l", 36.00, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="""
Ciao Eva,

per me il 4% va bene, ma devo sentire il titolare che rientra lunedì. Ti faccio sapere.

Lorenzo
""", intent="other",
  notes="An acceptance pending the owner's approval.")

X("it12", lang="it", client="outlook", mime="alt",
  sup=("Roberto Colombo", "r.colombo@colombo-imballaggi.example", "Colombo Imballaggi S.r.l."),
  deal=Deal("alveari in cartone per bottiglie", 0.33, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="An Italian Exchange out-of-office.",
  build=auto("Risposta automatica: {subject}", """
Buongiorno,

sarò fuori ufficio fino al 25 agosto compreso. Per urgenze potete contattare l'ufficio commerciale al numero +39 039 555 4400 oppure scrivere a commerciale@colombo-imballaggi.example.

Cordiali saluti
Roberto Colombo
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-15", ui="it"))

X("it13", lang="it", client="libero",
  sup=("Amministrazione", "info@vitale-conserve.example", "Vitale Conserve"),
  deal=Deal("passata di pomodoro, bottiglia 700 g", 0.79, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="An Italian summer closure notice with only a Precedence header.",
  build=auto("Chiusura per ferie - {subject}", """
Gentile cliente,

Vi informiamo che l'azienda resterà chiusa per ferie dall'11 al 22 agosto. Le richieste pervenute in questo periodo saranno evase alla riapertura.

Cordiali saluti
Vitale Conserve
""", headers=(("Precedence", "auto_reply"),), ui="it", client="libero"))

X("it14", lang="it", client="libero-mta", delay_minutes=0,
  sup=("Ufficio Acquisti", "acquisti@pellegrini-legno.example", "Pellegrini Legno"),
  deal=Deal("listelli in abete 20 x 40, al metro", 0.86, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="bounce", notes="An Italian plain-text non-delivery notice (messaggio non recapitato).",
  build=ndr_plain("""
Questo è un messaggio generato automaticamente dal sistema di posta.

Il messaggio da lei inviato non è stato recapitato al seguente destinatario:

  {rcpt}
    Motivo: casella di posta inesistente
    Risposta del server remoto: 550 5.1.1 <{rcpt}>: Recipient address rejected: utente sconosciuto

Di seguito le intestazioni del messaggio originale.
""", subject="Messaggio non recapitato: {subject}", charset="iso-8859-15", append="headers",
      from_=("Sistema di posta", "MAILER-DAEMON@{buyer_mx}"), cte="quoted-printable"))

# --------------------------------------------------------------------------------------
# Dutch (Netherlands, Flanders)
# --------------------------------------------------------------------------------------

C("nl01", lang="nl", client="outlook",
  sup=("Jeroen de Vries", "j.devries@devries-verpakkingen.example", "De Vries Verpakkingen B.V."),
  deal=Deal("golfkartonnen dozen 500 x 400 x 300", 0.96, "EUR", (-6, 60, None), buyer=B_POLARIS, vol=60000),
  text="""
Beste Eva,

Dank voor je voorstel. We kunnen je 2% korting bieden bij een betalingstermijn van 45 dagen.

Met vriendelijke groet,
""", sig="""
Jeroen de Vries
Accountmanager
De Vries Verpakkingen B.V. | Industrieweg 31 | 3044 AS Rotterdam
T +31 10 555 2840 | M +31 6 5555 1290
KvK 24123456 | BTW NL8123.45.678.B01 | IBAN NL91 ABNA 0417 1643 00
""" + "\n" + DISCLAIMER["nl"], intent="counter", terms=T(pct=-2, days=45),
  notes="A Dutch counter with korting and betalingstermijn above KvK, BTW and IBAN numbers.")

C("nl02", lang="nl", client="gmail",
  sup=("Sanne Bakker", "sanne@bakkerbouten.example", "Bakker Bevestigingsmiddelen"),
  deal=Deal("slotbouten M10 x 60 verzinkt", 0.19, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hoi Eva,

Meer dan anderhalve procent zit er echt niet in. De 60 dagen betaaltermijn is akkoord.

Groet,
Sanne
""", intent="counter", terms=T(pct=-1.5, days=60),
  notes="The percent is spelled out as anderhalve procent and the offered 60 days are agreed by naming them.")

C("nl03", lang="nl", client="outlook_mac",
  sup=("Pieter Janssens", "pieter.janssens@janssens-chemie.example", "Janssens Chemie NV"),
  deal=Deal("natriumhypochloriet 12,5%, can 25 l", 18.90, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Beste Eva,

Door de gestegen grondstof- en energieprijzen moeten wij onze prijzen per 1 juli met 3,5% verhogen. Een korting is op dit moment dus niet mogelijk.

Met vriendelijke groeten,
Pieter Janssens
Janssens Chemie NV, Antwerpen
""", intent="counter", inc=True, terms=T(pct=3.5),
  notes="A Flemish price increase of 3.5% next to a concentration percent in the item, from Outlook for Mac.")

C("nl04", lang="nl", client="thunderbird",
  sup=("Femke Visser", "femke.visser@visser-textiel.example", "Visser Textiel"),
  deal=Deal("katoenen tassen bedrukt 38 x 42", 1.25, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Hallo Eva,

Bij een afname van minimaal 25.000 stuks per jaar kunnen we 4% korting geven, met een contract voor twee jaar.

Groeten,
Femke Visser
""", intent="counter", terms=T(pct=-4, months=24, vol=25000),
  notes="A Dutch discount tied to a minimum yearly volume and a two-year contract.")

C("nl05", lang="nl", client="outlook", charset="windows-1252",
  sup=("Mark Hendriks", "m.hendriks@hendriks-elektro.example", "Hendriks Elektrotechniek"),
  deal=Deal("LED-armatuur 60 x 60, 36 W", 24.50, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Goedemiddag Eva,

Wij kunnen de armatuur aanbieden voor € 23,40 per stuk excl. btw. Levertijd blijft 2 weken.

Met vriendelijke groet,
Mark Hendriks
""", intent="counter", terms=T(price=23.40, cur="EUR"),
  notes="A Dutch unit price excluding VAT in windows-1252, with a lead time that is not a term.")

C("nl06", lang="nl", client="iphone",
  sup=("Bas Mulder", "bas@mulderbakkerij.example", "Bakkerij Mulder"),
  deal=Deal("roomboter croissants diepvries, doos 60 st", 21.00, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="Akkoord.", intent="accept",
  notes="A one-word Dutch acceptance from a phone.")

C("nl07", lang="nl", client="owa",
  sup=("Lotte Smit", "lotte.smit@smit-labels.example", "Smit Labels"),
  deal=Deal("thermische etiketten 102 x 150, rol", 6.40, "EUR", (-5, 60, 12), buyer=B_POLARIS, kind="counter"),
  text="""
Hoi Eva,

Prima, we gaan akkoord met 5% en 60 dagen. Ik stuur je volgende week de aangepaste overeenkomst.

Groet,
Lotte
""", intent="accept", terms=T(pct=-5, days=60),
  notes="A Dutch acceptance restating two of the three offered terms.")

C("nl08", lang="nl", client="gmail",
  sup=("Wouter de Jong", "wouter@dejongpallets.example", "De Jong Pallets"),
  deal=Deal("blokpallets 1200 x 1000", 11.20, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Goedemorgen,

Helaas kunnen wij niet ingaan op uw voorstel. Onze prijzen blijven ongewijzigd.

Met vriendelijke groet,
Wouter de Jong
""", intent="reject",
  notes="A Dutch refusal that keeps the current price.")

C("nl09", lang="nl", client="outlook_plain",
  sup=("Eline Peeters", "eline.peeters@peeters-logistiek.example", "Peeters Logistiek"),
  deal=Deal("opslag per palletplaats per week", 2.10, "EUR", (-5, 60, 12), buyer=B_POLARIS),
  text="""
Dag Eva,

Zullen we even bellen? Dat praat makkelijker dan mailen. Ik ben morgen de hele dag bereikbaar op +32 3 555 17 40.

Groetjes,
Eline
""", intent="other",
  notes="A Flemish request for a call with a phone number.")

C("nl10", lang="nl", client="outlook",
  sup=("Ruud van Dijk", "r.vandijk@vandijk-kunststoffen.example", "Van Dijk Kunststoffen"),
  deal=Deal("PP kratten 600 x 400 x 220", 6.90, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Beste Eva,

We kunnen je twee opties bieden: 3% bij een contract van 12 maanden, of 4% bij 24 maanden. Laat maar weten wat je voorkeur heeft.

Groet,
Ruud van Dijk
""", intent="other",
  notes="Two alternative Dutch packages for the buyer to choose from.")

X("nl11", lang="nl", client="outlook", mime="alt",
  sup=("Jeroen de Vries", "j.devries@devries-verpakkingen.example", "De Vries Verpakkingen B.V."),
  deal=Deal("tussenvellen karton 1200 x 800", 0.39, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="A Dutch Exchange out-of-office with Auto-Submitted.",
  build=auto("Automatisch antwoord: {subject}", """
Goedendag,

Ik ben afwezig tot en met vrijdag 2 mei en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met onze binnendienst via 010 555 2800 of verkoop@devries-verpakkingen.example.

Met vriendelijke groet,
Jeroen de Vries
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), ui="nl"))

X("nl12", lang="nl", client="outlook",
  sup=("Sanne Bakker", "sanne@bakkerbouten.example", "Bakker Bevestigingsmiddelen"),
  deal=Deal("zeskantmoeren M10 verzinkt, doos 1.000", 24.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="A Dutch Outlook read receipt (Gelezen) as a disposition notification.",
  build=mdn("Gelezen: ", """
Uw bericht

  Aan: {to}
  Onderwerp: {subject}
  Verzonden: {sent}

is gelezen op {read}.
""", ua="Microsoft Outlook 16.0", ui="nl"))

# --------------------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------------------

C("pl01", lang="pl", client="outlook", charset="windows-1250",
  sup=("Tomasz Wiśniewski", "t.wisniewski@wisniewski-opakowania.example", "Wiśniewski Opakowania Sp. z o.o."),
  deal=Deal("kartony klapowe 600 x 400 x 400, 5-warstwowe", 4.35, "PLN", (-6, 60, None), buyer=B_POLARIS, vol=45000),
  text="""
Dzień dobry Pani Evo,

dziękujemy za przesłaną propozycję. Możemy zaproponować rabat 2% przy terminie płatności 45 dni.

Z poważaniem
""", sig="""
Tomasz Wiśniewski
Kierownik Działu Sprzedaży
Wiśniewski Opakowania Sp. z o.o., ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
tel. +48 61 555 32 10, kom. +48 601 555 432
NIP 781-123-45-67, REGON 301234567, KRS 0000123456, kapitał zakładowy 200 000 zł
""" + "\n" + DISCLAIMER["pl"], intent="counter", terms=T(pct=-2, days=45),
  notes="A Polish counter where rabat is a price discount, in windows-1250 with NIP, REGON, KRS and share capital in the signature.")

C("pl02", lang="pl", client="wp",
  sup=("Krzysztof Lewandowski", "k.lewandowski@wp.example", "Lewandowski Śruby"),
  deal=Deal("śruby sześciokątne M12 x 50 ocynk", 0.68, "PLN", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

możemy zejść o półtora procent, termin płatności 30 dni.

Pozdrawiam
Krzysztof Lewandowski
""", intent="counter", terms=T(pct=-1.5, days=30),
  notes="The percent is written as półtora procent, in iso-8859-2 from WP webmail.")

C("pl03", lang="pl", client="interia",
  sup=("Magdalena Kowalska", "m.kowalska@interia.example", "Kowalska Tekstylia"),
  deal=Deal("ręczniki bawełniane 50 x 100", 18.90, "PLN", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

niestety od 1 kwietnia musimy podnieść ceny o 5% z powodu wzrostu kosztów energii i bawełny.

Pozdrawiam serdecznie
Magdalena Kowalska
""", intent="counter", inc=True, terms=T(pct=5),
  notes="A Polish price rise of 5% from a given date.")

C("pl04", lang="pl", client="outlook",
  sup=("Paweł Zieliński", "p.zielinski@zielinski-metal.example", "Zieliński Metal"),
  deal=Deal("wsporniki stalowe ocynkowane 90 x 90", 1.02, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry Pani Evo,

nasza najlepsza cena to 4,20 zł netto za sztukę, przy obecnym terminie płatności.

Z poważaniem
Paweł Zieliński
""", intent="counter", terms=T(price=4.20, cur="PLN"),
  notes="A unit price in złoty against a EUR baseline, where netto means excluding VAT and is not a payment term.")

C("pl05", lang="pl", client="gmail",
  sup=("Agnieszka Wójcik", "agnieszka@wojcik-chemia.example", "Wójcik Chemia"),
  deal=Deal("płyn do mycia powierzchni, kanister 5 l", 24.00, "PLN", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

akceptujemy 60 dni, ale obniżka maksymalnie 2,5% i umowa na rok.

Pozdrawiam
Agnieszka Wójcik
""", intent="counter", terms=T(pct=-2.5, days=60, months=12),
  notes="A Polish counter naming the accepted 60 days, a capped reduction and a one-year contract.")

C("pl06", lang="pl", client="iphone",
  sup=("Marcin Kamiński", "marcin@kaminski-drewno.example", "Kamiński Drewno"),
  deal=Deal("palety EUR 1200 x 800", 52.00, "PLN", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="Ok, zgoda. Pozdrawiam", intent="accept",
  notes="A short Polish acceptance from a phone.")

C("pl07", lang="pl", client="outlook", charset="utf-8", real_charset="iso-8859-2",
  sup=("Ewa Szymańska", "e.szymanska@szymanska-papier.example", "Szymańska Papier"),
  deal=Deal("papier ksero A4 80 g, karton", 118.00, "PLN", (-5, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

niestety nie jesteśmy w stanie obniżyć cen. Pozostajemy przy obecnym cenniku.

Z poważaniem
Ewa Szymańska
""", intent="reject",
  notes="A Polish refusal whose body is iso-8859-2 while the header declares utf-8.")

C("pl08", lang="pl", client="wp",
  sup=("Jan Dąbrowski", "jan.dabrowski@wp.example", "Dąbrowski Transport"),
  deal=Deal("transport całopojazdowy Poznań - Göteborg", 7900.00, "PLN", (-5, 60, None), buyer=B_POLARIS),
  text="""
Proszę usunąć nas z listy dostawców. Nie jesteśmy zainteresowani.

J. Dąbrowski
""", intent="reject",
  notes="A Polish request to be removed from the supplier list.")

C("pl09", lang="pl", client="outlook_plain",
  sup=("Katarzyna Nowicka", "k.nowicka@nowicka-uszczelki.example", "Nowicka Uszczelki"),
  deal=Deal("uszczelki EPDM 40 x 3 mm", 0.44, "PLN", (-6, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

w zależności od wolumenu moglibyśmy zaproponować od 2 do 3%. Czy mogą Państwo przesłać prognozę na przyszły rok?

Pozdrawiam
Katarzyna Nowicka
""", intent="other",
  notes="A Polish range of percentages with a question about the forecast.")

C("pl10", lang="pl", client="interia",
  sup=("Michał Wróbel", "michal.wrobel@interia.example", "Wróbel Elektronika"),
  deal=Deal("złącza RJ45 kat. 6, opak. 100 szt.", 385.00, "CZK", (-6, 60, None), buyer=B_POLARIS),
  text="""
Dzień dobry,

czy 6% liczone jest od ceny katalogowej, czy od naszej obecnej ceny po rabacie? Od tego zależy nasza odpowiedź.

Pozdrawiam
Michał Wróbel
""", intent="other",
  notes="A Polish question about the basis of the offered percent, for a CZK-priced item.")

X("pl11", lang="pl", client="outlook",
  sup=("Tomasz Wiśniewski", "t.wisniewski@wisniewski-opakowania.example", "Wiśniewski Opakowania Sp. z o.o."),
  deal=Deal("przekładki tekturowe 1200 x 800", 1.85, "PLN", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="A Polish automatic out-of-office answer.",
  build=auto("Odpowiedź automatyczna: {subject}", """
Dzień dobry,

jestem na urlopie do 5 maja włącznie. W sprawach pilnych proszę kontaktować się z działem sprzedaży: sprzedaz@wisniewski-opakowania.example, tel. +48 61 555 32 00.

Tomasz Wiśniewski
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-2", ui="pl"))

X("pl12", lang="pl", client="wp-mta", delay_minutes=0,
  sup=("Biuro", "biuro@sadowski-meble.example", "Sadowski Meble"),
  deal=Deal("zawiasy meblowe puszkowe 35 mm", 1.60, "PLN", (-5, 60, None), buyer=B_POLARIS),
  intent="bounce", notes="A Polish plain-text non-delivery notice from a provider's mail system.",
  build=ndr_plain("""
Wiadomość nie została dostarczona do następującego odbiorcy:

  {rcpt}

Przyczyna: skrzynka odbiorcy nie istnieje.
Odpowiedź serwera: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown

Poniżej znajdują się nagłówki oryginalnej wiadomości.
""", subject="Niedostarczona wiadomość: {subject}", charset="iso-8859-2", append="headers",
      from_=("System pocztowy", "MAILER-DAEMON@{buyer_mx}"), cte="quoted-printable"))

# --------------------------------------------------------------------------------------
# Portuguese (Portugal, Brazil)
# --------------------------------------------------------------------------------------

C("pt01", lang="pt-pt", client="outlook",
  sup=("João Ferreira", "joao.ferreira@ferreira-embalagens.example", "Ferreira Embalagens, Lda."),
  deal=Deal("caixas de cartão canelado 400 x 300 x 300", 0.71, "EUR", (-6, 60, None), buyer=B_POLARIS),
  text="""
Exma. Senhora Eva Lindqvist,

Agradecemos o seu contacto. Podemos oferecer um desconto de 2% com pagamento a 60 dias.

Com os melhores cumprimentos,
""", sig="""
João Ferreira
Departamento Comercial
Ferreira Embalagens, Lda. | Zona Industrial de Oiã, Lote 7 | 3770-059 Oiã
Tel. +351 234 555 120 | NIF 505 123 456 | Capital social 50.000 €
""" + "\n" + GREEN["pt"], intent="counter", terms=T(pct=-2, days=60),
  notes="A European Portuguese counter with desconto and dias, NIF and share capital in the signature.")

C("pt02", lang="pt-pt", client="sapo",
  sup=("Ana Sousa", "ana.sousa@sapo.example", "Sousa Têxteis"),
  deal=Deal("panos de cozinha em algodão, pack 10", 7.90, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Bom dia,

O máximo que conseguimos é dois e meio por cento, e o prazo de pagamento mantém-se nos 30 dias.

Cumprimentos,
Ana Sousa
""", intent="counter", terms=T(pct=-2.5, days=30),
  notes="The percent is spelled out as dois e meio por cento, from SAPO webmail.")

C("pt03", lang="pt-br", client="gmail", mime="mixed", broken="truncate",
  attach=(("pdf", "Proposta_Comercial_2025.pdf", ["Proposta comercial 2025", "Preco unitario R$ 12,40", "Pagamento 28 dias"]),),
  sup=("Carlos Oliveira", "carlos.oliveira@oliveira-plasticos.example", "Oliveira Plásticos Ltda."),
  deal=Deal("potes plásticos PP 500 ml com tampa", 13.10, "BRL", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Olá Marcus,

Conseguimos chegar a R$ 12,40 por unidade, com pagamento em 28 dias. Segue nossa proposta comercial em anexo.

Abraço,
Carlos
""", intent="counter", terms=T(price=12.40, cur="BRL", days=28),
  notes="A Brazilian unit price in reais with 28 days, where the attached PDF is cut off mid-base64 and the closing boundary is missing.")

C("pt04", lang="pt-br", client="uol",
  sup=("Fernanda Lima", "fernanda.lima@uol.example", "Lima Alimentos"),
  deal=Deal("polpa de fruta congelada, caixa 10 kg", 96.00, "BRL", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Bom dia Marcus,

Informamos que a partir de 1º de março teremos um reajuste de 6% em toda a linha, por conta do aumento do custo da fruta e do frete.

Atenciosamente,
Fernanda Lima
""", intent="counter", inc=True, terms=T(pct=6),
  notes="A Brazilian reajuste is a price increase, here 6%, from UOL webmail.")

C("pt05", lang="pt-br", client="outlook",
  sup=("Rafael Souza", "rafael.souza@souza-fixadores.example", "Souza Fixadores S.A."),
  deal=Deal("buchas de nylon 10 mm com parafuso", 0.85, "BRL", (-6, 60, None), buyer=B_NORTHLINE, vol=80000),
  text="""
Prezado Marcus,

Conseguimos 3% de desconto com contrato de 24 meses e volume mínimo de 100 mil unidades por ano.

Atenciosamente,
Rafael Souza
""", sig="Souza Fixadores S.A. | CNPJ 12.345.678/0001-90 | (11) 5555-4321", intent="counter",
  terms=T(pct=-3, months=24, vol=100000),
  notes="A Brazilian counter with the volume written as 100 mil and a CNPJ number in the signature.")

C("pt06", lang="pt-pt", client="iphone",
  sup=("Miguel Santos", "miguel@santos-vinhos.example", "Santos Vinhos"),
  deal=Deal("rolhas de cortiça natural 45 x 24", 0.19, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="Está combinado, aceitamos.", intent="accept",
  notes="A short European Portuguese acceptance from an iPhone.")

C("pt07", lang="pt-br", client="gmail",
  sup=("Juliana Costa", "juliana@costaembalagens.example", "Costa Embalagens"),
  deal=Deal("sacolas kraft com alça, pacote 100", 48.00, "BRL", (-4, 60, None), buyer=B_NORTHLINE),
  text="""
Oi Marcus,

Fechado! Aceitamos os 4% e os 60 dias. Pode mandar o pedido.

Juliana
""", intent="accept", terms=T(pct=-4, days=60),
  notes="A Brazilian acceptance restating both offered terms.")

C("pt08", lang="pt-pt", client="outlook_plain",
  sup=("Rita Martins", "rita.martins@martins-quimica.example", "Martins Química"),
  deal=Deal("ácido cítrico, saco 25 kg", 42.00, "EUR", (-5, 60, None), buyer=B_POLARIS),
  text="""
Bom dia,

Lamentamos, mas não nos é possível baixar os preços. Mantemos a tabela em vigor.

Com os melhores cumprimentos,
Rita Martins
""", sig=DISCLAIMER["pt"], intent="reject",
  notes="A Portuguese refusal that keeps the current price list.")

C("pt09", lang="pt-br", client="gmail",
  sup=("Bruno Almeida", "bruno@almeidalog.example", "Almeida Logística"),
  deal=Deal("frete rodoviário São Paulo - Curitiba, por palete", 210.00, "BRL", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Não temos interesse, obrigado.

Bruno
""", intent="reject",
  notes="A curt Brazilian refusal.")

C("pt10", lang="pt-br", client="outlook",
  sup=("Patrícia Rocha", "patricia.rocha@rocha-etiquetas.example", "Rocha Etiquetas"),
  deal=Deal("etiquetas térmicas 100 x 150, rolo", 21.50, "BRL", (-5, 60, None), buyer=B_NORTHLINE),
  text="""
Olá Marcus,

Podemos dar 2% com pagamento em 30 dias ou 1% com 60 dias. Qual opção fica melhor para vocês?

Abs,
Patrícia
""", intent="other",
  notes="Two alternative Brazilian packages for the buyer to choose.")

C("pt11", lang="pt-pt", client="sapo",
  sup=("Nuno Pereira", "nuno.pereira@sapo.example", "Pereira Metalomecânica"),
  deal=Deal("suportes em aço galvanizado", 2.30, "EUR", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="""
Boa tarde,

Em princípio aceitamos os 4% e os 60 dias, mas preciso da aprovação da administração antes de confirmar.

Cumprimentos,
Nuno Pereira
""", intent="other",
  notes="A Portuguese acceptance pending the board's approval.")

X("pt12", lang="pt-br", client="outlook",
  sup=("Carlos Oliveira", "carlos.oliveira@oliveira-plasticos.example", "Oliveira Plásticos Ltda."),
  deal=Deal("baldes plásticos 20 l com tampa", 18.90, "BRL", (-5, 60, None), buyer=B_NORTHLINE),
  intent="auto_reply", notes="A Brazilian automatic out-of-office answer.",
  build=auto("Resposta automática: {subject}", """
Olá,

Estarei ausente até 10/03, sem acesso ao e-mail. Em caso de urgência, favor contatar vendas@oliveira-plasticos.example ou (19) 5555-8800.

Atenciosamente,
Carlos Oliveira
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), ui="pt"))

# --------------------------------------------------------------------------------------
# Swedish
# --------------------------------------------------------------------------------------

C("sv01", lang="sv", client="outlook", mime="mixed", attach=(("xlsx", "Prisunderlag_2025.xlsx", [["Artikel", "Pris SEK", "Rabatt"], ["Wellpapplåda 600x400x300", 9.60, "2 %"]]),),
  sup=("Anders Johansson", "anders.johansson@johansson-forpackning.example", "Johansson Förpackning AB"),
  deal=Deal("wellpapplådor 600 x 400 x 300", 9.80, "SEK", (-6, 60, None), buyer=B_POLARIS, vol=70000),
  text="""
Hej Eva,

Tack för ert förslag. Vi kan erbjuda 2 % rabatt och 45 dagars betalningsvillkor.

Med vänliga hälsningar
""", sig="""
Anders Johansson
Försäljningschef
Johansson Förpackning AB | Industrigatan 12 | 504 62 Borås
Tel. +46 33 555 12 40 | Mobil +46 70 555 18 22
Org.nr 556123-4567 | Momsreg.nr SE556123456701
""" + "\n" + DISCLAIMER["sv"], intent="counter", terms=T(pct=-2, days=45),
  notes="A Swedish counter where rabatt is a price discount, with org and VAT numbers in the signature.")

C("sv02", lang="sv", client="gmail", pos="bottom",
  sup=("Karin Lindberg", "karin@lindbergskruv.example", "Lindbergs Skruv & Mutter"),
  deal=Deal("sexkantskruv M8 x 30 förzinkad", 0.74, "SEK", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hej,

Vi kan gå ner en och en halv procent, men betalningstiden måste vara 30 dagar netto.

Hälsningar
Karin
""", intent="counter", terms=T(pct=-1.5, days=30),
  notes="The percent is written as en och en halv procent with 30 dagar netto.")

C("sv03", lang="sv", client="outlook",
  sup=("Lars Nilsson", "lars.nilsson@nilsson-kemi.example", "Nilsson Kemi AB"),
  deal=Deal("etanol 96 %, 25 l dunk", 640.00, "SEK", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hej Eva,

Tyvärr kan vi inte sänka priset. Vi behöver tvärtom göra en prishöjning på 4 % från och med 1 september på grund av ökade råvarukostnader.

Vänliga hälsningar
Lars Nilsson
""", intent="counter", inc=True, terms=T(pct=4),
  notes="A Swedish price rise of 4% next to a concentration percent in the item.")

C("sv04", lang="sv", client="thunderbird",
  sup=("Maria Eriksson", "maria.eriksson@eriksson-textil.example", "Eriksson Textil AB"),
  deal=Deal("arbetsbyxor med knäfickor", 121.00, "NOK", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hej Eva,

Vi fakturerar i svenska kronor, så vårt pris blir 112 SEK per styck. Betalningsvillkor som idag.

Hälsningar
Maria Eriksson
""", intent="counter", terms=T(price=112, cur="SEK"),
  notes="A unit price in SEK against a NOK baseline, kept in SEK.")

C("sv05", lang="sv", client="iphone",
  sup=("Erik Persson", "erik@perssonbageri.example", "Perssons Bageri"),
  deal=Deal("kanelbullar frysta, kartong 48 st", 310.00, "SEK", (-4, 60, None), buyer=B_POLARIS, kind="counter"),
  text="Det låter bra, vi accepterar.", intent="accept",
  notes="A short Swedish acceptance from a phone.")

C("sv06", lang="sv", client="outlook_plain",
  sup=("Sofia Gustafsson", "sofia.gustafsson@gustafsson-tra.example", "Gustafsson Trä AB"),
  deal=Deal("pallkragar 1200 x 800", 118.00, "SEK", (-6, 60, None), buyer=B_POLARIS),
  text="""
Hej,

Tyvärr kan vi inte sänka priset. Vi står fast vid nuvarande prislista.

Vänliga hälsningar
Sofia Gustafsson
""", sig=GREEN["sv"], intent="reject",
  notes="A Swedish refusal that keeps the current price list.")

C("sv07", lang="sv", client="outlook",
  sup=("Johan Larsson", "johan.larsson@larsson-el.example", "Larsson El & Automation"),
  deal=Deal("kabelförskruvning M20, förp. 50 st", 265.00, "DKK", (-6, 60, None), buyer=B_POLARIS),
  text="""
Hej Eva,

Gäller era 6 % på listpris eller på det nettopris ni har idag? Hör gärna av dig så räknar vi på det.

Mvh
Johan Larsson
""", intent="other",
  notes="A Swedish question about the basis of the offered percent, for a DKK-priced item.")

C("sv08", lang="sv", client="gmail",
  sup=("Emma Olsson", "emma@olssonplast.example", "Olsson Plast"),
  deal=Deal("plastbackar 400 x 300", 42.00, "SEK", (-5, 60, None), buyer=B_POLARIS),
  text="""
Hej Eva,

Vi kan ge 2 % upp till 10 000 st per år och 3 % över 10 000 st.

Hälsningar
Emma
""", intent="other",
  notes="A discount in two volume tiers with a space as thousands separator is not one counter.")

C("sv09", lang="sv", client="samsung",
  sup=("Oskar Berg", "oskar.berg@berg-logistik.example", "Berg Logistik AB"),
  deal=Deal("lagerhållning per pallplats och vecka", 24.00, "SEK", (-5, 60, 12), buyer=B_POLARIS, kind="counter"),
  text="""
Hej Eva,

4 % och 60 dagar ser bra ut från min sida, men jag måste stämma av med min chef innan jag kan bekräfta. Återkommer senast på fredag.

Mvh
Oskar
""", intent="other",
  notes="A Swedish acceptance pending the manager's confirmation.")

X("sv10", lang="sv", client="outlook",
  sup=("Anders Johansson", "anders.johansson@johansson-forpackning.example", "Johansson Förpackning AB"),
  deal=Deal("hörnskydd i kartong", 1.40, "SEK", (-5, 60, None), buyer=B_POLARIS),
  intent="auto_reply", notes="A Swedish automatic holiday answer.",
  build=auto("Automatiskt svar: {subject}", """
Hej,

Jag är på semester till och med 8 augusti och läser inte min e-post. Vid brådskande ärenden, kontakta order@johansson-forpackning.example eller ring 033-555 12 00.

Med vänlig hälsning
Anders Johansson
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")), charset="iso-8859-1", ui="sv"))


if __name__ == "__main__":
    sys.exit(main())

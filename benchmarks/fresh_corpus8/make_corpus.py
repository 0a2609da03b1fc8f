#!/usr/bin/env python3
"""Fresh supplier-reply corpus 8: Dutch, Italian, Polish, Portuguese, Swedish and the
English of their speakers. Standard library only, deterministic.

    python3 make_corpus.py            write probe/, sealed/, parts.json
    python3 make_corpus.py --check    rebuild in memory and validate everything
    python3 make_corpus.py --stats    counts by part, intent, language
    python3 make_corpus.py --list     one line per case
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
import sys
import unicodedata
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
INTENTS = ("counter", "accept", "reject", "other", "auto_reply", "bounce")
TERM_KEYS = ("price_change_pct", "unit_price", "currency", "payment_days",
             "contract_months", "volume_units", "rebate_pct")
SHORT = {"p": "price_change_pct", "u": "unit_price", "c": "currency", "d": "payment_days",
         "m": "contract_months", "v": "volume_units", "r": "rebate_pct"}
ISO4217 = {"EUR", "USD", "PLN", "BRL", "SEK", "GBP", "CHF", "NOK", "DKK"}

# ---------------------------------------------------------------- people and places
BUYERS = [("Megan", "Holloway"), ("Daniel", "Shaw"), ("Priya", "Natarajan"), ("Oliver", "Grant")]
BUYER_CO = "Brightwater Retail Group"
BUYER_DOMAIN = "brightwater-retail.example"
BOT_ADDR = "sourcing@" + BUYER_DOMAIN
ITEMS = ["corrugated shipping boxes", "printed self-adhesive labels", "stretch film rolls",
         "folding cartons", "kraft paper tape", "PET bottles 500 ml", "glass jars 370 ml",
         "molded pulp trays", "poly mailer bags", "carton dividers", "shrink sleeves",
         "paper carrier bags"]
VOLUMES = ["40,000", "60,000", "85,000", "120,000", "150,000", "250,000", "400,000"]

PEOPLE = {
    "nl": [("Joris", "Bakker"), ("Marieke", "Visser"), ("Sander", "de Groot"), ("Femke", "Jansen"),
           ("Ruud", "van Leeuwen"), ("Anouk", "Smit"), ("Bram", "Mulder"), ("Ingrid", "Bos"),
           ("Wouter", "Hendriks"), ("Lotte", "Dekker"), ("Henk", "Vermeer"), ("Sanne", "Kuipers")],
    "nl-be": [("Pieter", "Claes"), ("Griet", "Peeters"), ("Koen", "Wouters"), ("Els", "Maes"),
              ("Jens", "Vermeulen"), ("An", "Goossens")],
    "it": [("Marco", "Bianchi"), ("Giulia", "Ferraro"), ("Luca", "Esposito"), ("Francesca", "Romano"),
           ("Davide", "Colombo"), ("Chiara", "Ricci"), ("Stefano", "Marchetti"), ("Elena", "Galli"),
           ("Paolo", "Conti"), ("Silvia", "Moretti"), ("Alessandro", "De Luca"), ("Federica", "Barbieri")],
    "pl": [("Tomasz", "Kowalczyk"), ("Agnieszka", "Wiśniewska"), ("Paweł", "Zieliński"),
           ("Katarzyna", "Lewandowska"), ("Marcin", "Wójcik"), ("Magdalena", "Kamińska"),
           ("Łukasz", "Dąbrowski"), ("Joanna", "Szymańska"), ("Grzegorz", "Mazur"), ("Ewa", "Krawczyk")],
    "pt-pt": [("João", "Ferreira"), ("Ana", "Marques"), ("Rui", "Carvalho"), ("Inês", "Sousa"),
              ("Miguel", "Lopes"), ("Catarina", "Pinto"), ("Nuno", "Gonçalves")],
    "pt-br": [("Rafael", "Oliveira"), ("Juliana", "Santos"), ("Thiago", "Almeida"), ("Camila", "Rodrigues"),
              ("Bruno", "Costa"), ("Fernanda", "Lima"), ("Gustavo", "Pereira")],
    "sv": [("Erik", "Lindqvist"), ("Anna", "Sjöberg"), ("Johan", "Nyström"), ("Karin", "Bergström"),
           ("Mikael", "Holm"), ("Sara", "Ekström"), ("Lars", "Åkesson"), ("Maria", "Engström")],
}
COMPANIES = {
    "nl": ["Kartonnage Van Dijk B.V.", "Verpakkingen Noord B.V.", "De Gouden Rol Etiketten B.V.",
           "Folieland B.V.", "Drukkerij Zeeveld B.V.", "Hollandse Kartonfabriek B.V.",
           "Flexopak Nederland B.V.", "Twentse Tape B.V."],
    "nl-be": ["Verpakking Vlaanderen NV", "Etiketten Claes BV", "Kempen Karton NV", "Leiedal Folie BV"],
    "it": ["Cartotecnica Brianza S.r.l.", "Imballaggi Ferraro S.p.A.", "Etichettificio Lombardo S.r.l.",
           "Plastiroll S.r.l.", "Scatolificio Adriatico S.r.l.", "Vetreria Colli Euganei S.p.A.",
           "Nastri Tecnici Veneti S.r.l."],
    "pl": ["Kartonex Sp. z o.o.", "Folpak Polska Sp. z o.o.", "Etykieta-Druk S.A.",
           "Opakowania Wielkopolska Sp. z o.o.", "Tektura Śląsk Sp. z o.o.", "Taśmy Pomorze Sp. z o.o."],
    "pt-pt": ["Embalagens do Minho, Lda.", "Cartonagem Atlântica, S.A.", "Rotulagem Lusitana, Lda.",
              "Vidros da Marinha, S.A."],
    "pt-br": ["Embalagens Paulista Ltda.", "Papelão Sul Indústria e Comércio Ltda.", "Etiquetas Minas Ltda.",
              "Plásticos Vale do Itajaí S.A."],
    "sv": ["Norrlands Kartong AB", "Västkustens Förpackningar AB", "Etikettmästarna i Borås AB",
           "Småländsk Plast AB", "Mälardalens Tejp AB"],
}
ROLES = {
    "nl": ["Accountmanager", "Commercieel directeur", "Binnendienst verkoop", "Salesmanager"],
    "it": ["Responsabile commerciale", "Ufficio vendite", "Key account manager", "Area vendite"],
    "pl": ["Kierownik sprzedaży", "Dział handlowy", "Key Account Manager", "Specjalista ds. sprzedaży"],
    "pt": ["Departamento comercial", "Área comercial", "Apoio ao cliente", "Vendas"],
    "sv": ["Försäljningschef", "Innesälj", "Key account manager", "Säljare"],
    "en": ["Sales Manager", "Key Account Manager", "Export Sales", "Commercial Director"],
}
DAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
SDAYS = {
    "nl": "ma di wo do vr za zo".split(), "it": "lun mar mer gio ven sab dom".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(), "sv": "mån tis ons tors fre lör sön".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
SMONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
}
CURRENCY = {"nl": "EUR", "nl-be": "EUR", "it": "EUR", "pl": "PLN", "pt-pt": "EUR", "pt-br": "BRL", "sv": "SEK"}
BASELINES = {"EUR": [0.42, 0.87, 1.15, 2.40, 3.80, 6.00], "PLN": [1.35, 2.20, 4.80, 9.60],
             "BRL": [1.90, 3.45, 7.20, 12.50], "SEK": [4.20, 9.50, 18.00, 32.00], "USD": [0.95, 2.10, 5.00]}


def locale_of(lang):
    """Locale of the mail client (and signature) for a case language."""
    if lang.startswith("en-"):
        return {"en-nl": "nl", "en-be": "nl-be", "en-it": "it", "en-pl": "pl", "en-pt": "pt-pt",
                "en-br": "pt-br", "en-sv": "sv"}[lang]
    return lang


def base(loc):
    return {"nl-be": "nl", "pt-pt": "pt", "pt-br": "pt"}.get(loc, loc)


def group_of(lang):
    return "en-nn" if lang.startswith("en-") else base(lang)


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    for suffix in (" B.V.", " BV", " NV", " S.r.l.", " S.p.A.", " Sp. z o.o.", ", S.A.", " S.A.", ", Lda.",
                   " Ltda.", " AB", " Industria e Comercio"):
        s = s.replace(suffix, "")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s


def ascii_local(first, last):
    s = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode().lower()
    return s.replace("ł", "l").replace(" ", "")


# ---------------------------------------------------------------- case registry
CASES = []
COUNTERS = {}


def _register(kind, lang, **kw):
    grp = group_of(lang)
    prefix = "nn" if grp == "en-nn" else grp
    COUNTERS[prefix] = COUNTERS.get(prefix, 0) + 1
    name = f"{prefix}{COUNTERS[prefix]:02d}"
    kw.update(kind=kind, lang=lang, name=name)
    CASES.append(kw)


def C(lang, client, intent, text, terms=None, note="", kind="opening", offer=None, base=0,
      shape="top", inc=False, inline=None, tail="", sig=True, subject=None):
    """A typed reply. terms: short keys p u c d m v r. base: 0 = default from the rng,
    None = no baseline, or (price, currency)."""
    _register("C", lang, client=client, intent=intent, text=text, terms=terms or {}, note=note,
              okind=kind, offer=offer, base=base, shape=shape, inc=inc, inline=inline or {},
              tail=tail, sig=sig, subject=subject)


def A(lang, text, note, subject_prefix, headers=True, offer=None, client="none"):
    _register("A", lang, client=client, intent="auto_reply", text=text, terms={}, note=note,
              okind="opening", offer=offer, base=0, shape="none", inc=False, prefix=subject_prefix,
              headers=headers)


def B(lang, source, text, note, action="failed", status="5.1.1", diag=None, subject=None, offer=None):
    _register("B", lang, client=source, intent="bounce", text=text, terms={}, note=note,
              okind="opening", offer=offer, base=0, shape="none", inc=False, action=action,
              status=status, diag=diag, bsubject=subject)


# ---------------------------------------------------------------- the buyer's offer
def fmt_num(x):
    return f"{x:g}" if x is not None else ""


def offer_lines(pct, days, months, bprice, cur):
    lines = []
    if pct is not None:
        if bprice is not None:
            new = round(bprice * (1 + pct / 100) + 1e-9, 2)
            lines.append(f"Unit price: {fmt_num(pct)}% ({new:.2f} {cur} instead of {bprice:.2f} {cur})")
        else:
            lines.append(f"Unit price: {fmt_num(pct)}%")
    if days is not None:
        lines.append(f"Payment terms: Net {days} days")
    if months is not None:
        lines.append(f"Contract length: {months} months")
    return lines


def reply_form(pct, days, months):
    rows = [("Unit price change (%, minus = reduction):", fmt_num(pct)),
            ("Payment terms (days):", fmt_num(days)),
            ("Contract length (months):", fmt_num(months)),
            ("Committed volume (units per year):", ""), ("Rebate (%):", "")]
    return ["--- Your reply (edit the values and send) ---"] + \
        [(a + " " + b).rstrip() for a, b in rows] + ["--- end ---"]


OFFER_TEXT = {
    "opening": ("We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
                "If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome."),
    "counter": ("Thank you for your reply. Having looked at it carefully, we would like to propose:",
                "If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer."),
    "reminder": ("A friendly reminder about our proposal for {item}, which is still open:",
                 "We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below."),
}


def render_offer(m):
    intro, closing = OFFER_TEXT[m["okind"]]
    vol = f" (about {m['volume']} units a year)" if m["volume"] and m["okind"] == "opening" else ""
    intro = intro.format(item=m["item"], vol=vol)
    lines, form = m["lines"], m["form"]
    plain = [f"Dear {m['company']},", "", intro, ""] + [f"- {x}" for x in lines] + ["", closing, ""] + \
        form + ["", "", "Kind regards,", m["buyer_full"], BUYER_CO]
    e = html.escape
    h = [f"<p>Dear {e(m['company'])},</p>", f"<p>{e(intro)}</p>", "<ul>"] + \
        [f"  <li>{e(x)}</li>" for x in lines] + ["</ul>", f"<p>{e(closing)}</p>",
        '<pre style="font-family: Consolas, monospace; font-size: 13px;">' + e("\n".join(form)) + "</pre>",
        f"<p>Kind regards,<br>\n{e(m['buyer_full'])}<br>\n{e(BUYER_CO)}</p>"]
    return "\n".join(plain), "\n".join(h)


# ---------------------------------------------------------------- localized client strings
def dparts(d, loc):
    b = base(loc)
    return dict(day=DAYS[b][d.weekday()], sday=SDAYS[b][d.weekday()], mon=MONTHS[b][d.month - 1],
                smon=SMONTHS[b][d.month - 1], d=d.day, dd=f"{d.day:02d}", mm=f"{d.month:02d}",
                y=d.year, yy=f"{d.year % 100:02d}", hm=d.strftime("%H:%M"))


def attribution(client, loc, d, name, addr):
    p = dparts(d, loc)
    b = base(loc)
    if client in ("gmail",):
        return {
            "nl": "Op {sday} {d} {smon} {y} om {hm} schreef {N} <{E}>:",
            "it": "Il giorno {sday} {d} {smon} {y} alle ore {hm} {N} <{E}> ha scritto:",
            "pl": "{sday} {d} {smon} {y} o {hm} {N} <{E}> napisał(a):",
            "pt-br": "Em {sday}, {d} de {smon} de {y} às {hm}, {N} <{E}> escreveu:",
            "pt-pt": "{N} <{E}> escreveu no dia {day}, {dd}/{mm}/{y} à(s) {hm}:",
            "sv": "Den {sday} {d} {smon} {y} kl {hm} skrev {N} <{E}>:",
        }.get(loc, {"nl": "Op {sday} {d} {smon} {y} om {hm} schreef {N} <{E}>:"}.get(b)).format(N=name, E=addr, **p)
    if client in ("thunderbird", "webmail"):
        return {
            "nl": "Op {dd}-{mm}-{y} om {hm} schreef {N}:",
            "it": "Il {dd}/{mm}/{yy} {hm}, {N} ha scritto:",
            "pl": "W dniu {d}.{mm}.{y} o {hm}, {N} pisze:",
            "pt": "Em {dd}/{mm}/{y} {hm}, {N} escreveu:",
            "sv": "Den {y}-{mm}-{dd} kl. {hm}, skrev {N}:",
        }[b].format(N=name, **p)
    if client == "iphone":
        return {
            "nl": "Op {d} {smon} {y} om {hm} heeft {N} <{E}> het volgende geschreven:",
            "it": "Il giorno {d} {smon} {y}, alle ore {hm}, {N} <{E}> ha scritto:",
            "pl": "Wiadomość napisana przez {N} <{E}> w dniu {d}.{mm}.{y}, o godz. {hm}:",
            "pt": "Em {d} de {smon} de {y}, à(s) {hm}, {N} <{E}> escreveu:",
            "sv": "{d} {smon} {y} kl. {hm} skrev {N} <{E}>:",
        }[b].format(N=name, E=addr, **p)
    raise KeyError(client)


SENT_FROM = {"iphone": {"nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
                        "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone"},
             "android": {"nl": "Verzonden vanaf mijn Galaxy", "it": "Inviato dal mio Galaxy",
                         "pl": "Wysłane z mojego Galaxy", "pt": "Enviado do meu Galaxy", "sv": "Skickat från min Galaxy"}}
HDR = {"nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
       "pl": ("Od", "Wysłane", "Do", "Temat"), "pt": ("De", "Enviado", "Para", "Assunto"),
       "sv": ("Från", "Skickat", "Till", "Ämne")}
ORIG = {"nl": "-----Oorspronkelijk bericht-----", "it": "-----Messaggio originale-----",
        "pl": "-----Oryginalna wiadomość-----", "pt": "-----Mensagem original-----",
        "sv": "-----Ursprungligt meddelande-----"}
ANDROID_ORIG = {"nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
                "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
                "pl": ("-------- Oryginalna wiadomość --------", "Od", "Data", "Do", "Temat"),
                "pt": ("-------- Mensagem original --------", "De", "Data", "Para", "Assunto"),
                "sv": ("-------- Originalmeddelande --------", "Från", "Datum", "Till", "Ämne")}


def outlook_date(loc, d):
    p = dparts(d, loc)
    return {"nl": "{day} {d} {mon} {y} {hm}", "it": "{day} {d} {mon} {y} {hm}",
            "pl": "{day}, {d} {mon} {y} {hm}", "pt": "{day}, {d} de {mon} de {y} {hm}",
            "sv": "den {d} {mon} {y} {hm}"}[base(loc)].format(**p)


def reply_prefix(client, loc):
    if client in ("outlook", "outlook_plain", "owa"):
        return {"nl": "RE:", "nl-be": "RE:", "it": "R:", "pl": "RE:", "pt-pt": "RE:", "pt-br": "RES:", "sv": "SV:"}[loc]
    if client in ("android", "webmail") and base(loc) == "pl":
        return "Odp:"
    if client == "webmail" and base(loc) == "sv":
        return "Sv:"
    return "Re:"


def tz_of(loc, d):
    if loc == "pt-br":
        return "-0300"
    summer = d >= dt.datetime(2025, 3, 30)
    if loc == "pt-pt":
        return "+0100" if summer else "+0000"
    return "+0200" if summer else "+0100"


def rfc_date(d, tz):
    wd = "Mon Tue Wed Thu Fri Sat Sun".split()[d.weekday()]
    mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[d.month - 1]
    return f"{wd}, {d.day:02d} {mo} {d.year} {d.strftime('%H:%M:%S')} {tz}"


# ---------------------------------------------------------------- signatures
def signature(rng, loc, lang, full, company):
    b = base(loc)
    role = rng.choice(ROLES["en" if lang.startswith("en-") else b])
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if b == "nl" and loc == "nl":
        town = rng.choice(["Apeldoorn", "Zwolle", "Tilburg", "Veenendaal", "Hengelo", "Alkmaar"])
        extra = [f"Industrieweg {rng.randint(2, 90)}, {rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLNPRSTVWXZ')} {town}",
                 f"T +31 (0){rng.randint(10, 99)} {n(3)} {n(4)}", f"KvK {n(8)} | BTW NL{n(9)}B01"]
    elif loc == "nl-be":
        town = rng.choice(["Kortrijk", "Geel", "Aalst", "Roeselare", "Lokeren"])
        extra = [f"Nijverheidslaan {rng.randint(2, 90)}, {rng.randint(1000, 9999)} {town}",
                 f"T +32 {rng.randint(10, 99)} {n(2)} {n(2)} {n(2)}", f"BTW BE 0{n(3)}.{n(3)}.{n(3)} | RPR Gent"]
    elif b == "it":
        town = rng.choice([("Monza", "MB"), ("Padova", "PD"), ("Ancona", "AN"), ("Bergamo", "BG"), ("Vicenza", "VI")])
        extra = [f"Via dell'Industria {rng.randint(2, 120)} - {rng.randint(20000, 60999)} {town[0]} ({town[1]})",
                 f"Tel. +39 0{rng.randint(10, 99)} {n(6)}", f"P.IVA {n(11)}"]
    elif b == "pl":
        town = rng.choice(["Poznań", "Katowice", "Gdańsk", "Łódź", "Wrocław"])
        extra = [f"ul. Przemysłowa {rng.randint(2, 80)}, {rng.randint(10, 99)}-{n(3)} {town}",
                 f"tel. +48 {n(3)} {n(3)} {n(3)}", f"NIP {n(3)}-{n(3)}-{n(2)}-{n(2)} | KRS 0000{n(6)}"]
    elif loc == "pt-pt":
        town = rng.choice(["Braga", "Aveiro", "Leiria", "Guimarães"])
        extra = [f"Rua da Indústria, {rng.randint(2, 300)}, {n(4)}-{n(3)} {town}",
                 f"Tel.: +351 2{n(2)} {n(3)} {n(3)}", f"NIF {rng.randint(500000000, 519999999)}"]
    elif loc == "pt-br":
        town = rng.choice([("Campinas", "SP"), ("Joinville", "SC"), ("Contagem", "MG"), ("Caxias do Sul", "RS")])
        extra = [f"Av. das Indústrias, {rng.randint(100, 3000)} - {town[0]}/{town[1]}",
                 f"Tel.: +55 ({rng.randint(11, 54)}) {n(4)}-{n(4)}",
                 f"CNPJ {n(2)}.{n(3)}.{n(3)}/0001-{n(2)}"]
    else:
        town = rng.choice(["Sundsvall", "Borås", "Växjö", "Västerås", "Jönköping"])
        extra = [f"Industrigatan {rng.randint(2, 60)}, {n(3)} {n(2)} {town}",
                 f"Tel. +46 {rng.randint(10, 99)} {n(3)} {n(2)} {n(2)}", f"Org.nr {n(6)}-{n(4)}"]
    return "\n".join([full, role, company] + extra)


# ---------------------------------------------------------------- MIME helpers
def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, address):
    return formataddr((name, address), charset="utf-8")


def encode_body(text, charset, cte):
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode(charset)  # 7bit / 8bit: kept as text, encoded at the end


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head + encode_body(text, charset, cte), charset


def multipart(sub, boundary, parts, extra=""):
    out = [f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"{extra}\n\n"]
    for p in parts:
        out.append(f"--{boundary}\n{p}\n")
    out.append(f"--{boundary}--\n")
    return "".join(out)


def text_to_html(text):
    paras = [p for p in text.split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras if p.strip())


def quote_lines(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


def fill(text, vals):
    return re.sub(r"\{(\w+)\}", lambda mo: str(vals[mo.group(1)]), text)


# ---------------------------------------------------------------- building a case
def default_offer(okind):
    return {"opening": (-6.0, 60, None), "counter": (-4.0, 60, 12), "reminder": (-6.0, 60, None)}[okind]


def meta_of(c):
    rng = random.Random(c["name"])
    loc = locale_of(c["lang"])
    bf, bl = rng.choice(BUYERS)
    first, last = rng.choice(PEOPLE[loc])
    company = rng.choice(COMPANIES[loc])
    domain = slug(company) + ".example"
    saddr = f"{ascii_local(first, last)}@{domain}"
    item = rng.choice(ITEMS)
    volume = rng.choice(VOLUMES) if rng.random() < 0.6 else None
    ref = f"BW-{rng.randint(1000, 9999)}"
    pct, days, months = c["offer"] or default_offer(c["okind"])
    if c["base"] == 0:
        cur = CURRENCY[loc]
        bprice = rng.choice(BASELINES[cur])
    elif c["base"] is None:
        bprice = cur = None
    else:
        bprice, cur = c["base"]
    start = dt.datetime(2025, 3, 3, rng.randint(8, 11), rng.randint(0, 59), rng.randint(0, 59))
    od = start + dt.timedelta(days=rng.randint(0, 100))
    while od.weekday() > 4:
        od += dt.timedelta(days=1)
    rd = od + dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
    while rd.weekday() > 4:
        rd += dt.timedelta(days=1)
    h = hashlib.sha1(c["name"].encode()).hexdigest()
    m = dict(rng=rng, loc=loc, buyer_first=bf, buyer_full=f"{bf} {bl}", first=first, full=f"{first} {last}",
             company=company, domain=domain, saddr=saddr, item=item, volume=volume, ref=ref,
             pct=pct, days=days, months=months, bprice=bprice, cur=cur, od=od, rd=rd, h=h,
             okind=c["okind"])
    m["lines"] = offer_lines(pct, days, months, bprice, cur)
    m["form"] = reply_form(pct, days, months)
    m["subject"] = f"{item}: pricing proposal [ref {ref}]"
    m["offer_id"] = f"<{h[:16]}.{ref.lower()}@{BUYER_DOMAIN}>"
    m["msg_id"] = f"<{h[16:32]}.{h[32:38]}@{domain}>"
    m["tz"] = tz_of(loc, rd)
    return m


def base_headers(m, frm, to, subject, extra=()):
    hs = [("From", frm), ("To", to), ("Subject", hdr(subject)), ("Date", rfc_date(m["rd"], m["tz"])),
          ("Message-ID", m["msg_id"])]
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return "".join(f"{k}: {v}\n" for k, v in hs)


def build_reply(c, m):
    loc, b, client, rng = m["loc"], base(m["loc"]), c["client"], m["rng"]
    vals = dict(bf=m["buyer_first"], first=m["first"], full=m["full"], sup=m["company"], item=m["item"], ref=m["ref"])
    text = fill(c["text"], vals).strip("\n")
    sigblock = signature(rng, loc, c["lang"], m["full"], m["company"])
    if c["sig"] and c["shape"] != "inline":
        text += "\n" + sigblock
    if client == "iphone":
        text += "\n\n" + SENT_FROM["iphone"][b]
    offer_plain, offer_html = render_offer(m)
    bto = addr(m["buyer_full"], BOT_ADDR)
    sup_to = addr(m["full"], m["saddr"])
    shape = c["shape"]
    H = HDR[b]
    odate = outlook_date(loc, m["od"])
    # plain quote
    if client in ("gmail", "thunderbird", "webmail", "iphone"):
        att = attribution(client, loc, m["od"], m["buyer_full"], BOT_ADDR)
        qtext = offer_plain
        if shape == "inline":
            out = []
            for line in offer_plain.split("\n"):
                out.append(line)
                for key, ins in c["inline"].items():
                    if line.startswith("- " + key):
                        out.append("\x00" + fill(ins, vals))
            q = "\n".join(("\n" + x[1:] + "\n") if x.startswith("\x00") else (("> " + x) if x else ">") for x in out)
            tail = fill(c["tail"], vals).strip("\n")
            if c["sig"]:
                tail += "\n" + sigblock
            plain = text + "\n\n" + att + "\n" + q + "\n\n" + tail + "\n"
        elif shape == "bottom":
            plain = att + "\n" + quote_lines(qtext) + "\n\n" + text + "\n"
        else:
            sep = "\n\n" if client == "iphone" else "\n"
            plain = text + "\n\n" + att + sep + quote_lines(qtext) + "\n"
    elif client in ("outlook", "owa"):
        plain = (text + "\n\n" + ("_" * 32 + "\n" if client == "owa" else "") +
                 f"{H[0]}: {m['buyer_full']} <{BOT_ADDR}>\n{H[1]}: {odate}\n{H[2]}: {m['full']} <{m['saddr']}>\n"
                 f"{H[3]}: {m['subject']}\n\n" + offer_plain + "\n")
    elif client == "outlook_plain":
        plain = (text + "\n\n" + ORIG[b] + "\n" +
                 f"{H[0]}: {m['buyer_full']} [mailto:{BOT_ADDR}]\n{H[1]}: {odate}\n{H[2]}: {m['full']}\n"
                 f"{H[3]}: {m['subject']}\n\n" + offer_plain + "\n")
    elif client == "android":
        A_ = ANDROID_ORIG[b]
        p = dparts(m["od"], loc)
        text += "\n\n" + SENT_FROM["android"][b]
        plain = (text + "\n\n\n" + A_[0] + f"\n{A_[1]}: {m['buyer_full']} <{BOT_ADDR}>\n"
                 f"{A_[2]}: {p['dd']}-{p['mm']}-{p['y']} {p['hm']} (GMT{m['tz'][:3]}:{m['tz'][3:]})\n"
                 f"{A_[3]}: {m['full']} <{m['saddr']}>\n{A_[4]}: {m['subject']}\n\n" + offer_plain + "\n")
    else:
        raise KeyError(client)
    # html
    e = html.escape
    if client in ("outlook", "owa"):
        border = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' \
            if client == "outlook" else '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        hb = (f"<p><b>{e(H[0])}:</b> {e(m['buyer_full'])} &lt;{e(BOT_ADDR)}&gt;<br>\n<b>{e(H[1])}:</b> {e(odate)}<br>\n"
              f"<b>{e(H[2])}:</b> {e(m['full'])} &lt;{e(m['saddr'])}&gt;<br>\n<b>{e(H[3])}:</b> {e(m['subject'])}</p>")
        htmlbody = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
                    "<body lang=\"" + {"nl": "NL", "it": "IT", "pl": "PL", "pt": "PT", "sv": "SV"}[b] + "\">\n"
                    "<div class=\"WordSection1\">\n" + text_to_html(text) + "\n" + border + "\n" + hb + "\n</div>\n"
                    + offer_html + "\n</div>\n</body>\n</html>")
    elif client == "gmail":
        att = attribution(client, loc, m["od"], m["buyer_full"], BOT_ADDR)
        htmlbody = ('<div dir="ltr">' + text_to_html(text) + '</div><br><div class="gmail_quote">'
                    f'<div dir="ltr" class="gmail_attr">{e(att)}<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                    + offer_html + "\n</blockquote></div>")
    elif client == "android":
        A_ = ANDROID_ORIG[b]
        htmlbody = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
                    + text_to_html(text) + '<div><br></div><div style="font-size:100%;color:#000000"><!-- originalMessage -->'
                    f"<div>{e(A_[0])}</div><div>{e(A_[1])}: {e(m['buyer_full'])} &lt;{e(BOT_ADDR)}&gt; </div>"
                    f"<div>{e(A_[4])}: {e(m['subject'])} </div><div><br></div></div>\n" + offer_html + "</body></html>")
    else:
        htmlbody = None
    # assemble
    bnd = f"----=_NextPart_{m['h'][:8]}_{m['h'][8:16]}"
    if client == "outlook":
        body = multipart("alternative", bnd, [leaf("text/plain", plain)[0], leaf("text/html", htmlbody)[0]])
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]),
                 ("Thread-Index", base64.b64encode(bytes.fromhex(m["h"][:32])).decode()),
                 ("Content-Language", {"nl": "nl-NL", "nl-be": "nl-BE", "it": "it-IT", "pl": "pl-PL",
                                       "pt-pt": "pt-PT", "pt-br": "pt-BR", "sv": "sv-SE"}[loc]),
                 ("X-Mailer", "Microsoft Outlook 16.0")]
    elif client == "owa":
        body = leaf("text/html", htmlbody, cte="base64")[0]
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]),
                 ("Content-Language", {"nl": "nl-NL", "nl-be": "nl-BE", "it": "it-IT", "pl": "pl-PL",
                                       "pt-pt": "pt-PT", "pt-br": "pt-BR", "sv": "sv-SE"}[loc]),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "gmail":
        body = multipart("alternative", f"000000000000{m['h'][:16]}",
                         [leaf("text/plain", plain, charset="UTF-8")[0], leaf("text/html", htmlbody, charset="UTF-8")[0]])
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"])]
    elif client == "android":
        body = multipart("alternative", f"--_com.samsung.android.email_{m['h'][:20]}",
                         [leaf("text/plain", plain, charset="UTF-8", cte="base64")[0],
                          leaf("text/html", htmlbody, charset="UTF-8", cte="base64")[0]])
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]), ("Importance", "Normal")]
    elif client == "iphone":
        body = leaf("text/plain", plain, charset="utf-8")[0]
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]), ("X-Mailer", "iPhone Mail (22D72)")]
    elif client == "thunderbird":
        body = leaf("text/plain", plain, charset="UTF-8", cte="8bit", extra="; format=flowed")[0]
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]),
                 ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", loc if "-" in loc else loc)]
    elif client == "webmail":
        cs = "iso-8859-2" if b == "pl" else ("windows-1252" if rng.random() < 0.5 else "iso-8859-1")
        body = leaf("text/plain", plain, charset=cs, cte="8bit")[0]
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]), ("User-Agent", "Roundcube Webmail")]
    elif client == "outlook_plain":
        cs = "iso-8859-2" if b == "pl" else "windows-1252"
        body = leaf("text/plain", plain, charset=cs)[0]
        extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"]), ("X-Mailer", "Microsoft Outlook 14.0")]
    subject = c["subject"] or f"{reply_prefix(client, loc)} {m['subject']}"
    head = base_headers(m, addr(m["full"], m["saddr"]), bto, subject, extra)
    return head + body, (cs if client in ("webmail", "outlook_plain") else "utf-8")


def build_auto(c, m):
    back = m["rd"] + dt.timedelta(days=7 + m["rng"].randint(0, 9))
    while back.weekday() > 4:
        back += dt.timedelta(days=1)
    p = dparts(back, m["loc"])
    fmt = {"nl": "{day} {d} {mon}", "it": "{day} {d} {mon}", "pl": "{d} {mon}", "pt": "{d} de {mon}",
           "sv": "{day} den {d} {mon}"}[base(m["loc"])]
    vals = dict(bf=m["buyer_first"], first=m["first"], full=m["full"], sup=m["company"], item=m["item"],
                ref=m["ref"], domain=m["domain"], back=fmt.format(**p),
                back_en=f"{back.day} " + "January February March April May June July August September October November December".split()[back.month - 1])
    text = fill(c["text"], vals).strip("\n") + "\n"
    extra = [("In-Reply-To", m["offer_id"]), ("References", m["offer_id"])]
    if c["headers"]:
        extra += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("Precedence", "auto_reply")]
    subject = f"{c['prefix']} {m['subject']}"
    head = base_headers(m, addr(m["full"], m["saddr"]), BOT_ADDR, subject, extra)
    return head + leaf("text/plain", text)[0], "utf-8"


def build_bounce(c, m):
    src = c["client"]
    rcpt = m["saddr"]
    vals = dict(rcpt=rcpt, domain=m["domain"], item=m["item"], ref=m["ref"], subject=m["subject"])
    text = fill(c["text"], vals).strip("\n") + "\n"
    if src in ("postfix", "exim"):
        mta = f"mail.{BUYER_DOMAIN}"
        frm = f"Mail Delivery System <MAILER-DAEMON@{mta}>"
    elif src == "exchange":
        mta = f"mx01.{m['domain']}"
        frm = addr("Microsoft Outlook", f"postmaster@{m['domain']}")
    else:
        mta = f"smtp-in.{m['domain']}"
        frm = f"MAILER-DAEMON@{mta}"
    subject = fill(c["bsubject"], vals) if c["bsubject"] else "Undelivered Mail Returned to Sender"
    odate = rfc_date(m["od"], tz_of("nl", m["od"]))
    orig = (f"From: {m['buyer_full']} <{BOT_ADDR}>\nTo: {m['full'] if m['full'].isascii() else ascii_local(*m['full'].split(' ', 1))} <{rcpt}>\n"
            f"Subject: {m['subject']}\nDate: {odate}\nMessage-ID: {m['offer_id']}\nMIME-Version: 1.0\n")
    extra = [("Auto-Submitted", "auto-replied")]
    if src == "gateway_plain":
        head = base_headers(m, frm, BOT_ADDR, subject, extra)
        return head + leaf("text/plain", text + "\n" + orig)[0], "utf-8"
    diag = c["diag"] or f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown"
    ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {odate}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\nAction: {c['action']}\nStatus: {c['status']}\n"
          f"Diagnostic-Code: {fill(diag, vals)}\n")
    if c["action"] == "delayed":
        ds += "Will-Retry-Until: " + rfc_date(m["od"] + dt.timedelta(days=4), tz_of("nl", m["od"])) + "\n"
    bnd = f"{m['h'][:12]}.{m['h'][12:22]}/{mta}"
    parts = [leaf("text/plain", text)[0],
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds,
             "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig]
    body = multipart("report", bnd, parts, extra="; report-type=delivery-status")
    head = base_headers(m, frm, BOT_ADDR, subject, extra)
    return head + body, "utf-8"


def to_bytes(s, charset):
    head, _, body = s.partition("\n\n")
    raw = head.encode("ascii") + b"\n\n" + body.encode(charset)
    raw = re.sub(rb"[ \t]+\n", lambda mo: mo.group(0) if mo.group(0) == b"-- \n" else b"\n", raw)
    return raw.replace(b"\n", b"\r\n")


def label_of(c, m):
    t = {k: None for k in TERM_KEYS}
    for k, v in c["terms"].items():
        t[SHORT[k]] = float(v) if SHORT[k] in ("price_change_pct", "unit_price", "rebate_pct") else v
    return {"context": {"baseline_unit_price": m["bprice"], "currency": m["cur"],
                        "last_offer": {"price_change_pct": m["pct"], "payment_days": m["days"],
                                       "contract_months": m["months"]}},
            "expected": {"intent": c["intent"], "price_increase": bool(c["inc"]), "terms": t},
            "notes": c["note"]}


def build(c):
    m = meta_of(c)
    if c["kind"] == "C":
        s, cs = build_reply(c, m)
    elif c["kind"] == "A":
        s, cs = build_auto(c, m)
    else:
        s, cs = build_bounce(c, m)
    return to_bytes(s, cs), label_of(c, m), m


# ---------------------------------------------------------------- probe / sealed
def split(cases):
    groups = {}
    for c in cases:
        groups.setdefault((c["intent"], group_of(c["lang"])), []).append(c["name"])
    part, start = {}, 0
    for key in sorted(groups):
        names = sorted(groups[key])
        for i, n in enumerate(names):
            part[n] = ("probe", "sealed")[(start + i) % 2]
        if len(names) % 2:
            start = 1 - start
    return part


def generate():
    out = {"probe": {}, "sealed": {}}
    labels = {"probe": {}, "sealed": {}}
    part = split(CASES)
    parts = {}
    for c in CASES:
        raw, lab, m = build(c)
        p = part[c["name"]]
        out[p][c["name"] + ".eml"] = raw
        labels[p][c["name"]] = lab
        parts[c["name"]] = {"part": p, "language": c["lang"], "client": c["client"]}
    files = {}
    for p in ("probe", "sealed"):
        for fn, raw in out[p].items():
            files[f"{p}/{fn}"] = raw
        files[f"{p}/labels.json"] = (json.dumps(labels[p], indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    files["parts.json"] = (json.dumps(parts, indent=2, sort_keys=True) + "\n").encode()
    return files


def write():
    files = generate()
    for p in ("probe", "sealed"):
        d = HERE / p
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(CASES)} cases")


# ---------------------------------------------------------------- check
def strip_tags(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"<br\s*/?>|</p>|</li>|</div>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def check_label(name, lab, errors):
    def err(msg):
        errors.append(f"{name}: {msg}")
    if set(lab) != {"context", "expected", "notes"}:
        err("label keys")
        return
    ctx, exp = lab["context"], lab["expected"]
    if set(ctx) != {"baseline_unit_price", "currency", "last_offer"}:
        err("context keys")
    if ctx["baseline_unit_price"] is not None and not isinstance(ctx["baseline_unit_price"], float):
        err("baseline type")
    if (ctx["baseline_unit_price"] is None) != (ctx["currency"] is None):
        err("baseline and currency go together")
    if ctx["currency"] is not None and ctx["currency"] not in ISO4217:
        err("context currency")
    lo = ctx["last_offer"]
    if lo is not None and set(lo) != {"price_change_pct", "payment_days", "contract_months"}:
        err("last_offer keys")
    if set(exp) != {"intent", "price_increase", "terms"}:
        err("expected keys")
    intent, inc, t = exp["intent"], exp["price_increase"], exp["terms"]
    if intent not in INTENTS:
        err("intent")
    if not isinstance(inc, bool):
        err("price_increase type")
    if set(t) != set(TERM_KEYS):
        err("term keys")
        return
    for k in ("price_change_pct", "unit_price", "rebate_pct"):
        if t[k] is not None and not isinstance(t[k], float):
            err(f"{k} type")
    for k in ("payment_days", "contract_months", "volume_units"):
        if t[k] is not None and (not isinstance(t[k], int) or isinstance(t[k], bool) or t[k] <= 0):
            err(f"{k} type")
    if t["currency"] is not None and (t["currency"] not in ISO4217 or t["unit_price"] is None):
        err("currency only with a unit price, ISO 4217")
    if intent not in ("counter", "accept") and any(v is not None for v in t.values()):
        err("terms must be null for " + intent)
    if intent == "counter" and all(v is None for v in t.values()):
        err("a counter states at least one term")
    if t["price_change_pct"] is not None and t["price_change_pct"] > 0 and not inc:
        err("positive price change without price_increase")
    if inc and t["price_change_pct"] is not None and t["price_change_pct"] < 0:
        err("price_increase with a reduction")
    if inc and intent == "counter" and t["price_change_pct"] is None and t["unit_price"] is None:
        err("an increase counter carries a number")
    if inc and intent in ("accept", "auto_reply", "bounce"):
        err("price_increase on " + intent)
    note = lab["notes"]
    if not isinstance(note, str) or not note.strip() or note.count(". ") > 0 or not note.endswith("."):
        err("note must be one sentence")


def check():
    errors = []
    files = generate()
    # byte identity and stray files
    for rel, data in files.items():
        p = HERE / rel
        if not p.exists() or p.read_bytes() != data:
            errors.append(f"{rel}: differs from a fresh build")
    for p in ("probe", "sealed"):
        for f in (HERE / p).iterdir():
            if f"{p}/{f.name}" not in files:
                errors.append(f"{p}/{f.name}: stray file")
    ids = {}
    by_name = {c["name"]: c for c in CASES}
    for c in CASES:
        raw, lab, m = build(c)
        n = c["name"]
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append(f"{n}: bare CR or LF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                errors.append(f"{n}: line over 998 octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(ch > 127 for ch in head):
            errors.append(f"{n}: 8-bit header")
        texts = []
        for pol in (email.policy.compat32, email.policy.default):
            msg = email.message_from_bytes(raw, policy=pol)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if msg[h] is None:
                    errors.append(f"{n}: missing {h}")
            for part in msg.walk():
                if part.defects:
                    errors.append(f"{n}: defects {part.defects} ({pol.__class__.__name__})")
                if part.is_multipart() or part.get_content_maintype() == "message":
                    continue
                if pol is email.policy.default:
                    if part.get_content_maintype() == "text":
                        s = part.get_content()
                        texts.append(strip_tags(s) if part.get_content_subtype() == "html" else s)
                else:
                    part.get_payload(decode=True)
            if pol is email.policy.default:
                mid = msg["Message-ID"]
                if mid in ids:
                    errors.append(f"{n}: Message-ID shared with {ids[mid]}")
                ids[mid] = n
        check_label(n, lab, errors)
        if c["shape"] != "none":
            blob = "\n".join(texts)
            for line in m["lines"] + m["form"]:
                if line not in blob:
                    errors.append(f"{n}: quoted line missing: {line}")
        for k, v in c["terms"].items():
            if k not in SHORT:
                errors.append(f"{n}: unknown term key {k}")
    part = split(CASES)
    parts = json.loads((HERE / "parts.json").read_text()) if (HERE / "parts.json").exists() else {}
    for n, p in part.items():
        if parts.get(n, {}).get("part") != p or not (HERE / p / f"{n}.eml").exists():
            errors.append(f"{n}: split mismatch")
    for p in ("probe", "sealed"):
        lf = HERE / p / "labels.json"
        if lf.exists():
            labs = json.loads(lf.read_text())
            emls = {f.stem for f in (HERE / p).glob("*.eml")}
            if set(labs) != emls:
                errors.append(f"{p}: labels.json and .eml files disagree")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problems")
        return 1
    np = sum(1 for v in part.values() if v == "probe")
    print(f"ok: {len(CASES)} cases ({np} probe, {len(CASES) - np} sealed), byte-identical, "
          f"MIME clean under compat32 and default, labels valid, quoted offers present, split matches")
    return 0


# ---------------------------------------------------------------- stats and list
def table(rows_of, title):
    grps = sorted({group_of(c["lang"]) for c in CASES})
    out = [f"| {title} | " + " | ".join(INTENTS) + " | total |", "|---|" + "---:|" * (len(INTENTS) + 1)]
    tot = {i: 0 for i in INTENTS}
    for g in grps:
        cs = [c for c in rows_of if group_of(c["lang"]) == g]
        cnt = {i: sum(1 for c in cs if c["intent"] == i) for i in INTENTS}
        for i in INTENTS:
            tot[i] += cnt[i]
        out.append(f"| {g} | " + " | ".join(str(cnt[i]) for i in INTENTS) + f" | {len(cs)} |")
    out.append("| total | " + " | ".join(str(tot[i]) for i in INTENTS) + f" | {len(rows_of)} |")
    return "\n".join(out)


def stats():
    part = split(CASES)
    print("| part | " + " | ".join(INTENTS) + " | total |")
    print("|---|" + "---:|" * (len(INTENTS) + 1))
    for p in ("probe", "sealed"):
        cs = [c for c in CASES if part[c["name"]] == p]
        print(f"| {p} | " + " | ".join(str(sum(1 for c in cs if c["intent"] == i)) for i in INTENTS) + f" | {len(cs)} |")
    n = len(CASES)
    print()
    print("By intent: " + ", ".join(f"{i} {sum(1 for c in CASES if c['intent'] == i)} "
                                    f"({100 * sum(1 for c in CASES if c['intent'] == i) / n:.0f} %)" for i in INTENTS))
    print()
    print(table(CASES, "all"))
    for p in ("probe", "sealed"):
        print()
        print(table([c for c in CASES if part[c["name"]] == p], p))
    print()
    print("price_increase true:", sum(1 for c in CASES if c["inc"]))
    for key in ("lang", "client", "shape"):
        cnt = {}
        for c in CASES:
            cnt[c[key]] = cnt.get(c[key], 0) + 1
        print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))


def listing():
    part = split(CASES)
    for c in CASES:
        print(f"{c['name']}\t{part[c['name']]}\t{c['lang']}\t{c['client']}\t{c['shape']}\t{c['intent']}\t{c['note']}")


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


# ================================================================ the cases
CTR = (-4.0, 60, 12)   # a typical counter offer of the bot: 4 %, Net 60, 12 months

# ---------------------------------------------------------------- Dutch (nl, nl-BE)
C("nl", "outlook", "counter", """Beste {bf},

Dank voor uw voorstel. Eerlijk gezegd zit 6% er voor ons niet in, en 60 dagen betalen ook niet: daar zijn onze marges simpelweg niet op berekend.

Wat we wel kunnen doen: 2,5% van de stuksprijs af, bij een betaaltermijn van 45 dagen.

Laat u maar weten of u daarmee uit de voeten kunt.

Met vriendelijke groet,""", dict(p=-2.5, d=45),
  "The offered 6% and 60 days are turned down first; only the 2,5% at 45 days that follows is the counter.")
C("nl", "gmail", "counter", """Hoi {bf},

Ik heb het even met mijn directeur doorgenomen. We kunnen anderhalf procent van de prijs afhalen, op voorwaarde dat de betaaltermijn op dertig dagen blijft zoals nu.

Groet,""", dict(p=-1.5, d=30),
  "Percent and days are written out in words, with anderhalf for one and a half.")
C("nl", "thunderbird", "counter", """Goedemorgen {bf},

Ons voorstel: de stuksprijs gaat 3% omlaag. Betalingsconditie 2% korting bij betaling binnen 10 dagen, anders 30 dagen netto.

Met vriendelijke groeten,""", dict(p=-3, d=30),
  "A Dutch cash-discount clause gives the net days, and the 2% for early payment is not a price change.")
C("nl", "outlook_plain", "counter", """Beste {bf},

Als jullie je vastleggen op tachtigduizend stuks per jaar, met een looptijd van twee jaar, dan kunnen we 4% omlaag.
Minder volume betekent voor ons gewoon geen ruimte.

Met vriendelijke groet,""", dict(p=-4, v=80000, m=24),
  "Volume as one Dutch word with duizend and a contract length of twee jaar.")
C("nl", "outlook", "counter", """Beste {bf},

De stuksprijs blijft gelijk, daar kunnen we niet aan tornen. Wel bieden we een jaarbonus van 2% op de omzet, mits u minimaal 150.000 stuks per jaar afneemt.

Met vriendelijke groet,""", dict(p=0, r=2, v=150000),
  "A price held explicitly plus a jaarbonus tied to a committed volume with a dot as thousands separator.")
C("nl", "webmail", "counter", """Beste {bf},

Helaas de omgekeerde beweging: door de gestegen papierprijzen voeren wij per 1 juli een prijsverhoging door van 3,5% op alle kartonnage.
Een verlaging is dus echt niet aan de orde.

Met vriendelijke groet,""", dict(p=3.5), "An increase with a number from a Latin-1 webmail, a counter with price_increase.", inc=True)
C("nl", "iphone", "counter", """Hoi {bf}, wij kunnen 0,82 euro per stuk doen bij 45 dagen betaling. Lager gaat echt niet.

Groet, {first}""", dict(u=0.82, c="EUR", d=45),
  "A unit price in euro with a decimal comma typed on a phone.", base=(0.87, "EUR"), sig=False)
C("nl", "thunderbird", "counter", """Beste {bf},

Zie mijn antwoorden hieronder.""", dict(p=-3, d=60),
  "Inline answers: the price is cut to 3% and the 60 days are restated as accepted.",
  shape="inline", inline={"Unit price": "Nee, 3% is voor ons het maximum.", "Payment terms": "Akkoord, 60 dagen is goed."},
  tail="Met vriendelijke groet,")
C("nl-be", "outlook", "counter", """Beste {bf},

Wij kunnen u 4% toestaan, maar dan wel met betaling op 30 dagen einde maand. Langer kunnen wij niet financieren.

Met vriendelijke groeten,""", dict(p=-4, d=30),
  "Flemish phrasing with dagen einde maand, read as 30.")
C("nl-be", "gmail", "counter", """Dag {bf},

Een jaar vastleggen is voor ons te kort om te investeren in nieuwe clichés. Bij een contract van drie jaar (36 maanden) kunnen wij 5% geven.

Vriendelijke groeten,""", dict(p=-5, m=36),
  "The offered twelve months are called too short and a three-year term is the counter.", kind="counter", offer=CTR)
C("nl", "android", "counter", """Beste {bf},

Tegenvoorstel van onze kant: 3% korting, 50 dagen, looptijd één jaar.

Met vriendelijke groet,""", dict(p=-3, d=50, m=12),
  "A terse three-term counter with korting as a price change and een jaar as twelve months.")
C("nl-be", "owa", "counter", """Beste {bf},

Met de 4% gaan wij akkoord, maar de betalingstermijn moet op 45 dagen blijven.

Met vriendelijke groeten,""", dict(p=-4, d=45),
  "Agrees to the offered 4% but insists on 45 days, so both are filled in a counter.", kind="counter", offer=CTR)
C("nl", "thunderbird", "counter", """{bf},

Onze prijs kan 2 procent omlaag, meer zit er niet in. Voor de rest akkoord.

Groet,""", dict(p=-2),
  "Bottom-posted below the quote: only the price is restated, the rest is kept without a number.", shape="bottom")
C("nl", "gmail", "accept", """Beste {bf},

Prima, daar kunnen we mee leven. Akkoord wat ons betreft.

Met vriendelijke groet,""", {}, "A plain Dutch acceptance without numbers.")
C("nl-be", "outlook", "accept", """Beste {bf},

Dat is in orde voor ons. U mag de volgende bestelbonnen aan de nieuwe prijs doorsturen.

Vriendelijke groeten,""", {}, "A Belgian acceptance with in orde and bestelbonnen.")
C("nl", "outlook_plain", "accept", """Beste {bf},

Afgesproken: 4% korting, 60 dagen betalen en een contract van twaalf maanden. We passen het in ons systeem aan.

Met vriendelijke groet,""", dict(p=-4, d=60, m=12),
  "An acceptance that restates the counter offer's own numbers.", kind="counter", offer=CTR)
C("nl", "iphone", "accept", """Is goed, akkoord!

{first}""", {}, "Two words of acceptance from a phone.", sig=False)
C("nl", "outlook", "reject", """Beste {bf},

Na intern overleg moeten wij u helaas laten weten dat wij niet op uw voorstel kunnen ingaan. Onze prijzen zijn al zeer scherp berekend.

Met vriendelijke groet,""", {}, "A polite Dutch refusal without any counter.")
C("nl", "iphone", "reject", """Nee, daar beginnen we niet aan.

{first}""", {}, "A curt refusal.", sig=False)
C("nl-be", "webmail", "reject", """Geachte,

Gelieve ons uit uw verzendlijst te schrappen. Wij wensen geen verdere prijsvragen van uw bedrijf te ontvangen.

Met vriendelijke groeten,""", {}, "A Flemish request to be removed from the mailing list.")
C("nl", "outlook", "reject", """Beste {bf},

Een verlaging kunnen we niet bieden. Sterker nog, per 1 september gaan onze prijzen omhoog; de nieuwe prijslijst ontvangt u volgende maand.

Met vriendelijke groet,""", {}, "A decline that announces an increase without a number.", inc=True)
C("nl", "gmail", "other", """Beste {bf},

Twee vragen voordat we reageren: geldt die 6% ook voor de bedrukte uitvoering, of alleen voor de blanco dozen? En rekent u de 60 dagen vanaf factuurdatum of vanaf levering?

Met vriendelijke groet,""", {}, "Clarifying questions that repeat the offered numbers.")
C("nl", "outlook", "other", """Beste {bf},

Wij zien wel ruimte voor een verlaging van 2 à 3%, afhankelijk van de volumes die u ons kunt toezeggen. Hoeveel stuks verwacht u dit jaar af te nemen?

Met vriendelijke groet,""", {}, "A range written with the Dutch à and a question about volume.")
C("nl", "outlook_plain", "other", """Beste {bf},

Even een administratieve mededeling: per 1 mei wijzigt ons rekeningnummer naar NL27 RABO 0312 4587 90. Wilt u dit doorgeven aan uw crediteurenadministratie?
Op uw voorstel komen we later deze week terug.

Met vriendelijke groet,""", {}, "A bank-detail change with the offer left for later.")
C("nl-be", "gmail", "other", """Dag {bf},

In principe gaan wij akkoord, maar de definitieve goedkeuring moet nog komen van onze zaakvoerder. Hij is tot maandag in het buitenland.

Vriendelijke groeten,""", {}, "An acceptance pending the managing director's sign-off.")
C("nl", "iphone", "other", """Hoi {bf}, kun je me even bellen? Praat makkelijker dan mailen. Ben vanmiddag tussen 14:00 en 16:00 bereikbaar op 06 4128 7730.

{first}""", {}, "A call request with times and a mobile number.", sig=False)
A("nl", """Beste afzender,

Bedankt voor uw bericht. Ik ben afwezig tot en met {back} en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met onze binnendienst via verkoop@{domain} of 085 401 2299.

Met vriendelijke groet,
{full}""", "A Dutch out-of-office with a date and a phone number.", "Automatisch antwoord:")
A("nl-be", """Beste klant,

Onze kantoren en magazijnen zijn gesloten wegens collectief verlof van maandag 21 juli tot en met vrijdag 8 augustus. Uw e-mail wordt na onze terugkeer behandeld.

Met vriendelijke groeten,
{sup}""", "A Belgian holiday-closure notice sent without RFC 3834 headers.", "Collectief verlof:", headers=False)
B("nl", "exchange", """Uw bericht kan niet worden bezorgd bij de volgende ontvangers of groepen:

{rcpt}
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres van de ontvanger en probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:
Genererende server: mx01.{domain}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""",
  "A Dutch Exchange non-delivery report.", diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  status="5.1.10", subject="Onbestelbaar: {subject}")

# ---------------------------------------------------------------- Italian
C("it", "outlook", "counter", """Buongiorno {bf},

la ringrazio per la proposta. Purtroppo uno sconto del 6% per noi non è sostenibile, e nemmeno il pagamento a 60 giorni.

Possiamo arrivare al 2% con pagamento a 45 giorni data fattura fine mese.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,""", dict(p=-2, d=45),
  "The offered 6% and 60 days are refused before the counter of 2% at 45 days date invoice end of month.")
C("it", "gmail", "counter", """Ciao {bf},

ne ho parlato con la direzione: possiamo concedervi un punto e mezzo di sconto sul prezzo unitario, ma il pagamento deve restare a trenta giorni.

Un saluto,""", dict(p=-1.5, d=30), "Un punto e mezzo as one and a half percent and trenta giorni in words.")
C("it", "webmail", "counter", """Gentile {bf},

in risposta alla Sua richiesta, Le proponiamo uno sconto del 3% sul listino in vigore, con pagamento a 60 giorni data fattura fine mese.

Distinti saluti,""", dict(p=-3, d=60), "The 60 days date-invoice-end-of-month are restated next to a smaller discount.")
C("it", "outlook_plain", "counter", """Buongiorno {bf},

il prezzo resta invariato, però siamo disposti a riconoscervi un premio di fine anno del 2% al raggiungimento di 200.000 pezzi annui.

Cordiali saluti,""", dict(p=0, r=2, v=200000), "An unchanged price with a premio di fine anno tied to a volume.")
C("it", "outlook", "counter", """Gentile {bf},

purtroppo non possiamo venirvi incontro: a causa dei forti rincari di carta e colle dovremo applicare un aumento del 4% sui prezzi attuali a partire dal 1° giugno.

Cordiali saluti,""", dict(p=4), "An Italian increase with a number, so a counter with price_increase.", inc=True)
C("it", "thunderbird", "counter", """Buongiorno {bf},

il nostro miglior prezzo è di 1,09 EUR al pezzo, IVA esclusa, con pagamento a 60 gg d.f.f.m.

Saluti,""", dict(u=1.09, c="EUR", d=60),
  "A unit price with IVA esclusa and the payment term abbreviated as 60 gg d.f.f.m.", base=(1.15, "EUR"))
C("it", "gmail", "counter", """Buongiorno {bf},

per un contratto di due anni, con un impegno di 120 mila pezzi all'anno, possiamo scendere del 3,5%.

Cordialmente,""", dict(p=-3.5, m=24, v=120000), "Volume with mila and a two-year term in words.")
C("it", "android", "counter", """Buonasera {bf},

lo sconto del 4% ci sta bene, ma la durata del contratto deve essere di diciotto mesi, non dodici.

Saluti""", dict(p=-4, m=18),
  "The offered discount is accepted and the term changed to diciotto mesi, so both are filled.", kind="counter", offer=CTR)
C("it", "thunderbird", "counter", """Buongiorno {bf},

trova le nostre risposte qui sotto.""", dict(p=-2.5, d=45),
  "Inline Italian answers between the quoted offer lines.", shape="inline",
  inline={"Unit price": "Massimo 2,5%, non di più.", "Payment terms": "Possiamo fare 45 giorni."},
  tail="Cordiali saluti,")
C("it", "iphone", "counter", """Ciao {bf}, vi possiamo fare il 3% di sconto con pagamento a 30 giorni. Se pagate entro 10 giorni c'è un ulteriore 1% di sconto cassa.

{first}""", dict(p=-3, d=30), "A cash discount for early payment beside the net 30 days, which are the payment term.", sig=False)
C("it", "owa", "counter", """Buongiorno {bf},

possiamo concedere il 5% solo a fronte di un impegno di almeno 300.000 pezzi all'anno e di un contratto triennale.

Cordiali saluti,""", dict(p=-5, v=300000, m=36), "A contratto triennale as 36 months beside a volume commitment.")
C("it", "webmail", "counter", """Il pagamento a 60 giorni possiamo accettarlo, ma sul prezzo non andiamo oltre l'1%.

Saluti,""", dict(p=-1, d=60), "Bottom-posted: the 60 days are restated as accepted and the price capped at 1%.", shape="bottom")
C("it", "gmail", "counter", """Buongiorno {bf},

ci spiace, ma dobbiamo chiedervi un adeguamento del +2,8% legato al costo dell'energia.

Cordiali saluti,""", dict(p=2.8), "An energy-related adjustment with a plus sign, an increase with a number.", inc=True)
C("it", "outlook", "accept", """Buongiorno {bf},

va bene, accettiamo le condizioni proposte.

Cordiali saluti,""", {}, "A plain Italian acceptance.")
C("it", "iphone", "accept", """Per noi va benissimo, procediamo pure.

{first}""", {}, "A short acceptance from a phone.", sig=False)
C("it", "gmail", "accept", """Gentile {bf},

confermo: sconto del 6% e pagamento a 60 giorni. Restiamo in attesa del vostro ordine.

Cordiali saluti,""", dict(p=-6, d=60), "An acceptance restating the offer's own numbers.")
C("it", "outlook_plain", "accept", """Buongiorno {bf},

d'accordo su tutto. Vi invio il listino aggiornato entro domani.

Saluti,""", {}, "An acceptance with a promise of an updated price list.", kind="counter", offer=CTR)
C("it", "outlook", "reject", """Gentile {bf},

vi ringraziamo per l'interesse, ma alle condizioni proposte non siamo in grado di proseguire.

Cordiali saluti,""", {}, "A polite Italian decline.")
C("it", "iphone", "reject", """No, grazie.

{first}""", {}, "A two-word refusal.", sig=False)
C("it", "webmail", "reject", """Spett.le azienda,

vi preghiamo di cancellare il nostro indirizzo dalla vostra lista di distribuzione. Non siamo interessati.

Distinti saluti,""", {}, "An Italian remove-us request.")
C("it", "gmail", "reject", """Buongiorno {bf},

non possiamo concedere alcuno sconto. Anzi, dal prossimo trimestre i nostri listini saranno rivisti al rialzo.

Cordiali saluti,""", {}, "A decline announcing an increase without a number.", inc=True)
C("it", "outlook", "other", """Buongiorno {bf},

potremmo valutare uno sconto tra il 2 e il 4 per cento, a seconda dei quantitativi che riuscite a garantirci.

Cordiali saluti,""", {}, "A range of discounts tied to unstated volumes.")
C("it", "gmail", "other", """Buongiorno {bf},

vi proponiamo due alternative:
A) sconto del 3% con pagamento a 45 giorni;
B) sconto dell'1,5% con pagamento a 60 giorni.

Fateci sapere quale preferite.

Cordiali saluti,""", {}, "Two alternative packages, so a human has to choose.")
C("it", "outlook_plain", "other", """Gentile {bf},

accettiamo il 4% a condizione che il trasporto sia a vostro carico, resa franco fabbrica.

Cordiali saluti,""", {}, "An acceptance conditional on delivery terms outside the levers.", kind="counter", offer=CTR)
C("it", "outlook", "other", """Paolo, guarda tu questa proposta. Secondo me il 6% è troppo, al massimo possiamo dare il 2. Ne parliamo domani in riunione.

Ciao
{first}""", {}, "An internal note to a colleague sent to the buyer by mistake.", sig=False)
C("it", "thunderbird", "other", """Buongiorno {bf},

confermiamo il vostro 6% per i coperchi in cartone (cod. 4471), che però non rientravano nella vostra richiesta. Per l'articolo in oggetto vi faremo un'offerta separata.

Cordiali saluti,""", {}, "An acceptance for a different item than the one in the thread.")
A("it", """Grazie per il messaggio.

Sarò fuori ufficio fino a {back} compreso, con accesso limitato alla posta elettronica. Per urgenze potete contattare l'ufficio commerciale allo 035 412 7788 oppure scrivere a commerciale@{domain}.

{full}""", "An Italian out-of-office with a return date and a phone number.", "Risposta automatica:")
A("it", """Gentile cliente,

abbiamo ricevuto la sua richiesta, registrata con il numero 88213. Un nostro operatore le risponderà entro 48 ore lavorative.

Questo è un messaggio generato automaticamente, la preghiamo di non rispondere.

Servizio Clienti {sup}""", "A ticket acknowledgement without RFC 3834 headers.", "[Ticket 88213] Conferma ricezione -", headers=False)
B("it", "provider", """Gentile utente,

il messaggio che hai inviato a {rcpt} non è stato consegnato perché la casella del destinatario è piena.

Oggetto: {subject}

Questo messaggio è stato generato automaticamente dal sistema di posta.""",
  "An Italian provider bounce for a full mailbox.", status="5.2.2", diag="smtp; 552 5.2.2 Mailbox full",
  subject="Mancata consegna del messaggio: {subject}")

# ---------------------------------------------------------------- Polish
C("pl", "outlook", "counter", """Dzień dobry,

dziękujemy za przesłaną propozycję. Niestety 6% obniżki i 60 dni płatności to dla nas zdecydowanie za dużo.

Możemy zaproponować obniżkę ceny o 2% przy terminie płatności 45 dni od daty faktury.

Z poważaniem,""", dict(p=-2, d=45), "The buyer's numbers are refused first and 45 dni od daty faktury is the payment term.")
C("pl", "gmail", "counter", """Dzień dobry {bf},

jesteśmy w stanie zejść z ceny o półtora procent. Termin płatności musiałby zostać taki jak obecnie, czyli trzydzieści dni.

Pozdrawiam,""", dict(p=-1.5, d=30), "Półtora procent and trzydzieści dni in words.")
C("pl", "thunderbird", "counter", """Dzień dobry,

nasza najlepsza cena to 2,09 zł netto za sztukę przy płatności 60 dni.

Pozdrawiam serdecznie,""", dict(u=2.09, c="PLN", d=60),
  "A unit price in zł where netto means excluding VAT, not a payment term.", base=(2.20, "PLN"))
C("pl", "outlook_plain", "counter", """Dzień dobry,

przy zobowiązaniu na 100 tysięcy sztuk rocznie i umowie na dwa lata możemy dać 4% rabatu.

Z poważaniem,""", dict(p=-4, v=100000, m=24), "Volume with tysięcy and dwa lata as 24 months; the rabat is a price change.")
C("pl", "webmail", "counter", """Szanowni Panstwo,

cena jednostkowa pozostaje bez zmian, natomiast proponujemy rabat roczny (retrospektywny) w wysokości 2,5% od obrotu, przy odbiorze minimum 80 000 szt. w roku.

Z powazaniem,""", dict(p=0, r=2.5, v=80000),
  "A retrospective annual rebate paid on turnover with a space as thousands separator and an unchanged price.")
C("pl", "outlook", "counter", """Dzień dobry,

w związku ze wzrostem cen surowców zmuszeni jesteśmy wprowadzić podwyżkę cen o 3,5% od 1 lipca. Obniżka nie wchodzi w grę.

Z poważaniem,""", dict(p=3.5), "A Polish podwyżka with a number, a counter with price_increase.", inc=True)
C("pl", "iphone", "counter", """Możemy dać 3% rabatu, płatność 30 dni. Przy zapłacie w ciągu 7 dni dodatkowo 2% skonta.

{first}""", dict(p=-3, d=30), "A skonto for early payment beside 30 days, which is the payment term.", sig=False)
C("pl", "gmail", "counter", """Dzień dobry,

rabat 4% akceptujemy, ale termin płatności może wynosić maksymalnie 45 dni.

Pozdrawiam,""", dict(p=-4, d=45), "The offered 4% restated as accepted with a shorter payment term.", kind="counter", offer=CTR)
C("pl", "thunderbird", "counter", """Dzień dobry,

odpowiedzi poniżej w treści.""", dict(p=-2.5, d=60), "Inline Polish answers capping the price and restating 60 days.", shape="inline",
  inline={"Unit price": "Maksymalnie 2,5%.", "Payment terms": "60 dni - OK, zgoda."}, tail="Pozdrawiam,")
C("pl", "android", "counter", """Dzień dobry,

zaproponujemy 3% przy umowie na półtora roku.

Pozdrawiam""", dict(p=-3, m=18), "Półtora roku as an 18-month contract.")
C("pl", "owa", "counter", """Dzień dobry,

możemy obniżyć cenę o 5% pod warunkiem zamówień na poziomie 250 tys. szt. rocznie.

Z poważaniem,""", dict(p=-5, v=250000), "A volume written with the abbreviation tys for thousand.")
C("pl", "gmail", "counter", """Dzień dobry,

z przykrością informujemy, że od przyszłego miesiąca musimy doliczać do każdej faktury dopłatę energetyczną w wysokości 2%.

Pozdrawiam,""", dict(p=2), "An energy surcharge as a percent, an increase counter.", inc=True)
C("pl", "outlook", "accept", """Dzień dobry,

zgoda, akceptujemy Państwa propozycję.

Z poważaniem,""", {}, "A plain Polish acceptance.")
C("pl", "gmail", "accept", """Dzień dobry {bf},

pasuje nam. Proszę przesłać umowę do podpisu.

Pozdrawiam,""", {}, "A colloquial acceptance asking for the contract.", kind="counter", offer=CTR)
C("pl", "outlook_plain", "accept", """Dzień dobry,

potwierdzam warunki: 4% obniżki, płatność 60 dni, umowa na 12 miesięcy.

Z poważaniem,""", dict(p=-4, d=60, m=12), "An acceptance restating the counter offer's numbers.", kind="counter", offer=CTR)
C("pl", "iphone", "accept", """W porządku, może być.

{first}""", {}, "A terse acceptance from a phone.", sig=False)
C("pl", "outlook", "reject", """Dzień dobry,

dziękujemy za zapytanie, jednak przy obecnych kosztach produkcji nie jesteśmy w stanie obniżyć cen.

Z poważaniem,""", {}, "A polite Polish decline.")
C("pl", "webmail", "reject", """Prosze o usuniecie naszego adresu z Panstwa listy mailingowej.""", {}, "A remove-us request typed without diacritics.")
C("pl", "gmail", "reject", """Nie jesteśmy zainteresowani.

Pozdrawiam,""", {}, "A curt Polish refusal.")
C("pl", "outlook", "other", """Dzień dobry,

zanim odpowiemy, mamy dwa pytania: czy 6% dotyczy także kartonów z nadrukiem? I czy 60 dni liczone jest od daty dostawy, czy od daty wystawienia faktury?

Z poważaniem,""", {}, "Clarifying questions that repeat the offered numbers.")
C("pl", "outlook_plain", "other", """Dzień dobry,

uprzejmie informujemy, że od 1 czerwca zmienia się numer naszego rachunku bankowego. Nowy numer: PL61 1090 1014 0000 0712 1981 2874.
Do propozycji wrócimy w przyszłym tygodniu.

Z poważaniem,""", {}, "A bank-account change with the offer postponed.")
C("pl", "gmail", "other", """Dzień dobry,

wstępnie się zgadzamy, ale ostateczną decyzję musi zatwierdzić zarząd. Posiedzenie mamy w przyszły czwartek.

Pozdrawiam,""", {}, "An acceptance pending the board's approval.")
C("pl", "iphone", "other", """Proszę o telefon w sprawie cen, od lipca będziemy musieli je skorygować w górę. Najlepiej jutro przed południem, tel. 601 234 567.

{first}""", {}, "A call request about an unquantified increase.", inc=True, sig=False)
A("pl", """Dzień dobry,

dziękuję za wiadomość. Do {back} przebywam na urlopie i nie mam dostępu do poczty. W pilnych sprawach proszę o kontakt z biurem obsługi klienta: biuro@{domain}, tel. 61 852 40 10.

{full}""", "A Polish out-of-office with a return date and a phone number.", "Automatyczna odpowiedź:")
B("pl", "provider", """Niestety, nie udało się dostarczyć Twojej wiadomości do następującego odbiorcy:

{rcpt}

Adres odbiorcy nie istnieje. Sprawdź, czy adres został wpisany poprawnie.

Temat wiadomości: {subject}""", "A Polish provider bounce for an unknown recipient.", subject="Wiadomość niedostarczona: {subject}")
B("pl", "provider", """To jest automatyczne powiadomienie.

Twoja wiadomość do {rcpt} nie została jeszcze dostarczona. Serwer odbiorcy jest chwilowo niedostępny; system będzie ponawiał próby przez 4 dni.

Nie musisz ponownie wysyłać wiadomości.""", "A Polish delay warning with Action delayed.",
  action="delayed", status="4.4.1", diag="smtp; 421 4.4.1 Connection timed out",
  subject="Opóźnienie w doręczeniu wiadomości: {subject}")

# ---------------------------------------------------------------- Portuguese (pt-BR, pt-PT)
C("pt-br", "outlook", "counter", """Olá {bf}, tudo bem?

Infelizmente não conseguimos chegar a 6%, e 60 dias também fica inviável para o nosso fluxo de caixa.

O que podemos oferecer é 2,5% de desconto com pagamento em 45 dias da data da fatura.

Fico no aguardo.

Atenciosamente,""", dict(p=-2.5, d=45), "The offered numbers are refused first, then 2,5% at 45 dias da data da fatura.")
C("pt-br", "gmail", "counter", """Oi {bf},

conseguimos dar dois e meio por cento de desconto, mantendo o prazo de 28 dias para pagamento.

Abraço,""", dict(p=-2.5, d=28), "Dois e meio por cento in words and the Brazilian 28-day term.")
C("pt-br", "iphone", "counter", """{bf}, nosso melhor preço é R$ 3,29 por unidade, pagamento em 60 dias. Mais que isso não dá.

{first}""", dict(u=3.29, c="BRL", d=60), "A unit price in R$ with a decimal comma.", base=(3.45, "BRL"), sig=False)
C("pt-br", "gmail", "counter", """Boa tarde {bf},

se vocês se comprometerem com 80 mil unidades por ano num contrato de 24 meses, damos 4% de desconto.

Atenciosamente,""", dict(p=-4, v=80000, m=24), "A volume with mil and a 24-month contract.")
C("pt-br", "outlook", "counter", """Prezada {bf},

o preço unitário fica mantido, mas oferecemos um bônus anual de 2% sobre o faturamento, desde que o volume passe de 150 mil peças no ano.

Atenciosamente,""", dict(p=0, r=2, v=150000), "A bônus anual as a rebate with a volume threshold and a price held.")
C("pt-br", "outlook_plain", "counter", """Bom dia,

em função do aumento do custo do papelão, precisamos aplicar um reajuste de 5% na nossa tabela a partir de julho.

Atenciosamente,""", dict(p=5), "A Brazilian reajuste with a number, a counter with price_increase.", inc=True)
C("pt-pt", "outlook", "counter", """Bom dia,

Agradecemos a proposta, mas não nos é possível aceitar os 6% nem os 60 dias.

Propomos 3% de desconto com pagamento a 30 dias da data da fatura.

Com os melhores cumprimentos,""", dict(p=-3, d=30), "European Portuguese refusal of the offer followed by 3% at 30 dias da data da fatura.")
C("pt-pt", "gmail", "counter", """Cara {bf},

Aceitamos os 4%, mas o prazo de pagamento terá de ser de 45 dias.

Cumprimentos,""", dict(p=-4, d=45), "The offered discount accepted with a changed payment term, both filled.", kind="counter", offer=CTR)
C("pt-pt", "thunderbird", "counter", """Bom dia,

Para um contrato de ano e meio conseguimos fazer 3,5% de desconto.

Cumprimentos,""", dict(p=-3.5, m=18), "Ano e meio as an 18-month contract.")
C("pt-pt", "webmail", "counter", """Exmos. Senhores,

Podemos oferecer 2% de desconto com pagamento a 60 dias. Para pronto pagamento, até 8 dias, concedemos um desconto financeiro adicional de 1,5%.

Com os melhores cumprimentos,""", dict(p=-2, d=60), "A desconto financeiro for prompt payment next to the 60 days, which stay the term.")
C("pt-br", "thunderbird", "counter", """Oi {bf},

respondi no corpo do e-mail.""", dict(p=-3, d=60), "Inline Brazilian answers that cap the price and restate the 60 days.",
  shape="inline", inline={"Unit price": "Aqui no máximo 3%.", "Payment terms": "60 dias ok."}, tail="Abs,")
C("pt-pt", "android", "counter", """Boa tarde,

Lamentamos, mas a partir do próximo mês teremos de acrescentar uma sobretaxa energética de 3% às nossas faturas.

Cumprimentos""", dict(p=3), "An energy surcharge as a percent, a counter with price_increase.", inc=True)
C("pt-br", "gmail", "accept", """Oi {bf},

fechado! Pode seguir com o pedido nessas condições.

Abraço,""", {}, "A Brazilian colloquial acceptance.")
C("pt-pt", "outlook", "accept", """Bom dia,

Estamos de acordo com a proposta. Aguardamos a vossa nota de encomenda.

Com os melhores cumprimentos,""", {}, "A European Portuguese acceptance.", kind="counter", offer=CTR)
C("pt-br", "outlook_plain", "accept", """Prezado {bf},

confirmamos: 6% de desconto e pagamento em 60 dias.

Atenciosamente,""", dict(p=-6, d=60), "An acceptance restating the offer's own numbers.")
C("pt-pt", "iphone", "accept", """Combinado, aceitamos.

{first}""", {}, "A short acceptance from a phone.", sig=False)
C("pt-br", "outlook", "reject", """Olá {bf},

agradecemos o contato, mas neste momento não temos como reduzir nossos preços.

Atenciosamente,""", {}, "A polite Brazilian decline.")
C("pt-pt", "webmail", "reject", """Exmos. Senhores,

Agradecemos que retirem o nosso contacto da vossa lista de distribuição.

Cumprimentos,""", {}, "A European Portuguese remove-us request.")
C("pt-br", "gmail", "reject", """Bom dia,

vamos manter a nossa tabela atual. Não há margem para desconto.

Att.,""", {}, "A supplier keeping its current prices without a counter.")
C("pt-br", "outlook", "other", """Olá {bf},

podemos pensar em algo entre 2% e 3%, dependendo do volume que vocês conseguirem garantir.

Atenciosamente,""", {}, "A range tied to an unstated volume.")
C("pt-pt", "outlook_plain", "other", """Bom dia,

Informamos que o nosso IBAN foi alterado para PT50 0035 0127 0003 5481 9302 6. Agradecemos que atualizem os vossos registos.
Quanto à proposta, responderemos em breve.

Cumprimentos,""", {}, "A bank-detail change with the offer left open.")
C("pt-br", "gmail", "other", """Oi {bf},

temos duas opções para vocês: 3% com 30 dias ou 1,5% com 60 dias. Qual faz mais sentido?

Abraço,""", {}, "Two alternative packages for the buyer to choose from.")
C("pt-br", "outlook", "other", """Prezada {bf},

aceitamos os 4% desde que o frete passe a ser FOB, por conta de vocês.

Atenciosamente,""", {}, "An acceptance conditional on freight terms outside the levers.", kind="counter", offer=CTR)
A("pt-br", """Olá,

estou de férias até {back}, com acesso restrito aos e-mails. Em caso de urgência, favor contatar comercial@{domain} ou ligar para (19) 3254-7710.

{full}""", "A Brazilian out-of-office with a return date and a phone number.", "Resposta automática:")
B("pt-br", "provider", """Não foi possível entregar sua mensagem para {rcpt}.

O domínio de destino não foi encontrado. Verifique se o endereço foi digitado corretamente.

Assunto: {subject}""", "A Brazilian provider bounce for an unknown host.", status="5.1.2", diag="smtp; 550 5.1.2 Host unknown",
  subject="Mensagem não entregue: {subject}")
B("pt-pt", "exchange", """Não foi possível entregar a mensagem aos seguintes destinatários ou grupos:

{rcpt}
A caixa de correio do destinatário está cheia e não pode aceitar mensagens de momento. Tente reenviar a mensagem mais tarde ou contacte o destinatário diretamente.

Informações de diagnóstico para administradores:
Servidor gerador: mx01.{domain}""", "A European Portuguese Exchange report for a full mailbox.", status="5.2.2",
  diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", subject="Não é possível entregar: {subject}")

# ---------------------------------------------------------------- Swedish
C("sv", "outlook", "counter", """Hej {bf},

Tack för ert förslag. Sex procent och 60 dagar går tyvärr inte ihop för oss.

Vi kan däremot erbjuda 2 % rabatt och 45 dagar netto.

Med vänliga hälsningar""", dict(p=-2, d=45), "Sex procent is refused in words before the counter of 2 % at 45 dagar netto.")
C("sv", "gmail", "counter", """Hej {bf}!

Vi kan gå ner en och en halv procent på styckpriset, förutsatt att betalningsvillkoren ligger kvar på 30 dagar netto.

Vänliga hälsningar""", dict(p=-1.5, d=30), "En och en halv procent in words with 30 dagar netto.")
C("sv", "thunderbird", "counter", """Hej,

Vårt bästa pris blir 9,10 kr/st vid 60 dagars betalning.

Mvh""", dict(u=9.10, c="SEK", d=60), "A unit price in kr with a decimal comma.", base=(9.50, "SEK"))
C("sv", "outlook_plain", "counter", """Hej {bf},

Om ni binder er för 50 tusen st per år under två år kan vi ge 4 %.

Med vänlig hälsning""", dict(p=-4, v=50000, m=24), "A volume with tusen and två år as 24 months.")
C("sv", "outlook", "counter", """Hej {bf},

Priset ligger fast, men vi erbjuder en årsbonus på 2 % vid en volym på minst 120 000 st.

Med vänliga hälsningar""", dict(p=0, r=2, v=120000), "An årsbonus with a volume threshold and a price held.")
C("sv", "gmail", "counter", """Hej {bf},

På grund av höjda råvarukostnader behöver vi tyvärr göra en prishöjning på 4 % från och med 1 september.

Vänliga hälsningar""", dict(p=4), "A Swedish prishöjning with a number, a counter with price_increase.", inc=True)
C("sv", "webmail", "counter", """Hej,

Vi kan ge 3 % rabatt med 30 dagar netto, alternativt 2 % kassarabatt vid betalning inom 10 dagar.

Hälsningar""", dict(p=-3, d=30), "A kassarabatt for early payment beside 30 dagar netto, which is the payment term.")
C("sv", "iphone", "counter", """4 % är okej, men avtalstiden vill vi ha på 24 månader.

{first}""", dict(p=-4, m=24), "The offered discount restated with a longer contract.", kind="counter", offer=CTR, sig=False)
C("sv", "outlook", "accept", """Hej {bf},

Det låter bra, vi accepterar.

Med vänliga hälsningar""", {}, "A plain Swedish acceptance.")
C("sv", "iphone", "accept", """Kör på det!

/{first}""", {}, "A colloquial acceptance from a phone.", sig=False)
C("sv", "gmail", "accept", """Hej {bf},

Då är vi överens: 4 % sänkning, 60 dagar och tolv månaders avtal.

Vänliga hälsningar""", dict(p=-4, d=60, m=12), "An acceptance restating the counter offer's numbers.", kind="counter", offer=CTR)
C("sv", "outlook", "reject", """Hej {bf},

Tack för förfrågan, men vi har tyvärr inte möjlighet att sänka våra priser i nuläget.

Med vänliga hälsningar""", {}, "A polite Swedish decline.")
C("sv", "webmail", "reject", """Ta bort oss från era utskick, tack.""", {}, "A curt Swedish remove-us request.")
C("sv", "gmail", "other", """Hej {bf},

Gäller de 6 % även de tryckta kartongerna? Och räknas 60 dagar från leverans eller från fakturadatum?

Vänliga hälsningar""", {}, "Clarifying questions repeating the offered numbers.")
C("sv", "iphone", "other", """Hej! Kan vi ta ett samtal om det här? Ring mig gärna efter lunch på 070-312 45 67.

{first}""", {}, "A call request with a mobile number.", sig=False)
C("sv", "outlook", "other", """Lars - kolla på det här. Jag tycker vi kan gå med på 3 % men inte mer. Vi tar det på måndagsmötet.

/{first}""", {}, "An internal note to a colleague sent to the buyer by mistake.", sig=False)
A("sv", """Hej!

Jag har semester till och med {back} och läser inte min e-post under tiden. Vid brådskande ärenden, kontakta vår kundtjänst på order@{domain} eller 010-205 40 00.

Med vänliga hälsningar
{full}""", "A Swedish holiday out-of-office.", "Frånvaro:")
A("sv", """Denna e-postadress bevakas inte längre.

Skicka gärna ditt ärende till info@{domain} så hjälper vi dig.

{sup}""", "A mailbox-no-longer-monitored notice.", "Autosvar:")
B("sv", "gateway_plain", """Ditt meddelande till {rcpt} har stoppats av vårt säkerhetsfilter och kommer inte att levereras.

Orsak: avsändarens domän saknar giltig SPF-post enligt vår policy.

Kontakta mottagaren på annat sätt om du anser att detta är fel.

Rubrikerna i det stoppade meddelandet:""", "A Swedish security-gateway block with no delivery-status part.",
  subject="Meddelandet har stoppats: {subject}")

# ---------------------------------------------------------------- English by Dutch, Italian, Polish, Portuguese and Swedish speakers
C("en-nl", "outlook", "counter", """Dear {bf},

Thanks for your proposal. 6% is not possible for us, sorry, and also 60 days is too long. We can go till 2,5% if you accept a payment term of 45 days.

I hope this is clear for you.

With kind regards,""", dict(p=-2.5, d=45), "Dutch English with go till and a decimal comma, the offered numbers refused first.")
C("en-nl", "gmail", "counter", """Hello {bf},

Concerning the price we can make you an offer of one and a half percent discount. The payment term we keep on 30 days.

Kind regards,""", dict(p=-1.5, d=30), "Dutch word order with keep on and one and a half percent in words.")
C("en-nl", "outlook_plain", "counter", """Dear {bf},

For a commitment of 100k pieces per year we can give 4% on a contract of 2 years.

Best regards,""", dict(p=-4, v=100000, m=24), "A volume in k with a two-year contract.")
C("en-it", "gmail", "counter", """Dear {bf},

we are sorry but we cannot accept the 6%. Our maximum is 3% with payment 60 days end of month.

Best regards,""", dict(p=-3, d=60), "Italian English restating 60 days end of month next to a lower discount.")
C("en-it", "outlook", "counter", """Good morning {bf},

the price will remain the same, but we can offer you a year-end premium of 2% if you reach 200.000 pieces.

Best regards,""", dict(p=0, r=2, v=200000), "A year-end premium calqued from premio di fine anno, with a dot as thousands separator.")
C("en-it", "android", "counter", """Dear {bf},

unfortunately we must apply an increase of 3,5% on our price list from June, because of the raw materials.

Regards""", dict(p=3.5), "An increase with a number in Italian English.", inc=True)
C("en-pl", "outlook", "counter", """Good morning,

we can propose 2% discount with payment term 45 days from invoice date.

Best regards,""", dict(p=-2, d=45), "Polish English without articles and days from invoice date.")
C("en-pl", "gmail", "counter", """Hello,

our best price is 4,55 PLN net per piece.

Best regards,""", dict(u=4.55, c="PLN"), "A unit price in PLN where net means excluding VAT.", base=(4.80, "PLN"))
C("en-pl", "thunderbird", "counter", """Hello,

for contract for one and half year we can give 3%.

Regards,""", dict(p=-3, m=18), "One and half year as 18 months in Polish English.")
C("en-br", "gmail", "counter", """Hi {bf}, how are you?

We can do 4% if you guarantee 60 thousand units per year.

Best,""", dict(p=-4, v=60000), "A volume with thousand written out.")
C("en-br", "outlook", "counter", """Hi {bf},

we accept the 4% but the payment term must be 28 days.

Best regards,""", dict(p=-4, d=28), "The offered 4% restated with a Brazilian 28-day term.", kind="counter", offer=CTR)
C("en-pt", "outlook_plain", "counter", """Dear {bf},

We cannot go so far. Our proposal is 2% of discount and 45 days after the invoice date.

Best regards,""", dict(p=-2, d=45), "Portuguese English with 2% of discount.")
C("en-sv", "webmail", "counter", """Hi,

We can give you 2,5 % if we agree on 30 days net, alternatively 2 % cash discount at payment within 10 days.

Best regards""", dict(p=-2.5, d=30), "A cash discount for early payment, and 30 days net is the payment term.")
C("en-sv", "gmail", "counter", """Hi {bf},

We must unfortunately raise our prices with 4 % from 1 September due to higher costs.

Best regards""", dict(p=4), "Swedish English raise with 4 %, an increase with a number.", inc=True)
C("en-nl", "outlook", "accept", """Dear {bf},

Agreed, we can live with this. We will adjust the prices in our system.

With kind regards,""", {}, "A Dutch-English acceptance.")
C("en-it", "gmail", "accept", """Dear {bf},

for us it is ok, we accept your proposal.

Best regards,""", {}, "An Italian-English acceptance.", kind="counter", offer=CTR)
C("en-pl", "outlook_plain", "accept", """Good morning,

we confirm the conditions: 6% discount and 60 days payment term.

Best regards,""", dict(p=-6, d=60), "An acceptance restating the offer's numbers.")
C("en-br", "iphone", "accept", """Deal! You can go ahead with the purchase order.

{first}""", {}, "A Brazilian-English acceptance from a phone.", sig=False)
C("en-sv", "outlook", "accept", """Hi {bf},

That sounds good, we accept.

Best regards""", {}, "A Swedish-English acceptance.")
C("en-nl", "outlook", "reject", """Dear {bf},

Unfortunately we cannot go along with this proposal. Our prices are already sharp calculated.

With kind regards,""", {}, "Dutch English go along with and sharp calculated, a polite decline.")
C("en-it", "webmail", "reject", """Dear Sirs,

please remove our address from your mailing list, we are not interested.

Regards,""", {}, "An Italian-English remove-us request.")
C("en-br", "gmail", "reject", """Hi {bf},

we will keep our current prices, there is no margin for discount at the moment.

Best,""", {}, "A supplier keeping its current prices without a counter.")
C("en-pl", "outlook", "other", """Good morning,

is the 6% also valid for printed version? And the 60 days are counted from delivery or from invoice?

Best regards,""", {}, "Clarifying questions in Polish English repeating the offered numbers.")
C("en-sv", "iphone", "other", """Hi, could we take a phone call about this? You can reach me at +46 70 312 45 67.

{first}""", {}, "A call request with a phone number.", sig=False)
C("en-br", "outlook", "other", """Hi {bf},

please note that our bank details have changed. New account: Banco Horizonte, agency 1234, account 56789-0.
About the proposal we will answer next week.

Best regards,""", {}, "A bank-detail change with the offer left for later.")
C("en-it", "outlook", "other", """Dear {bf},

in principle we agree, but I need the approval of our general director, he is back on Monday.

Best regards,""", {}, "An acceptance pending the general director's approval.")
C("en-nl", "gmail", "other", """Hello {bf},

We can offer between 2 and 3 percent, depending on the volumes.

Kind regards,""", {}, "A range in Dutch English.")
A("en-sv", """Tack för ditt mejl. Jag är på semester till och med {back} och har inte tillgång till e-post.

Thank you for your e-mail. I am on vacation until {back_en} and have no access to e-mail. For urgent matters please contact order@{domain}.

{full}""", "A bilingual Swedish and English out-of-office.", "Autosvar:")
A("en-pl", """Hello,

I am out of office until {back_en} with limited access to e-mails. In urgent matters please contact with our sales office: sales@{domain}.

Best regards,
{full}""", "A Polish-English out-of-office with contact with.", "Automatic reply:")
B("en-nl", "postfix", """This is the mail system at host mail.brightwater-retail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host smtp-in.{domain}[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)""", "A Postfix bounce from the buyer's own mail system.")
B("en-it", "exim", """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.brightwater-retail.example.

The message identifier is:     1uQ7xr-0004Kd-2T
The subject of the message is: {subject}

The address to which the message has not yet been delivered is:

  {rcpt}
    host smtp-in.{domain} [192.0.2.77]
    Delay reason: SMTP error from remote mail server after RCPT TO:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.""", "An Exim delay warning with Action delayed.",
  action="delayed", status="4.7.1", diag="smtp; 451 4.7.1 Greylisted, please try again later",
  subject="Warning: message 1uQ7xr-0004Kd-2T delayed 24 hours")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

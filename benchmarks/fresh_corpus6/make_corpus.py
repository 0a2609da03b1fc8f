#!/usr/bin/env python3
"""Fresh supplier-reply corpus 6: the languages other than English.

Every supplier text below was written by hand for this corpus. Run with no argument to
(re)write probe/, sealed/ and parts.json; --check, --stats and --list as README.md says.
Python 3.11 standard library only; deterministic (randomness from random.Random(name)).
"""
import argparse
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import json
import quopri
import random
import re
import sys
import unicodedata
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUYER_NAME = "Marit Olsen"
BUYER_CO = "Harbourline Home Goods Ltd"
BUYER_ADDR = "sourcing@harbourline.example"

# ---------------------------------------------------------------- languages, locales

def base_lang(lang):
    return lang.split("-")[0]


EN_REGION = {"de": "de", "at": "de", "ch": "de", "nl": "nl", "be": "nl", "se": "sv",
             "pl": "pl", "it": "it", "es": "es", "mx": "es", "br": "pt", "pt": "pt", "fr": "fr"}
EN_COMPANY = {"de": "de", "at": "de-at", "ch": "de-ch", "nl": "nl", "be": "nl-be", "se": "sv",
              "pl": "pl", "it": "it", "es": "es", "mx": "es-mx", "br": "pt-br", "pt": "pt-pt",
              "fr": "fr"}


def client_loc(lang):
    """Locale of the mail client's own strings."""
    b, _, r = lang.partition("-")
    return EN_REGION[r] if b == "en" else b


def quote_lang(lang):
    """Language of the bot's quoted offer: its template language, else English."""
    b = base_lang(lang)
    return b if b in ("de", "fr", "es") else "en"


def group_of(lang):
    return "en-nn" if base_lang(lang) == "en" else base_lang(lang)


def company_key(lang):
    b, _, r = lang.partition("-")
    if b == "en":
        return EN_COMPANY[r]
    if lang in COMPANIES:
        return lang
    return b


WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
WS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
}
MO = {
    "en": "January February March April May June".split(),
    "de": "Januar Februar März April Mai Juni".split(),
    "fr": "janvier février mars avril mai juin".split(),
    "es": "enero febrero marzo abril mayo junio".split(),
    "nl": "januari februari maart april mei juni".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca".split(),
    "pt": "janeiro fevereiro março abril maio junho".split(),
    "sv": "januari februari mars april maj juni".split(),
}
MS = {
    "en": "Jan Feb Mar Apr May Jun".split(),
    "de": "Jan. Feb. März Apr. Mai Juni".split(),
    "fr": "janv. févr. mars avr. mai juin".split(),
    "es": "ene feb mar abr may jun".split(),
    "nl": "jan feb mrt apr mei jun".split(),
    "it": "gen feb mar apr mag giu".split(),
    "pl": "sty lut mar kwi maj cze".split(),
    "pt": "jan. fev. mar. abr. mai. jun.".split(),
    "sv": "jan. feb. mars apr. maj juni".split(),
}
OUTLOOK_HDR = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
    "nl": ("Van: ", "Verzonden: ", "Aan: ", "Onderwerp: "),
    "it": ("Da: ", "Inviato: ", "A: ", "Oggetto: "),
    "pl": ("Od: ", "Wysłano: ", "Do: ", "Temat: "),
    "pt": ("De: ", "Enviada: ", "Para: ", "Assunto: "),
    "sv": ("Från: ", "Skickat: ", "Till: ", "Ämne: "),
}
ORIG_MSG = {
    "en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----", "it": "-----Messaggio originale-----",
    "pl": "-----Oryginalna wiadomość-----", "pt": "-----Mensagem original-----",
    "sv": "-----Ursprungligt meddelande-----",
}
ANDROID_HDR = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Originalnachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
    "pl": ("-------- Oryginalna wiadomość --------", "Od", "Data", "Do", "Temat"),
    "pt": ("-------- Mensagem original --------", "De", "Data", "Para", "Assunto"),
    "sv": ("-------- Originalmeddelande --------", "Från", "Datum", "Till", "Ämne"),
}
IPHONE = {
    "en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone", "nl": "Verstuurd vanaf mijn iPhone", "it": "Inviato da iPhone",
    "pl": "Wysłane z iPhone'a", "pt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone",
}
ANDROID = {
    "en": "Sent from my Galaxy", "de": "Von meinem Samsung Galaxy Smartphone gesendet.",
    "fr": "Envoyé depuis mon smartphone Samsung Galaxy.", "es": "Enviado desde mi smartphone Samsung Galaxy.",
    "nl": "Verzonden vanaf mijn Samsung Galaxy-smartphone.", "it": "Inviato dal mio smartphone Samsung Galaxy.",
    "pl": "Wysłane z mojego smartfona Samsung Galaxy.", "pt": "Enviado do meu smartphone Samsung Galaxy.",
    "sv": "Skickat från min Samsung Galaxy-smartphone.",
}
RE_OUTLOOK = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: ",
              "pl": "RE: ", "pt": "RE: ", "sv": "SV: "}
AUTO_SUBJ = {"en": "Automatic reply: ", "de": "Automatische Antwort: ", "fr": "Réponse automatique : ",
             "es": "Respuesta automática: ", "nl": "Automatisch antwoord: ", "it": "Risposta automatica: ",
             "pl": "Odpowiedź automatyczna: ", "pt": "Resposta automática: ", "sv": "Automatiskt svar: "}
TZ = {"de": 60, "de-at": 60, "de-ch": 60, "fr": 60, "fr-be": 60, "fr-ch": 60, "fr-ca": -300,
      "es": 60, "es-mx": -360, "es-ar": -180, "es-co": -300, "nl": 60, "nl-be": 60, "it": 60,
      "pl": 60, "pt-pt": 0, "pt-br": -180, "sv": 60}


def tz_for(lang):
    b, _, r = lang.partition("-")
    if b == "en":
        return TZ.get(EN_COMPANY[r], 60)
    return TZ.get(lang, TZ.get(b, 60))


def d_outlook(loc, d):
    w, m = WD[loc][d.weekday()], MO[loc][d.month - 1]
    hm = d.strftime("%H:%M")
    return {
        "en": f"{w}, {m} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}",
        "de": f"{w}, {d.day}. {m} {d.year} {hm}",
        "fr": f"{w} {d.day} {m} {d.year} {hm}",
        "es": f"{w}, {d.day} de {m} de {d.year} {hm}",
        "nl": f"{w} {d.day} {m} {d.year} {hm}",
        "it": f"{w} {d.day} {m} {d.year} {hm}",
        "pl": f"{w}, {d.day} {m} {d.year} {hm}",
        "pt": f"{w}, {d.day} de {m} de {d.year} {hm}",
        "sv": f"den {d.day} {m} {d.year} {hm}",
    }[loc]


def a_gmail(loc, d, who):
    w, m, hm = WS[loc][d.weekday()], MS[loc][d.month - 1], d.strftime("%H:%M")
    return {
        "en": f"On {w}, {d.day} {m} {d.year} at {hm}, {who} wrote:",
        "de": f"Am {w}, {d.day}. {m} {d.year} um {hm} Uhr schrieb {who}:",
        "fr": f"Le {w} {d.day} {m} {d.year} à {hm}, {who} a écrit :",
        "es": f"El {w}, {d.day} {m} {d.year} a las {hm}, {who} escribió:",
        "nl": f"Op {w} {d.day} {m} {d.year} om {hm} schreef {who}:",
        "it": f"Il giorno {w} {d.day} {m} {d.year} alle ore {hm} {who} ha scritto:",
        "pl": f"{w}, {d.day} {m} {d.year} o {hm} {who} napisał(a):",
        "pt": f"Em {w}, {d.day} de {m} de {d.year} às {hm}, {who} escreveu:",
        "sv": f"Den {w} {d.day} {m} {d.year} kl {hm} skrev {who}:",
    }[loc]


def a_apple(loc, d, who):
    m, hm = MS[loc][d.month - 1], d.strftime("%H:%M")
    return {
        "en": f"On {d.day} {m} {d.year}, at {hm}, {who} wrote:",
        "de": f"Am {d.strftime('%d.%m.%Y')} um {hm} schrieb {who}:",
        "fr": f"Le {d.day} {MO['fr'][d.month - 1]} {d.year} à {hm}, {who} a écrit :",
        "es": f"El {d.day} {m} {d.year}, a las {hm}, {who} escribió:",
        "nl": f"Op {d.day} {m} {d.year} om {hm} heeft {who} het volgende geschreven:",
        "it": f"Il giorno {d.day} {m} {d.year}, alle ore {hm}, {who} ha scritto:",
        "pl": f"Wiadomość napisana przez {who} w dniu {d.day}.{d.month:02d}.{d.year}, o godz. {hm}:",
        "pt": f"Em {d.day} de {m} de {d.year}, à(s) {hm}, {who} escreveu:",
        "sv": f"{d.day} {MO['sv'][d.month - 1]} {d.year} kl. {hm} skrev {who}:",
    }[loc]


def a_tbird(loc, d, who):
    hm = d.strftime("%H:%M")
    return {
        "en": f"On {d.strftime('%d/%m/%Y')} {hm}, {who} wrote:",
        "de": f"Am {d.strftime('%d.%m.%y')} um {hm} schrieb {who}:",
        "fr": f"Le {d.strftime('%d/%m/%Y')} à {hm}, {who} a écrit :",
        "es": f"El {d.day}/{d.month}/{d.strftime('%y')} a las {hm}, {who} escribió:",
        "nl": f"Op {d.strftime('%d-%m-%Y')} om {hm} schreef {who}:",
        "it": f"Il {d.strftime('%d/%m/%Y')} {hm}, {who} ha scritto:",
        "pl": f"W dniu {d.day}.{d.month:02d}.{d.year} o {hm}, {who} pisze:",
        "pt": f"Em {d.strftime('%d/%m/%Y')} {hm}, {who} escreveu:",
        "sv": f"Den {d.strftime('%Y-%m-%d')} kl. {hm}, skrev {who}:",
    }[loc]

# ---------------------------------------------------------------- people and companies

FIRST = {
    "de": ["Jürgen", "Sabine", "Matthias", "Katrin", "Stefan", "Ulrike", "Tobias", "Heike"],
    "fr": ["Sébastien", "Hélène", "Julien", "Nathalie", "Olivier", "Céline", "Thierry", "Aurélie"],
    "es": ["Javier", "Lucía", "Andrés", "María José", "Rodrigo", "Paola", "Álvaro", "Marcela"],
    "nl": ["Joost", "Marieke", "Bram", "Sanne", "Pieter", "Els", "Ruben", "Liesbeth"],
    "it": ["Marco", "Chiara", "Davide", "Francesca", "Luca", "Giulia", "Stefano", "Elena"],
    "pl": ["Tomasz", "Agnieszka", "Paweł", "Katarzyna", "Michał", "Małgorzata", "Łukasz", "Joanna"],
    "pt": ["João", "Ana Rita", "Rui", "Mariana", "Thiago", "Fernanda", "Gonçalo", "Luíza"],
    "sv": ["Anders", "Karin", "Mikael", "Ulrika", "Johan", "Åsa", "Fredrik", "Elin"],
}
LAST = {
    "de": ["Kessler", "Brandstätter", "Wüthrich", "Hofmann", "Lindner", "Gruber", "Schäfer", "Vogt"],
    "fr": ["Morel", "Lefèvre", "Dubois", "Gauthier", "Vandamme", "Tremblay", "Perrin", "Rochat"],
    "es": ["Ortega", "Villalba", "Herrera", "Quiroga", "Salcedo", "Montoya", "Iriarte", "Peñalver"],
    "nl": ["de Vries", "Janssens", "van Dijk", "Peeters", "Bakker", "Wouters", "Visser", "Maes"],
    "it": ["Colombo", "Ferraro", "Galli", "Rinaldi", "Moretti", "Barbieri", "Fontana", "De Luca"],
    "pl": ["Nowak", "Wiśniewska", "Kowalczyk", "Zając", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowska"],
    "pt": ["Ferreira", "Carvalho", "Nogueira", "Azevedo", "Tavares", "Monteiro", "Barros", "Sampaio"],
    "sv": ["Lindqvist", "Bergström", "Åkesson", "Holm", "Sjöberg", "Nyström", "Ekdahl", "Forsberg"],
}
ROLES = {
    "de": ["Vertriebsinnendienst", "Key Account Management", "Leitung Vertrieb", "Kundenbetreuung"],
    "fr": ["Responsable commerciale", "Chargé de clientèle", "Direction commerciale", "Service ADV"],
    "es": ["Departamento Comercial", "Ejecutivo de Cuentas", "Jefa de Ventas", "Atención al Cliente"],
    "nl": ["Accountmanager", "Binnendienst Verkoop", "Commercieel directeur", "Klantenservice"],
    "it": ["Ufficio Commerciale", "Responsabile Vendite", "Area Manager", "Customer Service"],
    "pl": ["Dział Sprzedaży", "Kierownik ds. Kluczowych Klientów", "Opiekun Klienta", "Dyrektor Handlowy"],
    "pt": ["Departamento Comercial", "Gestor de Conta", "Diretora Comercial", "Apoio ao Cliente"],
    "sv": ["Säljansvarig", "Innesälj", "Försäljningschef", "Kundtjänst"],
    "en": ["Sales Manager", "Key Account Manager", "Head of Sales", "Customer Service"],
}
# company, domain, address line, phone, legal line or ""
COMPANIES = {
    "de": [("Kessler Wellpappe GmbH", "kessler-wellpappe.example", "Industriestraße 14, 32584 Löhne", "Tel. +49 5732 90417-23",
            "Sitz Löhne · Amtsgericht Bad Oeynhausen HRB 40731 · Geschäftsführer: Rainer Kessler"),
           ("Verpackungswerk Lindner KG", "lindner-verpackung.example", "Am Hafen 3, 47119 Duisburg", "Tel. 0203 4418-60", ""),
           ("Etikettendruck Vogt GmbH & Co. KG", "vogt-etiketten.example", "Gewerbepark Süd 9, 72770 Reutlingen", "Fon +49 7121 38850-0",
            "Registergericht Stuttgart HRA 728114 · USt-IdNr. DE 284 517 930")],
    "de-at": [("Gruber Kartonagen GmbH", "gruber-kartonagen.example", "Gewerbestraße 22, 4600 Wels", "Tel. +43 7242 61 850",
               "FN 218743 k · Landesgericht Wels · UID ATU 61834072"),
              ("Alpen Folien Handels GmbH", "alpenfolien.example", "Triester Straße 140, 1230 Wien", "T +43 1 616 22 48", "")],
    "de-ch": [("Wüthrich Verpackungen AG", "wuethrich-verpackungen.example", "Hardstrasse 31, 8424 Embrach", "Tel. +41 44 865 12 40",
               "UID CHE-108.447.265 MWST"),
              ("Etiketten Brunner AG", "brunner-etiketten.example", "Bahnhofstrasse 7, 6210 Sursee", "T +41 41 920 33 18", "")],
    "fr": [("Cartonnages Morel SAS", "cartonnages-morel.example", "ZI des Iles, 69720 Saint-Bonnet-de-Mure", "Tél. 04 78 40 12 87",
            "SAS au capital de 180 000 € – RCS Lyon 512 348 907"),
           ("Étiquettes Perrin SARL", "perrin-etiquettes.example", "12 rue de la Fonderie, 44300 Nantes", "Tél. : 02 40 52 18 66", "")],
    "fr-be": [("Emballages Vandamme SA", "vandamme-emballages.example", "Rue de l'Industrie 41, 7700 Mouscron", "Tél. +32 56 33 71 20",
               "TVA BE 0427.318.552")],
    "fr-ca": [("Emballages Tremblay inc.", "emballages-tremblay.example", "2150, boul. Industriel, Laval (Québec) H7S 1P5", "Tél. : 450 681-2290", "")],
    "fr-ch": [("Rochat Emballages SA", "rochat-emballages.example", "Chemin du Closel 5, 1020 Renens", "Tél. +41 21 634 80 12", "")],
    "es": [("Cartonajes Villalba S.L.", "cartonajes-villalba.example", "Polígono Industrial Las Salinas, nave 12, 28802 Alcalá de Henares", "Tel. 918 82 41 07",
            "Inscrita en el Registro Mercantil de Madrid, tomo 21.874, folio 112, hoja M-389214 · CIF B-84317620"),
           ("Etiquetas Iriarte S.A.", "etiquetas-iriarte.example", "Camino de Portuetxe 18, 20018 Donostia", "Tel. +34 943 31 62 90", "")],
    "es-mx": [("Empaques Salcedo S.A. de C.V.", "empaques-salcedo.example", "Av. Industria 2450, Parque Industrial, Monterrey, N.L. 64540", "Tel. (81) 8372 1190", "")],
    "es-ar": [("Envases Quiroga S.R.L.", "envases-quiroga.example", "Av. Gral. Paz 10120, B1752 Lomas del Mirador, Buenos Aires", "Tel. +54 11 4652-3071", "")],
    "es-co": [("Empaques Montoya S.A.S.", "empaques-montoya.example", "Calle 19 # 68B-41, Zona Industrial Montevideo, Bogotá", "PBX (601) 412 7788", "")],
    "nl": [("Bakker Verpakkingen B.V.", "bakker-verpakkingen.example", "Industrieweg 27, 3861 RH Nijkerk", "T 033 245 61 80",
            "KvK 30154872 · BTW NL 8127.44.315.B01"),
           ("Visser Folie & Tape B.V.", "visserfolie.example", "Havenstraat 9, 1506 PK Zaandam", "Tel. +31 75 612 44 90", "")],
    "nl-be": [("Janssens Karton NV", "janssens-karton.example", "Nijverheidslaan 18, 2260 Westerlo", "T +32 14 54 22 70",
               "BTW BE 0448.913.206 · RPR Antwerpen, afdeling Turnhout")],
    "it": [("Cartotecnica Colombo S.r.l.", "cartotecnica-colombo.example", "Via dell'Artigianato 11, 20871 Vimercate (MB)", "Tel. 039 668 2140",
            "P.IVA 02847150961 – Cap. soc. € 100.000 i.v."),
           ("Etichette Ferraro S.p.A.", "etichette-ferraro.example", "Via Emilia Ovest 204, 41123 Modena", "Tel. +39 059 33 18 72", "")],
    "pl": [("Kowalczyk Opakowania Sp. z o.o.", "kowalczyk-opakowania.example", "ul. Przemysłowa 8, 62-080 Tarnowo Podgórne", "tel. +48 61 814 22 37",
            "Sąd Rejonowy Poznań – Nowe Miasto i Wilda, KRS 0000418273, NIP 781-184-62-09"),
           ("Etykiety Zając S.A.", "etykiety-zajac.example", "ul. Fabryczna 21, 90-344 Łódź", "tel. 42 630 18 55", "")],
    "pt-pt": [("Cartonagem Nogueira, Lda.", "cartonagem-nogueira.example", "Zona Industrial de Oiã, Lote 17, 3770-059 Oliveira do Bairro", "Tel. +351 234 720 418",
               "NIPC 503 718 264 · Capital social 250.000 €")],
    "pt-br": [("Embalagens Tavares Ltda.", "embalagens-tavares.example", "Rod. Anhanguera, km 104, Sumaré – SP, 13181-903", "Tel. (19) 3854-2210",
               "CNPJ 12.418.337/0001-62"),
              ("Etiquetas Sampaio S.A.", "etiquetas-sampaio.example", "Av. das Indústrias 880, Contagem – MG", "Fone (31) 3362-7741", "")],
    "sv": [("Bergström Förpackning AB", "bergstrom-forpackning.example", "Verkstadsgatan 12, 574 38 Vetlanda", "Tfn 0383-76 14 20",
            "Org.nr 556418-2275 · Styrelsens säte: Vetlanda"),
           ("Nordtejp AB", "nordtejp.example", "Fabriksvägen 4, 931 37 Skellefteå", "Tel. +46 910 58 22 10", "")],
}
DISCLAIMER = {
    "de": "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
    "fr": "Ce message et ses éventuelles pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.",
    "es": "Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
    "nl": "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per abuis ontvangen, laat het de afzender dan weten en verwijder het.",
    "it": "Questo messaggio è riservato al destinatario indicato. Se lo avete ricevuto per errore, vi preghiamo di avvisare il mittente e di cancellarlo.",
    "pl": "Ta wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymali ją Państwo omyłkowo, prosimy o poinformowanie nadawcy i jej usunięcie.",
    "pt": "Esta mensagem é confidencial e destina-se apenas ao destinatário indicado. Se a recebeu por engano, por favor avise o remetente e apague-a.",
    "sv": "Detta meddelande är endast avsett för adressaten. Om du har fått det av misstag, meddela avsändaren och radera det.",
    "en": "This e-mail is meant only for the addressee. If it reached you by mistake, please let the sender know and delete it.",
}
ITEMS = {
    "en": ["corrugated shipping boxes", "printed labels", "stretch film", "kraft paper tape", "moulded pulp trays"],
    "de": ["Wellpappkartons", "Haftetiketten", "Stretchfolie", "Papierklebeband", "Faserformschalen"],
    "fr": ["cartons ondulés", "étiquettes adhésives", "film étirable", "ruban adhésif kraft", "calages en pulpe moulée"],
    "es": ["cajas de cartón ondulado", "etiquetas adhesivas", "film estirable", "cinta adhesiva de papel", "bandejas de pulpa moldeada"],
}
PRICES = {"EUR": [0.42, 0.87, 1.35, 2.40, 3.15, 4.80, 6.00, 7.25], "CHF": [0.55, 1.20, 2.95, 4.40, 8.10],
          "MXN": [12.40, 27.80, 46.50, 81.50], "USD": [0.64, 1.18, 2.35, 4.90], "COP": [1850.0, 3400.0, 7200.0],
          "CAD": [0.92, 2.31, 5.60], "PLN": [1.27, 3.90, 8.45, 14.20], "BRL": [2.15, 6.80, 12.90, 27.40],
          "SEK": [4.60, 12.75, 28.50, 54.00]}
CUR = {"de-ch": "CHF", "fr-ch": "CHF", "es-mx": "MXN", "es-ar": "USD", "es-co": "COP", "fr-ca": "CAD",
       "pl": "PLN", "pt-br": "BRL", "sv": "SEK"}


def currency_for(lang):
    return CUR.get(company_key(lang), "EUR")

# ---------------------------------------------------------------- the bot's offer

def pct_s(p, ql, unit=True):
    s = ("%g" % p).replace("-", "-")
    if ql != "en":
        s = s.replace(".", ",")
        return s + " %" if unit else s
    return s + "%" if unit else s


def money(x, ql):
    s = f"{x:.2f}"
    return s if ql == "en" else s.replace(".", ",")


def vol_s(v, ql):
    s = f"{v:,}"
    return {"en": s, "de": s.replace(",", "."), "es": s.replace(",", "."), "fr": s.replace(",", " ")}[ql]


TPL = {
    "en": dict(
        greet=["Dear {sup},"],
        opening="We are reviewing our supply of {item}{vol} and would like to propose the following terms:",
        vol=" (about {v} units a year)",
        counter="Thank you for your reply. Having looked at it carefully, we would like to propose:",
        reminder="A friendly reminder about our proposal for {item}, which is still open:",
        close_opening="If these terms work for you, a short reply saying so is enough. If not, please fill in the form below with what you can offer and send it back; a note in your own words is just as welcome.",
        close_counter="If you agree, a short reply saying so is enough. Otherwise, please update the form below with what you can offer.",
        close_reminder="We would appreciate your answer when you have a moment. If you agree, a short reply saying so is enough; otherwise, please fill in the form below.",
        bye="Kind regards,",
        form=["--- Your reply (edit the values and send) ---", "Unit price change (%, minus = reduction): ",
              "Payment terms (days): ", "Contract length (months): ", "Committed volume (units per year): ",
              "Rebate (%): ", "--- end ---"],
        subj="{item}: pricing proposal [ref {ref}]"),
    "de": dict(
        greet=["Sehr geehrtes Team von {sup},"],
        opening="wir überprüfen derzeit unsere Bezugskonditionen für {item}{vol} und möchten Ihnen die folgenden Konditionen vorschlagen:",
        vol=" (rund {v} Stück pro Jahr)",
        counter="vielen Dank für Ihre Antwort. Nach sorgfältiger Prüfung möchten wir Ihnen Folgendes vorschlagen:",
        reminder="wir möchten Sie freundlich an unseren Vorschlag für {item} erinnern, der weiterhin gilt:",
        close_opening="Wenn diese Konditionen für Sie passen, genügt eine kurze Antwort. Andernfalls tragen Sie bitte in das folgende Formular ein, was Sie anbieten können, und senden es zurück; eine Nachricht in Ihren eigenen Worten ist uns ebenso willkommen.",
        close_counter="Wenn Sie einverstanden sind, genügt eine kurze Antwort. Andernfalls passen Sie bitte die Werte im folgenden Formular an das an, was Sie anbieten können.",
        close_reminder="Über Ihre Rückmeldung würden wir uns freuen, sobald es Ihnen möglich ist. Wenn Sie einverstanden sind, genügt eine kurze Antwort; andernfalls füllen Sie bitte das folgende Formular aus.",
        bye="Mit freundlichen Grüßen",
        form=["--- Ihre Antwort (Werte anpassen und absenden) ---", "Preisänderung pro Einheit (%, minus = Senkung): ",
              "Zahlungsziel (Tage): ", "Vertragslaufzeit (Monate): ", "Abnahmemenge (Stück pro Jahr): ",
              "Rückvergütung (%): ", "--- Ende ---"],
        subj="{item}: Preisvorschlag [ref {ref}]"),
    "fr": dict(
        greet=["À l'attention de l'équipe {sup}", "", "Madame, Monsieur,"],
        opening="Dans le cadre de la revue de nos approvisionnements en {item}{vol}, nous souhaitons vous proposer les conditions suivantes :",
        vol=" (environ {v} unités par an)",
        counter="Nous vous remercions de votre réponse. Après l'avoir examinée avec attention, nous souhaitons vous proposer :",
        reminder="Nous nous permettons de revenir vers vous au sujet de notre proposition pour {item}, qui reste valable :",
        close_opening="Si ces conditions vous conviennent, une courte réponse suffit. Dans le cas contraire, merci d'indiquer dans le formulaire ci-dessous ce que vous pouvez proposer et de nous le renvoyer ; un message rédigé librement est tout aussi bienvenu.",
        close_counter="Si vous êtes d'accord, une courte réponse suffit. Dans le cas contraire, merci de mettre à jour le formulaire ci-dessous avec ce que vous pouvez proposer.",
        close_reminder="Nous vous serions reconnaissants de nous répondre dès que possible. Si vous êtes d'accord, une courte réponse suffit ; sinon, merci de compléter le formulaire ci-dessous.",
        bye="Cordialement,",
        form=["--- Votre réponse (modifiez les valeurs puis envoyez) ---", "Variation du prix unitaire (%, moins = baisse) : ",
              "Délai de paiement (jours) : ", "Durée du contrat (mois) : ", "Volume engagé (unités par an) : ",
              "Remise de fin d'année (%) : ", "--- fin ---"],
        subj="{item} : proposition tarifaire [ref {ref}]"),
    "es": dict(
        greet=["Estimado equipo de {sup}:"],
        opening="Estamos revisando nuestro suministro de {item}{vol} y nos gustaría proponerles las siguientes condiciones:",
        vol=" (unas {v} unidades al año)",
        counter="Gracias por su respuesta. Tras estudiarla con detenimiento, queremos proponerles lo siguiente:",
        reminder="Les recordamos amablemente nuestra propuesta para {item}, que sigue vigente:",
        close_opening="Si estas condiciones les parecen bien, basta con una breve respuesta. Si no, les rogamos que indiquen en el formulario siguiente lo que pueden ofrecer y nos lo devuelvan; también pueden responder con sus propias palabras.",
        close_counter="Si están de acuerdo, basta con una breve respuesta. Si no, les rogamos que actualicen el formulario siguiente con lo que pueden ofrecer.",
        close_reminder="Les agradeceríamos su respuesta en cuanto les sea posible. Si están de acuerdo, basta con una breve respuesta; si no, les rogamos que completen el formulario siguiente.",
        bye="Saludos cordiales,",
        form=["--- Su respuesta (modifique los valores y envíe) ---", "Variación del precio unitario (%, menos = rebaja): ",
              "Plazo de pago (días): ", "Duración del contrato (meses): ", "Volumen comprometido (unidades al año): ",
              "Bonificación anual (%): ", "--- fin ---"],
        subj="{item}: propuesta de precios [ref {ref}]"),
}
LINE = {
    "en": ("Unit price: {p} ({new} {cur} instead of {old} {cur})", "Unit price: {p}", "Payment terms: Net {d} days", "Contract length: {m} months"),
    "de": ("Stückpreis: {p} ({new} {cur} statt {old} {cur})", "Stückpreis: {p}", "Zahlungsziel: {d} Tage netto", "Vertragslaufzeit: {m} Monate"),
    "fr": ("Prix unitaire : {p} ({new} {cur} au lieu de {old} {cur})", "Prix unitaire : {p}", "Délai de paiement : {d} jours", "Durée du contrat : {m} mois"),
    "es": ("Precio unitario: {p} ({new} {cur} en lugar de {old} {cur})", "Precio unitario: {p}", "Plazo de pago: {d} días", "Duración del contrato: {m} meses"),
}


def offer_lines(c):
    ql = c["ql"]
    pct, days, months = c["offer"]
    price, cur = c["base"]
    fmt = LINE[ql]
    out = []
    if pct is not None:
        if price is not None:
            new = round(price * (1 + pct / 100.0) + 1e-9, 2)
            out.append(fmt[0].format(p=pct_s(pct, ql), new=money(new, ql), old=money(price, ql), cur=cur))
        else:
            out.append(fmt[1].format(p=pct_s(pct, ql)))
    if days is not None:
        out.append(fmt[2].format(d=days))
    if months is not None:
        out.append(fmt[3].format(m=months))
    return out


def form_lines(c):
    f = TPL[c["ql"]]["form"]
    pct, days, months = c["offer"]
    vals = [pct_s(pct, c["ql"], unit=False) if pct is not None else "", days or "", months or "", "", ""]
    return [f[0]] + [(f[i + 1] + str(v)).rstrip() for i, v in enumerate(vals)] + [f[6]]


def offer_text(c):
    """The bot's message as plain lines and as HTML; returns (lines, html, checked_lines)."""
    t = TPL[c["ql"]]
    vol = t["vol"].format(v=vol_s(c["annual"], c["ql"])) if c["annual"] else ""
    tm = c["tmpl"]
    intro = t[tm].format(item=c["item"], vol=vol)
    greet = [g.format(sup=c["company"][0]) for g in t["greet"]]
    bullets = offer_lines(c)
    form = form_lines(c)
    lines = greet + [""] + [intro, ""] + ["- " + b for b in bullets] + ["", t["close_" + tm], ""] + form + ["", "", t["bye"], BUYER_NAME, BUYER_CO]
    e = html.escape
    h = "".join(f"<p>{e(g)}</p>" for g in greet if g) + f"<p>{e(intro)}</p>\n<ul>\n"
    h += "".join(f"  <li>{e(b)}</li>\n" for b in bullets)
    h += f"</ul>\n<p>{e(t['close_' + tm])}</p>\n<pre style=\"font-family: Consolas, monospace; font-size: 13px;\">"
    h += e("\n".join(form)) + f"</pre>\n<p>{e(t['bye'])}<br>\n{e(BUYER_NAME)}<br>\n{e(BUYER_CO)}</p>\n"
    return lines, h, bullets + form

# ---------------------------------------------------------------- case registry

CASES = []
COUNT = {}
TERM_KEYS = ("price_change_pct", "unit_price", "currency", "payment_days", "contract_months", "volume_units", "rebate_pct")
SHORT = {"pct": "price_change_pct", "price": "unit_price", "cur": "currency", "days": "payment_days",
         "months": "contract_months", "vol": "volume_units", "rebate": "rebate_pct"}


def _name(lang):
    g = group_of(lang)
    prefix = "en" if g == "en-nn" else g
    COUNT[prefix] = COUNT.get(prefix, 0) + 1
    return f"{prefix}{COUNT[prefix]:02d}"


def _common(kind, lang, client, intent, note, pi, t, offer, tmpl, base, item, annual):
    name = _name(lang)
    rng = random.Random(name)
    ql = quote_lang(lang)
    ck = company_key(lang)
    b = base_lang(lang) if base_lang(lang) != "en" else base_lang(ck)
    company = rng.choice(COMPANIES[ck])
    person = (rng.choice(FIRST[b]), rng.choice(LAST[b]))
    if b == "pl":  # Polish surnames in -ski/-ska agree with the first name
        fem = person[0].endswith("a")
        person = (person[0], re.sub(r"sk[ia]$", "ska" if fem else "ski", person[1]))
    if base is None:
        cur = currency_for(lang)
        base = (rng.choice(PRICES[cur]), cur) if rng.random() < 0.85 else (None, None)
    elif base is False:
        base = (None, None)
    if item is None:
        item = rng.choice(ITEMS[ql])
    if annual is None:
        annual = rng.choice([None, 40000, 75000, 120000, 250000, 600000])
    terms = {k: None for k in TERM_KEYS}
    for k, v in (t or {}).items():
        terms[SHORT[k]] = v
    c = dict(name=name, kind=kind, lang=lang, client=client, intent=intent, note=note, pi=pi, terms=terms,
             offer=tuple(offer), tmpl=tmpl, base=base, item=item, annual=annual, ql=ql, loc=client_loc(lang),
             company=company, person=person, role_lang=("en" if base_lang(lang) == "en" else b))
    CASES.append(c)
    return c


def C(lang, client, intent, text, note, *, t=None, pi=False, offer=(-6.0, 60, None), tmpl="opening", base=None,
      shape="top", sig="full", item=None, annual=None, inline=None, disclaimer=None):
    """A typed reply from the supplier."""
    c = _common("C", lang, client, intent, note, pi, t, offer, tmpl, base, item, annual)
    c.update(text=text.strip("\n"), shape=shape, sig=sig, inline=inline, disclaimer=disclaimer)


def A(lang, text, note, *, style="rfc3834", subj=None, offer=(-6.0, 60, None), tmpl="opening", base=None):
    """An automatic reply (out-of-office, closure, ticket, ...)."""
    c = _common("A", lang, "none", "auto_reply", note, False, None, offer, tmpl, base, None, None)
    c.update(text=text.strip("\n"), style=style, subj=subj, shape="none")


def B(lang, kind, subj, text, note, *, status="5.1.1", diag="550 5.1.1 User unknown", action="failed",
      offer=(-6.0, 60, None), tmpl="opening", base=None):
    """A bounce: kind is postfix, exchange, exim, provider or gateway."""
    c = _common("B", lang, kind, "bounce", note, False, None, offer, tmpl, base, None, None)
    c.update(text=text.strip("\n"), subj=subj, status=status, diag=diag, action=action, shape="none")

# ---------------------------------------------------------------- building the mail

def fold_ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.-]", "", s.lower().replace(" ", ""))


def hdr(s):
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8", maxlinelen=76).encode(linesep="\n")


def addr(name, a):
    return email.utils.formataddr((name, a), charset="utf-8")


def h8(s):
    return hashlib.sha256(s.encode()).hexdigest()


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params=""):
    """Returns (header lines, payload bytes) for one text part; text uses \\n."""
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in data), ctype
        payload = data
    elif cte == "8bit":
        payload = data
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = quopri.encodestring(data)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    heads = [f'Content-Type: {ctype}; charset="{charset}"{params}', f"Content-Transfer-Encoding: {cte}"]
    return heads, payload


def multipart(subtype, parts, boundary, params=""):
    out = b""
    for heads, payload in parts:
        out += f"--{boundary}\n".encode() + "\n".join(heads).encode() + b"\n\n" + payload
    out += f"--{boundary}--\n".encode()
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], out


def best_charset(text, prefer):
    for cs in prefer:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def quoted(lines):
    return ["> " + x if x else ">" for x in lines]


def html_par(lines):
    e = html.escape
    out, para = [], []
    for x in lines + [""]:
        if x.strip():
            para.append(e(x))
        elif para:
            out.append("<div>" + "<br>\n".join(para) + "</div>\n<div><br></div>\n")
            para = []
    return "".join(out)


def meta(c):
    rng = random.Random(c["name"] + "/meta")
    tz = datetime.timezone(datetime.timedelta(minutes=tz_for(c["lang"])))
    sent = datetime.datetime(2025, rng.randint(2, 6), rng.randint(1, 28), rng.randint(7, 17), rng.randint(0, 59), tzinfo=tz)
    off = sent - datetime.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5), minutes=rng.randint(0, 50))
    off = off.astimezone(datetime.timezone.utc).replace(second=0)
    ref = "NG-%04d" % (int(h8(c["name"] + "ref")[:8], 16) % 9000 + 1000)
    first, last = c["person"]
    sup_addr = f"{fold_ascii(first)}.{fold_ascii(last)}@{c['company'][1]}"
    t = TPL[c["ql"]]
    item = c["item"]
    subj0 = t["subj"].format(item=item[0].upper() + item[1:], ref=ref)
    return dict(rng=rng, sent=sent, off=off, off_local=off.astimezone(tz), ref=ref, sup_addr=sup_addr, subj0=subj0,
                bot_mid=f"<{ref.lower()}.{rng.randint(1, 3)}.{h8(c['name'])[:10]}@harbourline.example>",
                mid=f"<{h8(c['name'] + 'mid')[:24]}@{c['company'][1]}>",
                boundary="----=_NextPart_" + h8(c["name"] + "b")[:20], boundary2="----=_Alt_" + h8(c["name"] + "b2")[:20])


def sig_block(c, m):
    rng = random.Random(c["name"] + "/sig")
    first, last = c["person"]
    comp = c["company"]
    kind = c["sig"]
    mobile = c["client"] in ("iphone", "android")
    if kind == "full" and mobile:
        kind = "short"
    if kind == "none":
        return []
    if kind == "short":
        return [first]
    lines = [f"{first} {last}", rng.choice(ROLES[c["role_lang"]]), comp[0], comp[2], comp[3]]
    if comp[4] and rng.random() < 0.6:
        lines.append(comp[4])
    disc = c["disclaimer"]
    if disc is None:
        disc = rng.random() < 0.3
    if disc:
        lines += ["", DISCLAIMER[c["role_lang"]]]
    return lines


def bot_hdr_lines(c, m, loc):
    f, s, t, sj = OUTLOOK_HDR[loc]
    first, last = c["person"]
    return [f"{f}{BUYER_NAME} <{BUYER_ADDR}>", f"{s}{d_outlook(loc, m['off_local'])}",
            f"{t}{first} {last} <{m['sup_addr']}>", f"{sj}{m['subj0']}"]


def build_reply(c):
    m = meta(c)
    loc, client, shape = c["loc"], c["client"], c["shape"]
    olines, ohtml, _ = offer_text(c)
    body = c["text"].split("\n")
    sig = sig_block(c, m)
    who = f"{BUYER_NAME} <{BUYER_ADDR}>"
    dl = m["off_local"]
    ehtml = html.escape
    if client in ("outlook", "owa"):
        hl = bot_hdr_lines(c, m, loc)
        plain = body + [""] + sig + ["", "________________________________"] + hl + [""] + olines
        hq = ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
              '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              + "<br>\n".join("<b>%s</b> %s" % (ehtml(x.split(": ", 1)[0] + ":") if ": " in x else "", ehtml(x.split(": ", 1)[1]))
                               for x in [y.replace(" : ", ": ", 1) if loc == "fr" else y for y in hl])
              + "</font><div>&nbsp;</div></div>\n<div>\n" + ohtml + "</div>\n")
        htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body dir="ltr">\n'
               '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n'
               + html_par(body) + html_par(sig) + "</div>\n" + hq + "</body></html>\n")
        if client == "owa":
            part = leaf("text/html", htm, "utf-8", "base64")
        else:
            alt = [leaf("text/plain", "\n".join(plain)), leaf("text/html", htm)]
            part = multipart("alternative", alt, m["boundary"])
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdQ" + h8(c["name"] + "ti")[:22]),
                 ("Content-Language", c["lang"] if "-" in c["lang"] else {"sv": "sv-SE", "pl": "pl-PL", "it": "it-IT", "nl": "nl-NL", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}.get(c["lang"], c["lang"]))]
        if client == "owa":
            extra = [("X-MS-Has-Attach", ""), ("Content-Language", extra[2][1])]
        prefix = RE_OUTLOOK[loc]
    elif client == "outlook_plain":
        f, s, t, sj = OUTLOOK_HDR[loc]
        plain = body + [""] + sig + ["", ORIG_MSG[loc]] + bot_hdr_lines(c, m, loc) + [""] + olines
        text = "\n".join(plain)
        cs = best_charset(text, ["iso-8859-2"] if loc == "pl" else ["iso-8859-1", "windows-1252"])
        part = leaf("text/plain", text, cs, "quoted-printable")
        extra = [("X-Mailer", "Microsoft Outlook 14.0")]
        prefix = RE_OUTLOOK[loc]
    elif client == "gmail":
        attr = a_gmail(loc, dl, who)
        qb = [attr, ""] + quoted(olines)
        gq = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{ehtml(attr)}<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{ohtml}</blockquote></div>\n')
        if shape == "bottom":
            plain = qb + [""] + body + [""] + sig
            htm = '<div dir="ltr">' + gq + html_par(body) + html_par(sig) + "</div>\n"
        else:
            plain = body + [""] + sig + [""] + qb
            htm = '<div dir="ltr">' + html_par(body) + html_par(sig) + "</div><br>\n" + gq
        text = "\n".join(plain)
        cte = "7bit" if text.isascii() else "quoted-printable"
        part = multipart("alternative", [leaf("text/plain", text, "utf-8", cte), leaf("text/html", htm)], m["boundary"])
        extra = []
        prefix = "Re: "
    elif client in ("iphone", "apple", "thunderbird", "webmail"):
        if client == "thunderbird":
            attr = a_tbird(loc, dl, who)
        elif client == "webmail":
            attr = a_tbird(loc, dl, who)
        else:
            attr = a_apple(loc, dl, who)
        if client == "iphone":
            tail = ["", IPHONE[loc]]
        elif client == "thunderbird":
            tail = ["", "-- "] + sig if sig else []
        else:
            tail = [""] + sig if sig else []
        if client == "iphone" and sig:
            tail = ["", sig[0]] + tail
        if shape == "inline":
            ql = quoted(olines)
            out = [attr]
            done = set()
            for x in ql:
                out.append(x)
                for k, ans in (c["inline"] or {}).items():
                    if k in x and k not in done:
                        done.add(k)
                        out += ["", ans, ""]
            plain = body + [""] + out + tail if body != [""] else out + tail
        elif shape == "bottom":
            plain = [attr] + quoted(olines) + [""] + body + tail
        else:
            plain = body + tail + ["", attr, ""] + quoted(olines)
        text = "\n".join(plain)
        if client == "thunderbird":
            part = leaf("text/plain", text, "utf-8", "8bit", "; format=flowed")
            extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", c["lang"])]
        elif client == "webmail":
            cs = best_charset(text, ["iso-8859-2"] if loc == "pl" else ["iso-8859-1", "windows-1252"])
            part = leaf("text/plain", text, cs, "8bit")
            extra = [("X-Mailer", "Horde Application Framework 5")]
        else:
            part = leaf("text/plain", text, "utf-8", "quoted-printable")
            extra = [("X-Mailer", "iPhone Mail (21E236)" if client == "iphone" else "Apple Mail (2.3774.500.171.1.1)")]
        prefix = "Re: " if client != "thunderbird" or loc != "de" else "AW: "
    elif client == "android":
        lab = ANDROID_HDR[loc]
        fmt = {"de": "%d.%m.%Y", "pl": "%d.%m.%Y", "sv": "%Y-%m-%d", "nl": "%d-%m-%Y"}.get(loc, "%d/%m/%Y")
        off_h = tz_for(c["lang"]) // 60
        ds = dl.strftime(fmt + " %H:%M") + " (GMT%+03d:00)" % off_h
        first, last = c["person"]
        hb = [lab[0], f"{lab[1]}: {who}", f"{lab[2]}: {ds}", f"{lab[3]}: {first} {last} <{m['sup_addr']}>", f"{lab[4]}: {m['subj0']}"]
        tail = ["", sig[0]] if sig else []
        plain = body + tail + ["", "", ANDROID[loc], "", ""] + hb + [""] + olines
        htm = ("<html><head><meta charset=\"UTF-8\"></head><body><div dir=\"auto\">" + html_par(body + tail) +
               f"<div><br></div><div dir=\"auto\">{ehtml(ANDROID[loc])}</div><div><br></div>"
               + "<div>" + "<br>".join(ehtml(x) for x in hb) + "</div>\n<blockquote>" + ohtml + "</blockquote></div></body></html>\n")
        part = multipart("alternative", [leaf("text/plain", "\n".join(plain), "utf-8", "base64"),
                                         leaf("text/html", htm, "utf-8", "base64")], m["boundary"])
        extra = []
        prefix = "Re: "
    else:
        raise ValueError(client)
    subj = prefix + m["subj0"]
    first, last = c["person"]
    heads = [("From", addr(f"{first} {last}", m["sup_addr"])), ("To", addr(BUYER_NAME, BUYER_ADDR)),
             ("Subject", hdr(subj)), ("Date", email.utils.format_datetime(m["sent"])), ("Message-ID", m["mid"]),
             ("In-Reply-To", m["bot_mid"]), ("References", m["bot_mid"])] + extra + [("MIME-Version", "1.0")]
    return finish(heads, part)


def finish(heads, part):
    ph, payload = part
    lines = [f"{k}: {v}" if v != "" else f"{k}: " for k, v in heads] + ph
    data = ("\n".join(lines) + "\n\n").encode("ascii") + payload
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


def bot_headers(c, m):
    first, last = c["person"]
    return [("From", addr(BUYER_NAME, BUYER_ADDR)), ("To", addr(f"{first} {last}", m["sup_addr"])),
            ("Subject", hdr(m["subj0"])), ("Date", email.utils.format_datetime(m["off"])), ("Message-ID", m["bot_mid"]),
            ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; boundary="=_hl_{m["ref"].lower()}"')]


def build_auto(c):
    m = meta(c)
    loc = c["loc"]
    first, last = c["person"]
    style = c["style"]
    text = c["text"]
    if style == "outlook":
        subj = AUTO_SUBJ[loc] + m["subj0"]
        htm = "<html><body>" + html_par(text.split("\n")) + "</body></html>\n"
        part = multipart("alternative", [leaf("text/plain", text), leaf("text/html", htm)], m["boundary"])
        extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", m["sup_addr"])]
    elif style == "rfc3834":
        subj = c["subj"] or ("Re: " + m["subj0"])
        part = leaf("text/plain", text)
        extra = [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")]
    else:  # no RFC 3834 headers at all
        subj = c["subj"] or ("Re: " + m["subj0"])
        part = leaf("text/plain", text, best_charset(text, ["iso-8859-2"] if loc == "pl" else ["iso-8859-1", "windows-1252"]), "8bit")
        extra = [("X-Mailer", "Ticketdesk 4")] if style == "ticket" else []
    sender = addr(f"{first} {last}", m["sup_addr"])
    heads = [("From", sender), ("To", addr(BUYER_NAME, BUYER_ADDR)), ("Subject", hdr(subj)),
             ("Date", email.utils.format_datetime(m["sent"].replace(hour=m["off_local"].hour) if False else m["sent"])),
             ("Message-ID", m["mid"]), ("In-Reply-To", m["bot_mid"]), ("References", m["bot_mid"])] + extra + [("MIME-Version", "1.0")]
    return finish(heads, part)


def build_bounce(c):
    m = meta(c)
    kind = c["kind_b"] = c["client"]
    first, last = c["person"]
    dom = c["company"][1]
    rcpt = m["sup_addr"]
    text = c["text"].replace("{rcpt}", rcpt).replace("{diag}", c["diag"])
    when = email.utils.format_datetime(m["off"] + datetime.timedelta(minutes=(1 if c["action"] == "failed" else 245)))
    rmta = {"postfix": "mail.harbourline.example", "exim": "relay2.harbourline.example",
            "exchange": f"mx01.{dom}", "provider": f"mx.{dom}", "gateway": f"filter.{dom}"}[kind]
    orig = "\n".join(f"{k}: {v}" for k, v in bot_headers(c, m)) + "\n"
    frm = {"postfix": "Mail Delivery System <MAILER-DAEMON@mail.harbourline.example>",
           "exim": "Mail Delivery System <Mailer-Daemon@relay2.harbourline.example>",
           "exchange": f"Microsoft Outlook <MicrosoftExchange{h8(dom)[:32]}@{dom}>",
           "provider": f"MAILER-DAEMON@mx.{dom}", "gateway": f"postmaster@filter.{dom}"}[kind]
    subj = c["subj"].replace("{subj}", m["subj0"])
    if kind in ("postfix", "exim", "exchange"):
        ds = (f"Reporting-MTA: dns; {rmta}\nArrival-Date: {email.utils.format_datetime(m['off'])}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {c['action']}\n"
              f"Status: {c['status']}\n")
        if c["action"] == "failed":
            ds += f"Remote-MTA: dns; mx.{dom}\nDiagnostic-Code: smtp; {c['diag']}\n"
        else:
            ds += f"Will-Retry-Until: {email.utils.format_datetime(m['off'] + datetime.timedelta(days=5))}\n"
        human = leaf("text/plain", text, "utf-8", "quoted-printable")
        dsn = (["Content-Type: message/delivery-status", "Content-Transfer-Encoding: 7bit"], ds.encode("ascii"))
        hdrs = (["Content-Type: text/rfc822-headers", "Content-Transfer-Encoding: 7bit"], orig.encode("ascii"))
        part = multipart("report", [human, dsn, hdrs], m["boundary"], "; report-type=delivery-status")
        extra = [("Auto-Submitted", "auto-replied")] if kind != "exchange" else [("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    else:
        body = text + "\n\n" + orig
        part = leaf("text/plain", body, "utf-8", "quoted-printable" if kind == "provider" else "8bit")
        extra = [("Auto-Submitted", "auto-replied")] if kind == "provider" else []
    heads = [("From", frm), ("To", addr(BUYER_NAME, BUYER_ADDR)), ("Subject", hdr(subj)), ("Date", when),
             ("Message-ID", f"<{h8(c['name'] + 'bmid')[:20]}@{rmta}>")] + extra + [("MIME-Version", "1.0")]
    return finish(heads, part)


def build(c):
    return {"C": build_reply, "A": build_auto, "B": build_bounce}[c["kind"]](c)


def label(c):
    price, cur = c["base"]
    pct, days, months = c["offer"]
    return {"context": {"baseline_unit_price": price, "currency": cur,
                        "last_offer": {"price_change_pct": None if pct is None else float(pct),
                                       "payment_days": days, "contract_months": months}},
            "expected": {"intent": c["intent"], "price_increase": c["pi"], "terms": dict(c["terms"])},
            "notes": c["note"]}

# ================================================================ cases
O2 = (-4.0, 60, 12)   # a bot counter-offer
# ---------------------------------------------------------------- German (de, de-AT, de-CH)
C("de", "outlook", "counter", """Sehr geehrte Frau Olsen,

die 6 % sind für uns nicht darstellbar, bei den aktuellen Papierpreisen würden wir damit draufzahlen. Anbieten können wir Ihnen 2,5 % auf den Stückpreis, wenn das Zahlungsziel bei dreißig Tagen bleibt.

Mit freundlichen Grüßen""", "Refused percent named first, counter in the second clause with the payment term in words.",
  t=dict(pct=-2.5, days=30))
C("de-at", "gmail", "counter", """Grüß Gott Frau Olsen,

sechs Prozent gehen sich bei uns leider nicht aus. Mit zwei Prozent und einem Zahlungsziel von 45 Tagen könnten wir leben, vorausgesetzt, Sie binden sich für zwei Jahre an uns.

Liebe Grüße aus Wels""", "Austrian idiom, refused percent in words, counter with days and a two-year term.",
  t=dict(pct=-2.0, days=45, months=24))
C("de-ch", "outlook", "counter", """Grüezi Frau Olsen

Eine Reduktion um 6 % liegt bei uns nicht drin. Wir offerieren Ihnen neu CHF 2.85 pro Stück (bisher CHF 2.95), zahlbar 30 Tage netto.

Freundliche Grüsse""", "Swiss counter with an absolute CHF unit price beside the old one and a payment term.",
  base=(2.95, "CHF"), t=dict(price=2.85, cur="CHF", days=30))
C("de", "thunderbird", "counter", """Guten Tag Frau Olsen,

statt eines weiteren Preisnachlasses bieten wir Ihnen einen Jahresbonus von 3 %, ausgezahlt jeweils im Januar, wenn Sie uns eine Abnahme von 200.000 Stück pro Jahr fest zusagen.

Viele Grüße""", "Year-end bonus tied to a committed volume, no price percent stated.",
  t=dict(rebate=3.0, vol=200000))
C("de", "outlook_plain", "counter", """Sehr geehrte Damen und Herren,

ein Zahlungsziel von 60 Tagen ist in unserer Branche nicht üblich und für uns nicht finanzierbar. Wir bieten Ihnen 10 Tage 2 % Skonto oder 45 Tage netto, dazu 1,5 % Nachlass auf den Stückpreis.

Mit freundlichen Grüßen""", "Skonto form gives the net days; refused 60 days named first.",
  t=dict(days=45, pct=-1.5))
C("de", "iphone", "counter", """6 % niemals. 3 % und 45 Tage, dann sind wir im Geschäft.

Gruß""", "Curt mobile counter with the refused number first.", t=dict(pct=-3.0, days=45))
C("de", "apple", "counter", """Hallo Frau Olsen,

an eine Senkung ist leider nicht zu denken, wir müssen sogar nachziehen: Ab dem 1. Juli steigen unsere Preise für diese Artikel um 4,5 %. Die Gründe erläutere ich Ihnen gern am Telefon.

Beste Grüße""", "Increase with a number phrased as nachziehen, a date that is not a term.",
  pi=True, t=dict(pct=4.5))
C("de-at", "outlook", "counter", """Sehr geehrte Frau Olsen,

statt der gewünschten Senkung müssen wir ab der nächsten Lieferung einen Energiezuschlag von 2 % auf den Stückpreis verrechnen. Alle übrigen Konditionen bleiben unverändert.

Mit freundlichen Grüßen""", "Percent surcharge counts as an increase with a number.", pi=True, t=dict(pct=2.0))
C("de", "gmail", "counter", """Hallo Frau Olsen,

Ihr neuer Vorschlag ist schon deutlich näher dran. Vier Prozent schaffen wir trotzdem nicht; drei Prozent bei 50 Tagen netto ginge, und die 12 Monate Laufzeit passen uns.

Viele Grüße""", "Answer to a bot counter: refused four percent in words, counter restates the twelve months.",
  offer=O2, tmpl="counter", t=dict(pct=-3.0, days=50, months=12))
C("de-ch", "thunderbird", "counter", """Guten Tag

Mit 60 Tagen Zahlungsfrist können wir nicht arbeiten. Wir schlagen 30 Tage netto vor; dafür gewähren wir Ihnen 3 % Rabatt, sofern Sie 60'000 Stück jährlich fest abnehmen.

Freundliche Grüsse""", "Swiss apostrophe volume separator, Rabatt as a price change, days refused first.",
  t=dict(days=30, pct=-3.0, vol=60000))
C("de", "owa", "counter", """Sehr geehrte Frau Olsen,

anderthalb Prozent, mehr ist beim derzeitigen Materialpreis nicht drin. Das Zahlungsziel belassen wir bei 30 Tagen.

Mit freundlichen Grüßen""", "Percent in words (anderthalb), HTML-only mail.", t=dict(pct=-1.5, days=30))
C("de", "android", "counter", """Hallo,

die 6 % gehen in Ordnung, allerdings nur mit 30 Tagen Zahlungsziel statt 60.""", "Acceptance with a changed payment term is a counter filling both.",
  t=dict(pct=-6.0, days=30))
C("de", "outlook", "counter", """Sehr geehrte Frau Olsen,

einen Nachlass in dieser Größenordnung können wir nur bei einer festen Laufzeit geben. Konkret: 4 % weniger pro Stück, Vertragslaufzeit drei Jahre und eine verbindliche Abnahmemenge von 150.000 Stück pro Jahr.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen""", "Price, contract length in words and a committed volume together.",
  t=dict(pct=-4.0, months=36, vol=150000))
C("de-at", "webmail", "counter", """Sehr geehrte Frau Olsen,

wir kommen Ihnen mit 2 % entgegen, mehr ist für uns nicht drin. Zusätzlich gewähren wir eine Rückvergütung von 1 %, wenn Sie uns 100.000 Stück jährlich fest zusagen.

Mit besten Grüßen""", "Latin-1 webmail with price, Rückvergütung and committed volume.",
  t=dict(pct=-2.0, rebate=1.0, vol=100000))
C("de", "gmail", "counter", """Hallo Frau Olsen,

danke für die Nachricht. Ehrlich gesagt müssen wir zum Quartalswechsel um 3 % nach oben gehen, die Kalkulation gibt nichts anderes her.

Schöne Grüße""", "Bottom-posted increase without the word Preis.", shape="bottom", pi=True, t=dict(pct=3.0))
C("de", "thunderbird", "counter", """Hallo Frau Olsen,

meine Antworten direkt im Text.""", "Inline answers under the quoted bullet lines.", shape="inline",
  inline={"- Stückpreis": "Nicht machbar. 2 % wären drin.", "- Zahlungsziel": "45 Tage, mehr geht nicht."},
  t=dict(pct=-2.0, days=45))
C("de", "gmail", "accept", """Hallo Frau Olsen,

passt, machen wir so. Schicken Sie uns einfach die geänderte Bestellung.

Viele Grüße""", "Bare acceptance with passt.")
C("de-ch", "outlook", "accept", """Sehr geehrte Frau Olsen

Wir sind mit Ihrem Vorschlag einverstanden: 6 % auf den Stückpreis und 60 Tage netto. Die neuen Preise gelten ab der nächsten Lieferung.

Freundliche Grüsse""", "Acceptance restating the offer's numbers.", t=dict(pct=-6.0, days=60))
C("de", "iphone", "accept", """In Ordnung, einverstanden.

Gruß""", "Two-word mobile acceptance.")
C("de-at", "outlook_plain", "accept", """Sehr geehrte Frau Olsen,

geht in Ordnung so, wir nehmen Ihren Vorschlag an.

Mit freundlichen Grüßen""", "Acceptance of a bot counter-offer without restating.", offer=O2, tmpl="counter")
C("de", "apple", "accept", """Hallo Frau Olsen,

passt für uns: vier Prozent, sechzig Tage, zwölf Monate. Bitte schicken Sie mir den Vertrag zur Unterschrift.

Beste Grüße""", "Acceptance restating the counter-offer with numbers in words.", offer=O2, tmpl="counter",
  t=dict(pct=-4.0, days=60, months=12))
C("de", "owa", "accept", """Sehr geehrte Frau Olsen,

damit können wir leben. Ihr Angebot ist hiermit angenommen.

Mit freundlichen Grüßen""", "Acceptance with damit können wir leben.", tmpl="reminder")
C("de", "outlook", "reject", """Sehr geehrte Damen und Herren,

bitte nehmen Sie uns aus dem Verteiler. An Preisrunden dieser Art beteiligen wir uns nicht.

Mit freundlichen Grüßen""", "Request to be taken off the distribution list.")
C("de-ch", "gmail", "reject", """Guten Tag Frau Olsen

Wir halten an unseren aktuellen Preisen fest. Eine Senkung kommt für uns derzeit nicht in Frage.

Freundliche Grüsse""", "Keeping current prices without a counter.")
C("de", "thunderbird", "reject", """Hallo Frau Olsen,

danke für die Anfrage, aber da müssen wir passen. Zu diesen Konditionen können wir nicht liefern.

Gerne wieder bei einem anderen Projekt.

Viele Grüße""", "Polite pass on the whole offer.")
C("de-at", "outlook", "reject", """Sehr geehrte Frau Olsen,

eine Senkung ist ausgeschlossen. Im Gegenteil: Wir werden unsere Preise zum Herbst anpassen müssen, die Details erhalten Sie mit gesondertem Schreiben.

Mit freundlichen Grüßen""", "Decline announcing an increase without a number.", pi=True)
C("de", "outlook", "other", """Sehr geehrte Frau Olsen,

grundsätzlich könnten wir über 3 % sprechen, allerdings nur mit einer Preisgleitklausel, die an den Altpapierindex gekoppelt ist. Wäre das für Sie denkbar?

Mit freundlichen Grüßen""", "Offer conditional on an index clause outside the levers.")
C("de", "gmail", "other", """Hallo Frau Olsen,

von meiner Seite passt das. Ich muss es aber noch mit unserer Geschäftsleitung abstimmen; eine verbindliche Zusage bekommen Sie bis Freitag.

Viele Grüße""", "Acceptance pending management sign-off.")
C("de-ch", "outlook_plain", "other", """Guten Tag

Bitte beachten Sie, dass sich unsere Bankverbindung per 1. April ändert. Neue IBAN: CH56 0483 5012 3456 7800 9, Bank: Zürcher Kantonalbank. Zu Ihrem Angebot melden wir uns separat.

Freundliche Grüsse""", "Bank-detail change with an IBAN full of digits.")
C("de", "apple", "other", """Hallo Frau Olsen,

wir könnten uns irgendwo zwischen 2 und 3 % vorstellen, je nach Menge. Wie viel nehmen Sie denn im Jahr ungefähr ab?

Beste Grüße""", "Range plus a question about volume.")
C("de", "outlook", "other", """Hallo Jens,

kannst du dir das bitte mal anschauen? Die wollen 6 % und 60 Tage. Ich würde maximal 2 % geben und beim Zahlungsziel hart bleiben.

Danke dir!""", "Internal note sent to the buyer by mistake.", sig="none")
C("de-at", "thunderbird", "other", """Sehr geehrte Frau Olsen,

können wir das kurz telefonisch besprechen? Ich bin morgen zwischen 9 und 11 Uhr unter +43 732 781 244 erreichbar.

Mit freundlichen Grüßen""", "Call request with times and a phone number.")
A("de", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. April nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unseren Vertriebsinnendienst unter +49 5732 90417-0.

Mit freundlichen Grüßen""", "Outlook out-of-office with a phone number.", style="outlook")
A("de-ch", """Guten Tag

Besten Dank für Ihre E-Mail. Über Auffahrt bleibt unser Betrieb vom 29. Mai bis und mit 1. Juni geschlossen. Ab Montag, 2. Juni, sind wir wieder für Sie da.

Freundliche Grüsse""", "Holiday closure notice with RFC 3834 headers.")
A("de-at", """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 48213 erfasst. Wir melden uns innerhalb von zwei Werktagen bei Ihnen.

Ihr Kundenservice""", "Ticket acknowledgement without RFC 3834 headers.", style="ticket",
  subj="[Ticket 48213] Ihre Anfrage ist eingegangen")
B("de", "exchange", "Unzustellbar: {subj}", """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Empfänger: {rcpt}

Das E-Mail-Konto, das Sie zu erreichen versucht haben, existiert nicht. Bitte prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut.

Diagnoseinformationen für Administratoren:
{diag}""", "German Exchange non-delivery report.", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", status="5.1.10")
B("de-ch", "provider", "Nicht zustellbar: {subj}", """Dies ist eine automatisch erstellte Nachricht.

Ihre E-Mail an {rcpt} konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist. Versuchen Sie es bitte später noch einmal.

Rückmeldung des Servers: {diag}

Kopfzeilen der ursprünglichen Nachricht:""", "Provider bounce for a full mailbox with an Auto-Submitted header.", status="5.2.2", diag="552 5.2.2 Mailbox full")

# ---------------------------------------------------------------- Spanish (es, es-MX, es-AR, es-CO)
C("es", "outlook", "counter", """Estimada Sra. Olsen:

El 6 % que nos piden no es viable con los costes actuales del papel. Podemos llegar a un 3 %, con pago a 45 días fecha factura.

Un saludo cordial,""", "Refused percent first, counter with fecha factura payment.", t=dict(pct=-3.0, days=45))
C("es-mx", "gmail", "counter", """Estimada Marit, buen día.

Un descuento del 6 % nos deja prácticamente sin margen. Lo más que podemos hacer es dejar la pieza en $44.90 pesos más IVA, con crédito a 30 días.

Quedo atento a sus comentarios.

Saludos cordiales,""", "Mexican peso unit price with IVA that is not a term.",
  base=(46.50, "MXN"), t=dict(price=44.90, cur="MXN", days=30))
C("es-ar", "iphone", "counter", """Marit, seis por ciento ni en sueños. Te puedo hacer un dos y medio y pago a treinta días.

Abrazo""", "Rioplatense voseo, percent and days in words.", t=dict(pct=-2.5, days=30))
C("es-co", "outlook", "counter", """Apreciada Sra. Olsen:

Con mucho gusto revisamos su propuesta. El 6 % no nos es posible; le proponemos un 2 % de descuento con un contrato a un año y medio y pago a 60 días.

Cordialmente,""", "Colombian register, contract length as un año y medio.", t=dict(pct=-2.0, months=18, days=60))
C("es", "thunderbird", "counter", """Hola, Marit:

El precio unitario no lo podemos tocar, pero sí les ofrecemos un rappel del 2 % anual si se comprometen a 300.000 unidades al año.

Un saludo,""", "Rappel with a committed volume, price untouched without a number.", t=dict(rebate=2.0, vol=300000))
C("es", "owa", "counter", """Estimada Sra. Olsen:

Lamentamos comunicarle que, lejos de bajar, tendremos que actualizar nuestras tarifas un 5 % a partir del próximo trimestre por el encarecimiento de la celulosa.

Atentamente,""", "Increase phrased as actualizar tarifas, HTML only.", pi=True, t=dict(pct=5.0))
C("es-mx", "outlook_plain", "counter", """Estimada Marit:

En relación con su propuesta, no nos es posible aplicar la rebaja. Además le informamos que a partir de junio aplicaremos un recargo del 3,5 % por concepto de flete.

Saludos,""", "Freight surcharge with a number is an increase counter.", pi=True, t=dict(pct=3.5))
C("es", "gmail", "counter", """Buenos días, Marit:

Su nueva propuesta se acerca, pero cuatro puntos sigue siendo demasiado. Aceptamos los doce meses de contrato y les ofrecemos un 3 % con pago a 50 días.

Saludos cordiales,""", "Answer to a bot counter, four points refused first, twelve months restated.",
  offer=O2, tmpl="counter", t=dict(pct=-3.0, months=12, days=50))
C("es-ar", "outlook", "counter", """Estimada Marit:

No llegamos al 6 %. Podemos dejar el precio en US$ 2,25 por unidad, pago a 30 días de fecha de factura, con un compromiso de 12 meses.

Saludos cordiales,""", "Argentine quote in US$ with decimal comma.", base=(2.35, "USD"),
  t=dict(price=2.25, cur="USD", days=30, months=12))
C("es", "apple", "counter", """Hola Marit,

Vale con el 6 %, pero el pago tendría que ser a 30 días, no a 60.

Un saludo""", "Vale with a changed payment term is a counter.", t=dict(pct=-6.0, days=30))
C("es-co", "gmail", "counter", """Buenas tardes, Sra. Olsen.

Podemos hacer un 4 % si el contrato es por dos años.

Quedamos atentos.""", "Bottom-posted short counter with a two-year term.", shape="bottom", t=dict(pct=-4.0, months=24))
C("es", "android", "counter", """El plazo de 60 días no lo podemos asumir. 45 días y un 2 % de descuento.

Saludos""", "Mobile counter, refused days first.", t=dict(days=45, pct=-2.0))
C("es", "gmail", "accept", """Hola Marit:

Vale, de acuerdo. Quedamos así.

Un saludo,""", "Bare acceptance with vale.")
C("es-mx", "outlook", "accept", """Estimada Marit:

Estamos de acuerdo con las condiciones: 6 % de descuento y pago a 60 días. Favor de enviarnos la orden de compra actualizada.

Saludos cordiales,""", "Mexican acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("es-ar", "webmail", "accept", """Marit, buenas:

Dale, trato hecho. Arrancamos con lo que nos proponen.

Saludos""", "Argentine dale, trato hecho in latin-1 webmail.")
C("es-co", "iphone", "accept", """Listo, aceptamos su propuesta.

Cordial saludo""", "Colombian listo acceptance of a counter-offer.", offer=O2, tmpl="counter")
C("es", "outlook", "reject", """Estimada Sra. Olsen:

Le agradecemos su interés, pero en estas condiciones no podemos seguir adelante. Mantenemos nuestras tarifas actuales.

Atentamente,""", "Polite decline keeping current prices.")
C("es-mx", "gmail", "reject", """Buenas tardes:

Por favor, dennos de baja de esta lista de distribución.

Gracias.""", "Unsubscribe request.", sig="none")
C("es", "thunderbird", "reject", """No nos interesa.

Un saludo.""", "Curt decline without a reason.", sig="none")
C("es", "outlook", "other", """Estimada Sra. Olsen:

Podríamos estudiar un 4 %, pero solo si la mercancía sale en condiciones EXW desde nuestro almacén de Alcalá. ¿Les encaja?

Un saludo cordial,""", "Percent conditional on ex-works delivery, a condition outside the levers.")
C("es-co", "outlook_plain", "other", """Apreciada Marit:

En principio estamos de acuerdo, pero necesito la aprobación de la gerencia financiera antes de confirmarle. Le escribo a más tardar el jueves.

Cordialmente,""", "Acceptance pending approval by finance.")
C("es-mx", "gmail", "other", """Estimada Marit:

Le damos dos opciones: a) 3 % de descuento con pago a 30 días, o b) 5 % de descuento con pago anticipado. ¿Cuál le conviene más?

Saludos,""", "Two alternatives, one with prepayment.")
C("es-ar", "apple", "other", """Marit, ¿lo podemos hablar por teléfono? Hay un par de cosas que prefiero explicarte de palabra. Llamame al +54 9 11 5832-4410 cuando puedas.

Saludos""", "Call request in voseo with a phone number.")
A("es", """Gracias por su mensaje.

Estaré fuera de la oficina hasta el 22 de abril, con acceso limitado al correo. Para asuntos urgentes, pueden llamar al 918 82 41 00.

Un saludo.""", "Spanish Outlook out-of-office.", style="outlook")
A("es-mx", """Estimado cliente:

Nos encontramos en periodo vacacional de Semana Santa. Retomamos actividades el lunes 21 de abril y su correo será atendido a nuestro regreso.

Atentamente,
Empaques Salcedo""", "Mexican Easter closure notice.")
B("es", "provider", "Mensaje no entregado: {subj}", """Este es un mensaje generado automáticamente.

No se ha podido entregar su mensaje a {rcpt}. El servidor de destino respondió:

{diag}

Cabeceras del mensaje original:""", "Spanish provider bounce for an unknown user.", diag="550 5.1.1 Usuario desconocido")
B("es-co", "exim", "Aviso: mensaje aún no entregado", """Este mensaje ha sido generado automáticamente.

Su mensaje para {rcpt} todavía no ha podido entregarse. El servidor seguirá intentándolo durante cinco días; no es necesario que lo reenvíe.""", "Delay warning in Spanish, Action delayed.", action="delayed", status="4.4.7")

# ---------------------------------------------------------------- French (fr, fr-BE, fr-CA, fr-CH)
C("fr", "outlook", "counter", """Madame,

Le 6 % demandé n'est pas envisageable au vu de la hausse du prix du carton. Nous pouvons en revanche vous consentir 2 %, avec un règlement à 45 jours fin de mois.

Bien cordialement,""", "Refused percent first, counter with fin de mois.", t=dict(pct=-2.0, days=45))
C("fr-be", "gmail", "counter", """Bonjour Madame Olsen,

Une baisse de six pour cent, ce n'est pas tenable pour nous. Nous vous proposons trois pour cent, à condition de passer sur un contrat de vingt-quatre mois.

Bien à vous,""", "Belgian closing, percent and months in words.", t=dict(pct=-3.0, months=24))
C("fr-ca", "outlook", "counter", """Bonjour Madame Olsen,

Nous ne pouvons pas aller jusqu'à 6 %. Notre meilleur prix serait de 2,19 $ l'unité, payable à 30 jours.

Salutations distinguées,""", "Quebec dollar price after the number, CAD from the context.",
  base=(2.31, "CAD"), t=dict(price=2.19, cur="CAD", days=30))
C("fr", "thunderbird", "counter", """Bonjour,

Plutôt qu'une baisse de tarif, nous vous proposons une remise de fin d'année de 2,5 % sur un volume engagé de 80 000 unités par an.

Cordialement,""", "Remise de fin d'année with a committed volume.", t=dict(rebate=2.5, vol=80000))
C("fr-ch", "outlook_plain", "counter", """Madame,

Une réduction de 6 % n'entre pas en ligne de compte. Nous pouvons vous faire 2 % et un paiement à trente jours net.

Meilleures salutations""", "Swiss French closing, days in words.", t=dict(pct=-2.0, days=30))
C("fr", "owa", "counter", """Madame,

Au contraire, nous devrons répercuter la hausse de l'énergie sur nos prix, à hauteur de 3 % dès le mois prochain.

Veuillez agréer, Madame, nos salutations distinguées.""", "Increase phrased as répercuter, HTML only.", pi=True, t=dict(pct=3.0))
C("fr", "iphone", "counter", """6 % impossible. 4 % et 45 jours, c'est notre dernier mot.

Bonne journée""", "Curt mobile counter.", t=dict(pct=-4.0, days=45))
C("fr", "gmail", "counter", """Bonjour Madame Olsen,

Merci pour ce nouveau pas. Nous acceptons les 4 %, mais le délai de paiement devra rester à quarante-cinq jours.

Cordialement,""", "Acceptance of the percent with a changed payment term in words.", offer=O2, tmpl="counter",
  t=dict(pct=-4.0, days=45))
C("fr-be", "outlook", "counter", """Madame,

Nous pouvons vous accorder une remise de 3,5 % si vous vous engagez sur dix-huit mois, le paiement restant à 30 jours date de facture.

Bien à vous,""", "Remise as price change with an eighteen-month term in words.", t=dict(pct=-3.5, months=18, days=30))
C("fr", "apple", "counter", """Bonjour,

Nous sommes contraints de revaloriser nos tarifs de 4 % au 1er mai, comme tous nos clients en ont été informés.

Cordialement,""", "Increase phrased as revaloriser with a number.", pi=True, t=dict(pct=4.0))
C("fr-ca", "thunderbird", "counter", """Bonjour,

Le délai de 60 jours ne nous convient pas. Par contre, si vous passez à 45 jours, on peut vous consentir les 6 %.

Merci et bonne journée,""", "Quebec counter: the percent kept on condition of a shorter term.", t=dict(days=45, pct=-6.0))
C("fr", "gmail", "accept", """Bonjour,

Ça nous va. Merci de nous faire parvenir le bon de commande.

Cordialement,""", "Acceptance with ça nous va.")
C("fr-ch", "outlook", "accept", """Madame,

C'est d'accord pour nous : 6 % de baisse et paiement à 60 jours.

Meilleures salutations""", "Swiss acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("fr-be", "iphone", "accept", """Parfait, marché conclu.

Bien à vous""", "Short Belgian acceptance from a phone.", tmpl="reminder")
C("fr", "outlook", "reject", """Madame,

Nous vous remercions de votre proposition, mais nous ne sommes pas en mesure d'y donner suite. Nos tarifs actuels restent inchangés.

Cordialement,""", "Polite decline keeping current prices.")
C("fr-ca", "gmail", "reject", """Bonjour,

Merci de retirer notre adresse de votre liste d'envoi.

Bonne journée""", "Quebec unsubscribe request.", sig="none")
C("fr", "thunderbird", "reject", """Bonjour,

Aucune baisse n'est envisageable. Nous vous informerons d'ailleurs prochainement d'une révision à la hausse de nos tarifs.

Cordialement,""", "Decline announcing an unquantified increase.", pi=True)
C("fr", "outlook", "other", """Madame,

Nous pourrions aller jusqu'à 5 % en échange d'une exclusivité sur l'ensemble de vos références de carton. Est-ce une piste que vous êtes prêts à étudier ?

Bien cordialement,""", "Percent offered against exclusivity, a condition outside the levers.")
C("fr-be", "outlook_plain", "other", """Madame,

Suite au changement de notre banque, nous vous prions de noter nos nouvelles coordonnées bancaires : IBAN BE71 0961 2345 6769, BIC GKCCBEBB.

Bien à vous,""", "Bank-detail change.")
C("fr", "gmail", "other", """Bonjour,

Nous pourrions envisager une baisse comprise entre 2 et 4 %, selon le volume que vous êtes en mesure de nous garantir.

Cordialement,""", "A range tied to an unknown volume.")
C("fr-ca", "apple", "other", """Bonjour Madame Olsen,

Ça me semble correct, mais je dois faire valider par mon directeur avant de m'engager. Je vous reviens d'ici lundi.

Merci""", "Acceptance pending the director's sign-off, Quebec idiom.")
A("fr", """Bonjour,

Je suis absente du bureau jusqu'au 5 mai inclus. Pour toute demande urgente, merci de contacter notre service ADV au 04 78 40 12 80.

Cordialement,""", "French Outlook out-of-office.", style="outlook")
A("fr-ca", """Bonjour, je suis en vacances jusqu'au 12 mai et je répondrai à votre courriel à mon retour.

Hello, I am on vacation until May 12 and will answer your email when I am back.""", "Bilingual Quebec vacation reply.")
B("fr", "provider", "Échec de la remise du message : {subj}", """Ceci est un message automatique, merci de ne pas y répondre.

Votre message n'a pas pu être délivré au destinataire suivant : {rcpt}

Raison : l'adresse n'existe pas ou n'est plus active.
Réponse du serveur : {diag}

En-têtes du message d'origine :""", "French provider bounce.", diag="550 5.1.1 Adresse inconnue")

# ---------------------------------------------------------------- Dutch (nl, nl-BE)
C("nl", "outlook", "counter", """Beste mevrouw Olsen,

Zes procent zit er voor ons echt niet in. We kunnen twee procent bieden, met een betalingstermijn van dertig dagen.

Met vriendelijke groet,""", "Refused percent in words first, counter in words.", t=dict(pct=-2.0, days=30))
C("nl-be", "gmail", "counter", """Goedemiddag mevrouw Olsen,

De gevraagde 6 % kunnen wij niet waarmaken. Wel bieden we 3 % korting bij een contract van twee jaar.

Met vriendelijke groeten,""", "Flemish counter, korting as price change, two-year term.", t=dict(pct=-3.0, months=24))
C("nl", "iphone", "counter", """Helaas, we moeten omhoog: 4 % per 1 juni.

Groet""", "Increase as we moeten omhoog with a number.", pi=True, t=dict(pct=4.0))
C("nl", "thunderbird", "counter", """Hallo Marit,

In plaats van korting bieden we een jaarbonus van 2 % als jullie 150.000 stuks per jaar afnemen.

Groeten,""", "Jaarbonus with a committed volume.", t=dict(rebate=2.0, vol=150000))
C("nl-be", "outlook_plain", "counter", """Geachte mevrouw Olsen,

Wij stellen anderhalve procent voor, met betaling binnen 45 dagen na factuurdatum.

Met vriendelijke groeten,""", "Percent in words with days after invoice date.", t=dict(pct=-1.5, days=45))
C("nl", "gmail", "counter", """Hoi Marit,

Vier procent gaat ons te ver. Drie procent, 60 dagen en twaalf maanden looptijd: daar zijn we akkoord mee.

Groet,""", "Answer to a bot counter, refused four percent first.", offer=O2, tmpl="counter",
  t=dict(pct=-3.0, days=60, months=12))
C("nl", "owa", "counter", """Beste mevrouw Olsen,

We kunnen de prijs verlagen naar € 1,29 per stuk, betaling 30 dagen netto.

Met vriendelijke groet,""", "Euro unit price with decimal comma, HTML only.", base=(1.35, "EUR"),
  t=dict(price=1.29, cur="EUR", days=30))
C("nl-be", "android", "counter", """Akkoord met 6 %, maar dan wel met betaling op 30 dagen.""",
  "Akkoord with a changed payment term is a counter.", t=dict(pct=-6.0, days=30))
C("nl", "gmail", "accept", """Hallo Marit,

Akkoord, we gaan ermee aan de slag.

Groet,""", "Bare acceptance with akkoord.")
C("nl-be", "outlook", "accept", """Geachte mevrouw Olsen,

Dat is in orde voor ons: 6 % korting en 60 dagen betalingstermijn.

Met vriendelijke groeten,""", "Flemish acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("nl", "outlook", "reject", """Beste mevrouw Olsen,

Wij houden vast aan onze huidige prijzen. Een verlaging is op dit moment niet aan de orde.

Met vriendelijke groet,""", "Keeping current prices.")
C("nl-be", "thunderbird", "reject", """Graag ons uit uw mailinglijst verwijderen. Dank.""", "Curt unsubscribe request.", sig="none")
C("nl", "outlook", "other", """Beste mevrouw Olsen,

We kunnen 3 % bieden, maar alleen als we een indexclausule op basis van de papierprijsindex afspreken. Kunt u daarmee instemmen?

Met vriendelijke groet,""", "Offer conditional on an index clause.")
C("nl", "gmail", "other", """Hoi Marit,

Zullen we even bellen? Ik denk dat we er telefonisch sneller uitkomen. Ik ben vanmiddag bereikbaar op 06-41 27 88 19.

Groet,""", "Call request with a mobile number.")
C("nl-be", "apple", "other", """Dag mevrouw Olsen,

Voor de etiketten gaan we akkoord met uw voorstel; over de dozen moeten we intern nog overleggen.

Vriendelijke groeten,""", "Acceptance for another article in a thread about boxes.", item="corrugated shipping boxes")
A("nl", """Beste relatie,

Wegens Hemelvaart is ons kantoor op donderdag 29 en vrijdag 30 mei gesloten. Uw e-mail wordt vanaf maandag 2 juni behandeld.

Met vriendelijke groet,
Bakker Verpakkingen""", "Closure notice without RFC 3834 headers.", style="none", subj="Kantoor gesloten / Office closed")
B("nl", "exchange", "Onbestelbaar: {subj}", """Uw bericht heeft een of meer geadresseerden niet bereikt.

Geadresseerde: {rcpt}

Het e-mailaccount dat u probeerde te bereiken bestaat niet. Controleer het adres en probeer het opnieuw.

Diagnostische gegevens voor beheerders:
{diag}""", "Dutch Exchange non-delivery report.")

# ---------------------------------------------------------------- Italian
C("it", "outlook", "counter", """Gentile dott.ssa Olsen,

il 6 % richiesto per noi non è sostenibile. Possiamo arrivare al 2 %, con pagamento a 60 giorni data fattura fine mese.

Cordiali saluti""", "Refused percent first, data fattura fine mese.", t=dict(pct=-2.0, days=60))
C("it", "gmail", "counter", """Buongiorno,

purtroppo dovremo ritoccare i listini del 3 % dal prossimo mese, visto l'aumento dell'energia.

Un saluto""", "Increase phrased as ritoccare i listini.", pi=True, t=dict(pct=3.0))
C("it", "thunderbird", "counter", """Buongiorno,

sul prezzo non possiamo muoverci, però vi riconosciamo un premio di fine anno del 2 % a fronte di un impegno di 250.000 pezzi annui.

Cordiali saluti""", "Premio di fine anno with a committed volume.", t=dict(rebate=2.0, vol=250000))
C("it", "iphone", "counter", """Il 6 no. 3 % e 45 giorni e chiudiamo.

Saluti""", "Curt mobile counter.", t=dict(pct=-3.0, days=45))
C("it", "outlook_plain", "counter", """Spett.le Harbourline,

uno sconto del sei per cento non è proponibile. Vi proponiamo il quattro per cento con un contratto di ventiquattro mesi.

Distinti saluti""", "Percent and months in words.", t=dict(pct=-4.0, months=24))
C("it", "owa", "counter", """Gentile Marit,

accettiamo il 4 % e i dodici mesi, ma il pagamento deve essere a 30 giorni.

Cordiali saluti""", "Acceptance of a bot counter with a changed payment term.", offer=O2, tmpl="counter",
  t=dict(pct=-4.0, months=12, days=30))
C("it", "apple", "counter", """Buongiorno,

possiamo scendere a 0,84 € al pezzo, pagamento a 90 giorni d.f.f.m.

Saluti""", "Euro unit price after the number, abbreviated fine mese term.", base=(0.87, "EUR"),
  t=dict(price=0.84, cur="EUR", days=90))
C("it", "android", "counter", """Un punto e mezzo di sconto, non di più. Pagamento 30 gg.""", "Percent in words, gg abbreviation.",
  t=dict(pct=-1.5, days=30))
C("it", "gmail", "accept", """Buongiorno Marit,

ci sta bene, procediamo pure.

Un saluto""", "Acceptance with ci sta bene.")
C("it", "outlook", "accept", """Gentile dott.ssa Olsen,

confermiamo: sconto del 6 % e pagamento a 60 giorni. Restiamo in attesa del vostro ordine.

Cordiali saluti""", "Acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("it", "outlook", "reject", """Gentile dott.ssa Olsen,

vi ringraziamo, ma non siamo in grado di accogliere la vostra richiesta. I prezzi restano invariati.

Cordiali saluti""", "Polite decline keeping prices.")
C("it", "thunderbird", "reject", """Non ci interessa, grazie.""", "Curt decline without a reason.", sig="none")
C("it", "outlook", "other", """Gentile Marit,

potremmo concedere il 5 %, ma solo con pagamento anticipato alla conferma d'ordine. Vi andrebbe bene?

Cordiali saluti""", "Percent conditional on prepayment.")
C("it", "gmail", "other", """Buongiorno,

il 6 % si intende sul prezzo di listino o sul netto attuale di 2,40 € al pezzo? Prima di rispondere vorremmo capire bene.

Grazie""", "Clarifying question with a price in it.", base=(2.40, "EUR"))
C("it", "webmail", "other", """Ciao Paolo,

guarda un po' questa richiesta: vogliono il 6 % e 60 giorni. Secondo me possiamo dare al massimo il 2. Fammi sapere.""",
  "Internal note sent to the buyer by mistake.", sig="none")
A("it", """Buongiorno,

sono fuori ufficio fino al 2 giugno compreso. Per urgenze potete chiamare il numero 039 668 2100.

Cordiali saluti""", "Italian Outlook out-of-office.", style="outlook")
B("it", "provider", "Messaggio non recapitato: {subj}", """Questo è un messaggio automatico.

Non è stato possibile recapitare il messaggio a {rcpt}: la casella del destinatario è piena.

Risposta del server: {diag}

Intestazioni del messaggio originale:""", "Italian provider bounce for a full mailbox.", status="5.2.2", diag="552 5.2.2 Mailbox full")

# ---------------------------------------------------------------- Polish
C("pl", "outlook", "counter", """Szanowna Pani,

obniżka o 6 % jest dla nas nie do przyjęcia. Możemy zaproponować 2 % przy terminie płatności 30 dni od daty faktury.

Z poważaniem""", "Refused percent first, dni od daty faktury.", t=dict(pct=-2.0, days=30))
C("pl", "gmail", "counter", """Dzień dobry,

możemy zejść do 3,75 zł netto za sztukę, płatność 45 dni.

Pozdrawiam""", "Zloty unit price with netto meaning excluding VAT.", base=(3.90, "PLN"),
  t=dict(price=3.75, cur="PLN", days=45))
C("pl", "thunderbird", "counter", """Dzień dobry,

ceny jednostkowej nie obniżymy, ale proponujemy bonus roczny w wysokości 3 % przy zobowiązaniu do odbioru 120 000 sztuk rocznie.

Pozdrawiam serdecznie""", "Bonus roczny with a committed volume.", t=dict(rebate=3.0, vol=120000))
C("pl", "iphone", "counter", """Niestety musimy podnieść ceny o 5 % od lipca.

Pozdrawiam""", "Increase with a number from a phone.", pi=True, t=dict(pct=5.0))
C("pl", "outlook_plain", "counter", """Szanowna Pani,

cztery procent to za dużo. Półtora procent i umowa na dwa lata, na to możemy się zgodzić.

Z poważaniem""", "Answer to a bot counter with percent and term in words.", offer=O2, tmpl="counter",
  t=dict(pct=-1.5, months=24))
C("pl", "owa", "counter", """Szanowna Pani,

zgadzamy się na 6 %, ale termin płatności musi wynosić 30 dni.

Z poważaniem""", "Acceptance with a changed payment term.", t=dict(pct=-6.0, days=30))
C("pl", "gmail", "accept", """Dzień dobry,

pasuje nam, akceptujemy.

Pozdrawiam""", "Acceptance with pasuje nam.")
C("pl", "outlook", "accept", """Szanowna Pani,

potwierdzamy przyjęcie warunków: rabat 6 % i płatność w terminie 60 dni.

Z poważaniem""", "Acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("pl", "outlook", "reject", """Szanowna Pani,

dziękujemy za propozycję, jednak pozostajemy przy obecnych cenach.

Z poważaniem""", "Keeping current prices.")
C("pl", "webmail", "reject", """Proszę usunąć nasz adres z listy mailingowej.""", "Unsubscribe request in iso-8859-2 webmail.", sig="none")
C("pl", "gmail", "other", """Dzień dobry,

informujemy o zmianie numeru rachunku bankowego: PL61 1090 1014 0000 0712 1981 2874. Prosimy o aktualizację danych w systemie.

Pozdrawiam""", "Bank-detail change.")
C("pl", "outlook", "other", """Szanowna Pani,

wstępnie się zgadzamy, ale ostateczną decyzję musi zatwierdzić zarząd. Odezwiemy się w przyszłym tygodniu.

Z poważaniem""", "Acceptance pending board approval.")
A("pl", """Dzień dobry,

jestem na urlopie do 9 maja. W pilnych sprawach proszę dzwonić pod numer 61 814 22 30.

Pozdrawiam""", "Polish vacation reply.")
B("pl", "provider", "Niedostarczona wiadomość: {subj}", """To jest automatyczna wiadomość systemu pocztowego.

Nie udało się dostarczyć wiadomości do {rcpt}. Adres odbiorcy nie istnieje.

Odpowiedź serwera: {diag}

Nagłówki oryginalnej wiadomości:""", "Polish provider bounce.")

# ---------------------------------------------------------------- Portuguese (pt-PT, pt-BR)
C("pt-pt", "outlook", "counter", """Exma. Sra. Marit Olsen,

Os 6 % pedidos não são comportáveis para nós. Podemos oferecer 2 %, com pagamento a 60 dias da data da fatura.

Com os melhores cumprimentos,""", "European Portuguese, refused percent first.", t=dict(pct=-2.0, days=60))
C("pt-br", "gmail", "counter", """Olá Marit, tudo bem?

Não conseguimos chegar aos 6 %. Podemos fazer R$ 6,55 por unidade, com pagamento em 28 dias.

Abraços,""", "Brazilian real unit price with decimal comma.", base=(6.80, "BRL"),
  t=dict(price=6.55, cur="BRL", days=28))
C("pt-br", "outlook", "counter", """Prezada Marit,

Em vez de desconto no preço, oferecemos um bônus de 2 % ao ano sobre as compras, desde que vocês se comprometam com 200 mil unidades anuais.

Atenciosamente,""", "Bônus with a committed volume written as 200 mil.", t=dict(rebate=2.0, vol=200000))
C("pt-pt", "thunderbird", "counter", """Boa tarde,

Teremos de atualizar os preços em 3,5 % a partir de julho, devido ao aumento do custo da pasta de papel.

Cumprimentos,""", "Increase phrased as atualizar os preços.", pi=True, t=dict(pct=3.5))
C("pt-br", "iphone", "counter", """6% não dá. Faço 3% e 45 dias.

Abs""", "Curt Brazilian mobile counter.", t=dict(pct=-3.0, days=45))
C("pt-pt", "gmail", "counter", """Bom dia,

Aceitamos os 4 %, mas o contrato teria de ser de dois anos.

Cumprimentos,""", "Acceptance with a changed contract length.", offer=O2, tmpl="counter", t=dict(pct=-4.0, months=24))
C("pt-br", "gmail", "accept", """Oi Marit,

Fechado! Pode mandar o pedido.

Abraço""", "Acceptance with fechado.")
C("pt-pt", "outlook", "accept", """Exma. Sra. Marit Olsen,

Estamos de acordo com as condições propostas: 6 % de desconto e pagamento a 60 dias.

Com os melhores cumprimentos,""", "Acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("pt-br", "outlook", "reject", """Prezada Marit,

Agradecemos o contato, mas vamos manter nossos preços atuais.

Atenciosamente,""", "Keeping current prices.")
C("pt-pt", "apple", "reject", """Não temos interesse.

Cumprimentos""", "Curt decline without a reason.")
C("pt-br", "outlook_plain", "other", """Prezada Marit,

Conseguimos 4 %, mas apenas com frete FOB, com retirada na nossa fábrica em Sumaré. Funciona para vocês?

Atenciosamente,""", "Percent conditional on pickup at the factory.")
C("pt-pt", "gmail", "other", """Bom dia,

Podemos falar por telefone amanhã de manhã? Há alguns pontos que gostaria de esclarecer antes de responder.

Cumprimentos,""", "Call request before any answer.")
A("pt-br", """Olá,

Estou em férias até 16/05, com acesso restrito ao e-mail. Em caso de urgência, fale com nosso comercial pelo (19) 3854-2200.

Obrigada""", "Brazilian Outlook out-of-office.", style="outlook")
B("pt-br", "provider", "Mensagem não entregue: {subj}", """Esta é uma mensagem automática.

Não foi possível entregar sua mensagem para {rcpt}. O endereço não existe.

Resposta do servidor: {diag}

Cabeçalhos da mensagem original:""", "Brazilian provider bounce.")

# ---------------------------------------------------------------- Swedish
C("sv", "outlook", "counter", """Hej Marit,

Sex procent är inte möjligt för oss. Vi kan erbjuda två procent och betalning 30 dagar netto.

Vänliga hälsningar""", "Refused percent in words first, dagar netto.", t=dict(pct=-2.0, days=30))
C("sv", "gmail", "counter", """Hej,

Vi kan gå ner till 27,40 kr per styck om ni binder er i tolv månader.

Mvh""", "Krona unit price with a twelve-month term in words.", base=(28.50, "SEK"),
  t=dict(price=27.40, cur="SEK", months=12))
C("sv", "thunderbird", "counter", """Hej,

Tyvärr måste vi höja priserna med 3 % från och med 1 september.

Hälsningar""", "Increase with a number and a date.", pi=True, t=dict(pct=3.0))
C("sv", "iphone", "counter", """4 % går inte. 2,5 % och 45 dagar så kör vi.

Mvh""", "Answer to a bot counter from a phone.", offer=O2, tmpl="counter", t=dict(pct=-2.5, days=45))
C("sv", "gmail", "accept", """Hej Marit,

Det går bra för oss. Tack!

Hälsningar""", "Acceptance with det går bra.")
C("sv", "outlook", "accept", """Hej Marit,

Vi accepterar ert förslag: 6 % lägre pris och 60 dagars betalning.

Vänliga hälsningar""", "Acceptance restating the numbers.", t=dict(pct=-6.0, days=60))
C("sv", "outlook_plain", "reject", """Hej,

Tack, men vi avstår. Våra priser ligger fast.

Hälsningar""", "Polite pass keeping prices.")
C("sv", "gmail", "other", """Hej Marit,

En och en halv procent kan vi diskutera, men bara om vi får leverera alla era tejpsorter. Hur ser ni på det?

Mvh""", "Percent conditional on exclusivity.")
A("sv", """Hej!

Jag är föräldraledig till och med 30 juni. Kontakta gärna vår kundtjänst på 0383-76 14 00 så hjälper de dig.

Hälsningar""", "Swedish parental-leave auto-reply.")
B("sv", "exchange", "Olevererbart: {subj}", """Ditt meddelande nådde inte en eller flera mottagare.

Mottagare: {rcpt}

E-postkontot du försökte nå finns inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
{diag}""", "Swedish Exchange non-delivery report.")

# ---------------------------------------------------------------- English from these countries
C("en-de", "outlook", "counter", """Dear Ms Olsen,

The 6 % you ask is not feasible for us. We can offer 2.5 % and payment 45 days net.

Best regards""", "German writing English, refused percent first.", t=dict(pct=-2.5, days=45))
C("en-nl", "gmail", "counter", """Hi Marit,

We cannot go to six percent. What we can do is three percent with a two year contract.

Kind regards,""", "Dutch writing English, numbers in words.", t=dict(pct=-3.0, months=24))
C("en-pl", "outlook_plain", "counter", """Dear Madam,

Unfortunately we must increase the prices for 4 % from next quarter because of energy costs.

Best regards""", "Polish writing English, increase with a number.", pi=True, t=dict(pct=4.0))
C("en-it", "thunderbird", "counter", """Good morning,

Instead of a price reduction we propose a year-end bonus of 2% if you commit 100.000 pieces per year.

Best regards""", "Italian writing English, dot thousands separator.", t=dict(rebate=2.0, vol=100000))
C("en-se", "iphone", "counter", """6% is too much. 3% and 30 days, deal?

BR""", "Swedish writing English from a phone.", t=dict(pct=-3.0, days=30))
C("en-es", "gmail", "accept", """Hello Marit,

OK for us, we agree with your proposal.

Regards,""", "Spanish writing English, plain acceptance.")
C("en-br", "outlook", "accept", """Dear Marit,

We agree: 6% discount and payment in 60 days.

Best regards,""", "Brazilian writing English, acceptance restating numbers.", t=dict(pct=-6.0, days=60))
C("en-fr", "outlook", "reject", """Dear Madam,

Thank you, but we will keep our current prices.

Best regards,""", "French writing English, keeping prices.")
C("en-ch", "outlook", "other", """Dear Ms Olsen

Before we answer: is the 6% on the current price of CHF 4.40 or on the list price? And do you still need delivery free house?

Kind regards""", "Swiss writing English, clarifying question with a price.", base=(4.40, "CHF"))
C("en-de", "gmail", "other", """Hello Ms Olsen,

In principle it is ok, but our managing director must sign it off first. I will come back to you next week.

Best regards""", "German writing English, acceptance pending sign-off.")

# ---------------------------------------------------------------- split, write, check

def split():
    groups = {}
    for c in CASES:
        groups.setdefault((c["intent"], group_of(c["lang"])), []).append(c["name"])
    part, start = {}, 0
    for key in sorted(groups):
        names = sorted(groups[key])
        for i, n in enumerate(names):
            part[n] = ("probe", "sealed")[(start + i) % 2]
        if len(names) % 2:
            start ^= 1
    return part


def render():
    part = split()
    files = {"probe": {}, "sealed": {}}
    labels = {"probe": {}, "sealed": {}}
    for c in CASES:
        p = part[c["name"]]
        files[p][c["name"] + ".eml"] = build(c)
        labels[p][c["name"]] = label(c)
    for p in files:
        files[p]["labels.json"] = (json.dumps(labels[p], indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
    parts = {c["name"]: {"part": part[c["name"]], "language": c["lang"], "client": c["client"]} for c in CASES}
    return files, (json.dumps(parts, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write():
    files, parts = render()
    for p, fs in files.items():
        d = HERE / p
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if old.name not in fs:
                old.unlink()
        for n, data in fs.items():
            (d / n).write_bytes(data)
    (HERE / "parts.json").write_bytes(parts)
    print(f"wrote {len(CASES)} cases")


ISO = {"EUR", "CHF", "USD", "MXN", "ARS", "COP", "CAD", "PLN", "BRL", "SEK", "GBP", "DKK", "NOK", "CZK"}


def strip_tags(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def walk(msg, parent=None):
    yield msg, parent
    if msg.is_multipart():
        for sub in msg.get_payload():
            yield from walk(sub, msg)


def check_mail(c, data, errs):
    n = c["name"]
    if b"\r\n" not in data or data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        errs.append(f"{n}: bare CR or LF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append(f"{n}: line over 998 octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append(f"{n}: 8-bit header")
    texts = {"plain": [], "html": []}
    for pol in (email.policy.compat32, email.policy.default):
        msg = email.message_from_bytes(data, policy=pol)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append(f"{n}: missing {h}")
        if c["kind"] != "B" and (msg["In-Reply-To"] is None or msg["References"] is None):
            errs.append(f"{n}: missing In-Reply-To/References")
        for part, parent in walk(msg):
            if part.defects:
                errs.append(f"{n}: defects {part.defects}")
            if part.is_multipart() or (parent is not None and parent.get_content_type() == "message/delivery-status"):
                continue
            if part.get_content_maintype() != "text":
                continue
            if pol is email.policy.default:
                t = part.get_content()
                kind = "html" if part.get_content_subtype() == "html" else "plain"
                texts[kind].append(t)
            else:
                raw = part.get_payload(decode=True)
                raw.decode(part.get_content_charset() or "us-ascii")
    if c["kind"] == "C":
        hay = "\n".join(texts["plain"]) if texts["plain"] else strip_tags("\n".join(texts["html"]))
        for x in offer_text(c)[2]:
            if x not in hay:
                errs.append(f"{n}: quoted line missing: {x!r}")
        if texts["html"] and texts["plain"]:
            hh = strip_tags("\n".join(texts["html"]))
            for x in offer_text(c)[2]:
                if x not in hh:
                    errs.append(f"{n}: quoted line missing in html: {x!r}")
    return msg["Message-ID"]


def check_label(n, lab, errs):
    if set(lab) != {"context", "expected", "notes"}:
        errs.append(f"{n}: label keys")
        return
    ctx, exp = lab["context"], lab["expected"]
    if set(ctx) != {"baseline_unit_price", "currency", "last_offer"} or set(ctx["last_offer"]) != {"price_change_pct", "payment_days", "contract_months"}:
        errs.append(f"{n}: context keys")
    if (ctx["baseline_unit_price"] is None) != (ctx["currency"] is None):
        errs.append(f"{n}: baseline and currency go together")
    if ctx["currency"] is not None and ctx["currency"] not in ISO:
        errs.append(f"{n}: context currency")
    if ctx["baseline_unit_price"] is not None and not isinstance(ctx["baseline_unit_price"], float):
        errs.append(f"{n}: baseline type")
    lo = ctx["last_offer"]
    if lo["price_change_pct"] is not None and not isinstance(lo["price_change_pct"], float):
        errs.append(f"{n}: last_offer pct type")
    for k in ("payment_days", "contract_months"):
        if lo[k] is not None and not isinstance(lo[k], int):
            errs.append(f"{n}: last_offer {k} type")
    if set(exp) != {"intent", "price_increase", "terms"} or set(exp["terms"]) != set(TERM_KEYS):
        errs.append(f"{n}: expected keys")
        return
    it, pi, t = exp["intent"], exp["price_increase"], exp["terms"]
    if it not in ("counter", "accept", "reject", "auto_reply", "bounce", "other"):
        errs.append(f"{n}: intent")
    if not isinstance(pi, bool):
        errs.append(f"{n}: price_increase type")
    for k in ("price_change_pct", "unit_price", "rebate_pct"):
        if t[k] is not None and (not isinstance(t[k], float)):
            errs.append(f"{n}: {k} must be a float")
    for k in ("payment_days", "contract_months", "volume_units"):
        if t[k] is not None and (not isinstance(t[k], int) or isinstance(t[k], bool) or t[k] <= 0):
            errs.append(f"{n}: {k} must be a positive int")
    if t["currency"] is not None and (t["currency"] not in ISO or t["unit_price"] is None):
        errs.append(f"{n}: currency only with a unit_price, ISO 4217")
    if it not in ("counter", "accept") and any(v is not None for v in t.values()):
        errs.append(f"{n}: terms must be null for {it}")
    if it == "counter" and all(v is None for v in t.values()):
        errs.append(f"{n}: counter states no term")
    p = t["price_change_pct"]
    if p is not None and (p > 0) != pi:
        errs.append(f"{n}: sign of price_change_pct vs price_increase")
    if it == "counter" and pi and p is None and t["unit_price"] is None:
        errs.append(f"{n}: increase counter without a number")
    if pi and it in ("accept", "auto_reply", "bounce"):
        errs.append(f"{n}: price_increase on {it}")
    note = lab["notes"]
    if not isinstance(note, str) or not note.endswith(".") or re.search(r"[.!?]\s+[A-Z]", note[:-1]) or len(note) < 15:
        errs.append(f"{n}: note must be one sentence")


def check():
    errs = []
    files, parts = render()
    for p, fs in files.items():
        d = HERE / p
        on_disk = {x.name for x in d.iterdir()} if d.is_dir() else set()
        if on_disk != set(fs):
            errs.append(f"{p}: stray or missing files: {sorted(on_disk ^ set(fs))}")
        for n, data in fs.items():
            f = d / n
            if not f.is_file() or f.read_bytes() != data:
                errs.append(f"{p}/{n}: differs from a rebuild")
    if not (HERE / "parts.json").is_file() or (HERE / "parts.json").read_bytes() != parts:
        errs.append("parts.json differs from a rebuild")
    by = {c["name"]: c for c in CASES}
    mids = {}
    part = split()
    for p in ("probe", "sealed"):
        labs = json.loads((HERE / p / "labels.json").read_text("utf-8"))
        names = {x[:-4] for x in files[p] if x.endswith(".eml")}
        if set(labs) != names:
            errs.append(f"{p}: labels.json keys differ from the .eml files")
        for n in sorted(names):
            if part[n] != p:
                errs.append(f"{n}: in the wrong half")
            mid = check_mail(by[n], (HERE / p / (n + ".eml")).read_bytes(), errs)
            if mid in mids:
                errs.append(f"{n}: Message-ID shared with {mids[mid]}")
            mids[mid] = n
            check_label(n, labs[n], errs)
    pj = json.loads((HERE / "parts.json").read_text("utf-8"))
    if {k: v["part"] for k, v in pj.items()} != part:
        errs.append("parts.json disagrees with the split")
    probe = sum(1 for v in part.values() if v == "probe")
    if abs(probe - (len(part) - probe)) > 1:
        errs.append("halves differ by more than one")
    for e in errs:
        print("FAIL", e)
    print(f"checked {len(CASES)} cases ({probe} probe, {len(CASES) - probe} sealed): {'OK' if not errs else str(len(errs)) + ' problems'}")
    return 0 if not errs else 1


INTENTS = ("counter", "accept", "reject", "other", "auto_reply", "bounce")
GROUPS = ("de", "es", "fr", "nl", "it", "pl", "pt", "sv", "en-nn")


def table(title, cases):
    print(f"| {title} | " + " | ".join(INTENTS) + " | total |")
    print("|---|" + "---:|" * (len(INTENTS) + 1))
    for g in GROUPS:
        row = [sum(1 for c in cases if group_of(c["lang"]) == g and c["intent"] == i) for i in INTENTS]
        print(f"| {g} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [sum(1 for c in cases if c["intent"] == i) for i in INTENTS]
    print("| total | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print()


def stats():
    part = split()
    n = len(CASES)
    print("| part | " + " | ".join(INTENTS) + " | total |")
    print("|---|" + "---:|" * (len(INTENTS) + 1))
    for p in ("probe", "sealed"):
        row = [sum(1 for c in CASES if part[c["name"]] == p and c["intent"] == i) for i in INTENTS]
        print(f"| {p} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print()
    print("by intent: " + ", ".join(f"{i} {sum(1 for c in CASES if c['intent'] == i)} ({100 * sum(1 for c in CASES if c['intent'] == i) / n:.0f} %)" for i in INTENTS))
    print("by group: " + ", ".join(f"{g} {sum(1 for c in CASES if group_of(c['lang']) == g)} ({100 * sum(1 for c in CASES if group_of(c['lang']) == g) / n:.0f} %)" for g in GROUPS))
    print()
    table("all", CASES)
    for p in ("probe", "sealed"):
        table(p, [c for c in CASES if part[c["name"]] == p])
    print("price_increase true:", sum(1 for c in CASES if c["pi"]),
          "(" + ", ".join(f"{i} {sum(1 for c in CASES if c['pi'] and c['intent'] == i)}" for i in INTENTS if any(c['pi'] and c['intent'] == i for c in CASES)) + ")")
    for key in ("lang", "client", "shape"):
        cnt = {}
        for c in CASES:
            cnt[c[key]] = cnt.get(c[key], 0) + 1
        print(f"{key}s: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))


def listing():
    part = split()
    for c in CASES:
        print(f"{c['name']}\t{part[c['name']]}\t{c['lang']}\t{c['client']}\t{c['shape']}\t{c['intent']}{' +pi' if c['pi'] else ''}\t{c['note']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--check", action="store_true", help="rebuild in memory and validate everything on disk")
    g.add_argument("--stats", action="store_true", help="counts by part, intent and language")
    g.add_argument("--list", action="store_true", help="one line per case")
    a = ap.parse_args()
    if a.check:
        sys.exit(check())
    if a.stats:
        stats()
    elif a.list:
        listing()
    else:
        write()


if __name__ == "__main__":
    main()

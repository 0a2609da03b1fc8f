"""Replies only a human may act on, however agreeable they sound.

- A request to pay into a new bank account is the classic invoice-fraud pattern: never
  an acceptance, whatever else the message says.
- An answer for another article than the one negotiated ("happy with the new price for
  the 25 mm tape" in a thread about the 50 mm tape) must not close this negotiation. The
  article is told by its specification: a size, a weight, a part number. When the
  supplier's words name one that the subject and the quoted offer do not, while those
  name another of the same kind, the reply is about a different item.
"""

from __future__ import annotations

import re

from mailbot.core.reading import cues
from mailbot.core.reading.folding import Cue
from mailbot.core.reading.prefilter import compile_prefiltered

# Where a sentence ends, for the checks that look at one sentence at a time.
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n")
_SPEC = re.compile(
    r"(?<![\w.,/])(?P<n>\d+(?:[.,/]\d+)?)\s?(?P<u>mm|cm|m|µm|l|ml|kg|gsm|g/m²|g/m2|kw|"
    r"inch|in\b|\"|oz|lb|cc|gal)(?![\w²])"
    r"|(?<![\w-])(?P<code>(?:[A-Z]{1,4}-\d+[A-Z0-9-]*|[A-Z]{1,4}\d{2,}[A-Z0-9-]*|"
    r"\d{2,}x\d{2,}(?:x\d{2,})?|M\d{1,2}x\d{1,3}|DN\d{2,3}))(?![\w-])"
    r"|\b(?P<kw>type|typ|tipo|grade|version|variant|model|modell|mod[èe]le|modelo|modello|"
    r"size|gr[öo](?:ß|ss)e|taille|talla|misura|maat|rozmiar|storlek|gr\.)\s+(?P<kv>[A-Z0-9]"
    r"[\w/-]{0,8})(?![\w-])",
)
_ANSWER = Cue(
    r"\b(accept|agree|happy|fine|ok|okay|deal|price|offer|can do|we can|einverstanden|"
    r"akzeptier|annehmen|accept|d'accord|prix|acept|precio|accett|prezzo|akkoord|prijs|"
    r"akceptuj|cen[aęy]|aceit|pre[çc]o|accepter|pris)\w*"
)


# "For the printed ones, ...", "Was die Paletten betrifft": a sentence about one part.
_SCOPE = Cue(
    r"(?:^|(?<=[.!?;:]\s)|\n)\s*(for|as for|regarding|as to|f[üu]r|bei|was|pour|quant|para|"
    r"en cuanto|"
    r"per|quanto|voor|wat betreft|dla|co do|para|quanto|f[öo]r|vad g[äa]ller)\s+(the|die|den|"
    r"das|le|la|les|l'|el|los|las|il|lo|i|gli|het|de|os|as|o|a|aux|al|ai|agli)?\s*\S+"
)
_SCOPED_ANSWER = Cue(
    r"\b(for|f[üu]r|pour|para|per|voor|dla|f[öo]r)\s+(the|die|den|das|le|la|les|el|los|las|il|"
    r"lo|i|gli|het|de|os|as|o|a)\s+\S+"
)


# "..., not for the boxes", "no para las cajas": a part the acceptance leaves out.
_NOT_FOR = Cue(
    r"\b(not|no|nicht|pas|non|niet|nie|n[ãa]o|inte)\s+(for|para|f[üu]r|pour|per|voor|dla|"
    r"f[öo]r)\s+(the|die|den|das|le|la|les|el|los|las|il|lo|i|gli|het|de|os|as|o|a)\s+\S+"
)


_CLOSING_NO = Cue(
    r",\s*(\S+\s+){1,5}(invece|per[òo]|aber|pero|mais|maar|ale|mas|men|but|yet)\s+(no|non|"
    r"nein|nicht|niet|nie|n[ãa]o|inte|not)\s*[.!]?\s*$"
)


def accepts_only_part(new_text: str) -> bool:
    """"Fine for the standard trays. For the printed ones, see attached": the acceptance
    covers one part and another sentence deals with another part, or the same sentence
    leaves one out ("OK for the trays, not for the boxes")."""
    sentences = [s for s in SENTENCE_BREAK.split(new_text) if s.strip()]
    accepting = [s for s in sentences if cues.ACCEPT.search(s) and _SCOPED_ANSWER.search(s)]
    if not accepting:
        return False
    if any(_NOT_FOR.search(s) or _CLOSING_NO.search(s) for s in accepting):
        return True  # "OK for the boxes, not for the film", "... per i film invece no"
    return any(_SCOPE.match(s) for s in sentences if s not in accepting)


# Template and script syntax never belongs in a supplier's answer: it is someone probing
# the bot ("<%= 7*7 %>", "{{ config }}"), and no number in such a message is a term.
CODE = Cue(
    r"\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{.*?\}|#\{.*?\}|\[\[.*?\]\]"
    r"|<\s*/?\s*(script|iframe|object|embed|svg|img|style)\b[^>]*>|\bjavascript:|\bon(error|load)\s*="
    r"|(?:^|\s)[=+@]\s*(cmd|hyperlink|importxml|webservice|dde)\b[^\n]*",

    re.MULTILINE | re.DOTALL,
)
# Arithmetic is no term either: "7*7=49%" names no percent of the supplier's.
ARITHMETIC = compile_prefiltered(
    r"\d+(?:[.,]\d+)?\s*[*×^]\s*\d+(?:[.,]\d+)?(?:\s*=\s*\d+(?:[.,]\d+)?)?"
    r"|\d+(?:[.,]\d+)?\s*[+\-/]\s*\d+(?:[.,]\d+)?\s*=\s*\d+(?:[.,]\d+)?"
)


def without_code(text: str) -> str:
    """``text`` with template, script and arithmetic spans blanked (same length)."""
    for pattern in (CODE, ARITHMETIC):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text



# Expressions written as code: "7*7", "3^2", "2+2=4" (but not "40 × 60 mm", a size).
_CODE_ARITHMETIC = compile_prefiltered(r"\d\s*[*^]\s*\d|\d\s*[+\-*/]\s*\d+\s*==?\s*\d")


def holds_code(new_text: str) -> bool:
    return bool(CODE.search(new_text) or _CODE_ARITHMETIC.search(new_text))



def asks_to_change_bank_details(new_text: str) -> bool:

    """A new account named, or an IBAN given with an instruction to pay into it (the
    signature is cut before this is asked, so a footer's IBAN does not count)."""
    if cues.BANK_CHANGE.search(new_text) or cues.IBAN_PAYMENT.search(new_text):
        return True
    return any(_BANK_NOUN.search(s) and _CHANGE_WORD.search(s)
               for s in SENTENCE_BREAK.split(new_text))


# Bank details and a word of changing them in one sentence, in any order and language:
# "hemos cambiado de banco", "ons rekeningnummer is gewijzigd".
_BANK_NOUN = Cue(
    r"\b(bank(ing)? (details|account|data|information|connection)|account (number|details)|"
    r"iban|swift|bic|remittance|bankverbindung|kontoverbindung|kontodaten|bankdaten|"
    r"kontonummer|coordonn[ée]es bancaires|rib|compte bancaire|datos bancarios|"
    r"n[úu]mero de cuenta|cuenta bancaria|banco|coordinate bancarie|conto corrente|iban|"
    r"bankgegevens|rekeningnummer|bankrekening|dane bankowe|numer\w* (konta|rachunku)|"
    r"rachun(ek|ku) bankow\w*|konto bankowe|konta bankowego|dados banc[áa]rios|"
    r"conta banc[áa]ria|n[úu]mero da conta|bankuppgifter|bankgiro|bank)\b(?! holiday)"
)
_CHANGE_WORD = Cue(
    r"\b(chang\w*|updat\w*|new|moved|switch\w*|ge[äa]ndert|[äa]nder\w*|aktualisier\w*|"
    r"neue\w*|wechsel\w*|gewechselt|chang[ée]\w*|modifi\w*|mettre [àa] jour|nouv\w*|"
    r"cambi\w*|actualiz\w*|actualic\w*|nuev\w*|aggiorn\w*|nuov\w*|gewijzigd|wijzig\w*|"
    r"nieuw\w*|bijwerken|zmian\w*|zmieni\w*|aktualiz\w*|now\w*|atualiz\w*|mud\w*|nov[oa]s?|"
    r"[äa]ndr\w*|uppdater\w*|nya?)\b"
)


def names_another_item(new_text: str, subject: str, full_text: str) -> bool:
    """The supplier's answer is about an article the thread is not about."""
    if cues.OTHER_ITEM.search(new_text):
        return True
    thread = f"{subject}\n{_quoted(full_text, new_text)}"
    if _accepts_for_unnamed_article(new_text, _SALUTATION.sub(" ", thread).lower()):
        return True
    answered = [_key(match) for sentence in re.split(r"(?<=[.!?])\s+|\n", new_text)
                if _ANSWER.search(sentence) for match in _SPEC.finditer(sentence)]
    if not answered:
        return False  # no size or part number in the answer: nothing to compare
    thread = f"{subject}\n{_quoted(full_text, new_text)}"
    thread_specs = {_key(m) for m in _SPEC.finditer(thread)}
    kinds = {kind for kind, _ in thread_specs}
    return any(key not in thread_specs and key[0] in kinds for key in answered)



# "We accept the 3% on the thermal labels": an acceptance that names what it is for.
_ACCEPTED_FOR = Cue(
    r"\b(accept\w*|agree\w*|confirm\w*|ok|okay|fine|happy|akzeptier\w*|einverstanden|acept\w*|"
    r"accett\w*|akkoord)\b[^.;!?\n]{0,40}?\b(on|for|f[üu]r|pour|sur|para|per|voor|f[öo]r)\s+"
    r"(the|your|our|die|den|das|les|le|la|los|las|el|il|i|gli|het|de|os|as|o|a)\s+"
    r"(?P<item>(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*)"
)
# Words after "for the" that name no article: "for the rest", "for the next year".
_NOT_AN_ARTICLE = frozenset({
    "rest", "whole", "next", "coming", "first", "second", "year", "years", "month",
    "months", "time", "moment", "period", "term", "terms", "offer", "proposal", "price",
    "prices", "pricing", "reduction", "discount", "rebate", "payment", "delivery", "order",
    "orders", "contract", "volume", "volumes", "quantity", "quantities", "same", "above",
    "below", "remaining", "new", "current", "standard", "agreed", "proposed", "suggested",
    "revised", "updated", "quote", "quotation", "conditions", "condition", "deal",
    "business", "cooperation", "partnership", "meantime", "future", "call", "phone",
    "meeting", "discussion", "talk", "chat",
})


# "Dear St Lawrence Labels,": the greeting names the supplier, not the article.
_SALUTATION = re.compile(
    r"^[\s>]*(dear|hello|hi|sehr geehrte\w*|liebe\w*|guten tag|hallo|bonjour|madame|monsieur|"
    r"ch[èe]re?s?|estimad\w*|buenos d[íi]as|hola|gentil\w*|car[oa]|beste|geachte|szanown\w*|"
    r"dzie[ńn] dobry|prezad\w*|ol[áa]|hej|b[äa]sta)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)


def _accepts_for_unnamed_article(new_text: str, thread: str) -> bool:
    """The acceptance is for an article of which no word stands in the subject or the
    quoted offer ("the thermal transfer labels" in a thread about shipping cartons)."""
    for match in _ACCEPTED_FOR.finditer(new_text):
        words = [w for w in match.group("item").lower().split() if len(w) >= 4]
        if not words or words[-1] in _NOT_AN_ARTICLE or any(
                w in _NOT_AN_ARTICLE for w in words):
            continue
        if not any(w[:5] in thread for w in words):
            return True
    return False


def _key(match: re.Match[str]) -> tuple[str, str]:
    """(kind, value) of a specification: ("mm", "25"), ("code", "BQ-220")."""
    if match.group("kw"):  # "type A-3", "Größe 9": compared with the same word's values
        return (f"kw:{match.group('kw').lower()}", match.group("kv").upper())
    code = match.group("code")
    if code:  # codes compare only with codes of their own shape: "4471-A" with "4471-B"

        prefix = re.match(r"[A-Za-z]*", code)
        return (f"code:{prefix.group(0).upper() if prefix else ''}", code.upper())
    return (match.group("u").lower(), match.group("n").replace(",", "."))


def _quoted(full_text: str, new_text: str) -> str:
    """The message text without the supplier's new words (the quote, mostly)."""
    return full_text.replace(new_text, " ", 1) if new_text else full_text

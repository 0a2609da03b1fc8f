"""Cut sign-offs, signatures and legal footers from the supplier's own text.

Signatures are full of numbers (phones, street numbers, ZIP codes, registrations) and
footers can even state payment terms ("30 days net"), none of which the supplier is
proposing. The cut happens at the first sign-off line, which is found by what it is (a
closing formula, the sender's own name, ``-- ``, "Sent from my ...", a disclaimer),
never by shape: a hyphen or bullet list of terms is body text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailbot.core.reading.folding import Cue

_CLOSING = Cue(
    r"^\s*(best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|"
    r"thanks again|cheers|sincerely|yours sincerely|yours faithfully|yours truly|"
    r"best wishes|all the best|with best regards|greetings|"
    r"mit freundlichen gr[üu](ß|ss)en|freundliche gr[üu](ß|ss)e|viele gr[üu](ß|ss)e|"
    r"beste gr[üu](ß|ss)e|liebe gr[üu](ß|ss)e|herzliche gr[üu](ß|ss)e|gr[üu](ß|ss)e|"
    r"gru(ß|ss)|viele gr[üu](ß|ss)e|mfg|vg|lg|"
    r"cordialement|bien cordialement|salutations|meilleures salutations|bien [àa] vous|"
    r"sinc[èe]res salutations|merci|"
    r"saludos|saludos cordiales|un saludo|atentamente|cordiales saludos|gracias|"
    r"met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|hartelijke groet(en)?)"
    r"\s*[,.!]*\s*$"
)
_SIGNATURE_START = Cue(
    r"^\s*(--|—|__)\s*$"
    r"|^\s*(sent from my|sent with proton|sent from outlook|get outlook for|von meinem .{1,40}"
    r"gesendet|envoy[ée] (de|depuis) mon|enviado desde mi|inviato da|verzonden (vanaf|met) "
    r"mijn|wys[łl]ane z|enviado do meu|skickat fr[åa]n min)"
)

_DISCLAIMER = Cue(
    r"^\s*(this (e-?mail|message|communication)\b.*\b(confidential|intended|privileged)|"
    r"(confidentiality|legal) (notice|disclaimer)|disclaimer\b|"
    r"all (sales|orders|deliveries) are subject to|"
    r"diese (e-?mail|nachricht)\b.*\b(vertraulich|enth[äa]lt|bestimmt)|"
    r"ce (message|courriel|e-?mail)\b.*\b(confidentiel|destin[ée])|"
    r"este (mensaje|correo)\b.*\b(confidencial|destinado)|"
    r"dit (bericht|e-?mailbericht)\b.*\b(vertrouwelijk|bestemd))"
)


def strip_signature(
    text: str, sender_name: str | None, *, allow_first: bool = False
) -> tuple[str, bool]:
    """The text above the first sign-off line, and whether a cut was made.

    The first line signs off only when ``allow_first`` (a segment below a quote can
    start with the sender's name; a message's first line is its greeting or answer)."""
    names = _name_forms(sender_name)
    lines = text.split("\n")
    for index, _line in enumerate(lines):
        if (index or allow_first) and _is_sign_off(lines, index, names):
            return "\n".join(lines[:index]).rstrip(), True
    return text, False


def _is_sign_off(lines: list[str], index: int, names: frozenset[str]) -> bool:
    line = lines[index]
    if _SIGNATURE_START.match(line) or _DISCLAIMER.match(line):
        return True
    if _CLOSING.match(line):
        return _name_or_nothing_follows(lines[index + 1 :])
    bare = _bare(line)
    if not bare:
        return False
    return bare in names or any(bare.startswith(f"{name} ") for name in names if " " in name)


def _name_or_nothing_follows(rest: list[str]) -> bool:
    """A closing formula signs off only above a name, not above more sentences
    ("Thank you." can also open a message)."""
    following = next((line for line in rest if line.strip()), None)
    if following is None:
        return True
    return len(following.split()) <= 4 and not re.search(r"\d", following)


@lru_cache(maxsize=256)  # a reply's segments all ask for the same sender's names
def _name_forms(sender_name: str | None) -> frozenset[str]:

    """The sender's full name and first name, as they would stand alone on a line."""
    if not sender_name:
        return frozenset()
    name = sender_name
    if "," in name:  # "Last, First" directory style
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    words = _bare(name).split()
    forms = {" ".join(words)}
    if words:
        forms.update({words[0], words[-1], f"{words[0]} {words[-1]}"})
    return frozenset(form for form in forms if len(form) > 1)


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split()).casefold()

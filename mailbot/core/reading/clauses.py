"""Split the supplier's text into clauses and mark the ones whose numbers are not offers.

Suppliers repeat the buyer's numbers to refuse them ("A 10% reduction is not achievable;
4% is our limit", "3% instead of 6%") or ask about them ("does the 6% apply to ...?").
A clause boundary is drawn at every "but", "however" and their equivalents in the nine
languages we read, and the words after "instead of" ("statt", "au lieu de", "invece di",
...) are a clause of their own: what the supplier does not give. The role of each
number inside a clause is read in ``roles.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from mailbot.core.reading.folding import Cue


class Mood(Enum):
    """How a clause relates to the numbers it mentions."""

    STATES = "states"  # proposes or restates
    REFUSES = "refuses"  # declines something
    ASKS = "asks"  # a question: its numbers are asked about
    REPLACED = "replaced"  # what comes after "instead of": not what the supplier gives


@dataclass(frozen=True)
class Clause:
    text: str
    mood: Mood
    line: int  # index of the source line, to relate clauses to list items and rows


_ITEM = Cue(r"^\s*([-*•–·>]|\d{1,2}[.)]\s|[a-z][.)]\s|option\b)")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)|(?<=[.!?])(?=[A-Z])")
# Dutch "maar" after an imperative is a softening particle, not "but": "stuur maar het
# contract" (just send the contract), "ga maar door", "zeg het maar".
_PARTICLE_VERB = Cue(
    r"\b(stuur|stuurt|doe|ga|gaat|zeg|kom|laat|neem|geef|bel|mail|maak|plaats|bestel|zet|"
    r"schrijf|vul|lever|boek|het|dat|gerust)$"
)
_CONTRAST = Cue(
    r",?\s+\b(?=(?:but|however|although|though|whereas|jedoch|aber|allerdings|sondern|"
    r"mais|cependant|toutefois|par contre|en revanche|pero|sin embargo|aunque|en cambio|"
    r"maar|echter|ma|per[òo]|tuttavia|invece|ale|jednak|lecz|natomiast|mas|por[ée]m|"
    r"contudo|no entanto|men|dock|d[äa]remot)\b(?!\W+(?:only|nur|seulement|uniquement|"
    # "but only if ...", "maar alleen als ...": the condition stays with its offer
    r"s[óo]lo|solamente|solo|soltanto|alleen|tylko|s[óo]|apenas|bara|endast|enbart)\b))"
    r"|,\s*(?=(?:not|nicht|pas|no|niet|non|nie|n[ãa]o|inte)\b)"
)
_INSTEAD = Cue(
    r"\b(instead of|rather than|in place of|statt|anstatt|anstelle|au lieu de|plut[ôo]t que|"
    r"en lugar de|en vez de|in plaats van|invece di|al posto di|zamiast|em vez de|"
    r"em lugar de|i st[äa]llet f[öo]r|ist[äa]llet f[öo]r)\b"
)
# The words that end the phrase after "instead of": a pronoun or verb starts the rest.
_INSTEAD_STOP = Cue(
    r"^(we|i|you|they|wir|ich|sie|nous|je|vous|nosotros|noi|wij|ik|my|n[óo]s|vi|jag|"
    r"can|could|would|will|offer|propose|give|bieten|k[öo]nnen|gew[äa]hren|pouvons|"
    r"proposons|podemos|ofrecemos|possiamo|offriamo|kunnen|bieden|mo[żz]emy|oferujemy|"
    r"oferecemos|kan|erbjuder|is|are|ist|est|es|è|jest|é|är)$"
)
_REFUSAL = Cue(
    r"\b(not|cannot|can't|can ?not|won't|wouldn't|couldn't|don't|doesn't|isn't|aren't|unable|"
    r"impossible|no way|decline|declines|reject|refuse|unfortunately not|"
    r"too (steep|high|low|much|aggressive|far|deep)|out of the question|beyond our|"
    r"no (\w+ ){0,3}(is |are )?(possible|feasible|acceptable|achievable)|"
    r"nicht|kein|keine|keinen|leider|unmöglich|ablehnen|"
    r"ne|n'|pas|impossible|refusons|"
    r"no podemos|no es posible|no nos es|imposible|rechazamos|no aceptamos|no estamos|"
    r"niet|geen|onmogelijk|non|nie|n[ãa]o|inte|ej)\b"
)
# "no problem" and its kin agree, although they hold a negation: "Net 45 is no problem",
# "les 60 jours ne posent pas de problème", "stellt kein Problem dar".
NO_PROBLEM = Cue(
    r"\b(no problem|not a problem|kein problem|keine probleme?|pas de probl[èe]me|"
    r"ne (pose|posent|posera|poseront|pose(rait|raient)) (aucun|pas de) probl[èe]me|"
    r"(stellt|stellen|ist|sind) (f[üu]r uns )?kein(e|en)? probleme?( dar)?|"
    r"ning[úu]n problema|sin problema|no (es|son|supone|suponen|representa) (ning[úu]n |un )?"
    r"problema|nessun problema|non ([èe]|sono|rappresenta\w*|costituisce) (un |alcun )?problem[ai]|"
    r"non c'[èe] problema|geen probleem|nie ma problemu|bez problemu|nie stanowi\w* problemu|"
    r"sem problema|n[ãa]o (h[áa]|[ée]|s[ãa]o) (um |nenhum )?problema|inga problem|"
    r"inget problem|not an issue|no issue|(isn'?t|aren'?t|is not|are not|won'?t be|"
    r"(does|do)(n'?t| not) pose) (a |an |any )?(problem|issue)|no objection\w*|keine einw[äa]nde|"
    r"nothing against|nichts dagegen|no hay problema)\b"
)
_LEADING_NO = Cue(r"^\s*(no|nein|non)\b[,.!]")
_PROPOSAL_QUESTION = Cue(
    r"\b(would you (accept|agree|consider|take|be (ok|okay|fine|happy))|"
    r"could you (accept|agree|live with|consider|do)|can you (accept|agree|live with)|"
    r"how about|what about|would .{0,60} (work|be acceptable|suit)|"
    r"(würden|könnten|wären) sie .{0,60}(akzeptieren|einverstanden|annehmen)|"
    r"accepteriez-vous|pourriez-vous (accepter|envisager|consentir|vous contenter|"
    r"travailler avec|vivre avec)|seriez-vous d'accord|"
    r"(aceptarían|aceptaría|podrían aceptar)|qué tal|"
    r"(zou|zouden) u .{0,40}(akkoord|accepteren)|"
    r"\b(ok|okay|acceptable|fine|alright|agreed)\s*\?\s*$|(does|would|will|could) (that|this) work|"
    r"works? for you\s*\?\s*$)"
)


# A question asked without a question mark: "please clarify whether the 6% is on the
# ex-works price", "bitte bestätigen Sie, ob", "merci de préciser si".
_INDIRECT_QUESTION = Cue(
    r"\b(clarify|confirm|advise|let (us|me) know|tell (us|me)|explain|specify|indicate|"
    r"check)\b[^.;!?]{0,20}\b(whether|if|which|what|how|why|when)\b"
    r"|\b(best[äa]tigen|mitteilen|kl[äa]ren|sagen|erl[äa]utern|pr[üu]fen)\b[^.;!?]{0,30},?\s*ob\b"
    r"|\b(pr[ée]ciser|confirmer|indiquer|dire|expliquer)\b[^.;!?]{0,20}\b(si|quel\w*|comment|"
    r"pourquoi)\b"
    r"|\b(aclar\w*|confirm\w*|indic\w*|precis\w*|explic\w*)\b[^.;!?]{0,20}\b(si|cu[áa]l\w*|"
    r"c[óo]mo|por qu[ée])\b"
    r"|\b(chiarire|confermare|indicare|precisare|spiegare|specificare)\b[^.;!?]{0,20}\b(se|"
    r"quale|come|perch[ée])\b"
    r"|\b(bevestigen|verduidelijken|aangeven|laten weten|uitleggen)\b[^.;!?]{0,20}\b(of|welke|"
    r"hoe|waarom)\b|\b(of|welke|hoe)\b[^.;!?]{0,60}\b(bevestigen|verduidelijken|aangeven|"
    r"laten weten)\b"
    r"|\b(potwierdzi[ćc]|potwierdzenie|wyja[śs]ni[ćc]|wyja[śs]nienie|doprecyzowa[ćc]|"
    r"poinformowa[ćc])\b[^.;!?]{0,20}\b(czy|jak\w*|kt[óo]r\w*|dlaczego)\b"
    r"|\b(esclarec\w*|confirm\w*|indic\w*|explic\w*|informar)\b[^.;!?]{0,20}\b(se|qual|como|"
    r"porque)\b"
    r"|\b(bekr[äa]fta|f[öo]rtydliga|klarg[öo]ra|meddela|f[öo]rklara)\b[^.;!?]{0,20}\b(om|"
    r"vilk\w*|hur|varf[öo]r)\b"
)


# A number set up as the topic of what follows: "as for the 6%, ...", "pour le 6 %, ...".
TOPIC = Cue(
    r"^\W*(as (for|to|regards)|regarding|concerning|about|on|for|with regard to|re|"
    r"was|bei|zu|hinsichtlich|bez[üu]glich|pour|quant [àa]|concernant|sur|en ce qui concerne|"
    r"en cuanto al?|(con )?respecto al?|sobre|para|per|quanto (a|al|ai|alla|allo)|"
    r"riguardo (a|al|ai|alla)|circa|su|"
    r"wat betreft|voor|over|met betrekking tot|co do|je[śs]li chodzi o|odno[śs]nie|"
    r"quanto (ao|aos|à)|relativamente (a|ao)|vad g[äa]ller|n[äa]r det g[äa]ller|ang[åa]ende|"
    r"f[öo]r)\b"
)


def clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of ``text`` in reading order, each with its mood."""
    found: list[Clause] = []
    for line_number, line in enumerate(unwrap(text)):
        for sentence in _sentences(line):
            found.extend(_sentence_clauses(sentence, line_number))
    return tuple(found)


# A dot that ends an abbreviation, not a sentence: "1,2 Mio. Stück", "ca. 3 %", "Nr. 12".
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:mio|mrd|tsd|ca|bzw|inkl|exkl|zzgl|nr|approx|vs|stk|fa|hr|dr|z\.b|u\.a|"
    r"d\.h|i\.e|e\.g|ggf|evtl|incl|excl|env|aprox|núm|mind)\.$",
    re.IGNORECASE,
)


def _sentences(line: str) -> list[str]:
    """The line cut at sentence ends, not after an abbreviation's dot."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(line):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def unwrap(text: str) -> list[str]:
    """Logical lines: hard-wrapped prose is joined again, list items and rows are not."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and _continues(lines[-1], line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def _continues(previous: str, line: str) -> bool:
    if not previous.strip() or not line.strip() or _ITEM.match(line) or "|" in line:
        return False
    if previous.rstrip().endswith((":", "|")):
        return False
    lowercase_next = line.lstrip()[0].islower() and not previous.rstrip().endswith((".", "!", "?"))
    return len(previous) >= 40 or lowercase_next


def _sentence_clauses(sentence: str, line: int) -> list[Clause]:
    asks = (sentence.rstrip().endswith("?") or bool(_INDIRECT_QUESTION.search(sentence))) and (
        not _PROPOSAL_QUESTION.search(sentence))
    spans = [_instead_span(sentence, m) for m in _INSTEAD.finditer(sentence)]
    result = [Clause(sentence[a:b], Mood.REPLACED, line) for a, b in spans]
    remainder = sentence
    for a, b in spans:
        remainder = remainder[:a] + " " * (b - a) + remainder[b:]
    for part in _joined_topics(_joined_particles(_CONTRAST.split(remainder))):
        if part.strip():
            result.append(Clause(part.strip(), _mood(part, asks), line))
    return result


def _joined_particles(parts: list[str]) -> list[str]:
    """A piece cut before a particle "maar" goes back onto the verb before it."""
    joined: list[str] = []
    for part in parts:
        # "stuur de order maar.": a "maar" that ends the sentence is a particle too
        last = part.strip().rstrip(".!").lower() == "maar"
        after_verb = bool(joined) and part[:5].lower() == "maar " and bool(
            _PARTICLE_VERB.search(joined[-1]))
        if joined and (last or after_verb):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def _joined_topics(parts: list[str]) -> list[str]:
    """"En cuanto al 5%, no podemos": a number set up as a topic stays with what is said
    of it, not cut off before the "no"."""
    joined: list[str] = []
    for part in parts:
        previous = joined[-1] if joined else ""
        if (previous and TOPIC.match(previous) and len(previous.split()) <= 5
                and re.search(r"\d", previous)):
            joined[-1] = f"{previous}, {part.lstrip()}"
        else:
            joined.append(part)
    return joined


def _instead_span(sentence: str, cue: re.Match[str]) -> tuple[int, int]:
    """"instead of a price cut we offer...": the cue and at most five words after it,
    up to a comma or the pronoun or verb that starts the rest of the sentence."""
    end = cue.end()
    for count in range(6):
        word = _NEXT_WORD.match(sentence, end)  # anchored: a comma ends the span
        if word is None or count == 5 or _INSTEAD_STOP.match(word.group(1)):
            break
        end = word.end()
    return cue.start(), end


_NEXT_WORD = re.compile(r"\s*([^\s,.;:!?]+)")


def refuses(text: str) -> bool:
    """A refusal word other than a bare "leider": regret, as in "wir müssen die Preise
    leider erhöhen", says no to nothing."""
    return bool(_LEADING_NO.match(text)) or any(
        m.group(0).lower() != "leider" for m in _REFUSAL.finditer(text))


def _mood(text: str, asks: bool) -> Mood:
    if asks:
        return Mood.ASKS
    if ((_REFUSAL.search(text) and _REFUSAL.search(NO_PROBLEM.sub(" ", text)))
            or _LEADING_NO.match(text)):
        return Mood.REFUSES
    return Mood.STATES

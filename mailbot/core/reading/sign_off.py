"""An agreement that still waits for someone above the writer.

"5% and 60 days are fine, but our MD must sign", "salvo approvazione della direzione",
"musi to jeszcze zatwierdzić prezes", "vår VD måste godkänna först": however agreeable,
nothing is agreed until that person says so, and the engine must not close on it. The
phrasings are too many for a list, so the sign is structural: in one sentence, someone
who decides (a director, the board, the owner, head office) and a word of approving or
signing, not in the past ("our director has approved it" is an acceptance). The fixed
phrases that need no superior ("subject to approval", "pending sign-off") are in
``cues.PENDING``.
"""

from __future__ import annotations

from mailbot.core.reading.folding import Cue
from mailbot.core.reading.hazards import SENTENCE_BREAK

_SUPERIOR = Cue(
    r"\b(director|directors|md|ceo|cfo|coo|gm|boss|manager|owner|owners|(?<!on )board|"
    r"management|"
    r"head office|headquarters|parent company|supervisor|superior|chairman|president|"
    r"chef|chefin|gesch[äa]ftsf[üu]hr\w*|gesch[äa]ftsleitung|vorstand|inhaber\w*|leitung|"
    r"zentrale|konzern\w*|directeur|directrice|direction|patron|g[ée]rant\w*|pdg|si[èe]ge|"
    r"director[ae]?s?|direcci[óo]n|gerente|gerencia|jef[ea]|consejo|due[ñn]o|propietari[oa]|"
    r"direttore|direttrice|direzione|titolare|capo|amministrator\w*|consiglio|"
    r"directeur|directie|baas|bestuur|eigenaar|hoofdkantoor|leidinggevende|"
    r"prezes\w*|dyrektor\w*|zarz[ąa]d\w*|szef\w*|kierownik\w*|w[łl]a[śs]ciciel\w*|centrala|"
    r"diretor\w*|diretoria|dire[çc][ãa]o|ger[êe]ncia|chefe|dono|s[óo]cio|conselho|matriz|"
    r"vd|ledning\w*|styrelse\w*|[äa]gare\w*|huvudkontor\w*)\b"
)
_APPROVAL = Cue(
    r"\b(approv\w*|sign\w*|confirm\w*|ok|okay|authori[sz]\w*|go-ahead|green light|say-so|"
    r"zustimm\w*|zustimmung|freigeb\w*|freigabe|genehmig\w*|unterschreib\w*|unterschrift|"
    r"unterzeichn\w*|abseg\w*|absegnen|best[äa]tig\w*|valid\w*|approuv\w*|approbation|"
    r"aprob\w*|aprueb\w*|firm\w*|visto bueno|autoriz\w*|approvazione|approvar\w*|firmar\w*|"
    r"conferm\w*|autorizz\w*|tekenen|ondertekenen|goedkeur\w*|goedgekeurd|fiatter\w*|"
    r"zatwierdz\w*|zatwierdzi\w*|podpis\w*|akceptacj\w*|zaakceptowa\w*|zgod\w*|"
    r"aprova\w*|assinar|assinatura|godk[äa]nn\w*|skriva under|signera|klubba)\b"
)
# Said to have happened: "our director has approved it", "der Chef hat zugestimmt".
_DONE = Cue(
    r"\b(has|have|had|hat|haben|a|ont|ha|han|hanno|heeft|hebben|har|ju[żz]|j[áa])\s+"
    r"(\w+\s+){0,3}(approved|signed|confirmed|agreed|ok'?d|zugestimmt|freigegeben|genehmigt|"
    r"unterschrieben|best[äa]tigt|valid[ée]|approuv[ée]|sign[ée]|aprobado|firmado|"
    r"approvato|firmato|confermato|goedgekeurd|getekend|zatwierdzi[łl]\w*|podpisa[łl]\w*|"
    r"aprovad[oa]|assinad[oa]|godk[äa]nt|skrivit under)\b"
    r"|\b(approved|signed off|genehmigt|freigegeben|valid[ée]|aprobado|approvato|goedgekeurd|"
    r"zatwierdzon\w*|aprovado|godk[äa]nd)\s+by\b"
    # the superior's word said now: "our MD confirms the terms"
    r"|\b(approves|confirms|agrees|signs off on|stimmt .{0,20}zu|confirme|approuve|aprueba|"
    r"conferma|approva|bevestigt|keurt .{0,20}goed|potwierdza|zatwierdza|bekr[äa]ftar|"
    r"godk[äa]nner)\b"
)


def awaits_superior(text: str) -> bool:
    """A sentence names someone who decides and an approval still to come."""
    for sentence in SENTENCE_BREAK.split(text):
        if _SUPERIOR.search(sentence) and _APPROVAL.search(sentence) and not _DONE.search(
                sentence):
            return True
    return False

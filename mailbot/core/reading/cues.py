"""Words that signal what a message is, in English, German, French, Spanish and Dutch.

Each pattern is one signal the intent rules ask about; they are matched against the
supplier's new text (or headers, where named so), never against quoted history.
"""

from __future__ import annotations

import re


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ACCEPT = _words(
    r"\b(agreed|agree|accept|accepted|it'?s a deal|we have a deal|confirmed|we confirm|"
    r"confirm(ing)? (the|your)|"
    r"sounds good|works for us|work for us|fine (with|by) us|fine with (your|the|this)|"
    r"happy with|ok|okay|go ahead|approved|looks (good|fine)|that'?s fine|is fine|all good|"
    r"(please )?proceed|"
    r"good to go|count us in|works for me|sounds fine|no objections?|"
    r"einverstanden|akzeptier\w*|nehmen .{0,40}\ban\b|angenommen|zustimm\w*|passt|"
    r"keine einw[äa]nde|in ordnung|ça (nous |me )?(va|convient)|ça marche|"
    r"me parece bien|nos parece bien|est[áa] bien|vale|klinkt goed|prima|"
    r"d'accord|accept(e|ons|ée?s?)|ça nous convient|nous convient|"
    r"de acuerdo|aceptamos|aceptado|conforme|nos parece bien|"
    r"akkoord|accepteren|gaan akkoord)\b"
    r"|^\s*(yes|ja|oui|s[íi]|jawohl|yep)\s*[.!,]*\s*$|^\s*deal\b"
)
REJECT = _words(
    r"\b(decline|declined|reject|rejected|not able to|unable to|cannot|can't|can not|"
    r"not in a position|not possible|not continue|not to continue|withdraw|walk away|"
    r"pass on this|not interested|no longer|not feasible|no room|"
    r"no (\w+ ){0,3}(is |are )?(possible|feasible|available|acceptable|achievable)|"
    r"not acceptable|unacceptable|not (be )?able|not prepared|not willing|unwilling|regret|"
    r"not go (below|lower|further|down)|(prices?|offer|conditions) (are|is) final|"
    r"remain unchanged|end (our|the) (cooperation|relationship|partnership|business)|"
    r"terminate|discontinue|stop supplying|bleiben unver[äa]ndert|beenden|restent inchang[ée]s|"
    r"mettre fin|se mantienen|terminar|"
    r"(do|can|could|will) not agree|disagree|"
    r"keine[nmrs]? (\w+ )?(nachlass|rabatt|reduzierung|senkung|preissenkung|m[öo]glichkeit)|"
    r"ne \w+( \w+)? pas|n'\w+( \w+)? pas|"
    r"ablehnen|lehnen .{0,30}ab|nicht möglich|nicht darstellbar|nicht machbar|"
    r"können .{0,40}nicht|keine .{0,20}(senkung|reduzierung|nachlass)|"
    r"refus\w*|d[ée]clin\w*|ne (pouvons|pourrons) pas|pas possible|impossible|"
    r"rechaz\w*|no podemos|no es posible|no nos es posible|declinar|"
    r"afwijzen|niet mogelijk|kunnen .{0,30}niet)\b"
    r"|^\s*(no|nein|non)\b[,.!]"
)
CALL = _words(
    r"\b(call|phone|meeting|meet|discuss|talk|speak|anruf\w*|telefon\w*|besprechen|"
    r"gespräch|termin|appel\w*|réunion|discuter|llamada|llamar|reuni[óo]n|hablar|"
    r"bellen|overleggen|gesprek)\b"
)
FORWARDED = _words(
    r"\b(forwarded|passed (it|this|your \w+) on|get back to you|come back to you|"
    r"revert|circle back|will check|to check|check internally|look into|review (it|this)|"
    r"weitergeleitet|melden uns|melde mich|r[üu]ckmeldung|pr[üu]fen|"
    r"transmis|reviendrons vers vous|revenir vers vous|reenviado|le responderemos|"
    r"doorgestuurd|kom .{0,20}terug)\b"
)
PENDING = _words(
    r"\b(need to check|needs? to check|have to check|subject to (\w+ )?(approval|sign-off|"
    r"confirmation)|pending (\w+ )?(approval|sign-off)|once (approved|signed off)|"
    r"needs? (\w+ )?(approval|sign-off)|check with|run (it|this) by|"
    r"vorbehaltlich|zustimmung (der|des|unserer)|r[üu]cksprache|sous r[ée]serve|"
    r"sujeto a (la )?aprobaci[óo]n|consultar con|onder voorbehoud)\b"
)
TENTATIVE = _words(
    r"\b(might|maybe|perhaps|possibly|potentially|in the range|ballpark|roughly|around|"
    r"(would|could|might) consider|willing to consider|open to discuss\w*|"
    r"k[öo]nnten uns .{0,20}vorstellen|pourrions envisager|podr[íi]amos considerar|"
    r"approximately|vielleicht|eventuell|ungef[äa]hr|etwa|peut-[êe]tre|environ|"
    r"quiz[áa]s|tal vez|aproximadamente|misschien|ongeveer)\b"
)
ALTERNATIVES = _words(
    r"\b(option [a-c1-3]|options|alternative(ly)?|either|variant|variante|oder aber|"
    r"soit|o bien|ofwel|tiers?|staffel\w*)\b"
)
PRICE_INCREASE = _words(
    r"\b((raise|increase|put up|adjust) (our |the |its |all |unit )?(prices?|rates?|tariffs?)|"
    r"(price|rate) (increase|rise|adjustment)|prices? (will|must|need to|have to) (go up|rise|"
    r"increase)|surcharge|"
    r"preiserh[öo]hung|preise (zu )?(erh[öo]hen|anheben)|preisanpassung|"
    r"augmentation (de|des|du) (prix|tarifs?)|augmenter (nos|les) (prix|tarifs)|"
    r"hausse (de|des) (prix|tarifs)|aumento de (los )?precios?|subir (los|nuestros) precios|"
    r"prijsverhoging|prijzen verhogen)"
)
ATTACHMENT = _words(
    r"\b(attached|attachment|enclosed|anbei|im anhang|beigef[üu]gt|ci-joint|pi[èe]ce jointe|"
    r"adjunto|adjunta|bijgevoegd|in de bijlage)\b"
)
FORWARD_SUBJECT = _words(r"^\s*(fwd?|wg|tr|rv|fw|doorst)\s*:")
RESERVATION = _words(
    r"^(but|however|although|though|except|aber|jedoch|allerdings|mais|cependant|"
    r"toutefois|sauf|pero|sin embargo|excepto|maar|echter|behalve)\b"
)

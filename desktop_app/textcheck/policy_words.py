"""Warn about content that Policy 4007P ("User-generated Content") says the district removes.

Three categories, all reported as warnings for a person to review:
  * profanity: a small English/Spanish word list, whole words, any case or accents, with
    simple obfuscations (sh*t, f**k, sh!t, b1tch, a$$hole, repeated letters).
  * political: advocacy phrases only ("vote for", "vote yes/no", "re-elect", "elect <Name>",
    "support/oppose the levy", "vote ... levy" in one sentence; in Spanish "vote por",
    "vote sí/no", "reelija", "elija a <Name>", "apoye/rechace el impuesto", "vote ... bono").
    Informing about a levy, bond, candidate forum or ballot measure is legitimate and is not
    flagged.
  * commercial: promotion phrases ("buy now", "discount", "20% off", "promo code",
    "use code", "sponsored by", "sale" except "bake sale"; in Spanish "compre ya",
    "descuento", "código promocional", "patrocinado por", "oferta", "envío gratis").

Staff in the district write in English and Spanish, so each rule has both.
"""

from __future__ import annotations

import re

from .findings import Finding, dedupe
from .folding import fold, original_span

RULE_PROFANE = "Sexually suggestive, malicious, obscene, profane, threatening or intimidating"
RULE_POLITICAL = "Supports or opposes political candidates or ballot propositions"
RULE_COMMERCIAL = "Promotes commercial services or products"

PROFANITY = (
    # English
    "fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "motherfucker", "wtf", "stfu",
    "shit", "shits", "shitty", "bullshit", "bitch", "bitches", "bastard", "asshole", "assholes",
    "dumbass", "jackass", "damn", "dammit", "goddamn", "crap", "piss", "pissed", "cunt",
    "slut", "whore",
    # Spanish (matched without accents: cabrón -> cabron)
    "mierda", "puta", "puto", "pendejo", "pendeja", "cabron", "cabrona", "chingar", "chingada",
    "chingado", "verga", "culero", "joder", "carajo", "pinche", "hijueputa",
)
_LEET = {"a": "a@4", "e": "e3", "i": "i!1", "l": "l1", "o": "o0", "s": "s$5", "t": "t7"}
_MASK = "*#%@$"


def _obfuscated(word: str) -> str:
    """Regex for word where letters may be leet digits, masked with * # % @ $, or repeated."""
    first = re.escape(_LEET.get(word[0], word[0]))
    rest = "".join(f"[{re.escape(_LEET.get(c, c) + _MASK)}]+" for c in word[1:])
    return f"[{first}]+{rest}"


_EDGE = re.escape(_MASK)
_WORDS = "|".join(_obfuscated(w) for w in sorted(PROFANITY, key=len, reverse=True))
_PROFANITY = re.compile(rf"(?<![\w{_EDGE}])(?:{_WORDS})(?![\w{_EDGE}])")

# Applied to folded text: lower case, no accents, single spaces.
_CAMPAIGN = r"(?:levy|levies|bond|ballot measure|ballot proposition|proposition|prop|initiative|candidate)"
_POLITICAL = re.compile(
    r"\bvote (?:yes|no|for|against)\b"
    r"|\bre-?elect\b"
    rf"|\b(?:support|oppose|endorse|approve|pass|reject|defeat) (?:the |our |this |a )?{_CAMPAIGN}\b"
    rf"|(?<!the )(?<!a )(?<!levy )(?<!bond )\bvote\b[^.!?]{{0,60}}?\b{_CAMPAIGN}\b"
)
# Spanish, on the same folded text (accents gone: "sí" -> "si", "código" -> "codigo")
_CAMPAIGN_ES = (r"(?:impuestos?|bonos?|medidas? (?:electoral|de la boleta)|propuestas?|proposicion|"
                r"iniciativas?|candidat[oa]s?)")
_POLITICAL_ES = re.compile(
    r"\bvot(?:e|en|a|emos|ar) (?:por|si|no|a favor|en contra)\b"
    r"|\breeli(?:ja|jan|jamos|gir|ge)\b"
    rf"|\b(?:apoy(?:e|en|emos|ar)|rechac(?:e|en|emos)|rechazar|aprueb(?:e|en)|aprobar|derrot(?:e|en|ar)) "
    rf"(?:el |la |los |las |nuestr[oa] |est[ea] |un |una )?{_CAMPAIGN_ES}\b"
    rf"|(?<!the )(?<!a )(?<!el )\bvot(?:e|en|a|emos|ar)\b[^.!?]{{0,60}}?\b{_CAMPAIGN_ES}\b"
)
_ELECT_NAME = re.compile(r"(?<![\w-])(?:(?i:elect)|(?i:elij(?:a|an|amos)) a)\s+[A-ZÁÉÍÓÚÑ][\w'-]*")  # needs a capital
_COMMERCIAL_ES = re.compile(
    r"\bcompr(?:e|en|a) (?:ya|ahora|hoy)\b|\bdescuentos?\b|\bcodigos? (?:promocional|de descuento)(?:es)?\b"
    r"|\bcupon(?:es)?\b|\buse el codigo\b|\bpatrocinad[oa] por\b|\benvio gratis\b|\brebajas?\b"
    r"|\b(?:gran(?:des)? )?ofertas? (?:especial(?:es)?|por tiempo limitado)\b|\bgran(?:des)? ofertas?\b"
    r"|\ben venta\b|\ba la venta\b"
)
_COMMERCIAL = re.compile(
    r"\b(?:buy|shop|order) now\b|\bdiscount(?:s|ed)?\b|\d+ ?% off\b|\bpercent off\b"
    r"|\bpromo(?:tional)? codes?\b|\bcoupons?\b|\buse (?:the )?(?:promo )?code\b|\bsponsored by\b"
    r"|(?<!bake )(?<!\bel )(?<!\bla )(?<!\bse )(?<!\bque )(?<!\bno )(?<!\bya )\bsale\b(?! (?:a|al|de|del|el|la|los|las|en|con|hoy|manana|temprano|tarde|para|y)\b)|\blimited time offer\b|\bfree shipping\b"
)

_RULES = (
    ("profanity", _PROFANITY, f'Possible profanity (Policy 4007P: "{RULE_PROFANE}").'),
    ("political", _POLITICAL, f'Possible political advocacy (Policy 4007P: "{RULE_POLITICAL}"); '
                              "informing about an election or levy is fine, advocating is not."),
    ("commercial", _COMMERCIAL, f'Possible commercial promotion (Policy 4007P: "{RULE_COMMERCIAL}").'),
)
_RULES_ES = (
    ("political", _POLITICAL_ES, _RULES[1][2]),
    ("commercial", _COMMERCIAL_ES, _RULES[2][2]),
)


def find_policy_words(text: str) -> list[Finding]:
    """Profanity, political advocacy and commercial promotion in text, as warnings."""
    folded, index = fold(text)
    found = []
    for kind, pattern, message in _RULES + _RULES_ES:
        for m in pattern.finditer(folded):
            start, end = original_span(text, index, m.start(), m.end())
            found.append(Finding(kind, "warning", start, end, text[start:end], None, message))
    political = _RULES[1][2]
    for m in _ELECT_NAME.finditer(text):
        found.append(Finding("political", "warning", m.start(), m.end(), m.group(), None, political))
    return dedupe(found)

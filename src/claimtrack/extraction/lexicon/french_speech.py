"""The French words of speech by lemma, and the words that open a clause after a speaker.

Folded, lower-case alternations where a pattern reads the shadow; lemmas as spaCy's
French tables write them.

Example:
    >>> "affirmer" in REPORTING_LEMMAS, sorted(DENYING_LEMMAS)[0]
    (True, 'contester')
"""

from __future__ import annotations

# Adverbs and asides inside a compound verb of speech ("a aussitôt démenti", "ont
# formellement nié", "a pour sa part affirmé"), accents folded.
FR_ADVERBS = (
    r"aussi|egalement|deja|encore|quant a (?:lui|elle|eux|elles)|pour (?:sa|leur) part"
    r"|de (?:son|leur) cote|aussitot|toutefois|cependant|pourtant|ensuite|enfin|alors"
    r"|par ailleurs|de meme|[a-z]{3,}ment"
)
# The same inside "faire état" ("L'armée fait également état de 22 blessés", "Le
# communiqué fait aussi état de …", "faisait déjà état de …")
FR_STATE_GAP = rf"(?:fait|font|faisait|faisaient|faisant)(?: (?:{FR_ADVERBS})){{1,2}} etat(?= d)"

# The verbs of a French reporting frame, by lemma; the second set denies what it reports.
REPORTING_LEMMAS = frozenset(
    {
        "déclarer",
        "affirmer",
        "indiquer",
        "préciser",
        "annoncer",
        "estimer",
        "assurer",
        "expliquer",
        "ajouter",
        "rajouter",
        "écrire",
        "souligner",
        "confirmer",
        "rapporter",
        "dire",
        "raconter",
        "témoigner",
        "signaler",
        "reconnaître",
        "déplorer",
        "démentir",
        "nier",
        "apprendre",
        "évoquer",
        "parler",
        "avancer",
        "confier",
        "concéder",
        "admettre",
        "marteler",
        "insister",
        "rappeler",
        "contester",
        "rejeter",
        "réfuter",
        # what a source notes, finds or makes known: "X relève que …", "X a révélé que …"
        # (not "communiquer": "le communiqué de l'armée" would read as a verb)
        "relever",
        "noter",
        "constater",
        "détailler",
        "révéler",
        "tweeter",
        # "une source locale avait mentionné une vingtaine de morts", "un témoin relate …"
        "mentionner",
        "relater",
    }
)

DENYING_LEMMAS = frozenset({"démentir", "nier", "contester", "rejeter", "réfuter"})

# French participles of speech (folded): "a affirmé le ministre précisant : « … »", "…, a
# déclaré X ajoutant que …": they open what the speaker goes on to say, no part of who.
FR_SPEAKING_PARTICIPLES = (
    "precisant|affirmant|ajoutant|soulignant|assurant|evoquant|faisant etat|estimant"
    "|indiquant|expliquant|declarant|annoncant|rappelant|notant|confirmant|insistant"
    "|dementant|niant|reconnaissant|signalant|martelant|qualifiant|accusant|deplorant"
)
# French conjunctions that open a clause of their own after a source: "a affirmé une source
# alors que d'autres …", "a dit le maire avant de quitter …", "…, a indiqué l'ONG sans …".
FR_CLAUSE_OPENERS = (
    r"(?:alors|tandis|pendant|parce|bien|si bien|au moment ou|d'autant plus)\s+qu(?:e\s|')"
    r"|lorsqu(?:e\s|')|puisqu(?:e\s|')|quand\s|mais\s|sans\s"
    r"|avant\s+d(?:e\s|')|apres\s+(?:avoir|etre|que|qu')\b"
)

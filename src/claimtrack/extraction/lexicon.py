"""The word lists extraction runs on, English and French, in one place.

Every pattern here is matched against the *shadow* of the text (see
``sentences.shadow``): the same length as the text, accents dropped and quotes
straightened, so that ``tué``, ``tue`` and ``TUÉ`` are one word and every match
offset is an offset in the original text. Write patterns in plain ASCII,
lower case; they are compiled case-insensitively.

Example:
    >>> CLAIM_PARTICIPLES["neutralises?"]
    'killed'
"""

from __future__ import annotations

import re

from claimtrack.vocabulary import MONTH_NAMES


def words(alternation: str, *, lower: bool = False) -> re.Pattern:
    """A case-insensitive pattern for whole words or phrases of an alternation.

    ``lower``: match the words in lower case only, except at the start of the text
    (a reporting verb is "said", never the "States" of "United States").

    Example:
        >>> bool(words("killed|tue").search("ils ont tue 3"))
        True
        >>> bool(words("states", lower=True).search("the United States army"))
        False
    """
    # An apostrophe may stand before a word: French elision ("l'armée", "d'attaques").
    if lower:
        return re.compile(rf"(?:(?<![\w-])(?:{alternation})|^(?i:{alternation}))(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


# --- language detection: frequent function words -------------------------------------------
_EN_STOP = """the of and to in a is was were said that for on with by from at as has have had
it its their they he she been which who an this these"""
_FR_STOP = """le la les de des du un une et a au aux en dans par pour sur est sont ont ete qui que
avec il ils elle d l selon leur ce cette"""
STOPWORDS = {"en": frozenset(_EN_STOP.split()), "fr": frozenset(_FR_STOP.split())}

# --- reporting verbs: who says ---------------------------------------------------------------
# Finite or participle forms that introduce (or close) reported speech. "claimed" is
# here and among the responsibility patterns: "X claimed to have killed" reports,
# "the attacks were claimed by X" assigns responsibility (handled before this list).
REPORTING_VERBS = (
    # English
    "said|says|say|told|tells|spoke|added|adds|stated|states|claimed|claims|claiming|announced"
    "|announces|reported|reports|confirmed|confirms|insisted|stressed|emphasi[sz]ed|recounted"
    "|described|acknowledged|admitted|alleged|asserted|declared|explained|wrote|posted"
    "|tweeted|noted|revealed|estimated|denied|denies|dismissed|dismisses|disputed|disputes"
    "|rejected|rejects|saying|adding|stressing|insisting|precisant|ajoutant"
    "|put the (?:death )?toll|putting the (?:death )?toll"
    "|stood by (?:its|their|his|her) (?:account|version|figures?|toll)"
    "|put the number of (?:dead|deaths|victims|casualties)"
    # French (accents folded)
    "|a declare|ont declare|declare|declarent|a annonce|ont annonce|avait annonce|annonce"
    "|annoncent|a affirme|ont affirme|affirme|affirment|affirmant|assure|assurent|a assure"
    "|pretend|pretendent|a revendique|ont revendique|revendique|revendiquent|a dementi"
    "|ont dementi|avait(?: \\w+)? dementi|dement|dementent|a deplore|ont deplore"
    "|insiste|a insiste|poursuit|estime|estiment|font etat|faisant etat"
    "|avaient(?: \\w+){0,3} deplore|deplore|deplorent|ont fait etat|a fait etat|fait etat"
    "|a reconnu|ont reconnu|reconnait|a admis|ont admis|a assure|a ajoute|ajoute"
    "|a evoque|ont evoque|evoque|a indique|ont indique|indique|a precise|precise|a rapporte"
    "|rapporte|a confirme|ont confirme|confirme|contredisent|contredit|ont(?: \\w+)? parle"
    "|a parle|presentent|presente|a explique|explique|a souligne|souligne"
)
# Reporting verbs that deny what follows.
DENIAL_VERBS = (
    "denied|denies|dismissed|dismisses|disputed|disputes|rejected|rejects"
    "|a dementi|ont dementi|avait(?: \\w+)? dementi|dement|dementent|contredisent|contredit"
    "|rejette|rejettent|a rejete"
)
# "..., adding that ...": a participle that carries the same speaker on.
CONTINUING_VERBS = (
    "stressing|adding|saying|claiming|insisting|noting|warning|precisant|affirmant|ajoutant"
    "|soulignant|assurant"
)
# Phrases that place a claim with a source anywhere in the sentence.
ACCORDING_TO = (
    r"according to|selon|citing|d'apres|cited by"
    r"|a-t-on appris (?:\w+\s+){0,2}?(?:aupres (?:de|d')|de source)"
)

# --- who a source is -------------------------------------------------------------------------
PRONOUNS = {"he", "she", "it", "they", "il", "elle", "ils", "elles", "him", "them", "lui", "eux"}
# Words that make a noun phrase a plausible source.
SOURCE_NOUNS = (
    "army|military|militias?|forces?|troops|ministry|minister|government|authorities|officials?|official"
    "|spokes(?:man|woman|person)|commander|police|sources?|residents?|witness(?:es)?"
    "|eyewitness(?:es)?|politician|officer|agency|media|office|group|rebels?|militants?"
    "|jihadistes?|combattants|autorites|armee|gouvernement|ministere|ministre|porte-parole"
    "|responsables?|habitants?|temoins?|elus?|directeur|defence|defense|statement|insurgents"
    "|governor|mayor|prefect|officiers?|groupe|gendarmerie|gouverneur|prefet|maire|fighters|jihadists"
    "|authorities|ministry|commission|mission|observatory|monitor|ngo|hospital|doctors?"
    "|medics?|sources|analysts?|leader|chef|communique|president|presidency|presidence"
)
# Role words between an institution and a person's name ("army spokesperson Souleymane Dembele").
ROLE_WORDS = (
    "spokes(?:man|woman|person)|commander|minister|ministre|porte-parole|official|officer"
    "|director|directeur|chief|chef|head|governor|gouverneur|mayor|maire|colonel|general"
    "|lieutenant|captain|capitaine|commandant|mullah|medecin|president"
)
# Capitalised words that make a name an organisation's, not a person's.
ORG_WORDS = (
    r"Watch|Front|Forces?|Army|Group|Office|Ministry|Council|Mission|Agency|Organi[sz]ation"
    r"|Committee|Union|International|News|Media|Press|Reuters|Cross|Crescent|Nations|Command"
    r"|Movement|Coalition|Alliance|Brigades?|State|Government|Police|Service|Institute"
    r"|Observatory|Mouvement|Groupe|Armee|Gouvernement|Ministere|Conseil|Agence|Croix"
)
# Words a source noun phrase never ends in: auxiliaries and adverbs between it and its verb.
TRAILING_FILLERS = {
    "earlier",
    "quickly",
    "immediately",
    "initially",
    "previously",
    "subsequently",
    "officially",
    "publicly",
    "separately",
    "reportedly",
    "repeatedly",
    "flatly",
    "strongly",
    "firmly",
    "vehemently",
    "swiftly",
    "promptly",
    "however",
    "also",
    "further",
    "later",
    "then",
    "have",
    "has",
    "had",
    "already",
    "again",
    "a",
    "ont",
    "avait",
    "avaient",
    "elles",
    "ils",
    "y",
    "le",
    "jour",
    "meme",
    "par",
    "ailleurs",
    "enfin",
    "categoriquement",
    "aussi",
    "egalement",
    "deja",
    "would",
    "on",
}
# Words a source noun phrase never starts with.
LEADING_CONNECTORS = {
    "both",
    "but",
    "and",
    "however",
    "while",
    "whereas",
    "so",
    "then",
    "also",
    "with",
    "et",
    "mais",
    "puis",
    "tandis",
    "alors",
    "que",
    "specifically",
    "meanwhile",
    "yet",
    "avec",
    "donc",
}
PREPOSITIONS = {
    "in",
    "on",
    "at",
    "after",
    "during",
    "for",
    "from",
    "by",
    "dans",
    "en",
    "lors",
    "apres",
    "pendant",
    "de",
    "du",
    "des",
    "of",
    "to",
    "a",
    "au",
    "aux",
    "sur",
    "under",
}
DETERMINERS = {
    "the",
    "a",
    "an",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "one",
    "another",
    "some",
    "several",
    "plusieurs",
    "deux",
    "two",
    "three",
    "trois",
}
# Sentences that carry on the previous speaker's account without naming it again.
CONTINUATION_START = (
    r"specifically|in particular|other (?:locations|towns|places|areas|sites)|the group"
    r"|en outre|par ailleurs|notamment"
)

# --- how many --------------------------------------------------------------------------------
NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    "|ninety|hundred|thousand|dozen"
    "|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    "|vingts?|trente|quarante|cinquante|soixante|cents?|mille"
)
# "one"/"un" count only right after a claim verb ("arrested one foreign national"):
# elsewhere they are mostly articles and pronouns ("one resident", "un bilan").
MODIFIERS = (
    "at least|more than|over|up to|as many as|about|around|nearly|almost|approximately"
    "|roughly|an estimated|some|close to|no fewer than|no more than|fewer than|less than"
    "|au moins|plus de|plus d'|pres de|environ|jusqu'a|quelque|pas moins de|moins de"
)
# Words dropped from a value: they stress a number but do not change it.
STRESS_WORDS = r"only|just|seulement|que|qu'"
ZERO_WORDS = r"none|no|zero|aucun|aucune|pas de|pas d'"
# Nouns that make a count into a claim by themselves ("six dead", "93 martyrs").
TOLL_NOUNS = {
    "dead": "killed",
    "deaths": "killed",
    "death": "killed",
    "martyrs": "killed",
    "fatalities": "killed",
    "bodies": "killed",
    "morts": "killed",
    "mort": "killed",
    "tues": "killed",
    "deces": "killed",
    "victims": "casualties",
    "victimes": "casualties",
    "victime": "casualties",
    "casualties": "casualties",
    "wounded": "wounded",
    "injured": "wounded",
    "blesses": "wounded",
    "prisoners": "captured",
    "prisonniers": "captured",
    "hostages": "captured",
    "otages": "captured",
    "missing": "missing",
    "disparus": "missing",
    "displaced": "displaced",
    "deplaces": "displaced",
    "refugees": "displaced",
    "losses": "casualties",
    "pertes": "casualties",
}
# Units: a count of these is not a claim ("150 kilometres", "one hour").
UNITS = {
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "hours",
    "hour",
    "minutes",
    "days",
    "day",
    "weeks",
    "months",
    "years",
    "year",
    "percent",
    "per",
    "heures",
    "jours",
    "semaines",
    "mois",
    "ans",
    "annees",
    "kilometre",
    "kilometer",
    "mile",
    "h",
    "pm",
    "am",
}
DAY_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
)
# Longest first, so that the alternation takes "septembre" whole rather than "sept".
MONTHS = "|".join(sorted((n for names in MONTH_NAMES for n in names), key=len, reverse=True))

# --- what happened ---------------------------------------------------------------------------
# Participles after a counted subject: "five soldiers were killed", "27 soldats tués".
CLAIM_PARTICIPLES = {
    "killed": "killed",
    "slain": "killed",
    "dead": "killed",
    "died": "killed",
    "perished": "killed",
    "peri(?:e|s|es)?": "killed",
    "decede(?:e|s|es)?": "killed",
    "executed": "killed",
    "annihilated": "killed",
    "wiped out": "killed",
    "liquidated": "killed",
    "aneanti(?:e|s|es)?": "killed",
    "shot dead": "killed",
    "shot and killed": "killed",
    "gunned down": "killed",
    "(?:tortured|beaten|burned|stabbed|hacked) to death": "killed",
    "(?:lost|losing) their lives": "killed",
    "drowned": "killed",
    "perdu la vie": "killed",
    "trouve(?:e|s|es)? la mort": "killed",
    "trouve(?:e|s|es)? refuge": "displaced",
    "(?:du|forced to|had to) (?:fuir|flee)": "displaced",
    "fled their homes": "displaced",
    "noye(?:e|s|es)?": "killed",
    "neutrali[sz]ed": "killed",
    "eliminated": "killed",
    "tue(?:e|s|es)?": "killed",
    "neutralises?": "killed",
    "abattus?": "killed",
    "morts?": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "hurt": "wounded",
    "blesse(?:e|s|es)?": "wounded",
    "missing": "missing",
    "unaccounted for": "missing",
    "portee?s? disparue?s?": "missing",
    "disparus?": "missing",
    "captured": "captured",
    "arrested": "captured",
    "detained": "captured",
    "abducted": "captured",
    "kidnapped": "captured",
    "taken prisoner": "captured",
    "captur(?:e|es|ee|ees)": "captured",
    "arrete(?:e|s|es)?": "captured",
    "enleve(?:e|s|es)?": "captured",
    "seized": "seized",
    "overrun": "seized",
    "saisi(?:e|s|es)?": "seized",
    "recupere(?:e|s|es)?": "seized",
    "destroyed": "destroyed",
    "burned": "destroyed",
    "burnt": "destroyed",
    "torched": "destroyed",
    "razed": "destroyed",
    "detruit(?:e|s|es)?": "destroyed",
    "incendie(?:e|s|es)?": "destroyed",
    "brule(?:e|s|es)?": "destroyed",
    "fled": "displaced",
    "fui": "displaced",
    "damaged": "damaged",
    "endommage(?:e|s|es)?": "damaged",
    "displaced": "displaced",
    "sheltering": "displaced",
    "deplace(?:e|s|es)?": "displaced",
    "operating": "present",
    "deployed": "present",
    "stationed": "present",
    "present": "present",
    "attacked": "attacked",
    "targeted": "attacked",
    "hit": "attacked",
    "attaque(?:e|s|es)?": "attacked",
    "vise(?:e|s|es)?": "attacked",
}
# Verbs before a count: "killed up to 40 soldiers", "avoir tué une trentaine de soldats".
CLAIM_VERBS = {
    "killed": "killed",
    "shot dead": "killed",
    "gunned down": "killed",
    "struck": "attacked",
    "launched": "attacked",
    "carried out": "attacked",
    "conducted": "attacked",
    "damage to": "damaged",
    "damaging": "damaged",
    "destruction of": "destroyed",
    "kill": "killed",
    "kills": "killed",
    "killing": "killed",
    "the killing of": "killed",
    "the deaths? of": "killed",
    "claimed the lives of": "killed",
    "(?:a|ont) coute la vie a": "killed",
    "la mort d(?:e|')": "killed",
    "le deces d(?:e|')": "killed",
    "(?:the )?killings of": "killed",
    "burned": "destroyed",
    "burnt": "destroyed",
    "torched": "destroyed",
    "incendie": "destroyed",
    "neutrali[sz]ed": "killed",
    "eliminated": "killed",
    "lost": "killed",
    "losing": "killed",
    "tue": "killed",
    "tuant": "killed",
    "neutralise": "killed",
    "perdu": "killed",
    "perdu que": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "injuring": "wounded",
    "wounding": "wounded",
    "blesse": "wounded",
    "captured": "captured",
    "capturing": "captured",
    "arrested": "captured",
    "detained": "captured",
    "abducted": "captured",
    "kidnapped": "captured",
    "took prisoner": "captured",
    "capture": "captured",
    "arrete": "captured",
    "enleve": "captured",
    "seized": "seized",
    "seizing": "seized",
    "overran": "seized",
    "took": "seized",
    "taken": "seized",
    "saisi": "seized",
    "pris": "seized",
    "recupere": "seized",
    "destroyed": "destroyed",
    "destroying": "destroyed",
    "stormed": "seized",
    "abandon": "seized",
    "abandoned": "seized",
    "detruit": "destroyed",
    "damaged": "damaged",
    "taken control of": "controls",
    "took control of": "controls",
    "taking control of": "controls",
    "control of": "controls",
    "controls": "controls",
    "le controle de": "controls",
    "pris le controle de": "controls",
    "attacked": "attacked",
    "attacks on": "attacked",
    "occurred in": "attacked",
    "raided": "attacked",
    "attaque": "attacked",
    "displaced": "displaced",
    "deplace": "displaced",
}
# "captured"/"pris" with a thing or a place as object is a seizure, not a capture of people.
THING_NOUNS = (
    "barracks|bases?|posts?|positions?|camps?|towns?|villages?|settlements?|cit(?:y|ies)"
    "|localit(?:y|ies)|vehicles?|weapons?|arms|tanks?|trucks?|motorbikes?|motorcycles?|guns?"
    "|ammunition|equipment|checkpoints?|outposts?|casernes?|camps?|postes?|villes?"
    "|localites?|vehicules?|armes?|motos?|chars?|pick-up|materiel|munitions|drones?"
)
PLACE_NOUNS = r"towns?|villages?|localit(?:y|ies)|cit(?:y|ies)|locations?|areas?|villes?|localites?"
# A clause that is about an attack (for counts of towns and for place lists).
ATTACK_WORDS = (
    r"attack(?:s|ed)?|assaults?|raid(?:s|ed)?|targeted|struck|came under attack"
    r"|come under attack|hit by|stormed|gunfire|attaques?|attaquee?s?|visee?s?|frappee?s?"
    r"|threw grenades|offensives?"
)
SHELLING_WORDS = (
    r"shellfire|shelling|shelled|artillery|mortar fire|bombardments?|obus|tirs d'artillerie"
)
# Verbs that make the attack itself the claim (not just a noun that names the event).
# French participles only with their auxiliary: "l'attaque" and "la frappe" are nouns.
ATTACK_VERBS = (
    r"attacked|raided|targeted|struck|stormed|came under attack|come under attack|hit by"
    r"|threw grenades at|carried out against|ont vise|a vise|avaient vise|avoir vise"
    r"|(?:a|ont|avoir|avait|avaient|ete) (?:attaque|frappe)(?:e|s|es)?"
    r"|were hit|was hit|occurred in"
)
CONTROL_WORDS = (
    r"regained control of|retook|recaptured|took control of|taken control of|in control of"
    r"|(?:remains?|are|is|was|were) in control|controls? the|repris le controle de"
    r"|pris le controle de|controle (?:la|le|les|desormais)"
)
RESPONSIBILITY = (
    r"claimed responsibility|claims responsibility|claiming responsibility"
    r"|(?:were|was|has been|have been) claimed by|a revendique|ont revendique|revendiquent"
    r"|revendique|blamed|blames|accused|accuses|pour venger|to avenge"
)
# "X claimed the attack": responsibility, with what was claimed.
CLAIMED_EVENT = (
    r"(?:claimed|claims|claiming)\s+(?:(?:the|an|a|its|this|these|those|last\s+\w+'s)\s+)?"
    r"(?P<what>(?:[\w-]+\s+)?(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?"
    r"|killings?|kidnappings?|abductions?|operations?))"
)
BLAME_NOUNS = (
    r"exactions?|abuses|atrocities|allegations?|accusations?|massacres?|killings"
    r"|war crimes?|crimes? de guerre|bavures?"
)
# Claims about an outcome or an exchange, without a count: lemma-like phrase → claim type.
EVENT_PHRASES = {
    r"declared victory over|victory over|victoire(?: decisive)? sur|mis en deroute|en deroute"
    r"|en debandade|repulsed|repelled|routed|decimated|repousse(?:e|s|es)?": "defeated",
    r"shootouts?|gunfights?|firefights?|gun battles?|gunbattles?|clashes|clashed|exchanged fire"
    r"|exchanges of fire|fusillade|affrontements|accrochages?|se sont heurtes": "fighting",
    r"crashed|s'est ecrase|se sont ecrases|went down": "crashed",
}
# Fighters counted as the attacking force: "an attack by 200 gunmen", "menée par des centaines".
ATTACKER_BEFORE = (
    r"(?:attacks?|assaults?|ambush|raid|embuscade|attaques?)\s+(?:\w+\s+){0,3}?"
    r"(?:by|par|led by|carried out by|menee par|tendue par)\s+(?:\w+\s+){0,4}?"
    r"|(?:compose|composed|made up) (?:de|d'|of)\s*"
)
FIGHTER_NOUNS = (
    r"fighters|gunmen|militants|insurgents|attackers|assailants|jihadists|rebels|snipers"
    r"|combattants|assaillants|insurges|jihadistes|hommes|terroristes|rebelles"
)
# Figures called false, or a toll rejected: a denial of a count.
TOLL_WORDS = r"(?:death )?tolls?|figures|numbers|counts?|tall(?:y|ies)|bilans?|chiffres"
# What a denial of losses names: "denied any deaths", "denied the reported casualties".
LOSS_WORDS = r"deaths|casualties|losses|fatalities|victims|pertes|victimes|morts|deces"
FALSE_WORDS = r"inflated|exaggerated|inaccurate|false|wrong|untrue|not true|faux|exageres?|errone"
NO_EVENT = (
    r"no such (?:attack|assault|offensive|fighting)(?: had| has)? (?:taken place|occurred|happened)"
)
# Forces somewhere: "Chadian troops had entered Birao", "the Chadian army … are hunting".
PRESENCE = (
    r"(?<![\w'-])(?P<who>(?:(?!(?:said|says|told|that|que|qui|and|et|a|ont)\s)[\w'-]+\s+){0,2}"
    r"(?:troops|soldiers|forces|army|fighters|militants|rebels"
    r"|elements|soldats|militaires|combattants|troupes|armee))\b[^.;]{0,60}?\b"
    r"(?:had entered|entered|were involved|are (?:currently )?hunting|were hunting|deployed"
    r"|stationed|were operating|are operating|were present|sont entres|sont deployes"
    r"|etaient presents)\b"
)


# Patterns more than one extractor module matches against, compiled once here.
THING_RE = words(THING_NOUNS)
PLACE_NOUN_RE = words(PLACE_NOUNS)
ATTACK_WORD_RE = words(ATTACK_WORDS)

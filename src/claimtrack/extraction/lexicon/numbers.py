"""How many: number words, modifiers, toll nouns, and what is not a count (units, dates).

Example:
    >>> TOLL_NOUNS["morts"], "km" in UNITS
    ('killed', True)
"""

from __future__ import annotations

from claimtrack.vocabulary import MONTH_NAMES

# --- how many --------------------------------------------------------------------------------
NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    "|ninety|hundred|thousand|million|dozen"
    "|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    "|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?"
)
# French number words that are other words in English text ("seize the town", "per cent",
# "Sept."): no count there (``number_forms.foreign_numbers``). Only these: a short French
# sentence read as English ("Huit soldats ont péri") keeps its other number words.
FRENCH_NUMBERS_AS_ENGLISH = "seize|cents?|sept"
# "one"/"un" count only right after a claim verb ("arrested one foreign national"):
# elsewhere they are mostly articles and pronouns ("one resident", "un bilan").
MODIFIERS = (
    "at least|more than|over|up to|as many as|about|around|nearly|almost|approximately"
    "|roughly|an estimated|some|close to|no fewer than|no more than|fewer than|less than"
    # "not fewer than 20" is at least 20 (read whole, not as "fewer than 20")
    "|not fewer than|not less than"
    # bounds in other words: "upwards of 70", "in excess of 20", "at most 60", "under 10"
    "|upwards of|in excess of|at most|not more than|a maximum of|under"
    "|au moins|plus de|plus d'|pres de|pres d'|environ|jusqu'a|quelque"
    "|pas moins de|pas moins d'|moins de|moins d'"
    # "killed a total of 15 militants": a total is the count as it stands
    "|a total of"
    # "quelques 120 éléments": the plural, common in the press, before digits is "about"
    r"|quelques(?=\s+\d)"
)
# Vague counts that give no size, only that there were some: "Some were killed and
# wounded" says some of each (two claims), where "40" or "dozens killed and wounded" is
# one total of casualties.
SIZELESS_VAGUE = r"some|several|many|a few|few|a number of|an unspecified number of"
# Words after a count that qualify it: "20 or so", "30 or more" (the value keeps them).
AFTER_COUNT = r"or so|or more|ou plus"
# The same glued by a hyphen: "30-odd" is about 30, "40-plus" at least 40.
AFTER_HYPHEN = r"odd|plus"
# Words dropped from a value: they stress a number but do not change it.
STRESS_WORDS = r"only|just|all|seulement|que|qu'"
# "personne" is none only before a negation: "personne n'a été blessé", not "une personne".
ZERO_WORDS = (
    r"not a single|not one|pas un seul|pas une seule|none|nobody|personne(?=\s+n')|no|zero"
    r"|aucun|aucune|pas de|pas d'|pas fait de|pas fait d'"
    r"|pas eu de|pas eu d'"
    # "l'explosion s'est produite sans faire de victimes": none of them
    r"|sans (?:faire|causer|provoquer) (?:de|d'|aucune?)"
)
# A negation one or two words before: "did not lose any soldiers", "had not lost a single
# soldier": the negated verb counts none of what follows ("any" is a count only after one).
NEGATED_BEFORE = r"(?<![\w'-])(?:not|never|n't|without)\s+(?:[\w'-]+\s+){0,2}$"
# Nouns that make a count into a claim by themselves ("six dead", "93 martyrs").
TOLL_NOUNS = {
    "dead": "killed",
    "deaths": "killed",
    "killings": "killed",
    "death": "killed",
    "martyrs": "killed",
    "fatalities": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "cadavres": "killed",
    "corps": "killed",
    "morts": "killed",
    "mort": "killed",
    "tues": "killed",
    "deces": "killed",
    # killings counted by their kind: "35 exécutions (sommaires)", "40 meurtres"
    "executions": "killed",
    "assassinats": "killed",
    "meurtres": "killed",
    # "the 33 victims of the conflict": in English the dead (the French "victimes" are both)
    "victims": "killed",
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
    "enlevements": "captured",
    "arrestations": "captured",
    "arrests": "captured",
    "abductions": "captured",
    "kidnappings": "captured",
    "missing": "missing",
    "disparus": "missing",
    "displaced": "displaced",
    "deplaces": "displaced",
    "refugees": "displaced",
    "refugies": "displaced",
    "losses": "casualties",
    "pertes": "casualties",
    "injuries": "wounded",
    "damage": "damaged",
    "degats": "damaged",
    # singulars, mostly after a zero: "aucun blessé", "no casualty", "aucune perte"
    "fatality": "killed",
    "casualty": "casualties",
    "victim": "casualties",
    "perte": "casualties",
    "blesse": "wounded",
    "execution": "killed",
    "disparu": "missing",
    # "left 300 homeless": the homeless are displaced
    "homeless": "displaced",
    "sans-abri": "displaced",
}
# English toll nouns that can be a clause's subject: "the dead numbered 35", "civilian
# fatalities totalled 35" (their claim type is the one ``TOLL_NOUNS`` gives).
TOLL_SUBJECTS = (
    "dead", "deaths", "fatalities", "casualties", "victims", "wounded", "injured", "injuries",
    "missing", "displaced", "refugees", "homeless", "hostages", "prisoners", "losses", "martyrs",
)  # fmt: skip
# What may follow a word that names a person only when it stands alone ("a general was
# killed", not "a general strike"): punctuation, a name, or a word that is no noun.
_ALONE = (
    r"(?:\s*[,.;:!?)\"”’(]|\s*$|\s+(?-i:[A-Z])|\s+(?:and|or|in|on|at|who|whom|whose|was|were"
    r"|is|are|had|has|have|of|from|near|during|with|by|along|after|before|as|named|identified"
    r"|loyal|said|to|while|when|but)(?![\w'-]))"
)
# People one singular article counts ("a soldier was killed", "killed a policeman"): the
# head noun of the phrase, in the shadow (accents dropped). Groups ("a family") are not one.
_PERSON_NOUNS = (
    "soldier|civilian|militant|fighter|rebel|guerrilla|insurgent|jihadist|terrorist|gunman"
    "|attacker|assailant|suspect|militiaman|policeman|policewoman|officer|guard|commander"
    "|man|woman|child|boy|girl|person|resident|villager|journalist|worker|farmer|driver"
    "|student|teacher|doctor|nurse|pilot|member|leader|chief|official|hostage|national"
    "|soldat|militaire|civil|policier|gendarme|garde|homme|femme|enfant|garcon|fille"
    "|habitant|villageois|journaliste|rebelle|combattant|jihadiste|terroriste|assaillant"
    "|insurge|chef|commandant|agent|otage|casque bleu|peacekeeper|infirmiere|infirmier"
    "|medecin|enseignant|eleve|chauffeur|pilote|membre|responsable|paysan|commercant"
    # ranks and roles ("including a colonel"); not "general" or "major" ("a major attack")
    "|colonel|captain|lieutenant|sergeant|corporal|brigadier|trooper|constable|inspector"
    "|mayor|governor|spokesman|imam|priest|pastor|cleric|elder|trader|herder|fisherman"
    "|engineer|employee|contractor|volunteer|paramedic|medic|rescuer|lawmaker|councillor"
    "|tribesman|judge|infant|baby|teenager|youth|pupil|pilgrim|worshipper|passenger"
    "|bystander|shepherd|interpreter|translator|bodyguard"
    # "killed an army general", "a general, X, was killed", "his deputy": a word that is a
    # person where no noun follows that it would qualify ("a general strike", "the deputy
    # governor")
    # ("A police major and two of his men were killed"; not "a major attack")
    rf"|(?:general|deputy|major)(?=s?{_ALONE})"
    # "killing a schoolgirl and wounding 25 others"
    "|schoolgirl|schoolboy|protester|demonstrator"
    "|pasteur|pretre|cure|eveque|maire|prefet|gouverneur|capitaine|sergent|caporal"
    "|lieutenant|directeur|fidele|passager|berger|pecheur|commercante"
)
# An age as a noun, unless a person noun follows it: "a 12-year-old was killed", "two
# 15-year-olds" ("a 12-year-old boy" is a boy).
ONE_PERSON_NOUNS = rf"{_PERSON_NOUNS}|[\w]+-year-old(?!\s+(?:{_PERSON_NOUNS})(?![\w'-]))"
# Kin and companions named one by a possessive in a list of people: "une femme et son
# mari", "le chef du village et son fils", "un soldat et son chauffeur".
# French captives, in the plural: "12 des 20 otages", "les 50 otages … libérés"
CAPTIVE_NOUNS_FR = "otages|captifs|prisonniers"
KIN_NOUNS = (
    "mari|epouse|fils|frere|soeur|pere|mere|oncle|tante|neveu|niece|cousin|cousine"
    "|beau-frere|belle-soeur|beau-pere|belle-mere|petit-fils|petite-fille|compagnon|compagne"
    "|adjoint|adjointe|garde du corps|assistant|assistante|collegue"
)
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
    "mm",  # a calibre: "un mortier de 122 mm"
    "cm",
}
# Amounts of a stuff, not counts of things: "seized 300 kg of explosives and 12 rifles".
MASS_UNITS = ("kg", "kilos", "kilograms", "kilogrammes", "tonnes", "tons", "quintaux", "litres")
UNITS |= set(MASS_UNITS)
DAY_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
)
# A time that opens a sentence before its source with no comma ("Hours later the police
# said", "Last week the army said", "Three hours ago the observatory posted"): when, not who.
_SPANS = "hours?|days?|minutes?|weeks?|months?|moments?"
_PARTS_OF_DAY = "day|week|month|year|morning|afternoon|evening|night|weekend"
TIME_OPENINGS = (
    r"(?:earlier|later|meanwhile|previously|subsequently|afterwards|separately)"
    rf"(?:\s+(?:that|this|on|in)\s+(?:the\s+)?(?:{_PARTS_OF_DAY}))?"
    rf"|(?:last|this|that|next)\s+(?:{_PARTS_OF_DAY})"
    rf"|(?:(?:{NUMBER_WORDS}|\d+|an?|a few|several|some)\s+)?(?:{_SPANS})"
    r"\s+(?:ago|later|earlier|afterwards)"
)
# Longest first, so that the alternation takes "septembre" whole rather than "sept".
MONTHS = "|".join(sorted((n for names in MONTH_NAMES for n in names), key=len, reverse=True))
# A sentence whose first count is one of more adds to the toll told before it: "Et 17
# autres policiers ont été blessés", "…, tuant 4 autres soldats", "Three others were hurt",
# "Another 12 died" (read from the sentence's start: not after a count of its own, "tuant
# 62 rebelles alors que 8 autres …" are others than its 62; not "une autre attaque", which
# may open another story; nor a line that does not end as a sentence, a headline's).
_A_COUNT = rf"(?<![\w'-])(?:\d[\d,.]*|(?:{NUMBER_WORDS})(?![\w'-]))"
COUNT_OF_MORE = (
    r"(?=.*[.!?]\W*$)"
    rf"(?:(?!{_A_COUNT}).)*(?:{_A_COUNT}\s+(?:autres|others?)|another\s+{_A_COUNT})(?![\w'-])"
)

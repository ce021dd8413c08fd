"""Who a source is: pronouns, source nouns, persons, roles and ranks, and the words that
stand around a source phrase (fillers, connectors, prepositions, determiners).

Folded, lower-case alternations or sets, as in ``speech`` (reporting verbs).

Example:
    >>> "ils" in PRONOUNS, "le" in DETERMINERS
    (True, True)
"""

from __future__ import annotations

PRONOUNS = {"he", "she", "it", "they", "il", "elle", "ils", "elles", "him", "them", "lui", "eux"}
# Words that make a noun phrase a plausible source.
SOURCE_NOUNS = (
    "army|military|militias?|forces?|troops|ministry|minister|government|authorities|officials?|official"
    "|spokes(?:man|woman|person)|commander|police|sources?|residents?|witness(?:es)?"
    "|eyewitness(?:es)?|politician|officer|agency|agences?|medias?|office|group|rebels?|militants?"
    "|jihadistes?|combattants|autorites?|armee|gouvernement|ministere|ministre|porte-parole"
    "|responsables?|habitante?s?|temoins?|elue?s?|directeur|defence|defense|statement|insurgents"
    "|declarations?"  # "…, indique la déclaration": the statement speaks, as "statement" does
    "|governor|mayor|prefect|officiers?|groupe|gendarmerie|gouverneur|prefet|maire|fighters?|jihadists?"
    "|soldiers?|soldats?|medics?|doctors?|medecins?|nurses?|etat-major|staff|headquarters"
    "|commandement|command|rebelles?|insurges|separatistes|separatists|islamistes|milices?"
    "|militaires|policiers?|gendarmes?|troupes|chefs?|notables?|survivors?|survivante?s?"
    "|authorities|ministry|commission|mission|observatory|monitor|ngo|hospital|doctors?"
    "|medics?|sources|analysts?|leader|chef|communique|president|presidency|presidence"
    "|council|conseil|committee|comite|coalition|alliance|councill?ors?|lawmakers?|legislators?"
    "|senators?|television|broadcaster|radio|pastors?|imams?|priests?|clerics?|elders?|youths?"
    # people who witness: "the woman said", "un villageois a raconté"
    "|wom[ae]n|m[ae]n|father|mother|brother|sister|relatives?|famil(?:y|ies)|villagers?"
    "|farmers?|herders?|journalists?|reporters?|correspondents?|locals|neighbou?rs"
    "|traders?|teachers?|students?|shopkeepers?|drivers?|fisherm[ae]n|passengers?|motorists?"
    "|femmes?|hommes?|pere|mere|frere|soeur|proches|familles?|villageois|paysans?|eleveurs?"
    "|journalistes?|correspondante?s?|voisine?s?|miners?|parents?"
    # "a watchman told AFP", "a security guard said", "a local hunter said"
    "|watchm[ae]n|guards?|neighbou?r|hunters?|policem[ae]n|defectors?|vigilantes?"
    "|rulers?"
    # French bodies that give tolls: "la société civile locale parle de …", "une ONG locale"
    "|societe civile|ong|associations?|collectifs?|secours|secouristes?|infirmiers?|infirmieres?"
    "|services"  # "les services de sécurité", "les services de santé", "security services"
    # one service speaks as the services do: "le service d'Etat pour les situations
    # d'urgence a fait savoir …", "le service de santé des armées", "the ambulance service"
    "|service"
    "|casques? bleus?|peacekeepers?"  # "un casque bleu a déclaré"
    # armed groups the French press writes in lower case: "les talibans ont revendiqué"
    "|talibans?|shebabs?|chebabs?|houthis?|djihadistes?"
    # an armed group by what it is: "le mouvement se vante …", "la rébellion affirme …"
    "|mouvement|movement|rebellion"
    "|humanitaires?|deputes?|senateurs?|syndicats?|coordination|nations unies|protection civile"
    "|pompiers|sapeurs-pompiers|croix-rouge|prefecture|douanes?|marine|mairie|town hall|city hall"
    # French people who witness or speak for a place: "a raconté un rescapé", "selon
    # l'administrateur du territoire", "le bourgmestre a indiqué" (accents folded)
    "|rescapee?s?|deplacee?s|refugiee?s?|officiels?|militaire|activistes?|bourgmestres?"
    "|administrat(?:eur|rice)s?|coordonnat(?:eur|rice)s?|coordinat(?:eur|rice)s?"
    "|commercants?|chauffeurs?|enseignants?|cadres?|agents?|observat(?:eur|rice)s?|analystes?"
    # bodies and people that speak in reporting ("the junta said", "the broadcaster reported")
    "|junta|regime|administration|factions?|movement|organi[sz]ations?|opposition|insurgency"
    "|rebellion|ex-rebellion"
    "|broadcaster|newspaper|daily|channel|website|outlet|watchdog|charity|charities|ngos"
    "|presse|press"  # "rapporte la presse locale", "local press reported"
    "|journal|journaux|quotidiens?"  # "Les journaux évoquent …", "selon le quotidien X"
    # wire epithets of an organisation named before: "the world body", "the regional bloc"
    # (a body alone is a dead person's: "the body was found")
    "|(?:world|global|rights|regional|continental|UN|U\\.N\\.|monitoring|humanitarian|aid"
    "|international|intergovernmental|governing|ruling) (?:body|bloc)|bloc"
    "|activists?|campaigners?|monitors|observers?|investigators?|prosecutors?|experts?"
    "|researchers?|diplomats?|envoy|ambassador|lawmakers?|legislators?|senator|advis[eo]rs?|aides?"
    "|secretary|chairman|elders?|clerics?|imam|priest|bishop|pastor|rescuers?|paramedics?"
    "|volunteers?|vigilantes|workers?|navy|coastguard|battalion|brigade|regiment|division"
    "|department|bureau|cabinet|parliament|court|gunmen|kremlin|pentagon"
    # companies that speak for their staff or passengers: "the company said", "the airline"
    "|company|companies|firm|coast guard|airline|airlines"
    # a body's members speak for it ("a local member of the ruling party"); a station
    "|members?|station"
    # armed people who speak for their side: "the guerrillas claimed", "les assaillants ont dit"
    "|guerr?ill?as?|guerr?illeros?|extremists|islamists|loyalists|paramilitar(?:y|ies)"
    "|assailants|assaillants|partisans|hopitaux|hopital"
    # a multinational force speaks as one: "AU peacekeepers said", "les casques bleus"
    "|peacekeepers?|blue helmets|casques bleus"
    # English plurals of the bodies and people above: "while aid groups put the figure at",
    # "community leaders said", "two officers told"
    "|groups|leaders|commanders|agencies|ministries|offices|missions|governors|mayors"
    "|hospitals|councils|committees|coalitions|alliances|officers|ministers|spokesmen"
    "|spokeswomen|spokespeople|presidents|departments|battalions|brigades|divisions"
    "|politicians|units"
)
# The two parties of a conflict speaking together: "…, both sides confirmed".
# What a body puts out ("a statement", "a video posted on …"): a document, not a speaker
DOCUMENT_NOUNS = (
    r"statement|post|posting|video|message|report|communique|tweet|announcement|bulletin"
    r"|update|notice"
)
FRENCH_DOCUMENT_NOUNS = (
    r"communique|message|video|declaration|enregistrement|tweet|publication|texte"
)
BOTH_SIDES = r"(?:both|the\s+two)\s+(?:sides|parties|camps|armies)"
# Unnamed people who attack: the pronoun after "Gunmen stormed the village." is no voice of
# theirs ("They said …" stands for the source named before).
UNNAMED_ATTACKERS = (
    r"(?:(?:the|some|des|les)\s+)?(?:(?:suspected|unidentified|unknown|armed|heavily|masked"
    r"|hooded|alleged|presumed|presumes?)\s+)*(?:gunmen|assailants|attackers|armed men|bandits"
    r"|raiders|kidnappers|abductors|(?:suicide\s+)?bombers|jihadists|militants|insurgents"
    r"|terrorists|hommes armes|assaillants|individus armes|jihadistes|terroristes)"
)
# One person, not a body: "he" and "she" stand for these ("the woman", "a resident").
PERSON_NOUNS = (
    "wom[ae]n|m[ae]n|father|mother|brother|sister|son|daughter|witness|eyewitness|resident"
    "|villager|farmer|herder|journalist|reporter|correspondent|doctor|nurse|medic|survivor"
    "|officer|soldier|fighter|worker|rescuer|paramedic|volunteer|watchman|guard|neighbou?r"
    "|hunter|policeman|femme|homme|pere|mere|frere|soeur|temoin|habitant|villageois|paysan"
    "|eleveur|journaliste|correspondante?|medecin|survivante?|officier|soldat|policier"
)
# Role words between an institution and a person's name ("army spokesperson Souleymane Dembele").
ROLE_WORDS = (
    # a hyphenated office, tried before its first word: "X, lieutenant-gouverneur de …"
    "(?:lieutenant|vice|sous)-(?:gouverneur|governor|prefet|president|ministre|minister)|"
    # "Director-General of ISPR, Maj-Gen X", "the UN Secretary-General": one office
    "(?:director|directeur|secretary|secretaire|inspector|inspecteur|adjutant)-general|"
    "commander-in-chief|general-secretary|secretaire-generale?|"
    "spokes(?:man|woman|person)|commander|minister|ministre|porte-parole|official|officer"
    "|director|directeur|directrice|chief|chef|head|governor|gouverneure?|mayor|maire|colonel"
    # a group's leader speaks for it: "the group's leader, X", "Ansaru leader X"; an envoy
    # for the body that sent him ("the AU's special envoy, X")
    "|leader|envoy|representative"
    "|general"
    "|lieutenant|captain|capitaine|commandant|mullah|medecin|president"
    # offices that speak for a body: "BALDF chairman X", "Coordinator of the … Operations, X"
    "|chair(?:man|woman|person)|coordinator|administrator|commissioner|secretary|advis[eo]r"
    "|councill?or|lawmaker|legislator|senator"  # "a local councillor said"
    # the same offices in French: "le préfet de la région", "le secrétaire général de X"
    # (and their feminines: "la gouverneure", "la préfète", "la directrice")
    "|prefete?|secretaire|commissaire|conseillere?|coordinat(?:eur|rice)|coordonnat(?:eur|rice)"
    "|administrat(?:eur|rice)"
)
# Lower-case modifiers that name the body whose document it is: "a police statement", "a
# rebel video" (not "a brief statement", "an official statement": the clause's subject's).
BODY_MODIFIERS = (
    "army|military|police|government|ministry|presidency|presidential|rebels?|militants?"
    "|insurgents?|jihadists?|separatists?|militias?|gendarmerie|junta|taliban|jihadi"
)
# Who speaks for a body without a role word: "a member of X", "speaking for X".
MEMBER_OF = (
    r"\s*(?:(?:(?:an?|the|one)\s+(?:[\w'-]+\s+)?members?\s+of|speaking\s+(?:for|on\s+behalf\s+of))"
    r"|(?:un|une)\s+membres?\s+(?:de|du|des|d'))\s*"
)
# Bodies whose members speak for them: "A member of the vigilante group said" is the
# group's (not "a member of the public", "a family member", "a member of parliament").
ORGANISED_BODIES = (
    "group|groups|militias?|vigilantes?|council|committee|coalition|alliance|movement"
    "|organi[sz]ation|association|commission|mission|delegation|union|party|front|forces?"
    "|brigade|unit|junta|government|cabinet|administration|opposition|rebels|rebellion"
    "|army|police|task force|network|team|board|agency|office|ministry|militants|insurgents"
    "|jihadists|fighters|guerrillas|society|collective|ngo|charity|military|security forces"
)
# What an office does, after "of" or "for", no body of its own: "the Army Director of Public
# Relations", "head of communications for the movement", "Director of Defence Information"
FUNCTION_NAMES = (
    r"public relations|public affairs|public information|information|communications?"
    r"|media(?: relations| operations| affairs)?|press(?: affairs| relations)?|operations"
    r"|defen[cs]e (?:information|media operations|media|public relations)|civil-military affairs"
)
# Military ranks: "the officer" is the latest one named with a rank ("Lieutenant Colonel X").
RANK_WORDS = (
    "colonel|general|lieutenant|captain|capitaine|major|commandant|commander|sergeant|sergent"
    "|brigadier|adjudant"
)
# Titles written short or of courtesy, part of a name ("Col. Ali Sow", "M. Sow", "Dr Sow")
TITLE_SHORTHANDS = (
    r"m\.|mme|monsieur|madame|mr\.?|mrs\.?|ms\.?|dr\.?|(?:col|gen|lt|maj|capt|brig|sgt)\.?"
)
OFFICER_NOUNS = frozenset({"officer", "officier"})
# "the broadcaster" is the television or radio named before it
BROADCASTER_NOUNS = "broadcaster|channel|station"
BROADCAST_WORDS = r"television|TV|radio|broadcaster|channel|station|t[eé]l[eé]vision"
# English ranks as wire copy abbreviates them: "the colonel" is "Col. Ali Sow" named before.
RANK_ABBREVIATIONS = {
    "colonel": r"col\.",
    "general": r"gen\.",
    "lieutenant": r"lt\.",
    "captain": r"capt\.",
    "major": r"maj\.",
    "sergeant": r"sgt\.",
    "brigadier": r"brig\.",
    "governor": r"gov\.",
}
# A title before a name, folded and maybe hyphenated: "colonel", "lieutenant-colonel"
TITLE_WORDS = rf"(?:{ROLE_WORDS})(?:-(?:{ROLE_WORDS}))*"
# Capitalised words that make a name an organisation's, not a person's.
ORG_WORDS = (
    r"Watch|Front|Forces?|Army|Group|Office|Ministry|Council|Mission|Agency|Organi[sz]ation"
    r"|Committee|Union|International|News|Media|Press|Reuters|Cross|Crescent|Nations|Command"
    r"|Movement|Coalition|Alliance|Brigades?|State|Government|Police|Service|Institute"
    r"|Observatory|Mouvement|Groupe|Armee|Gouvernement|Ministere|Conseil|Agence|Croix"
    r"|Divisions?|Battalions?|Regiments?|Corps|Squadrons?"
)
# French bodies whose names list what they stand for ("le Mouvement pour la paix, la
# justice et le progrès (MPJP)"), capitalised: a comma inside such a name ends no source.
LISTED_BODIES = (
    r"Mouvement|Front|Rassemblement|Union|Conseil|Coordination|Alliance|Parti|Congres|Comite"
    r"|Cadre|Plateforme|Coalition|Groupe|Forces|Association|Collectif|Ligue|Federation"
    r"|Organisation|Convention|Mouvance"
)
# Words a source noun phrase never ends in: auxiliaries and adverbs between it and its verb.
# fmt: off
TRAILING_FILLERS = {
    "earlier", "quickly", "immediately", "initially", "previously", "subsequently", "officially",
    "publicly", "separately", "reportedly", "repeatedly", "flatly", "strongly", "firmly",
    "vehemently", "swiftly", "promptly", "however", "also", "further", "later", "since", "now",
    "then", "have", "has", "had", "already", "again", "a", "ont", "avait",
    "avaient", "elles", "ils", "y", "le", "jour", "meme", "par", "ailleurs", "outre", "en", "l'",
    "les", "enfin", "categoriquement", "aussi", "egalement", "deja", "would", "on",
    # "the army and the police both said", "ont tous affirmé"
    "both", "all", "together", "jointly", "tous", "toutes", "ensemble",
    # an emphatic auxiliary: "but he did confirm that …", "the army does say"
    "did", "does", "do",
    # a restriction on what is said, not on who: "the police have only confirmed 10 deaths"
    "only", "just", "merely", "still",
    # a link to the sentence before: "The LNA meanwhile said", "The police too said"
    "meanwhile", "too", "likewise",
    # which of its accounts: "The army first reported a toll of nine", "originally said"
    "first", "originally",
}
# fmt: on
# Finite auxiliaries no source noun phrase holds: "Les soldats ont reconquis deux villes, a
# affirmé X" is an account before an inverted verb, not a subject in commas
FINITE_AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "did",
        "does",
        "do",
        "ont",
        "est",
        "sont",
        "avait",
        "avaient",
        "etait",
        "etaient",
        "sera",
        "seront",
    }
)  # fmt: skip
# Intransitive verbs of an event: a phrase holding one is a clause ("said the encounter
# between the rebels and the troops occurred near X"), never a source.
EVENT_VERBS = r"occurred|happened|took\s+place|broke\s+out|erupted|began|started|lasted|ensued"
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
    # "Only the army said …", "Even the rebels admit …": a focus on the source, not of it
    "only",
    "even",
    # a sentence adverb before the source: "Officially Moscow insisted …", "Separately,
    # the army said …" (how or when it was said, not who said it)
    "officially",
    "separately",
    "publicly",
    "privately",
    "moreover",
    "furthermore",
    "similarly",
    "likewise",
    "nonetheless",
    "nevertheless",
    "subsequently",
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

# "ISWA, an ally of Boko Haram claimed": a description of the body named before it, its
# closing comma left out (not "a group of residents": the members of a group speak)
DESCRIPTION_AFTER_NAME = (
    r",\s*(?:an?|one)\s+(?:[\w'-]+\s+){0,2}?(?:ally|affiliate|offshoot|faction|branch|wing"
    r"|coalition|alliance|group|movement|outfit|militia|organi[sz]ation|network|umbrella"
    r"|splinter)\b(?!\s+of\s+(?:residents|villagers|soldiers|officials|fighters|people))"
    r"[^,;:\"]*$"
)

# "X (FLM), la principale alliance du Sahel, liée à Al-Qaïda, a revendiqué": a participle
# that ties the body named before to another is no source of its own (folded).
AFFILIATED = (
    r"(?:liee?s?|affiliee?s?|alliee?s?|fideles?|infeodee?s?|rattachee?s?)"
    r"\s+(?:a|au|aux)\b|proches?\s+(?:de|du|des|d')|linked\s+to|tied\s+to|loyal\s+to"
    r"|close\s+to|(?:allied|affiliated)\s+(?:to|with)"
)

# A name that opens with the Arabic article in lower case ("al-Shabaab", "el-Sisi",
# "ash-Sham"): a name all the same, as if it were capitalised.
ARTICLE_NAME = r"(?:al|el|ad|ash|as|ar|at|az|ed|es)[-‑](?-i:[A-Z])"

# Adjectives that name a toll's author ("le bilan gouvernemental", "un bilan militaire"):
# such a toll speaks for its author, unlike "un bilan provisoire" or "un bilan officiel"
# (whose author is not said). Folded.
TOLL_AUTHORS = (
    r"gouvernementa(?:l|le|les|ux)|militaires?|onusiens?|onusiennes?"
    r"|hospitaliers?|hospitalieres?|medica(?:l|le|les|ux)|policiers?|policieres?"
)
# A toll that names no author ("Un bilan officiel fait état de 19 morts"): no source
BARE_TOLL = (
    r"^(?:une?|le|la|les|ce|cet|cette|the|an?)\s+(?:[\w'-]+\s+)?(?:bilans?|tolls?)"
    rf"(?:\s+(?!(?:de|du|des|d|of|by|par|{TOLL_AUTHORS})\b)[\w-]+){{0,2}}$"
)
# "le précédent bilan gouvernemental": a toll whose adjective names its author speaks
AUTHORED_TOLL = rf"\b(?:bilans?|tolls?)\s+(?:{TOLL_AUTHORS})\b"
# A French noun with two adjectives joined ("des sources sécuritaires et militaires",
# "des témoins locaux et humanitaires"): the second conjunct, one bare lowercase word,
# qualifies the first's noun; it names no source of its own.
ADJECTIVES_JOINED = (
    # (with no determiner too: "a appris l'AFP de sources médicale et militaire")
    r"^(?:(?:des|les|ces|plusieurs|de|d'|une?|la|le|l')\s*)?[\w-]+\s+(?-i:[a-zà-ÿ][\w-]*)"
    r"\s+et\s+(?-i:[a-zà-ÿ][\w-]*)$"
)

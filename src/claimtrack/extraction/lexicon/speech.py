"""Who says: reporting verbs and frames, and the nouns of what is said (who a source is:
``source_words``; the words that tell the language: ``languages``).

Example:
    >>> "selon" in ACCORDING_TO
    True
"""

from __future__ import annotations

from claimtrack.extraction.lexicon.french_speech import FR_ADVERBS, FR_STATE_GAP
from claimtrack.extraction.lexicon.numbers import COUNT_OF_MORE

# --- reporting verbs: who says ---------------------------------------------------------------
# French compound tenses with a pronoun or adverb inside: "ont elles parlé", "avait déjà
# démenti", "a pour sa part affirmé" (accents folded).
_FR_GAP = (
    r"(?:a|ont|avait|avaient|aurait|auraient)"
    # (a stressed pronoun too: "avait lui annoncé", "ont eux aussi affirmé")
    rf"(?: (?:elles?|ils?|lui|eux|{FR_ADVERBS})){{1,2}} "
)
_FR_SAID = (
    r"declare|annonce|affirme|revendique|deplore|insiste|fait etat|reconnu|admis|assure"
    r"|ajoute|evoque|indique|precise|rapporte|confirme|parle|explique|souligne"
    # posted or told: "avaient précédemment tweeté un bilan", "a lui aussi signalé"
    r"|twitte|tweete|signale|raconte|temoigne|revele|communique|detaille|fait savoir|fait part"
)
# A verb of saying in the infinitive after a verb of aspect or intent: "a commencé par faire
# état de 12 morts", "a fini par reconnaître", "a tenu à préciser", "vient d'annoncer".
_FR_ASPECT = (
    r"(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:commence|fini|termine)\s+par"
    r"|(?:a|ont|avait|avaient)\s+tenu\s+a|(?:vient|viennent|venait|venaient)\s+d'\s*"
    r"|(?:s'est|se sont)\s+empressee?s?\s+d'\s*)\s*"
    r"(?:faire\s+etat|annoncer|affirmer|declarer|confirmer|reconnaitre|admettre|evoquer"
    r"|indiquer|preciser|signaler|souligner|assurer|expliquer)"
)
# Reflexive verbs of a stated account: "« … », s'est justifié X", "X s'est félicité d'avoir tué
# 17 soldats", "se vantent les rebelles" (only reflexive: "a félicité les troupes" reports
# nothing; never "s'est défendu", "se sont insurgés": what soldiers or villagers did).
_FR_REFLEXIVE = (
    r"(?:s'\s*est|se sont|s'\s*etai(?:t|en)t|se)\s+(?:felicit|rejou|vant|justifi|indign"
    r"|inquiet|alarm|exclam|targu)(?:ee?s?|ie?s?|ue?s?|ent|e|it|issent|ait|aient)?"
    r"(?![\w-])"
)
# A verb that calls what follows false: 'labelled as "propaganda" a claim that …'.
_CALLS_FALSE = (
    r"(?:labell?ed|labels|branded|brands|described|describes)(?=\s+as\s+[\"“”']?\s*"
    r"(?:propaganda|false|lies|a lie|fake|untrue|fabricated|baseless|nonsense|disinformation))"
)
# Doubts cast on what was said deny it: "a mis en doute ces chiffres", "ont exprimé des
# doutes sur cette revendication".
_FR_DOUBT = (
    rf"(?:(?:a|ont|avait|avaient) |{_FR_GAP})(?:mis en doute|remis en (?:cause|question)"
    r"|(?:exprime|emis) des doutes sur)|(?:met|mettent) en doute|(?:remet|remettent) en"
    r" (?:cause|question)|(?:exprime|expriment|emet|emettent) des doutes sur"
)
# "a qualifié ce bilan de « mensonge »", "a dénoncé une propagande": called false, denied
_FR_CALLED = r"(?:(?:a|ont|avait|avaient) )?(?:qualifie|denonce)(?:nt)?|qualifiant|denoncant"
# A killing named after "dénonce", "condamne": the killing stated, not an account called false
_FR_KILLING = (
    r" (?:l'|le |la |les )(?:assassinats?|executions?|meurtres?|massacres?|mort|enlevements?"
    r"|disparitions?|tueries?) d"
    # an attack condemned with what it did or whom it hit: "a condamné une attaque ayant fait
    # 12 morts", "dénonce l'attentat qui a tué 30 civils", "condamne l'embuscade contre …"
    r"| (?:l'|une |cette |les |ces |des )(?:attaques?|attentats?|embuscades?|assauts?|raids?"
    r"|frappes?|bombardements?)(?: [\w-]+){0,2}? (?:ayant|qui|contre|du|des|de|d')(?![\w])"
)
# "dénonce" before the killing it names deplores it; it calls no account false.
DEPLORED = rf"(?:{_FR_CALLED})(?={_FR_KILLING})"
_FR_FALSE = (
    r"(?=(?:\s+[\w'-]+){0,5}?\s+(?:(?:de|d'|une?|des)\s*)?[\"«]?\s*(?:propagande|mensonges?"
    r"|mensongere?s?|faux|fausses?|fantaisistes?|intox|infondee?s?)(?![\w-]))"
)
# Verbs of a reply or a remark: "X countered that 602 soldiers were killed", '"…,"
# retorted the army'. Each has other readings ("responded to the attack", "observed a
# truce"), so as a head only before "that" or closing a clause.
_REPLIED = (
    r"countered|counters|retorted|retorts|replied|replies|responded|responds|remarked|remarks"
    r"|commented|comments|observed|observes|quipped|cautioned|cautions|clarified|clarifies"
    r"|charged|underlined|underlines|underscored|underscores|reaffirmed|reaffirms|assured"
    r"|echoed|confided|mentioned|hinted|suggested|suggests|agreed|agrees"
    r"|elaborated|repeated|repeats|relayed|relays|notified"
)
# Finite or participle forms that introduce (or close) reported speech. "claimed" is
# here and among the responsibility patterns: "X claimed to have killed" reports,
# "the attacks were claimed by X" assigns responsibility (handled before this list).
REPORTING_VERBS = (
    # English
    rf"{_CALLS_FALSE}|said|says|say|told|tells|spoke|added|adds|stated|states|claimed|claims|claiming|announced"
    "|announces|reported|confirmed|confirms|insisted|stressed|emphasi[sz]ed|recounted"
    # "Official reports said": a noun before its own verb
    "|reports(?!\\s+(?:said|say|says|suggest(?:ed|s)?|indicated?|indicates|show(?:ed|s)?"
    "|claimed|stated))"
    "|described|acknowledged|admitted|alleged|asserted|declared|explained|wrote|posted"
    # "the gunmen, estimated at 100, …": a figure of them, not their word
    "|tweeted|noted|revealed|estimated(?! at (?!least\\b))|denied|denies|dismissed|dismisses"
    "|disputed|disputes|refuted|refutes"
    "|rejected|rejects|saying|adding|stressing|insisting|precisant|ajoutant"
    "|alleging|announcing|confirming|denying|stating|noting"
    # "…, telling AFP that 14 were killed": the listener is no source, the clause's subject is
    "|telling(?= (?:[\\w'’.-]+ ){1,4}?that\\b)"
    # "…, a police source said, dismissing official reports that 12 died": a denial
    # carried on by a participle (its subject the clause's source)
    "|dismissing|rejecting|disputing|refuting"
    # "…, contradicting rebel claims that 40 died", "The army contradicted reports that …"
    "|contradicting|contradicted|contradicts"
    "|disclosed|discloses|maintained|maintains|reiterated|reiterates|insists|insist|briefed"
    "|informed|pointed out|points out|estimates"
    "|boasted|boasts|bragged|brags"
    # verbs of an argued or sworn account: "the army reckoned 12 soldiers died"
    "|reckoned|reckons|argued|argues|testified|testifies|complained|complains"
    # present plurals and other forms of an account: "local officials allege that …"
    "|alleges|allege|asserts|affirmed|affirms|contended|contends|contend|declares"
    # verbs with other readings ("recalled 12 soldiers", "a detailed report", "warned of")
    # report only before "that" or at the end of their clause: "…, the army recalled."
    "|(?:detailed|details|listed|lists|recalled|recalls|warned|warns|warn|lamented|laments"
    "|stresses|explains|tweets|reveals)"
    '(?=\\s+that\\b|\\s*[,.;:"”]|\\s*$)'
    # verbs of a reply or a remark, with other readings ("responded to the attack",
    # "observed a ceasefire", "charged the rebels with …"): before "that" or closing a clause
    f"|(?:{_REPLIED})"
    '(?=\\s+that\\b|\\s*[,.;:"”]|\\s*$)'
    # a death deplored is a death stated: "the governor condemned the killing of 12 villagers"
    "|(?:condemned|condemns|denounced|denounces|deplored|deplores|mourned|mourns|lamented"
    "|laments)(?= the (?:killings?|deaths?|murders?|massacres?|loss|abductions?|kidnappings?"
    "|kidnap|executions?|slaughter|beheadings?|assassinations?|destruction|ambush(?:es)?"
    "|wounding|arrests?) of | the (?:attacks?|raids?|assaults?) (?:on|against) )"
    # figures that show: "Army figures show 12 soldiers were killed", "the tally showed"
    "|(?:(?<=figures )|(?<=data )|(?<=tally )|(?<=statistics )|(?<=records ))"
    "(?:show|shows|showed|showing)"
    # a quotation carried on: '"…," the statement continued'
    "|continued|went on"
    # what a document says in its own words: '"…," the army statement read', "A statement
    # from the ministry reads: …" (only after the document's noun: "read" has other senses)
    "|(?:(?<=statement )|(?<=communique )|(?<=communiqué )|(?<=release )|(?<=letter )"
    "|(?<=message )|(?<=post )|(?<=tweet )|(?<=notice )|(?<=report )|(?<=text )"
    "|(?<=statement, )|(?<=communique, ))(?:read|reads)"
    "|(?:read|reads)(?=(?: in part)?\\s*:)"
    # translated copy: "the army indicated that …" ("a indiqué")
    "|indicated|indicates|specified"
    # "Latest reports indicate that six were killed": before "that" only
    "|indicate(?=\\s+that\\b)"
    # after an auxiliary: "but he did admit 6 died", "the army does acknowledge"
    "|admit|admits|acknowledge|acknowledges|concede|conceded|concedes"
    # headline present forms, before a count or "that" only ("Residents report 27 die",
    # "Rebels claim 40 soldiers killed"; "a UN report said" is a noun)
    "|(?:report|claim|confirm)(?= (?:that )?(?:at least |about |some |nearly |more than |over "
    "|up to |around )?\\d"
    # "Rebels claim killing 15 soldiers": a count the gerund of a claim word gives
    "| (?:killing|capturing|seizing|downing|shooting down|destroying|having (?:killed|captured"
    "|seized|downed|shot down|destroyed))\\b)"
    # "Correspondents speak of 12 people killed": the figure they speak of is theirs
    "|(?:speak|speaks|speaking) of(?= (?:at least |about |some |nearly |more than |over |up to"
    " |around )?\\d)"
    # what a body's inquiry concluded, only after it: "…, UN experts found."
    "|found"
    # "put the toll at 17", "put the figure at 22", "put rebel casualties at 31 dead",
    # "put the toll even higher, at 100"
    "|put(?:s|ting)? (?:the|its|their|his|her|that|this|the same) (?:death |casualty |civilian )?"
    "(?:toll|figure|number|tally|count)(?=(?: (?:even |much |far |still )?(?:higher|lower),?)? at )"
    "|put(?:s|ting)? (?:the |its |their |his |her |that |this )?(?:[\\w'-]+ ){0,2}?"
    "(?:casualties|losses|death toll|toll|dead|deaths)"
    "(?=(?: (?:even |much |far |still )?(?:higher|lower),?)? at )"
    # "while the army gave a figure of 18", "cited a toll of 40"
    "|(?:gave|gives|give|giving|cited|cites|offered|offers) (?:a|the|its|their|his|her)"
    " (?:death toll|toll|figure|tally|count|number)(?= of )"
    # "The army gave the following toll: 12 soldiers killed, 30 wounded"
    "|(?:gave|gives|released|issued|published|provided) (?:the following|a|the|its|their|this"
    "|these) (?:(?:provisional|preliminary|latest|new|official|initial|updated) )?"
    "(?:(?:death|casualty) )?(?:toll|figures|tally|breakdown)"
    "(?: of (?:the )?(?:casualties|losses|dead|victims))?"
    "(?: (?:in|on|at) (?:(?:a|an|the|its|their|this) )?[\\w'-]+(?: [\\w'-]+)?)?(?=\\s*:)"
    "|stood by (?:its|their|his|her) (?:account|version|figures?|toll)"
    # "put the number of those arrested at 65"; "while the rebels put it at more than 200"
    "|put the number of (?:people |those |[\\w'-]+ )?(?:dead|deaths|victims|casualties|wounded"
    "|injured|missing|displaced|prisoners|hostages|killed|arrested|detained|abducted|kidnapped"
    "|attackers|assailants|gunmen|raiders|militants|fighters|insurgents)"
    "|(?<!, )put(?:s|ting)?(?: it)?(?= at (?:[a-z]+ ){0,2}\\d)"
    # French (accents folded)
    "|a declare|ont declare|declare|declarent|a annonce|ont annonce|avait annonce|annonce"
    "|annoncent|a affirme|ont affirme|affirme|affirment|affirmant|assure|assurent|a assure|assurant"
    "|pretend|pretendent|a revendique|ont revendique|revendique|revendiquent|a dementie?s?"
    "|ont dementie?s?|avait dementie?s?|dement|dementent|a deplore|ont deplore"
    "|insiste|a insiste|poursuit|estime|estiment|font etat|faisant etat"
    "|avaient deplore|deplore|deplorent|ont fait etat|a fait etat|fait etat"
    f"|{FR_STATE_GAP}"  # "fait également état de …"
    # "Le précédent bilan faisait état de …", "aurait fait état de …": other tenses
    "|(?:faisai(?:t|en)t|(?:avai(?:t|en)t|aurai(?:t|en)t) fait|ferai(?:t|en)t) etat"
    "|a reconnu|ont reconnu|reconnait|a admis|ont admis|a assure|a ajoute|ajoute"
    "|a evoque|ont evoque|evoque|evoquant|estimant|a indique|ont indique|indique"
    "|a precise|precise|a rapporte"
    # a killing deplored or documented is a killing stated, as in English: "Amnesty dénonce
    # l'exécution de 20 civils", "HRW a documenté 35 exécutions", "a recensé 40 meurtres"
    "|(?:(?:a|ont|avait|avaient) )?(?:denonce|condamne|deplore)(?:nt)?"
    f"(?={_FR_KILLING})"
    # ("l'armée a enregistré 12 morts", "compte 40 blessés", "a comptabilisé 30 attaques")
    # (never the impersonal "on": "et côté rebelle, on compte 6 morts" is the outer voice's)
    "|(?<!\\bon )(?:(?:a|ont|avait|avaient) )?(?<!\\bon )(?:documente|recense|denombre"
    "|enregistre|comptabilise|compte)(?:nt)?"
    "(?= (?:(?:au moins|plus de|pres de|quelque|environ) )?\\d)"
    "|rapporte|a confirme|ont confirme|confirme|contredisent|contredit|ont parle"
    # only a restrictive negation: "X ne parle que de 12 morts" (the parse misreads it)
    "|(?<=ne )parl(?:e|ent|ait|aient)(?= (?:plus )?qu)"
    "|a parle|presentent|presente|a explique|explique|a souligne|souligne"
    # infinitives: "X went on television to announce …", "X est intervenu pour annoncer …"
    "|annoncer|affirmer|declarer|confirmer|announce|confirm|declare"
    "|a nie|ont nie|nie|nient|niant"
    # "dire" and the verbs of a count: "l'armée dit avoir …", "le ministère a recensé 12 morts"
    # (never "se disant": what one calls oneself)
    "|dit|disent|a dit|ont dit|avait dit|(?<!\\bse )(?<!\\bs')disant"
    "|a recense|ont recense|recense|recensent"
    "|a denombre|ont denombre|denombre|counted|tallied|recorded|documented|verified"
    "|a fait savoir|ont fait savoir|fait savoir"
    # "X a fait part à l'AFP de la mort de 12 soldats", "…», a fait part X"
    "|a fait part|ont fait part|avait fait part|avaient fait part|fait part|font part"
    "|a raconte|ont raconte|raconte|racontent|a temoigne|ont temoigne|temoigne|temoignent"
    "|a signale|ont signale|signale|signalent|a soutenu|ont soutenu|soutient|soutiennent"
    "|a twitte|a tweete|ont twitte|ont tweete|a ecrit|ont ecrit|avait ecrit"
    "|a releve|ont releve|avait releve|releve(?=\\s*[.,;])"  # "…, a-t-il relevé."
    # closing a clause only, where no noun reads ("l'avance", "une note"): "…, le maire note."
    "|(?<!une )(?<!la )(?<!l')(?<!sa )(?<!son )(?<!cette )(?<!leur )(?<!en )(?<!l' )"
    "(?:(?:admet|avance|martele|rappelle|note|constate|detaille|revele)(?:nt)?|ecrit|ecrivent)"
    "(?=\\s*[.,;])|(?:avait|avaient|aurait|auraient) (?:twitte|tweete)"
    "|(?:twitte|tweete)(?:nt)?(?= qu)"
    # "X a communiqué que …"; never "le communiqué que l'armée a publié" (a noun)
    "|(?:(?:a|ont|avait|avaient|aurait|auraient) |(?<!le )(?<!un )(?<!du )(?<!ce ))"
    "communique(?:nt)?(?= qu)"
    # "X a communiqué sur une bavure : la mort de neuf civils": what it made known follows
    "|(?:a|ont|avait|avaient|aurait|auraient) communique(?= sur )"
    "|(?:(?:a|ont|avait|avaient|aurait|auraient) )(?:poursuivi|detaille)(?=\\s*[.,;])"
    # "La Minusca dresse un bilan de cinq morts": the toll it draws is its own
    "|(?:a |ont |avait )?dresse(?:nt)? (?:un|le|son) (?:nouveau |premier )?bilan(?= de )"
    # a toll revised is a figure given: "X a revu ce bilan à la baisse", "X revised the toll"
    "|revised|revises|a revu|ont revu|avait revu|a revise|ont revise|revoit|revoient"
    # (not "…, raising the toll to 25": the event before the comma raised it, nobody said it)
    "|(?:raised|lowered|updated|updating) (?:the|its|their) (?:death )?toll"
    # "…, a military official updated the casualties on Wednesday": the figures given
    "|(?:updated|updating|revised|raised|lowered) (?:the|its|their)"
    " (?:casualt(?:y|ies)(?: figures?| toll| count)?|figures?|tally)"
    # blame is a claim of what the other side did: "X accused Y of bombing …"
    "|accused|accuses|accusing|a accuse|ont accuse|avait accuse|eut accuse|accusent|accusant"
    rf"|{_FR_GAP}(?:{_FR_SAID}|dementi)|{_FR_REFLEXIVE}|{_FR_ASPECT}"
    # French denials that read as frames: "l'armée rejette ce bilan", "que X conteste"
    "|rejette|rejettent|a rejete|ont rejete|avait rejete|conteste|contestent|a conteste"
    "|ont conteste|avait conteste|refute|refutent|a refute|ont refute"
    "|infirment|a infirme|ont infirme|avait infirme"
    f"|{_FR_DOUBT}"
    rf"|(?:{_FR_CALLED}){_FR_FALSE}"
)
# Verbs written before their source, after a quotation or a comma: "…, a déclaré X",
# "…», précisent les sources", "…, ont indiqué des médias" (accents folded).
_FR_INVERTED_PAST = (
    r"declare|reconnu|admis|annonce|affirme|precise|ajoute|indique|explique|souligne|assure"
    r"|insiste|martele|rappele|estime|poursuivi|conclu|confie|raconte|temoigne|confirme|dit"
    r"|rapporte|ecrit|fait savoir|fait part|dementi|deplore|nie"
    r"|signale|soutenu|note|observe|commente|ironise|rencheri|lance|repondu|avance|reagi"
    r"|twitte|tweete|rajoute|releve|constate|detaille|revele|communique"
)
# "…, a affirmé le gouverneur, …": the auxiliary "a" before these is no English article
FR_SAID_PARTICIPLES = _FR_INVERTED_PAST
_FR_INVERTED_PRESENT = (
    r"precise|indique|assure|declare|rapporte|annonce|confirme|affirme|ajoute|explique"
    r"|souligne|estime|raconte|temoigne|insiste|deplore|signale|note|observe|commente|ironise"
    # "…, rappellent des observateurs locaux", "…, avance l'armée"
    r"|rappelle|avance|rajoute|releve|constate|detaille|revele|martele"
)
INVERTED_VERBS = (
    # "L'armée, elle, reconnaît la perte de …", "X, de son côté, annonce …": after a
    # stressed pronoun or an aside the verb has its subject before it, no inversion
    r"(?<!elle, )(?<!elles, )(?<!lui, )(?<!eux, )(?<!cote, )(?<!part, )(?:"
    # "a pour sa part assuré à l'AFP X": an aside may stand between the auxiliary and its verb
    # English, mostly in translated copy: '"…", indicates the army', "…, says the governor"
    r"said|says|added|adds|continued|continues|indicated|indicates|explained|explains|wrote"
    r"|writes|noted|notes|stated|states|reported|reports|declared|declares|announced|announces"
    # "…, admitted the army", "…, tweeted the governor"
    r"|tweeted|posted|specified|detailed|listed|reckoned|alleged|boasted|acknowledged|conceded"
    r"|admitted|insisted|maintained|warned|stressed|recounted|recalled|described|testified"
    r"|briefed|confirmed|disclosed|revealed|asserted|argued|complained|lamented"
    r"|estimated(?! at)"
    # present forms of copy: '"…," admits Colonel Ba'
    r"|admits|acknowledges|concedes|insists|maintains|warns|stresses|recalls|argues|reckons"
    r"|tweets|confirms|reveals|estimates(?! at)|recounts|alleges|boasts|discloses|asserts"
    r"|testifies|complains|laments"
    # '"…," countered a rebel commander', "…, replied the police chief"
    rf"|{_REPLIED}"
    rf"|(?:{_FR_GAP}|(?:a|ont|avait|avaient|aurait|auraient) )(?:{_FR_INVERTED_PAST})"
    rf"|(?:{_FR_INVERTED_PRESENT})(?:nt)?|poursuit|poursuivent|dit|disent|ecrit|dement|nie|nient"
    rf"|reconnait|reconnaissent|admet|admettent|{_FR_REFLEXIVE})"
)
# Reporting verbs that deny what follows.
DENIAL_VERBS = (
    rf"{_CALLS_FALSE}|denied|denies|denying|dismissed|dismisses|disputed|disputes|rejected|rejects|refuted|refutes"
    "|dismissing|rejecting|disputing|refuting|contradicting|contradicted|contradicts"
    "|a dementie?s?|ont dementie?s?|avait dementie?s?|dement|dementent|contredisent|contredit"
    "|rejette|rejettent|a rejete|a nie|ont nie|nie|nient|niant"
    rf"|{_FR_GAP}(?:dementi|rejete|nie)"
    # "un chiffre que l'armée conteste", "le gouvernement a réfuté ce bilan"
    "|conteste|contestent|a conteste|ont conteste|avait conteste|contestant"
    "|refute|refutent|a refute|ont refute|ont rejete|avait rejete"
    "|infirment|a infirme|ont infirme|avait infirme"
    f"|{_FR_DOUBT}"
    rf"|{_FR_CALLED}"  # only a frame before a word that calls the account false
)
# A verb with its own object, then an event of the narrator's: "The governor wrote a letter
# to the president after 12 soldiers were killed", "stressed the need for calm when …".
OBJECT_THEN_EVENT = (
    r"(?:wrote|writes|described|recounted|explained|noted|stressed|recalled|detailed|listed"
    r"|posted|tweeted|emphasi[sz]ed|revealed|disclosed)\s+(?:a|an|the|his|her|its|their|to)\s+"
    r"(?:(?!that\b)[\w'-]+\s+){1,6}?(?:after|before|following|when|since|about)\s"
)
# "..., adding that ...": a participle that carries the same speaker on.
CONTINUING_VERBS = (
    "stressing|adding|saying|telling|claiming|insisting|noting|warning|alleging|announcing|confirming"
    "|denying|dismissing|rejecting|disputing|refuting|contradicting|stating|precisant|affirmant|ajoutant"
    "|soulignant|assurant|evoquant|faisant etat|estimant"
)
# Asides between a verb and its inverted source: "a déclaré de son côté X".
ASIDES = (
    r"de (?:son|leur) cote|pour (?:sa|leur) part|quant a (?:lui|elle|eux|elles)|a (?:son|leur) tour"
    r"|for (?:its|his|her|their) part|in turn"
    # an adverb of the verb, not the source: "affirme encore l'état-major"
    r"|encore|aussi|egalement|ensuite|enfin|par ailleurs|toutefois|cependant|pourtant|plus tard"
)
# What a source asserts or denies, as a noun: "a claim the army denied".
CLAIM_NOUNS = (
    r"claims?|accounts?|versions?|figures?|tolls?|assertions?|allegations?|charges?|reports?"
    r"|accusations?|affirmations?|bilans?|chiffres?|informations?"
)
# An accuser's word before the "of"/"for" of a deed: "accused the rebels of killing 12",
# "claims of killing 11 soldiers" state the deed's count (unlike "jailed for killing").
ACCUSED_OF = (
    r"accus(?:ed|es|ing)|blam(?:ed|es|ing)|responsible|claims?|reports?|allegations?"
    r"|accusations?|accounts?"
)
# Phrases that place a claim with a source anywhere in the sentence.
ACCORDING_TO = (
    r"according to|selon|citing|citant|d'apres|cited by|a en croire"
    # "quoting X" only as an aside: "Quoting X, …", "…, quoting X, …"; not "the agency
    # quoting X reported", where X relays a voice inside what is reported
    r"|(?:^|(?<=,\s))quoting"
    # "…, the agency said on its website quoting a spokesman": after what the relay did
    # (not "The agency quoting a source reported": the relay's subject before it)
    r"|(?:(?<=\bsaid )|(?<=\breported )|(?<=\badded )|(?<=\bwrote )|(?<=\bwebsite )"
    r"|(?<=\bstatement )|(?<=\breport ))quoting(?=\s+(?:an?|the|one|two|three|several"
    r"|unnamed)\s)"
    # "Per the army, …", "…, as per local officials": only as an aside before a name, never
    # the "per" of a rate ("12 per cent", "…, per day")
    r"|(?:^\W*|(?<=,\s))(?:as\s+)?per(?=\s+[a-z])(?!\s+(?:cent|capita|se|annum|day|week|month|year|head|person|hour)\b)"
    # "As reported by the army, …", "…, as confirmed by the governor"; "In a statement from X"
    r"|(?:^\W*|(?<=,\s))(?:as\s+(?:reported|stated|announced|confirmed|claimed|told)\s+by"
    r"|in\s+(?:a|an|the)\s+(?:statement|update|report|communique|post)\s+(?:from|by))"
    # "According to Reuters, which cited local sources, …": the sources the relay cites
    r"|(?<=,\s)(?:which|who)\s+(?:(?:had|has)\s+)?(?:cited|quoted)"
    # "a-t-on appris de source sécuritaire", "indique-t-on de source militaire": "on" is no one
    r"|(?:a-t-on (?:appris|indique|precise|affirme|assure|confie|rapporte|annonce)"
    r"|(?:apprend|indique|precise|assure|affirme|rapporte|annonce|confie)-t-on"
    r"|apprend-on|dit-on"
    # "a appris l'AFP auprès de X", "a appris samedi RFI de source militaire": the outlet
    # only heard it; who told it speaks
    r"|(?:a|ont|avait|avaient)\s+appris\s+(?:\w+\s+)?(?:l'\s*)?(?-i:[A-Z][\w-]*)"
    # "On a appris auprès du gouverneur que …", "Nous avons appris de sources locales …"
    r"|(?:^\W*|(?<=,\s))(?:on|nous)\s+(?:(?:a|avait|avons|avions)\s+appris|apprend|apprenons))"
    # "auprès des sources locales", "auprès du gouverneur", "dit-on de mêmes sources"
    r" (?:\w+\s+){0,2}?(?:aupres (?:de|des|du|d')|de(?=\s+(?:memes\s+)?sources?\b))"
    # "…, de source sécuritaire", "De sources hospitalières, …": the source is "source …"
    # "De même source, …", "de mêmes sources": the latest source so called (sources.py)
    r"|(?:^\W*|(?<=,\s))de(?=\s+(?:memes?\s+)?sources?\b)"
    # "a appris l'agence Anadolu, mercredi, du gouverneur", "a appris RFI des habitants": the
    # outlet (a name, a time after it) only heard it; who told it speaks
    r"|(?:a|ont|avait|avaient)\s+appris\s+(?:\w+\s+)?(?:l'\s*|la\s+)?"
    r"(?:(?:agence|radio|chaine|television|journal)\s+)?(?-i:[A-Z][\w-]*)"
    r"(?:\s+(?-i:[A-Z][\w-]*)){0,2}(?:\s*,\s*\w+(?:\s+\w+)?\s*,)?\s+(?:du|des|de\s+la)(?=\s)"
    # the outlet before its verb: "L'AFP a appris auprès des habitants que …" (never "a
    # appris la mort du chef": what was learned)
    r"|(?<=\s)(?:a|ont|avait|avaient)\s+appris\s+(?:\w+\s+)?(?:aupres\s+(?:de|des|du)"
    r"|du|des|de\s+la)(?=\s[^.;:,]*\s(?:que|qu')\s*)"
)

# Sentences that carry on the previous speaker's account without naming it again.
CONTINUATION_START = (
    r"specifically|in particular|other (?:locations|towns|places|areas|sites)|the group"
    r"|en outre|notamment"
    # "Selon un bilan provisoire, …", "…, selon le dernier bilan.": a toll without its author
    # is the previous speaker's
    r"|(?:[^.]*,\s*)?(?:selon|d'apres)\s+(?:un|le|ce)\s+(?:[\w-]+\s+)?bilan(?:\s+[\w-]+)?"
    r"(?=\s*,|\W*$)"
    # "Two soldiers and 12 insurgents wounded.": a toll with no verb goes on with the one before
    r"|(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\s"
    r"(?:(?!(?:were|was|are|is|have|has|had|been|said|says)\b)[\w'-]+,?\s+){0,6}"
    r"(?:wounded|injured|killed|dead|missing)\W*$)"
    # "Wounded were Pfc. X, Y and Z.": an inverted participle naming its people goes on
    # with the toll before it ("… said slain were Sgt. X and Pfc. Y.")
    r"|(?:also\s+)?(?:killed|slain|wounded|injured|hurt)\s+(?:in\s+the\s+[\w-]+\s+)?were\s"
    r"(?!(?:not|also|among)\b)"
    # "Et 17 autres policiers ont été blessés": more of the toll told before
    rf"|(?={COUNT_OF_MORE})"
)

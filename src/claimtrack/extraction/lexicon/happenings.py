"""What happened: claim participles and verbs, attacks, control, blame, denials, presence.

Example:
    >>> CLAIM_PARTICIPLES["(?:killed)"], bool(THING_RE.search("three barracks"))
    ('killed', True)
"""

from __future__ import annotations

from claimtrack.extraction.lexicon import numbers, tables, words

# The words that call an account false live in ``falsehoods``; read here by their old names.
from claimtrack.extraction.lexicon.falsehoods import ACCOUNT_FALSE as ACCOUNT_FALSE
from claimtrack.extraction.lexicon.falsehoods import FALSE_ACCOUNTS as FALSE_ACCOUNTS
from claimtrack.extraction.lexicon.falsehoods import FALSE_WORDS as FALSE_WORDS

# --- what happened ---------------------------------------------------------------------------
# The claim words are data (claims.csv, see ``tables``): {pattern: claim type}, the
# patterns built from lemmas in all their forms ("tuer" → "tué", "tuées", …).
# Participles after a counted subject: "five soldiers were killed", "27 soldats tués".
CLAIM_PARTICIPLES = tables.claim_words("participle")
# Verbs before a count: "killed up to 40 soldiers", "avoir tué une trentaine de soldats".
CLAIM_VERBS = tables.claim_words("verb")
# "captured"/"pris" with a thing or a place as object is a seizure, not a capture of people.
THING_NOUNS = (
    "barracks|bases?|posts?|positions?|camps?|towns?|villages?|settlements?|cit(?:y|ies)"
    "|localit(?:y|ies)|vehicles?|weapons?|arms|tanks?|trucks?|motorbikes?|motorcycles?|guns?"
    "|ammunition|equipment|checkpoints?|outposts?|casernes?|camps?|postes?|villes?"
    "|localites?|vehicules?|armes?|motos?|chars?|pick-up|pickups?|materiel|munitions|drones?"
    "|aircraft|planes?|warplanes?|jets?|helicopters?|aeronefs?|avions?|helicopteres?|missiles?"
    "|rifles?|firearms|pistols?|mortars?|rockets?|launchers?|boats?|fusils?|kalachnikovs?"
    "|pistolets?|roquettes?|mortiers?|bateaux|pirogues?"
    "|airports?|airfields?|garrisons?|headquarters|aeroports?|garnisons?"
    "|strongholds?|hideouts?|fortifications?|bastions?|repaires?|crossing points?|crossings?"
    "|districts?|provinces?|counties|county|hamlets?|hameaux|quartiers?|communes?"
    "|houses?|homes?|huts?|maisons?|commissariats?|gendarmeries?|police stations?"
    "|encampments?|hideouts?|strongholds?"
    # what air strikes and raids hit: "destroyed weapon depots", "damaged civilian infrastructure"
    "|buildings?|depots?|warehouses?|infrastructure|facilit(?:y|ies)|bunkers?|emplacements?"
    "|arsenals?|caches?|bridges?"
    # buildings that are targets ("onze écoles ont été attaquées"), and convoys
    "|schools?|churches|church|mosques?|hospitals?|clinics?|convoys?"
    # "overran the check-post", "seized 30 lorries", "burnt a water tanker", "the radio room"
    "|check-?posts?|lorr(?:y|ies)|tankers?|(?:radio|control|operations) rooms?|offices?"
    # "destroyed a landing warship", "captured the district center"
    "|warships?|ships?|vessels?|cent(?:er|re)s?"
    "|ecoles?|eglises?|mosquees?|hopital|hopitaux|dispensaires?|cliniques?|convois?"
    # the French of trucks, armoured vehicles, warehouses, bridges and buildings
    "|camions?|blindes|entrepots?|ponts?|batiments?"
)
PLACE_NOUNS = (
    r"towns?|villages?|localit(?:y|ies)|cit(?:y|ies)|locations?|areas?|villes?|localites?"
    r"|districts?|provinces?|hamlets?|hameaux|quartiers?|communes?"
)
# A clause that is about an attack (for counts of towns and for place lists).
ATTACK_WORDS = (
    r"attack(?:s|ed)?|assaults?|raid(?:s|ed)?|targeted|struck|came under attack|ambushed"
    r"|come under attack|hit by|stormed|gunfire|attaques?|attaquee?s?|visee?s?|frappee?s?"
    r"|threw grenades|offensives?"
    # "une soixantaine d'hommes armés qui s'en sont pris au poste"
    r"|s'en (?:sont|est|etaient|etait) pris(?:es?)?|s'en (?:prennent|prend|prenaient)"
)
# Shelling, and the verbs that make an attack itself the claim (not a noun that names the
# event): rows of claims.csv. French participles only with their auxiliary ("l'attaque" and
# "la frappe" are nouns).
SHELLING_WORDS = tables.event_words("shelling")
# Munitions told as they fell are shelling: "30 shells fell on the town", "rockets landed
# near the airport" (bombs and grenades are set off or thrown; "rounds" are gunfire unless
# a heavy weapon's: "mortar rounds").
MUNITION_NOUNS = r"shells?|rockets?|mortars?|missiles?|projectiles?|(?<=mortar )rounds"
FELL_VERBS = (
    r"fell|fallen|fall|falls|landed|land|lands|rained|rain|crashed into|slammed into"
    r"|smashed into|exploded|impacted"
)
ATTACK_VERBS = tables.event_words("attacked")
# Verbs of harm to things read without a count ("destroyed their camps", "took over their
# base"): the English verb rows of seizure, destruction and damage, but not the bare "took",
# "recovered" and "abandoned" (their objects are seldom losses: "took positions"), nor nouns
# ("destruction of", "damage to").
THING_HARM_VERBS = "|".join(
    sorted(
        (
            tables.pattern(r)
            for r in tables.rows()
            if r.lang == "en"
            and r.slot == "verb"
            and (r.claim_type in ("destroyed", "damaged", "seized") or r.phrase == "{capture}")
            and r.phrase not in ("{take}", "{recover}", "{abandon}")
            and r.phrase.split()[0] not in ("destruction", "seizure", "damage")
        ),
        key=len,
        reverse=True,
    )
)
# Words that end a verb's object before a place noun: "ont repris dans la ville" is fighting
_NOT_BETWEEN = r"de|des|du|dans|sur|en|a|au|aux|pour|avec|vers|contre|par|apres|avant|depuis"
CONTROL_WORDS = (
    r"regained control of|retook|recaptured|took control of|taken control of|in control of"
    r"|(?:remains?|are|is|was|were) in control|controls? the|repris le controle de"
    r"|pris le controle de|controle (?:la|le|les|desormais)"
    # "they now controlled the town", "affirment contrôler désormais la ville"
    r"|(?:now |still |fully )?controlled the|controler (?:desormais |toujours )?(?:la|le|les)"
    r"|controlent (?:desormais |toujours )?(?:la|le|les)|(?:still|now) held?s? the"
    # "had retaken the town", "avoir repris la ville" (not "repris les combats": places only)
    # "the rebels were holding their positions", "held its ground"
    r"|(?:hold|holds|holding|held) (?:its|their|our|his|her) (?:positions?|ground)"
    r"|retaken|regained (?:the|its|their)|(?:a|ont|avoir|avait|avaient) repris (?:la|le|les|l')\s*"
    rf"(?:{PLACE_NOUNS}|bases?|camps?|postes?|positions?|quartiers?|aeroports?)"
    # "reprendre d'importantes positions", "avaient conservé toutes leurs positions", "a été
    # reprise par l'armée", "gagné du terrain": places held or regained (a few words between,
    # no "de": "repris le chemin de la ville" is no place taken)
    r"|(?<![\w'-])(?:reprendre|repris|reprennent|conserve|conserver|conservent|conservaient"
    r"|garde|garder|gardent|maintenu|maintenir|maintiennent)\s+"
    rf"(?:(?!(?:{_NOT_BETWEEN})\s)[\w']+\s+){{0,3}}?(?:{PLACE_NOUNS}|bases?|camps?|postes?"
    r"|positions?|quartiers?|aeroports?)(?![\w-])"
    r"|(?:a|ont|avait|avaient)(?: egalement| deja)? ete repris(?:e|es)? (?:par|aux?)(?=\s)"
    r"|(?:gagne|gagner|gagnent) du terrain"
    # "the town is now under rebel control" (not "brought the fire under control", nor "30
    # suspects were under their control"), "the army liberated the town" (not "liberated
    # the hostages": places only)
    r"|under (?:rebel|army|military|government|militant|jihadist|insurgent|militia) control"
    # "le poste est sous contrôle", "la ville est repassée sous le contrôle de l'armée" (not
    # "la situation est sous contrôle", nor "placé sous contrôle judiciaire")
    r"|(?<!situation )(?:est|sont|etait|etaient|reste|restent|restait|demeure|demeurent"
    r"|(?:est|sont|a ete|ont ete) (?:re)?passee?s?|(?:est|sont) (?:re)?tombee?s?)"
    r"(?: desormais| toujours| de nouveau| totalement| entierement| enfin)? sous"
    r" (?:le |son |leur |notre |leurs )?(?:entier )?controle(?! judiciaire)(?![\w-])"
    r"|(?:liberated|reclaimed)(?=\s+(?:the\s+|an?\s+)?(?:" + PLACE_NOUNS + r"|bases?|camps?)\b)"
)
# "claimed responsibility", "the attacks were claimed by", "a revendiqué", "blamed": rows.
RESPONSIBILITY = (
    tables.event_words("responsibility")
    # "held the rebels responsible for the massacre": who is held responsible stands between
    + r"|(?<![\w-])(?:held|holds|holding|hold)\s+(?:[\w'-]+\s+){1,5}?(?:responsible|accountable)"
    r"(?![\w-])"
)
# "X claimed the attack": responsibility, with what was claimed.
CLAIMED_EVENT = (
    r"(?:claimed|claims|claiming)\s+(?:(?:the|an|a|its|this|these|those|last\s+\w+'s)\s+)?"
    r"(?P<what>(?:[\w-]+\s+)?(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?"
    r"|killings?|kidnappings?|abductions?|operations?))"
    # "claimed the raid killed 14 farmers": the subject of a clause it reports, no admission
    r"(?!\s+(?:(?:was|were|had|has|have)\s|(?:left|hit|[a-z]+ed)\s+(?:\d|(?:the|an?|at|more"
    rf"|over|about|some|several|dozens|hundreds|up|nearly|only|no|{numbers.NUMBER_WORDS})\b)))"
)
# (not "operation": an army that "carried out an operation" claims no attack's authorship)
_EVENT_NOUNS = (
    r"attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?|attaques?|assauts?"
    r"|embuscades?|attentats?|frappes?|bombardements?"
)
# "X said it carried out the strike", "a indiqué avoir mené cette frappe": an admission.
CARRIED_OUT = (
    r"(?:carried out|conducted|perpetrated"
    r"|(?:a|ont|avoir|avait|avaient)\s+(?:mene|perpetre|commis))"
    r"\s+(?:the|this|that|these|its|their|an?|cette|cet|ces|l'|la|le|les|une?)\s*"
    rf"(?P<what>(?:[\w'-]+\s+)?(?:{_EVENT_NOUNS}))"
)
# Who did it, named as the agent of what was done: "civilians killed by the army", "41
# personnes tuées par les rebelles", "attaques lancées par des hommes armés". The agent must
# be armed people: "killed by a roadside bomb" names no one.
AGENT_VERBS = (
    r"killed|shot|executed|tortured|raped|abducted|kidnapped|wounded|injured|launched|carried out"
    r"|perpetrated|committed|tuee?s?|executee?s?|torturee?s?|violee?s?|enlevee?s?|blessee?s?"
    r"|lancee?s?|menee?s?|perpetree?s?|commise?s?|abattue?s?"
)
ARMED_NOUNS = (
    r"armed men|hommes armes|groups?|groupes?|militias?|milices?|miliciens|terroristes?"
    r"|terrorists|[dj]+ihadist(?:e?s)|insurgents|insurges|assailants|assaillants|attackers"
    r"|fighters|combattants|rebels|rebelles|militants|gunmen|separatist(?:e?s)|bandits"
)
AGENT = (
    rf"(?:(?:{AGENT_VERBS})\s+(?:[\w'-]+\s+){{0,2}}?"
    # the attacker named after the attack: "killed in an attack by militants", "an ambush
    # by the PKK terrorist organization"
    r"|(?<![\w'-])(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|offensives?)\s+"
    r"(?:(?:carried out|launched|staged)\s+)?"
    # French nouns only with their verb: the folded "attaque par" is also "attaqué par"
    r"|(?<![\w'-])(?:attaques?|embuscades?|offensives?)\s+(?:menee?s?|lancee?s?)\s+)(?:by|par)\s+"
    rf"(?P<who>(?:[\w'-]+\s+){{0,3}}?(?:{ARMED_NOUNS}|{{forces}}|organi[sz]ations?))\b"
)
BLAME_NOUNS = (
    r"exactions?|abuses|atrocities|allegations?|accusations?|massacres?|killings"
    r"|war crimes?|crimes? de guerre|bavures?"
    # a claim of responsibility denied or doubted: "des doutes sur cette revendication"
    r"|revendications?|claims? of responsibility"
)
# Claims about an outcome or an exchange, without a count: alternation → claim type. The
# event rows of types with rules of their own are read by those rules: an attack's target,
# shelled places, who is responsible, the count of attackers, what is called false.
EVENT_PHRASES = {
    tables.event_words(kind): kind
    for kind in dict.fromkeys(r.claim_type for r in tables.rows() if r.slot == "event")
    if kind not in ("attacked", "shelling", "responsibility", "attackers", "denied")
}
# Fighters counted as the attacking force: "an attack by 200 gunmen", "menée par des centaines".
ATTACKER_BEFORE = (
    r"(?:attacks?|assaults?|ambush|raid|embuscade|attaques?)\s+(?:\w+\s+){0,3}?"
    r"(?:by|par|led by|carried out by|menee par|tendue par)\s+(?:\w+\s+){0,4}?"
    r"|(?:compose|composed|made up) (?:de|d'|of)\s*"
    # "after being shot at by two snipers", "pris pour cible par des dizaines d'assaillants"
    r"|(?:shot at|fired (?:at|on|upon)|ambushed|attacked|overrun|stormed|raided|besieged"
    r"|carried out|prise?s? pour cible|prise?s? a partie"
    r"|attaquee?s?|tendue)\s+(?:(?:first|initially|d'abord)\s+)?(?:by|par)\s+"
    # "l'attaque de 200 jihadistes", "the raid of 200 gunmen": fighters right after the noun
    r"|(?:attaques?|assauts?|(?:attacks?|raids?|assaults?)\s+of)\s+"
)
# Fighters counted as the attacking force by what they did: "20 gunmen stormed the camp".
# Between a force and its verb: "200 gunmen, many of them on motorbikes, attacked", "200
# gunmen who came on motorbikes attacked" (not "who tried to storm": the clause's own verb),
# "300 fighters are believed to have taken part".
ATTACKER_ASIDE = (
    r"(?:\s*,\s*[^,.;:\"]{1,50}?,|\s+(?:who|which|that)\s+[^,.;:\"]{1,50}?(?<!\sto)(?=\s)(?!\s+to\s))?"
    r"(?:\s+(?:are|were|is|was)\s+(?:believed|thought|said|reported|understood)\s+to"
    r"(?=\s+have\s))?"
)
ATTACKER_VERBS_AFTER = (
    # "might have entered", "had stormed": a modal or an auxiliary before the verb (rows)
    r"(?:(?:might|may|could|would|must)\s+have\s+|had\s+|have\s+)?"
    rf"(?:{tables.event_words('attackers')})"
)
FIGHTER_NOUNS = (
    r"fighters|gunmen|militants|insurgents|attackers|assailants|jihadists|rebels|snipers|raiders"
    r"|bandits|men|bombers"
    # fighters named by what their enemies call them: "100 terrorists attacked the convoy"
    r"|terrorists|extremists|guerrillas|militiamen"
    r"|combattants|assaillants|insurges|jihadistes|hommes|terroristes|rebelles"
    r"|elements"  # the French press's fighters: "l'attaque de 50 éléments de l'EI"
)
# People a count may be about: "killed no civilians", "n'a tué aucun soldat", "douze
# soldats, un policier et deux civils ont été tués".
PEOPLE_NOUNS = (
    rf"(?:{numbers.ONE_PERSON_NOUNS})s?|{FIGHTER_NOUNS}|people|personnes|men|women"
    r"|children|police|troops|forces|troupes"
)
# What attackers wore, rode or carried, between them and their verb: "40 gunmen wearing
# police uniforms attacked", "200 fighters on motorcycles stormed", "à bord de pick-up".
ATTACKER_GEAR = (
    # "two militants with machine guns who targeted the base": what they came with
    r"(?:wearing|dressed (?:in|as)|in|on|aboard|riding|carrying|armed with|with|vetus d[e']"
    # a whole word ("ont été tués" is no "on" gear), or an elided "d'"
    r"|habilles en|a bord d[e']|sur|en|armes d[e'])(?:(?<=')|\b)\s*[\w' -]{1,60}?"
)
# The size of a force given after it: "gunmen numbering about 50", "au nombre de 200".
NUMBERED_FORCE = (
    # "put the number of attackers at four": the size put on them by a verb before them
    r"(?:(?P<numof>(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+"
    r"(?:the|their|its)\s+(?:number|size|strength)\s+of\s+(?:the\s+)?))?"
    rf"\b(?P<who>{FIGHTER_NOUNS}|men)(?:\s+armes)?"
    # "the attackers, who numbered about 100, raided": the aside counts them too ("»" too)
    r"(?:\s*\")?,?\s+(?:numbering|(?:who|which) numbered|au nombre d[e']|(?:put|estimated) at"
    # "les assaillants étaient une centaine", "the attackers were about 100", "les assaillants
    # seraient au nombre de 150", "…, qui étaient au nombre de 8", "number … was put at 200"
    r"|(?:(?:qui|who)\s+)?(?P<copula>etaient|seraient|sont|were|are|was)"
    r"(?:\s+au nombre d[e']|\s+(?:put|estimated) at)?|(?(numof)at|(?!)))\s*$"
)
# Figures called false, or a toll rejected: a denial of a count.
# "the number given", "the number of dead"; not the quantity "a larger number of fighters"
TOLL_WORDS = (
    r"(?:death )?tolls?|figures?|numbers|number(?!\s+of\b)"
    r"|number of (?:the )?(?:dead|deaths|victims|casualties|fatalities)"
    r"|counts?|tall(?:y|ies)|bilans?|chiffres"
)
# Predicates split around their count: a verb before it, its complement after the count's
# subject ("doctors treated 40 people for gunshot wounds", "gunned 12 villagers down",
# "hacked 12 people to death", "drove 5,000 people from their homes").
SPLIT_PREDICATES = (
    (
        r"treated|treating|treats|admitted|admitting|admits|received|receiving|receives",
        r"(?:for|with)\s+(?:(?:minor|serious|severe|light|slight|critical|life-threatening"
        r"|multiple|gunshot|bullet|shrapnel|blast|stab|burn)\s+)*(?:wounds|injuries|burns)",
        "wounded",
    ),
    (r"gunned|gunning|guns|mowed|mowing|mows|cut|cutting", r"down", "killed"),
    (
        r"hacked|hacking|beat|beaten|beating|stabbed|stabbing|clubbed|clubbing|bludgeoned"
        r"|tortured|shot|shooting|burned|burnt|burning|stoned|stoning",
        r"to death",
        "killed",
    ),
    (r"burned|burnt|burning|buried|burying", r"alive", "killed"),
    (
        r"drove|driven|driving|drives|forced|forcing|forces|chased|chasing",
        r"(?:from|out of)\s+(?:their|its|his|her)\s+(?:homes?|villages?|houses?|lands?)",
        "displaced",
    ),
)
# What a denial of losses names: "denied any deaths", "denied the reported casualties".
# Who is saved is no toll: "rescued 12 of the victims", "freed 30 hostages".
RESCUE_VERBS = (
    r"rescued|freed|released|evacuated|rescuing|freeing|releasing|evacuating|liberes?|liberees?"
    r"|liberated|liberating"
    r"|secourus|secourues|evacues|evacuees"
    # "la libération de 15 otages": who they were, not what befell them
    r"|(?:la |l')(?:liberation|relaxe|remise en liberte)\s+(?:de|des|d')"
    r"|(?:release|rescue|freeing) of(?: the)?"  # "demanded the release of 100 prisoners"
)
LOSS_WORDS = (
    r"deaths|casualties|losses|fatalities|victims|pertes|victimes|morts|deces"
    # "denied the death of any soldier", "a démenti la mort de tout soldat"
    r"|death of|mort de|mort d'"
)
# An event said not to have happened: "no such attack had taken place", "no fighting took
# place", "without any clashes", "aucun accrochage", "sans combat". The noun says which
# claim is denied.
NO_EVENT = (
    r"(?<![\w-])(?:no|aucune?|without(?:\s+any)?|sans|pas\s+de|pas\s+d')\s*"
    r"(?:(?:such|further|other|real|major|heavy|serious)\s+)?(?P<what>[\w'-]+)"
)
NO_EVENT_NOUNS = {
    r"attacks?|assaults?|offensives?|raids?|attaques?|assauts?|offensives?": "attacked",
    r"fighting|fights?|clash(?:es)?|battles?|gunfights?|shootouts?|firefights?|combats?"
    r"|affrontements?|accrochages?|fusillades?|heurts": "fighting",
}
# Forces somewhere: "Chadian troops had entered Birao", "the Chadian army … are hunting",
# "militants who were operating in the area", "fighter jets had breached the airspace".
_NOT_WHO = r"(?!(?:said|says|told|that|que|qui|and|et|a|ont|which|who|where|ou)\s)"
FORCE_NOUNS = (
    r"troops|soldiers|forces|army|fighters|militants|rebels|commanders|militiamen|policemen"
    r"|police|gunmen|jets|warplanes|aircraft|helicopters|gunships|drones|reinforcements?"
    # an armed group named as such ("an unidentified combat group … entered the north")
    r"|(?<=armed )groups?|(?<=combat )groups?|(?<=militant )groups?|commandos|squads?"
    r"|elements|soldats|militaires|combattants|troupes|armee|commandants|miliciens|policiers"
    r"|gendarmes|avions|helicopteres|renforts|mercenaires|mercenaries|rebelles|jihadistes"
    r"|djihadistes|insurges|insurgents|paramilitaires|paramilitaries|peacekeepers|casques bleus"
)
PRESENCE = (
    rf"(?<![\w'-])(?P<who>(?:{_NOT_WHO}[\w'-]+\s+){{0,2}}(?:{FORCE_NOUNS}))\b"
    # the gap stays in the clause: no other speaker or clause between forces and verb
    r"(?:(?!\b(?:said|says|but|mais|while|alors)\b)[^.;]){0,60}?\b"
    r"(?:had entered|entered|were involved|are (?:currently )?hunting|were hunting|deployed"
    r"|stationed|were operating|are operating|were present|sont entres|sont deployes"
    r"|etaient presents|had crossed|crossed into|were patrolling|are patrolling"
    r"|(?:had |have |has )?(?:violated|breached)|ont (?:viole|franchi)|avaient (?:viole|franchi)"
    r"|sont (?:toujours |encore |desormais |deja )?(?:presents|positionnes)"
    r"|etaient (?:toujours |encore |deja )?positionnes)\b"
)
# Forces somewhere said by a noun or a camp set up: "a heavy military presence", "the army
# had set up temporary bases in the district".
PRESENCE_NOUN = (
    r"\b(?:heavy|strong|large|massive|significant)\s+"
    r"(?P<who>(?:military|army|police|troop|security|rebel|militant)\s+)presence\b"
    rf"|(?P<who2>(?:[\w'-]+\s+){{0,2}}(?:{FORCE_NOUNS}))\s+(?:have|has|had)\s+set up\s+"
    r"(?:temporary |military |new |forward )?(?:bases|camps|positions)\b"
)
# Forces sent somewhere: "we have sent reinforcements to the base", "a envoyé des renforts".
REINFORCED = (
    r"\b(?:sent|deployed|dispatched|rushed"
    r"|(?:a|ont|avoir|avait|avaient)\s+(?:envoye|deploye|depeche))\s+(?P<who>(?:(?:more|additional|extra|des|de|d')\s*)?"
    r"(?:[\w'-]+\s+)?(?:reinforcements?|renforts|troops|soldiers|troupes|soldats))\b"
)
# A country or force in another's territory: "India violated its airspace",
# "l'Inde avait violé son espace aérien" (the subject is who was there).
INCURSION = (
    rf"(?<![\w'-])(?P<who>(?:{_NOT_WHO}[\w'-]+\s+){{0,2}}?[\w'-]+)\s+"
    r"(?:had |has |have |a |avait |ont |avaient )?(?:violated|breached|viole|violait)\s+"
    r"(?:(?:its|their|the|our|his|son|leur|notre|l')\s*)?(?:[\w'-]+'s\s+)?"
    r"(?:airspace|air space|territory|borders?|espace aerien|territoire|frontiere)\b"
)

# A word each of PRESENCE, REINFORCED, INCURSION and PRESENCE_NOUN needs (keep it in step
# with them), looked for first: the patterns open on any word before a force noun and
# would be tried at every word of every sentence
PRESENCE_CUE = (
    r"entered|entres|involved|hunting|deploy|stationed|operating|present|crossed|patrolling"
    r"|viol|breached|franchi|positionnes|sent|dispatched|rushed|envoye|depeche"
    r"|presence|set up"
)

# Harm by nature, disease or accident ("floods destroyed 300 homes", "died of cholera"); a
# fire is no hazard here ("the fire destroyed 30 homes" may tell an arson told before).
HAZARD_WORDS = (
    # (not "a storm of fire", "a storm of criticism": a figure of speech)
    r"floods?|flooding|flash floods?|(?:heavy|torrential) rains?|rainstorms?|storms?(?!\s+of\b)"
    r"|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|earthquakes?|quakes?|tremors?"
    r"|landslides?|mudslides?|droughts?|heatwaves?|wildfires?|bushfires?|cholera|measles"
    r"|malaria|ebola|epidemics?|(?:disease|cholera|measles) outbreaks?|famine|lightning"
    r"|(?:road|traffic|car|bus|boat|mining) accidents?|accidents? de la route|stampedes?"
    r"|inondations?|seismes?|tremblements? de terre|glissements? de terrain|secheresse"
    r"|epidemies?|foudre|bousculade|pluies? (?:torrentielles?|diluviennes?)|intemperies"
)
# What names a conflict in a sentence: fighting, attackers, arms, armed forces.
WAR_WORDS = (
    r"attack(?:s|ed|ers)?|fighting|fighters|clash(?:es)?|battles?|shelling|shells?|bombs?"
    r"|bombings?|bombed|explosions?|explosives?|airstrikes?|air strikes?|drones?|raids?"
    r"|gunmen|gunfire|shot|shooting|gunshots?|militants?|militias?|militiamen|rebels?"
    r"|insurgents?|jihadists?|terrorists?|bandits|armed|troops|soldiers|army|military"
    r"|war|conflict|violence|ambush(?:ed)?|rockets?|mortars?|missiles?|artillery|blasts?"
    r"|grenades?|ieds?|landmines?|kidnap(?:ped|pers|pings?)?|abduct(?:ed|ions?)|hostages?"
    r"|massacres?|navy|naval|air force|forces|marines|sailors|policemen|gendarmes"
    r"|attaques?|combats?|affrontements?|rebelles|jihadistes|terroristes|hommes armes"
    r"|militaires|soldats|armee|violences|guerre|conflit|tirs?|obus|frappes?"
)

AGENT = AGENT.replace("{forces}", FORCE_NOUNS)

# Patterns more than one extractor module matches against, compiled once here.
THING_RE = words(THING_NOUNS)
PLACE_NOUN_RE = words(PLACE_NOUNS)
ATTACK_WORD_RE = words(ATTACK_WORDS)

"""Words of English count structures the claim table cannot hold: verbs whose claim depends
on what they count ("hit 3 villages" is an attack, "hit 3 soldiers" none), "over" that is
a particle ("took over 3 towns"), predicates split around their count ("sent 5,000 people
fleeing"), and who flees without being displaced (fighters).

Example:
    >>> import re
    >>> bool(re.search(TAKE_BEFORE, "the rebels took "))
    True
"""

from __future__ import annotations

# Irregular past tenses of verbs that may open an object relative with no claim of its own:
# "the 200 fighters the army sent to the town were ambushed"
PAST_IRREGULAR = (
    r"sent|led|took|brought|held|saw|found|left|put|kept|said|told|met|sold|bought|built"
    r"|caught|fought|shot|hit|drove|flew|gave|chose|knew|heard"
)
# "took over 3 towns": "take over" is the verb, "over" no bound of the count
TAKE_BEFORE = r"(?<![\w-])(?:took|taken|taking|take|takes)\s+$"
# Verbs whose particle "over" is no bound of the count after it: "handed over 20 hostages"
# ("take" only with places, ``TAKE_BEFORE``: "took over 30 hostages" is a bound)
OVER_VERBS = (
    r"handed|handing|hand|hands|turned|turning|turn|turns"
    r"|ran|run|running|runs|signed|signing|won|winning|gave|given|giving|pulled|pulling"
)
# Intensifiers of a bound the quantity does not hold: "killed well over 30"
INTENSIFIERS = r"well|slightly|a little|a bit|far|much|just|way"
# Verbs that attack what they count only when it is a place or a post: "gunmen hit 3
# villages" (attacked), "a bullet hit two soldiers" (no attack counted)
PLACE_VERBS = r"hit|hits|hitting"
# What "hit" attacks when counted, beside the places of ``happenings``: communities and
# posts ("a shell hit three houses" is damage, not an attack counted)
PLACES_HIT = (
    r"communit(?:y|ies)|posts?|outposts?|bases?|camps?|barracks|positions?|checkpoints?"
    r"|garrisons?|police stations?|stations?"
)
# Predicates split around their count, beside ``happenings.SPLIT_PREDICATES``: the verb
# before the count, the complement after its subject, the claim type
SPLIT_PREDICATES = (
    (r"sent|sending|sends|send", r"(?:fleeing|running|scurrying|scrambling)", "displaced"),
    (r"forced|forcing|forces|force", r"to\s+(?:flee|leave\s+their\s+homes)", "displaced"),
)
# Crossing a border as refugees: "3,000 people had crossed into Niger", "fled into Chad"
CROSSED = (
    r"(?:crossed|crossing|fled|fleeing|streamed|poured|flooded)\s+"
    r"(?:(?:the|a)\s+(?:border|frontier)\s+)?(?:into|to|across)\s+"
)
# Who flees without being displaced: armed groups in retreat ("two rebels fled into the
# bush"; "men" may be anyone); and across a border, troops too ("300 soldiers crossed
# into Chad")
FLEEING_FIGHTERS = (
    r"fighters|gunmen|militants|insurgents|attackers|assailants|jihadists|rebels|raiders"
    r"|bandits|terrorists|militiamen|gunmen|kidnappers|combatants"
    # units in retreat: "the army sent 3 battalions fleeing" is a rout
    r"|battalions|brigades|platoons|units|regiments"
)
# What "hits" places without attacking them: "the floods hit 12 communities"
HAZARDS = (
    r"floods?|flooding|storms?|rains?|earthquakes?|quakes?|droughts?|cyclones?|hurricanes?"
    r"|typhoons?|landslides?|epidemics?|outbreaks?|cholera|heatwaves?|wildfires?"
)
CROSSING_FIGHTERS = rf"{FLEEING_FIGHTERS}|soldiers|troops"
# Who some of a harmed whole were, by kin or membership: "two of the eight rebels killed
# were sons of the commander", "three of the 20 dead were members of one family"
WHO_BY_KIN = (
    r"sons|daughters|brothers|sisters|relatives|cousins|nephews|wives|husbands|fathers"
    r"|mothers|members|leaders|bodyguards|guards|students|pupils|foreigners|nationals"
)
# Fire or an attack that came from a force: "came under fire from 30 gunmen", "were
# attacked from three sides by" is not one (no count after "from")
UNDER_FIRE_FROM = (
    r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sustained\s+|intense\s+)?"
    r"(?:fire|attack|assault|gunfire)\s+from\s+(?:(?:some|about|around|nearly|up to|at least"
    r"|more than|over|an estimated)\s+)?"
)
# Lives a happening "claimed" are its dead, no claim made: "the clashes claimed the lives of
# 10 soldiers", "claimed lives", "has claimed 56 lives" (read after the verb "claim")
LIVES_CLAIMED = r"\s+(?:(?:the\s+)?(?:lives|life)\b|(?:[\w,.-]+\s+){1,3}lives\b)"
# The force an attack was made with, counted after "with" (or a list it ends): "attacked
# the town with 200 fighters", "launched the assault with infantry and two tanks"
ATTACK_FORCE = (
    r"fighters|gunmen|militants|insurgents|jihadists|rebels|men|troops|soldiers|militiamen"
    r"|tanks|vehicles|pickups|pick-ups|trucks|motorbikes|motorcycles|technicals|boats"
)
# A side's own people who came to no harm: "its fighters escaped unharmed", "all our men
# returned safely", "the troops were unhurt" (a count of none, casualties)
OWN_SIDE = r"(?:its|their|our|his|the|all|all of (?:its|their|our|the)|all the)"
UNHARMED_WHO = (
    r"fighters|men|troops|soldiers|forces|personnel|militants|rebels|mujahideen|mujahidin"
    r"|comrades|members|units|policemen|officers|commandos|side|crew|crews"
)
UNHARMED = (
    # "escaped unharmed", "were unhurt", "emerged unscathed", "returned safely"
    r"(?:(?:escaped|returned|withdrew|retreated|got away|emerged|came out|were|are|remained"
    r"|was|is|made it back|pulled back)\s+(?:all\s+|safely\s+(?=and\b)|back\s+)?"
    # "came out of the battle without a scratch": where from, between verb and state
    r"(?:(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+\s+)?"
    r"(?:(?:and\s+)?(?:unharmed|unhurt|unscathed|uninjured|safe and sound|safely"
    r"|without (?:a scratch|any (?:injury|injuries|casualties|losses|loss)|injury|injuries"
    r"|casualties|losses|loss)))"
    # "all TTP fighters managed to escape", "were able to withdraw safely"
    r"|(?:managed|were able|was able)\s+to\s+(?:escape|flee|withdraw|retreat|get away|return)"
    r"(?:\s+(?:safely|unharmed|unhurt|unscathed))?)(?![\w-])"
)
# What a toll noun modifies when no one is counted, only a figure withheld: "did not give any
# casualty figures", "no death toll was released", "without any casualty estimates"
FIGURE_OF_TOLL = (
    r"figures?|estimates?|numbers?|counts?|tolls?|tall(?:y|ies)|details?|information"
    r"|breakdowns?|statistics|data|reports?"
)

# Weapons, and the passives that say they were taken off the other side: "one rifle and two
# pistols were recovered", "an assault rifle was also found" (seized; only weapons: people
# "recovered" or "found" are rescued or found dead, bodies recovered are the dead).
WEAPON_NOUNS = (
    r"weapons?|arms|guns?|rifles?|firearms|pistols?|revolvers?|ammunition|grenades?|explosives"
    r"|launchers?|AK-47s?|kalashnikovs?|machine[- ]?guns?|magazines?|mortars?|shotguns?"
)
WEAPONS_FOUND = (
    r"(?:was|were|has been|have been|had been)\s+(?:(?:also|reportedly|later|then)\s+)?"
    r"(?:recovered|found|retrieved|discovered)"
)

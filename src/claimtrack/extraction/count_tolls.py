"""Counts a toll names: "the death toll rose to 40", "put the figure at 22", "two
policemen were among the dead".

The count rules (``count_rules``) try these after the participle, toll-noun and verb
rules: a toll phrase before or after the count makes it a death toll, or the figure of
the count before it in the sentence.

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "Police put the death toll at 12."
    >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
    [('killed', '12')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.lexicon import count_words, numbers
from claimtrack.extraction.predicates import type_of_participle

if TYPE_CHECKING:
    from claimtrack.extraction.count_record import Count, Reading
    from claimtrack.extraction.found import Found

_I = re.IGNORECASE
# "put the death toll of militants at", "the death toll rose to", "le bilan s'élève à".
# The toll named: "the death toll from Monday's attack", "the number of people killed".
_TOLL_HEAD = (
    r"(?:(?P<casualty>casualty (?:toll|figure|count))|(?:death )?toll"
    r"|number of (?:[\w'-]+ ){0,2}?(?:dead(?P<dead> [a-z]+s| people)?|deaths|victims"
    r"|casualties|killed)"
    # "the number of wounded rose to", "the number of people displaced now stands at"
    r"|number of (?:people |those )?(?P<noun>wounded|injured|missing|displaced|prisoners"
    r"|hostages|arrested|detained|abducted|kidnapped)"
    # "le bilan des soldats tués est monté à 38": what the French toll counts, after "des"
    r"|bilan(?: des (?P<des>[\w'-]+(?: [\w'-]+)??))?"
    r"|nombre (?:total )?(?:des|de) (?:morts|victimes|tues|personnes tuees))"
    r"(?:\s+(?:provisoire|total|officiel|final|initial|definitif))?"
    # "the number of civilian deaths since the beginning of the clashes has climbed to"
    r"(?: of (?P<of>[\w' -]{1,40}?))?"
    # (its event can be long: "the death toll in a separate shootout on Wednesday near X")
    r"(?: (?:from|in|after|following|since|during|de|du|depuis) [\w'’ -]{1,100}?)?"
)
# "the toll, which had stood at 12 on Saturday, rose to 19", "the death toll in the attack,
# the deadliest since 2019, had risen to 52": an aside between the toll and its verb
_TOLL_ASIDE = r"(?:\s*,\s*[^,;:]{1,60}?,)?"
# "put the death toll even higher, at around 100": a comparison before the figure it gives
_HIGHER = r"(?:\s+(?:even\s+|much\s+|far\s+|still\s+|slightly\s+)?(?:higher|lower)\s*,?)?"
_TOLL_AT = re.compile(
    rf"{_TOLL_HEAD}{_TOLL_ASIDE}{_HIGHER}\s+(?:(?:has |had )?(?:now |so far |currently )?"
    r"(?:rose|risen|climbed|increased|stood|stands|reached|rises|jumped|soared|surged|grew"
    r"|grown|mounted|s'eleve|s'est alourdi"
    # "le bilan est monté à 38", "a grimpé à 52": French verbs of a toll that rose
    r"|(?:(?:est|etait|a|avait)\s+)?(?:monte|grimpe|augmente)"
    r"|est passe|passe|atteint|est|etait|is|was)\s+)?"
    r"(?:at|to|of|a|de|d')\s*\"?\s*"
    # "put the death toll at a much lower 50": the figure set against another's
    r"(?:an?\s+(?:(?:much|far|even|slightly)\s+)?(?:lower|higher|smaller|larger)\s+)?$",
    _I,
)
# The same without a preposition: "the death toll was 12", "the toll reached 40".
_TOLL_IS = re.compile(
    rf"{_TOLL_HEAD}{_TOLL_ASIDE}\s+(?:(?:has |had )?(?:now |so far |currently )?(?:reached|hit"
    r"|stands|totalled|totaled)|is|was|stood|totals|est|etait"
    # "the number of victims exceeded 260": the figure the toll passed
    r"|(?:has |had )?(?:exceeded|surpassed|topped|passed|crossed)"
    r"|atteint|a atteint)\s+(?:now\s+|desormais\s+)?\"?$",
    _I,
)
_TOLL_AFTER = re.compile(
    r"\s+(?:le|the) (?:nombre|number|bilan|total) (?:de |des |d'|of )(?:(?:the|leurs?|ses) )?"
    r"(?P<noun>[\w]+)(?: (?P<participle>[\w]+))?",
    _I,
)
# "raised to 40 the death toll": the toll named right after the figure it is raised to
_TO_BEFORE = re.compile(r"(?<![\w'-])to\s+$", _I)
_TOLL_NAMED_AFTER = re.compile(
    r"\s+(?:the|its|their)\s+(?:(?:overall|official|provisional)\s+)?"
    r"(?:(?P<casualty>casualty\s+(?:toll|figure|count))|(?:death\s+)?toll)\b",
    _I,
)
# A source in commas between a toll and its verb: ", according to the Civil Defence,",
# ", the ministry said,".
_ASIDE = re.compile(
    r",\s*(?:(?:according to|citing|quoting)\s[^,.;:]{1,60}"
    r"|[^,.;:]{1,50}?\s(?:said|says|added|told [\w-]+))\s*,\s*",
    _I,
)
# "the toll was revised up to 45", "went up to 45": "up" a particle, the figure exact
_TOLL_UP = re.compile(
    rf"{_TOLL_HEAD}{_TOLL_ASIDE}\s+(?:(?:has|had|was|has been|had been)\s+)?(?:now\s+)?"
    r"(?:revised|gone|went|shot|pushed|moved)\s+$",
    _I,
)
_UP_TO = re.compile(r"up\s+to\s+", _I)
# "The militia put its losses at 6", "put their own dead at 12", "… and the rebels' losses
# at 40": a side's losses numbered by "put" (a second one after "and" shares the verb)
_PUT_LOSSES = re.compile(
    r"(?<![\w'-])(?:put|puts|putting|placed|places)\s+(?:[^.;:]{1,60}?\s(?:and|,)\s+)?"
    r"(?:the|its|their|his|her|our)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>losses|casualties|dead|deaths)\s+at\s+(?:(?:about|around|some|only|just)\s+)?$",
    _I,
)
TOLL_INCLUDED = re.compile(
    r"(?:(?:death )?toll|bilan)\b[^.;:]{0,60}?\b(?:included|includes|including|comprend"
    r"|comprenait|compte|comptait|parmi lesquels)\b[^.;:]{0,40}$",
    _I,
)


def toll_phrase(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A count a toll names: "the death toll rose to 40", "bringing to 60 the number of
    people killed", "the toll included 12 soldiers".

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "The death toll rose to 40."
        >>> [(f.claim_type, f.value, f.rule) for f in find_counts(s, s)]
        [('killed', '40', 'toll')]
    """
    if (up := _UP_TO.match(c.match.group())) and (toll := _TOLL_UP.search(c.before)):
        # "the death toll was revised up to 45": 45, no bound
        r.claim_type, r.rule, r.value_start = _toll_kind(toll), "toll", c.start + up.end()
    elif (after := _TOLL_AFTER.match(shade, c.end)) and (kind := _toll_named(after)):
        # "l'ONU estime à 500 000 le nombre de déplacés", "put at 40 the number of dead",
        # "bringing to 60 the number of people killed"
        r.claim_type, r.rule, r.subject = kind, "toll", None
    elif _TO_BEFORE.search(c.before) and (toll := _TOLL_NAMED_AFTER.match(shade, c.end)):
        # "revised up from five to 17 the death toll", "raised to 40 the toll"
        kind = "casualties" if toll.group("casualty") else "killed"
        r.claim_type, r.rule, r.subject = kind, "toll", None
    elif put := _PUT_LOSSES.search(shade, max(0, c.start - 120), c.start):
        # a side's losses are its dead, as "the loss of three soldiers" is
        casualties = put.group("noun").lower() == "casualties"
        r.claim_type, r.rule = "casualties" if casualties else "killed", "toll"
    elif TOLL_INCLUDED.search(shade, max(0, c.start - 120), c.start):
        r.claim_type, r.rule = "killed", "toll"  # "the death toll included a woman and …"
    # a toll's place can be long ("the toll from an air strike on a monastery in … rose to")
    # an aside between the toll and its verb: "the death toll, according to X, rose to 31"
    elif (
        toll := _TOLL_AT.search(wide := _ASIDE.sub(" ", shade[max(0, c.start - 160) : c.start]))
    ) or (toll := _TOLL_IS.search(wide)):
        # "the casualty toll", "put the casualty figure at 6": dead and wounded, not split
        r.claim_type, r.rule = _toll_kind(toll), "toll"
        if (of := toll.group("of") or toll.group("dead")) and not c.words:
            r.subject = of.strip()  # "the number of dead soldiers": soldiers


_OF_TOLL = frozenset({"wounded", "injured", "missing", "displaced", "prisoners", "hostages"})


def _toll_kind(toll: re.Match) -> str:
    """The claim type of a toll named before its figure: a death toll unless it names
    casualties ("the casualty toll") or what befell its people ("the number of wounded")."""
    # "the toll of the wounded rose to 56": what its people are, when a toll noun says it
    if re.search(r"\b(?:dead|killed)\s+and\s+(?:the\s+)?(?:wounded|injured)\b", toll.group()):
        return "casualties"  # "the toll of dead and wounded": both, not split
    # "le bilan des blessés", "le bilan des soldats tués": its last word says what befell them
    des = (toll.group("des") or "").lower().split()[-1:]
    if des and (kind := numbers.TOLL_NOUNS.get(des[0]) or type_of_participle(des[0])):
        return kind
    of = (toll.group("of") or "").split()[-1:]
    if noun := toll.group("noun") or (of and of[0] in _OF_TOLL and of[0]):
        return numbers.TOLL_NOUNS.get(noun.lower()) or type_of_participle(noun.lower()) or "killed"
    return "casualties" if toll.group("casualty") else "killed"


def _toll_named(after: re.Match) -> str | None:
    """The claim type of "the number of dead" or "the number of people killed", or None."""
    if kind := numbers.TOLL_NOUNS.get(after.group("noun")):
        return kind
    return type_of_participle(after.group("participle") or "")


# "while a provincial official put the figure at 22": the figure of the count before.
_FIGURE_AT = re.compile(
    r"(?<![\w'-])(?:put|puts|putting|placed|places)\s+(?:(?:the|that|this|its|their|his|her)\s+"
    rf"(?:figure|number|tally|count|total)|it){_HIGHER}\s+at\s*$"
    # "…, a figure that local sources put at 40"
    r"|(?<![\w'-])(?:figure|toll|number)\s+(?:that|which)\s+[^,.;:]{1,40}?\s(?:put|puts|placed)"
    r"\s+at\s*$",
    _I,
)
# "…, while the army gave a figure of 18", "l'armée parle de 18": a bare figure a source
# gives after another's count counts the same thing
_BARE_FIGURE = re.compile(
    r"(?<![\w'-])(?:(?:figure|chiffre|toll|bilan|total|number|nombre)\s+(?:of|de|d')"
    r"|(?:parle|parlent|evoque|evoquent|avance|avancent|cite|citent)\s+(?:de|d')"
    # "…, while the group said only two": the verb of the count before is understood
    r"|(?:said|says|say|claimed|claims|reported|reports|counted|estimated)"
    r"(?:\s+(?:it was|there were|only|just))?)\s*$",
    _I,
)
# "the death toll was higher, putting it at around 70": "it" is the toll named before
_TOLL_NAMED = re.compile(rf"(?<![\w'-]){_TOLL_HEAD}(?![\w'-])", _I)


def figure_at(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "X said 21 civilians were killed, while Y put the figure at 22": Y's figure counts
    what the count before it counted.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Ali said 21 men died, while Bo put the figure at 22."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('killed', '21'), ('killed', '22')]
    """
    bare = found and not c.words and _BARE_FIGURE.search(c.before)
    if not (bare or _FIGURE_AT.search(c.before)):
        return
    if found:
        parent = next(f for f in reversed(found) if not f.subset)
        r.claim_type, r.rule, r.subject = parent.claim_type, "list", parent.subject
    elif toll := _TOLL_NAMED.search(shade, 0, c.start):
        r.claim_type = _toll_kind(toll)
        r.rule = "toll noun"
    elif _FIGURE_AT.search(c.before):
        # "The rebels put the figure at 40.": the figure of a count in the sentence before
        # (``candidates`` gives it that count's type, or drops it if there is none)
        r.claim_type, r.rule = "killed", "figure of before"


# "parmi les personnes enlevées": the people of a toll named by its participle
# "parmi les 19 victimes": a toll, maybe with its own count
_TOLL_COUNT = rf"(?:(?:\d[\d\s.,]*|(?:{numbers.NUMBER_WORDS})(?:-[a-z]+)*)\s+)?"
# "four children were among 14 civilians killed": a counted toll needs no article
_AMONG = rf"(?:among|parmi)\s+(?:(?:the|those|les|ceux)\s+|(?=\d|(?:{numbers.NUMBER_WORDS})\s))"
_AMONG += rf"{_TOLL_COUNT}(?:people\s+|personnes\s+)?"
_AMONG += r"(?P<noun>[\w]+)(?:\s+(?P<part>[\w]+))?"
_AMONG_AFTER = re.compile(
    # "four officers and two soldiers were among the dead": the first conjunct too
    r"(?:\s+(?:and|et)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)?"
    # "trois responsables du groupe se trouvent parmi les prisonniers": whose they are
    r"(?:\s*\"?\s+(?:of|du|des|de\s+la|de|d')\s*(?:l')?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    # "two policemen wounded in the blast were among the dead": a participle phrase that says
    # who they were stands between the counted and the toll (the toll is the claim)
    r"(?:\s+[\w-]+(?:ed|en)\s+(?:in|during|by|at|on|near)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+"
    r"(?=\s+(?:were|was|are|is)\s))?"
    # "sept enfants parmi les 19 victimes": right after the counted, no verb is needed
    rf"(?:\s+(?:were|was|are|is|sont|etaient|est|etait|figurent|figuraient|figure|figurait"
    r"|se trouv(?:ent|aient|e|ait)|comptent|comptaient))?\s+"
    # "were believed to be among the dead"
    rf"(?:also\s+|aussi\s+|(?:believed|thought|said|reported|feared)\s+to\s+be\s+)?"
    rf"{_AMONG}(?P<noun2>)",
    _I,
)
_AMONG_BEFORE = re.compile(
    rf"(?:{_AMONG}(?:\s+(?:were|are|was|figurent|figuraient|se trouvent|se trouvaient|sont"
    # "the civilian casualties include", "Casualties included": adjectives, no article
    r"|etaient))?|(?:(?:the|les)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun2>\w+)\s+"
    r"(?:included|include|includes|comprennent"
    r"|comprenaient|comptent|comptaient)"
    # "the dead included a captain, a lieutenant and 11 soldiers": each of its list
    r"(?:\s+(?:(?!(?:and|et|said|says|who|which|that|qui|que)\s)[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)){0,5}"
    r")\s*$",
    _I,
)


# "Of the dead, 12 were soldiers": the toll the count is a part of opens its clause
_OF_THE_TOLL = re.compile(
    r"(?:^|[,;:]\s*)(?<![\w'-])of\s+(?:the|those)\s+(?P<noun>\w+)(?P<noun2>)(?P<part>)\s*,\s*$", _I
)


def among_toll(shade: str, start: int, end: int) -> str | None:
    """The claim type of a toll that the count at ``start`` (its subject ending at ``end``)
    is among: "two policemen were among the dead", "the dead included 12 soldiers".

    Example:
        >>> s = "Parmi les morts figurent deux enfants"
        >>> among_toll(s, s.index("deux"), len(s))
        'killed'
    """
    m = (
        _AMONG_AFTER.match(shade, end)
        or _AMONG_BEFORE.search(shade, max(0, start - 60), start)
        or _OF_THE_TOLL.search(shade, max(0, start - 60), start)
    )
    noun = (m.group("noun") or m.group("noun2") or "").lower() if m else ""
    # "parmi les 22 victimes tuées": the participle after the toll noun says what befell them
    part = (m.group("part") or "").lower() if noun else ""
    said = type_of_participle(part) if part else None
    # "among those gunned down", "among those shot dead": a participle of two words
    said = said or (type_of_participle(f"{noun} {part}") if part else None)
    return said or numbers.TOLL_NOUNS.get(noun) or type_of_participle(noun) if noun else None


_FIGURE_OF_TOLL = re.compile(rf"\s+(?:{count_words.FIGURE_OF_TOLL})(?![\w-])", re.IGNORECASE)


def figure_withheld(shade: str, words: list[str], toll_word: str | None, end: int) -> bool:
    """Whether a toll noun counted by "no"/"any" only modifies a figure ("did not give any
    casualty figures", "no death toll"): a figure withheld, not a count of none harmed.

    Example:
        >>> s = "gave no casualty figures"
        >>> figure_withheld(s, ["casualty", "figures"], "casualty", len(s))
        True
        >>> figure_withheld("no casualties", ["casualties"], "casualties", 13)
        False
    """
    after = " " + " ".join(words[words.index(toll_word) + 1 :]) if toll_word in words else ""
    return bool(_FIGURE_OF_TOLL.match(after) or _FIGURE_OF_TOLL.match(shade, end))

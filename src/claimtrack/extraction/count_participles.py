"""The participle a count's clause ends with, reached past what describes the counted.

A count's predicate may stand after an aside ("Les onze soldats, disparus mardi, ont été
retrouvés morts"), a relative clause or a modifier ("80 fighters who tried to storm the
base were killed"), a negation, a conditional or a time adverb ("45 people have now
died"); it is not the count's when another count stands between them ("dozens, with only
four soldiers injured"), and "missing" with an object is a verb ("was missing an eye").

Example:
    >>> s = "80 raiders who tried to storm the depot were killed"
    >>> participle_after(s, 2, 10, True).group("p")
    'killed'
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import count_words, happenings
from claimtrack.extraction.number_forms import NUMBER_PHRASE, quantity_re
from claimtrack.extraction.predicates import participle_re, type_of_verb

_I = re.IGNORECASE
# What describes the counted after their noun: "fighters loyal to the governor", "police
# officers from the district", "members of the militia".
POST_MODIFIER = (
    r"loyal to|belonging to|attached to|linked to|allied (?:to|with)|affiliated (?:to|with)"
    r"|from|of"
)
# A count of places the counted are in or come from, after a preposition and a definite
# article: "12 people in the two villages were killed" (the villages are not what died)
IN_THE_PLACES = (
    r"(?<![\w'-])(?:in|from|across|of|at|near|around)\s+(?:the|its|their|these|those)\s+"
    rf"(?=(?:\d[\d,]*|{NUMBER_PHRASE})\s+(?:[\w-]+\s+)?(?:{happenings.PLACE_NOUNS}"
    rf"|{count_words.PLACES_HIT}|states?|regions?|countries|attacks?|raids?|incidents?)\b)"
    r"[\w,-]+"
)
# Before a participle, a negation, a subjunctive or conditional auxiliary or a time adverb
# the participle pattern does not know: "personne n'a été blessé", "30 soldats auraient été
# tués"; a French bound between the counted noun and its verb, "trente civils au moins ont
# été tués" (the bound is read by ``french_count_after.bound_after``).
_NE = re.compile(
    r"(?:\s+(?:au moins|au minimum)(?=\s))?"
    r"\s+(?:n'(?=\w))?(?:(?:aient|ait|soient|soit|seraient|serait|auraient|aurait)(?=\s))?"
    # "45 people have now died", "12 soldats ont déjà été tués": a time adverb
    r"(?:(?:have|has|had|were|are|ont|sont)\s+(?:now|already|so far|since|deja|desormais)(?=\s))?",
    _I,
)
# "Les 30 passagers du bus, qui se rendaient au marché de la ville voisine, ont été
# enlevés": a complement and a relative clause between commas, longer than an aside
_RELATIVE_ASIDE = re.compile(
    r"(?:\s*(?:de|du|des|d')\s*[\w'-]+(?:\s+[\w'-]+){0,3}?)?"
    r"\s*,\s*(?:qui|que|qu'|dont|ou|lesquels|lesquelles)\s*[^,.;:\"]{1,120}?,(?=\s*(?:ont|sont|avaient"
    r"|etaient|auraient|seraient|a|est|avait|etait|aurait|serait)\s)",
    _I,
)
_ING = re.compile(
    r"\s(?!(?:building|wedding|morning|evening|clothing|housing)\s)[a-z]{3,}ing\s", _I
)
_MODIFIER = re.compile(
    # "20 soldiers and militiamen loyal to the governor were killed": a second noun first
    rf"\s+(?:(?:and|or)\s+[\w'-]+\s+)?(?:{POST_MODIFIER}|"
    r"who|that|which|qui|responsible for|responsables? de|for|on|at|aboard|inside|a bord"
    r"|[a-z]{3,}ing)\s",  # "14 soldiers guarding the bridge were killed"
    _I,
)
# A clause of its own between a modifier and an auxiliary: the auxiliary is not the count's
# ("five soldiers in a town where rebels were captured").
_OWN_CLAUSE = re.compile(r"(?<![\w'-])(?:where|when|while|whereas|because)\s", _I)


def _after_modifier(shade: str, at: int) -> re.Match | None:
    """The clause's participle after a relative clause or a phrase that describes the
    counted: "80 fighters who tried to storm the base were killed", "six men responsible
    for the raid had been executed", "12 soldats qui gardaient le poste ont été tués"."""
    if not _MODIFIER.match(shade, at):
        return None
    stops = [i for i in (shade.find(p, at) for p in ",;.:") if i != -1]
    end = min([*stops, at + 80, len(shade)])
    found = None
    for aux in _AUX_AT.finditer(shade, at, end):
        main = participle_re().match(shade, aux.start())
        between = shade[at : main.start("p")] if main else ""
        if main and not main.group("coord") and not past_a_count(between):
            if _OWN_CLAUSE.search(between):
                break  # "in a town where rebels were captured": another clause's auxiliary
            found = main  # the last: "who had been kidnapped were found dead" is dead
    return found


_ASIDE = re.compile(
    r"[–—][^–—]*[–—]|\([^()]*\)|,[^,]*,|\b(?:including|dont|among them|notamment)\s+[^,;]*"
    # "12 people in the two villages were killed": a definite place after a preposition
    rf"|{IN_THE_PLACES}",
    _I,
)


def past_a_count(stretch: str) -> bool:
    """Whether the words between a count and its participle hold another count (outside
    an aside between dashes, brackets or commas, or a subset: they describe the first count)."""
    found = quantity_re().finditer(_ASIDE.sub(" ", stretch))
    return any(not m.group("one") for m in found)  # "20 from one village" is not a count


# "of them" after a count: a part of those named before, with a predicate of its own
_OF_THEM = re.compile(
    r"\s+(?:of them|of whom|d'entre (?:eux|elles)|parmi (?:eux|elles))(?=[\s,])", _I
)
_OBJECT_NEXT = re.compile(r"\s+(?:a|an|the|his|her|its|their|any|some)\s", _I)
_AUX_AT = re.compile(
    r"\s(?=(?:ont|sont|avaient|etaient|auraient|seraient|were|was|have|has|had)\s)", _I
)


def _after_aside(shade: str, right: re.Match) -> re.Match:
    """The clause's own predicate after a participle set off by a comma: "Les onze
    soldats, disparus mardi, ont été retrouvés morts" (the aside describes them), also
    when no comma closes the aside ("… disparus mardi dans la région ont été retrouvés")."""
    close = shade.find(",", right.end("p"))
    main = participle_re().match(shade, close + 1) if close != -1 else None
    if main and not main.group("coord"):
        return main
    stops = [i for i in (close, shade.find(";", right.end("p"))) if i != -1]
    for aux in _AUX_AT.finditer(shade, right.end("p"), min(stops, default=len(shade))):
        main = participle_re().match(shade, aux.start())
        if main and not main.group("coord"):
            between = shade[right.end("p") : main.start("p")]
            return right if past_a_count(between) else main
    return right


def _later_main(shade: str, right: re.Match) -> re.Match:
    """The clause's own predicate after a participle with no auxiliary that describes the
    counted: "14 soldiers kidnapped last week were found dead" (no comma, no count between)."""
    stops = [i for i in (shade.find(p, right.end("p")) for p in ",;.:") if i != -1]
    end = min([*stops, right.end("p") + 60, len(shade)])
    for aux in _AUX_AT.finditer(shade, right.end("p"), end):
        main = participle_re().match(shade, aux.start())
        between = shade[right.end("p") : main.start("p")] if main else ""
        if (
            main
            and not main.group("coord")
            and not past_a_count(between)
            and not _OWN_CLAUSE.search(between)  # "… for after strikes where 200 had gathered"
            and not re.search(r"(?<![\w'-])(?:and|et|or|ou|but|mais)(?![\w'-])", between, _I)
        ):
            return main
    return right


# "condamné 12 personnes à mort", "menacés de mort": a sentence or a threat, no death
_SENTENCED = re.compile(r"(?<![\w'-])(?:condamn|menac)\w*\s+(?:[\w'-]+\s+){0,4}$", _I)


def _first_participle(shade: str, at: int) -> re.Match | None:
    """The participle right at ``at``, or past a relative clause between commas."""
    right = participle_re().match(shade, at)
    lead = shade[right.start() : right.start("p")] if right else ""
    if right and lead.strip() == "a" and _SENTENCED.search(shade, max(0, at - 60), at):
        return None
    if right is None and (aside := _RELATIVE_ASIDE.match(shade, at)):
        # "20 civils, dont 5 enfants, auraient été tués": the conditional as before an aside
        neg = _NE.match(shade, aside.end())
        right = participle_re().match(shade, neg.end() if neg else aside.end())
        right = None if right and right.group("coord") else right
    return right


def participle_after(shade: str, end: int, subject_end: int, subject: bool) -> re.Match | None:
    """The participle of the clause a count ending at ``end`` begins (its subject ending at
    ``subject_end`` when it has one), or None; the match's "p" group is the participle.

    Example:
        >>> s = "Les onze soldats, disparus mardi, ont ete retrouves morts"
        >>> participle_after(s, 8, 16, True).group("p")
        'retrouves morts'
    """
    at = subject_end if subject else end
    if of := _OF_THEM.match(shade, at):
        at = of.end()  # "une douzaine d'entre eux ont été capturés": their own participle
    if neg := _NE.match(shade, at):
        at = neg.end()
    right = _first_participle(shade, at)
    if right is None and subject:
        # "14 soldiers guarding the bridge were killed": the modifier may open in the subject
        ing = _ING.search(shade, end, subject_end + 1)
        start = ing.start() if ing else subject_end
        # "113 rebels wearing army uniform died": no auxiliary, the verb right after the gear
        right = (participle_re().match(shade, start) if ing else None) or _after_modifier(
            shade, start
        )
    if right and re.fullmatch(r"\s*,\s*", shade[subject_end : right.start("p")]):
        right = _after_aside(shade, right)
    if right and not right.group("coord") and not _AUX_WORD.search(shade, at, right.start("p")):
        right = _later_main(shade, right)  # "14 soldiers stationed at the base were killed"
    if right and right.group("p").lower() == "missing" and _OBJECT_NEXT.match(shade, right.end()):
        return None  # "one body was missing an eye": a verb with its object, nobody missing
    if right and past_a_count(shade[right.start() : right.start("p")]):
        return None  # "dozens, with only four soldiers injured": the participle is the four's
    if right and _OWN_CLAUSE.search(shade, end, right.start("p")):
        return None  # "killed 5 soldiers in a town where rebels were captured"
    # "40 gunmen killed 16 people": the 40 did the killing; "12 soldats qui escortaient un
    # convoi ont été tués": the plural participle is not the convoy's
    if right and (active_verb(shade, right) or _one_of_plural(shade, end, subject_end, right)):
        return None
    return right


def _one_of_plural(shade: str, end: int, subject_end: int, right: re.Match) -> bool:
    """Whether a count of one ("un", "une") ending at ``end`` has a plural participle."""
    # "Les 14 passagers d'un bus ont été tués": "d'un" too
    one = re.search(r"(?<![\w-])(?:un|une)$", shade[max(0, end - 4) : end], _I)
    return bool(one and plural_alone(shade, end - len(one.group()), subject_end, right))


_AUX_WORD = re.compile(
    r"(?<![\w'-])(?:were|was|are|is|have|has|had|been|being|be|ont|a|sont|ete|etaient|avaient"
    r"|avait|et|and|or|ou)(?![\w'-])",
    _I,
)


# The auxiliary of a perfect in the active voice ("had killed"; not "had been killed"), and
# what opens the object of its verb.
_PERFECT = re.compile(
    r"(?<![\w'-])(?:has|have|had|having|ont|a|avait|avaient|avoir)"
    r"(?:\s+(?:[a-z]+ly|also|already|now|just|since|then|deja|aussi|egalement))*\s*$",
    _I,
)
_OBJECT = re.compile(
    r"\s+(?:\d|(?:the|a|an|its|their|his|her|our|this|these|those|several|many|some|dozens"
    r"|hundreds|scores|le|la|les|l'|un|une|des|plusieurs|leurs?|ses|son|sa)\b)",
    _I,
)


def active_verb(shade: str, right: re.Match) -> bool:
    """Whether a participle match is a verb in the active voice with a count for its object:
    no auxiliary before it (after the last comma) and a count right after it; or a claim
    verb in the perfect ("had killed", "ont pris") with an object after it.

    Example:
        >>> s = "40 gunmen killed 16 people"
        >>> active_verb(s, participle_re().match(s, 9)), participle_after(s, 2, 9, True)
        (True, None)
        >>> s = "40 gunmen were killed"
        >>> active_verb(s, participle_re().match(s, 9))
        False
    """
    before = shade[right.start() : right.start("p")].rsplit(",", 1)[-1]
    gap = re.match(r"\s+", shade[right.end() :])
    after = quantity_re().match(shade, right.end() + gap.end()) if gap else None
    if _PERFECT.search(before) and type_of_verb(right.group("p")):
        # "12 gunmen had killed five villagers", "ont pris le camp": a perfect, not a passive
        return bool(after or _OBJECT.match(shade, right.end()))
    if _AUX_WORD.search(before):
        return False
    # "20 gunmen killed the village chief": the 20 did it, none were killed (an English
    # "-ed": "un soldat blessé a succombé" is French, its "a" an auxiliary)
    english = right.group("p").lower().endswith("ed")
    if english and EN_OBJECT.match(shade, right.end()) and type_of_verb(right.group("p")):
        return True
    if "," in shade[right.start() : right.start("p")] and _VP_OBJECT.match(shade, right.end()):
        return bool(type_of_verb(right.group("p")))  # "… three tanks, seized others and …"
    return bool(after and not after.group("one"))


# An English object after a bare claim verb ("gunmen abducted everyone in the village",
# "killed the chief"), not a time said as a noun phrase ("12 soldiers killed the day
# before were buried", "three wounded last week"); French participles take dates after
# them ("12 soldats tués le 3 mars"), so only English determiners.
EN_OBJECT = re.compile(
    r"\s+(?:everyone|everybody|(?:the|a|an|its|their|his|her|our)\s+"
    r"(?!(?:[\w-]+\s+)?(?:day|days|night|nights|week|weeks|month|months|year|years|morning"
    r"|evening|afternoon|weekend|hours?|time|previous|same|following|next|other)\b))",
    _I,
)
# The object of a verb phrase that goes on after a comma: "destroyed hardware, including
# three tanks, seized others" (not "the": "12 soldiers, wounded the day before, died")
_VP_OBJECT = re.compile(
    r"\s+(?:others|several|many|some|dozens|hundreds|scores|its|their|his|her|our)\b", _I
)


_PLURAL_AUX = re.compile(
    r"(?<![\w'-])\s*(?:ont|sont|avaient|etaient|auraient|seraient|were|have been)\s", re.IGNORECASE
)
_JOINED = re.compile(r"(?:,|(?<![\w'-])(?:et|and|ou|or|ni|nor))\s*$", re.IGNORECASE)


def plural_alone(shade: str, start: int, end: int, right: re.Match) -> bool:
    """A person named one, coordinated with no one before it, whose participle has a plural
    auxiliary: the participle is the plural subject's ("… qui escortaient un convoi ont")."""
    if right.group("coord") or _JOINED.search(shade, max(0, start - 6), start):
        return False
    if re.search(r",|(?<![\w'-])(?:et|and|ou|or)\s", shade[start:end], re.IGNORECASE):
        return False
    # the auxiliary may stand after the rest of the relative clause ("… qui escortaient un
    # camion de ravitaillement ont été tués")
    return bool(_PLURAL_AUX.search(shade, right.start(), right.start("p")))

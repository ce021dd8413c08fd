"""Counts whose own verb is no claim word, made claims by what they count.

- a toll as subject, numbered by its verb: "the dead numbered 35", "fatalities totalled
  35", "casualties stood at 60", "the wounded, who numbered 40, …" (the toll noun's type);
- forces somewhere, said with "be" or "remain": "some 300 soldiers are in the town",
  "about 2,000 troops remain in the region", "the 400-strong garrison" (present);
- munitions that fell: "30 shells fell on the town", "rockets landed", "the town was hit by
  40 shells" (shelling); places that fell: "three towns fell to the rebels" (seized).

The count rules (``count_rules``) try the forces and the munitions right after the verb
rule, the toll after the toll phrases of ``count_tolls``.

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> s = "The dead numbered 35 and some 300 soldiers are in the town."
    >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
    [('killed', '35'), ('present', 'some 300')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.predicates import people, type_of_participle

if TYPE_CHECKING:
    from claimtrack.extraction.count_record import Count, Reading
    from claimtrack.extraction.found import Found

_I = re.IGNORECASE
_TOLL_SUBJECTS = "|".join(numbers.TOLL_SUBJECTS)
# What a toll is numbered by: "numbered", "totalled", "stood at", "had risen to".
_NUMBERED = (
    r"(?:(?:has|have|had)\s+)?(?:(?:now|so far|already|since|reportedly)\s+)?"
    r"(?:numbered|numbers|number|numbering|totalled|totaled|totals|total|totalling|totaling"
    r"|amounted to|amounts to|amount to|stood at|stand at|stands at|reached|reach|reaches"
    r"|(?:rose|risen|rise|rises|climbed|climbs|increased|jumped|grown|grew) to"
    r"|(?:were|was|are|is|have been|has been|had been)\s+(?:estimated|put|given|reported)\s+at"
    # "those killed were about 12", "the dead, who were 30,": a toll said by its copula
    r"|were|are)"
)
_AUX = r"(?:has|have|had|were|was|are|is|now|so|already|since|reportedly)\b"
_TOLL_SUBJECT = re.compile(
    # "civilian deaths", "the dead", "those killed", "the people wounded", "dead soldiers"
    r"(?<![\w'-])(?P<toll>(?:(?:the|its|their|our|his|her|total|overall|confirmed)\s+)?"
    r"(?:(?!(?:and|or|of|in|at|said|says|that)\s)[\w-]+\s+)?"
    rf"(?P<noun>{_TOLL_SUBJECTS})(?:\s+(?!{_AUX})(?P<who>[a-z]+))?)"
    r"(?:\s+(?:in|from|among|on|during|of)\s+[^,;:.]{1,50}?)?"  # "deaths in the attack"
    r"(?:\s*,\s*(?:who|which)|\s*,\s*[^,;:.]{1,60}?\s*,)?"  # "the wounded, who numbered"
    rf"\s+{_NUMBERED}\s+$",
    _I,
)
# "the dead numbered 12 and the wounded 30": the verb left out before the second toll
_GAPPED = re.compile(rf"(?:,|\band)\s+the\s+(?P<noun>{_TOLL_SUBJECTS})\s+$", _I)
# "those killed", "the people abducted": a participle after a pronoun or "people" is a toll
_PARTICIPLE_TOLL = re.compile(
    r"(?<![\w'-])(?:those|the people|the persons|the number of)\s+(?P<p>[a-z]+)"
    r"(?:\s+(?P<who>[a-z]+))?"
    r"(?:\s+(?:in|from|among|on|during|of)\s+[^,;:.]{1,50}?)?"
    rf"(?:\s*,\s*(?:who|which)|\s*,\s*[^,;:.]{{1,60}}?\s*,)?\s+{_NUMBERED}\s+$",
    _I,
)


# "there have been casualties but the figure is less than seven": a figure named by a bare
# noun numbers the toll named before it in the sentence
_FIGURE = re.compile(
    r"(?<![\w'-])(?:the|that|this|their|its|our)\s+(?:figure|number|tally|count)\s+"
    r"(?:(?:was|is|were|are|stood at|stands at|had been|has been)\s+)$",
    _I,
)
_TOLL_BEFORE = re.compile(rf"(?<![\w'-])(?P<noun>{_TOLL_SUBJECTS})(?![\w'-])", _I)


def _figure_of(before: str) -> str | None:
    """The claim type of the toll a bare "the figure was" refers back to, if one."""
    if (m := _FIGURE.search(before)) is None:
        return None
    tolls = list(_TOLL_BEFORE.finditer(before, max(0, m.start() - 100), m.start()))
    return numbers.TOLL_NOUNS.get(tolls[-1].group("noun").lower()) if tolls else None


def toll_numbered(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A toll as subject and the count its verb numbers it by: "the dead numbered 35".

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Officials said civilian fatalities had risen to 35."
        >>> [(f.claim_type, f.value, f.subject) for f in find_counts(s, s)]
        [('killed', '35', 'civilian fatalities')]
    """
    before = shade[max(0, c.start - 120) : c.start]
    if found and (gap := _GAPPED.search(before)):  # "… numbered 12 and the wounded 30"
        r.claim_type, r.rule = numbers.TOLL_NOUNS[gap.group("noun").lower()], "toll"
        r.subject = r.subject or gap.group("noun")
        return
    if m := _TOLL_SUBJECT.search(before):
        kind = numbers.TOLL_NOUNS.get(m.group("noun").lower()) or "killed"
        # "the dead and wounded numbered 60": a death or a wound, not split
        both = before[max(0, m.start() - 20) : m.end()]
        if re.search(r"\b(?:dead|killed)\s+and\s+(?:the\s+)?(?:wounded|injured)\b", both):
            kind = "casualties"
    elif (m := _PARTICIPLE_TOLL.search(before)) and (kind := type_of_participle(m.group("p"))):
        pass
    elif kind := _figure_of(before):  # "casualties, but the figure is less than seven"
        r.claim_type, r.rule = kind, "toll"
        return
    else:
        return
    r.claim_type, r.rule = kind, "toll"
    if not c.words:
        r.subject = m.group("toll") if "toll" in m.groupdict() else m.group("p")
        r.subject = re.sub(r"^(?:the|its|their|our|his|her)\s+", "", r.subject, flags=_I)


_FORCES = re.compile(
    rf"(?:{happenings.FORCE_NOUNS}|personnel|paratroopers|marines|officers|commandos|guards)", _I
)
_HELD_BY = re.compile(
    r"\s+(?:are|were|remain|remained|is|was)\s+(?:still\s+|now\s+)?in\s+the\s+hands\s+of\b", _I
)
# "30 fighters had been held", "12 soldiers are still being held": people held are
# captives (not "two meetings were held", "held responsible": people only, no particle)
_PEOPLE_HELD = re.compile(
    r"\s+(?:are|is|were|was|remain|remains|remained|have been|has been|had been)"
    r"\s+(?:(?:still|now|currently|reportedly|being)\s+)*held"
    r"(?!\s+(?:up|back|off|down|responsible|accountable|liable|in (?:reserve|check)))(?![\w'-])",
    _I,
)
# "the army has about 300 soldiers in the town": forces a side keeps somewhere
_HAS = re.compile(r"(?<![\w-])(?:has|have|had|keeps|kept|maintains|maintained)\s+$", _I)
# "a garrison of 200 soldiers", "reinforcements of 300 troops": a force sized by its count
_FORCE_UNITS = (
    r"(?:garrison|contingent|detachment|reinforcements|deployment|force|column|battalion|unit)"
)
_FORCE_OF = re.compile(rf"(?<![\w'-]){_FORCE_UNITS}\s+of\s+$", _I)
# "lost a battalion of 500 soldiers", "ambushed a unit of 30 troops": harm, not a presence
_HARMED_FORCE = re.compile(
    r"(?<![\w'-])(?:lost|losing|killed|destroyed|wiped out|annihilated|decimated|captured"
    r"|ambushed|attacked|routed)\s+(?:(?:a|an|the|its|their|his|our)\s+)?(?:[\w-]+\s+)?"
    rf"{_FORCE_UNITS}\s+of\s+$",
    _I,
)
# "the base had 734 troops", "the post has about 40 soldiers": forces a place holds
_PLACE_HAS = re.compile(
    r"(?<![\w'-])(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?"
    rf"(?:{happenings.THING_NOUNS})\s+(?:has|had|have)\s+(?:(?:only|just|still)\s+)?$",
    _I,
)
_IN = re.compile(
    r"\s+(?:still\s+|now\s+)?(?:in|inside|on the ground in|stationed in|based in)\s", _I
)
# Units a "-strong" count sizes: "the 400-strong garrison", "a 500-strong battalion".
_UNITS = re.compile(
    r"garrison|force|forces|battalion|contingent|unit|column|detachment|brigade|company"
    r"|regiment|squadron|platoon|mission|militia|army|convoy",
    _I,
)
# Forces said to be somewhere: "are in the town", "remain in the region", "are now on the
# ground", "were based in"; not in hospital, custody or a condition ("are in critical
# condition", "are in the town's hospital").
_SOMEWHERE = re.compile(
    # "some 300 soldiers, backed by helicopters, are in the town": an aside first
    r"(?:\s*,\s*[^,;:.]{1,40},)?"
    r"\s+(?:(?:are|is|were|was|remain|remains|remained|stay|stays|stayed|have been|had been"
    r"|has been)\s+)(?:(?:still|now|currently|already|also|permanently|reportedly)\s+)*"
    # "700 troops had been housed in one hostel": where they were put up
    r"(?:(?:based|stationed|deployed|present|positioned|garrisoned|massed|camped|housed"
    r"|quartered|billeted)\s+"
    # "300 troops had been sent to the town": forces sent somewhere are there
    r"|(?:sent|dispatched|rushed|flown|moved|redeployed)\s+(?=to|into))?"
    r"(?:in|inside|at|on the ground|around|near|across|along|within|to|into)\b"
    r"(?![^,;:.]{0,30}\b(?:hospitals?|clinics?|morgue|prisons?|jail|custody|detention"
    r"|captivity|coma|conditions?|danger|hiding|shock|mourning|talks|charge|touch|contact"
    r"|control|command|need|position to|the process|the hands)\b)",
    _I,
)


_WORD = re.compile(r"[\w'-]+")


def _head_end(shade: str, c: Count, head: re.Pattern) -> int | None:
    """Where the first run of a count's subject words that ``head`` matches ends ("mortar
    rounds"): the subject read may run on into its unknown verb ("troops remain")."""
    end = None
    for w in _WORD.finditer(shade, c.end, c.subject_end):
        if head.fullmatch(w.group()):
            end = w.end()
        elif end is not None:
            break
    return end


def forces_somewhere(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Forces counted where they are: "some 300 soldiers are in the town", "the 400-strong
    garrison held out" (a force sized, no attack in the sentence: the attackers are read
    before this rule).

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "About 2,000 troops remain in the region."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('present', 'About 2,000')]
    """
    if c.match.group("strong") and (c.words[:1] and _UNITS.fullmatch(c.words[0])):
        r.claim_type, r.rule = "present", "strength"
    elif (end := _head_end(shade, c, _FORCES)) and _SOMEWHERE.match(shade, end):
        # the clause's own predicate, after its subject: counts coordinated before share it
        r.claim_type, r.rule, r.subject = "present", "participle", shade[c.end : end].strip()
    elif end and _HELD_BY.match(shade, end):  # "40 soldiers are in the hands of the rebels"
        r.claim_type, r.rule, r.subject = "captured", "participle", shade[c.end : end].strip()
    elif c.subject and _PEOPLE_HELD.match(shade, c.subject_end) and people(c.subject):
        r.claim_type, r.rule = "captured", "participle"  # "30 fighters had been held"
    elif end and (
        (_HAS.search(c.before) and _IN.match(shade, end))
        or _PLACE_HAS.search(c.before)  # "the base had 734 troops": forces a place holds
        or (_FORCE_OF.search(c.before) and not _HARMED_FORCE.search(c.before))
    ):
        r.claim_type, r.rule, r.subject = "present", "verb", shade[c.end : end].strip()


# Munitions that fell or landed: "30 shells fell on the town", "rockets rained down".
_MUNITIONS = re.compile(rf"(?:{happenings.MUNITION_NOUNS}|rounds)", _I)
_FELL = re.compile(
    rf"\s+(?:(?:had|have|has)\s+)?(?:(?:also|reportedly|then)\s+)?(?:{happenings.FELL_VERBS})\b",
    _I,
)
# "the town was hit by 40 shells": what a place was hit by
_HIT_BY = re.compile(r"(?<![\w-])(?:hit|struck|pounded|rocked|targeted|shelled)\s+by\s+$", _I)
_GUNFIRE_ROUNDS = re.compile(r"(?:mortar|artillery|tank|rocket|howitzer)\s+rounds", _I)


def munitions_fell(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Munitions counted as they fell: "30 shells fell on the town" is shelling ("20 rounds"
    only of a heavy weapon: "mortar rounds").

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "At least 40 mortar shells fell on the town."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('shelling', 'At least 40')]
    """
    end = _head_end(shade, c, _MUNITIONS)
    if end is None or not (_FELL.match(shade, end) or _HIT_BY.search(c.before)):
        return
    said = shade[c.end : end].strip()
    if said.lower().endswith("rounds") and not _GUNFIRE_ROUNDS.search(said):
        return  # "20 rounds fell": gunfire
    # "30 shells and 12 rockets fell": the fall is the clause's own predicate, shared
    r.claim_type, r.rule, r.subject = (
        "shelling",
        "verb" if _HIT_BY.search(c.before) else "participle",
        said,
    )


# Munitions or drones as the subject of a verb of striking, with the target after it: "30
# drones struck the market", "rockets fired by the rebels hit the town" (shelling, not an
# attack on 30 drones: the participle reading "struck" is not theirs).
_STRIKERS = re.compile(rf"(?:{happenings.MUNITION_NOUNS}|drones)", _I)
_STRUCK = re.compile(
    # "fired by the rebels", "launched from Lebanon": how the munitions came, no comma
    r"(?:\s+(?:fired|launched|shot)\s+(?:by|from|at|towards?)\s+[^,;:.]{1,40}?)?"
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:also|reportedly|then|later)\s+)?"
    r"(?:struck|hit|slammed into|smashed into|pounded|targeted|attacked)"
    r"\s+(?:the|a|an|its|their|his|her|several|two|three|four|five|\d|[A-Z])",
)

# "three drones were launched from the border", "40 rockets had been fired": munitions sent
# off are shelling, with or without a target after them
_FIRED = re.compile(
    r"\s+(?:(?:had|have|has)\s+been|were|was)\s+(?:(?:also|reportedly|then|later)\s+)?"
    r"(?:fired|launched)(?![\w-])",
    _I,
)


def munitions_struck(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Munitions or drones counted as they struck a target, or as fired: shelling.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Around 30 drones struck the market."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('shelling', 'Around 30')]
    """
    end = _head_end(shade, c, _STRIKERS)
    if end is not None and (_STRUCK.match(shade, end) or _FIRED.match(shade, end)):
        r.claim_type, r.rule, r.subject = "shelling", "participle", shade[c.end : end].strip()


# Weapons counted as recovered or found: "two pistols were recovered" (seized); a list of
# them shares the passive ("one rifle and two pistols were recovered": the conjuncts).
_WEAPONS = re.compile(rf"(?:{count_words.WEAPON_NOUNS})", _I)
_WEAPONS_FOUND = re.compile(rf"\s+{count_words.WEAPONS_FOUND}\b", _I)


def weapons_found(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Weapons counted as recovered or found: seized.

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Three rifles and two pistols were recovered."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('seized', 'Three'), ('seized', 'two')]
    """
    end = _head_end(shade, c, _WEAPONS)
    if end is not None and _WEAPONS_FOUND.match(shade, end):
        r.claim_type, r.rule, r.subject = "seized", "participle", shade[c.end : end].strip()


# Places that fell to a side: "three towns fell to the rebels", "fell into the hands of".
_HELD = re.compile(rf"(?:{happenings.PLACE_NOUNS}|{happenings.THING_NOUNS})", _I)
_FELL_TO = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:also|reportedly|then|quickly)\s+)?"
    r"(?:fell|fallen)\s+(?:to|into the hands of|under the control of)\b",
    _I,
)


def places_fell(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """Places counted as they fell to a side: "three towns fell to the rebels" (seized).

    Example:
        >>> from claimtrack.extraction.counts import find_counts
        >>> s = "Two more villages fell to the rebels."
        >>> [(f.claim_type, f.value) for f in find_counts(s, s)]
        [('seized', 'Two')]
    """
    end = _head_end(shade, c, _HELD)
    if end is not None and _FELL_TO.match(shade, end):
        r.claim_type, r.rule, r.subject = "seized", "participle", shade[c.end : end].strip()

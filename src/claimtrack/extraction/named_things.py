"""One thing named with an article: "captured the post", "a foreign fighter was arrested",
"the chief was wounded", "burned the church", "killed the imam". The count is the article
("a", "the").

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "Police said the chief was wounded."
    >>> [(f.claim_type, f.value, f.subject) for f in find_named_things(shadow(s), s, [])]
    [('wounded', 'the chief', 'chief')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.lexicon.tables import longest_first
from claimtrack.extraction.named_pairs import named_pairs
from claimtrack.extraction.number_forms import clean_value
from claimtrack.extraction.predicates import objects, type_of_participle, type_of_verb

_I = re.IGNORECASE
# "La victime, âgée de 45 ans, a été tuée", "the man, aged 45, was killed": the age aside
_AGED = (
    r"(?:,\s*(?:agee?s?\s+(?:de\s+|d')?[\w-]+\s+ans|aged\s+[\w-]+(?:\s+years?(?:\s+old)?)?"
    # "the garrison's commander, Lieutenant Ali Musa, was captured": his name in commas
    r"|(?-i:(?:[A-Z][\w.'-]*\s+){1,4}[A-Z][\w'-]*))"
    r"\s*,\s*|(?<=\s))"
)
_ARTICLE_PASSIVE = re.compile(
    # Not across a clause ("a affirmé que son chef a été tué": that "a" is a verb).
    r"(?<![\w'-])(?P<value>(?:a|an|un|une)\s+"
    # nor across a conjunction ("a clinic while a police truck was damaged": the truck);
    # no noun at all before a relative pronoun ("were a who were on patrol was attacked")
    r"(?P<subj>(?!(?:who|whom|which|that|qui|dont)\b)(?:(?!(?:que|qu'|said|says|told|while|whereas|when|and|but|as|after)\b)"
    r"[^,.;]){1,40}?\"?))\s*"
    rf"{_AGED}"
    r"(?:was|has been|had been|a ete)\s+(?:(?:also|aussi|egalement|reportedly)\s+)?"
    rf"(?P<p>{'|'.join(longest_first(happenings.CLAIM_PARTICIPLES))})\b",
    _I,
)
# "the chief was wounded": a definite singular person is one, for what happens to people.
_PEOPLE = ("killed", "wounded", "captured", "missing")
_DEFINITE_PASSIVE = re.compile(
    r"(?<![\w'-])(?P<value>(?:(?:the|le|la|its|his|her|their|son|sa|leur)\s+|l'\s*)"
    r"(?P<subj>(?:[\w'-]+\s+){0,2}?[\w'-]+))"
    # "the chief of the village was killed": whose chief, kept out of the value
    rf"(?P<of>\s+of\s+(?:the\s+|[A-Z])(?:[\w'-]+\s+){{0,3}}?[\w'-]+)?\s*"
    rf"{_AGED}"
    r"(?:was|has been|had been|a ete)\s+(?:(?:also|aussi|egalement|reportedly)\s+)?"
    rf"(?P<p>{'|'.join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _PEOPLE)})\b",
    _I,
)
_PERSON_END = re.compile(rf"(?<![\w'-])(?:{numbers.ONE_PERSON_NOUNS})$", _I)
# Where a definite subject starts its clause ("said the chief was", "que le chef a été").
_CLAUSE_START = re.compile(
    r"(?:^|[,;:\"]|\b(?:that|said|says|que|qu'|and|et|reported|added|confirmed|announced"
    r"|claimed|stated))\s*$",
    _I,
)
# Buildings a verb of harm names one by one: "destroyed the mosque", "burned a clinic".
_BUILDINGS = (
    r"mosques?|church(?:es)?|schools?|clinics?|hospitals?|bridges?|markets?|shops?|offices?"
)
# Who a village or a town has one of: "killed the imam", "abducted the mayor".
# A thing noun followed by another modifies it: "a rocket launcher", "an army base camp" name
# the last (a launcher is no rocket fired).
_NOT_MODIFIER = rf"(?!\s+(?:{happenings.THING_NOUNS}|{_BUILDINGS})\b)"
_TITLES = r"imam|priest|pastor|cleric|sheikh|mayor|governor|headman|village head|chief"
_VERB_THING = re.compile(
    # ("s'en sont pris à": attacked, not taken)
    r"(?<![\w'-])(?P<v>captured|seized|took over|took|overran|overrun|destroyed|capture"
    r"|(?<!s'en sont )(?<!s'en est )pris"
    r"|saisi"
    r"|shot down|downed|intercepted|abattue?s?|burned|burnt|torched|razed|damaged|blew up"
    # "burnt down the base", "set fire to a truck"
    r"|burnt down|burned down|set fire to|set ablaze"
    # a place taken back: "recaptured the village", "reclaimed a village"
    r"|recaptured|retook|reclaimed"
    # "resulted in their forces taking over a town": the gerund of a seizure (not after a
    # preposition: "failed in capturing", "capable of seizing", "prevented from taking over")
    r"|(?<!\bin )(?<!\bof )(?<!\bat )(?<!\bfrom )(?<!\bon )"
    r"(?:capturing|seizing|taking over|overrunning|recapturing|retaking)"
    # "s'est emparé de la base"; "du camp", "des camps": "de" and an article in one word
    r"|detruit|empare(?:e|s|es)?\s+de(?=\s)|empare(?:e|s|es)?(?=\s+d(?:u|es)\s)"
    # "s'étaient rendus maîtres de la base", "ont conquis la ville", "envahi le camp"
    r"|rendue?s?\s+maitres?(?:ses)?\s+de(?=\s)|conquise?s?|envahie?s?|investie?s?"
    # "announced the capture of a rebel stronghold", "la prise d'un camp": a noun of seizing
    r"|(?P<n>(?:capture|seizure|fall|prise|chute)\s+(?:of|de|d'|du)))"
    # (a folded "à" before an article is no article: "pris à la gendarmerie")
    rf"(?:\s+|(?<='))(?P<value>(?:(?:the|a(?!\s+(?:la|le|les)\s)|an|le|la|un|une"
    # (the "du" and "des" of "s'emparer" only: elsewhere a partitive, "saisi du matériel")
    r"|(?:(?<=empare\s)|(?<=emparee\s)|(?<=empares\s)|(?<=emparees\s))d(?:u|es))\s+|l'\s*)"
    # ("a Somali National Army camp": up to three words before the thing, none a conjunction)
    rf"(?P<subj>(?:(?!(?:and|or|et|ou|of|de)\s)[\w'-]+\s+){{0,3}}?"
    # (not "the village's schools": a possessive names the thing after it)
    rf"(?:{happenings.THING_NOUNS}|{_BUILDINGS})))\b(?!'){_NOT_MODIFIER}",
    _I,
)
# "the town fell to the rebels", "la ville de Kidal est tombée aux mains des rebelles": the
# thing that fell is seized, as the object of a verb of seizing is ("ne sont pas tombées"
# and "did not fall" do not match)
_THING_FELL = re.compile(
    r"(?<![\w'-])(?P<value>(?:(?:the|le|la)\s+|l'\s*)"
    rf"(?P<subj>(?:(?!(?:and|or|et|ou|of|de)\s)[\w'-]+\s+){{0,2}}?(?:{happenings.THING_NOUNS}|{_BUILDINGS})))\b"
    # "the town of Kidal", "la ville de Kidal": its name, kept out of the value
    r"(?:\s+(?:of|de|d')\s*(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})?"
    r"\s+(?:fell\s+(?:to|into\s+the\s+hands\s+of)"
    r"|(?:(?:est|etait|serait|a\s+ete)\s+)?tombee?\s+(?:aux|entre\s+les)\s+mains)\b",
    _I,
)
# "an assault rifle was also found": one weapon recovered or found is seized
_WEAPON_FOUND = re.compile(
    r"(?<![\w'-])(?P<value>(?:a|an)\s+"
    rf"(?P<subj>(?:(?!(?:and|or|of|who|that|which)\s)[\w'-]+\s+){{0,2}}?(?:{count_words.WEAPON_NOUNS})))"
    rf"(?:\s+(?:there|nearby|inside|on (?:him|them|the scene)))?\s+{count_words.WEAPONS_FOUND}\b",
    _I,
)
# "killed the imam", "kidnapped the mayor": one person named by a definite article right
# after a verb of harm or capture (not "the soldier's wife": a possessive names another).
_VERB_PERSON = re.compile(
    r"(?<![\w'-])(?P<v>killed|shot dead|executed|beheaded|wounded|injured|kidnapped|abducted"
    # "…, killing the deputy provincial governor": the participle of a consequence
    r"|arrested|captured|detained|killing|wounding|injuring|kidnapping|abducting)\s+"
    # "killed Boko Haram's leader", "wounded Shekeib's spokesman": an owner named before him
    r"(?P<value>(?:the|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s)\s+"
    rf"(?P<subj>(?:[\w'-]+\s+){{0,2}}?(?:{numbers.ONE_PERSON_NOUNS}|{_TITLES})))"
    r"(?![\w'-])",
    _I,
)


# "burnt down the base, the radio room and an armoured vehicle": each thing of the list
_LISTED_THING = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<value>(?:the|a|an)\s+(?P<subj>(?:(?!(?:and|or|of)\s)[\w'-]+\s+){0,3}"
    rf"(?:{happenings.THING_NOUNS}|{_BUILDINGS})))\b(?!'){_NOT_MODIFIER}",
    _I,
)


def _listed(shade: str, text: str, end: int, claim_type: str) -> list[Found]:
    """The things listed after one a verb of harm names, each one claim of its type."""
    out = []
    while m := _LISTED_THING.match(shade, end):
        subject = text[m.start("subj") : m.end("subj")].strip()
        if not _plural(m.group("subj")) and (value := clean_value(text[slice(*m.span("value"))])):
            kind = objects(claim_type, subject)
            out.append(Found(kind, *m.span("value"), value, subject, confidence=0.6, rule="list"))
        end = m.end()
    return out


# "had not captured a single town": a negated verb takes none
_NEGATED = re.compile(r"(?<![\w'])(?:not|never|n't)\s+(?:[\w'-]+\s+){0,1}$", _I)


def _plural(subject: str) -> bool:
    """Whether a thing is named in the plural ("the drones"; "the barracks" is one)."""
    last = subject.split()[-1].lower()
    return last.endswith("s") and bool(happenings.THING_RE.fullmatch(last[:-1]))


def _people_plural(subject: str) -> bool:
    """Whether people are named in the plural ("their guards", "les gardes"), not one.

    Example:
        >>> _people_plural("guards"), _people_plural("chief"), _people_plural("boss")
        (True, False, False)
    """
    last = subject.split()[-1].lower()
    return last.endswith(("s", "x")) and not last.endswith("ss")


def _verb_type(verb: str, value: str) -> str | None:
    """The claim type of a verb, read with the "du" or "des" it takes ("emparés du")."""
    article = value.split()[0].lower()
    return type_of_verb(f"{verb} {article}" if article in ("du", "des") else verb)


def _as_article(value: str) -> str:
    """ "du camp" as "le camp": the quantity parser reads one thing from an article, and
    "du" after "s'emparer" is "de" and "le".

    Example:
        >>> _as_article("du camp"), _as_article("la base")
        ('le camp', 'la base')
    """
    return re.sub(r"^du(?=\s)", "le", value, flags=_I)


def find_named_things(shade: str, text: str, found: list[Found]) -> list[Found]:
    """The one-thing claims of a sentence, outside the spans of the counts already ``found``.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "The rebels seized the post."
        >>> [(f.claim_type, f.value) for f in find_named_things(shadow(s), s, [])]
        [('seized', 'the post')]
    """
    taken = [(f.start, f.end) for f in found]
    # "the post and an army tank were destroyed": each one, before the singular patterns
    out = [
        f for f in named_pairs(shade, text) if not any(a < f.end and f.start < b for a, b in taken)
    ]
    taken += [(f.start, f.end) for f in out]
    patterns = (
        (_ARTICLE_PASSIVE, "article participle"),
        (_DEFINITE_PASSIVE, "definite participle"),
        (_VERB_THING, "verb thing"),
        (_VERB_PERSON, "verb person"),
        (_THING_FELL, "thing fell"),
        (_WEAPON_FOUND, "thing found"),
    )
    for pattern, rule in patterns:
        for m in pattern.finditer(shade):
            vs, ve = m.span("value")
            if any(a < ve and vs < b for a, b in taken) or text[vs] in "àÀ":
                continue  # (a folded "à" is no article: "pris à partie près du pont")
            if rule == "definite participle" and not _CLAUSE_START.search(shade, 0, vs):
                continue  # "the man who shot the soldier was arrested": not the soldier
            if m.groupdict().get("of") and not _PERSON_END.search(m.group("subj")):
                continue  # "the rest of the group was captured": no one person named
            claim_type = (type_of_participle(m.group("p")) if "p" in m.groupdict() else None) or (
                "seized"
                if m.groupdict().get("n") or rule in ("thing fell", "thing found")
                else _verb_type(m.group("v"), m.group("value"))
            )
            subject = text[m.start("subj") : m.end("subj")].replace('"', "").strip()
            # "downed the drones", "their guards had been killed": more than one, how many
            # is not said
            plural = (rule == "verb thing" and _plural(m.group("subj"))) or (
                rule == "definite participle" and _people_plural(m.group("subj"))
            )
            value = None if plural else clean_value(_as_article(text[vs:ve]))
            stance = "asserts"
            if rule == "verb thing" and _NEGATED.search(shade, 0, m.start("v")):
                # "had not captured a single town": none; "had not captured the base": denied
                if re.match(r"an?\s", text[vs:ve], _I):
                    value = "none"
                else:
                    stance = "denies"
            if claim_type and (value or plural):
                claim_type = objects(claim_type, subject)
                out.append(
                    Found(claim_type, vs, ve, value, subject, stance, confidence=0.6, rule=rule)
                )
                taken.append((vs, ve))
                if rule == "verb thing" and stance == "asserts":
                    listed = _listed(shade, text, ve, claim_type)
                    out += [
                        f for f in listed if not any(a < f.end and f.start < b for a, b in taken)
                    ]
                    taken += [(f.start, f.end) for f in listed]
    return out

"""Harm to things told without a count: "the post was seized", "the depots were destroyed",
"troops took over their base", "the rebels burned houses and shops".

A thing named by a definite or possessive determiner is one ("the post", "their base"); a
plural or a mass noun says that there was harm, not how much ("their camps", "civilian
infrastructure"). Things named with "a"/"an" or "the" after an active verb, and every
count, are read by the count rules (``named_things``, ``counts``); this module reads only
the claim types no count of the sentence carries.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "The army said the post was seized and the depots were destroyed."
    >>> [(f.claim_type, f.value, f.subject) for f in harmed_things(shadow(s), s, ())]
    [('seized', 'the post', 'post'), ('destroyed', None, 'depots')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, words
from claimtrack.extraction.predicates import objects, type_of_participle, type_of_verb

_I = re.IGNORECASE
_TYPES = ("seized", "destroyed", "damaged", "captured")
# things and the buildings a raid burns or loots one by one
_THING = rf"(?:{happenings.THING_NOUNS}|shops?|markets?|offices?|stores?)"
# Words that may stand between the determiner and the thing ("the rebels' ammunition
# depots", "their main base"), never an article, a count or a clause word.
_MODIFIERS = (
    r"(?:(?!(?:the|a|an|and|or|of|in|on|at|to|by|with|that|which|who|were|was|had|have|has"
    r"|said|says|no|not|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[\w'-]+\s+){0,3}?"
)
_DETERMINER = r"(?:the|its|their|his|her|our|(?:[\w-]+\s+){0,2}?[\w-]+'s?)\s+"
_PARTICIPLE = "|".join(
    sorted(
        (p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _TYPES),
        key=len,
        reverse=True,
    )
)
# "the post was seized", "the terror group's depots were also destroyed in the strikes"
_PASSIVE = re.compile(
    rf"(?<![\w'-])(?P<det>{_DETERMINER})?(?P<subj>{_MODIFIERS}{_THING})"
    r"\s+(?:was|were|had been|has been|have been)\s+"
    r"(?:(?:also|reportedly|completely|totally|all|later)\s+)?"
    rf"(?P<p>{_PARTICIPLE})(?![\w'-])",
    _I,
)
# What the passive needs, found first: its determiner and modifiers would be tried at every
# word of every sentence
_PASSIVE_CUE = re.compile(
    r"(?<![\w'-])(?:was|were|been)\s+(?:(?:also|reportedly|completely|totally|all|later)\s+)?"
    rf"(?:{_PARTICIPLE})(?![\w'-])",
    _I,
)
# "took over their base", "destroyed their camps", "burned houses and shops", "damaged only
# civilian infrastructure" (an article after the verb is a count's: ``named_things``)
_ACTIVE = re.compile(
    rf"(?<![\w'-])(?P<v>{happenings.THING_HARM_VERBS})\s+(?:(?:also|only|completely)\s+)?"
    rf"(?P<det>(?:its|their|his|her|our)\s+)?(?P<subj>{_MODIFIERS}{_THING})(?![\w'-])",
    _I,
)
# "took the base, weapons and ammunition": plural things listed after one the count rules
# read (``named_things``) are harmed too, a claim of their own
_LISTED = re.compile(
    # "took" too: after a thing it names, no decision or time taken
    rf"(?<![\w'-])(?P<v>{happenings.THING_HARM_VERBS}|took|taken)\s+"
    r"(?:the|a|an|its|their|his|her|our)\s+"
    rf"{_MODIFIERS}{_THING}\s*,\s*(?P<det>)(?P<subj>{_MODIFIERS}{_THING}"
    rf"(?:(?:\s*,)?\s+and\s+(?:[\w'-]+\s+)?{_THING}|\s*,\s*(?:[\w'-]+\s+)?{_THING})*)(?![\w'-])",
    _I,
)
# A count or an article right before: the count rules read it ("two posts were seized").
_COUNTED_BEFORE = re.compile(
    r"(?<![\w'-])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some"
    r"|dozens|hundreds|scores|\d[\d,.]*)\s+(?:of\s+)?$",
    _I,
)
# A preposition right before: the thing is its object, not the passive's subject.
_OBJECT_OF_BEFORE = re.compile(
    r"(?<![\w'-])(?:in|of|at|on|near|from|inside|outside|around|across|within)\s+$", _I
)
_NOT_BEFORE = re.compile(r"(?<![\w'])(?:not|never|n't)\s+(?:[\w'-]+\s+)?$", _I)
_MASS = words(r"ammunition|equipment|infrastructure|arms|materiel|munitions|headquarters")


def _plural(subject: str) -> bool:
    """Whether the thing is several or a mass ("the depots", "infrastructure"), not one."""
    last = subject.split()[-1].lower()
    return bool(_MASS.fullmatch(last)) or (
        last.endswith("s") and not last.endswith(("ss", "barracks", "headquarters"))
    )


def harmed_things(shade: str, text: str, counted: tuple[str, ...]) -> list[Found]:
    """Count-free claims of things seized, destroyed or damaged in one sentence.

    ``counted``: the claim types the sentence's counts already carry (none is read twice).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "Soldiers took over their base."
        >>> [(f.claim_type, f.value) for f in harmed_things(shadow(s), s, ())]
        [('seized', 'their base')]
    """
    out: list[Found] = []
    rules = ((_PASSIVE, "thing participle"), (_ACTIVE, "verb things"), (_LISTED, "listed things"))
    for pattern, rule in rules:
        if pattern is _PASSIVE and not _PASSIVE_CUE.search(shade):
            continue
        for m in pattern.finditer(shade):
            start = m.start("det") if m.group("det") else m.start("subj")
            if _COUNTED_BEFORE.search(shade, 0, start):
                continue
            if rule == "thing participle" and _OBJECT_OF_BEFORE.search(shade, 0, start):
                continue  # "the houses in the village were burned": the village is no subject
            verb = m.group("p") if rule == "thing participle" else m.group("v")
            kind = type_of_participle(verb) if rule == "thing participle" else type_of_verb(verb)
            subject = text[m.start("subj") : m.end("subj")]
            kind = objects(kind, subject) if kind else None
            if kind not in ("seized", "destroyed", "damaged") or (
                kind in counted and rule != "listed things"
            ):
                continue
            if any(f.claim_type == kind for f in out):
                continue  # one claim of a kind: "burned houses and shops"
            plural = _plural(subject)
            if rule == "listed things" and not plural:
                continue  # "took the base, the depot": one named is a count's (``named_things``)
            if not plural and not m.group("det"):
                continue  # "rebel camp was seized": an article left out is no reading
            verb_at = m.start("p") if rule == "thing participle" else m.start("v")
            stance = "denies" if _NOT_BEFORE.search(shade, 0, verb_at) else "asserts"
            value = None if plural else text[start : m.end("subj")]
            out.append(Found(kind, start, m.end("subj"), value, subject, stance, 0.5, rule))
    return out

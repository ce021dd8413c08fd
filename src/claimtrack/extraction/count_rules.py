"""What makes a count a claim: the rules, tried in order, that give it a claim type.

0. the bodies of a count are its dead: "the bodies of 11 soldiers were found";
1. a participle after the subject: "five soldiers were killed", "27 soldats tués";
   or the toll those counted are among: "two policemen were among the dead";
2. the subject itself when it is a toll noun: "six dead", "93 martyrs", "28 morts";
3. a verb right before the count: "killed up to 40", "avoir tué une trentaine"; then
   forces somewhere and munitions that fell: "300 soldiers are in the town", "30 shells
   fell" (``count_own_verbs``);
4. a toll phrase: "put the death toll of militants at dozens", "the toll included …";
   a toll as subject, numbered by its verb: "the dead numbered 35" (``count_own_verbs``);
5. a subset of the count before it: "33 blessés dont 21 graves", "including 11 children";
6. a list that goes on: "neuf véhicules … ainsi que de très nombreuses armes", or a
   second object of a verb: "killed two guards as well as five police" (5 and 6 in
   ``count_parts``).

Fighters counted with an attack ("an attack by 200 gunmen", "20 gunmen stormed the
camp") are the attacking force, before any of these (``count_attackers``).

Example:
    >>> from claimtrack.extraction.number_forms import quantity_re
    >>> s = "they killed 80 fighters"
    >>> m = quantity_re().search(s)
    >>> c = Count(m, m.start(), m.end(), s[: m.start()], None, len(s), ["fighters"], "fighters")
    >>> read_count(s, c, []).claim_type is None  # no verb found by the caller: no rule fires
    True
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_attackers import attackers
from claimtrack.extraction.count_blame import blamed_for
from claimtrack.extraction.count_objects import (
    attacked_with,
    blasts_counted,
    fired_with,
    held_at,
    object_list,
    set_on_fire,
    taken_captive,
    under_fire_from,
)
from claimtrack.extraction.count_own_verbs import (
    forces_somewhere,
    munitions_fell,
    munitions_struck,
    places_fell,
    toll_numbered,
    weapons_found,
)
from claimtrack.extraction.count_participles import participle_after
from claimtrack.extraction.count_parts import (
    NOT_BEFORE,
    OWN_PREDICATE,
    including,
    list_goes_on,
    of_them,
)
from claimtrack.extraction.count_record import Count, Reading
from claimtrack.extraction.count_relatives import object_relative
from claimtrack.extraction.count_tolls import among_toll, figure_at, figure_withheld, toll_phrase
from claimtrack.extraction.count_verb_gaps import (
    crossed_over,
    places_hit,
    taken_over,
    verb_past_aside,
)
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import count_words, happenings, numbers
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.predicates import (
    VP_START,
    more_participles,
    type_of_participle,
    type_of_verb,
)

_I = re.IGNORECASE
# A count its own clause calls false: "reports of 30 dead were false", "… sont fausses".
# "the toll of 28 was exaggerated", "the number given—28—was far too high"
_CALLED_FALSE = re.compile(
    # (past words left out: "A claim that they killed 215 soldiers ... is pure fabrication")
    r"(?:(?!\b(?:and|et|but|mais|while|alors)\b)(?:[^.;:,]|\.\.\.|…)){0,40}?"
    r"\b(?:were|was|are|is|sont|etaient|est|etait)\s+"
    r"(?:(?:all|totally|grossly|greatly|wildly|far|much|completely|simply|likely)\s+)?"
    # 'was a "falsehood"', "is pure fabrication": a noun that calls it false
    r"(?:(?:an?|pure|complete|total|utter|sheer)\s+)?[\"“']?"
    r"(?:falsehoods?|fabrications?|a lie|fiction|figments?"
    r"|baseless|unfounded|fabricated|made up|lies|fake(?: news)?|propaganda|infondee?s?"
    rf"|sans fondement|mensongers?|mensongeres?|fausses?|{happenings.FALSE_WORDS})\b",
    _I,
)
# The same, said before the count: "it is not true that 30 soldiers were killed".
_NOT_TRUE_THAT = re.compile(
    r"(?:\b(?:not true|untrue|false|baseless|pas vrai|faux|inexact)"
    # "It is not true (that 200 people were killed)": the false account in brackets
    r"(?:\s+de\s+(?:dire|pretendre|affirmer))?"
    # "it is untrue reports that …", "false media claims saying …": the accounts called false
    r"(?:\s+(?:[\w'-]+\s+)?(?:reports?|claims?|allegations?|rumou?rs?)(?=\s+(?:that|claiming"
    r"|saying|alleging)\b)(?:\s+(?:claiming|saying|alleging))?)?"
    r"(?:\s+|\s*\(\s*)(?:that|que|qu')"
    # "fake news … claiming that 9 soldiers were killed": what a false account says
    rf"|\b(?:{happenings.FALSE_ACCOUNTS}|denying|dismissing|rejecting|refuting|disputing"
    r"|niant|dementant|rejetant|contestant)\b[^.;:\"]{0,40}?"
    r"\b(?:claiming|saying|alleging|that|of|selon lesquel(?:le)?s|faisant etat de)\s)"
    r"(?:(?!\b(?:and|et|but|mais)\b)[^.;:,]){0,40}$",
    _I,
)
_AND_ONE = re.compile(
    r"(?:and|et)\s+(?P<value>(?:a|an|un|une)\s+[\w'-]+(?:\s+[\w'-]+)??)"
    r"(?:\s+(?:were|was|have|has|had|been|all|also|ont|sont|ete))*\s*$"
)
_ZERO_MORE = re.compile(r"\s*,?\s+(?:or|nor|ni|ou)\s+(?:de\s+|d'|any\s+)?(?P<noun>\w+)", _I)


_BODIES_OF = re.compile(
    r"(?<![\w'-])(?:bodies|corpses|remains|corps(?: sans vie)?|cadavres|depouilles"
    r"(?: mortelles)?)\s+(?:of|de|des|d')\s*(?:(?:the|their|les|leurs)\s+)?$",
    _I,
)


_BODIES = frozenset({"bodies", "corpses", "corps", "cadavres", "depouilles"})


def _bodies(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """ "the bodies of 11 soldiers were found", "les corps sans vie des onze soldats portés
    disparus": the dead, whatever the participle after them says."""
    if _BODIES_OF.search(c.before) or (c.words and c.words[-1] in _BODIES):
        r.claim_type, r.rule = "killed", "toll noun"  # also "12 corps ont été récupérés"


_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|et|ou|in|on|at|by|dans|par)\b)[a-z][\w-]*(?=\s)")


def _participle(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    right = participle_after(shade, c.end, c.subject_end, bool(c.words))
    if c.words and type_of_participle(c.words[-1]) and len(c.words) == 1:
        if c.verb and type_of_verb(c.verb.group("v")) and not blamed_for(shade, c.verb.start()):
            return _verb(shade, c, found, r)  # "le décès de 3 blessés": the verb befell them
        # "12 tués"; but "three of the wounded later died": the clause's own participle
        r.claim_type, r.rule, r.subject = type_of_participle(c.words[-1]), "participle", None
        if right is None and (noun := _NOUN_NEXT.match(shade, c.subject_end)):
            # "35 displaced civilians were killed": the participle describes its noun
            right = participle_after(shade, c.end, noun.end(), True)
        # "13 injured, with one missing": a participle past a comma and one more is the one's
        across_one = right and re.search(r",.*\b(?:one|another)\b", shade[c.end : right.start("p")])
        if right and not right.group("coord") and not c.verb and not across_one:
            r.claim_type, r.subject = type_of_participle(right.group("p")), c.subject
            _second_participle(shade, c, r, right.end())
        elif not right or right.group("coord"):
            _second_participle(shade, c, r, c.subject_end)  # "25 dead or wounded"
        return
    # "killed 7 guards and seized 3 posts", "killed 7 guards, wounded 4": the verb right
    # before the count wins over a participle reached across a coordination or a comma.
    across = right and (right.group("coord") or "," in shade[right.start() : right.start("p")])
    # "intercepted three missiles fired at the city": a bare participle right after the
    # object describes it; the verb before the count is the claim
    across = across or (right and not shade[c.subject_end : right.start("p")].strip(" \"'"))
    coord = right.group("coord") if right else None
    if coord and _COUNT_NEXT.match(shade, right.end()):
        return  # "numbered 12 and the wounded 30": the toll word is the next count's
    if coord and (VP_START.match(coord.split(None, 1)[1]) or quantity_re().search(coord, 3)):
        # "killed five police, and had then stolen …", "… and left five people wounded": a
        # verb phrase or a count of its own, not a second subject of the participle
        return
    if right and not (c.verb and across):
        r.claim_type, r.rule = type_of_participle(right.group("p")), "participle"
        coord = right.span("coord")
        if right.group("coord") and (one := _AND_ONE.match(shade, *coord)):
            r.one_more = one.span("value")  # "… and a civilian were killed": one more
        _second_participle(shade, c, r, right.end())


_COUNT_NEXT = re.compile(r"\s+\d")
# "five were killed or severely injured": the wound's adverb before the second participle
_OR_BADLY_HURT = re.compile(
    r"\s+(?:or|and)\s+(?:severely|seriously|critically|badly|gravely|slightly)\s+"
    r"(?P<p>wounded|injured|hurt)\b",
    _I,
)


def _second_participle(shade: str, c: Count, r: Reading, at: int) -> None:
    """ "killed or wounded": a second predicate of the count; a death or a wound, not split,
    is a count of casualties ("35 were killed or injured", "400 killed and wounded": one
    figure for both), except none of either; "killed, injured and captured" too."""
    if also := _OR_BADLY_HURT.match(shade, at):
        kinds = [type_of_participle(also.group("p"))]
    elif not (kinds := more_participles(shade, at)):
        return
    r.extra = kinds[0] if len(kinds) == 1 else None
    if {r.claim_type, *kinds} >= _HARM and not c.match.group("zero"):
        r.claim_type, r.extra = "casualties", None


def _among(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    if kind := among_toll(shade, c.start, c.subject_end):
        r.claim_type, r.rule = kind, "toll noun"


# Toll nouns that say who the counted are (prisoners, hostages, the displaced) rather than
# what befell them: a verb of harm before the count says that.
_RESCUED = re.compile(rf"(?<![\w-])(?:{happenings.RESCUE_VERBS})\s+$", _I)
_WHO_NOT_WHAT = frozenset({"captured", "displaced", "missing"})
_HARM = {"killed", "wounded"}


# "claimed 56 lives", "cost 30 lives": lives taken are the dead
_LIVES_TAKEN = re.compile(r"(?<![\w-])(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|took|taking)\s+$", _I)


def _toll_noun(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    if c.words[-1:] == ["lives"] and _LIVES_TAKEN.search(c.before):
        r.claim_type, r.rule = "killed", "toll noun"
        return
    toll_word = next((w for w in reversed(c.words) if w in numbers.TOLL_NOUNS), None)
    verb = type_of_verb(c.verb.group("v")) if c.verb else None
    if toll_word and numbers.TOLL_NOUNS[toll_word] in _WHO_NOT_WHAT and verb in _HARM:
        return  # "executed 12 prisoners", "killed 3 hostages": who they were, not what befell them
    if _RESCUED.search(c.before):
        return  # "rescued 12 of the victims": saved, not a toll
    if toll_word in ("damage", "degats") and c.match.group("vague"):
        return  # "some damage was done": a mass noun, not a count of things damaged
    if c.match.group("zero") and figure_withheld(shade, c.words, toll_word, c.subject_end):
        return  # "did not give any casualty figures": a figure withheld, not none harmed
    if toll_word:  # "six dead", "pas de victime française"
        r.claim_type, r.rule = numbers.TOLL_NOUNS[toll_word], "toll noun"
    elif c.match.group("vague"):
        last = c.match.group("vague").lower().split()[-1]
        if last in numbers.TOLL_NOUNS:  # "significant losses"
            r.claim_type, r.rule = numbers.TOLL_NOUNS[last], "toll noun"


_VERB_NEGATED = re.compile(r"(?<![\w'])(?:not|never|n't)\s+$", _I)
# "killed or wounded 40", "killed and wounded dozens": the verb before the second verb
_EITHER_VERB = re.compile(r"(?<![\w-])(?P<v>[a-z]+)\s+(?:or|ou|and|et)\s+$", _I)
# Verbs whose one object each counts in full: "seized and destroyed 12 trucks" (not an
# attack: "ambushed and killed 12 soldiers" attacked no 12)
_SHARED_OBJECT = frozenset({"killed", "wounded", "captured", "seized", "destroyed"})
# A second verb whose object is the count again: "abducted four men and killed them"
_AND_THEM = re.compile(
    r"\s*,?\s+(?:and|before)\s+(?:then\s+|later\s+)?(?P<v>[a-z]+)\s+(?:all\s+of\s+)?them\b", _I
)


def _verb(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    at = c.verb_start()
    if c.verb and not blamed_for(shade, at):
        r.claim_type, r.rule = type_of_verb(c.verb.group("v")), "verb"
        if _VERB_NEGATED.search(shade, max(0, at - 12), at) and not c.match.group("any"):
            # "it did not kill 12 civilians": the figure denied ("did not lose any": none)
            r.stance = "denies"
        either = _EITHER_VERB.search(shade, max(0, at - 30), at)
        first = type_of_verb(either.group("v")) if either else None
        if {first, r.claim_type} == _HARM:
            r.claim_type = "casualties"  # a death or a wound, not split
        elif first in _SHARED_OBJECT and r.claim_type in _SHARED_OBJECT:
            r.extra = first  # "destroyed and captured dozens of vehicles": both, each a claim
        if r.claim_type == "seized" and taken_captive(shade, c.subject_end, c.words):
            r.claim_type = "captured"
        if (then := _AND_THEM.match(shade, c.subject_end)) and not r.extra:
            later = type_of_verb(then.group("v"))
            r.extra = later if later in _SHARED_OBJECT - {r.claim_type} else None
        elif (
            r.claim_type == "seized"
            and c.match.group().lower() in ("un", "une")
            and not happenings.THING_RE.search(" ".join(c.words[:3]))
        ):
            r.claim_type = None  # "ont pris une décision": an article, no place or thing taken


_SPACE = re.compile(r"\s+")
# Each split predicate: the verb right before the count, the complement after its subject
_SPLIT = tuple(
    (re.compile(rf"(?<![\w-])(?:{verb})\s+$", _I), re.compile(rf"\s+{rest}(?![\w-])", _I), kind)
    for verb, rest, kind in (*happenings.SPLIT_PREDICATES, *count_words.SPLIT_PREDICATES)
)


def split_predicate(shade: str, c: Count, found: list[Found], r: Reading) -> None:
    """A predicate split around its count ("treated 40 people for gunshot wounds",
    "gunned 12 villagers down"): the claim of the whole predicate.

    Example:
        >>> s = "Doctors treated 40 people for gunshot wounds."
        >>> from claimtrack.extraction.counts import find_counts
        >>> [(f.claim_type, f.value) for f in find_counts(s, s, [])]
        [('wounded', '40')]
    """
    for verb, rest, kind in _SPLIT:
        if not verb.search(c.before):
            continue
        # the subject words may have taken the particle in: "gunned 12 villagers | down";
        # or be only the particle: "sent thousands | fleeing", "sent 3,000 | fleeing"
        for gap in _SPACE.finditer(shade, c.end, c.subject_end + 1):
            if rest.match(shade, gap.start()):
                r.claim_type, r.rule = kind, "verb"
                r.subject = shade[c.end : gap.start()].strip() or None
                return


_RULES = (
    attackers,
    under_fire_from,
    _bodies,
    object_relative,
    set_on_fire,
    munitions_struck,  # "30 drones struck the market": not 30 drones struck
    _among,  # "among the dead were 3 soldiers deployed …": the toll, not the participle
    _participle,
    _toll_noun,
    blasts_counted,
    fired_with,
    attacked_with,
    held_at,
    split_predicate,
    taken_over,
    _verb,
    verb_past_aside,
    places_hit,
    crossed_over,
    forces_somewhere,
    munitions_fell,
    weapons_found,
    places_fell,
    toll_phrase,
    figure_at,
    toll_numbered,
    of_them,
    including,
    list_goes_on,
    object_list,
)


_SHARE_OF = re.compile(r"\s+(?:out of|of)\s+(?:the|their|its|those|these)\s", _I)


def read_count(shade: str, c: Count, found: list[Found]) -> Reading:
    """The first rule that makes the count a claim (claim_type stays None if none does)."""
    reading = Reading(subject=c.subject)
    if _SHARE_OF.match(shade, c.end) and OWN_PREDICATE.match(shade, c.subject_end):
        return reading  # "350 of the 800 displaced families had returned": who they were
    for rule in _RULES:
        if reading.claim_type is None:
            rule(shade, c, found, reading)
    if (  # "no deaths or injuries", "pas de victimes ni de dégâts": none of either
        c.match.group("zero")
        and c.words
        and c.words[-1] in numbers.TOLL_NOUNS
        and not reading.extra
        and (more := _ZERO_MORE.match(shade, c.subject_end))
    ):
        reading.extra = numbers.TOLL_NOUNS.get(more.group("noun").lower())
    if found and reading.claim_type and NOT_BEFORE.search(shade, found[-1].end, c.start):
        reading.stance = "denies"  # "30, not 50, were killed": the figure set aside
    if reading.claim_type in ("captured", "seized") and _RESCUED.search(c.before):
        reading.claim_type = None  # "rescued 12 kidnapped girls": who they were, now free
    if _CALLED_FALSE.match(shade, c.subject_end) or _NOT_TRUE_THAT.search(c.before):
        reading.stance = "denies"  # "reports of 30 dead soldiers were false"
    return reading

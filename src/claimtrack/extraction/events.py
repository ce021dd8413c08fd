"""Claims without a count: attacks on places, shelling, control, responsibility, denials.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "the towns of Nioro and Gogui had all come under attack"
    >>> [(e.claim_type, e.subject) for e in event_claims(shadow(s), s, has_places=True)]
    [('attacked', 'towns')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.accusations import accused_of
from claimtrack.extraction.claimants import bare_claims
from claimtrack.extraction.denial_scope import denied_deed, denied_object_end
from claimtrack.extraction.found import Found
from claimtrack.extraction.harmed_things import harmed_things
from claimtrack.extraction.lexicon import happenings, words
from claimtrack.extraction.predicates import type_of_participle

_I = re.IGNORECASE
_HARM_TYPES = ("killed", "wounded", "captured", "missing", "seized", "destroyed", "damaged")
_ATTACK_VERB = words(happenings.ATTACK_VERBS)
_SHELLING = words(happenings.SHELLING_WORDS)
_CONTROL = words(happenings.CONTROL_WORDS)
_RESPONSIBILITY = words(happenings.RESPONSIBILITY)
_HELD = re.compile(r"(?:hold|held|holds|holding)\s", _I)
_BORNE = re.compile(r"(?:bears?|bore|borne|bearing|is|are|was|were)\s", _I)
# Who bears it: up to three words before the verb, after any reporting verb ("said Serbia")
_WHO_BEFORE = re.compile(
    r"(?<![\w'-])((?:(?!(?:said|says|that|told|added|stated)\b)[\w'-]+\s+){0,2}[\w'-]+)\s*$", _I
)
_BLAME = words(happenings.BLAME_NOUNS)
_CLAIMED_EVENT = words(happenings.CLAIMED_EVENT)
_CARRIED_OUT = words(happenings.CARRIED_OUT)
_AGENT = words(happenings.AGENT)
_TOLL = words(happenings.TOLL_WORDS)
_ACCOUNT_FALSE = words(happenings.ACCOUNT_FALSE)
_LOSSES = words(happenings.LOSS_WORDS)
# What befell people, said in the clause a denial is about: "denied that any were killed".
_HARMED = re.compile(
    # the clause the denial governs, not one after a comma ("…, saying X was tortured")
    # "denied that any towns, weapons or soldiers had been captured": a list, one clause
    r"\s*(?:(?:that|que|qu')\s*)?(?:[^,;:]|,(?=[^,;:]{0,25}?\b(?:or|and|ou|et)\b)){0,60}?"
    r"(?<![\w-])(?:were|was|been|ete|aient ete|ait ete)\s+(?:\w+ly\s+)?(?P<p>"
    + "|".join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in _HARM_TYPES)
    + r")(?![\w-])",
    _I,
)
# The same said actively: "denies air strike killed civilians", "denied its shells had
# wounded anyone" (a past form with its object after it).
_DID_HARM = re.compile(
    r"\s*(?:(?:that|que|qu')\s*)?[^,;:]{0,60}?(?<![\w-])(?:had\s+|have\s+|has\s+)?(?P<p>"
    + "|".join(p for p, t in happenings.CLAIM_PARTICIPLES.items() if t in ("killed", "wounded"))
    + r")\s+(?:any|the|a|an|\d|civilians|people|children|women|soldiers|anyone|someone)",
    _I,
)
# A part in the event denied: "denied responsibility for the attack", "denied any role",
# "denied carrying out the strike".
_DISOWNED = re.compile(
    r"\s*(?:(?:any|all|its|their|a)\s+)?(?:responsibility|involvement|role|part|hand)\b"
    r"|\s*(?:carrying out|conducting|launching|staging|being behind|having (?:carried out"
    r"|conducted|launched|staged))\b",
    _I,
)
_TOLL_FALSE = re.compile(
    rf"(?:{happenings.TOLL_WORDS})\b[^.;]{{0,80}}?\b(?:is|was|are|were|est|sont|etait)\s+(?:\w+\s+)?"
    rf"(?:{happenings.FALSE_WORDS})"
    r"|cast(?:ing)? doubt on the (?:death )?toll|questioned the (?:death )?toll",
    _I,
)
_NO_EVENT = re.compile(happenings.NO_EVENT, _I)
_NO_EVENT_NOUNS = [(re.compile(p, _I), kind) for p, kind in happenings.NO_EVENT_NOUNS.items()]
_EVENTS = [(words(phrases), kind) for phrases, kind in happenings.EVENT_PHRASES.items()]
_PRESENCE = [
    re.compile(p, _I)
    for p in (
        happenings.PRESENCE,
        happenings.REINFORCED,
        happenings.INCURSION,
        happenings.PRESENCE_NOUN,
    )
]
_PRESENCE_CUE = re.compile(happenings.PRESENCE_CUE, _I)
_OBJECT = re.compile(
    r"\s*(?<![\w'-])((?:[\w'-]+\s+){0,5}?[\w'-]+)"
    r"(?=\s+(?:in|on|at|near|but|and|when|dans|a|au|pour|there|south|north|east|west)\b"
    r"|\s*[,.;:]|\s*$)",
    _I,
)
# A definite or demonstrative determiner, or a preposition of time ("after heavy fighting"),
# and up to two adjectives right before an event: an event referred to, a setting.
_SETTING = re.compile(
    r"(?<![\w'-])(?:(?:the|this|that|these|those|its|their|le|la|les|l'|ce|cet|cette|ces|leurs?"
    r"|au|aux|du)|(?:after|following|during|amid|since|at|apres|pendant|lors|depuis|suite a)"
    r"(?:\s+(?:a|an|the|des|de|du|la|les|l'|d'|une?|of|series of))*)\s*"
    r"(?:(?:violent|heavy|fierce|intense|deadly|recent|latest|last|brief|armed|violents?"
    r"|intenses?|recents?|derniers?|meurtriers?)\s+){0,2}$",
    _I,
)
# After a count ("killed in a gunfight") the fight is the count's setting, unless a relative
# clause makes the event the head: "a shootout that killed 42".
_RELATIVE = re.compile(r"\s*,?\s+(?:that|which|qui)\b", _I)
_NEGATED = re.compile(rf"(?:{happenings.NO_EVENT.split('(?P<what>')[0]})$", _I)
# A question is no claim: "the mystery is whether they exchanged fire".
_WHETHER = re.compile(r"\bwhether\b[^,.;:]*$", _I)
_PLACE_AFTER = re.compile(r"\s+(?:scene|site|area|zone|location|lieu)\b", _I)
# A leading article: a whole word ("les rebelles" is "rebelles", "lesser" keeps its "le").
_DETERMINER = re.compile(r"^(?:(?:the|a|an|le|la|les|un|une|des|du)\b\s*|l'\s*)", _I)


def _new_event(pattern: re.Pattern, shade: str, counted: bool) -> re.Match | None:
    """The first mention of an event that tells it, not one that refers to it as known.

    "the clashes", "la fusillade", "after the gunfight" name an event already told (a
    setting), as do "after heavy fighting" and, beside a count, "killed in a gunfight";
    "the shootout scene" names a place. "clashes broke out", "a shootout that killed 42"
    and "de violents combats" tell one.
    """
    for m in pattern.finditer(shade):
        if _SETTING.search(shade, 0, m.start()) or _PLACE_AFTER.match(shade, m.end()):
            continue
        if _NEGATED.search(shade, 0, m.start()) or _WHETHER.search(shade, 0, m.start()):
            continue  # "aucun accrochage" is denied; "whether they exchanged fire" is asked
        if not counted or _RELATIVE.match(shade, m.end()):
            return m
    return None


def _object_after(shade: str, text: str, pos: int) -> str | None:
    m = _OBJECT.match(shade, pos)
    if not m:
        return None
    phrase = text[m.start(1) : m.end(1)]
    return phrase or None


def _no_event(shade: str, lo: int = 0) -> tuple[str, re.Match] | None:
    """An event said not to have happened ("no fighting took place"): its claim type."""
    for m in _NO_EVENT.finditer(shade, lo):
        kind = next((k for p, k in _NO_EVENT_NOUNS if p.fullmatch(m.group("what"))), None)
        if kind:
            return kind, m
    return None


# Allegations with what they say after them, whose claims are read there: "the allegations
# of the M23 that …", "les allégations du M23 selon lesquelles …".
_SAYING_THAT = re.compile(
    r"(?:\s+(?:of|de|du|des|d')\s*[^,;:]{1,40}?)?\s*,?\s+(?:that|selon\s+(?:lequel|laquelle"
    r"|lesquels|lesquelles))\b",
    re.IGNORECASE,
)


def _denied(shade: str, lo: int, hi: int) -> tuple[str, re.Match] | None:
    """What a denial is about, looked for in ``shade[lo:hi]``: a toll, blame, losses, what
    befell people ("denied that any soldiers were killed"), an attack."""
    if disowned := _DISOWNED.match(shade, lo, hi):
        return "responsibility", disowned
    for pattern, kind in (
        (_TOLL_FALSE, "killed"),
        (_BLAME, "responsibility"),
        (_TOLL, "killed"),
        (_LOSSES, "killed"),
        (_HARMED, ""),
        (_DID_HARM, ""),
        (happenings.ATTACK_WORD_RE, "attacked"),
    ):
        # what befell people is the clause right after the verb; the rest anywhere in it
        if m := (pattern.match if pattern in (_HARMED, _DID_HARM) else pattern.search)(
            shade, lo, hi
        ):
            if pattern is _BLAME and _SAYING_THAT.match(shade, m.end()):
                continue  # "rejected the allegations that 200 were captured": what they say
            return kind or type_of_participle(m.group("p")), m
    return None


def event_claims(
    shade: str,
    text: str,
    has_places: bool,
    denial: tuple[int, int] | None = None,
    counted: tuple[str, ...] = (),
    only_denial: bool = False,
    sources: list[tuple[int, int]] = (),
) -> list[Found]:
    """The count-free claims of one sentence (offsets relative to it).

    ``has_places``: the sentence (or the one it continues) names gazetteer places;
    ``denial``: the span of a denying verb ("dismissed", "a démenti") in the sentence;
    ``counted``: claim types the counts of this sentence already carry;
    ``only_denial``: every source of the sentence denies, so nothing else is claimed;
    ``sources``: spans of the source phrases ("The rebels said": not rebels present).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "The rebels dismissed the toll provided by the government."
        >>> [(e.claim_type, e.stance) for e in event_claims(shadow(s), s, False, (11, 20))]
        [('killed', 'denies')]
    """
    denied_kind, out = _denials(shade, denial, counted)
    if denial and only_denial:
        # "denied that the base was destroyed": the thing named one is the figure denied
        return out + harmed_things(shade, text, counted)
    out += _responsibility(shade, text, counted)
    for pattern, kind in _EVENTS:  # "repulsed the attack", "clashes broke out"
        beside_count = kind == "fighting" and bool(counted)  # the setting of a count
        if kind not in counted and (m := _new_event(pattern, shade, beside_count)):
            out.append(Found(kind, m.start(), m.end(), confidence=0.5, rule="event"))
    if "controls" not in counted and (m := _CONTROL.search(shade)):
        subject = _object_after(shade, text, m.end())
        out.append(
            Found("controls", m.start(), m.end(), subject=subject, confidence=0.6, rule="control")
        )
    if "present" not in counted and "attackers" not in counted:
        out += _presence(shade, text, sources)
    out += harmed_things(shade, text, counted)  # "the post was seized", "burned their homes"
    if "attacked" in counted or denied_kind in ("attacked", "responsibility"):
        return out
    return out + _attack(shade, text, has_places, counted)


def _denials(
    shade: str, denial: tuple[int, int] | None, counted: tuple[str, ...]
) -> tuple[str | None, list[Found]]:
    """What the sentence denies, and the denial as a claim where no count carries it."""
    if denial:
        # What is denied: the verb's object, else what the sentence said before it
        # ("the killings of 12 civilians, an accusation the army rejected").
        clause = denial[1] + re.search(r"[.;]|$", shade[denial[1] :]).start()
        # "rejected the report, insisting …": the denier's own account is not denied
        end = denied_object_end(shade, denial[1], clause)
        if deed := denied_deed(shade, denial[1], end):  # "denies breaking truce"
            found_deed = Found(deed, denial[1], denial[1], stance="denies", rule="deed denied")
            return deed, [] if deed in counted else [found_deed]
        found = _denied(shade, denial[1], end) or _denied(shade, 0, denial[0])
        if not found and end < clause:
            found = _no_event(shade, end)  # "refuted the claims and said there were no clashes"
        kind = found[0] if found else "denied"
        # "denied that any civilians were killed" denies no toll: no figure is given to it
        # ("+denial" rows take the toll another source gave, see ``candidates``).
        rule = "denial of harm" if found and found[1].re in (_HARMED, _DID_HARM) else "denial"
        # Counts under a denying verb carry the denial themselves (not the counts of the
        # denier's own account after it: "disputed the account and said 30 attacked")
        if kind not in counted and not (counted and kind == "denied"):
            return kind, [Found(kind, denial[1], denial[1], stance="denies", rule=rule)]
        return kind, []
    said_false = ("killed", m) if (m := _TOLL_FALSE.search(shade)) else _no_event(shade)
    if not said_false and (m := _ACCOUNT_FALSE.search(shade)):
        said_false = "denied", m  # "It's a hoax", "they doubted the official account"
    if said_false:
        kind, m = said_false
        # "it is not true that 30 died": the clause's counts carry the denial
        clause = kind == "denied" and counted and _THAT.match(shade, m.end())
        if kind not in counted and not clause:
            return kind, [Found(kind, m.start(), m.end(), stance="denies", rule="denial")]
        return kind, []
    return None, []


def _responsibility(shade: str, text: str, counted: tuple[str, ...] = ()) -> list[Found]:
    """ "JNIM claimed the attack", "the attacks were claimed by X", "a revendiqué"."""
    if m := _CLAIMED_EVENT.search(shade):
        what = text[m.start("what") : m.end("what")]
        return [Found("responsibility", m.start(), m.end(), subject=what, rule="claimed")]
    m = _RESPONSIBILITY.search(shade)
    if m and (deed := accused_of(shade, text, m.start(), counted)) is not None:
        return deed or bare_claims(shade, text) or _done_by(shade, text)
    if not m:
        return bare_claims(shade, text) or _done_by(shade, text)
    if _BORNE.match(m.group()):
        # "Serbia bears responsibility", "the group was responsible for the attack": who
        # is responsible stands before the verb.
        before = _WHO_BEFORE.search(text, 0, m.start())
        subject = before.group(1) if before else None
    elif re.search(r"(?:claimed|revendiquee?s?) (?:by|par)", m.group(), _I):
        # "The attacks were claimed by X": what was claimed stands before the verb.
        before = re.search(r"((?:[\w'-]+\s+){0,3}?[\w'-]+)\s*$", text[: m.start()])
        subject = before.group(1) if before else None
    elif _HELD.match(m.group()):
        subject = " ".join(text[m.start() : m.end()].split()[1:-1])  # "held X responsible": X
    else:
        subject = _object_after(shade, text, m.end())
    return [
        Found(
            "responsibility",
            m.start(),
            m.end(),
            subject=_DETERMINER.sub("", subject or "") or "the attacks",
            confidence=0.65,
            rule="responsibility",
        )
    ]


def _done_by(shade: str, text: str) -> list[Found]:
    """ "we carried out the strike" (what, admitted); "civilians killed by the army" (who)."""
    if m := _CARRIED_OUT.search(shade):
        what = text[m.start("what") : m.end("what")]
        return [Found("responsibility", m.start(), m.end(), subject=what, rule="carried out")]
    if m := _AGENT.search(shade):
        who = _DETERMINER.sub("", text[m.start("who") : m.end("who")])
        return [Found("responsibility", m.start(), m.end(), subject=who, rule="agent")]
    return []


def _presence(shade: str, text: str, sources: list[tuple[int, int]]) -> list[Found]:
    """Forces somewhere ("Chadian troops had entered Birao", "we sent reinforcements", "India
    violated its airspace"), outside the source phrases."""
    if not _PRESENCE_CUE.search(shade):
        return []
    for pattern in _PRESENCE:
        for m in pattern.finditer(shade):
            g = "who" if m.group("who") or "who2" not in pattern.groupindex else "who2"
            if any(a <= m.start(g) < b for a, b in sources):
                continue  # the forces a source phrase names are not forces present
            who = _DETERMINER.sub("", text[m.start(g) : m.end(g)]).strip()
            return [
                Found("present", m.start(), m.end(), subject=who, confidence=0.5, rule="presence")
            ]
    return []


# Shelling told as such, where no known place is named: "in spite of heavy shelling".
_HEAVY_SHELLING = re.compile(
    r"\b(?:heavy|intense|constant|sustained|relentless|indiscriminate)\s+"
    r"(?:shelling|bombardments?|artillery fire|mortar fire)\b|\b(?:were|was|been)\s+shelled\b",
    _I,
)
# "Shells fell on the town", "rockets fired by the rebels landed near the airport"
_MUNITIONS_FELL = re.compile(
    rf"(?<![\w'-])(?:{happenings.MUNITION_NOUNS})\b[^,.;:]{{0,40}}?\s(?:{happenings.FELL_VERBS})\b",
    _I,
)
# Shelling of named things, where no known place is named: "shelled Azerbaijani positions"
_SHELLED_THING = re.compile(
    r"\b(?:shelled|shelling|bombarded|bombarding)\s+(?:[\w'-]+\s+){0,2}?"
    rf"(?:{happenings.THING_NOUNS}|{happenings.PLACE_NOUNS})\b"
    r"(?!\s+(?:were|was|are|is|had|have)\b)",  # "shelling positions were spotted": a noun
    _I,
)
_THAT = re.compile(r"\s+(?:that|que|qu')", _I)
_UNDER = re.compile(r"(?:came|come|comes|coming)\s+under\b", _I)
# What came under attack: the noun right before ("one of its units came under fire": units)
_TARGET_BEFORE = re.compile(r"([\w'-]+)\s+(?:had\s+|has\s+|have\s+)?$")
_NOT_BEFORE = re.compile(r"(?<![\w'])(?:not|never|n't|pas|jamais)\s+(?:been\s+|ete\s+)?$", _I)


def _attack(shade: str, text: str, has_places: bool, counted: tuple[str, ...]) -> list[Found]:
    """An attack claimed by a verb, by shelling of named places, or by gunfire in them."""
    shelling = _SHELLING.search(shade)
    verb = _ATTACK_VERB.search(shade)
    noun = happenings.ATTACK_WORD_RE.search(shade)
    # munitions that fell tell shelling, with or without a place
    fell = None if "shelling" in counted else _MUNITIONS_FELL.search(shade)
    shelling = fell or shelling
    if shelling and "shelling" in counted:
        return []  # "3 villages were shelled": the count carries the shelling
    if shelling and (
        has_places or _HEAVY_SHELLING.search(shade) or fell or _SHELLED_THING.search(shade)
    ):
        return [
            Found("shelling", shelling.start(), shelling.end(), subject="towns", rule="shelling")
        ]
    if verb:
        # An attack verb is a claim in itself; its object is the target.
        target = _object_after(shade, text, verb.end())
        if _UNDER.match(verb.group()):  # "the convoy came under fire": the convoy
            before = _TARGET_BEFORE.search(text, 0, verb.start())
            target = before.group(1) if before else None
        if re.match(r"(?:was|were|is|are|by)\b", target or "", _I):
            return []  # "the part of the mosque struck was …": no attack claimed here
        if (
            has_places and not (target and happenings.THING_RE.search(target))
        ) or happenings.PLACE_NOUN_RE.search(target or ""):
            target = "towns"
        # "the base was not attacked": no attack, by the speaker's account
        stance = "denies" if _NOT_BEFORE.search(shade, 0, verb.start()) else "asserts"
        return [
            Found(
                "attacked",
                verb.start(),
                verb.end(),
                subject=target,
                confidence=0.6,
                rule="attack",
                stance=stance,
            )
        ]
    if noun and has_places and not counted:
        # "the sound of intense gunfire" in a named town: an attack on a place.
        return [Found("attacked", noun.start(), noun.end(), subject="towns", rule="attack")]
    return []

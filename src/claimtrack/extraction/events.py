"""Claims without a count: attacks on places, shelling, control, responsibility, denials.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> s = "the towns of Nioro and Gogui had all come under attack"
    >>> [(e.claim_type, e.subject) for e in event_claims(shadow(s), s, has_places=True)]
    [('attacked', 'towns')]
"""

from __future__ import annotations

import re

from claimtrack.extraction import lexicon as lx
from claimtrack.extraction.claims import Found

_I = re.IGNORECASE
_ATTACK_VERB = lx.words(lx.ATTACK_VERBS)
_ATTACK_WORD = lx.words(lx.ATTACK_WORDS)
_SHELLING = lx.words(lx.SHELLING_WORDS)
_CONTROL = lx.words(lx.CONTROL_WORDS)
_RESPONSIBILITY = lx.words(lx.RESPONSIBILITY)
_BLAME = lx.words(lx.BLAME_NOUNS)
_TOLL = lx.words(lx.TOLL_WORDS)
_TOLL_FALSE = re.compile(
    rf"(?:{lx.TOLL_WORDS})\b[^.;]{{0,80}}?\b(?:is|was|are|were|est|sont|etait)\s+(?:\w+\s+)?"
    rf"(?:{lx.FALSE_WORDS})"
    r"|cast(?:ing)? doubt on the (?:death )?toll|questioned the (?:death )?toll",
    _I,
)
_NO_EVENT = re.compile(lx.NO_EVENT, _I)
_OBJECT = re.compile(
    r"\s*(?<![\w'-])((?:[\w'-]+\s+){0,5}?[\w'-]+)"
    r"(?=\s+(?:in|on|at|near|but|and|when|dans|a|au|pour|there|south|north|east|west)\b"
    r"|\s*[,.;:]|\s*$)",
    _I,
)
_THING = lx.words(lx.THING_NOUNS)
_TOWN = lx.words(lx.PLACE_NOUNS)
_DETERMINER = re.compile(r"^(?:the|a|an|le|la|les|l'|un|une|des|du)\s*", _I)


def _object_after(shade: str, text: str, pos: int) -> str | None:
    m = _OBJECT.match(shade, pos)
    if not m:
        return None
    phrase = text[m.start(1) : m.end(1)]
    return phrase or None


def event_claims(
    shade: str,
    text: str,
    has_places: bool,
    denial: bool = False,
    counted: tuple[str, ...] = (),
) -> list[Found]:
    """The count-free claims of one sentence (offsets relative to it).

    ``has_places``: the sentence (or the one it continues) names gazetteer places;
    ``denial``: its source's verb denies ("dismissed", "a démenti");
    ``counted``: claim types the counts of this sentence already carry.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = "the toll provided by the government"
        >>> [(e.claim_type, e.stance) for e in event_claims(shadow(s), s, False, denial=True)]
        [('killed', 'denies')]
    """
    out: list[Found] = []
    denied_kind = None
    if denial or _TOLL_FALSE.search(shade) or _NO_EVENT.search(shade):
        if m := _NO_EVENT.search(shade):
            denied_kind = "attacked"
        elif m := _TOLL_FALSE.search(shade):
            denied_kind = "killed"
        elif m := _BLAME.search(shade):
            denied_kind = "responsibility"
        elif m := _TOLL.search(shade):
            denied_kind = "killed"
        elif m := _ATTACK_WORD.search(shade):
            denied_kind = "attacked"
        else:
            m, denied_kind = re.match(r"\s*", shade), "denied"
        # Counts under a denying verb carry the denial themselves.
        if denied_kind not in counted and not (denial and counted and denied_kind == "denied"):
            span = (m.start(), m.end()) if m.end() > m.start() else (0, len(shade))
            out.append(Found(denied_kind, *span, stance="denies", confidence=0.6, rule="denial"))
        if denial and denied_kind != "killed":
            return out  # the whole sentence is the denial
    if m := _RESPONSIBILITY.search(shade):
        if re.search(r"(?:claimed|revendiquee?s?) (?:by|par)", m.group(), _I):
            # "The attacks were claimed by X": what was claimed stands before the verb.
            before = re.search(r"((?:[\w'-]+\s+){0,3}?[\w'-]+)\s*$", text[: m.start()])
            subject = before.group(1) if before else None
        else:
            subject = _object_after(shade, text, m.end())
        out.append(
            Found(
                "responsibility",
                m.start(),
                m.end(),
                subject=_DETERMINER.sub("", subject or "") or "the attacks",
                confidence=0.65,
                rule="responsibility",
            )
        )
    if "controls" not in counted and (m := _CONTROL.search(shade)):
        subject = _object_after(shade, text, m.end())
        out.append(
            Found("controls", m.start(), m.end(), subject=subject, confidence=0.6, rule="control")
        )
    if "attacked" in counted or denied_kind == "attacked":
        return out
    shelling = _SHELLING.search(shade)
    verb = _ATTACK_VERB.search(shade)
    noun = _ATTACK_WORD.search(shade)
    if shelling and has_places:
        out.append(
            Found("shelling", shelling.start(), shelling.end(), subject="towns", rule="shelling")
        )
    elif verb:
        # An attack verb is a claim in itself; its object is the target.
        target = _object_after(shade, text, verb.end())
        if re.match(r"(?:was|were|is|are|by)\b", target or "", _I):
            return out  # "the part of the mosque struck was …": no attack claimed here
        if has_places and not (target and _THING.search(target)) or _TOWN.search(target or ""):
            target = "towns"
        out.append(
            Found(
                "attacked", verb.start(), verb.end(), subject=target, confidence=0.6, rule="attack"
            )
        )
    elif noun and has_places and not counted:
        # "the sound of intense gunfire" in a named town: an attack on a place.
        out.append(Found("attacked", noun.start(), noun.end(), subject="towns", rule="attack"))
    return out

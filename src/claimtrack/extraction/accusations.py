"""What an accuser accuses of: the deed after "accused X of …" / "blamed X for …" gives the claim.

An accusation is a claim of responsibility only when the deed is harm ("accused the army of
killing civilians", "blamed Y for the clashes", "of violating the ceasefire"). An attack on
a place is the attack itself, as the corpus types it ("accused Israel of bombing military
positions": attacked); backing an armed group is an alliance ("accused the official of
backing the militia"); anything else an accuser may say ("accused the military of trying to
spread fake information", "of failing to expel terrorists") is no claim of the schema.

Example:
    >>> s = "He accused the army of trying to mislead the public."
    >>> accused_deed(s, s.index("accused"))
    ''
    >>> s = "Syria accused Israel of bombing army positions."
    >>> accused_deed(s, s.index("accused"))
    'attacked'
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings

_I = re.IGNORECASE
# The accuser's verb, the accused (a few words, an aside in commas), "of"/"for" and the
# deed's gerund ("accused the official, linked to a faction of the TPLF, of backing")
_ACCUSED = re.compile(
    r"(?:accus|blam)\w*\s+(?:[\w'’.-]+,?\s+){1,10}?(?:of|for)\s+(?:having\s+)?(?:been\s+)?"
    r"(?P<deed>\w+ing)\b",
    _I,
)
# Deeds of harm, as gerund stems ("killing": kill): responsibility for what was done
_HARM = re.compile(
    r"kill|murder|massacr|execut|shoot|fir|open|start|violat|break|abduct|kidnapp?|carry"
    r"|perpetrat|commit|orchestrat|mastermind|plott?|stag|provok|caus|tortur|rap|burn|destroy"
    r"|loot|down|instigat|ambush|assassinat|behead|detonat|plant|lay|ignit|trigger|tak"
    r"|participat|be|involv|sponsor|order|fuel|escalat|hold|detain|arrest|us",
    _I,
)
# Attacks on a place: the attack itself ("attacking its positions", "launching attacks")
_ATTACK = re.compile(r"attack|bomb|shell|strik|target|raid|storm|launch|invad", _I)
# Backing an armed group: an alliance ("backing the militia", "cooperating with X")
_BACKING = re.compile(r"back|support|arm|cooperat|collud|collaborat|ally|align|financ|fund", _I)


def accused_deed(shade: str, at: int) -> str | None:
    """The claim type an accusation at ``at`` makes, by its deed: "responsibility",
    "attacked", "alliance", "" (a deed of no claim), or None where no gerund deed follows
    (a plain "blamed X", or a noun: "blamed Y for the clashes", stays responsibility).

    Example:
        >>> s = "Kabul accused Y of killing 12 civilians."
        >>> accused_deed(s, s.index("accused"))
        'responsibility'
    """
    if not (m := _ACCUSED.match(shade, at)):
        return None
    stem = m.group("deed").lower()[:-3]
    for pattern, kind in ((_ATTACK, "attacked"), (_HARM, "responsibility"), (_BACKING, "alliance")):
        if pattern.fullmatch(stem):
            return kind
    return ""


# What the deed is done to: a few words after the gerund, up to a preposition or a comma
_OBJECT = re.compile(
    r"\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s+(?:in|on|at|across|under|last|near|with|by"
    r"|during|since|and|or)\b|\s*[,.;:]|\s*$)",
    _I,
)


def accused_of(shade: str, text: str, at: int, counted: tuple[str, ...] = ()) -> list[Found] | None:
    """The claims of an accusation at ``at`` other than responsibility: [] where its deed
    is no claim, an attack or an alliance with what it was done to; None where the
    accusation is one of responsibility (or names no deed as a gerund). An attack told
    with its dead or wounded ("of shelling a market in a strike that killed 9", counted)
    blames the accused for them: responsibility.

    Example:
        >>> s = "Syria accused Israel of bombing army positions near Hama."
        >>> [(f.claim_type, f.subject) for f in accused_of(s, s, s.index("accused"))]
        [('attacked', 'army positions')]
    """
    deed = accused_deed(shade, at)
    if deed == "attacked" and {"killed", "wounded", "casualties"} & set(counted):
        return None
    if deed is None or deed == "responsibility":
        return None
    if not deed:
        return []
    m = _ACCUSED.match(shade, at)
    what = _OBJECT.match(shade, m.end("deed"))
    subject = text[what.start(1) : what.end(1)] if what else None
    if deed == "attacked" and subject and happenings.PLACE_NOUN_RE.search(subject):
        subject = "towns"  # as the other attacks on places
    start, end = m.start("deed"), m.end("deed")
    return [Found(deed, start, end, subject=subject, confidence=0.6, rule="accused of")]

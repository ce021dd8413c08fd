"""French counts the bilingual rules read wrong or not at all, set right once they have read
a sentence: what acts is no count of what it does, a revised toll counts its new figure,
things "éliminés" are destroyed, and a toll named before its figure counts that figure.

- "une frappe avait tué 600 personnes": the strike, subject of an active verb with a count
  for its object, is no count of the dead (a passive, "ont été tués", stays one);
- "le bilan est passé de 14 à 21 morts": the toll now is 21, not a range from 14 to 21;
- "quatre véhicules blindés ont été éliminés": things are destroyed, not killed;
- "les heurts ont fait quatre victimes": victims counted are the dead;
- "estime le nombre de déplacés à 3000", "le nombre de blessés a dépassé 200": the noun
  of the toll, said before the figure, gives its claim type.

Example:
    >>> from claimtrack.extraction.counts import find_counts
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Une frappe a tué 600 personnes."
    >>> found = find_counts(shadow(text), text)
    >>> [(f.claim_type, f.value) for f in revise(shadow(text), text, found)]
    [('killed', '600')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.found import Found
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import type_of_participle
from claimtrack.extraction.source_names import valid_source
from claimtrack.text import fold

_I = re.IGNORECASE

# An active compound tense right after a counted subject, with a count for its object:
# "une frappe | avait tué 600", "deux kamikazes | ont blessé 14" (no "été": no passive).
_ACTIVE_AFTER = re.compile(
    r"[\s\"«»]*(?:n')?(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+"
    r"(?:(?:[a-z]+ment|deja|encore|aussi|egalement)\s+)?(?P<p>[a-z]+)\s+(?:[\"«»]\s*)?(?=\S)",
    _I,
)
# Participles whose subject undergoes them even with "avoir": "ont péri", "a succombé".
_UNDERGONE = ("mort", "peri", "succomb", "dispar", "fui", "perdu", "trouve", "decede")


def _acting(shade: str, found: Found) -> bool:
    """Whether a count is the subject of an active verb whose object is another count."""
    at = found.extra.get("subject_end", found.end)
    m = _ACTIVE_AFTER.match(shade, at)
    if not m or fold(m.group("p")).startswith(_UNDERGONE) or not type_of_participle(m.group("p")):
        return False
    after = quantity_re().match(shade, m.end())
    return bool(after and after.start("value") == m.end() and not not_a_count(after, shade))


# "est passé de 14 à 21", "passant de 8 à 17", "a grimpé de 30 à 52": a toll that changed.
_CHANGED = re.compile(
    r"(?<![\w'-])(?:passe|passee|passes|passant|porte|portee|portant|grimpe|grimpant|monte"
    r"|montant|augmente|augmentant|alourdi|evolue|evoluant|revu|revise)\s*$",
    _I,
)
_FROM_TO = re.compile(r"(?:de|d')\s*\S+(?:\s\d{3})*\s+a\s+(?P<to>.+)$", _I)


def _revised(shade: str, text: str, found: Found) -> Found:
    """A range "de N à M" after a verb of change: the figure it changed to."""
    m = _FROM_TO.match(shade, found.start, found.end) if found.value else None
    if not m or not _CHANGED.search(shade, max(0, found.start - 30), found.start):
        return found
    start = m.start("to")
    value = clean_value(text[start : found.end])
    return replace(found, start=start, value=value) if value else found


def _thing_destroyed(found: Found) -> Found:
    """ "quatre véhicules blindés ont été éliminés": things named first are not killed."""
    said = fold(found.subject or "").split()
    if found.claim_type == "killed" and said and happenings.THING_RE.fullmatch(said[0]):
        return replace(found, claim_type="destroyed")
    return found


_ZERO = re.compile(rf"(?:{numbers.ZERO_WORDS})$", _I)


def _victims_dead(found: Found) -> Found:
    """ "ont fait quatre victimes": victims counted are the dead (as annotators read them);
    "pas de victime" stays none of either."""
    said = fold(found.subject or "").lower().split()
    value = fold(found.value or "").lower()
    victims = found.claim_type == "casualties" and said[:1] in (["victimes"], ["victime"])
    return replace(found, claim_type="killed") if victims and not _ZERO.match(value) else found


# "estime le nombre de déplacés à 3000", "chiffre ses pertes à 12 hommes": the toll, then
# "à" and its figure; "le nombre de blessés a dépassé 200": the toll, then a verb of reaching.
_TOLL = (
    r"(?P<toll>le nombre(?: total)?|le bilan|le total|les pertes|ses pertes|leurs pertes"
    r"|nos pertes)(?:\s+(?:des|de|d')\s*(?P<noun>[\w-]+))?(?:\s+[\w-]+){0,2}?"
)
_NAMED_BEFORE = (
    re.compile(
        rf"(?<![\w'-])(?:estim|evalu|chiffr|fix|port|situ|ramen)\w*\s+(?:(?:desormais|ainsi)\s+)?"
        rf"{_TOLL}\s+a\s+(?=\S)",
        _I,
    ),
    re.compile(
        rf"(?<![\w'-]){_TOLL}\s+(?:(?:a|avait)\s+)?(?:atteint|atteignait|depasse|depassait"
        r"|avoisine|avoisinait|frole|frolait|approche|approchait)\s+(?:(?:desormais|deja)\s+)?"
        r"(?=\S)",
        _I,
    ),
)


def _toll_type(m: re.Match) -> str | None:
    """The claim type of the toll named: its noun's ("déplacés"), "pertes", a bare "bilan"."""
    if noun := m.group("noun"):
        noun = noun.lower()
        return numbers.TOLL_NOUNS.get(noun) or type_of_participle(noun)
    toll = m.group("toll").lower()
    if "pertes" in toll:
        return "casualties"
    return "killed" if toll in ("le bilan", "le total") else None


def _named_before(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts whose toll is named before them, where no count was read at the figure."""
    out = []
    for m in (m for pattern in _NAMED_BEFORE for m in pattern.finditer(shade)):
        q = quantity_re().match(shade, m.end())
        kind = _toll_type(m)
        if not q or not kind or not_a_count(q, shade) or q.start("value") != m.end():
            continue
        start, end = q.span("value")
        if any(f.start < end and start < f.end for f in counts):
            continue  # "porte le bilan à 21 morts": the rules read it, by its own noun
        if value := clean_value(text[start:end]):
            out.append(Found(kind, start, end, value, None, confidence=0.6, rule="toll"))
    return out


# "La police porte le bilan à 21 morts", "L'état-major chiffre ses pertes à 12 hommes": who
# sets a toll speaks for it, whatever the verb (the reporting verbs do not list "porter").
_SETS_TOLL = re.compile(
    r"(?:^|,?\s*\b(?:mais|et)\s+|\b(?:alors|tandis)\s+qu(?:e\s+|'))"
    r"(?P<src>[^,;:\"«»()]{2,60}?)\s+(?:(?:a|ont|avait|avaient)\s+)?"
    r"(?P<verb>(?:estim|evalu|chiffr|port|fix)\w*)\s+(?:(?:desormais|ainsi)\s+)?"
    r"(?=(?:le nombre|le bilan|le total|les pertes|ses pertes|leurs pertes|nos pertes)\b)",
    _I,
)


def toll_frames(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Who sets a toll at the head of a clause, where no source stands there already.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "La police porte le bilan à 21 morts."
        >>> [(a.phrase, a.kind) for a in toll_frames(text, shadow(text), [])]
        [('La police', 'head')]
    """
    out = []
    for m in _SETS_TOLL.finditer(shade):
        start, end = m.span("src")
        v0, v1 = m.span("verb")
        if not valid_source(shade[start:end]) or any(a.start < v1 and start < a.end for a in found):
            continue
        out.append(
            Attribution("head", start, end, v0, v1, text[start:end], content=(v1, len(shade)))
        )
    return out


# A second voice that gives its figure without a verb, after a count: "…, les rebelles de
# 35" (gapping: the verb of the clause before is understood), "…, selon les rebelles 35".
_GAP = re.compile(
    r"[^,;.]{0,40}?,\s*(?:(?:et|mais)\s+|(?:tandis|alors)\s+qu(?:e\s+|'))?"
    r"(?:(?P<selon>selon|d'apres)\s+)?(?P<src>[^,;:.\d\"«»()]{2,60}?)"
    r"(?:\s*,\s*|\s+)(?:(?<!,\s)(?<!,)(?:de\s+|d'))?",
    _I,
)
_BARE_END = re.compile(r"(?:\s+[\w-]+)?\s*(?:[.;!?]|$)")


def _second_voice(shade: str, counts: list[Found], start: int) -> tuple[Found, re.Match] | None:
    """The count a bare figure at ``start`` gives again in a second voice, and the voice."""
    before = [f for f in counts if f.end <= start and not f.subset]
    if not before:
        return None
    parent = before[-1]
    m = _GAP.fullmatch(shade, parent.extra.get("subject_end", parent.end), start)
    if not m or not (m.group("selon") or shade[m.end("src") : start].strip() in ("de", "d'")):
        return None  # "…, les rebelles 35": no "de", no "selon": no voice
    return (parent, m) if valid_source(shade[slice(*m.span("src"))]) else None


def gapped(
    text: str, shade: str, attributions: list[Attribution], counts: list[Found]
) -> tuple[list[Attribution], list[Found]]:
    """The sources and counts of second voices with no verb of their own (``_GAP``).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "L'armée fait état de 12 morts, les rebelles de 35."
        >>> twelve = Found("killed", 21, 23, "12", extra={"subject_end": 29})
        >>> sources, found = gapped(text, shadow(text), [], [twelve])
        >>> [a.phrase for a in sources], [(f.claim_type, f.value) for f in found]
        (['les rebelles'], [('killed', '35')])
    """
    counts = sorted(counts, key=lambda f: f.start)
    more: list[Found] = []
    for q in quantity_re().finditer(shade):
        start, end = q.span("value")
        if q.group("one") or not_a_count(q, shade) or not _BARE_END.match(shade, end):
            continue
        if any(f.start <= start < f.end for f in counts) or not (
            got := _second_voice(shade, counts, start)
        ):
            continue
        parent, m = got
        s0, s1 = m.span("src")
        if not any(a.start == s0 for a in attributions):
            for a in attributions:  # the voice before speaks up to the second one
                if a.content[0] < s0 < a.content[1]:
                    a.content = (a.content[0], s0)
            voice = Attribution("head", s0, s1, s1, s1, text[s0:s1], content=(s1, len(shade)))
            attributions = sorted([*attributions, voice], key=lambda a: a.start)
        if value := clean_value(text[start:end]):
            more.append(replace(parent, start=start, end=end, value=value, rule="list", extra={}))
    return attributions, more


def revise(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A French sentence's counts, set right (module docstring).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Le bilan est passé de 14 à 21 morts."
        >>> toll = Found("killed", 19, 29, "de 14 à 21")
        >>> [(f.value, f.start) for f in revise(shadow(text), text, [toll])]
        [('21', 27)]
    """
    kept = [
        _victims_dead(_thing_destroyed(_revised(shade, text, f)))
        for f in counts
        if not (f.rule in ("participle", "parse") and _acting(shade, f))
    ]
    return kept + _named_before(shade, text, kept)

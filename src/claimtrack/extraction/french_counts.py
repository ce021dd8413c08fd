"""French counts the bilingual rules read wrong or not at all, set right once they have read
a sentence (``revise`` also runs the rules of the ``french_count_*`` modules):

- "une frappe avait tué 600 personnes": the strike, subject of an active verb with a count
  for its object, is no count of the dead (a passive, "ont été tués", stays one);
- "le bilan est passé de 14 à 21 morts": the toll now is 21, and 14 the earlier one (not a
  range from 14 to 21);
- "quatre blindés ont été éliminés" are destroyed, not killed; "quatre victimes" are dead;
- "estime le nombre de déplacés à 3000", "le nombre de blessés a dépassé 200", "les
  soldats tués sont au nombre de 17": the noun of the toll, said before the figure, gives
  its claim type;
- "deux frappes avaient touché la caserne": strikes that hit are shelling;
- "n'a pas tué 12 civils", "ne pas avoir enlevé 30 élèves": a count after a negated verb
  is denied; "Les 20 otages n'ont pas été exécutés": the captives' death is denied;
- "aucun des 12 otages n'a été libéré": none of a counted whole is no count of none;
  "12 des 20 otages ont été tués": the whole, captives, are counted as captured too;
- "12 morts, soit huit soldats …", "27 hommes contre trois du côté de l'armée": a figure
  after "soit" or "contre" counts what the count before it counts.

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

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.french_count_after import (
    blown_up,
    bound_after,
    breakdowns,
    own_participle,
    vanished_dead,
    wounded_who_died,
)
from claimtrack.extraction.french_count_checks import (
    dead_and_wounded,
    failed,
    members_of_toll,
    own_clause,
    restated_by_figure,
    speaker_not_counted,
    succeeded,
    toll_moved,
    victims_alive,
)
from claimtrack.extraction.french_count_fired import munitions_fired
from claimtrack.extraction.french_count_forces import forces
from claimtrack.extraction.french_count_links import (
    enabled,
    kin,
    object_relatives,
    respectively,
    untied,
)
from claimtrack.extraction.french_count_noise import acting, without_noise
from claimtrack.extraction.french_count_nouns import (
    approximate,
    attacks_counted,
    captives_whole,
    one_after,
    one_beside,
    one_named,
    one_of_whole,
    out_of,
    part_of_named,
    uncounted,
    whole_of_parts,
)
from claimtrack.extraction.french_count_revised import revised
from claimtrack.extraction.french_count_strikes import (
    others_of_rounds,
    strikes_counted,
    strikes_hit,
)
from claimtrack.extraction.french_count_things import munitions_fell, one_harmed, one_struck
from claimtrack.extraction.french_count_together import counted_together
from claimtrack.extraction.french_count_without import none_without
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE


def _thing_destroyed(found: Found) -> Found:
    """ "quatre véhicules blindés ont été éliminés": things named first are not killed;
    "capturant des centaines de véhicules": nor are they captives, they are seized."""
    said = fold(found.subject or "").split()
    thing = bool(said) and bool(happenings.THING_RE.fullmatch(said[0]))
    if thing and found.claim_type in ("killed", "captured"):
        kind = "destroyed" if found.claim_type == "killed" else "seized"
        return replace(found, claim_type=kind)
    return found


_ZERO = re.compile(rf"(?:{numbers.ZERO_WORDS})$", _I)


def _victims_dead(found: Found) -> Found:
    """ "ont fait quatre victimes": victims counted are the dead (as annotators read them);
    "pas de victime" stays none of either."""
    said = fold(found.subject or "").lower().split()
    value = fold(found.value or "").lower()
    victims = found.claim_type == "casualties" and said[:1] in (["victimes"], ["victime"])
    return replace(found, claim_type="killed") if victims and not _ZERO.match(value) else found


def _parts_as_whole(counts: list[Found]) -> list[Found]:
    """ "les 30 victimes, dont 12 enfants": a part of victims counted dead is dead too."""
    out = []
    for f in counts:
        before = [g for g in counts if not g.subset and g.end <= f.start]
        whole = max(before, key=lambda g: g.end, default=None)
        if f.subset and f.claim_type == "casualties" and whole and whole.claim_type == "killed":
            f = replace(f, claim_type="killed")
        out.append(f)
    return out


# "estime le nombre de déplacés à 3000", "chiffre ses pertes à 12 hommes": the toll, then
# "à" and its figure; "le nombre de blessés a dépassé 200": the toll, then a verb of reaching.
_TOLL = (
    r"(?P<toll>le nombre(?: total)?|le bilan|le total|les pertes|ses pertes|leurs pertes"
    r"|nos pertes)(?:\s+(?:des|de|d')\s*(?P<noun>[\w-]+))?(?P<more>(?:\s+[\w-]+){0,2}?)"
)
_NAMED_BEFORE = (
    re.compile(
        rf"(?<![\w'-])(?:estim|evalu|chiffr|fix|port|situ|ramen)\w*\s+(?:(?:desormais|ainsi)\s+)?"
        rf"{_TOLL}\s+a\s+(?=\S)",
        _I,
    ),
    re.compile(
        rf"(?<![\w'-]){_TOLL}\s+(?:(?:a|avait)\s+)?(?:atteint|atteignait|depasse|depassait"
        r"|avoisine|avoisinait|frole|frolait|approche|approchait"
        # "le nombre de déplacés s'élève (s'établit) à 3000", "est de 45", "est passé à 30"
        r"|s'(?:elev(?:e|ent|ait|aient|erait|eraient)|(?:est\s+)?etabli(?:t|ssait)?)"
        r"\s+(?:(?:desormais|deja|ainsi)\s+)?a"
        r"|(?:est|etait|serait)\s+(?:(?:desormais|deja|passee?)\s+)?(?:de|a))"
        r"\s+(?:(?:desormais|deja)\s+)?(?=\S)",
        _I,
    ),
)


def _toll_type(m: re.Match) -> str | None:
    """The claim type of the toll named: its noun's ("déplacés"), "pertes", a bare "bilan"."""
    if noun := m.group("noun"):
        noun = noun.lower()
        # "le nombre de personnes enlevées": the participle after the noun names it
        more = [w for w in m.group("more").lower().split() if type_of_participle(w)]
        return (
            numbers.TOLL_NOUNS.get(noun)
            or type_of_participle(noun)
            or next((type_of_participle(w) for w in more), None)
        )
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
        if covered(counts, start, end):
            continue  # "porte le bilan à 21 morts": the rules read it, by its own noun
        if value := clean_value(text[start:end]):
            out.append(Found(kind, start, end, value, None, confidence=0.6, rule="toll"))
    return out


# The same measure again, right after a count and its noun: its breakdown after "soit"
# ("12 morts, soit huit soldats …"), the other side's figure after "contre" ("27 hommes
# contre trois du côté de l'armée").
_AGAIN = re.compile(r"(?:\s+[\w'-]+){0,3}?\s*,?\s*(?P<how>soit|contre)\s+", _I)
# "les soldats tués sont au nombre de 17": the toll, then its figure; "les personnes
# enlevées, au nombre de 25, …", "les personnes déplacées par les combats sont désormais
# au nombre de 45 000": its cause between, or an aside
_IN_NUMBER = re.compile(
    r"(?<![\w'-])(?:les|des)\s+(?P<noun>[\w-]+)(?:\s+(?P<more>[\w-]+))?"
    r"(?:\s+(?:par|lors|dans|pendant|a la suite)\s+[\w' -]{1,40}?)?"
    r"(?:\s*,\s*|\s*,?\s+(?:qui\s+)?(?:sont|etaient|seraient|serait|est)\s+(?:desormais\s+|toujours\s+)?)"
    r"au nombre (?:de\s+|d')",
    _I,
)
# "Les otages, au nombre de 12, ont été libérés": no longer held
_FREED_AFTER = re.compile(
    r"\s*,?\s*(?:ont|sont|avaient|etaient|ont tous|ont toutes)\s+(?:ete\s+)?"
    r"(?:liberee?s?|relachee?s?|secourue?s?|relaxee?s?)\b",
    _I,
)


def _again(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Figures that count again what the count before them counts (``_AGAIN``), and
    tolls "au nombre de" their figure (``_IN_NUMBER``), where no count was read."""
    out: list[Found] = []
    for start, end in uncounted(shade, counts):
        kind, subset = None, False
        before = [f for f in counts if f.end <= start and not f.subset]
        if before and (m := _AGAIN.fullmatch(shade, before[-1].end, start)):
            kind, subset = before[-1].claim_type, m.group("how").lower() == "soit"
        elif (m := _IN_NUMBER.search(shade, max(0, start - 120), start)) and m.end() == start:
            said = [w.lower() for w in m.group("noun", "more") if w]
            kind = next(filter(None, map(_noun_type, reversed(said))), None)
            kind = None if _FREED_AFTER.match(shade, end) else kind
        value = clean_value(text[start:end])
        if kind and value:
            found = Found(kind, start, end, value, None, confidence=0.6, rule="list")
            found.subset = subset
            out.append(found)
    return out


def _noun_type(word: str) -> str | None:
    return numbers.TOLL_NOUNS.get(word) or type_of_participle(word)


# "aucun des 12 otages", "aucune d'entre les 30 élèves": the none is of a counted whole
_OF_A_WHOLE = re.compile(r"\s+(?:des|d'entre(?:\s+les)?)\s+(?:[a-z]+\s+)?(?=\d)", _I)
# "12 des 20 otages", "trois des 30 captifs": the whole, captives, named after the part
_OF_CAPTIVES = re.compile(
    rf"\s+des\s+(?P<n>\d[\d\s.,]*\d|\d|[a-z]+)\s+(?P<noun>{numbers.CAPTIVE_NOUNS_FR})(?![\w-])",
    _I,
)


def _none_of_a_whole(shade: str, counts: list[Found]) -> list[Found]:
    """ "aucun des 12 otages n'a été libéré": a none typed by the whole's noun is no claim
    (the 12 captives are); "aucun des 40 soldats n'a été blessé": the none is the claim,
    the 40 the whole it is taken from, no count of the wounded."""
    drop = set()
    for f in counts:
        if not _ZERO.match(fold(f.value or "")) or not (m := _OF_A_WHOLE.match(shade, f.end)):
            continue
        if f.rule.endswith("toll noun"):
            drop.add(id(f))
            continue
        drop.update(
            id(c)
            for c in counts
            if f.end < c.start <= m.end() and c.claim_type == f.claim_type
            and not c.rule.endswith("toll noun")
        )  # fmt: skip
    return [f for f in counts if id(f) not in drop]


def _captives_of(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The captives a part is counted among: "12 des 20 otages ont été tués" gives the 20
    captured as well (the part keeps its own claim)."""
    out = []
    for f in counts:
        m = _OF_CAPTIVES.match(shade, f.end)
        if not m or f.claim_type == "captured" or any(c.start == m.start("n") for c in counts):
            continue
        if value := clean_value(text[m.start("n") : m.end("n")]):
            noun = text[m.start("noun") : m.end("noun")]
            out.append(Found("captured", m.start("n"), m.end("n"), value, noun, rule="toll noun"))
    return out


# A verb negated right before its count: "n'a pas tué 12 civils", "ne pas avoir enlevé
# 30 élèves", "n'ont jamais détruit 40 maisons" (not "pas moins de 12": that is the count's).
_NEGATED_VERB = re.compile(
    r"(?<![\w'])(?:n'(?:[a-z]+\s+){1,2}?(?:pas|jamais)|ne\s+(?:pas|jamais)\s+(?:avoir|etre)"
    # a reflexive verb: "ne se sont pas emparés de 12 véhicules", "ne s'est jamais emparé du"
    r"|ne\s+(?:se\s+|s')[a-z]+\s+(?:pas|jamais))"
    # ("emparés de 12": the "de" a verb takes, not "pas moins de 12")
    r"\s+(?:[a-z]+ment\s+)?[a-z]+\s+(?:(?:au moins|plus de|pres de|quelque|environ|les|des"
    r"|(?<!moins\s)de)\s+)?$",
    _I,
)

_NOT_ONLY = re.compile(r"(?:pas|jamais)\s+(?:seulement|uniquement|que)\b", _I)


def _denied_by_verb(shade: str, found: Found) -> Found:
    """A count after a negated verb is denied: "L'armée n'a pas tué 12 civils"."""
    m = _NEGATED_VERB.search(shade, max(0, found.start - 60), found.start)
    if found.stance != "asserts" or not m or _NOT_ONLY.search(m.group()):
        return found  # "n'ont pas seulement tué 12 civils": 12 and more
    return replace(found, stance="denies")


# "Les 20 otages n'ont pas été exécutés": captives counted, then what befell them denied
_CAPTIVES_DENIED = re.compile(
    rf"\s+(?:{numbers.CAPTIVE_NOUNS_FR})\s+n'(?:ont|avaient|auraient|a|avait)\s+"
    r"(?:pas|jamais)\s+ete\s+(?:[a-z]+ment\s+)?(?P<p>[a-z]+)",
    _I,
)


def _captives_denied(shade: str, counts: list[Found]) -> list[Found]:
    """What a count of captives is denied to have undergone: "Les 20 otages n'ont pas été
    exécutés" gives the 20 killed, denied (the 20 captured stay asserted)."""
    out = []
    for f in counts:
        m = _CAPTIVES_DENIED.match(shade, f.end) if f.claim_type == "captured" else None
        kind = type_of_participle(m.group("p")) if m else None
        if kind and kind != "captured":
            out.append(replace(f, claim_type=kind, stance="denies", rule="participle"))
    return out


def revise(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A French sentence's counts, set right (module docstring).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Le bilan est passé de 14 à 21 morts."
        >>> toll = Found("killed", 19, 29, "de 14 à 21")
        >>> [(f.value, f.start) for f in revise(shadow(text), text, [toll])]
        [('21', 27), ('14', 22)]
    """
    counts = revised(shade, text, _none_of_a_whole(shade, untied(shade, counts)))
    kept = [
        _denied_by_verb(shade, _victims_dead(_thing_destroyed(f)))
        for f in counts
        if not (f.rule in ("participle", "parse") and acting(shade, f))
    ]
    kept = without_noise(shade, text, munitions_fell(_parts_as_whole(kept)))
    kept += revised(shade, text, _named_before(shade, text, kept))
    kept += enabled(shade, text, kept)
    kept += object_relatives(shade, text, kept)
    kept += kin(shade, text, kept)
    kept = respectively(shade, text, kept)
    kept += strikes_hit(shade, text, kept)
    kept += munitions_fired(shade, text, kept)
    kept += others_of_rounds(shade, text, kept)
    kept += _captives_of(shade, text, kept)
    kept += _captives_denied(shade, kept)
    kept = out_of(shade, text, one_of_whole(shade, text, approximate(shade, text, kept)))
    kept = part_of_named(shade, text, kept)
    kept += one_beside(shade, text, kept) + one_after(shade, text, kept)
    kept += one_named(shade, text, kept)
    kept = captives_whole(shade, text, kept)
    kept += strikes_counted(shade, text, kept)
    kept += attacks_counted(shade, text, kept) + forces(shade, text, kept)
    kept += one_struck(shade, text, kept) + one_harmed(shade, text, kept)
    kept += whole_of_parts(shade, text, kept)
    kept += members_of_toll(shade, text, kept)
    kept = dead_and_wounded(shade, counted_together(shade, text, kept))
    kept = speaker_not_counted(shade, restated_by_figure(shade, kept))
    kept = own_clause(shade, victims_alive(shade, toll_moved(kept)))
    kept = failed(shade, kept + succeeded(shade, text, kept))
    kept = bound_after(shade, text, breakdowns(shade, text, blown_up(shade, kept)))
    kept = wounded_who_died(shade, vanished_dead(shade, own_participle(shade, kept)))
    return none_without(shade, kept + _again(shade, text, kept))

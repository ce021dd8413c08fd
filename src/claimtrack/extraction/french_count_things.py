"""French things struck one at a time, named by a determiner rather than a figure: one
post attacked, one depot destroyed.

- a singular target at the head of a passive of attack is one place attacked ("Une
  position des rebelles (CPC) a été attaquée", "le poste de X a été visé", "une
  patrouille a été prise à partie", "Le village de X, situé à …, a été la cible d'une
  attaque"; ``one_struck``);
- the same target after an active verb or a noun of attack ("L'attaque a visé une
  compagnie", "une attaque contre leur position"; ``one_struck``), where the sentence
  counts nothing else (else the attack is the setting of its count: "tués lors d'une
  attaque contre leur position"); a definite or possessive target ("le poste", "leur position")
  is the place the report is about and carries no figure, an indefinite one counts one;
- munitions counted as fallen are shelling, not dead ("onze obus sont tombés sur la
  ville"; ``munitions_fell``);
- a singular thing at the head of a passive of harm, or after an infinitive a modal
  governs, is one thing harmed ("le camp a été détruit", "ont pu détruire le dépôt";
  ``one_harmed``), and things counted at the head of a list whose participle follows
  its last item ("douze motos, de l'armement et des munitions ont été saisis";
  ``french_count_lists``).

A plural ("les postes"), a negation ("n'a pas été attaqué") or a count already read of
that claim type leaves the sentence to the other rules.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Un poste de Bana a été attaqué vers 2h00, a indiqué l'armée."
    >>> [(f.claim_type, f.value) for f in one_struck(shadow(text), text, [])]
    [('attacked', 'Un poste')]
    >>> text = "Le poste de Bana a été attaqué vers 2h00, a indiqué l'armée."
    >>> [(f.claim_type, f.value) for f in one_struck(shadow(text), text, [])]
    [('attacked', None)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.french_count_lists import listed_counts
from claimtrack.extraction.lexicon import happenings, targets_fr
from claimtrack.extraction.lexicon.inflection import forms
from claimtrack.extraction.predicates import type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE
_HARM = ("destroyed", "damaged", "seized")
# where a clause's subject may open: the sentence, a mark, "que", "et", "puis", "mais"
_START = r"(?:^|(?<=[,;:\"«(])|(?<![\w'-])(?:(?:que|et|puis|mais|dont)(?=\s)|qu'))\s*"
_ADVERB = r"(?:(?:[a-z]+ment|aussi|egalement|deja|d'abord|ensuite)\s+)?"
# a finite verb between the subject and "a été" belongs to another clause (read in the
# text: the shade's "a" is also "à")
_FINITE = re.compile(r"(?<![\w'-])(?:a|ont|est|sont|avait|avaient|etait|etaient)\s", _I)


@lru_cache(maxsize=1)
def _one_re() -> str:
    """A determiner naming one target and its noun (groups ``value``, ``noun``)."""
    nouns = f"{happenings.THING_NOUNS}|{targets_fr.UNIT_NOUNS}"
    return rf"(?P<value>(?:{targets_fr.ONE_DETERMINER})(?P<noun>{nouns}))(?![\w-])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    one = _one_re()
    # the subject, then what stands between it and "a été" (an aside, its complement)
    subject = re.compile(rf"{_START}{one}(?P<rest>[^;.!?]{{0,150}}?)\s*,?\s*$", _I)
    struck = re.compile(
        rf"(?<![\w'-])(?:a|avait|aurait|aura)\s+ete\s+{_ADVERB}{targets_fr.STRUCK_AFTER_AUX}"
        r"(?:(?<=')|(?![\w-]))",  # "la cible d'une attaque": the elision ends the word
        _I,
    )
    before = re.compile(
        rf"(?<![\w-])(?:(?P<finite>{targets_fr.STRUCK_BY_VERB})|{targets_fr.STRUCK_BY_NOUN})"
        rf"\s+{one}",
        _I,
    )
    harmed = re.compile(
        rf"(?<![\w'-])(?:a|avait|aurait|aura)\s+ete\s+{_ADVERB}(?P<p>[a-z]+)(?![\w-])", _I
    )
    return subject, struck, before, harmed


# An attack noun is the setting of the sentence's count unless it opens its clause:
# "lors d'une attaque contre", "dans l'embuscade tendue à", "après l'assaut sur"
_SETTING_AT = (
    r"(?<![\w'-])(?:lors|dans|au cours|pendant|durant|apres|suite|a la suite|en marge|par)"
    r"(?:\s+(?:de|d'|du|des|a|au))?\s*(?:l'|la|le|les|une?|leur|cette|ces)?\s*"
)
_SETTING = re.compile(rf"{_SETTING_AT}$", _I)
# ... also when its relative clause strikes the target: "tués dans une attaque qui a visé
# le poste"
_SETTING_RELATIVE = re.compile(
    rf"{_SETTING_AT}(?:[\w-]+\s+){{0,2}}?(?:attaques?|assauts?|raids?|offensives?|embuscades?)"
    r"(?:\s+[\w-]+){0,3}?\s+qui\s+$",
    _I,
)

# ... or a clause of time or cause: "tués lorsqu'ils ont attaqué le poste"
_WHEN = re.compile(
    r"(?<![\w'-])(?:lorsqu'|lorsque|quand|alors qu'|alors que|apres qu'|apres que|pendant qu'"
    r"|pendant que|tandis qu'|tandis que|parce qu'|parce que|puisqu'|puisque)\s*"
    r"(?:[\w'-]+\s+){0,3}$",
    _I,
)


def _singular(noun: str) -> bool:
    return not noun.endswith(("s", "x")) or bool(re.fullmatch(r"\w*(?:is|as|os|us)", noun))


def _subject_before(shade: str, text: str, end: int) -> re.Match | None:
    """The singular target that opens the clause ending at ``end``, with no other finite
    verb between them."""
    subject = _patterns()[0]
    m = subject.search(shade, max(0, end - 200), end)
    if not m or not _singular(m.group("noun")):
        return None
    rest = re.sub(r"\([^()]*\)", "", text[m.start("rest") : m.end("rest")])  # "(CPC)": no verb
    if "," in shade[m.end("rest") : end]:
        # "Le convoi, qui devait sécuriser les écoles, a été attaqué": the relative's verb
        rest = re.split(r"(?<![\w'-])(?:qui|dont|où)(?![\w'-])", rest, maxsplit=1)[0]
    return None if _FINITE.search(rest) else m


def _found(kind: str, text: str, m: re.Match, rule: str) -> Found:
    start, end = m.span("value")
    noun = text[m.start("noun") : m.end("noun")]
    return Found(kind, start, end, text[start:end], noun, confidence=0.6, rule=rule)


_INDEFINITE = re.compile(r"une?\s", _I)


def _target(text: str, m: re.Match) -> Found:
    """One target attacked: "un poste" counts one; a definite or possessive target ("le
    camp", "leur position") is the place the report is about, named without a figure."""
    found = _found("attacked", text, m, "one struck")
    return found if _INDEFINITE.match(found.value) else replace(found, value=None)


def one_struck(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One target attacked, named by its determiner (module docstring), where no count of
    an attack or of its attackers was read ("40 hommes ont attaqué le poste" tells the
    attack by its attackers; "ont mené deux raids aériens sur la ville" by its strikes)."""
    if any(
        f.claim_type in ("attacked", "attackers")
        or (f.claim_type == "shelling" and f.rule == "toll noun")
        for f in counts
    ):
        return []
    _subject, struck, before, _harmed = _patterns()
    for aux in struck.finditer(shade):
        if m := _subject_before(shade, text, aux.start()):
            return [_target(text, m)]
    for m in before.finditer(shade):
        # "lors d'une attaque contre leur position, 5 soldats …": the count's setting; a
        # finite verb ("ont attaqué le poste") or an attack opening its clause ("Une
        # embuscade tendue à un convoi a fait 51 morts") is a claim of its own
        setting = counts and (
            _SETTING_RELATIVE.search(shade, 0, m.start()) or _WHEN.search(shade, 0, m.start())
            if m.group("finite")
            else _SETTING.search(shade, 0, m.start())
        )
        if _singular(m.group("noun")) and not setting:
            return [_target(text, m)]
    return []


# an infinitive a modal governs: "ont pu détruire", "a permis de saisir", "ont réussi à"
_MODAL = re.compile(
    r"(?<![\w'-])(?:pu|reussi\s+a|permis\s+de|parvenue?s?\s+a)\s+(?P<v>[a-z]+(?:er|ir|re))\s+", _I
)


@lru_cache(maxsize=1)
def _one_at() -> re.Pattern:
    return re.compile(_one_re(), _I)


def _infinitive_type(word: str) -> str | None:
    participles = forms(word, "fr", "part")
    return type_of_participle(participles[0]) if participles else None


def one_harmed(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One thing destroyed, damaged or seized, named by its determiner (module docstring),
    where no count of that claim type was read."""
    out: list[Found] = []
    taken = {f.claim_type for f in counts}
    harmed = _patterns()[3]
    for aux in harmed.finditer(shade):
        kind = type_of_participle(aux.group("p"))
        m = _subject_before(shade, text, aux.start()) if kind in _HARM else None
        if m and kind not in taken and happenings.THING_RE.fullmatch(m.group("noun")):
            out.append(_found(kind, text, m, "one harmed"))
            taken.add(kind)
    for v in _MODAL.finditer(shade):
        kind = _infinitive_type(text[v.start("v") : v.end("v")])
        m = _one_at().match(shade, v.end())
        fits = m and _singular(m.group("noun")) and not covered(counts, *m.span("value"))
        if kind in _HARM and kind not in taken and fits:
            out.append(_found(kind, text, m, "one harmed"))
            taken.add(kind)
    return out + listed_counts(shade, text, [*counts, *out])  # "12 motos, de l'armement et"


# munitions that fall or land: "onze obus étaient tombés", "12 roquettes sont tombées"
_MUNITIONS = re.compile(targets_fr.MUNITION_NOUNS, _I)


def munitions_fell(counts: list[Found]) -> list[Found]:
    """Counts of munitions read as dead ("tombés") are counts of shelling."""
    return [
        replace(f, claim_type="shelling", rule="munitions fell")
        if f.claim_type == "killed" and _MUNITIONS.fullmatch(fold(f.subject or "").strip())
        else f
        for f in counts
    ]

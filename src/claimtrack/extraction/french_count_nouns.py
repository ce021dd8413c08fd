"""French counts named by their noun or beside one person, where the bilingual rules read
none or the wrong one:

- attacks counted by their noun are attacks claimed ("a fait état de 3 attaques", "ont été
  la cible de deux attaques", "trois assauts ont visé …": ``attacks_counted``);
- one person named by an article before a counted group shares its claim ("Le maire et
  deux conseillers ont été enlevés": 1 and 2 captured; ``one_beside``), and after one
  ("six assaillants tués, ainsi qu'un civil": 6 and 1 killed; ``one_after``), and one
  person named by a determiner and a name ("leur chef, Ali Sow, a été tué": 1 killed;
  ``one_named``);
- one of a counted whole is one ("l'un des 12 assaillants a été tué": 1 killed, not 12;
  ``one_of_whole``);
- an adjective inside an approximate count ("une bonne dizaine") and a share or a crowd
  ("une partie des soldats", "une foule de civils": no one) (``approximate``);
- a part of a whole its participle names ("l'un des 12 soldats blessés a succombé": 12
  wounded, 1 killed; ``part_of_named``);
- the whole a part is counted out of is no claim ("12 soldats sur les 30 ont été tués":
  ``out_of``);
- the captives a part is taken from are held, whatever befell the part ("trois des 30
  otages ont été libérés": 30 captured; ``captives_whole``);
- a whole its parts follow with "dont" and no comma has their claim ("23 civils dont 15
  enfants et deux femmes sont morts": 23 killed too; ``whole_of_parts``).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "L'armée a fait état de 3 attaques."
    >>> [(f.claim_type, f.value) for f in attacks_counted(shadow(text), text, [])]
    [('attacked', '3')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.french_count_one_of import one_of_uncounted
from claimtrack.extraction.french_count_whom import one_relative
from claimtrack.extraction.lexicon import happenings, numbers
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import type_of_participle, type_of_verb
from claimtrack.text import fold

_I = re.IGNORECASE


def uncounted(shade: str, counts: list[Found]) -> Iterator[tuple[int, int]]:
    """The figures of a sentence (no "un", date or measure) where no count was read."""
    for q in quantity_re().finditer(shade):
        start, end = q.span("value")
        if q.group("one") or not_a_count(q, shade):
            continue
        if not covered(counts, start, end):
            yield start, end


# "3 attaques", "deux nouvelles attaques", "trois assauts", "cinq attentats-suicides": the
# noun right after the figure (an adjective may come first) is of attacks.
_ATTACKS = re.compile(
    r"\s+(?:(?:nouvelles?|autres|violentes?|meurtrieres?)\s+)?(?:attaques|assauts|raids"
    r"|embuscades|attentats(?:-suicides?)?|incursions)(?![\w-])",
    _I,
)


# Attacks named as the setting of what the sentence counts, or as ones already told of,
# are no claim of attacks: "tués dans deux attaques", "lors de trois attaques", "le bilan
# des deux attaques", "ces trois attaques"
_SETTING = re.compile(
    r"(?<![\w'-])(?:les|des|ces|leurs|ses|dans|lors de|lors d'|au cours de|au cours d'|pendant"
    r"|durant|en)\s*$",
    _I,
)


def attacks_counted(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Figures of attacks named by their noun (``_ATTACKS``) where no count was read, unless
    named as a setting (``_SETTING``)."""
    out = []
    for start, end in uncounted(shade, counts):
        m = _ATTACKS.match(shade, end)
        if (
            m
            and not _SETTING.search(shade, max(0, start - 20), start)
            and (value := clean_value(text[start:end]))
        ):
            noun = text[end : m.end()].split()[-1]
            out.append(Found("attacked", start, end, value, noun, confidence=0.6, rule="toll noun"))
    return out


# One person named by an article, then "et" and the counted group: "Le maire et deux
# conseillers", "le chef du village et cinq de ses proches", "un officier et 12 soldats".
_ONE_BEFORE = re.compile(
    r"(?P<value>(?:(?:le|la|un|une)\s+|l'\s*)(?P<subj>[\w-]+)"
    r"(?:\s+(?:(?:du|de la|de l'|des|d')\s*)?[\w-]+){0,2}?)\s+(?:et|ainsi que)\s+$",
    _I,
)
_PERSON = re.compile(rf"(?:{numbers.ONE_PERSON_NOUNS}|{numbers.KIN_NOUNS})", _I)
# where the person's phrase starts: a clause's start ("Selon X, le maire", "que le maire")
# or right after the claim's verb ("ont enlevé le maire et deux conseillers")
_START = re.compile(r"(?:^|[,;:\"«]|(?<![\w'-])(?:que|qu'))\s*$|(?<![\w'-])(?P<v>[a-z]+)\s+$", _I)
_OF_PEOPLE = frozenset({"killed", "wounded", "captured", "missing"})
# things one by one beside counted things: "le véhicule et deux motos ont été incendiés"
_OF_THINGS = frozenset({"destroyed", "damaged", "seized"})


def _one_of_kind(word: str, kind: str) -> bool:
    """Whether a noun names one of what a claim type counts: a person, a thing."""
    if kind in _OF_PEOPLE:
        return bool(_PERSON.fullmatch(word))
    return kind in _OF_THINGS and bool(happenings.THING_RE.fullmatch(word))


def one_beside(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One person before a counted group of people (``_ONE_BEFORE``), with its claim."""
    out: list[Found] = []
    for f in counts:
        if f.subset or f.stance != "asserts":
            continue
        m = _ONE_BEFORE.search(shade, max(0, f.start - 60), f.start)
        if not m or not _one_of_kind(m.group("subj"), f.claim_type):
            continue
        start = _START.search(shade, max(0, m.start() - 40), m.start())
        verb = start.group("v") if start else None
        if not start or (verb and (type_of_verb(verb) or type_of_participle(verb)) != f.claim_type):
            continue
        vs, ve = m.span("value")
        if not any(g.start < ve and vs < g.end for g in [*counts, *out]):
            subject = text[m.start("subj") : m.end("subj")]
            out.append(Found(f.claim_type, vs, ve, text[vs:ve], subject, confidence=0.6,
                             rule="one participle"))  # fmt: skip
    return out


# One person named by an article after a counted group, in the same list: "six
# assaillants tués, ainsi qu'un civil", "15 dans les rangs des rebelles et un membre des
# forces onusiennes" (up to six words between, no second "et")
_ONE_AFTER = re.compile(
    r"(?P<gap>(?:\s+(?!et\s)[^\s,;.:!?\"«»()]+){0,6}?)\s*,?\s+(?:et|ainsi\s+qu(?:e\s+|'))"
    r"\s*(?P<value>une?\s+(?P<subj>[\w-]+))(?![\w'-])",
    _I,
)
# what the one person undergoes, if named: "et un civil blessé", "et un chef du village enlevé"
_OWN_AFTER = re.compile(r"(?:\s+(?:du|de la|de l'|des|d')\s*[\w-]+){0,2}\s+(?P<p>[a-z]+)", _I)
_FINITE = re.compile(r"(?<![\w'-])(?:a|ont|est|sont|avait|avaient|était|étaient)\s", _I)


def one_after(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One person after a counted group of people (``_ONE_AFTER``), with its claim."""
    out: list[Found] = []
    for f in counts:
        m = _ONE_AFTER.match(shade, f.end)
        if not m or f.stance != "asserts" or f.claim_type not in _OF_PEOPLE:
            continue
        own = _OWN_AFTER.match(shade, m.end())
        kind = type_of_participle(own.group("p")) if own else None
        gap = text[m.start("gap") : m.end("gap")]  # in the text: the shade's "a" is also "à"
        if _FINITE.search(gap) or (kind and kind != f.claim_type):
            continue
        if not _PERSON.fullmatch(m.group("subj")) or covered([*counts, *out], *m.span("value")):
            continue
        vs, ve = m.span("value")
        found = Found(f.claim_type, vs, ve, text[vs:ve], text[m.start("subj") : ve],
                      confidence=0.6, rule="one after")  # fmt: skip
        found.subset = f.subset
        out.append(found)
    return out


# One person named by a determiner and a name, subject of a passive: "leur chef, Ali Sow,
# a été tué", "le chef rebelle Ali Sow a été tué", "Leur chef, Ali alias « Bobo » a été
# tué" (a name in capitals, after a comma or right after up to two words)
_NAMED_ONE = re.compile(
    r"(?:^|(?<=[,;:\"«])|(?<![\w'-])(?:que|qu'|et)(?=[\s']))\s*"
    r"(?P<value>(?:le|la|leur|son|sa|notre)\s+(?P<subj>[\w-]+))"
    r"(?:\s+[a-z][\w-]*){0,2}?\s*,?\s+[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|alias|dit))*"
    r"(?:\s*\"[^\"]{1,30}\")?(?:\s*,\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)?"  # "de Kadi, Ali Sow"
    r"\s*,?\s+(?:a|avait|aurait)\s+ete\s+"
    r"(?:(?:[a-z]+ment|aussi|egalement)\s+)?(?P<p>[a-z]+)(?![\w-])"
)


def one_named(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One person named by a determiner and a name, subject of a passive of a claim about
    people (``_NAMED_ONE``), where nothing was counted there."""
    out = []
    for m in _NAMED_ONE.finditer(shade):
        kind = type_of_participle(m.group("p"))
        vs, ve = m.span("value")
        if kind not in _OF_PEOPLE or not _PERSON.fullmatch(m.group("subj").lower()):
            continue
        if not covered([*counts, *out], vs, m.end()):
            out.append(Found(kind, vs, ve, text[vs:ve], text[m.start("subj") : ve],
                             confidence=0.6, rule="one named"))  # fmt: skip
    return out + one_relative(shade, text, [*counts, *out])  # "un chef, qui a été tué"


# "l'un des 12 assaillants", "l'une d'entre les 30 victimes": one of a counted whole
_OWN_PARTICIPLE = re.compile(r"\s+[\w-]+\s+(?P<p>[a-z]+)", _I)
_ONE_OF = re.compile(r"(?<![\w'-])(?P<one>l'\s*une?|une?)\s+(?:des|d'entre(?:\s+les)?)\s+$", _I)


def one_of_whole(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A count of a whole one of whom is said to undergo the claim: that one, not the whole
    ("l'un des 12 assaillants a été tué": 1 killed); a whole its noun makes a claim keeps
    it ("l'un des 40 blessés est mort": 40 wounded too). A whole whose own participle gave
    the claim stays ("l'une des 30 élèves enlevées …": 30 captured). One of a whole
    right after a verb of harm is ``one_of_uncounted``'s ("ont incendié l'une des bases")."""
    out = []
    for f in counts:
        m = _ONE_OF.search(shade, max(0, f.start - 20), f.start)
        own = _OWN_PARTICIPLE.match(shade, f.end)
        if own and type_of_participle(own.group("p")) == f.claim_type:
            m = None
        if m and f.stance == "asserts" and f.rule in ("participle", "parse"):
            noun = fold(f.subject or "").lower()
            if (kind := numbers.TOLL_NOUNS.get(noun)) and kind != f.claim_type:
                out.append(replace(f, claim_type=kind, rule="toll noun"))
            start, end = m.span("one")
            f = replace(f, start=start, end=end, value=text[start:end])
        out.append(f)
    # the "un" of "l'un" read on its own is the same one, counted once
    ones = [f for f in out if f.value and f.value.lower().startswith("l'")]
    out = [f for f in out if not any(o is not f and o.start <= f.start < o.end for o in ones)]
    return out + one_of_uncounted(shade, text, out)  # "ont incendié l'une des bases"


# "une bonne dizaine", "une petite vingtaine": an adjective inside an approximate count
_GOOD_SOME = re.compile(r"(?P<a>une)\s+(?:bonne|petite|grosse|large)\s+(?P<n>[a-z]+aine)s?\b", _I)


# "une partie des soldats", "une foule de civils", "un groupe de soldats": a share or a
# crowd, not one
_SHARE = re.compile(
    r"(?:(?:grande|bonne|petite|large)\s+)?(?:partie|majorite|minorite|moitie|foule|multitude"
    r"|poignee|groupe|nombre)(?![\w-])",
    _I,
)


def approximate(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """ "une bonne dizaine de soldats": one count of about ten, not "une" and "dizaine";
    "une partie des soldats": no count of one."""
    counts = [
        f
        for f in counts
        if not (
            fold(f.value or "").lower() in ("un", "une") and _SHARE.match(fold(f.subject or ""))
        )
    ]
    for m in _GOOD_SOME.finditer(shade) if "aine" in shade else ():
        parts = [f for f in counts if m.start() <= f.start < m.end()]
        after = [f for f in parts if f.start == m.start("n")]
        if not after:
            continue
        value = f"{text[m.start('a') : m.end('a')]} {text[m.start('n') : m.end('n')]}"
        whole = replace(after[0], start=m.start(), value=value)
        counts = [f for f in counts if f not in parts] + [whole]
    return counts


# "12 soldats sur les 30", "trois sur 40": the whole a part is counted out of
_OUT_OF = re.compile(
    r"(?<![\w'-])(?P<part>\d[\d\s.,]*?)(?P<noun>(?:\s+[a-z][\w'-]*){0,2})\s+sur\s+(?:les\s+)?$", _I
)


def out_of(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts with the whole a part is counted out of read as the part ("12 soldats sur les
    30 ont été tués": 12 killed, the 30 no claim)."""
    if " sur " not in shade:
        return counts
    out = []
    for f in counts:
        m = _OUT_OF.search(shade, max(0, f.start - 40), f.start)
        if m:
            start, end = m.span("part")
            if any(g.start < end and start < g.end for g in counts):
                continue
            noun = text[m.start("noun") : m.end("noun")].strip() or None
            f = replace(f, start=start, end=end, value=text[start:end].strip(), subject=noun)
        out.append(f)
    return out


# "deux des 12 soldats blessés ont succombé", "l'une des 30 élèves enlevées a été retrouvée
# morte": a part of a whole its participle names, then what befell the part
_PART_OF_NAMED = re.compile(
    rf"(?<![\w'-])(?P<part>l'\s*une?|une?|\d[\d\s.,]*?|{numbers.NUMBER_WORDS})\s+"
    rf"(?:des|d'entre les)\s+(?P<n>\d[\d\s.,]*\d|\d|{numbers.NUMBER_WORDS})\s+"
    r"(?P<noun>[\w-]+)\s+(?P<mod>[a-z]+)(?:\s+[^,;.:\d]{0,40}?)??\s+"
    r"(?:ont|a|sont|est|avaient|avait|auraient|aurait)\s+(?:ete\s+)?(?:[a-z]+ment\s+)?"
    r"(?P<main>[a-z]+(?:\s+[a-z]+)?)",
    _I,
)


def _main_type(words: str) -> str | None:
    """The claim type of the main verb's participle, of two words or one ("retrouvée
    morte", "succombé")."""
    return type_of_participle(words) or type_of_participle(words.split()[0])


def part_of_named(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A part of a whole its participle names (``_PART_OF_NAMED``): the whole has that
    participle's claim, the part the main verb's ("l'un des 12 soldats blessés a succombé":
    12 wounded, 1 killed), in place of what was read there."""
    for m in _PART_OF_NAMED.finditer(shade) if " des " in shade or "d'entre" in shade else ():
        whole, main = type_of_participle(m.group("mod")), _main_type(m.group("main"))
        if whole not in _OF_PEOPLE or main == whole:
            continue  # "trois des 30 soldats déployés": the 3 only, as in English
        spans = [m.span("part"), m.span("n")]
        counts = [f for f in counts if not any(f.start < e and s < f.end for s, e in spans)]
        noun = text[m.start("noun") : m.end("noun")]
        for (start, end), kind in zip(spans, (main, whole), strict=True):
            if kind and (value := text[start:end].strip()):
                counts.append(Found(kind, start, end, value, noun, confidence=0.6, rule="list"))
    return counts


# "trois des 30 otages", "l'un des 12 captifs", "la plupart des 40 prisonniers": a part,
# then the whole of captives it is taken from
_PART = rf"(?:\d[\d\s.,]*|{numbers.NUMBER_WORDS}|l'\s*une?|la plupart|la moitie|une partie)"
_OF_CAPTIVES = re.compile(
    rf"(?<![\w'-]){_PART}\s+des\s+(?P<n>\d[\d\s.,]*\d|\d)\s+"
    rf"(?P<noun>{numbers.CAPTIVE_NOUNS_FR})(?![\w-])",
    _I,
)


def captives_whole(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The captives a part is counted among (``_OF_CAPTIVES``), where no count was read
    there: "trois des 30 otages ont été libérés" gives the 30 captured. The part is no
    capture by the whole's noun ("sept des 20 prisonniers se sont évadés": 20 only)."""
    out = list(counts)
    for m in _OF_CAPTIVES.finditer(shade) if " des " in shade else ():
        start, end = m.span("n")
        part = [f for f in out if f.end <= m.start("n") and f.start >= m.start()]
        out = [f for f in out if not (f in part and f.rule == "toll noun")]
        if covered(out, start, end):
            continue
        if value := clean_value(text[start:end]):
            noun = text[m.start("noun") : m.end("noun")]
            out.append(Found("captured", start, end, value, noun, rule="toll noun"))
    return out


# "23 civils dont 15 enfants et deux femmes sont morts": the whole, its noun (a word or
# two), then "dont" and the first part, with no comma before "dont" (a comma is read already)
_WHOLE_OF = re.compile(r"(?P<noun>(?:\s+[a-z][\w'-]*){1,2}?)\s+dont\s+", _I)


def whole_of_parts(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """A figure right before "dont" and the first of its parts, where no count was read,
    has the claim of the parts (``_WHOLE_OF``)."""
    out: list[Found] = []
    for start, end in uncounted(shade, counts) if " dont " in shade else ():
        m = _WHOLE_OF.match(shade, end)
        if not m:
            continue
        part = [f for f in counts if f.start >= m.end() and f.start - m.end() < 3]
        kind = part[0].claim_type if part else None
        value = clean_value(text[start:end])
        if kind in _OF_PEOPLE and part[0].stance == "asserts" and value:
            noun = text[m.start("noun") : m.end("noun")].strip()
            out.append(Found(kind, start, end, value, noun, confidence=0.6, rule="whole"))
    return out

"""What ties a French count to its predicate, or unties it, where the bilingual rules read
the words one way only:

- an aside between an auxiliary and its participle ("12 soldats ont, selon l'armée, été
  tués", "ont été, dimanche, tués"), between a claim's verb and its count ("ont enlevé,
  dans la nuit, 20 femmes"), between a claim's noun and its "de" ("la mort, dimanche, de
  12 soldats", "l'exécution sommaire de"), and a person's age ("un garçon de 12 ans") are
  blanked in the shadow the count rules read (``closed``), as is a day after the verb
  ("déclarent avoir tué dimanche, une trentaine de soldats");
- each infinitive of a "permis de" chain names its claim ("a permis de neutraliser 20
  terroristes, de saisir 10 armes et de détruire 3 véhicules": ``enabled``);
- a count that is the object of a relative clause has its claim and its clause's ("les 30
  otages que les rebelles avaient enlevés ont été tués": ``object_relatives``);
- a person named by a possessive ends a list of people ("une femme et son mari": ``kin``);
- two counts pair with two participles in order ("respectivement": ``respectively``);
- captives counted as they are freed are no capture ("de libérer 3 otages", "Les 50
  otages, dont 10 étrangers, ont été libérés"), nor is what may only happen ("risquent
  d'être tués") (``untied``);
- a force to be deployed is no presence claimed now ("300 soldats seront déployés", "va
  déployer 1000 soldats", "a annoncé que 300 soldats seraient déployés": ``untied``); a
  conditional alone ("300 soldats seraient déployés à Gao, selon X") is hearsay of the
  present and stays.

Example:
    >>> closed("12 soldats ont, selon l'armee, ete tues.")
    '12 soldats ont                 ete tues.'
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.french_count_asides import subject_asides
from claimtrack.extraction.lexicon import happenings, numbers, tables
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import objects, type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE


# An aside that parts an auxiliary from its participle ("ont, selon l'armée, été tués",
# "ont été, dimanche, tués") or a claim's noun from its "de" ("la mort, dimanche, de 12
# soldats"): one or two stretches between commas, short, with no stop or quotation.
_ASIDE = r"\s*,\s*[^,;:.!?\"«»()]{1,60}?(?:\s*,\s*[^,;:.!?\"«»()]{1,60}?)?\s*,\s*"
_AUX = (
    r"(?:ont|a|avaient|avait|auraient|aurait|auront|aura|sont|est|etaient|etait|seraient"
    r"|serait|seront|sera|aient|ait|soient|soit)(?:\s+ete)?"
)
# what may follow: "été", or a participle's shape ("tués", "détruits", "pris", "perdu",
# "morts"), an adverb in "-ment" before it ("grièvement blessés")
_PARTICIPLE_NEXT = (
    r"(?=(?:[a-z]+ment\s+)?(?:ete|[a-z]{2,}(?:e|es|ee|ees|is|ise|ises|it|its|ite|ites|u|us"
    r"|ue|ues|t|ts)|portee?s?)(?![\w'-]))"
)
# ("n'a, dimanche, été tué": after a negation's "n'" too)
_AUX_ASIDE = re.compile(rf"(?:(?<=n')|(?<![\w'-])){_AUX}(?P<aside>{_ASIDE}){_PARTICIPLE_NEXT}", _I)
# or between a claim's verb and its count: "ont enlevé, dans la nuit de samedi, 20 femmes"
_VERB_ASIDE = re.compile(
    r"(?<![\w'-])(?:ont|a|avaient|avait|auraient|aurait|aient|ait)\s+(?:[a-z]+ment\s+)?"
    r"(?P<verb>[a-z]+)(?P<aside>\s*,\s*[^,;:.!?\"«»()]{1,60}?\s*,\s*)",
    _I,
)
# or a short adverbial phrase, without commas: "ont tué dans la nuit 12 civils", "ont
# neutralisé au cours de l'opération 12 terroristes", "dit avoir tué à Gao 3 soldats" (words
# only: no figure, no second verb or clause in it)
_VERB_PP = re.compile(
    r"(?<![\w'-])(?:ont|a|avaient|avait|auraient|aurait|aient|ait|avoir)\s+(?:[a-z]+ment\s+)?"
    r"(?P<verb>[a-z]+)(?P<aside>\s+(?:dans|par|a|au|aux|en|lors|pendant|durant|apres|avant"
    r"|sur|vers|depuis)(?:\s+(?!(?:qui|que|qu|ont|a|avait|avaient|sont|est|et|ou|mais|dont)"
    r"(?![\w'-]))[a-z][\w'-]*){1,6}?)\s+"
    rf"(?=\d|(?:au moins|plus|pres|environ|quelque|une?|des|plusieurs|{numbers.NUMBER_WORDS})\s)",
    _I,
)
# or a day, a comma after it or not: "ont tué samedi soir 12 civils", "affirment avoir tué
# dimanche, une trentaine de soldats" (an infinitive's "avoir" too)
_WHEN = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier|la veille"
    r"|ce week-end|cette semaine|cette nuit)(?:\s+(?:matin|soir|midi|apres-midi|dernier|derniere"
    r"|soir|nuit))?"
)
_DAYS = re.compile(r"di\b|dimanche|hier|veille|week-end|semaine|nuit", _I)
_VERB_WHEN = re.compile(
    r"(?<![\w'-])(?:ont|a|avaient|avait|auraient|aurait|aient|ait|avoir)\s+(?:[a-z]+ment\s+)?"
    rf"(?P<verb>[a-z]+)(?P<aside>\s+{_WHEN}\s*,?)\s+",
    _I,
)
# or one adjective there ("l'exécution sommaire de 14 civils"), unless it makes the claim
# one to come or in doubt ("le déploiement prochain de", "la prétendue mort de")
_NOUN_ASIDE = re.compile(
    rf"(?<![\w'-])(?P<noun>(?:la|le|les|l')\s*[a-z-]+)(?P<aside>{_ASIDE}|\s+(?!(?:de|des|du"
    r"|d'|prochaine?s?|futur\w*|eventuel\w*|possibles?|probables?|pretendue?s?|presumee?s?"
    r"|supposee?s?)(?![\w']))[a-z]+\s+)(?=(?:de|d'|des|du)\W)",
    _I,
)


def _a_claim_noun(noun: str) -> bool:
    """Whether a noun with its article names a claim before "de" ("la mort de", a row)."""
    said = " ".join(noun.lower().split())
    return any(re.fullmatch(k, f"{said} de") for k in happenings.CLAIM_VERBS)


# A person's age after the noun ("un garçon de 12 ans", "âgée de 40 ans", "(35 ans)") is
# no count, and parts the noun from the rest of its list and from its verb.
_AGE = re.compile(
    rf"(?<![\w'-])(?<!moins )(?<!plus )(?:(?:agee?s?\s+)?de\s+|\(\s*)"
    rf"(?:\d{{1,3}}|{numbers.NUMBER_WORDS})(?:\s+(?:et|a)\s+\d{{1,3}})?\s+ans(?![\w-])(?:\s*\))?",
    _I,
)


def _with_commas(shade: str, start: int, end: int) -> tuple[int, int]:
    """A span with the commas on both sides of it, if it stands between two."""
    before = re.search(r",\s*$", shade[max(0, start - 3) : start])
    after = re.match(r"\s*,", shade[end:])
    if before and after:
        return start - len(before.group()), end + after.end()
    return start, end


def closed(shade: str) -> str:
    """The shadow with the asides that part a count from its predicate blanked (same length,
    so offsets hold): the count rules then read "12 soldats ont été tués".

    Example:
        >>> closed("12 soldats ont, selon l'armee, ete tues.")
        '12 soldats ont                 ete tues.'
        >>> closed("la mort, dimanche, de 12 soldats")
        'la mort           de 12 soldats'
        >>> closed("l'execution sommaire de 14 civils")
        "l'execution          de 14 civils"
        >>> closed("un garcon de 12 ans et une femme")
        'un garcon             et une femme'
        >>> closed("ont tue dans la nuit 12 civils")
        'ont tue              12 civils'
    """
    spans = [m.span("aside") for m in _AUX_ASIDE.finditer(shade)]
    # "La victime, âgée de 45 ans, a été tuée": an age between commas goes with them
    spans += [_with_commas(shade, *m.span()) for m in _AGE.finditer(shade)]
    spans += subject_asides(shade)  # "14 membres - fondé par X - ont été tués"
    # (a day named: "lundi" … "samedi" end in "di"; "dimanche", "hier", "la veille" …)
    when = _VERB_WHEN.finditer(shade) if _DAYS.search(shade) else ()
    for m in (*_VERB_ASIDE.finditer(shade), *_VERB_PP.finditer(shade), *when):
        q = quantity_re().match(shade, m.end())
        verb = m.group("verb").lower()
        claim = any(re.fullmatch(k, verb) for k in happenings.CLAIM_VERBS)
        if claim and q and q.start("value") == m.end() and not not_a_count(q, shade):
            spans.append(m.span("aside"))
    at = 0
    while m := _NOUN_ASIDE.search(shade, at):  # "Selon l'armée, la mort, …": overlapping
        if _a_claim_noun(m.group("noun")):
            spans.append(m.span("aside"))
        at = m.start("noun") + 1
    for start, end in spans:
        shade = shade[:start] + " " * (end - start) + shade[end:]
    return shade


# "L'opération a permis de neutraliser 20 terroristes, de saisir 10 armes et de détruire 3
# véhicules": each infinitive after "permis de", and after a comma or "et" with its own
# "de", names its claim by its lemma; the clause ends at a stop, a semicolon or a quotation.
_ENABLED = re.compile(
    r"(?<![\w'-])(?:permis|permet|permettent|permettait|permettaient|permettant|permettre)"
    r"\s+(?=de\s|d')",
    _I,
)
# the first infinitive right after "permis", each next one after a comma or "et" (and
# whatever its object holds before: "de neutraliser 45 terroristes, dont 3 chefs, et de …")
_INFINITIVE = r"(?:de\s+|d')(?:(?:en|y)\s+)?(?P<inf>[a-z]+(?:er|ir|re))\s+(?=\S)"
_FIRST = re.compile(_INFINITIVE, _I)
_NEXT = re.compile(rf"(?:\s*,\s*(?:et\s+|ainsi que\s+)?|\s+(?:et|ainsi que)\s+){_INFINITIVE}", _I)
_CLAUSE_END = re.compile(r"[.;:!?\"«»()]")


def enabled(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts after each claim infinitive of a "permis de …" chain (``_ENABLED``) that no
    rule read: its lemma gives the claim type."""
    out: list[Found] = []
    lemmas = tables.claim_lemmas("fr")
    for m in _ENABLED.finditer(shade):
        stop = _CLAUSE_END.search(shade, m.end())
        end_of_clause = stop.start() if stop else len(shade)
        inf = _FIRST.match(shade, m.end())
        while inf and inf.end() <= end_of_clause:
            q = quantity_re().match(shade, inf.end())
            kind = lemmas.get(inf.group("inf").lower())
            end = inf.end()  # "de neutraliser les assaillants et de …": no count, read on
            if q and q.start("value") == inf.end() and not not_a_count(q, shade):
                start, end = q.span("value")
                taken = covered([*counts, *out], start, end)
                noun = re.match(r"\s*(?:de\s+|d')?([\w-]+)", shade[end:])
                value = clean_value(text[start:end])
                if kind and value and not taken:
                    subject = text[end + noun.start(1) : end + noun.end(1)] if noun else None
                    kind = objects(kind, subject)  # "détruire 3 véhicules": things destroyed
                    out.append(Found(kind, start, end, value, subject, confidence=0.6, rule="verb"))
            inf = _NEXT.search(shade, end, end_of_clause)
    return out


# An object relative between a count and its verb: "les 30 otages que les rebelles avaient
# enlevés ont été tués" tells both what the relative says of them (captured) and what the
# clause does (killed); "les 3 véhicules que les rebelles ont détruits étaient vides".
_OBJECT_RELATIVE = re.compile(
    r"(?P<noun>(?:\s+[\w-]+){1,3}?)\s*,?\s*qu(?:e\s+|')(?P<who>[^,;.:\d]{1,50}?)\s+"
    r"(?:ont|a|avaient|avait|auraient|aurait)\s+(?:(?:[a-z]+ment|deja)\s+)?(?P<rel>[a-z]+)"
    r"(?:[^,;.:\d]{0,40}?\s*,?\s*(?:ont|sont|avaient|etaient|auraient|seraient)\s+"
    r"(?:ete\s+)?(?:(?:[a-z]+ment|tous|toutes|ensuite|ete)\s+){0,2}(?P<main>[a-z]+))?",
    _I,
)


def object_relatives(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The claims of a count that is the object of a relative clause (``_OBJECT_RELATIVE``),
    and of the verb it is the subject of, where no count of that type was read there."""
    out: list[Found] = []
    for q in quantity_re().finditer(shade):
        start, end = q.span("value")
        m = _OBJECT_RELATIVE.match(shade, end)
        value = clean_value(text[start:end])
        if not m or not value or q.group("one") or not_a_count(q, shade):
            continue
        subject = text[m.start("noun") : m.end("noun")].strip()
        here = {f.claim_type for f in [*counts, *out] if f.start < end and start < f.end}
        for word in (m.group("rel"), m.group("main")):
            kind = type_of_participle(word) if word else None
            if kind and (word != m.group("main") or not re.match(_FREED, word)):
                kind = objects(kind, subject)
                if kind not in here:
                    here.add(kind)
                    out.append(Found(kind, start, end, value, subject, confidence=0.6, rule="verb"))
    return out


# A person named one by a possessive at the end of a list of people: "Un garçon, une femme
# et son mari ont été tués", "un soldat et son chauffeur"; the list's claim is theirs too.
_KIN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:et|ainsi que)\s+(?P<value>(?:son|sa|leur)\s+(?:[\w-]+\s+)?"
    rf"(?:{numbers.KIN_NOUNS}|{numbers.ONE_PERSON_NOUNS}))(?![\w'-])"
    r"(?=\s*,?\s*(?:n')?(?:ont|sont|avaient|etaient|auraient|seraient)\s)",
    _I,
)
_OF_PEOPLE = frozenset({"killed", "wounded", "captured", "missing", "casualties"})


def kin(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One more person of a list of people (``_KIN_AFTER``), with the list's claim."""
    out = []
    for f in counts:
        if f.subset or f.claim_type not in _OF_PEOPLE or f.stance != "asserts":
            continue
        m = _KIN_AFTER.match(shade, f.extra.get("subject_end", f.end) if f.extra else f.end)
        if not m and f.subject:  # the subject as read: "femme", after "une"
            at = shade.find(fold(f.subject).split()[-1], f.end)
            m = _KIN_AFTER.match(shade, at + len(fold(f.subject).split()[-1])) if at >= 0 else None
        if m and not any(g.start == m.start("value") for g in [*counts, *out]):
            start, end = m.span("value")
            out.append(Found(f.claim_type, start, end, text[start:end], text[start:end],
                             confidence=0.6, rule="one participle"))  # fmt: skip
    return out


# Two counts and two participles paired in order: "12 et 30 soldats ont été respectivement
# tués et blessés", "… ont été tués et blessés, respectivement".
_PAIRED = re.compile(
    r"\s+et\s+(?P<b>\S+)\s+(?P<noun>[\w-]+)[^,;.:\d]{0,30}?\s+(?:ont|sont|avaient|etaient"
    r"|auraient|seraient)\s+(?:ete\s+)?(?P<before>respectivement\s+)?(?P<p1>[a-z]+)\s+et\s+"
    r"(?P<p2>[a-z]+)(?P<after>\s*,?\s*respectivement)?",
    _I,
)


def respectively(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """Counts paired with participles in order (``_PAIRED``), in place of what was read."""
    for q in quantity_re().finditer(shade):
        m = _PAIRED.match(shade, q.end("value"))
        if not m or not (m.group("before") or m.group("after")):
            continue
        second = quantity_re().match(shade, m.start("b"))
        kinds = [type_of_participle(m.group(p)) for p in ("p1", "p2")]
        if not second or not all(kinds):
            continue
        spans = [q.span("value"), second.span("value")]
        counts = [f for f in counts if not any(f.start < e and s < f.end for s, e in spans)]
        for (start, end), kind in zip(spans, kinds, strict=True):
            if value := clean_value(text[start:end]):
                subject = text[m.start("noun") : m.end("noun")]
                counts.append(Found(kind, start, end, value, subject, confidence=0.6, rule="list"))
    return counts


# Captives counted as they are freed are no capture claimed: "de libérer 3 otages", "la
# libération de 12 otages", "Les 50 otages, dont 10 étrangers, ont été libérés".
_CAPTIVES = re.compile(rf"(?:{numbers.CAPTIVE_NOUNS_FR}|otage|prisonnier|captif|detenus?)$", _I)
_FREED = r"(?:liber|relach|relax)\w*"
_FREED_BEFORE = re.compile(
    rf"(?<![\w'-]){_FREED}(?:\s*,[^,;.]{{1,40}},)?(?:\s+(?:de|des|d'))?\s*"
    r"(?:(?:les|des|ses|leurs)\s+)?$",
    _I,
)
_FREED_LATER = re.compile(
    rf"(?:\s*,[^,;.]{{1,60}},)?\s*(?:(?:ont|sont|avaient|etaient|auraient|seraient|a|est)\s+)?"
    rf"(?:(?:tous|toutes|ete|deja|finalement)\s+){{0,2}}{_FREED}",
    _I,
)


def _freed(shade: str, found: Found) -> bool:
    """Whether a count of captives is of captives freed (``_FREED_BEFORE``, ``_FREED_LATER``)."""
    said = fold(found.subject or "").split()
    if found.claim_type != "captured" or not said or not _CAPTIVES.match(said[0]):
        return False
    at = shade.lower().find(said[0], found.end)
    if at < 0:
        return False
    # "la libération de 15 otages enlevés en mai": their capture is told too
    taken = re.match(r"\s+([a-z]+)", shade[at + len(said[0]) :])
    if taken and type_of_participle(taken.group(1)) == "captured":
        return False
    return bool(_FREED_BEFORE.search(shade, max(0, found.start - 40), found.start)) or bool(
        _FREED_LATER.match(shade, at + len(said[0]))
    )


# A force to come is no presence claimed now: "seront déployés", "doivent être déployés",
# "va déployer", "prévoit le déploiement de"; the conditional after "a annoncé que" is the
# future of the past ("a annoncé que 300 soldats seraient déployés"), alone it is hearsay.
_TO_COME_AFTER = re.compile(
    r"\s+(?:(?:seront|sera|vont|va|allaient|allait|doivent|doit|devraient|devrait|devront"
    r"|devra)\s+(?:(?:[a-z]+ment|bientot|prochainement|aussi|egalement)\s+)?(?:etre\s+)?"
    r"|(?P<would>seraient|serait)\s+(?:(?:[a-z]+ment|bientot|aussi|egalement)\s+)?)"
    r"(?:deploye|envoye|depeche|stationne|achemine)e?s?(?![\w-])",
    _I,
)
_TO_COME_BEFORE = re.compile(
    r"(?<![\w'-])(?:(?:prevoi|prevoy|prevu|envisag|projet|annonc\w*\s+l'envoi\s+prochain)\w*"
    r"\s+(?:le|un|l')\s*(?:deploiement|envoi)|(?:va|vont|allait|allaient|doit|doivent|devrait"
    r"|devraient|compte|comptent|entend|entendent|prevoit|prevoient|envisage|envisagent)\s+"
    r"(?:de\s+)?(?:deployer|envoyer|deploiera|deploieront))\s+(?:de\s+|d')?$|"
    r"(?:deploiera|deploieront|enverra|enverront)\s+$",
    _I,
)
_SAID_THAT = re.compile(r"(?:a|ont|avait|avaient)\s+[a-z]+\s+qu(?:e\s|')[^,;]*$", _I)


def _after_subject(shade: str, found: Found, pattern: re.Pattern) -> re.Match | None:
    """``pattern`` matched right after a count's subject (its end as read, or its first or
    last word: a subject read too long may hold the verb)."""
    if m := pattern.match(shade, found.extra.get("subject_end", found.end)):
        return m
    said = fold(found.subject or "").split()
    for word in dict.fromkeys(said[:1] + said[-1:]):
        at = shade.find(word, found.end)
        if at >= 0 and (m := pattern.match(shade, at + len(word))):
            return m
    return None


def _to_come(shade: str, found: Found) -> bool:
    """Whether a count of forces is of forces still to be sent (``_TO_COME_*``)."""
    if found.claim_type != "present":
        return False
    if _TO_COME_BEFORE.search(shade, max(0, found.start - 60), found.start):
        return True
    later = _after_subject(shade, found, _TO_COME_AFTER)
    if later and later.group("would"):
        return bool(_SAID_THAT.search(shade, 0, found.start))
    return bool(later)


# What may happen is not what happened: "12 soldats risquent d'être tués", "pourraient
# être déplacées", "auraient pu être tués", "menacés d'être expulsés".
_MAY_BE = re.compile(
    r"\s+(?:risqu\w*|menace\w*|pourr\w*|peu\w*|(?:ont|auraient|avaient)\s+pu)\s+"
    r"(?:de\s+|d')?(?:etre|se faire)\s",
    _I,
)


def untied(shade: str, counts: list[Found]) -> list[Found]:
    """A sentence's counts without those of captives freed (``_freed``), nor their subsets
    ("dont 10 étrangers"), nor forces still to come (``_to_come``), nor what may only happen
    (``_MAY_BE``).

    Example:
        >>> s = "Les 50 otages ont ete liberes."
        >>> [f.value for f in untied(s, [Found("captured", 4, 6, "50", "otages")])]
        []
    """
    freed = [f for f in counts if _freed(shade, f)]
    kept = []
    for f in counts:
        parents = [g for g in counts if not g.subset and g.end <= f.start]
        parent = max(parents, key=lambda g: g.end, default=None)
        gone = f in freed or (f.subset and parent in freed)
        if not (gone or _to_come(shade, f) or _after_subject(shade, f, _MAY_BE)):
            kept.append(f)
    return kept

"""French counts checked against the words around them, after the count rules have read a
sentence:

- a figure of "morts et blessés" counts both, casualties, not the dead alone ("plus de
  200 morts et blessés": ``dead_and_wounded``);
- a vague toll restated by a figure right after it is that figure's ("de lourdes pertes à
  l'ennemi, plus de 200 morts": the figure only; ``restated_by_figure``);
- one person named right after an inverted verb of saying is its speaker, no count ("…, a
  expliqué à l'AFP un officier blessé": ``speaker_not_counted``);
- a person who "fait partie des personnes tuées" is one of the dead (``members_of_toll``);
- victims "dans un état critique" are wounded, not dead (``victims_alive``);
- a toll noun moved somewhere keeps its toll: "35 blessés ont été acheminés vers
  l'hôpital" are wounded, not a presence (``toll_moved``);
- a count's participle lies in its own clause: "d'un village avant de donner la mort à 30
  soldats" kills no village (``own_clause``);
- "a réussi à abattre et à détruire quatre drones": the count after a chain of infinitives
  after "réussi à" has the last one's claim (``succeeded``); after "n'ont pas réussi à",
  "n'ont pas pu" it has none (``failed``).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Ils ont fait plus de 200 morts et blessés."
    >>> [(f.claim_type, f.value) for f in dead_and_wounded(shadow(text), [
    ...     Found("killed", 13, 24, "plus de 200")])]
    [('casualties', 'plus de 200')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.lexicon import numbers, tables
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.predicates import objects, type_of_participle
from claimtrack.text import fold

_I = re.IGNORECASE
# ("une vingtaine de morts et de blessés": the "de" of a vague count before the noun)
_PAIR = re.compile(
    r"\s+(?:(?:de|d')\s*)?(?:morts|tues|victimes)\s+(?:et|ou)\s+(?:de\s+)?blesses(?![\w-])", _I
)


def dead_and_wounded(shade: str, counts: list[Found]) -> list[Found]:
    """A count of the dead whose noun is paired with "blessés" counts casualties; a count
    of the wounded read at the same figure goes."""
    out, paired = [], set()
    for f in counts:
        if f.claim_type == "killed" and _PAIR.match(shade, f.end):
            f = replace(f, claim_type="casualties")
            paired.add(f.start)
        out.append(f)
    return [f for f in out if not (f.claim_type == "wounded" and f.start in paired)]


# what may part a vague toll from the figure restating it: "à l'ennemi", then a comma,
# a colon or a dash ("de lourdes pertes à l'ennemi, plus de 200 morts")
_TO_FIGURE = re.compile(r"(?:\s+(?:a|aux?)\s+[^,;:.\d]{1,30}?)?\s*[,:(–—-]\s*$", _I)
_HURT = frozenset({"killed", "wounded", "casualties"})


def restated_by_figure(shade: str, counts: list[Found]) -> list[Found]:
    """A toll without a figure ("lourdes pertes") right before a figure of the dead or
    wounded (``_TO_FIGURE``) is no claim of its own: the figure says how heavy."""
    out = []
    for f in counts:
        later = [g for g in counts if g.start >= f.end and g.claim_type in _HURT]
        vague = f.claim_type == "casualties" and not re.search(r"\d", f.value or "")
        nxt = min(later, key=lambda g: g.start, default=None)
        figure = nxt is not None and re.search(r"\d", nxt.value or "")
        if (
            vague
            and f.rule == "toll noun"
            and figure
            and _TO_FIGURE.match(shade[f.end : nxt.start])
        ):
            continue
        out.append(f)
    return out


# an inverted verb of saying, its listener after it ("a expliqué à l'AFP", "a-t-il dit")
_SAID = re.compile(
    r"(?:a|ont|avait|avaient)\s+(?:explique|declare|indique|affirme|precise|ajoute|raconte"
    r"|assure|confie|temoigne|dit|souligne|estime|rapporte)(?:\s+(?:a|au|aux)\s+(?:l'\s*)?"
    r"[\w'-]+)?\s+$",
    _I,
)


def speaker_not_counted(shade: str, counts: list[Found]) -> list[Found]:
    """One person right after an inverted verb of saying (``_SAID``) is who speaks: "«
    …», a expliqué à l'AFP un officier blessé" counts no wounded officer."""
    out = []
    for f in counts:
        # "un officier", or the listener read into it: "à l'AFP un officier"
        one = (f.value or "").lower().split()[-2:-1] in (["un"], ["une"]) or (
            (f.value or "").lower() in ("un", "une")
        )
        if one and _SAID.search(shade, max(0, f.start - 60), f.start):
            continue
        out.append(f)
    return out


# "un chef rebelle connu sous le nom de X fait partie des personnes tuées", "le chef du
# groupe figure parmi les victimes": one person, then the toll they are among
_MEMBER = re.compile(
    r"(?<![\w-])(?P<one>(?:un|une|le|la|l')\s*(?P<noun>[a-z-]+))[^,;:.]{0,80}?\s+"
    r"(?:fait|faisait|figure|figurait)\s+(?:partie\s+des|parmi\s+les)\s+"
    r"(?P<toll>[a-z]+)(?:\s+(?P<p>[a-z]+))?",
    _I,
)
# The same after the toll: "parmi les soldats tués figure le sergent X"
_MEMBER_AFTER = re.compile(
    r"(?<![\w-])parmi\s+les\s+(?P<toll>[a-z]+)(?:\s+(?P<p>[a-z]+))?\s+"
    r"(?:figure|figurait|se trouve|se trouvait)\s+(?P<one>(?:un|une|le|la|l')\s*(?P<noun>[a-z-]+))",
    _I,
)
_PERSON = re.compile(rf"(?:{numbers.ONE_PERSON_NOUNS})", _I)


def members_of_toll(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """One person said to be among the dead (``_MEMBER``, ``_MEMBER_AFTER``) counts one, with
    the claim of the toll's participle ("personnes tuées") or noun ("victimes", "blessés")."""
    if "parti" not in shade and "parmi" not in shade:
        return []
    found = list(_MEMBER_AFTER.finditer(shade))
    at = 0
    while m := _MEMBER.search(shade, at):
        at = m.start() + 1  # "Le ministre a dit qu'un chef …": the next person may be it
        found.append(m)
    out: list[Found] = []
    for m in sorted(found, key=lambda m: m.start("one")):
        if not _PERSON.fullmatch(m.group("noun")):
            continue
        p = m.group("p")
        kind = (type_of_participle(p) if p else None) or numbers.TOLL_NOUNS.get(m.group("toll"))
        kind = "killed" if kind == "casualties" else kind
        start, end = m.span("one")
        if kind and not covered([*counts, *out], start, end):
            noun = text[m.start("noun") : m.end("noun")]
            out.append(Found(kind, start, end, text[start:end], noun, confidence=0.6,
                             rule="member"))  # fmt: skip
    return out


# "de nombreuses victimes se trouvaient dans un état critique": alive, wounded
_CRITICAL = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:dans un etat|en etat)\s+(?:tres\s+)?(?:critique|grave"
    r"|preoccupant|inquietant|desespere)(?![\w-])",
    _I,
)


def victims_alive(shade: str, counts: list[Found]) -> list[Found]:
    """Victims said to be in a critical state (``_CRITICAL``) are wounded, not dead."""
    out = []
    for f in counts:
        said = (f.subject or "").lower()
        victims = f.claim_type in ("killed", "casualties") and said.startswith("victime")
        if victims and _CRITICAL.match(shade, f.end):
            f = replace(f, claim_type="wounded")
        out.append(f)
    return out


def toll_moved(counts: list[Found]) -> list[Found]:
    """A count of presence whose noun is a toll ("blessés", "corps") has the toll's claim
    type: the wounded taken to a hospital are wounded, not a force sent there.

    Example:
        >>> toll_moved([Found("present", 0, 2, "35", "blessés")])[0].claim_type
        'wounded'
    """
    out = []
    for f in counts:
        noun = numbers.TOLL_NOUNS.get(fold(f.subject or "").lower().strip())
        out.append(replace(f, claim_type=noun) if f.claim_type == "present" and noun else f)
    return out


# an infinitive's clause between a count's noun and its participle ("avant de", "après
# avoir", "afin de", "sans", "pour" and a verb)
_INFINITIVE_CLAUSE = re.compile(
    r"(?<![\w'-])(?:(?:avant|afin|apres|sans)\s+(?:de\s|d'|avoir\s)|pour\s+[a-z]+(?:er|ir|re)\s)",
    _I,
)


def own_clause(shade: str, counts: list[Found]) -> list[Found]:
    """A count tied to a participle past an infinitive's clause (``_INFINITIVE_CLAUSE``)
    is no count of it: the participle is the infinitive's object, not the count's."""
    out = []
    for f in counts:
        until = f.extra.get("subject_end") if f.rule == "participle" else None
        if until and _INFINITIVE_CLAUSE.search(shade, f.end, min(len(shade), until + 12)):
            continue
        out.append(f)
    return out


# "a réussi à abattre et à détruire quatre drones", "sont parvenus à capturer 12 rebelles"
_SUCCEEDED = re.compile(
    r"(?<![\w'-])(?:reussi|parvenue?s?|reussit|reussissent|parviennent|parvient)\s+"
    r"a\s+(?:[a-z]+(?:er|ir|re)\s+(?:et|puis)\s+a\s+)*(?P<inf>[a-z]+(?:er|ir|re))\s+",
    _I,
)


def succeeded(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The count after the infinitives of "réussi à" (``_SUCCEEDED``), where no count was
    read, with the last infinitive's claim."""
    out: list[Found] = []
    for m in _SUCCEEDED.finditer(shade) if "reussi" in shade or "parv" in shade else ():
        q = quantity_re().match(shade, m.end())
        kind = tables.claim_lemmas("fr").get(m.group("inf").lower())
        if not (q and kind and q.start("value") == m.end()) or not_a_count(q, shade):
            continue
        start, end = q.span("value")
        noun = re.match(r"\s*(?:de\s+|d')?([\w-]+)", shade[end:])
        value = clean_value(text[start:end])
        if value and not covered(counts, start, end):
            subject = text[end + noun.start(1) : end + noun.end(1)] if noun else None
            out.append(Found(objects(kind, subject), start, end, value, subject, confidence=0.6,
                             rule="verb"))  # fmt: skip
    return out


# "n'ont pas réussi à enlever les 12 élèves", "n'a pas pu tuer 3 soldats": tried, not done
_FAILED = re.compile(
    r"(?:pas|jamais)\s+(?:reussi|pu|parvenue?s?)\s+(?:a\s+)?[a-z]+(?:er|ir|re)\s+"
    r"(?:(?:les|des|de|d')\s*)?$",
    _I,
)


def failed(shade: str, counts: list[Found]) -> list[Found]:
    """A count right after an infinitive that was not achieved (``_FAILED``) is no claim."""
    if "pas " not in shade and "jamais" not in shade:
        return counts
    return [f for f in counts if not _FAILED.search(shade, max(0, f.start - 50), f.start)]

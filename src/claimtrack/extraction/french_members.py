"""French sources that point back to sources named before: a member of a group ("Deux
d'entre elles", "l'une de ces sources", "une autre source"), a demonstrative described
again ("cette source proche du dossier", the source so called before), and "ce groupe",
"ce mouvement": the latest group named, not merely the last source (its officials, say).

"Selon plusieurs sources sécuritaires, 30 soldats ont été tués. Deux d'entre elles font
état de 28 morts, une autre source de 31": the 28 and the 31 are not the group's figure
but those of some of its members, each a source of its own (as the corpus annotates
them). A pronoun ("elles") stands for the group; a member phrase speaks for itself, so it
is kept as written and not resolved to the group (which would give the group three
figures for one toll).

Example:
    >>> member_of_group("Deux d'entre elles"), member_of_group("l'une de ces sources")
    (True, True)
    >>> member_of_group("elles"), member_of_group("cette source")
    (False, False)
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_documents import DOCUMENT
from claimtrack.extraction.source_kinds import is_someone, known_body
from claimtrack.extraction.source_names import ORG, SOURCE_NOUN
from claimtrack.extraction.source_speakers import Source
from claimtrack.text import fold

_COUNT = r"(?:deux|trois|quatre|cinq|une|un|l'une|l'un)"
# "Deux d'entre elles", "l'une d'elles", "une de ces sources": a part of the group; "une
# autre (source)", "l'autre": the member after the one just heard. A bare ordinal ("Selon la
# première, …") still stands for the group, as the project decided before (fr4a tests).
_MEMBER = re.compile(
    rf"^(?:{_COUNT}\s+(?:d'\s*entre\s+(?:elles|eux)|d'\s*(?:elles|eux)|de\s+ces\s+\w+)"
    r"|(?:une|un)\s+autre(?:\s+source)?|l'autre)$",
    re.IGNORECASE,
)


def member_of_group(phrase: str) -> bool:
    """Whether a French source phrase names one member of a group named before."""
    return bool(_MEMBER.match(fold(phrase).strip()))


# "cette source proche du dossier", "cette même source sécuritaire": the demonstrative
# points back to the source named before; what follows the noun only describes it again.
_THIS_SOURCE = re.compile(r"^(?P<this>(?:cette|ces)\s+(?:memes?\s+)?sources?)\s+\w", re.IGNORECASE)


def this_source(phrase: str) -> str | None:
    """The bare demonstrative ("cette source") of a described one, else None.

    Example:
        >>> this_source("cette source proche de la rébellion"), this_source("cette source")
        ('cette source', None)
    """
    m = _THIS_SOURCE.match(fold(phrase).strip())
    return m.group("this") if m else None


# "ce bilan", "ce précédent bilan": a toll pointed back to (``earlier_tolls`` gives "Un
# précédent bilan" this antecedent)
_THIS_TOLL = re.compile(r"^(?:ce|cet|le)\s+(?:\w+\s+)?bilan$")
_A_TOLL = re.compile(r"\bbilans?\b")


def last_toll(key: str, seen: list) -> object | None:
    """The latest source named by its toll ("Un nouveau bilan de l'armée …") that "ce
    bilan" stands for, rather than the last source met (who may only have claimed the
    attack); None for any other phrase, or with no toll named before.

    Example:
        >>> from claimtrack.extraction.source_speakers import Source
        >>> seen = [Source("Un bilan de l'armée", None), Source("le groupe EI", None)]
        >>> last_toll("ce bilan", seen).raw, last_toll("elle", seen)
        ("Un bilan de l'armée", None)
    """
    if not _THIS_TOLL.match(fold(key).lower()):
        return None
    named = (s for s in reversed(seen) if _A_TOLL.search(fold(f"{s.raw} {s.mention or ''}")))
    return next(named, None)


# "ce groupe", "ce mouvement armé", "this group": a group named before, by its own word
_THIS_GROUP = re.compile(
    r"^(?:ce|cet|cette|this)\s+(?:groupe|mouvement|organisation|formation|coalition|milice"
    r"|front|collectif|alliance|group|movement|organi[sz]ation|militia)(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)
# Words of a state body: an army or a ministry is never "ce groupe"
_STATE = re.compile(
    r"\b(?:arm(?:ee|y)|forces?\s+armees|gouvernement|government|ministere|ministry|police"
    r"|gendarmerie|etat-major)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


def this_group(key: str, seen: list) -> object | None:
    """The latest group named (an armed group of the table, or a name with a body's word
    or an acronym, no state body's) that "ce groupe" stands for, the body a possessive role
    ("leur porte-parole") speaks for; None for any other phrase.

    Example:
        >>> from claimtrack.extraction.source_speakers import Source
        >>> seen = [Source("un cadre du Front du Macina", None), Source("ses responsables", None)]
        >>> this_group("ce groupe", seen).raw, this_group("ce bilan", seen)
        ('un cadre du Front du Macina', None)
    """
    if body := possessive_body(key, seen):  # "Leur porte-parole, X": their role, X speaks
        return Source(body.raw, key)
    if not _THIS_GROUP.match(fold(key).strip()):
        return None
    for source in reversed(seen):
        raw = fold(source.raw)
        if _STATE.search(raw):
            continue
        if (
            known_body(source.raw, ("armed_group",))
            or ORG.search(raw)
            or _ACRONYM.search(source.raw)
        ):
            return source
    return None


# "son porte-parole", "leur porte-parole Ali Sow": a role of a body named before, the one
# the possessive agrees with in number ("Les talibans … . Leur porte-parole …": a plural
# body; "son" a singular one), not merely the last source
_POSSESSIVE_ROLE = re.compile(
    rf"^(?P<pos>son|sa|leurs?)\s+(?:[\w'-]+\s+)?(?:{source_words.ROLE_WORDS})\b", re.IGNORECASE
)
_PLURAL = re.compile(r"^(?:les|des|ces|leurs|plusieurs|certaine?s|de nombreux)\s", re.IGNORECASE)


def possessive_body(key: str, seen: list) -> object | None:
    """The latest body named (no person, no document) whose role "son porte-parole" or
    "leur porte-parole" names, agreeing with the possessive in number; None for any other
    phrase, or with no such body before.

    Example:
        >>> from claimtrack.extraction.source_speakers import Source
        >>> seen = [Source("Les talibans", None), Source("Une source de l'armée", None)]
        >>> possessive_body("Leur porte-parole Ali Sow", seen).raw
        'Les talibans'
        >>> possessive_body("son porte-parole", seen).raw, possessive_body("le maire", seen)
        ("Une source de l'armée", None)
    """
    m = _POSSESSIVE_ROLE.match(fold(key).strip())
    if not m:
        return None
    plural = m.group("pos").lower().startswith("leur")
    for source in reversed(seen):
        raw = fold(source.raw).strip()
        if is_someone(source) or DOCUMENT.match(raw) or bool(_PLURAL.match(raw)) != plural:
            continue
        if known_body(source.raw) or ORG.search(raw) or SOURCE_NOUN.search(raw):
            return source
    return None

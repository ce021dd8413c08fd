"""Whether a sentence with no source makes its opening subject whom a pronoun after it
stands for: only a sentence (not a headline or the page's furniture) whose subject does
something (not one something is done to, in English or French).

"The army issued a statement. It said …": the army. "Gunmen were killed. They said …",
"L'armée béninoise est déployée dans le nord. …, a-t-elle précisé", "Related Posts" (a
line of the page): none of them.

Example:
    >>> is_sentence("Related Posts"), is_sentence("The army issued a statement.")
    (False, True)
    >>> done_to(" was killed on Monday."), done_to(" béninoise est déployée dans le nord.")
    (True, True)
    >>> done_to(" est intervenue à Gao."), done_to(" sont françaises.")
    (False, False)
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A sentence ends in a stop or a closing quote or bracket; a line that does not is a
# headline, a caption or the page's furniture ("Related Posts", "Publié par Agence").
_ENDED = re.compile(r"[.!?;:][\s\"'”»’)]*$|[\"'”»’)]\s*$")

_PASSIVE_EN = re.compile(
    r"\s*(?:was|were|is|are|has been|had been|have been|being|died|dies)\b", _I
)
# French: "est déployée", "sont parfois ciblés", "ont été abattus", "a été tué". Read on
# the text as written: its "é" tells a participle from an adjective ("sont françaises").
# Verbs whose compound past takes "être" are active ("est intervenue", "sont arrivés").
_PASSIVE_FR = re.compile(
    # (after the subject's adjective, as the subject read may end before it: "béninoise")
    r"(?:\s+[a-zà-ÿ-]+){0,2}?\s*(?:n[e'’]\s*)?(?:est|sont|était|étaient|a été|ont été"
    r"|avait été|avaient été|sera|seront|serait|seraient|fut|furent)\s+"
    r"(?:(?:pas|parfois|souvent|déjà|encore|aussi|ensuite|toujours|\w+ment)\s+)?"
    r"(?!(?:interven|arriv|ven|part|entr|sort|revenu|rest|tomb|mort|né|all|pass|devenu"
    r"|parvenu|retourn|mont|descend"
    # nor one reached to speak: "Le préfet a été joint par l'AFP. Il a dit …"
    r"|joint|interrog|contact|cité|interview|questionn|sollicit)\w*\b)"
    r"(?:\w+(?:é|ée|és|ées|u|ue|us|ues)|prise?s?|mise?s?|détruite?s?"
    r"|atteinte?s?)\b",
    _I,
)


def is_sentence(shade: str) -> bool:
    """Whether a piece of text ends as a sentence does (a stop, a closing quote).

    Example:
        >>> is_sentence("Publié par Agence"), is_sentence('"Two died," he said.')
        (False, True)
    """
    return bool(_ENDED.search(shade.rstrip()))


def done_to(rest: str) -> bool:
    """Whether what follows a subject makes it one something is done to ("was killed",
    "est déployée", "ont été abattus") rather than one who does something.

    Example:
        >>> done_to(" ont été abattus lors de l'opération."), done_to(" a publié un texte.")
        (True, False)
    """
    return bool(_PASSIVE_EN.match(rest) or _PASSIVE_FR.match(rest))


# "cette source", "this source": a demonstrative of a source points to one who spoke.
THIS = re.compile(r"^(?:cette|this)\s+source$", _I)


def last_voice(seen: list, acted: set[int]) -> object | None:
    """The latest of the sources ``seen`` (oldest first) that spoke, not one only noted
    doing something (its ``id`` in ``acted``): whom "cette source" stands for.

    Example:
        >>> from claimtrack.extraction.source_speakers import Source
        >>> seen = [Source("un haut responsable", None), Source("L'armée", None)]
        >>> last_voice(seen, {id(seen[1])}).raw
        'un haut responsable'
    """
    return next((s for s in reversed(seen) if s is not None and id(s) not in acted), None)

"""Who a closing pronoun or an unowned document stands for: the subject of its clause.

"The ministry has sent 20 doctors, it said": "it" is the ministry. "The army killed 12
rebels, according to a statement": the statement is the army's. A subject that cannot
speak, or does not agree with the pronoun, stands for nothing and the phrase stays as
written (resolved across sentences by ``sources``).

Example:
    >>> s = "The rebels seized Kapa, they said."
    >>> own_subject(s, s, (s.index("they"), s.index("they") + 4))
    'The rebels'
"""

from __future__ import annotations

import re

from claimtrack.extraction.clause_subjects import clause_subject
from claimtrack.extraction.lexicon import numbers
from claimtrack.extraction.source_documents import DOCUMENT, THE_GROUP, unowned_document
from claimtrack.extraction.source_kinds import known_body
from claimtrack.extraction.source_names import ANAPHORS, ORG, SOURCE_NOUN, titled_person
from claimtrack.text import fold

_I = re.IGNORECASE
_PLURAL = re.compile(r"(?<!s)s$|\b(?:police|people|militia|(?:wo)?men|children)$", _I)


# "…, ce qu'elle dément": French "il"/"elle" stand for a body as "it" does.
_PRONOUNS = frozenset({"it", "they", "he", "she", "il", "elle", "ils", "elles"})
_THEY = frozenset({"they", "ils", "elles"})


def own_subject(shade: str, text: str, span: tuple[int, int]) -> str | None:
    """The subject a closing pronoun or an unowned document stands for: "The ministry has
    sent 20 doctors, it said" (it: the ministry), "The army killed 12, according to a
    statement" (the army's); None when the clause's subject cannot be its speaker or does
    not agree ("Rebels killed 12, it said").

    Example:
        >>> s = "The army killed 12 rebels, according to a statement."
        >>> own_subject(s, s, (s.index("a statement"), len(s) - 1))
        'The army'
    """
    phrase = shade[span[0] : span[1]].lower()
    subject = clause_subject(shade, 0)
    unowned = unowned_document(shade[span[0] : span[1]])
    group = bool(THE_GROUP.match(fold(phrase)))
    if not (phrase in _PRONOUNS or unowned or group):
        return None
    if not subject or subject[1] >= span[0]:
        return None
    named = text[subject[0] : subject[1]]
    folded = fold(named)
    if group:  # "JNIM took the camp, the group said": the armed group of the clause
        return _armed_group(named, text[subject[0] : span[0]])
    # "Three women were injured, it said": a counted subject is what the figure is of,
    # never who tells it
    counted = re.search(rf"\d|\b(?:{numbers.NUMBER_WORDS})\b", folded, re.IGNORECASE)
    if unowned:  # an institution's statement of what it did; not "Gunmen killed 12, …"
        plain = not (DOCUMENT.match(folded) or ANAPHORS.match(folded) or counted)
        return named if ORG.search(folded) and plain else None
    if counted:
        return None
    if phrase in ("he", "she"):
        return named if titled_person(named) else None
    if ANAPHORS.match(folded) or not (ORG.search(folded) or SOURCE_NOUN.search(folded)):
        return None
    return named if bool(_PLURAL.search(named)) == (phrase in _THEY) else None


# "Boko Haram fighters", "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)": the group's name
_MEMBERS = re.compile(r"\s+(?:fighters|militants|members|insurgents|rebels|gunmen)$", _I)
_ACRONYM = re.compile(r"^[^,()]{0,60}\((?P<short>[A-Z][\w-]{1,12})\)")


def _armed_group(named: str, clause: str) -> str | None:
    """The armed group of the actor table a clause's subject names (or the acronym in
    brackets after its name), or None ("Gunmen", "The militants": no group named)."""
    short = _ACRONYM.match(clause)
    for name in (named, _MEMBERS.sub("", named), short and short.group("short")):
        if name and known_body(name, ("armed_group",)):
            return name
    return None

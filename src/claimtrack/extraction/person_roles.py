"""A person named again by surname speaks for the body his fuller mention says he serves.

"Le général Azem Bermandoa Agouna, porte-parole de l'armée" then "Le général Bermandoa a
affirmé …": the second source is the army's spokesman, not a general of no known body;
"the M23's military spokesman, Lt. Col. Vianney Kazarama" then "Lt. Col. Kazarama said":
the M23's, not the state's army his rank alone would name. The role is read where the
article first writes the surname beside one ("Name, role," / "role, Name" / "role Name"),
whether or not that sentence gave a claim.

Example:
    >>> text = "Ali Sow, spokesman for the police, spoke. Col. Sow said 5 died."
    >>> role_of("Col. Sow", text)
    'spokesman for the police'
"""

from __future__ import annotations

import re

import pandas as pd

from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.sentences import shadow
from claimtrack.extraction.source_names import ORG, TITLE, is_person

# An office, hyphenated ones whole: "Director-General of ISPR, Maj-Gen X".
_ROLE = re.compile(rf"(?<![\w-]){source_words.TITLE_WORDS}(?![\w-])", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'-]+|[A-Z]\.|al-\w+|el-\w+|ag|ould|bin|ben|de|du)$")
# What bounds a role phrase beside a name: a comma, a clause's end or a quotation mark.
# (Not a parenthesis: "du Mouvement du 23 mars (M23), le colonel X".)
_BOUND = re.compile(r"[,.;:!?\"\n]|—")
_MAX_WORDS = 12
# The words a role right before a name starts after: "said Army spokesman Ali Sow",
# "told reporters that police chief Ali Sow …".
_LEAD_STOP = re.compile(
    r"^.*(?<![\w'-])(?:said|says|told|added|stated|that|who|which|to|by|from|with|and"
    r"|selon|que|qu'|qui|par|avec|et|declare|indique|affirme|ajoute|precise|a|ont)\s+",
    re.IGNORECASE,
)
# A rank or a courtesy title, part of the name it stands before (a role is not: "police
# commissioner Ali Sow" is the role beside the name).
_RANK = re.compile(
    rf"(?:{source_words.RANK_WORDS}|{source_words.TITLE_SHORTHANDS})(?:-(?:{source_words.RANK_WORDS}))*",
    re.IGNORECASE,
)
_ROLE_END = re.compile(rf"{source_words.TITLE_WORDS}$", re.IGNORECASE)


def surname(phrase: object) -> str | None:
    """The surname a source phrase names a person by, or None for any other phrase.

    Example:
        >>> surname("le lieutenant-colonel Kazarama"), surname("Muhibullah Muhib")
        ('Kazarama', 'Muhib')
        >>> surname("the army") is None, surname("Le porte-parole") is None
        (True, True)
    """
    if not isinstance(phrase, str):
        return None
    words = shadow(phrase).split()
    lead = titles = 0
    while lead < len(words) - 1 and _titled(words[lead]):
        titles += words[lead].lower() not in source_words.DETERMINERS
        lead += 1
    words = words[lead:]
    named = is_person(" ".join(words)) or (titles > 0 and not ORG.search(words[-1]))
    if not (named and words and all(_NAME_WORD.match(w) for w in words)):
        return None
    last = words[-1]
    return last if len(last) >= 3 and last[0].isupper() else None


def _titled(word: str) -> bool:
    """An article or a title before a name ("le", "lieutenant-colonel", "Col.", "M.")."""
    low = word.lower()
    return low in source_words.DETERMINERS or bool(TITLE.fullmatch(word) or _RANK.fullmatch(word))


def role_of(phrase: str, text: str) -> str | None:
    """The role phrase the article first writes beside the person ``phrase`` names.

    Example:
        >>> text = "L'armée, selon son porte-parole, le général Amadou Diallo, a parlé."
        >>> role_of("Le général Diallo", text)
        'selon son porte-parole'
        >>> role_of("Diallo", "Diallo said so.") is None
        True
    """
    name = surname(phrase)
    if name is None:
        return None
    shade = shadow(text)
    for m in re.finditer(rf"(?<![\w'-]){re.escape(shadow(name))}(?![\w'-])", shade):
        if role := _beside(shade, text, m.start(), m.end()):
            return role
    return None


def _beside(shade: str, text: str, start: int, end: int) -> str | None:
    """A role phrase next to the name at ``start``–``end``: after it, before it across a
    comma, or right before it ("army spokesman Ali Sow")."""
    first = _name_start(shade, start)
    # "Azem Bermandoa Agouna, porte-parole": the name goes on after the surname met
    end += len(re.match(r"(?:\s+[A-Z][\w'-]+)*", shade[end:]).group())
    before_bound = max((b.end() for b in _BOUND.finditer(shade, 0, first)), default=0)
    lead = text[before_bound:first].strip()
    # "said Army spokesman Ali Sow", "le porte-parole Ali Sow": a role ending right there
    cut = _LEAD_STOP.match(shade, before_bound, first)
    role = text[cut.end() if cut else before_bound : first].strip()
    if role and _ROLE_END.search(shadow(role)) and len(role.split()) <= 5:
        return role
    if shade[end : end + 1] == ",":  # "Ali Sow, spokesman for the police,"
        after = _BOUND.search(shade, end + 1)
        role = text[end + 1 : after.start() if after else len(text)].strip()
        if _is_role(role):
            return role
    if not lead and shade[before_bound - 1 : before_bound] == ",":
        # "le porte-parole du M23, le colonel Ali Sow": the segment before the comma
        back = max((b.end() for b in _BOUND.finditer(shade, 0, before_bound - 1)), default=0)
        role = text[back : before_bound - 1].strip()
        if _is_role(role) and _ROLE.search(" ".join(shadow(role).split()[:4])):
            return role
    return None


def _name_start(shade: str, start: int) -> int:
    """Where the name ending at a surname begins: back over its capitalised words and the
    titles before them ("le lieutenant-colonel Vianney Kazarama")."""
    words = list(re.finditer(r"[\w'.-]+", shade[:start]))
    at = start
    for w in reversed(words):
        token = w.group()
        between = shade[w.end() : at]
        if between.strip():
            break
        ranked = _RANK.fullmatch(token) or (
            token.lower() in source_words.DETERMINERS and _RANK.fullmatch(shade[at:].split()[0])
        )
        if not (_NAME_WORD.match(token) or ranked):
            break
        at = w.start()
    return at


def _is_role(phrase: str) -> bool:
    words = phrase.split()
    return 0 < len(words) <= _MAX_WORDS and bool(_ROLE.search(shadow(phrase)))


def carry_roles(rows: list[dict], text: str, country: str | None, reference: str | None) -> None:
    """Give each row whose source is a person by surname, of no known actor, the actor and
    institution of the role his fuller mention names (rows changed in place).

    Example:
        >>> rows = [{"source_raw": "Col. Sow", "actor_id": None, "institution": "ML:military"}]
        >>> text = "Ali Sow, spokesman for the M23, spoke. Col. Sow said 5 died."
        >>> carry_roles(rows, text, "CD", None)
        >>> rows[0]["actor_id"], rows[0]["institution"]
        ('m23', None)
    """
    read: dict[str, tuple | None] = {}  # each source phrase read once per article
    for row in rows:
        raw = row.get("source_raw")
        if row.get("actor_id") is not None or not isinstance(raw, str):
            continue
        if raw not in read:
            read[raw] = _body_of(role_of(raw, text), country, reference)
        if read[raw] is not None:
            row["actor_id"], row["institution"] = read[raw]


def _body_of(role: str | None, country: str | None, reference: str | None) -> tuple | None:
    """(actor, institution) a role phrase names; None for no role or a role of no known
    body (the rank's reading stands)."""
    from claimtrack.extraction.actors import guess_actors
    from claimtrack.extraction.institutions import NOT_STATE, institution
    from claimtrack.normalize.actors import alias_index

    if role is None:
        return None
    actor = guess_actors(pd.Series([role], dtype=object), country, reference).iloc[0]
    named = institution(role, country, reference)
    if actor is None and named is None:
        return None
    state = actor is None or alias_index(reference)[0]["source_type"].get(actor) not in NOT_STATE
    return actor, named if state else None

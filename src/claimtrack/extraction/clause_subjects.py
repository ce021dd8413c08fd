"""The noun phrase that opens a clause, and the words and trimming every source phrase shares.

"The U.N. did not provide photos, but said that …": the source of "said" is the subject
written where the clause starts. ``phrase_tokens`` and ``trim_tokens`` are how
``source_phrases`` reads a stretch of text as a noun phrase.

Example:
    >>> [t[2] for t in trim_tokens(phrase_tokens("But in a statement the army"))]
    ['the', 'army']
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.lexicon.languages import STOPWORDS
from claimtrack.extraction.source_names import ROLE, SOURCE_NOUN, valid_source

_I = re.IGNORECASE
_TOKEN = re.compile(r"(?:[^\s,;:\"]|(?<=\d),(?=\d))+")
_LIST_MARK = re.compile(r"[•·▪►◦‣*–—-]+")


def phrase_tokens(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The words of ``text`` (a comma inside a figure kept), with offsets from ``offset``."""
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


def trim_tokens(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop connectors, a leading prepositional phrase and trailing fillers."""
    # "• India claimed …", "- Residents said …": a list's marker is no part of the source
    while tokens and (
        tokens[0][2].lower() in source_words.LEADING_CONNECTORS
        or _LIST_MARK.fullmatch(tokens[0][2])
    ):
        tokens = tokens[1:]
    # "(APP - 6th Oct, 2024) The health ministry", "(Wire) Officials": a dateline's
    # brackets before the source, or their end, are no part of it
    if tokens and tokens[0][2].startswith("("):
        close = next((i for i, t in enumerate(tokens) if ")" in t[2]), None)
        tokens = tokens[close + 1 :] if close is not None else tokens
    while tokens and ")" in tokens[0][2] and "(" not in tokens[0][2]:
        tokens = tokens[1:]
    # At the head of a clause "a" is the English article more often than a folded
    # French "à", and "des", "de", "du" start a noun phrase ("Des sources ont dit").
    # "AU peacekeepers": an acronym is no folded preposition ("au")
    first = tokens[0][2] if tokens else ""
    if (
        first.lower() in source_words.PREPOSITIONS - {"a", "des", "de", "du"}
        and not first.isupper()
    ):
        # "In a statement in Hebrew the Israeli military": the phrase starts at the
        # first determiner (or capital) that does not follow a preposition.
        for i in range(1, len(tokens)):
            word, before = tokens[i][2], tokens[i - 1][2].lower()
            if before in source_words.PREPOSITIONS or before in source_words.DETERMINERS:
                continue
            if word.lower() in source_words.DETERMINERS or word[:1].isupper():
                tokens = tokens[i:]
                break
        else:
            return []
    while len(tokens) > 1 and tokens[-1][2].lower() in source_words.TRAILING_FILLERS:
        tokens = tokens[:-1]
    return tokens


_SUBJECT_GLUE = frozenset({"of", "de", "du", "des", "d'", "l'", "'s", "the", "la", "le", "les"})


# A participle phrase before a clause's subject: "Speaking to reporters, the governor …".
_OPENING_ADJUNCT = re.compile(
    r"\W*(?-i:[A-Z])[a-z]+(?:ed|ing)\s+(?:with|to|by|in|on|at|from|for|near|under|after)\s"
    r"[^,.;:]{1,60},\s*",
    _I,
)


def _source_word(low: str) -> bool:
    """Whether a lowercase word is a source noun or a role, singular or plural."""
    return any(p.fullmatch(w) for p in (SOURCE_NOUN, ROLE) for w in (low, low.rstrip("s")))


def _modifier(low: str, after: list[str]) -> bool:
    """Whether a lowercase word qualifies the source noun one or two words after it ("local
    hospital chief"), not a verb before its object ("killed 12 rebels", "said the chief")."""
    if (
        not low.isalpha()
        or low.endswith(("ed", "ing"))
        or low in _NOT_MODIFIERS
        or low in STOPWORDS["en"]
    ):
        return False
    for word in after:
        if _source_word(word.lower()):
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


_NOT_MODIFIERS = frozenset({"said", "says", "told", "tells", "saw", "put", "gave", "sent", "led"})


def clause_subject(shade: str, lo: int) -> tuple[int, int] | None:
    """The noun phrase that opens a clause at ``lo``: the subject of every verb it heads.

    "The U.N. did not provide photos, but said that …": the source of "said" is written
    where the clause starts. The phrase runs while its words are names, source nouns,
    roles or organisations (and the words that join them); the first other word ends it.

    Example:
        >>> s = "The U.N. did not provide photos, but said"
        >>> start, end = clause_subject(s, 0)
        >>> s[start:end]
        'The U.N.'
    """
    if adjunct := _OPENING_ADJUNCT.match(shade, lo):
        lo = adjunct.end()  # "Affiliated with al-Qaeda, the group claimed …"
    tokens = trim_tokens(phrase_tokens(shade[lo:], lo))
    taken: list[tuple[int, int, str]] = []
    for i, (a, b, word) in enumerate(tokens):
        low = word.lower()
        if not (
            (i == 0 and low in source_words.DETERMINERS)
            or word[:1].isupper()
            or low in _SUBJECT_GLUE
            or _source_word(low)
            # "A local hospital chief gave …": a modifier before its source noun
            # (only before its noun: "The president went on television" ends at "president")
            or (
                taken
                and not any(_source_word(w.lower()) or w[:1].isupper() for *_, w in taken[1:])
                and _modifier(low, [w for *_, w in tokens[i + 1 : i + 3]])
            )
        ):
            break
        taken.append((a, b, word))
    while taken and taken[-1][2].lower() in _SUBJECT_GLUE:
        taken.pop()
    if not taken or not valid_source(shade[taken[0][0] : taken[-1][1]]):
        return None
    return taken[0][0], taken[-1][1]

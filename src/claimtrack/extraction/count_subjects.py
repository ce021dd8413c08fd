"""The subject of a count: the words after its number that say what was counted.

"five soldiers | were killed", "three IS militants | were killed", "200 types of weapons":
up to four words, ending at function words, verbs, a reporting verb, another count or a
closing quotation mark.

Example:
    >>> s = "three IS militants were killed"
    >>> count_subject(s, s, 5)
    (6, 18, ['IS', 'militants'])
"""

from __future__ import annotations

import re

from claimtrack.extraction.count_participles import POST_MODIFIER
from claimtrack.extraction.lexicon import numbers, speech, words
from claimtrack.extraction.predicates import PARTICIPLE_AT, PARTICIPLE_WORD

_I = re.IGNORECASE
_STOP = """
    were was are is have has had been be ont a sont ete etaient avaient avait and et or ou ni nor
    but in at on during by from when while with dont including who which that qui que to as
    for dans au aux lors par pour sur of de du des d the le la les l this these their its
    his her y en ainsi also since after before following near across into than per between
    entre parmi among located situated where situes situees pres vers autour aupres under sous
    later subsequently could would might may should must will can seront sera vont va so
    last overnight yesterday today earlier ago hier avoir etre having n'a n'ont n'etait n'etaient
    n'avait n'avaient n'y aient ait soient soit seraient serait auraient aurait
    figurent figuraient figure figurait
    they we he she it
    """
# Words that end a counted subject: "five soldiers | were killed", "27 soldats | tués".
_SUBJECT_STOP = frozenset(_STOP.split())
_REPORTING_AT = words(speech.REPORTING_VERBS, lower=True)
# An irregular participle opening a reduced relative: "40 soldiers | sent to the area"
_SENT_AT = re.compile(r"(?:sent|brought|taken|flown|driven)\s+(?:to|into|in|from|at|on)\b", _I)
# A noun that measures what follows it: "200 types of weapons", "12 caisses de munitions"
_MEASURE = re.compile(
    r"types|kinds|sorts|pieces|units|items|rounds|boxes|crates|cases|tonnes|tons|pairs"
    r"|quantities|sortes|unites|caisses|lots",
    re.IGNORECASE,
)
_OF_WHAT = re.compile(r"\s+(?P<of>of|de|d')\s*(?P<what>[\w-]+)", re.IGNORECASE)
OF = re.compile(
    r"\s*\"?\s*(?:(?:(?:out of|of|des|de)\b|d')\s*\"?\s*"
    r"(?:(?:their|its|his|her|our|the|leurs?|ses|nos)\s+)?)?",
    _I,
)
_NUMBER_WORD = re.compile(rf"\d[\d,.]*|{numbers.NUMBER_WORDS}", _I)
_WHOLE_NUMBER = re.compile(r"\d[\d,.]*\s+(?=[a-z])", _I)
_WORDTOK = re.compile(r"[\w'×-]+|\"|[^\w\s]")

_POST_MODIFIER_AT = re.compile(rf"(?:{POST_MODIFIER})\s", _I)


def _subject_start(shade: str, pos: int) -> int:
    """Where a count's subject words start: past "of the" ("three of the wounded"), and past
    the whole's own number ("one of the 20 wounded soldiers": one among the wounded)."""
    m = OF.match(shade, pos)
    i = m.end() if m else pos
    if m and m.end() > pos and (whole := _WHOLE_NUMBER.match(shade, i)):
        i = whole.end()
    return i


# "12 of whom were commanders": what the people of a relative were
WHOM_WERE = re.compile(
    r"\s+(?:were|are)\s+(?:all\s+)?([a-z][\w-]*[^s\W]s|[a-z]*(?:men|children|people))"
    r"(?=\s*(?:[,.;)]|$))"
)
_NEXT_WORD = re.compile(r"\s+([\w'-]+)")


def _acronym(shade: str, tok: re.Match) -> bool:
    """A word in capitals before a word that is not ("IS militants"): a group's acronym;
    a headline in capitals ("WERE KILLED") keeps its function words."""
    word = tok.group()
    if len(word) < 2 or not word.isupper():
        return False
    after = _NEXT_WORD.match(shade, tok.end())
    return bool(after) and not after.group(1).isupper()


def _ends_subject(shade: str, at: int, low: str) -> bool:
    """Whether the word at ``at`` (lower case ``low``), after the first, ends a subject."""
    return bool(
        # "15 policemen | loyal to the governor", "40 soldiers | sent to the area"
        _POST_MODIFIER_AT.match(shade, at)
        or _SENT_AT.match(shade, at)
        or _REPORTING_AT.match(shade, at)  # "one resident | said"
        or _NUMBER_WORD.fullmatch(low)  # "four villages left | 20 dead": another count
        # "14 fishermen | lost their lives"
        or PARTICIPLE_WORD.fullmatch(low)
        or PARTICIPLE_AT.match(shade, at)
    )


def count_subject(shade: str, text: str, pos: int) -> tuple[int, int, list[str]]:
    """The subject words after a count at ``pos``: up to four, stopping at function words
    and verbs; its start, end and words (lower case, but an acronym as written)."""
    i = _subject_start(shade, pos)
    words: list[str] = []
    start = end = i
    for tok in _WORDTOK.finditer(shade, i):
        word = tok.group()
        if word == '"' and words:
            break  # "two soldiers," colonel X said': a closing mark ends the subject
        if word == '"':
            continue
        low = word.lower()
        if _acronym(shade, tok):
            low = word  # "three IS militants": a name in capitals, not the verb "is"
        if not re.match(r"[\w]", word) or low in _SUBJECT_STOP or len(words) >= 4:
            break
        if words and _ends_subject(shade, tok.start(), low):
            break
        if not words:
            start = tok.start()
        words.append(low)
        end = tok.end()
        if PARTICIPLE_WORD.fullmatch(low):
            break  # "33 blessés": the participle is the claim, not a subject
    return (start, *_measured(shade, end, words))


def _measured(shade: str, end: int, words: list[str]) -> tuple[int, list[str]]:
    """The subject goes on past a measure noun to what it measures ("types of weapons")."""
    if words and _MEASURE.fullmatch(words[-1]) and (of := _OF_WHAT.match(shade, end)):
        return of.end(), [*words, of.group("of").lower(), of.group("what").lower()]
    return end, words

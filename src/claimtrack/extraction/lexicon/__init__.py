"""The word lists extraction runs on, English and French, one module per job.

- ``speech``: who says: reporting verbs and frames, and the function words that tell
  the language;
- ``source_words``: who a source is: source nouns, persons, roles, ranks, and the words
  around a source phrase;
- ``numbers``: how many: number words, modifiers, toll nouns, units, days and months;
- ``happenings``: what happened: claim participles and verbs, attacks, control,
  responsibility, blame, denials, forces present;
- ``tables`` and ``inflection``: the claim words as data (``claims.csv``: lemma or
  phrase → claim type, stance), in every form spaCy's lemma tables give.

Every pattern is matched against the *shadow* of the text (see
``sentences.shadow``): the same length as the text, accents dropped and quotes
straightened, so that ``tué``, ``tue`` and ``TUÉ`` are one word and every match
offset is an offset in the original text. Write patterns in plain ASCII,
lower case; they are compiled case-insensitively.

Example:
    >>> from claimtrack.extraction.lexicon.happenings import CLAIM_PARTICIPLES
    >>> CLAIM_PARTICIPLES["(?:killed)"]
    'killed'
"""

from __future__ import annotations

import re


def words(alternation: str, *, lower: bool = False) -> re.Pattern:
    """A case-insensitive pattern for whole words or phrases of an alternation.

    ``lower``: match the words in lower case only, except at the start of the text
    (a reporting verb is "said", never the "States" of "United States").

    Example:
        >>> bool(words("killed|tue").search("ils ont tue 3"))
        True
        >>> bool(words("states", lower=True).search("the United States army"))
        False
    """
    # An apostrophe may stand before a word: French elision ("l'armée", "d'attaques").
    if lower:
        return re.compile(rf"(?:(?<![\w-])(?:{alternation})|^(?i:{alternation}))(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)

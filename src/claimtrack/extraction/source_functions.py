"""What an office does, named after its role, is no body: "the Army Director of Public
Relations" speaks for the army, not for "Public Relations"; "head of communications for the
movement" for the movement.

Example:
    >>> less_function("public relations of the Nigerian Army")
    'the Nigerian Army'
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import source_words

_I = re.IGNORECASE
# An office's function before the body it serves, or after the body's name: "public
# relations of the army" (the army), "Army Public Relations" (Army), "Defence Information"
_FUNCTION_FIRST = re.compile(
    rf"^(?:{source_words.FUNCTION_NAMES})\b(?:\s+(?:of|for|at|in)\s+|\s*$)", _I
)
_FUNCTION_LAST = re.compile(rf"\s+(?:{source_words.FUNCTION_NAMES})$", _I)


def less_function(words_after_role: str) -> str:
    """The body a role's complement names, less the office's function ("" when that is
    all it names).

    Example:
        >>> less_function("public relations of the army"), less_function("Public Relations")
        ('the army', '')
        >>> less_function("Army Public Relations"), less_function("the M23")
        ('Army', 'the M23')
    """
    rest = words_after_role.strip()
    rest = _FUNCTION_FIRST.sub("", rest)
    return _FUNCTION_LAST.sub("", rest) if rest else rest

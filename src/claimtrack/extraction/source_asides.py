"""Asides inside a source phrase that are no boundary of it: a closing parenthesis and a
title in quotation marks. "The Kadi Monitor (published by a local NGO, the Kadi Trust)
reported" is the Monitor's, and 'Correspondents for the "Kadi Bulletin" speak of' the
correspondents': the comma inside the brackets and the quotation marks around the title
would otherwise cut the phrase.

Both are blanked with spaces of the same length, so that offsets into the text hold.

Example:
    >>> blank_asides('The Monitor (published by an NGO, the Trust)').rstrip()
    'The Monitor'
    >>> blank_asides('Reporters for the "Kadi Bulletin"')
    'Reporters for the  Kadi Bulletin '
"""

from __future__ import annotations

import re

# A bracketed aside closing the stretch before the verb, with a comma or a quotation
# inside it (one without is read as it is: "the Front (FLN)" keeps its acronym).
_CLOSING_ASIDE = re.compile(r"\s\([^()]*[,\"“”][^()]*\)\s*$")
# A title in quotation marks inside the phrase: capitalised words only, not a quotation.
_TITLE = re.compile(
    r"(?<=\s)[\"“](?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6})[\"”](?=\s*$|\s)"
)


def blank_asides(left: str) -> str:
    """``left`` (the stretch before a verb) with a closing bracketed aside and the
    quotation marks of a title blanked (see the module docstring)."""
    if aside := _CLOSING_ASIDE.search(left):
        left = left[: aside.start()] + " " * (len(left) - aside.start())
    return _TITLE.sub(lambda m: f" {m['title']} ", left)

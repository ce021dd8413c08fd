"""What a count's verb is blamed for, or claimed for: "jailed for killing two guards" is no
count of the jailer's, "claimed responsibility for killing 16 soldiers" is the claimant's.

Example:
    >>> s = "The group claimed responsibility for killing 16 soldiers."
    >>> blamed_for(s, s.index("killing"))
    False
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import speech

_I = re.IGNORECASE
# "jailed for killing", "accusé d'avoir tué": what someone is blamed for is no count.
_FOR = re.compile(r"(?<![\w'-])(?:for|of|pour|de|d')\s*(?:having\s+|avoir\s+)?$", _I)


# "accused the Rapid Support Forces of killing", "rebel claims of killing": the accuser's
# word and the accused, within one clause, before "of"/"for"
_ACCUSED_OF = re.compile(
    rf"(?<![\w'-])(?:{speech.ACCUSED_OF})(?:\s+[\w'’.-]+){{0,6}}?\s+(?:of|for)\s+(?:having\s+)?$",
    _I,
)


# "claimed responsibility for the deaths of 16 soldiers": who claims a killing asserts it
# (not "denied responsibility for": the deaths may be asserted by no one there)
_CLAIMED_FOR = re.compile(
    r"(?<![\w'-])(?:claim(?:ed|s|ing)?|accept(?:ed|s|ing)?|admit(?:ted|s|ting)?"
    r"|t(?:ook|akes|aking)|assum(?:ed|es|ing))\s+(?:full\s+|sole\s+)?responsibility\s+"
    r"(?:for|of)\s+(?:having\s+)?(?:the\s+)?$",
    _I,
)


# "the attack was revenge for the killing of seven civilians": what an attack avenges is a
# killing the speaker asserts, not one someone is punished for
_AVENGED = re.compile(
    r"(?<![\w'-])(?:revenge|retaliation|reprisal|reprisals|retribution|vengeance|payback"
    r"|response|avenge|avenging|avenged)\s+(?:for|to|of)?\s*(?:the\s+)?$",
    _I,
)


def blamed_for(shade: str, verb_start: int) -> bool:
    """Whether the claim verb at ``verb_start`` names what someone is blamed for (punished
    or tried for), not what an accuser says they did.

    Example:
        >>> s = "jailed for killing two guards"
        >>> blamed_for(s, s.index("killing")), blamed_for(s, 0)
        (True, False)
        >>> s = "accused the rebels of killing two guards"
        >>> blamed_for(s, s.index("killing"))
        False
    """
    if not _FOR.search(shade, max(0, verb_start - 20), verb_start):
        return False
    if _CLAIMED_FOR.search(shade, max(0, verb_start - 40), verb_start):
        return False  # "claimed responsibility for killing 16 soldiers": the claimant's own
    if _AVENGED.search(shade, max(0, verb_start - 30), verb_start):
        return False  # "revenge for the killing of seven civilians": the speaker's account
    return not _ACCUSED_OF.search(shade, max(0, verb_start - 80), verb_start)

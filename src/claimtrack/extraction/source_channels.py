"""A document named with the channel its owner put it out on: the owner speaks.

"according to a post on the airport authority's Facebook page", "a statement posted on
the official website of the ministry said", "A video published on the group's Telegram
channel showed …": the body whose page, site or channel it is, not "a post" or "Facebook
page". A channel of no one named ("its website", "a local website") leaves the phrase as
it was. Where a source spoke ("in a statement", "on Twitter", "reached by phone") is
no part of its name either (``CHANNEL_AFTER``, ``CHANNEL_ASIDE``).

Example:
    >>> s = "according to a post on the army's Facebook page, 12 died"
    >>> start, end = owner_after(s, len("according to "))
    >>> s[start:end]
    'the army'
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import source_words

_I = re.IGNORECASE

# "police have in their statements said": where it was said is not the source.
CHANNEL_AFTER = re.compile(
    r"(?<=\w)\s+(?:(?:in|dans)\s+(?:a|an|its|their|his|her|the|un|une|son|sa|leurs?)\s+"
    # "in a telephone interview", "in a joint statement"
    r"(?:[\w-]+\s+)?(?:statements?|communiques?|interviews?|posts?|videos?|tweets?|entretien)"
    # "X in talks with media via telephone from unknown location said": how he was reached
    r"|(?:in talks with|via|by (?:tele)?phone|over the (?:tele)?phone|par telephone)\b[^,;:]*"
    # "Two residents reached by telephone said", "officials contacted by AFP" (not "When
    # contacted on phone, the spokesman said": a comma ends how he was reached)
    r"|(?:reached|contacted|interviewed|quoted|cited|joined)(?:\s+(?:by|via|over|on)\b[^,;:]*)?)$",
    _I,
)

# "The spokesman, Ali Musa, in a statement, said", "X, on Twitter, said": where it was said,
# as an aside, is cut, the comma before it kept (it closes the name of a role-then-name).
CHANNEL_ASIDE = re.compile(
    r",\s*(?:(?:in|dans)\s+(?:a|an|its|their|his|her|the|un|une|son|sa|leurs?)\s+(?:[\w-]+\s+)?"
    r"(?:statements?|communiques?|interviews?|posts?|videos?|tweets?|entretien)"
    r"|on\s+(?:Twitter|Facebook|Telegram|X|social media|(?:state|national) (?:television|radio))"
    # "The Taliban, through their spokesman Ali Sow, said": whom a body spoke through
    r"|through\s+(?:their|its|his|her|a|the)\s+(?:[\w'’.-]+\s+){0,1}"
    rf"(?:{source_words.ROLE_WORDS})\b[^,;:\"]*"
    # "A spokesman for the rebels, reached by phone, said": how he was reached
    r"|(?:reached|contacted|interviewed|joined)(?:\s+(?:by|via|over|on|at)\b[^,;:\"]*)?)"
    r"(?:\s+(?:on|late|early|issued|released|posted)\b[^,;:\"]*)?\s*,$",
    _I,
)

_DOCUMENT = (
    rf"(?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{source_words.DOCUMENT_NOUNS})s?"
    r"(?:\s+(?:posted|published|released|issued|shared|uploaded|carried|put\s+out|placed))?"
    r"\s+(?:on|in|via|to|through)\s+"
)
# where a body publishes ("the ministry's website", "the group's Telegram channel")
CHANNEL_NOUNS = r"website|web\s+site|site|page|account|channel|feed|portal"
_CHANNEL = rf"(?:official\s+)?(?:[\w-]+\s+){{0,2}}?(?:{CHANNEL_NOUNS}|handle)"
# "the airport authority's Facebook page", "Hamas' Telegram channel" (not "its page")
_OWNER_S = (
    r"(?P<owner>(?!(?:its|their|his|her|our)\b)(?:the\s+)?(?:[\w.-]+\s+){0,4}?[\w.-]+)'s?\s+"
    + _CHANNEL
)
# "the official website of the ministry", up to a stop, a time or the verb
_OF_OWNER = (
    rf"(?:the\s+)?{_CHANNEL}\s+of\s+(?P<of>(?:the\s+)?[^,;:.\"()]+?)"
    r"(?=\s*(?:[,;:.\"()]|$)|\s+(?:on|in|at|late|early|said|says|reported|showed|shows)\b)"
)
_AFTER = re.compile(rf"{_DOCUMENT}(?:{_OWNER_S}|{_OF_OWNER})", _I)
# before a verb: the whole stretch, from a boundary (a clause's start, a comma)
_BEFORE = re.compile(rf"(?:^|(?<=[,;:\"]))\W*(?:{_DOCUMENT}(?:{_OWNER_S}|{_OF_OWNER}))\W*$", _I)


def owner_after(shade: str, start: int) -> tuple[int, int] | None:
    """The span of the owner of a document named at ``start`` with its channel, or None.

    Example:
        >>> owner_after("according to a post on its Facebook page", 13) is None
        True
    """
    m = _AFTER.match(shade, start)
    return _owner(m)


def owner_before(shade: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the owner of a document named with its channel just before ``hi`` (a
    verb): "A statement posted on the army's website said", or None.

    Example:
        >>> s = "A statement on the website of the ministry said"
        >>> start, end = owner_before(s, 0, s.index(" said"))
        >>> s[start:end]
        'the ministry'
    """
    span = _owner(_BEFORE.search(shade[lo:hi].rstrip()))
    return (lo + span[0], lo + span[1]) if span else None


# what stands before an owner: "a statement posted on the website of ", "a post on "
_BEFORE_OWNER = re.compile(rf"{_DOCUMENT}(?:(?:the\s+)?{_CHANNEL}\s+of\s+)?$", _I)


def channel_opening(shade: str, start: int) -> int:
    """Where the document opens whose owner is named at ``start`` ("…, a statement posted
    on the website of the army said": at "a statement"), else ``start``.

    Example:
        >>> s = "Nine died, a post on the army's page said"
        >>> channel_opening(s, s.index("the army")), channel_opening(s, 0)
        (11, 0)
    """
    m = _BEFORE_OWNER.search(shade, max(0, start - 120), start)
    return m.start() if m else start


def _owner(m: re.Match | None) -> tuple[int, int] | None:
    if m is None:
        return None
    group = "owner" if m.group("owner") else "of"
    return m.span(group)

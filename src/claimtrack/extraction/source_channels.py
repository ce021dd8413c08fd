"""A document named with the channel its owner put it out on: the owner speaks.

"according to a post on the airport authority's Facebook page", "a statement posted on
the official website of the ministry said", "A video published on the group's Telegram
channel showed …": the body whose page, site or channel it is, not "a post" or "Facebook
page". A channel of no one named ("its website", "a local website") leaves the phrase as
it was.

Example:
    >>> s = "according to a post on the army's Facebook page, 12 died"
    >>> start, end = owner_after(s, len("according to "))
    >>> s[start:end]
    'the army'
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_DOCUMENT = (
    r"(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|posting|video|message|tweet"
    r"|communique|announcement|notice|bulletin|update)s?"
    r"(?:\s+(?:posted|published|released|issued|shared|uploaded|carried|put\s+out|placed))?"
    r"\s+(?:on|in|via|to|through)\s+"
)
_CHANNEL = (
    r"(?:official\s+)?(?:[\w-]+\s+){0,2}?(?:website|web\s+site|site|page|account|channel"
    r"|feed|portal|handle)"
)
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

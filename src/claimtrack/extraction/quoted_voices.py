"""Voices inside a quotation that a speaker closes: who speaks for which part of it.

A speaker after a quotation ('"…," the spokesman said') speaks for the whole of it, also
for what comes before a head inside it ('"The army killed 10 rebels. Yesterday the
ministry claimed 110," the spokesman said': the 10 are the spokesman's). A head inside
it whose subject is the speaker's own side ('"Our records show 15 died," he said',
'"Ground troops confirmed about 20 injured," a military spokesman said') is the
speaker's own account, not another voice.

Example:
    >>> s = '"The army killed 10 rebels. Our records show 5 died," he said.'
    >>> quote_opening(s, s.index(" he said"), s.index(" Our") + 12)
    0
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution

_I = re.IGNORECASE
# Just before a closing speaker: '…," X said', '…", X said'
_CLOSED = re.compile(r"(?:[,.!?]\s*\"|\"\s*,)\s*$")
# The speaker's own side as subject: "our records", "my men", "we"; troops or records
# without a determiner of another body ("Ground troops", "troops on the ground").
_OWN_SIDE = re.compile(
    r"(?:(?:our|my)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|we"
    r"|(?:[a-z][\w-]*\s+)?(?:troops|soldiers|forces|units|men|records|figures|data)"
    r"(?:\s+on\s+the\s+ground)?)",
    _I,
)


def quote_opening(shade: str, start: int, prev: int) -> int:
    """Where a tail source at ``start`` speaks from: the opening mark of the quotation it
    closes when the last frame before it (ending at ``prev``) is inside that quotation,
    else ``prev``.

    Example:
        >>> s = 'Nine died, police said.'
        >>> quote_opening(s, s.index(" police"), 0)
        0
    """
    before = shade[:start]
    if not _CLOSED.search(before):
        return prev
    close = before.rfind('"')
    if before.count('"', 0, close) % 2 == 0:
        return prev  # the mark closes no quotation opened in this sentence
    opening = before.rfind('"', 0, close)
    return opening if opening < prev else prev


def own_voice_heads(found: list[Attribution], shade: str) -> None:
    """Drop the heads inside a quotation that a later speaker closes whose subject is that
    speaker's own side ("Our official records showed …", "Ground troops confirmed …")."""
    closers = [a for a in found if a.kind in ("tail", "inverted")]
    for a in list(found):
        if a.kind != "head" or shade.count('"', 0, a.start) % 2 == 0:
            continue
        close = shade.find('"', a.verb_end)
        if close < 0 or not _OWN_SIDE.fullmatch(shade[a.start : a.end].strip()):
            continue
        if any(
            (at := min(c.start, c.verb_start)) > close
            and quote_opening(shade, at, a.verb_end) < a.start
            for c in closers
        ):
            found.remove(a)


# A speaker's own denial inside what it says: '"We deny that 57 civilians were killed,"
# the spokesman said', 'X said: "We categorically reject claims that …"'
_OWN_DENIAL = re.compile(
    r"(?<![\w'-])(?:we|i)\s+(?:(?:also|again|hereby|therefore|totally|strongly|firmly|flatly"
    r"|categorically|vehemently|completely|strenuously|do)\s+){0,2}"
    r"(?P<v>deny|reject|dismiss|refute|disown|repudiate)(?![\w'-])",
    _I,
)


def own_denials(found: list[Attribution], shade: str) -> None:
    """Add, for a first-person denial inside what a source says ("We deny that …"), a
    denial of that source over what the denial takes, to the end of its quotation.

    Example:
        >>> s = '"We deny that 5 died," he said.'
        >>> a = Attribution("tail", 22, 24, 25, 29, "he", content=(0, 22))
        >>> found = [a]
        >>> own_denials(found, s)
        >>> [(b.phrase, b.denial, s[slice(*b.content)]) for b in found]
        [('he', False, '"We deny that 5 died,"'), ('he', True, ' that 5 died')]
    """
    for a in [a for a in found if a.kind in ("head", "tail", "inverted") and not a.denial]:
        for m in _OWN_DENIAL.finditer(shade, *a.content):
            end = a.content[1]
            if shade.count('"', 0, m.start()) % 2 and (close := shade.find('"', m.end(), end)) > 0:
                end = close  # to the end of its quotation
            end = len(shade[:end].rstrip(" ,"))
            d = Attribution("head", a.start, a.end, m.start("v"), m.end("v"), a.phrase, True)
            d.content, d.antecedent = (m.end("v"), end), a.antecedent
            found.append(d)

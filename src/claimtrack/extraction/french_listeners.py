"""The listener as a French clitic before a closing verb: "« … », lui a dit un officier",
"…, m'a confié X", "…, leur a déclaré le capitaine". The clitic only heard what was said;
the name after the verb speaks, as in any inverted frame. In a head frame the clitic
follows the speaker ("Le maire nous a dit que …", "Un officier lui aurait confié …"): the
speaker is the name before it.

Example:
    >>> bool(_LISTENER.search("« Douze morts », lui a dit un officier."))
    True
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.source_names import valid_source

# "…», lui a dit un officier", "…, m'a confié X": the clitic before the verb is who heard it.
_LISTENER = re.compile(r"(?:,|[«»\"])\s*(?P<who>lui|leur|nous|vous|me|m')\s*(?=(?:a|ont)\s)", re.I)


# "Le maire nous a dit", "Un élu lui aurait affirmé", "Le maire nous l'a confirmé": a
# clitic listener (and what may follow it before the verb) closing a head frame's phrase.
_CLITIC_TAIL = re.compile(
    r"(?<=\w)\s+(?:ne\s+|n')?(?:lui|leur|nous|vous|me|m'|te|t')"
    r"(?:\s*(?:l'|le|la|les|en|y|a|ont|avait|avaient|aurait|auraient|aura|auront)\b)*\s*$",
    re.IGNORECASE,
)


def heard_in_head(found: list[Attribution]) -> list[Attribution]:
    """Head frames whose phrase ends with a listening clitic speak by the name before it
    ("Le maire nous a dit que …": the mayor, not "Le maire nous").

    Example:
        >>> a = Attribution("head", 0, 13, 14, 18, "Le maire nous")
        >>> [b.phrase for b in heard_in_head([a])]
        ['Le maire']
    """
    out = []
    for a in found:
        m = _CLITIC_TAIL.search(a.phrase) if a.kind == "head" else None
        out.append(replace(a, end=a.start + m.start(), phrase=a.phrase[: m.start()]) if m else a)
    return out


def heard_by_clitic(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames with a listening clitic read as the inverted frame of the name after
    the verb ("« … », lui a dit un officier": the officer speaks, "lui" only heard it).

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("« Douze morts », lui a dit un officier.")[0]
        >>> found = heard_by_clitic(s.text, s.shade, find_attributions(s))
        >>> [(a.phrase, a.kind) for a in found]
        [('un officier', 'inverted')]
    """
    from claimtrack.extraction.frames_inverted import inverted_frames  # no import cycle

    listeners = list(_LISTENER.finditer(shade))
    if not listeners:
        return found
    blank = shade
    for m in listeners:
        blank = blank[: m.start("who")] + " " * len(m.group("who")) + blank[m.end("who") :]
    inverted: list[Attribution] = []
    inverted_frames(blank, text, inverted)
    kept = list(found)
    for m in listeners:
        listener = next((a for a in found if a.start == m.start("who")), None)
        speaker = next((a for a in inverted if a.start > m.end("who")), None)
        if speaker is None or any(a.start == speaker.start for a in found):
            continue  # "…, lui a-t-on dit": no one named after the verb; or read already
        if listener is None:  # "…», nous ont assuré des habitants": no rule read it
            kept.append(replace(speaker, content=(0, m.start())))
            continue
        # the speaker says what the clitic's frame held
        kept.remove(listener)
        kept.append(replace(speaker, content=listener.content, denial=listener.denial))
    return sorted(kept, key=lambda a: a.start)


# "Selon ce qu'a appris RFI auprès de sources locales", "Selon des informations recueillies
# (par l'AFP) auprès du maire": who learned it only listened; who told it speaks.
_LEARNED_FROM = re.compile(
    r"(?:ce\s+qu'\s*(?:a|ont|avait|avaient)\s+appris\s+(?:[^,;:\"]*?\s+)?"
    r"|(?:des|les|nos|de\s+nombreuses|plusieurs)\s+informations\s+(?:recueillies|obtenues"
    r"|collectees|glanees)\s+(?:par\s+[^,;:\"]*?\s+)?)"
    r"aupres\s+(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|d'\s*|de\s+)",
    re.IGNORECASE,
)


def told_by(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """ "Selon ce qu'a appris X auprès de Y" and "Selon des informations recueillies auprès
    de Y" name Y as the source; X only heard it.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Selon ce qu'a appris RFI auprès de sources locales, 12 civils ont péri."
        >>> a = Attribution("according", 6, 50, 0, 5, text[6:50], content=(50, len(text)))
        >>> [b.phrase for b in told_by(text, shadow(text), [a])]
        ['sources locales']
    """
    out = []
    for a in found:
        m = _LEARNED_FROM.match(shade, a.start, a.end) if a.kind == "according" else None
        if m and m.end() < a.end:
            a = replace(a, start=m.end(), phrase=text[m.end() : a.end])
        out.append(a)
    return out


# "Les autorités locales, citées par la radio X, font état de …": a head phrase that is
# the aside of who reached the subject before its comma; the subject speaks.
_REACHED_ASIDE = re.compile(
    r"(?:citee?s?|jointe?s?|interrogee?s?|contactee?s?|sollicitee?s?|approchee?s?)\s", re.I
)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[;:]\s*|\b(?:mais|et)\s+)(?P<src>[^,;:«»\"()]{2,80}?)\s*,\s*$", re.IGNORECASE
)


def reached_aside(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Head frames read on the aside of who reached their subject, given back to the
    subject before it.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Les autorités, citées par la radio Kalo, font état de 12 morts."
        >>> a = Attribution("head", 15, 39, 41, 50, text[15:39], content=(50, 63))
        >>> [b.phrase for b in reached_aside(text, shadow(text), [a])]
        ['Les autorités']
    """
    out = []
    for a in found:
        before = _SUBJECT_BEFORE.search(shade, 0, a.start)
        if a.kind == "head" and _REACHED_ASIDE.match(shade, a.start) and before:
            start, end = before.span("src")
            if valid_source(shade[start:end]):
                a = replace(a, start=start, end=end, phrase=text[start:end])
        out.append(a)
    return out

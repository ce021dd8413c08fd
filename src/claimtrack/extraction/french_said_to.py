"""French frames whose phrase holds the verb of saying or who heard it: in "« … », a déclaré
une autorité locale à Oméga précisant que …" the rules may read "a déclaré une autorité
locale à Oméga" as the subject of "précisant", or "à Oméga" alone: the speaker is the
name after the verb, both for the quotation before it and for what "précisant" adds; the
place or listener after "à" only heard it.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "« Rien », a déclaré le maire à Kaboul précisant que 12 soldats sont morts."
    >>> start, verb = text.index("a déclaré"), text.index("précisant")
    >>> a = Attribution("head", start, verb - 1, verb, verb + 9, text[start : verb - 1])
    >>> [(b.kind, b.phrase) for b in said_to(text, shadow(text), [a])]
    [('head', 'le maire')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon.speech import FR_SAID_PARTICIPLES
from claimtrack.extraction.source_names import valid_source

# "a déclaré …", "ont indiqué mardi …": a compound verb of saying opening a phrase, with
# the day or an adverb the rules may leave inside it (accents folded, as in the shade)
_VERB_FIRST = re.compile(
    rf"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:[a-z]+\s+)?(?:{FR_SAID_PARTICIPLES})e?s?\s+"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore)\s+)?",
    re.IGNORECASE,
)
# " à Oméga", " au téléphone", " aux journalistes": who heard it or where, never who spoke
# (matched on the text: in the shade "à" is the auxiliary "a")
_HEARD_AT = re.compile(r"\s+(?:à|au|aux)\s+\S.*$", re.IGNORECASE)
_OPENS_WITH_TO = re.compile(r"^(?:à|au|aux)\s", re.IGNORECASE)


def _speaker_inside(text: str, shade: str, a: Attribution) -> Attribution | None:
    """The frame's speaker where its phrase opens with its own verb of saying ("a déclaré
    X à Y"): X, said before the frame's verb; None for any other phrase."""
    verb = _VERB_FIRST.match(shade, a.start, a.end)
    if verb is None:
        return None
    end = a.end
    heard = _HEARD_AT.search(text, verb.end(), a.end)
    if heard:
        end = heard.start()
    phrase = text[verb.end() : end].strip()
    if not phrase or not valid_source(shade[verb.end() : verb.end() + len(phrase)]):
        return None
    start = verb.end()
    return replace(a, start=start, end=start + len(phrase), phrase=phrase)


def said_to(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames whose phrase holds its verb of saying, read by the name after the verb;
    and a head frame on "à …" right after an inverted one, read by that frame's name ("…, a
    déclaré un élu à la radio précisant que …": the official, not the radio).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "« Rien », a déclaré un élu à la radio précisant que 3 sont morts."
        >>> b = Attribution("inverted", 20, 26, 10, 19, text[20:26], content=(0, 9))
        >>> a = Attribution("head", 27, 37, 38, 47, text[27:37], content=(47, len(text)))
        >>> [(c.kind, c.phrase) for c in said_to(text, shadow(text), [b, a])]
        [('inverted', 'un élu'), ('head', 'un élu')]
    """
    out: list[Attribution] = []
    for a in found:
        inside = _speaker_inside(text, shade, a) if a.kind in ("head", "tail") else None
        if inside is not None:
            # the tail frame's verb is the one before the name: it closes the quotation
            kind = "inverted" if a.kind == "tail" else a.kind
            out.append(replace(inside, kind=kind))
            continue
        before = next((b for b in reversed(out) if b.kind == "inverted" and b.end <= a.start), None)
        if (
            a.kind == "head"
            and _OPENS_WITH_TO.match(a.phrase)
            and before is not None
            and not text[before.end : a.start].strip()
        ):
            a = replace(a, start=before.start, end=before.end, phrase=before.phrase)
        out.append(a)
    return out

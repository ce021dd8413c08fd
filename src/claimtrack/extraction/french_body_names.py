"""French names of bodies that list what they stand for, commas and all: "le Mouvement pour
la paix, la justice et le progrès (MPJP)", "le Rassemblement des forces pour le changement,
la démocratie et la paix". The rules end a source phrase at its first comma, so they give
"le Mouvement pour la paix" (or "le progrès", or nothing); the whole name is the source.

A name is a capitalised body word (``LISTED_BODIES``), "pour"/"de" and a list of
lowercase items closed by "et", then its acronym in brackets if any. No item may name a
source of its own ("le Front de libération, les habitants et la police ont affirmé" is
three sources), and without an acronym the name must be the subject of its verb.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Le Front pour la paix, la justice et le progrès (FPJP) a annoncé 12 morts."
    >>> [(a.phrase, a.kind) for a in listed_names(text, shadow(text), [])]
    [('Le Front pour la paix, la justice et le progrès (FPJP)', 'head')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.french_frames import REPORTING_FORMS
from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_names import ORG, ROLE, SOURCE_NOUN

# An item of the list: an article and up to three lowercase words ("la justice sociale").
_ITEM = r"(?:(?:[Ll]es?|[Ll]a)\s+|[Ll]')?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?"
_LISTED_NAME = re.compile(
    rf"\b(?:[Ll]es?\s+|[Ll]a\s+|[Ll]')(?:{source_words.LISTED_BODIES})\b(?:\s+[\w'-]+){{0,3}}?"
    rf"\s+(?:pour|de|du|des|d')\s*(?P<items>{_ITEM}(?:,\s+{_ITEM})+\s+et\s+{_ITEM})"
    r"(?P<acronym>\s*\([A-Z][A-Za-z0-9-]{1,12}\))?(?=[\s,.;:)]|$)"
)
_ITEMS = re.compile(r",\s+|\s+et\s+")
# The verb of a name that is the subject: "(MPJP) a confirmé de son côté …".
_HEAD_VERB = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient|aurait)\s+)?"
    rf"(?P<verb>{REPORTING_FORMS}|(?:fait|font|faisait|avait fait) etat)(?![\w-])",
    re.IGNORECASE,
)


def _names(shade: str) -> list[re.Match]:
    """The listed names of a sentence whose items name no source of their own."""
    return [
        m
        for m in _LISTED_NAME.finditer(shade)
        if not any(
            p.search(item) for item in _ITEMS.split(m["items"]) for p in (SOURCE_NOUN, ROLE, ORG)
        )
    ]


def listed_names(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Sources that are a piece of a listed name, widened to the whole name; a listed name
    that is its verb's subject and no rule read, as a head frame."""
    names = _names(shade) if "," in shade else []
    out = list(found)
    for m in names:
        start, end = m.span()
        verb = _HEAD_VERB.match(shade, end)
        inside = [a for a in out if start <= a.start < end and a.end <= end + 1]
        if not m["acronym"] and not verb:
            continue  # "Selon le Front de libération, la ville et le camp …": no name
        for a in inside:
            content = a.content
            if a.end <= content[0] < end:  # "Selon X, la justice et le progrès (X), 12 …"
                content = (end, content[1])
            out[out.index(a)] = replace(
                a, start=start, end=end, phrase=text[start:end], content=content
            )
        if not inside and verb:
            v0, v1 = verb.span("verb")
            nxt = min((b.start for b in out if b.start > v1), default=len(shade))
            out.append(Attribution("head", start, end, v0, v1, text[start:end], content=(v1, nxt)))
    return sorted(out, key=lambda a: a.start) if names else found

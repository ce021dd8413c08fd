"""Sources named as documents or epithets: "the statement", "a report from local
sources", "the latest UN figures", "the Britain-based group".

A document speaks for the body that issued it; "the statement" stands for the body
named with a statement, never for a report of another kind; an epithet stands for
the body named before it. Resolving them across sentences is ``sources``' job.

Example:
    >>> bool(DOCUMENT.match("a previous report from local sources"))
    True
    >>> bool(EPITHET.match("the rights group")), bool(EPITHET.match("the rebel group"))
    (True, False)
"""

from __future__ import annotations

import re

from claimtrack.extraction.lexicon import happenings, source_words
from claimtrack.text import fold

DOCUMENT = re.compile(
    r"^\W*(?:[\w'’]+\s+){0,2}?(?:statement|communiqu[eé]|report|rapport|bulletin|d[eé]claration"
    r"|video|vid[eé]o|message|dispatch|d[eé]p[eê]che|information)s?\b",
    re.IGNORECASE,
)
# "a statement", "un communiqué": a document that does not say whose it is
UNOWNED_DOCUMENT = re.compile(
    r"^\W*(?:a|an|un|une)\s+(?:[\w'’-]+\s+)?(?:statement|communique|video|message|declaration)$",
    re.IGNORECASE,
)
_BODY_MODIFIER = re.compile(rf"^(?:{source_words.BODY_MODIFIERS})$", re.IGNORECASE)


def unowned_document(phrase: str) -> bool:
    """Whether a phrase names a document without saying whose ("a statement", "a brief
    video"); a capitalised or body-naming modifier owns it ("an Army statement", "a
    Hamas video", "a police statement").

    Example:
        >>> unowned_document("a separate statement"), unowned_document("an Army statement")
        (True, False)
        >>> unowned_document("a rebel video"), unowned_document("a statement")
        (False, True)
    """
    if not UNOWNED_DOCUMENT.match(fold(phrase)):
        return False
    words = phrase.split()
    if len(words) < 3:
        return True
    modifier = words[1].split("-")[0]
    return not (modifier[:1].isupper() or _BODY_MODIFIER.match(fold(modifier)))


# where reports come from that is no body: "the region", "the Kadi area", "the front line"
_WHERE_FROM = (
    r"regions?|ground|scene|front(?:\s*lines?)?|border|capital|country|north|south|east|west"
)
# "the statement from the army", "le communiqué du ministère": the body speaks ("of" a
# whole word: "le communiqué officiel" names no body)
DOCUMENT_OF = re.compile(
    DOCUMENT.pattern + r"(?:\s+[\w'’]+){0,6}?\s+(?P<of>(?:of|from|by|du|des|de|par)\b|d')\s*"
    # (not a place the reports come from: "Reports from the region said")
    rf"(?P<body>(?!the\s+(?:[\w'-]+\s+){{0,2}}?(?:{happenings.PLACE_NOUNS}|{_WHERE_FROM})\W*$)"
    r"(?:(?:the|le|la|l'|les)\b.*|[A-Z].*))$",
    re.IGNORECASE,
)
# "the latest United Nations figures", "Israeli army data": a named body's document
NAMED_DOCUMENT = re.compile(
    # (a modifier opening a sentence is no body: "Official figures show …")
    r"^(?:[Tt]he\s+)?(?:(?:(?i:latest|official|preliminary|initial|updated)|new)\s+)*"
    # "The report": a determiner is no body
    r"(?!(?:The|This|That|These|Those|Its|Their|A|An|(?i:latest|official|preliminary"
    r"|initial|updated)|New(?=\s+[a-z]))\s)(?P<body>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(?:['’]s?)?"
    r"\s+(?:figures|data|tally|toll|count|statistics|report|estimates?)$"
)
# "the army's statement", "the ministry's latest figures": the body before the possessive
POSSESSIVE_DOCUMENT = re.compile(
    r"^(?P<body>the\s+(?:[\w.-]+\s+){0,3}?[\w.-]+)['’]s?\s+"
    r"(?:(?:latest|new|official|preliminary|initial|updated|own|weekly|daily|final)\s+)*"
    r"(?:statement|communiqu[eé]|figures|data|tally|toll|count|statistics|report|estimate"
    r"|bulletin|announcement|account)s?$",
    re.IGNORECASE,
)
# Epithets of a body named before: "the UK-based monitor", "the rights group" (a bare
# "the group" is a definite description, resolved by its noun).
EPITHET = re.compile(
    r"^the\s+(?=\S+\s)(?:[\w-]+-based\s+)?(?:(?:human\s+)?rights\s+|monitoring\s+|war\s+)?"
    r"(?:group|monitor|organi[sz]ation|observatory|watchdog)$"
    # a bare "the monitor", "the watchdog": only a body is so called
    r"|^the\s+(?:monitor|watchdog)$"
    # "the world body" (the UN), "the regional bloc" (ECOWAS), "the rights body"
    r"|^the\s+(?:(?:world|global|rights|regional|continental|international|un|u\.n\.)\s+)?"
    r"(?:body|bloc)$(?<!the body)",
    re.IGNORECASE,
)
# "The group", "the movement" (a group's own word for itself) and what its members are
# called: "Al-Shabaab said … . The militants added …" (the armed group named before)
THE_GROUP = re.compile(
    r"^the (?:group|movement|organi[sz]ation|militia|militants|insurgents|jihadists|rebels"
    r"|extremists|islamists)$",
    re.IGNORECASE,
)
# "Its spokeswoman, Anna Berg", "their military spokesman": a role of the body named before.
POSSESSIVE_ROLE = re.compile(
    rf"^(?:its|their)\s+(?:[\w'-]+\s+)?(?:{source_words.ROLE_WORDS})\b", re.IGNORECASE
)
# A statement spoken of, and "the statement" that stands for the body that made it.
STATEMENT = re.compile(r"\b(?:statements?|communiqu[eé]s?)\b", re.IGNORECASE)
THE_STATEMENT = re.compile(r"^(?:the|le) (?:statement|communique|texte?)$")


def another_document(raw: str, mention: str | None = None) -> bool:
    """Whether a source was named as a document that is no statement ("the statement"
    never stands for these).

    Example:
        >>> another_document("security sources", "a previous report from security sources")
        True
        >>> another_document("the army", "a statement from the army")
        False
    """
    named = f"{mention or ''} {raw}"
    return bool(DOCUMENT.match(raw) or DOCUMENT.match(mention or "")) and not STATEMENT.search(
        named
    )


# "a report issued by X", "in a new report", "une vidéo": one document a sentence names
_ONE_DOCUMENT = re.compile(
    r"\b(?:a|an|its|their|un|une|son|sa|leur)\s+(?:[\w-]+\s+){0,2}?"
    r"(report|rapport|video|vid[eé]o|bulletin|dispatch|message)\b",
    re.IGNORECASE,
)


class Papers:
    """The documents each source was named with ("according to a report issued by the
    ministry"), which a later "the report" stands for: the ministry.

    Example:
        >>> papers, ministry = Papers(), object()
        >>> papers.read("Ten died, according to a report issued by the ministry.")
        >>> papers.note(ministry)
        >>> papers.of(ministry), papers.of(object())
        ('report', '')
        >>> papers.read("The army denied reports that ten died.")
        >>> papers.now
        ''
    """

    def __init__(self) -> None:
        self.now = ""  # the nouns of the documents the sentence being read names one of
        self._noted: list[tuple[object, str]] = []

    def read(self, text: str) -> None:
        """Note the documents a sentence names one of ("a report", not "reports")."""
        self.now = " ".join(sorted({m.lower() for m in _ONE_DOCUMENT.findall(fold(text))}))

    def note(self, source: object) -> None:
        """Keep a source named in the sentence being read with its documents."""
        if self.now:
            self._noted.append((source, self.now))

    def of(self, source: object) -> str:
        """The nouns of the documents a source was named with ("" for none)."""
        return next((nouns for s, nouns in self._noted if s is source), "")

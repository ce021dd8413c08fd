"""The words claimtrack's frames may hold: one place for each vocabulary.

Pandas-free on purpose: the report runner checks parameters against these lists
before anything heavy is imported.

Example:
    >>> from claimtrack.vocabulary import STATUSES, SET_CLAIM_TYPES
    >>> STATUSES[0], "attacked" in SET_CLAIM_TYPES
    ('contested', True)
"""

from __future__ import annotations

SOURCE_TYPES = (
    "state_military",
    "government",
    "armed_group",
    "eyewitness",
    "local_official",
    "politician",
    "media",
    "ngo",
    "international_org",
    "unknown",
)

# Source types that speak for no party unless an actor table says otherwise.
INDEPENDENT_TYPES = (
    "eyewitness",
    "local_official",
    "politician",
    "media",
    "ngo",
    "international_org",
)

CLAIM_TYPES = (
    "killed",
    "wounded",
    "casualties",
    "missing",
    "captured",
    "seized",
    "destroyed",
    "damaged",
    "crashed",
    "attacked",
    "attackers",
    "fighting",
    "shelling",
    "controls",
    "present",
    "displaced",
    "defeated",
    "responsibility",
    "alliance",
    "denied",
)

# Claims about *where* something happened: compared as sets of places.
SET_CLAIM_TYPES = ("attacked", "shelling", "fighting", "controls", "present")

# Spellings researchers (and the dev corpus) use for the same claim type.
CLAIM_TYPE_ALIASES = {
    "attacked_location": "attacked",
    "attack": "attacked",
    "kill": "killed",
    "killing": "killed",
    "dead": "killed",
    "deaths": "killed",
    "injured": "wounded",
    "wound": "wounded",
    "capture": "captured",
    "prisoners": "captured",
    "seize": "seized",
    "shelled": "shelling",
    "control": "controls",
    "controlled": "controls",
    "destroy": "destroyed",
    "damage": "damaged",
}

QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range", "vague", "unspecified")
STANCES = ("asserts", "denies")
GEO_PRECISIONS = ("town", "district", "region", "country")
MATCH_METHODS = ("exact", "alternate", "fuzzy", "unmatched", "none")

# How two sources' answers on one measure relate, the ones a reader must look at first
# (disagreement) first: tables, legends and sentences list statuses in this order.
STATUSES = ("contested", "denied", "unanswered", "corroborated", "single_source")

# Sides that speak for no party: their figures are set against the parties', not against
# each other.
NON_PARTY_SIDES = ("independent", "unknown")

# Month names as reporting writes them (English and French, accents folded), January first.
MONTH_NAMES = (
    ("january", "jan", "janvier", "janv"),
    ("february", "feb", "fevrier", "fevr"),
    ("march", "mar", "mars"),
    ("april", "apr", "avril", "avr"),
    ("may", "mai"),
    ("june", "jun", "juin"),
    ("july", "jul", "juillet", "juil"),
    ("august", "aug", "aout"),
    ("september", "sep", "sept", "septembre"),
    ("october", "oct", "octobre"),
    ("november", "nov", "novembre"),
    ("december", "dec", "decembre"),
)

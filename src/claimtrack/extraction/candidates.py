"""The candidates frame ``extract`` returns: its columns, one row per claim and source,
duplicates dropped, actors guessed, and denied tolls given the figure they deny.

``actor_id`` is an actor of the reference table; ``institution`` the state institution a
generic source names (``COUNTRY:kind``, see ``institutions.institution``), for sources
the table lacks.

Example:
    >>> list(empty_frame().columns[-4:])
    ['actor_id', 'institution', 'source_mention', 'rule']
"""

from __future__ import annotations

import re
from math import nan as NAN

import pandas as pd

from claimtrack.extraction.actors import guess_actors
from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.found import Found
from claimtrack.extraction.institutions import NOT_STATE, institution
from claimtrack.extraction.person_roles import carry_roles
from claimtrack.extraction.sentences import Sentence, shadow
from claimtrack.extraction.sources import Source
from claimtrack.schema import RAW_COLUMNS
from claimtrack.text import fold

EXTRA_COLUMNS = (
    "problems",
    "value_low",
    "value_best",
    "value_high",
    "char_start",
    "char_end",
    "confidence",
    "lang",
    "actor_id",
    "institution",
    "source_mention",
    "rule",
)
COLUMNS = (*RAW_COLUMNS, *EXTRA_COLUMNS)
# "X denied any losses and accused Y of …": the second verb asserts what it says, as does
# a participle of the denier's own account after a comma.
_OWN_VERB = re.compile(
    # "…, cependant ils affirment avoir tué 6 soldats", "…, however they claim …": a
    # pronoun of the denier's may stand before its second verb
    r"\b(?:and|but|et|mais|cependant|pourtant|toutefois|however|yet)\s*,?\s+"
    r"(?:(?:ils|elles|il|elle|they|he|she|it)\s+)?(?:also\s+|aussi\s+)?(?:accused|blamed|held"
    r"|said|added|claimed|insisted|stressed|reported|stated|say|says|claims?|insists?"
    r"|a accuse|ont accuse|accuse|accusent|a affirme|ont affirme|affirment|affirme|a ajoute"
    r"|a precise|assurent|assure|disent|soutiennent|soutient)\b"
    # "X denied the massacre, blaming stray bullets for eight deaths": its own account
    r"|,\s*(?:blaming|accusing|attributing|putting|giving)\b",
    re.IGNORECASE,
)
_CHANNELS = (
    (r"video bulletin|bulletin video", "video bulletin"),
    (r"facebook", "Facebook post"),
    (r"\bon x\b|twitter|tweet", "social media post"),
    (r"televised|television|tele", "television"),
    (r"state radio|radio", "radio"),
    (r"news conference|press conference|conference de presse", "news conference"),
    (r"told (?:afp|reuters|ap|the)|interview|by phone|telephone", "interview"),
    (r"statement|communique", "statement"),
    (r"videos?|audio", "video"),
)


def channel(shade: str) -> str | None:
    """How a sentence says a statement was made, if it says: "video bulletin", "interview" …

    Example:
        >>> channel("the army said in a video bulletin"), channel("the army said")
        ('video bulletin', None)
    """
    low = shade.lower()
    return next((name for pattern, name in _CHANNELS if re.search(pattern, low)), None)


def candidate_row(
    found: Found, source: Source, attribution: Attribution, sentence: Sentence, locations: list
) -> dict:
    """One candidate row: a claim found in a sentence, with the source that speaks for it.

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("The army said 80 fighters were killed.")[0]
        >>> a = find_attributions(s)[0]
        >>> found, source = Found("killed", 14, 16, value="80"), Source("The army", None)
        >>> row = candidate_row(found, source, a, s, [])
        >>> row["source_raw"], row["value"], row["rule"]
        ('The army', '80', 'head+')
    """
    # the owner of a claim noun asserts it, whoever calls it false ("… sont fausses")
    stance = "asserts" if attribution.kind == "owner" else found.stance
    own = _OWN_VERB.search(sentence.shade, attribution.verb_end, max(found.end, 0))
    if attribution.denial and found.rule != "denial" and not own:
        stance = "denies"
    elif attribution.kind == "owner" and found.stance == "denies":
        stance = "asserts"  # "not 40 as the rebels claimed": denied by another, theirs
    return {
        "source_raw": source.raw,
        "speaker": source.speaker,
        "channel": channel(sentence.shade),
        "claim_type": found.claim_type,
        "subject": found.subject,
        "value": found.value,
        "locations": ";".join(dict.fromkeys(locations)) or None,
        "stance": stance,
        "quote": sentence.text,
        "char_start": sentence.start,
        "char_end": sentence.end,
        "confidence": round(min(0.95, found.confidence * source.confidence), 2),
        "source_mention": source.mention,
        "rule": f"{attribution.kind}+{found.rule}",
    }


def _value_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("char_start", "char_end", "claim_index"):
        # One column at a time: astype with a dict rebuilds every column (3x slower).
        frame[column] = frame[column].astype("Int64")
    for column in ("actor_id", "institution"):  # None where unknown, as the rows have it
        frame[column] = pd.Series([row.get(column) for row in rows], dtype=object)
    return frame


def empty_frame() -> pd.DataFrame:
    """An empty candidates frame with every column ``extract`` returns.

    Example:
        >>> list(empty_frame().columns)[:3]
        ['incident_id', 'incident_title', 'incident_date']
    """
    return _value_frame([])


_SAME_CLAIM = ("source_raw", "claim_type", "subject", "value", "quote", "stance")


def candidates_frame(
    rows: list[dict], country: str | None, reference: str | None, text: str = ""
) -> pd.DataFrame:
    """The rows as a frame: the same claim in the same words once, actors guessed (a person
    named by surname as his fuller mention in ``text`` names him), tolls filled.

    The rows are settled as dicts and the frame is built once at the end: for the few
    rows of an article, pandas per step cost more than the steps (a third of the time).

    Example:
        >>> candidates_frame([], "ML", None).empty
        True
    """
    if not rows:
        return empty_frame()
    kept: dict[tuple, dict] = {}
    for row in rows:
        kept.setdefault(tuple(row.get(k) for k in _SAME_CLAIM), row)
    per_statement: dict[tuple, int] = {}
    numbered = []
    for row in kept.values():
        statement = (row.get("source_raw"), row.get("quote"))
        per_statement[statement] = per_statement.get(statement, -1) + 1
        numbered.append(row | {"claim_index": per_statement[statement]})
    _name_actors(numbered, country, reference)
    carry_roles(numbered, text, country, reference)
    numbered = _figure_of_before(numbered)
    _denied_by_reference(numbered)
    _denied_tolls(numbered)
    return _value_frame(numbered)


# A force or operation by a name the actor table lacks: which state's, if any, is unknown.
_NAMED_FORCE = re.compile(r"(?i:la |l')\s*(?i:force|operation|mission|contingent)\s+[A-Z]")


def _name_actors(rows: list[dict], country: str | None, reference: str | None) -> None:
    """Each row's ``actor_id`` and the state ``institution`` its source or speaker names,
    less those of a source the actor table knows as an armed group's, the UN's or an NGO's
    ("le colonel X, porte-parole du M23": the M23's)."""
    from claimtrack.normalize.actors import alias_index

    names = pd.Series([row.get("source_raw") for row in rows], dtype=object)
    actors = guess_actors(names, country, reference).tolist()
    kinds = alias_index(reference)[0]["source_type"]
    for row, actor in zip(rows, actors, strict=True):
        named = institution(row.get("source_raw"), country, reference)
        # "porte-parole de la force Barkhane": the force named speaks, not its officer's rank
        if named is None and not _NAMED_FORCE.match(shadow(row.get("source_raw") or "")):
            named = institution(row.get("speaker"), country, reference)
        if actor is not None and kinds.get(actor) in NOT_STATE:
            named = None
        row["actor_id"], row["institution"] = actor, named


def _right_before(rows: list[dict], row: dict) -> list[dict]:
    """The rows of the sentence that ends right before ``row``'s (a space or two between)."""
    return [other for other in rows if 0 <= row["char_start"] - other["char_end"] <= 3]


def _counted_before(rows: list[dict], row: dict) -> list[dict]:
    """The counted rows of the latest sentence before ``row``'s that counted something, if
    it ends at most ``_FIGURE_REACH`` characters before (a sentence or two between)."""
    counted = [
        r
        for r in rows
        if r.get("value") is not None and 0 <= row["char_start"] - r["char_end"] <= _FIGURE_REACH
    ]
    latest = max((r["char_end"] for r in counted), default=None)
    return [r for r in counted if r["char_end"] == latest]


_FIGURE_REACH = 300


def _figure_of_before(rows: list[dict]) -> list[dict]:
    """ "The army said 30 were wounded. Medics put the figure at 45.": a figure given with
    no count of its own counts what the latest sentence before counted (one kind), a
    sentence or two back at most; with nothing counted there, it counts nothing known and
    is dropped."""
    unknown = []
    for row in rows:
        if not row["rule"].endswith("+figure of before"):
            continue
        before = [r for r in _counted_before(rows, row) if r.get("value") is not None]
        if len({r["claim_type"] for r in before}) == 1:
            row["claim_type"], row["subject"] = before[-1]["claim_type"], before[-1]["subject"]
        else:
            unknown.append(id(row))
    return [row for row in rows if id(row) not in unknown]


# "The army denied the claim.", "X dismissed the reports": what the sentence before said.
_REFERENCE = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed"
    r"|disputes)\s+(?:(?:the|that|this|these|those|such|their|its|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|accounts?|allegations?|assertions?|version)\b|(?:it|this|that)\W*$)"
    # "The army denied.": the verb alone, closing its sentence
    r"|\b(?:denied|denies|rejected|disputed)\W*$"
    # "L'armée a démenti cette avancée", "Le gouvernement rejette ces affirmations"
    r"|\b(?:dementi|dement|dementent|rejete|rejette|rejettent|refute|refutent|conteste"
    r"|contestent|nie|nient)\s+(?:cette|ces|cet|ce|les|la|l')\s*(?:[\w-]+\s+)?"
    r"(?:informations?|affirmations?|allegations?|annonces?|declarations?|avancees?"
    r"|revendications?|versions?|propos|assertions?|rumeurs?|nouvelles?)\b"
)
_BOUNDS = ("value_low", "value_best", "value_high")
_NO_FIGURE = (NAN, NAN, NAN)


def _figures(value: str | None) -> tuple[float, float, float]:
    """(low, best, high) of a value as written; NaN for no value or one that is no figure."""
    from claimtrack.normalize.quantities import QuantityError, parse_quantity

    try:
        return tuple(parse_quantity(value)[:3])
    except QuantityError:
        return _NO_FIGURE


def _largest(figures: tuple[float, float, float]) -> float:
    """The largest bound of a figure, NaN for none."""
    return max((f for f in figures if f == f), default=NAN)


def _with_figures(rows: list[dict]) -> list[tuple[dict, tuple[float, float, float]]]:
    """Each row whose value is a figure, with its (low, best, high)."""
    pairs = [(row, _figures(row.get("value"))) for row in rows]
    return [(row, figures) for row, figures in pairs if _largest(figures) == _largest(figures)]


def _of_those_named(pairs: list[tuple[dict, tuple]], quote: str) -> list[tuple[dict, tuple]]:
    """The figures whose people (the subject's last word, "civilians") the quote names."""
    heads = [(pair, str(pair[0].get("subject") or "").split()[-1:]) for pair in pairs]
    return [p for p, h in heads if h and re.search(rf"(?<!\w){re.escape(h[0])}(?!\w)", quote, re.I)]


def _biggest(pairs: list[tuple[dict, tuple]]) -> tuple[dict, tuple[float, float, float]]:
    """The row of the largest figure and its figure, the first of equals."""
    return max(pairs, key=lambda pair: _largest(pair[1]))


def _who(row: dict) -> str | None:
    return row.get("actor_id") or row.get("institution") or row.get("source_raw")


def _other(a: str | None, b: str | None) -> bool:
    """Two sources told apart; an unknown one is no one else's."""
    return a is None or b is None or a != b


def _denied_by_reference(rows: list[dict]) -> None:
    """ "The rebels said they killed 40 soldiers. The army denied the claim.": a general
    denial of the sentence right before denies its count, when that sentence gives
    counts of one kind from another source; the figure goes in value_low/best/high."""
    general = [
        row
        for row in rows
        if row["claim_type"] == "denied"
        and row["stance"] == "denies"
        and _REFERENCE.search(fold(row["quote"]))
    ]
    for row in general:
        counted = _with_figures(
            [
                other
                for other in _right_before(rows, row)
                if other["stance"] == "asserts" and _other(_who(other), _who(row))
            ]
        )
        if len({other["claim_type"] for other, _ in counted}) != 1:
            continue  # nothing counted just before, or counts of several kinds
        other, figures = _biggest(counted)
        row["claim_type"] = other["claim_type"]
        row.update(zip(_BOUNDS, figures, strict=True))
        row["subject"] = f"the claim ({other.get('value')}, {other.get('source_raw')})"


_THIS_TOLL = re.compile(r"\b(?:ce|cet|this|that|these|ces)\s+(?:death\s+)?(?:bilans?|tolls?)\b")


def _denied_tolls(rows: list[dict]) -> None:
    """ "Dismissed the toll", "ce bilan est faux": give a denied toll the figure it denies, and
    a confirmed one ("confirmed the death toll") the figure it confirms.

    In order: the figure the same source already denied (it repeats itself); for
    "this toll", "ce bilan", the largest figure of the latest sentence where
    another source gave one; else the largest figure another source gave before.
    It goes in value_low/best/high: the words of the figure are not in the quote.
    """
    denied = {id(r) for r in rows if r["rule"].endswith("+denial") and r["claim_type"] == "killed"}
    confirmed = {id(r) for r in rows if r["rule"].endswith("+by reference")}
    for row in rows:
        if id(row) in denied or id(row) in confirmed:
            _fill_toll(rows, row, denied, confirmed=id(row) in confirmed)


def _fill_toll(rows: list[dict], row: dict, denied: set[int], confirmed: bool) -> None:
    """One denied or confirmed toll: its figure, and the claim it is (see ``_denied_tolls``)."""
    before = [r for r in rows if r["char_start"] <= row["char_start"]]
    done = [
        r
        for r in before
        if id(r) in denied
        and not _other(_who(r), _who(row))
        and r.get("value_best", NAN) == r.get("value_best", NAN)
    ]
    if done and id(row) in denied:
        row.update((b, done[0][b]) for b in _BOUNDS)
        return
    others = _with_figures(
        [
            r
            for r in before
            if r["claim_type"] == "killed"
            and r["stance"] == "asserts"
            and _other(_who(r), _who(row))
        ]
    )
    if not others:
        return
    # "deny the claims regarding the deaths of civilians": the toll of the people it names
    others = _of_those_named(others, fold(row["quote"])) or others
    if confirmed or _THIS_TOLL.search(fold(row["quote"])):
        latest = max(r["char_start"] for r, _ in others)
        others = [(r, f) for r, f in others if r["char_start"] == latest]
    other, figures = _biggest(others)
    row.update(zip(_BOUNDS, figures, strict=True))
    row["subject"] = f"the toll ({other.get('value')}, {other.get('source_raw')})"

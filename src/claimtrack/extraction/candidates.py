"""The candidates frame ``extract`` returns: its columns, one row per claim and source,
duplicates dropped, actors guessed, and denied tolls given the figure they deny.

``actor_id`` is an actor of the reference table; ``institution`` the state institution a
generic source names (``COUNTRY:kind``, see ``institutions``), for sources the table lacks.

Example:
    >>> list(empty_frame().columns[-4:])
    ['actor_id', 'institution', 'source_mention', 'rule']
"""

from __future__ import annotations

import re

import pandas as pd

from claimtrack.extraction.actors import guess_actors
from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.found import Found
from claimtrack.extraction.institutions import institutions
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
    r"\b(?:and|but|et|mais)\s+(?:also\s+|aussi\s+)?(?:accused|blamed|held|said|added|claimed"
    r"|insisted|stressed|reported|stated|a accuse|ont accuse|accuse|accusent|a affirme"
    r"|ont affirme|a ajoute|a precise)\b"
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
    return frame


def empty_frame() -> pd.DataFrame:
    """An empty candidates frame with every column ``extract`` returns.

    Example:
        >>> list(empty_frame().columns)[:3]
        ['incident_id', 'incident_title', 'incident_date']
    """
    return _value_frame([])


_SAME_CLAIM = ("source_raw", "claim_type", "subject", "value", "quote", "stance")


def candidates_frame(rows: list[dict], country: str | None, reference: str | None) -> pd.DataFrame:
    """The rows as a frame: the same claim in the same words once, actors guessed, tolls filled.

    Example:
        >>> candidates_frame([], "ML", None).empty
        True
    """
    if not rows:
        return empty_frame()
    # Deduplicated and numbered before the frame is built: pandas costs more than the rows.
    kept: dict[tuple, dict] = {}
    for row in rows:
        kept.setdefault(tuple(row.get(k) for k in _SAME_CLAIM), row)
    per_statement: dict[tuple, int] = {}
    numbered = []
    for row in kept.values():
        statement = (row.get("source_raw"), row.get("quote"))
        per_statement[statement] = per_statement.get(statement, -1) + 1
        numbered.append(row | {"claim_index": per_statement[statement]})
    frame = _value_frame(numbered)
    frame["actor_id"] = guess_actors(frame["source_raw"], country, reference)
    by_speaker = institutions(frame["speaker"], country)
    # "porte-parole de la force Barkhane": the force named speaks, not its officer's rank
    by_speaker[frame["source_raw"].fillna("").map(shadow).str.match(_NAMED_FORCE)] = None
    named = institutions(frame["source_raw"], country).fillna(by_speaker)
    frame["institution"] = _state_only(named, frame["actor_id"], reference)
    return _denied_tolls(_denied_by_reference(_figure_of_before(frame)))


# A force or operation by a name the actor table lacks: which state's, if any, is unknown.
_NAMED_FORCE = re.compile(r"(?i:la |l')\s*(?i:force|operation|mission|contingent)\s+[A-Z]")
# Kinds of actor that are no state body, whatever rank or staff their source names.
_NOT_STATE = frozenset({"armed_group", "international_org", "ngo"})


def _state_only(named: pd.Series, actors: pd.Series, reference: str | None) -> pd.Series:
    """The state institutions named, less those of a source the actor table knows as an
    armed group's, the UN's or an NGO's ("le colonel X, porte-parole du M23": the M23's)."""
    from claimtrack.normalize.actors import alias_index

    table, _ = alias_index(reference)
    kinds = actors.map(table["source_type"])
    return named.where(~kinds.isin(_NOT_STATE), None)


def _right_before(frame: pd.DataFrame, i) -> pd.Series:
    """The rows of the sentence that ends right before row ``i``'s (a space or two between)."""
    gap = frame.loc[i, "char_start"] - frame["char_end"]
    return (gap >= 0) & (gap <= 3)


def _figure_of_before(frame: pd.DataFrame) -> pd.DataFrame:
    """ "The army said 30 were wounded. Medics put the figure at 45.": a figure given with
    no count of its own counts what the sentence right before counted (one kind); with
    nothing counted just before, it counts nothing known and is dropped."""
    rows = frame.index[frame["rule"].str.endswith("+figure of before")]
    unknown = []
    for i in rows:
        before = _right_before(frame, i) & frame["value"].notna()
        kinds = set(frame.loc[before, "claim_type"])
        if len(kinds) == 1:
            j = frame.index[before][-1]
            frame.loc[i, ["claim_type", "subject"]] = frame.loc[j, ["claim_type", "subject"]]
        else:
            unknown.append(i)
    return frame.drop(index=unknown)


# "The army denied the claim.", "X dismissed the reports": what the sentence before said.
_REFERENCE = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed"
    r"|disputes)\s+(?:(?:the|that|this|these|those|such|their|its|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|accounts?|allegations?|assertions?|version)\b|(?:it|this|that)\W*$)"
    # "The army denied.": the verb alone, closing its sentence
    r"|\b(?:denied|denies|rejected|disputed)\W*$"
)


def _denied_by_reference(frame: pd.DataFrame) -> pd.DataFrame:
    """ "The rebels said they killed 40 soldiers. The army denied the claim.": a general
    denial of the sentence right before denies its count, when that sentence gives
    counts of one kind from another source; the figure goes in value_low/best/high."""
    general = frame.index[(frame["claim_type"] == "denied") & (frame["stance"] == "denies")]
    general = [i for i in general if _REFERENCE.search(fold(frame.loc[i, "quote"]))]
    if not general:
        return frame
    from claimtrack.normalize.quantities import parse_quantities

    parsed = parse_quantities(frame["value"])
    who = frame["actor_id"].fillna(frame["institution"]).fillna(frame["source_raw"])
    for i in general:
        before = _right_before(frame, i) & (frame["stance"] == "asserts") & (who != who[i])
        counted = parsed.loc[before, _BOUNDS].dropna(how="all")
        kinds = set(frame.loc[counted.index, "claim_type"])
        if len(kinds) != 1:
            continue  # nothing counted just before, or counts of several kinds
        j = counted.max(axis=1).idxmax()
        frame.loc[i, "claim_type"] = kinds.pop()
        frame.loc[i, _BOUNDS] = parsed.loc[j, _BOUNDS].to_numpy()
        frame.loc[i, "subject"] = (
            f"the claim ({frame.loc[j, 'value']}, {frame.loc[j, 'source_raw']})"
        )
    return frame


_THIS_TOLL = re.compile(r"\b(?:ce|cet|this|that|these|ces)\s+(?:death\s+)?(?:bilans?|tolls?)\b")
_BOUNDS = ["value_low", "value_best", "value_high"]


def _denied_tolls(frame: pd.DataFrame) -> pd.DataFrame:
    """ "Dismissed the toll", "ce bilan est faux": give a denied toll the figure it denies, and
    a confirmed one ("confirmed the death toll") the figure it confirms.

    In order: the figure the same source already denied (it repeats itself); for
    "this toll", "ce bilan", the largest figure of the latest sentence where
    another source gave one; else the largest figure another source gave before.
    It goes in value_low/best/high: the words of the figure are not in the quote.
    """
    if not any(r.endswith(("+denial", "+by reference")) for r in frame["rule"].tolist()):
        return frame  # most articles: no toll named by reference, nothing to parse
    from claimtrack.normalize.quantities import parse_quantities

    denials = frame.index[frame["rule"].str.endswith("+denial") & (frame["claim_type"] == "killed")]
    confirmed = frame.index[frame["rule"].str.endswith("+by reference")]
    if denials.empty and confirmed.empty:
        return frame
    parsed = parse_quantities(frame["value"])
    who = frame["actor_id"].fillna(frame["institution"]).fillna(frame["source_raw"])
    killed = (frame["claim_type"] == "killed") & (frame["stance"] == "asserts")
    for i in denials.union(confirmed):
        before = frame["char_start"] <= frame.loc[i, "char_start"]
        done = frame.loc[before & frame.index.isin(denials) & (who == who[i]), "value_best"]
        if done.notna().any() and i in denials:
            j, figures = None, frame.loc[done.dropna().index[:1], _BOUNDS]
        else:
            others = parsed.loc[killed & before & (who != who[i]), _BOUNDS]
            size = others.max(axis=1).dropna()
            if size.empty:
                continue
            if i in confirmed or _THIS_TOLL.search(fold(frame.loc[i, "quote"])):
                starts = frame.loc[size.index, "char_start"]
                size = size[starts == starts.max()]
            j = size.idxmax()
            figures = parsed.loc[[j], _BOUNDS]
        frame.loc[i, _BOUNDS] = figures.to_numpy()[0]
        if j is not None:
            frame.loc[i, "subject"] = (
                f"the toll ({frame.loc[j, 'value']}, {frame.loc[j, 'source_raw']})"
            )
    return frame

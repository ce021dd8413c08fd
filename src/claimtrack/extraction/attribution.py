"""Who says it: the sources named in a sentence, and the stretch of it each one speaks for.

Patterns, in the order they are tried:

- ``according to X`` / ``selon X`` / ``citing X``, anywhere in the sentence;
- ``"…," said X`` / ``…, a déclaré X`` (the verb before the source);
- ``X said …`` / ``X a annoncé …`` (head: the source speaks for what follows) and
  ``…, X said`` / ``…," X told AFP`` (tail: for what precedes);
- ``… were claimed by X`` (a claim of responsibility, with its source).

What a source phrase is (a noun phrase, trimmed) is in ``source_phrases``. Pronouns
and surnames are resolved later, across sentences (``claimtrack.extraction.sources``).

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("Russia, which backs Damascus, said 50 fighters were killed.")[0]
    >>> [(a.phrase, a.kind) for a in find_attributions(s)]
    [('Russia', 'head')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.claim_nouns import claim_owners, refers_back
from claimtrack.extraction.claimants import claimant_frames
from claimtrack.extraction.claimed_figures import claimed_figures
from claimtrack.extraction.claims_by import claims_by_owner
from claimtrack.extraction.frames_inverted import (
    cue_frames,
    inverted_frames,
    pronoun_frames,
    shown_by_frames,
)
from claimtrack.extraction.frames_reporting import reporting_frames
from claimtrack.extraction.headlines import colon_quote, headline
from claimtrack.extraction.opening_participles import opening_participle_frames
from claimtrack.extraction.possessive_tolls import possessive_toll_frames
from claimtrack.extraction.quoted_voices import own_denials, own_voice_heads, quote_opening
from claimtrack.extraction.sentences import Sentence

__all__ = ["Attribution", "find_attributions", "pick"]

_I = re.IGNORECASE
_CITING = re.compile(
    r"(?:cit(?:ing|ant)|quoting|(?:which|who)\s+(?:(?:had|has)\s+)?(?:cited|quoted))\b", _I
)


def find_attributions(sentence: Sentence) -> list[Attribution]:
    """Every source named in a sentence, with the part of the sentence it speaks for.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Four soldiers died, officials said on Monday.")[0]
        >>> a = find_attributions(s)[0]
        >>> a.phrase, a.kind, s.text[slice(*a.content)]
        ('officials', 'tail', 'Four soldiers died, ')
    """
    shade, text = sentence.shade, sentence.text
    found: list[Attribution] = []
    shown_by_frames(shade, text, found)
    cue_frames(shade, text, found)
    claimant_frames(shade, text, found)  # "an attack claimed by X", "revendiquée par X": X's claim
    inverted_frames(shade, text, found)
    reporting_frames(shade, text, found)
    pronoun_frames(shade, text, found)
    opening_participle_frames(shade, text, found)  # "Adding that 4 died, the mayor …"
    possessive_toll_frames(shade, text, found)  # "The ministry's toll rose to 45"
    if not found and (h := headline(sentence) or colon_quote(sentence)):
        found.append(h)
    claimed_figures(found, shade, text)  # "not 40 as the rebels claimed": the rebels' 40
    own_voice_heads(found, shade)  # '"Our records show 15 died," he said': his
    found.sort(key=lambda a: a.start)
    _set_contents(found, shade)
    _split_at_but(found, shade)
    own_denials(found, shade)  # '"We deny that 5 died," he said': his denial
    _cited(found, shade)
    _relayed_closing(found, shade)
    _denied_claims(found, shade, text)
    return found


def _denied_claims(found: list[Attribution], shade: str, text: str) -> None:
    """ "…, but the army dismissed the claim": a denial of what was said before it, a
    tail; "rejected the rebels' claim that …": the rebels assert what the army denies."""
    for a in found:
        if refers_back(a, shade):
            prev = max((b.verb_end for b in found if b.verb_end <= a.start), default=0)
            a.kind, a.content = "tail", (prev, a.start)
        if a.denial and a.kind in ("tail", "inverted"):
            _against_the_tail_before(a, found)
    found.extend(claim_owners(found, shade, text))
    found.extend(claims_by_owner(shade, text, found))  # "contrary to a claim by X that …"


def _against_the_tail_before(a: Attribution, found: list[Attribution]) -> None:
    """ "Forty died, the rebels and a monitor said, a claim the army denied": a denial
    after a tail source denies what that source told, before it; so after a closing
    "according to X" ("…, according to Russia, a claim Kyiv denied")."""
    before = [b for b in found if b is not a and b.verb_end <= a.start]
    if not before:
        return
    last = max(before, key=lambda b: b.verb_end)
    closing = last.kind in ("tail", "according", "inverted")  # "…, a indiqué un élu, une …"
    if closing and not last.denial and last.content[1] <= last.start:
        # a tail now ("…, ce que dément l'armée"): the figure stays the first voice's
        a.kind, a.content = "tail", (last.content[0], a.start)


def _cited(found: list[Attribution], shade: str) -> None:
    """ "Citing a military source, the agency said …": the cited source speaks for what
    the citing one says (it is where the figures come from); the agency only relays."""
    # "According to AFP, citing a security source, …": the relay may be an "according to"
    frames = [
        a
        for a in found
        if a.kind in ("head", "tail", "inverted")
        or (a.kind == "according" and not _CITING.match(shade, a.verb_start))
    ]
    for a in found:
        if a.kind == "according" and _CITING.match(shade, a.verb_start) and frames:
            frame = min(frames, key=lambda f: abs(f.verb_start - a.verb_start))
            a.kind, a.content = "citing", frame.content


# What may stand before an opening "selon X": a time or a place ("Lundi, selon X, …").
_OPENING = re.compile(r"\W*(?:[^,;:«»\"]{1,30},\s*)?")
# The verbs of an outlet that relays: "a rapporté l'AFP", "Reuters reported", "écrit le
# journal"
_RELAYS = re.compile(r"\b(?:a\s+|ont\s+)?(?:rapport|report|ecri|wr[io]te|relat)", _I)
# A toll or report with no author ("selon un bilan provisoire", "according to initial
# reports"): no voice of its own, the closing one owns it.
_AUTHORLESS = re.compile(
    r"^(?!.*\b(?:de|du|des|d'|of|by|par|from)\b)[^,]*\b(?:bilans?|tolls?|reports?|rapports?"
    r"|figures?|chiffres?|estimates?|estimations?|counts?|tall(?:y|ies)|informations?)\b",
    _I,
)


# Frames that speak for a few words of the sentence, never for a clause of it
_NARROW = ("claim", "owner", "claimant")


def _relayed_closing(found: list[Attribution], shade: str) -> None:
    """ "Selon X, « 12 morts », a rapporté l'AFP", "According to X, 12 died, Reuters
    reported": the closing voice relays what the opening "according to" said (as "According
    to X, as cited by Y" does); X speaks for the whole sentence."""
    for a in found:
        if a.kind != "according" or not _OPENING.fullmatch(shade, 0, a.verb_start):
            continue
        if _AUTHORLESS.search(shade[a.start : a.end]):
            continue
        later = [b for b in found if b.start > a.end and b.kind not in _NARROW]
        if len(later) != 1:
            continue  # one closing voice, and only one
        last = later[0]
        if (
            last.kind in ("tail", "inverted")
            and not last.denial
            and _RELAYS.search(shade, last.verb_start, last.verb_end)
            and last.content[0] <= a.end < last.content[1]
        ):
            a.kind, a.content = "citing", (a.end, last.content[1])


def _set_contents(found: list[Attribution], shade: str) -> None:
    """The stretch each source speaks for: heads what follows, tails what precedes.

    A claim frame ("X claimed the attack") speaks for its object only; a fact told
    around it ("that left 30 dead, a monitor said") is in the outer voice.
    """
    n = len(shade)
    # an owner speaks for its figure only ("not 40 as the rebels claimed"), set already
    frames = [a for a in found if a.kind not in ("claim", "owner")]
    # "X reported, citing Y, that …": a citing aside does not end what X reports, nor does
    # a claimant ("que 12 soldats ont été tués dans une embuscade revendiquée par X")
    ends = [
        b
        for b in frames
        if b.kind != "claimant"
        and not (b.kind == "according" and _CITING.match(shade, b.verb_start))
    ]
    for a in frames:
        nxt = min((b.start for b in ends if b is not a and b.start > a.verb_end), default=n)
        # "X rejected a claim that 40 died, insisting there were none": the same speaker
        # going on with its own verb ends what the first verb speaks for
        nxt = min(
            [nxt] + [b.verb_start for b in ends if b.start == a.start and b.verb_start > a.verb_end]
        )
        # "L'attaque, qui a fait 12 morts, a été revendiquée par X, a affirmé Y": a claim
        # in the passive is part of what Y tells, not the end of another voice
        prev = max(
            (
                b.verb_end
                for b in found
                if b is not a
                and b.kind not in ("passive", "owner", "claimant")
                and b.verb_end <= a.start
            ),
            default=0,
        )
        if a.kind == "head":
            if a.start > a.verb_end:
                nxt = min(nxt, a.start)  # "Adding that 4 died, the mayor …": until its source
            a.content = (a.verb_end, _in_quote_end(shade, a, _relative_end(shade, a, nxt)))
        elif a.kind == "according" and (
            not shade[: a.verb_start].strip() or _OPENS_CLAUSE.search(shade, 0, a.verb_start)
        ):
            a.content = (a.end, nxt)  # "According to JNIM, the assault …"
        elif a.kind == "passive":
            a.content = (0, n)
        elif a.kind == "claimant":
            a.content = (a.verb_start, a.verb_end)  # its own claim, nothing around it
        else:
            # '"The army killed 10. The ministry claimed 110," X said': X's whole quotation
            # (only past a head: a tail inside it keeps what it closes, "…, residents said, …")
            at = min(a.start, a.verb_start)
            heads = [b.verb_end for b in found if b.kind == "head" and b.verb_end == prev]
            a.content = (quote_opening(shade, at, prev) if heads else prev, at)


# "L'armée parle de 10 morts, mais selon le maire, une trentaine …": "selon X" opening the
# clause after "but" speaks for what follows it
_OPENS_CLAUSE = re.compile(r"(?:[,;]\s*|\s)(?:but|mais|tandis que|alors que|whereas)\s*,?\s*$", _I)
# "X a affirmé que 15 soldats avaient été tués, mais 30 ont péri selon Y": a second
# clause after "but" with a source after it is that source's, not the head's
_BUT = re.compile(r"(?:,\s*|\s)(?:but|mais|tandis que|alors que|whereas|while)\s", _I)


def _split_at_but(found: list[Attribution], shade: str) -> None:
    """End a head at the "but" that opens the clause of a later tail or "according to"."""
    for h in (a for a in found if a.kind == "head"):
        after = [b for b in found if b.start > h.verb_end and b.kind not in ("claim", "claimant")]
        nxt = min(after, key=lambda b: b.start, default=None)
        # (a denial after "but" denies what the head said: "…, but the report was refuted by X")
        if nxt is None or nxt.kind not in ("tail", "according", "inverted") or nxt.denial:
            continue
        but = [m.start() for m in _BUT.finditer(shade, h.verb_end, nxt.start)]
        if but and nxt.content[0] <= but[-1] < nxt.content[1]:
            h.content = (h.content[0], min(h.content[1], but[-1]))
            nxt.content = (but[-1], nxt.content[1])


_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+$", _I)
_GAP_AFTER = re.compile(r"\s+(?:had been|has been|have been|was|were)\s", _I)


def _relative_end(shade: str, a: Attribution, end: int) -> int:
    """Where a head speaks until: "A raid, which officials said killed 14, was claimed by
    X": a source inside a relative clause speaks for that clause only, to its comma."""
    # "Ali Musa, a commander the army said was captured, told AFP …": a bare relative,
    # its verb with no subject after "said", inside an apposition
    bare = _GAP_AFTER.match(shade, a.verb_end) and "," in shade[: a.start]
    if not (_WHICH_BEFORE.search(shade, 0, a.start) or bare):
        return end
    comma = shade.find(",", a.verb_end, end)
    return end if comma < 0 else comma


def _claimed_there(a: Attribution, position: int) -> bool:
    """Whether ``position`` lies on the verb of a claim in the passive ("was claimed by")."""
    return a.kind in ("passive", "claimant") and a.verb_start <= position < a.verb_end


_STOP = re.compile(r"(?P<word>[\w'’]*)[.!?]\s+(?=\"|[A-Z])")
_ABBREVIATIONS = frozenset(
    {"gen", "col", "lt", "maj", "capt", "sgt", "mr", "mrs", "dr", "st", "no"}
)


def _in_quote_end(shade: str, a: Attribution, end: int) -> int:
    """Where a head inside a quotation speaks until: '"… Yesterday the ministry claimed
    it killed 110. But only one of ours died," the spokesman said': the quoted
    speaker's own sentence after it is the spokesman's, not the ministry's."""
    if shade.count('"', 0, a.start) % 2 == 0:
        return end
    for stop in _STOP.finditer(shade, a.verb_end, end):
        word = stop.group("word")
        if word.lower() not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            return stop.end()
    return end


def pick(attributions: list[Attribution], position: int) -> Attribution | None:
    """The attribution that speaks for the text at ``position`` of the sentence.

    Heads speak for what follows them, tails and quotations for what precedes; a
    position no attribution covers goes to the nearest one.

    Example:
        >>> pick([], 3) is None
        True
    """
    covering = [a for a in attributions if a.content[0] <= position < a.content[1]]
    # "…, dont une a été revendiquée par l'EI, a dit X": the claim the passive's own verb
    # makes (responsibility) is its agent's, whoever tells the rest
    if claimant := next((a for a in covering if _claimed_there(a, position)), None):
        return claimant
    if covering:
        rank = {
            "owner": -3,
            "claim": -2,
            "citing": -1,
            "head": 0,
            "inverted": 1,
            "according": 2,
            "tail": 3,
            "passive": 5,
            "claimant": 5,
        }
        return min(covering, key=lambda a: (rank[a.kind], position - a.content[0]))
    # What follows a claim frame's object ("claimed the attack that left 30 dead") is
    # told in another voice: the outlet's, unless a source covers it.
    if not attributions or any(
        a.kind == "claim" and a.content[1] <= position for a in attributions
    ):
        return None
    # a claimant speaks for its own claim only (the toll around it is the outlet's)
    attributions = [a for a in attributions if a.kind != "claimant"]
    if not attributions:
        return None
    # A head speaks for what follows its verb; a clause before it is not its account
    # ("Gunmen killed 12 people, two days after the army said it killed 30"), nor one
    # describing its source ("Ahmed, who lost two brothers, said …").
    nearest = min(attributions, key=lambda a: min(abs(position - a.start), abs(position - a.end)))
    # nor, after a source written after its verb, that source's own clause ("Saying that
    # it was afraid, the family left after 12 were killed")
    after_source = nearest.start > nearest.verb_end and position >= nearest.start
    return (
        None
        if nearest.kind == "head" and (position < nearest.verb_start or after_source)
        else nearest
    )

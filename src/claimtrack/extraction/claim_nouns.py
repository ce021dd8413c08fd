"""Claims named as nouns in a denial: whose claim is denied, and what "the claim" points back to.

Two kinds of English sentence, read on spaCy's tokens (a blank English tokenizer):

- the owner of a claim noun speaks for the clause or figure that follows it ("that …",
  "of 40"): in "The army rejected the rebels' claim that 60 soldiers were captured" the
  rebels assert the 60, the army denies it ("the group's figure of 40");
- a denial whose object is only a claim noun or a pronoun ("…, but the army dismissed
  the claim", "…, which the army denied") denies what was said before it in the
  sentence: it is read as a tail.

Example:
    >>> from claimtrack.extraction.attribution import find_attributions
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> s = split_sentences("The ministry disputed the group's figure of 40 dead.")[0]
    >>> [(a.phrase, a.kind, a.denial) for a in find_attributions(s)]
    [('The ministry', 'head', True), ('the group', 'owner', False)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.lexicon import speech
from claimtrack.extraction.source_names import valid_source

if TYPE_CHECKING:
    from spacy.tokens import Doc

# What a source asserts, named as a noun: "claim", "figures", "account", "toll".
_NOUN = re.compile(rf"(?:{speech.CLAIM_NOUNS})", re.IGNORECASE)
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "his"})
# A claim noun's own participle of speech: "refuted media reports claiming that …"
_SAYING = re.compile(r"claiming|saying|alleging|stating|suggesting|asserting", re.IGNORECASE)
# What may stand between a denial and the claim noun it takes: "refuted some media reports"
_OBJECT_BEFORE_NOUN = re.compile(  # ('denied as "baseless" media reports claiming …')
    r"\s+(?:as\s+[\"“'][^\"”']{1,60}[\"”'],?\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+"
)
_PRONOUNS = frozenset({"it", "this", "that", "them", "these"})
# How a claim came from its owner, between the noun and "by": "claims made by the army"
_MADE = frozenset({"made", "put", "issued", "given", "advanced", "voiced", "published", "released"})
# Words that open when a claim was made, after its owner: "by the army on Monday that"
_WHEN = frozenset({"on", "last", "earlier", "yesterday", "today"})
# What may close a bare object: "dismissed the claim.", "denied it outright, saying …"
_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", "outright", "flatly", "as", "and", "but"})


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(text: str) -> Doc:
    return _tokenizer()(text)


def claim_owners(found: list[Attribution], shade: str, text: str) -> list[Attribution]:
    """The owners of claim nouns in what a head denial speaks for, as "owner" frames.

    Example:
        >>> a = Attribution("head", 0, 8, 9, 17, "The army", denial=True, content=(17, 60))
        >>> s = "The army rejected the rebels' claim that 60 were captured."
        >>> [(o.phrase, s[slice(*o.content)]) for o in claim_owners([a], s, s)]
        [('the rebels', ' that 60 were captured.')]
    """
    owners = []
    for a in found:
        if not (a.denial and a.kind == "head"):
            continue
        if said := _speaking_object(a, found, shade):
            # "refuted media reports claiming that 100 died": the reports assert the 100,
            # the denial speaks for it too
            said.kind, a.content = "owner", (a.verb_end, said.content[1])
            continue
        lo, hi = a.content
        words = _past_called([t for t in _tokens(shade[lo:hi]) if not t.is_space])
        # "refuted claims of local residents that …": the owner after the noun
        noun = next((j for j, t in enumerate(words[:3]) if _NOUN.fullmatch(t.lower_)), None)
        if noun is not None and (o := _owner_after(words, noun, (lo, hi), shade, text)):
            owners.append(o)
            continue
        for i, tok in enumerate(words[1:], 1):
            # "the rebels' claim", or a noun before it: "rebel claims that …"
            owned = words[i - 1].text in _POSSESSIVE
            if not _NOUN.fullmatch(tok.lower_) or not (owned or i <= 3):
                continue
            after = words[i + 1] if i + 1 < len(words) else None
            # "rejected army reports of heavy losses": a noun before the claim noun owns
            # only a clause or a figure ("rebel claims that …", "rebel figures of 40")
            of = ("that", "of") if owned else ("that",)
            nxt = words[i + 2] if i + 2 < len(words) else None
            if not (after and (after.lower_ in of or after.like_num or (nxt and nxt.like_num))):
                break  # "denied the army's count, saying …": no figure of the owner's follows
            owner = words[: i - 1] if owned else _past_article(words[:i])
            if owner and not any(t.is_punct for t in owner):
                start, end = lo + owner[0].idx, lo + owner[-1].idx + len(owner[-1])
                if valid_source(shade[start:end]):
                    o = Attribution("owner", start, end, lo + tok.idx, lo + tok.idx + len(tok), "")
                    o.phrase, o.content = text[start:end], (o.verb_end, hi)
                    owners.append(o)
            break  # only the first claim noun: "the group's figure of 40" is one claim
    return owners + _contrary_owners(shade, text)


# "…, contrary to a claim by the army that its forces had killed 15": a claim set against
# the speaker's, its owner named after the noun
_CONTRARY = re.compile(
    r"(?<![\w'-])(?:contrary to|unlike|as opposed to|in contrast to|in contradiction to)\s+"
    r"(?:a|the|an)\s+(?=\w)",
    re.IGNORECASE,
)


def _contrary_owners(shade: str, text: str) -> list[Attribution]:
    """The owners of claims a sentence sets against its own: "contrary to a claim by the
    army that its forces had killed 15 rebels" (the army asserts the 15).

    Example:
        >>> s = "Four were hurt, contrary to a claim by the army that it had killed 15."
        >>> [o.phrase for o in _contrary_owners(s, s)]
        ['the army']
    """
    owners = []
    for m in _CONTRARY.finditer(shade):
        quote = re.compile(r"[\"”]").search(shade, m.end())
        span = (m.end(), quote.start() if quote else len(shade))
        words = [t for t in _tokens(shade[span[0] : span[1]]) if not t.is_space]
        noun = bool(words) and _NOUN.fullmatch(words[0].lower_)
        if noun and (o := _owner_after(words, 0, span, shade, text)):
            # "Unlike the rebels' claim that 40 died, the army said …": the claim's clause
            # ends at its comma
            stop = re.compile(r"[,;]").search(shade, o.content[0], span[1])
            o.content = (o.content[0], stop.start() if stop else span[1])
            owners.append(o)
    return owners


def _speaking_object(a: Attribution, found: list[Attribution], shade: str) -> Attribution | None:
    """The head frame of a claim noun that a denial takes as its object, the noun's own
    participle of speech its verb ("refuted media reports claiming that …"), if one."""
    for b in found:
        if (
            b.kind == "head"
            and b.start >= a.verb_end
            and _SAYING.fullmatch(shade[b.verb_start : b.verb_end])
            and _NOUN.search(shade[b.start : b.end].split()[-1])
            and _OBJECT_BEFORE_NOUN.fullmatch(shade, a.verb_end, b.end)
        ):
            return b
    return None


def _owner_after(
    words: list, i: int, span: tuple[int, int], shade: str, text: str
) -> Attribution | None:
    """The owner named after a claim noun, before its clause: "claims of local residents
    that …", "reports by the rebels that …", "claims made by the army that …"; None when no
    "that" closes a source there."""
    k = i + 1
    if k < len(words) and words[k].lower_ in _MADE:
        k += 2 if k + 1 < len(words) and words[k + 1].lower_ == "forward" else 1
    if k >= len(words) or words[k].lower_ not in (("by",) if k > i + 1 else ("of", "by", "from")):
        return None
    lo, hi = span
    that = next((j for j in range(k + 1, min(len(words), k + 14)) if words[j].lower_ == "that"), 0)
    owner = words[k + 1 : that]
    # "a claim by the spokesman on August 19 that …": when it was said is no part of who
    when = next((j for j, t in enumerate(owner) if j and t.lower_ in _WHEN), len(owner))
    owner = owner[:when] if that - k - 1 <= 8 or when < len(owner) else []
    if not owner or any(t.is_punct for t in owner):
        return None
    start, end = lo + owner[0].idx, lo + owner[-1].idx + len(owner[-1])
    if not valid_source(shade[start:end]):
        return None
    tok = words[i]
    o = Attribution("owner", start, end, lo + tok.idx, lo + tok.idx + len(tok), text[start:end])
    o.content = (lo + words[that].idx, hi)
    return o


def _past_called(words: list) -> list:
    """The words of a denial's object after what it is called ("dismissed as false
    government reports": government reports)."""
    if len(words) < 3 or words[0].lower_ != "as":
        return words
    return words[3:] if words[1].lower_.endswith("ly") else words[2:]  # "as totally false"


def _past_article(words: list) -> list:
    """The words of an owner written before its claim noun, less the article ("the
    rebel claims": rebel)."""
    return words[1:] if words and words[0].lower_ in _DETERMINERS else words


def refers_back(a: Attribution, shade: str) -> bool:
    """Whether a head denial's object is only a claim noun or a pronoun ("dismissed the
    claim", "denied it"): it denies what was said before it, not what follows.

    Example:
        >>> s = "The RSF said it took 200 men, but the army dismissed the claim."
        >>> a = Attribution("head", 34, 42, 43, 52, "the army", denial=True, content=(52, 63))
        >>> refers_back(a, s)
        True
    """
    if not (a.denial and a.kind == "head"):
        return False
    doc = _tokens(shade[a.content[0] : a.content[1]])
    words = [t for t in doc if not t.is_space]
    if all(t.is_punct for t in words):
        words = []  # "…, but the army denied.": the full stop is no object
    i = 1 if words and words[0].lower_ in _DETERMINERS and len(words) > 1 else 0
    if not words:
        # "Russia says it killed 600; Kyiv denies": a bare denial after what was said
        return bool(shade[: a.start].strip())
    if not _NOUN.fullmatch(words[i].lower_) and not (i == 0 and words[0].lower_ in _PRONOUNS):
        return False
    return i + 1 == len(words) or words[i + 1].lower_ in _CLOSERS

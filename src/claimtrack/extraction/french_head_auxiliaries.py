"""A French source written before its verb, without the auxiliary and what stands between
it and the participle: "Le ministère a dans un premier temps évoqué …", "La police a
d'abord annoncé …", "Le porte-parole a lui aussi affirmé …", "L'armée avait dans un
communiqué publié lundi fait état de …": the subject is the part before the auxiliary,
whatever adverbial follows it (an adverb, a time, a place, a document).

The auxiliary is read in the phrase as written, where "a" (has) is not "à" (at): the
shadow folds both to "a". An auxiliary right after a relative or a clitic pronoun ("qui
a requis l'anonymat", "qu'il a") is a clause's own, no end of the subject.

Example:
    >>> from claimtrack.extraction.attribution import Attribution
    >>> a = Attribution("head", 0, 36, 37, 43, "Le ministère a dans un premier temps")
    >>> before_auxiliary(a).phrase
    'Le ministère'
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.sentences import shadow
from claimtrack.extraction.source_names import valid_source

# An auxiliary of a compound past, as written (case kept: "A" may be a name's initial).
# "un groupe ayant revendiqué l'attaque": the participle of one, before a claim's verb.
_AUXILIARY = re.compile(r"(?<=[\s,])(?:a|ont|avait|avaient|aurait|auraient|ayant)(?=[\s,]|$)")
# The word before an auxiliary that makes it a clause's own: a relative, a subject or
# clitic pronoun ("qui a requis l'anonymat", "qu'il a", "lui a dit", "n'a", "y a").
_OWN_CLAUSE = re.compile(
    r"(?:^|[\s,])(?:qui|que|qu['’]\s*\w*|dont|où|lequel|laquelle|lesquels|lesquelles|il|elle"
    r"|ils|elles|on|lui|leur|nous|vous|y|en|ne|n['’]|l['’]|m['’]|s['’]|j['’]|ce|cela|ça)\s*$",
    re.IGNORECASE,
)
# What may stand between the auxiliary and its participle: a few words, no clause.
_GAP = re.compile(r"^[^«»\"“”;:()]{0,60}$")
_MAX_GAP_WORDS = 8


def before_auxiliary(attribution: Attribution) -> Attribution:
    """A head, tail or claim source phrase cut before the auxiliary of its verb and the words
    between them ("Le ministère a dans un premier temps" is "Le ministère"); unchanged when
    no auxiliary ends it, or the part before would be no source.

    Example:
        >>> a = Attribution("head", 0, 17, 28, 34, "Le porte-parole a")
        >>> before_auxiliary(a).phrase
        'Le porte-parole'
        >>> b = Attribution("head", 0, 32, 35, 41, "Un élu qui a requis l'anonymat")
        >>> before_auxiliary(b).phrase
        "Un élu qui a requis l'anonymat"
    """
    if attribution.kind not in ("head", "tail", "claim"):
        return attribution
    phrase = attribution.phrase
    for m in _AUXILIARY.finditer(phrase):
        before, gap = phrase[: m.start()], phrase[m.end() :]
        if _OWN_CLAUSE.search(before):
            continue  # "Un élu qui a requis …": the relative's auxiliary
        if not _GAP.match(gap) or len(gap.split()) > _MAX_GAP_WORDS:
            return attribution
        subject = before.rstrip(" ,")
        if not subject or not valid_source(shadow(subject)):
            return attribution
        end = attribution.start + len(subject)
        return replace(attribution, end=end, phrase=subject)
    return attribution

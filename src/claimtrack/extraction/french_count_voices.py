"""French voices that give or take a count without a reporting verb of the rules' lists:
who sets a toll ("La police porte le bilan à 21 morts"), a second voice with no verb of its
own ("L'armée fait état de 12 morts, les rebelles de 35"), and who confirms or revises down
a toll named by reference ("Cette information a été confirmée par X", "X a revu ce bilan à
la baisse"). Each returns the frames it reads, and the counts or claims they speak for.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "L'état-major chiffre ses pertes à 12 hommes."
    >>> [(a.phrase, a.kind) for a in toll_frames(text, shadow(text), [])]
    [("L'état-major", 'head')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.found import Found
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re
from claimtrack.extraction.source_names import valid_source

_I = re.IGNORECASE


# "La police porte le bilan à 21 morts", "L'état-major chiffre ses pertes à 12 hommes": who
# sets a toll speaks for it, whatever the verb (the reporting verbs do not list "porter").
_SETS_TOLL = re.compile(
    r"(?:^|,?\s*\b(?:mais|et)\s+|\b(?:alors|tandis)\s+qu(?:e\s+|'))"
    r"(?P<src>[^,;:\"«»()]{2,60}?)\s+(?:(?:a|ont|avait|avaient)\s+)?"
    r"(?P<verb>(?:estim|evalu|chiffr|port|fix)\w*)\s+(?:(?:desormais|ainsi)\s+)?"
    r"(?=(?:le nombre|le bilan|le total|les pertes|ses pertes|leurs pertes|nos pertes)\b)",
    _I,
)


def toll_frames(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Who sets a toll at the head of a clause, where no source stands there already.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "La police porte le bilan à 21 morts."
        >>> [(a.phrase, a.kind) for a in toll_frames(text, shadow(text), [])]
        [('La police', 'head')]
    """
    out = []
    for m in _SETS_TOLL.finditer(shade):
        start, end = m.span("src")
        v0, v1 = m.span("verb")
        if not valid_source(shade[start:end]) or any(a.start < v1 and start < a.end for a in found):
            continue
        out.append(
            Attribution("head", start, end, v0, v1, text[start:end], content=(v1, len(shade)))
        )
    return out


# A second voice that gives its figure without a verb, after a count: "…, les rebelles de
# 35" (gapping: the verb of the clause before is understood), "…, selon les rebelles 35".
_GAP = re.compile(
    r"[^,;.]{0,40}?,\s*(?:(?:et|mais)\s+|(?:tandis|alors)\s+qu(?:e\s+|'))?"
    r"(?:(?P<selon>selon|d'apres)\s+)?(?P<src>[^,;:.\d\"«»()]{2,60}?)"
    r"(?:\s*,\s*|\s+)(?:(?<!,\s)(?<!,)(?:de\s+|d'))?",
    _I,
)
_OTHER_ONE = re.compile(r"(?:l'autre|la seconde|le second|la deuxieme|le deuxieme)$", _I)
_BARE_END = re.compile(r"(?:\s+[\w-]+)?\s*(?:[.;!?]|$)")


def _second_voice(shade: str, counts: list[Found], start: int) -> tuple[Found, re.Match] | None:
    """The count a bare figure at ``start`` gives again in a second voice, and the voice."""
    before = [f for f in counts if f.end <= start and not f.subset]
    if not before:
        return None
    parent = before[-1]
    m = _GAP.fullmatch(shade, parent.extra.get("subject_end", parent.end), start)
    if not m or not (
        m.group("selon")
        or shade[m.end("src") : start].strip() in ("de", "d'")
        or _OTHER_ONE.match(shade[slice(*m.span("src"))])  # "L'une évoque 15 morts, l'autre 17"
    ):
        return None  # "…, les rebelles 35": no "de", no "selon": no voice
    return (parent, m) if valid_source(shade[slice(*m.span("src"))]) else None


def gapped(
    text: str, shade: str, attributions: list[Attribution], counts: list[Found]
) -> tuple[list[Attribution], list[Found]]:
    """The sources and counts of second voices with no verb of their own (``_GAP``).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "L'armée fait état de 12 morts, les rebelles de 35."
        >>> twelve = Found("killed", 21, 23, "12", extra={"subject_end": 29})
        >>> sources, found = gapped(text, shadow(text), [], [twelve])
        >>> [a.phrase for a in sources], [(f.claim_type, f.value) for f in found]
        (['les rebelles'], [('killed', '35')])
    """
    counts = sorted(counts, key=lambda f: f.start)
    more: list[Found] = []
    for q in quantity_re().finditer(shade):
        start, end = q.span("value")
        if q.group("one") or not_a_count(q, shade) or not _BARE_END.match(shade, end):
            continue
        if any(f.start <= start < f.end for f in counts) or not (
            got := _second_voice(shade, counts, start)
        ):
            continue
        parent, m = got
        s0, s1 = m.span("src")
        if not any(a.start == s0 for a in attributions):
            for a in attributions:  # the voice before speaks up to the second one
                if a.content[0] < s0 < a.content[1]:
                    a.content = (a.content[0], s0)
            voice = Attribution("head", s0, s1, s1, s1, text[s0:s1], content=(s1, len(shade)))
            attributions = sorted([*attributions, voice], key=lambda a: a.start)
        if value := clean_value(text[start:end]):
            more.append(replace(parent, start=start, end=end, value=value, rule="list", extra={}))
    return attributions, more


# A toll named, not stated, and who confirms it: "Cette information a été confirmée à l'AFP
# par X", "Un bilan confirmé par X", "L'attaque et le bilan ont été confirmés par X" (the
# active "X a confirmé ce bilan" is the rules').
_CONFIRMED_BY = re.compile(
    r"(?:^|[,;]\s*)(?:(?:mais|et)\s+)?"
    r"(?:(?:l'|cette\s+)(?:attaque|embuscade|incident|information)\s+et\s+)?"
    r"(?:(?:cette|l'|une|ces|les|ce|un|le)\s*)"
    r"(?:informations?|bilans?|chiffres?|nouvelles?|versions?|decomptes?|nombres?|total)"
    # "Le nombre de morts a été confirmé par X": the noun of what it counts
    r"(?:\s+(?:de\s+|des\s+|d')?[\w-]+)?\s+"
    r"(?:(?:a|ont|avait|avaient)\s+(?:(?:[a-z]+ment|aussi|egalement)\s+)?ete\s+|(?:est|sont)\s+)?"
    r"(?:(?:[a-z]+ment|aussi)\s+)?(?P<verb>(?:confirme|corrobore)e?s?)\s+"
    r"(?:a\s+(?:l'|la\s+|le\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?par\s+"
    r"(?P<src>[^,;:.\"«»()]{2,80}?)(?=\s*(?:[,;:.]|$|\s+qui\b))",
    _I,
)
# A toll revised down is the earlier toll denied: "X a revu ce bilan à la baisse", "X a
# révisé à la baisse le bilan".
_REVISED_DOWN = re.compile(
    r"(?:^|,\s*)(?:(?:mais|et)\s+)?(?P<src>[^,;:\"«»()]{2,80}?)\s+(?:a|ont|avait|avaient)\s+"
    r"(?:(?:[a-z]+ment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aussi)\s+)?"
    r"(?P<verb>revu|revise|corrige)\s+(?:(?:ce|le|son|leur|ces|les)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bilans?|chiffres?)\s+a la baisse|a la baisse\s+(?:ce|le|son|leur|ces|les)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bilans?|chiffres?))\b",
    _I,
)


def referred_tolls(
    text: str, shade: str, found: list[Attribution]
) -> tuple[list[Attribution], list[Found]]:
    """Who confirms a toll the sentence names but does not state, or revises it down (a
    denial of it): their frames, and the claims by reference (the candidates frame gives
    them the figure of the toll stated before).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Cette information a été confirmée par une source militaire."
        >>> frames, claims = referred_tolls(text, shadow(text), [])
        >>> [a.phrase for a in frames], [(c.claim_type, c.stance, c.rule) for c in claims]
        (['une source militaire'], [('killed', 'asserts', 'by reference')])
    """
    frames: list[Attribution] = []
    claims: list[Found] = []
    own_figure = any(q.group("num") or q.group("word") for q in quantity_re().finditer(shade))
    for pattern, stance in ((_CONFIRMED_BY, "asserts"), (_REVISED_DOWN, "denies")):
        for m in pattern.finditer(shade):
            start, end = m.span("src")
            v0, v1 = m.span("verb")
            if not valid_source(shade[start:end]):
                continue
            same = [a for a in [*found, *frames] if a.start < end and start < a.end]
            if not same:  # the rules may read the speaker already ("X a revu …")
                a = Attribution("head", start, end, v0, v1, text[start:end])
                a.content = (0, len(shade))
                frames.append(a)
            for a in same or frames[-1:]:
                # "a revu le bilan à la baisse, faisant état de 12 morts": the new figure is
                # asserted; only the toll referred to is denied (its own claim below)
                a.denial = a.denial or (stance == "denies" and not own_figure)
            if stance == "denies" or not own_figure:
                rule = "denial" if stance == "denies" else "by reference"
                claims.append(Found("killed", v0, v1, None, stance=stance, rule=rule))
    return frames, claims


# "…, a déclaré X, confirmant une information donnée par une source militaire", "…,
# confirmant un bilan obtenu auprès d'un élu": the source of what is confirmed says it too.
_CONFIRMING = re.compile(
    r",\s*(?:confirmant|corroborant|reprenant)\s+(?:ainsi\s+)?(?:une|l'|les|des|cette|ces|un|le)"
    r"\s*(?:informations?|bilans?|chiffres?|nouvelles?|versions?)\s+(?:[\w-]+\s+)?"
    r"(?:donne|obtenu|fourni|communique|recueilli|avance|annonce|livre|transmis)e?s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:par|aupres\s+(?:de\s+|des\s+|du\s+|d'\s*))\s*"
    r"(?P<src>[^,;:.\"«»()]{2,80}?)(?=\s*(?:[,;:.]|$))",
    _I,
)


def confirmed_voices(text: str, shade: str, attributions: list[Attribution]) -> None:
    """Give the source named before "confirmant une information donnée par Y" the voice
    of Y too (``also``): both speak for the same claims.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Dix morts, a dit le maire, confirmant une information donnée par la police."
        >>> a = Attribution("inverted", 17, 25, 11, 16, "le maire", content=(0, 9))
        >>> confirmed_voices(text, shadow(text), [a])
        >>> a.also
        ('la police',)
    """
    for m in _CONFIRMING.finditer(shade):
        before = [a for a in attributions if a.end <= m.start()]
        src = text[m.start("src") : m.end("src")]
        if before and valid_source(src) and src not in before[-1].also:
            before[-1].also = (*before[-1].also, src)

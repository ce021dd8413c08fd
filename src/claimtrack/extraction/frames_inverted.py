"""Sources written after their cue: "according to X", "citing X", "claimed by X",
'"…," said X' (inverted, with who was told between: "told Reuters"), "dit-il".

Example:
    >>> found = []
    >>> s = '"We lost two men," said Colonel Ba.'
    >>> inverted_frames(s, s, found)
    >>> [(a.phrase, a.kind) for a in found]
    [('Colonel Ba', 'inverted')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import DENIAL, REPORTING, Attribution, inside_span
from claimtrack.extraction.frames_reporting import own_subject
from claimtrack.extraction.lexicon import numbers, source_words, speech
from claimtrack.extraction.predicates import type_of_participle, type_of_verb
from claimtrack.extraction.right_phrases import right_phrase
from claimtrack.extraction.source_names import valid_source
from claimtrack.extraction.source_phrases import WHEN, left_phrase

_I = re.IGNORECASE
_AS_CITED = re.compile(r",\s*as\s+$", _I)
_WHICH = re.compile(r"(?:lequel|laquelle|lesquel(?:le)?s)\b", _I)
_ACCORDING = re.compile(rf"(?<![\w'-])(?:{speech.ACCORDING_TO})\s+", _I)
# "Local officials cited by the agency said …": who is cited speaks, the relay does not
_CITED_THEN_SAID = re.compile(
    rf"(?:cited|quoted) by\s+(?:[\w'’.-]+,?\s+){{1,5}}?(?:{speech.REPORTING_VERBS})(?![\w-])", _I
)
# "…, ce que dément l'armée", "…, ce qu'a démenti l'armée": the relative before the verb
_INVERTED = re.compile(rf"(?:^|[,\"]\s*)(?:ce qu(?:e\s+|'\s*))?({speech.INVERTED_VERBS})\s+")
# "…, une information démentie par les rebelles", "a toll disputed by the army"
_PASSIVE_DENIAL = re.compile(
    r"(?<=\s)(?:(?:aussitot|vite|immediatement|fermement|since|quickly|swiftly|promptly|later"
    r"|flatly|strongly|firmly)\s+)?(?:dementie?s?|contestee?s?|rejetee?s?|refutee?s?|denied"
    r"|contredite?s?|disputed|rejected|refuted|dismissed|contested|contradicted)\s+(?:par|by)\s+",
    _I,
)
_PASSIVE_CLAIM = re.compile(
    r"(?:were|was|has been|have been|a ete|ont ete) (?:claimed|revendiquee?s?) (?:by|par)\s+", _I
)
# A report in the passive, its agent the source: "was reported by", "has been confirmed by"
_REPORTED_BY = re.compile(
    # (French "a été rapportée par X, qui …" is the French frames' passive agent)
    r"(?<=\s)been\s+(?:reported|announced|confirmed)\s+(?:[\w'-]+\s+){0,5}?by\s+"
    # "The abduction of 30 pupils was confirmed by the governor": right before its agent
    # ("were confirmed killed by militants" names the killers)
    r"|(?<=\s)(?:was|were|is|are)\s+(?:reported|announced|confirmed|given)\s+by\s+"
    # "La mort de 6 casques bleus a été confirmée par la Minusma": the agent says it
    r"|(?<=\s)(?:a|ont|avait|avaient)\s+ete\s+(?:annoncee?s?|confirmee?s?|signalee?s?)\s+par\s+",
    _I,
)
# "…, a claim rejected by X": a claim noun, then the passive of a denial and its agent.
_DENIED_BY = re.compile(
    rf",\s*(?:an?|the)\s+(?:{speech.CLAIM_NOUNS})\s+(?:(?:later|since|swiftly|quickly"
    r"|strongly|flatly)\s+)?(?P<v>denied|rejected|dismissed|disputed|refuted|contested)\s+by\s+",
    _I,
)
# Who was told, or where, between an inverted verb and its source: "a déclaré à l'AFP",
# "told Reuters", "a déclaré dans un communiqué", "said in a statement".
_LISTENER = re.compile(
    r"(?:(?:a|au)\s+(?:l'\s*|la\s+)?(?i:agence|journal|presse|television|radio|chaine|tele)\s+"
    # "à la télévision nationale", "à la radio publique ORTM", "à la télévision d'Etat"
    r"(?:(?i:de\s+)?(?i:nationale|publique|officielle|locale|privee|d'etat|etatique"
    r"|internationale|television)\s+)*(?:[A-Z][\w'-]*\s+)*"
    # (not the English article: "said a UN official")
    rf"|(?:a(?!\s+[A-Z][\w'-]*\s+(?:{source_words.SOURCE_NOUNS}|{source_words.ROLE_WORDS})\b)"
    r"|au|aux|to|aupres\s+(?:de|des|du|d'))\s*(?:l'\s*|la\s+|le\s+|les\s+|the\s+)?[A-Z][\w'-]*\s+"
    # "au micro de RFI", "sur les ondes de la radio nationale": the outlet that listened
    r"|(?:sur les ondes|au micro|a l'antenne)\s+(?:de\s+|d'\s*|du\s+)(?:la\s+|l'\s*)?"
    r"(?:(?:radio|television|chaine)\s+(?:nationale\s+|publique\s+)?)?(?:[A-Z][\w'-]*\s+)*"
    r"|(?:dans|in|sur|on|via|lors d')\s*(?:un|une|a|an|the|le|la|son|sa|its|his|her|their|leur)\s+"
    r"(?:communique|statement|declaration|message|video|tweet|post|interview|entretien"
    r"|conference de presse|press conference|briefing)\s+"
    # "a déclaré mardi sur Twitter que", "said on Telegram": a channel, not the source
    # "sur sa page Facebook", "sur twitter" (the network named in lower case too)
    r"|(?:sur|on|via)\s+(?:les\s+|the\s+|(?:sa|son|leur|its|his|her|their)\s+(?:page|compte|account)\s+)?"
    r"(?:reseaux sociaux|social media|(?i:twitter|facebook|telegram|whatsapp|x)|[A-Z][\w-]*)\s+"
    # "a déclaré de son côté X", "said for its part X": an aside, not the source
    rf"|(?:{speech.ASIDES}),?\s+)+"
)
# (and a French perfect infinitive: "X, basé à Y, ont affirmé avoir repris …" is a head's)
_SAID_WHAT = re.compile(r"\d|(?:that|que|qu'|(?:d')?(?:avoir|etre))\b", _I)
# A count right after the phrase: "Name, the army spokesman, said troops killed 14 …" is
# what was said (its subject and verb), not who said it; no source is followed by a count.
_COUNT_NEXT = re.compile(rf"\s*(?:\d|(?:{numbers.MODIFIERS}|{numbers.NUMBER_WORDS})\b)", _I)
# "said in a statement in Maiduguri that …": a place after the verb, then what was said.
_PLACE_NEXT = re.compile(r"(?:in|at|from|near|dans|depuis|pres de)\s", _I)
_THAT_NEXT = re.compile(r"\s*(?:that|que|qu')\b", _I)
# "X, however, described the claim as lies": an object and its complement after the verb,
# whose subject stands before it (no source after the verb)
_AS_COMPLEMENT = re.compile(r"\s+as(?:\s*$|\s)", _I)
_VERB_PRONOUN = re.compile(r"(?<![\w-])(?P<v>[a-z]+)(?:-t)?-(?P<p>il|elle|ils|elles)(?![\w-])", _I)
# (not a count's aside: "12 morts, dont trois enfants, a fait savoir X" is X's toll)
_CLOSES_RELATIVE = re.compile(
    r",\s*(?:qui|who|which|dont(?!\s+(?:(?:un|une|le|la|les|l'|ses|leurs|des)\s+)?(?:\d"
    rf"|(?:{numbers.MODIFIERS}|{numbers.NUMBER_WORDS}|une?)\b))|whose)\b[^,\"]*,\s*$",
    _I,
)
_DOCUMENT_BY = re.compile(
    r"(?:(?:the\s+|les\s+|des\s+|un\s+|une\s+|a\s+|le\s+)?(?:\w+\s+)?(?:figures|data|statistics"
    r"|statement|tally|count|tolls?|reports?|chiffres|donnees|bilan|communique|rapport|decompte)"
    # "a report issued Thursday by", "un bilan rendu public par": how and when it came out
    # (not "a report seen by AFP": who saw it only relays it)
    r"\s+(?:(?!(?:seen|obtained|reviewed|viewed|consulted)\s)[\w'-]+\s+){0,3}?"
    r"(?:(?:by|from|de|du|des|par)\s+|d'\s*))",
    _I,
)

# "SANA quoted a military source as saying that …": the one quoted is the source.
_QUOTED_AS = re.compile(
    # not "X was quoted by Xinhua as saying": X speaks, the agency only relays
    # "Reuters cited the governor as saying …": cited the same way
    r"(?<![\w-])(?:quot|cit)(?:ed|es)\s+(?!by\s)(?P<src>[^.;:\"]{2,80}?)\s+as\s+(?:saying|telling|stating)\b",
    _I,
)
_CLOSING = re.compile(r"\s*(?:on\s+\w+\s*)?[.!?]?\s*$", _I)
# "Figures compiled by X show that …", "Data from X show …": X speaks for what follows.
_DOCUMENT_SHOWS = re.compile(
    r"(?:^\W*|[;,]\s*|\bthat\s+)(?:the\s+|an?\s+)?(?:\w+\s+)?(?:figures|data|statistics|numbers"
    r"|records|tally|tallies|count|images|photos|pictures|videos|footage)\s+(?:(?:compiled"
    r"|collected|gathered|released|published|issued|kept|provided|verified|posted|shared)\s+by"
    r"|from|by)\s+(?P<src>[^.;:,\"]{2,80}?)\s+"
    r"(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)\b"
    # "Des images diffusées par le groupe montrent …", "les chiffres publiés par X indiquent"
    r"|(?:^\W*|[;,]\s*|\bque\s+)(?:des|les|la|une|de)\s+(?:[\w-]+\s+)?(?:images|photos|videos"
    r"|chiffres|donnees|statistiques)\s+(?:diffuse|publie|poste|partage|compile|fourni"
    r"|transmis|rendu public)e?s?\s+(?:[\w-]+\s+){0,2}?par\s+(?P<fr>[^.;:,\"]{2,80}?)\s+"
    r"(?:montrent|montraient|indiquent|indiquaient|font etat|font apparaitre|revelent)\b",
    _I,
)


def shown_by_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the heads whose source is not their verb's subject: "X quoted Y as saying …"
    (Y), "Figures compiled by X show …" (X); each speaks for what follows its verb.

    Example:
        >>> found = []
        >>> s = "Data from the UN show 40 died."
        >>> shown_by_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('the UN', 'head')]
    """
    for pattern in (_QUOTED_AS, _DOCUMENT_SHOWS):
        for m in pattern.finditer(shade):
            group = "fr" if "fr" in m.groupdict() and m.group("fr") else "src"
            span = right_phrase(shade[: m.end(group)], m.start(group))
            if span and valid_source(shade[span[0] : span[1]]):
                # "…, the agency quoted a military source as saying.": it closes the account
                kind = "tail" if _CLOSING.match(shade, m.end()) else "head"
                a = Attribution(kind, *span, m.end(group), m.end(), text[span[0] : span[1]])
                found.append(a)


_TALLY = r"(?:own\s+)?(?:count|tally|estimates?|reckoning|calculations?|figures|account)\b"
# "By its count, at least 80 fighters died": the source named before counts; "by the
# army's count", "according to their figures": the owner of the count is the source.
_BY_OWN_COUNT = re.compile(
    rf"(?<![\w'-])(?:by|according to)\s+(?P<pronoun>its|their|his|her)\s+{_TALLY}"
    rf"|(?<![\w'-])by\s+(?P<src>(?:the\s+)?(?:[\w.-]+\s+){{0,3}}?[\w.-]+)['’]s?\s+{_TALLY}",
    _I,
)
_OWNER_PRONOUN = {"its": "it", "their": "they", "his": "he", "her": "she"}


def _count_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the "By its count, …" and "…, by the army's tally" frames (kind according)."""
    for m in _BY_OWN_COUNT.finditer(shade):
        if inside_span(m.start(), found):
            continue
        if m.group("pronoun"):
            s0, s1 = m.span("pronoun")
            phrase = _OWNER_PRONOUN[m.group("pronoun").lower()]
        elif valid_source(m.group("src")):
            s0, s1 = m.span("src")
            phrase = text[s0:s1]
        else:
            continue
        found.append(Attribution("according", s0, s1, m.start(), m.end(), phrase))


def cue_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the "claimed by X" (passive) and "according to X" / "citing X" frames.

    Example:
        >>> found = []
        >>> s = "According to the army, 12 died."
        >>> cue_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('the army', 'according')]
    """
    for m in _PASSIVE_CLAIM.finditer(shade):
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            found.append(Attribution("passive", *span, m.start(), m.end(), text[span[0] : span[1]]))
    for m in _REPORTED_BY.finditer(shade):
        # "The raid was confirmed by an officer, who said six died": the agent
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]) and not inside_span(m.start(), found):
            found.append(Attribution("tail", *span, m.start(), m.end(), text[span[0] : span[1]]))
            found.extend(_who_says(shade, text, span))
    for m in _DENIED_BY.finditer(shade):
        # "…, an assertion denied by the army": the army denies what was said before
        span = right_phrase(shade, m.end())
        if span and valid_source(shade[span[0] : span[1]]):
            a = Attribution("tail", *span, m.start("v"), m.end("v"), text[span[0] : span[1]])
            a.denial = True
            found.append(a)
    _count_frames(shade, text, found)
    _according_frames(shade, text, found)


def _according_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the "according to X" / "selon X" / "citing X" frames."""
    for m in _ACCORDING.finditer(shade):
        if _CITED_THEN_SAID.match(shade, m.start()):
            continue  # "Officials cited by the agency said": the officials, a head frame
        if _AS_CITED.search(shade, 0, m.start()) and any(
            m.start() - 30 < max(a.end, a.verb_end) <= m.start() for a in found
        ):
            continue  # "According to X, as cited by Y, …": Y relays X's voice, X speaks
        # "according to figures released by the ministry": the ministry
        span = right_phrase(
            shade, doc.end() if (doc := _DOCUMENT_BY.match(shade, m.end())) else m.end()
        )
        if _WHICH.match(shade, m.end()):
            # "un communiqué de l'armée, selon lequel …": the noun before speaks
            span = (
                left_phrase(shade, 0, m.start() - 1) if shade[: m.start()].endswith(", ") else None
            )
        if span and valid_source(shade[span[0] : span[1]]) and not inside_span(m.start(), found):
            a = Attribution("according", *span, m.start(), m.end(), text[span[0] : span[1]])
            a.antecedent = own_subject(shade, text, span)  # "…, according to a statement"
            found.append(a)


def inverted_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the ``"…," said X`` / ``…, a déclaré à l'AFP X`` frames (the verb before the source).

    Example:
        >>> found = []
        >>> s = "Two died, said a local official."
        >>> inverted_frames(s, s, found)
        >>> [(a.phrase, a.kind) for a in found]
        [('a local official', 'inverted')]
    """
    for m in _PASSIVE_DENIAL.finditer(shade):
        span = right_phrase(shade, m.end())
        if span and (complement := _AS_COMPLEMENT.search(shade, span[0], span[1])):
            span = (span[0], complement.start())  # "dismissed by X as lies": X only
        if span and valid_source(shade[span[0] : span[1]]) and not inside_span(m.start(), found):
            a = Attribution("inverted", *span, m.start(), m.end(), text[span[0] : span[1]])
            a.denial = True
            found.append(a)
            found.extend(_who_says(shade, text, span))
    for m in _INVERTED.finditer(shade):
        if inside_span(m.start(1), found) or _CLOSES_RELATIVE.search(shade, 0, m.start(1)):
            continue  # "X, qui a requis l'anonymat, a confirmé …": X is the subject, before
        if _RELATIVE_SUBJECT.search(shade, 0, m.start(1)):
            continue  # 'X, qui "déplore la perte d'un Casque bleu"': the verb's subject is qui
        if _subject_in_commas(shade, m.start(1)):
            continue  # "The army's spokesman, Brig. Gen. X, said the troops …": a head
        after = when.end() if (when := WHEN.match(shade, m.end())) else m.end()
        listener = _LISTENER.match(shade, after)  # "a déclaré à l'AFP un officier"
        span = right_phrase(shade, listener.end() if listener else m.end())
        if span and (
            _SAID_WHAT.match(shade, span[0])
            or _COUNT_NEXT.match(shade, span[1])
            or _a_clause(shade, *span)
            or _PLACE_NEXT.match(shade, span[0])
            or _THAT_NEXT.match(shade, span[1])
            or _AS_COMPLEMENT.search(shade[span[0] : span[1]] + " ")
            or _AS_COMPLEMENT.match(shade, span[1])
        ):
            continue  # "…, said 12 soldiers died": what was said, not who said it
        if span and valid_source(shade[span[0] : span[1]]):
            a = Attribution("inverted", *span, m.start(1), m.end(1), text[span[0] : span[1]])
            a.denial = bool(DENIAL.match(m.group(1)))
            found.append(a)


_RELATIVE_SUBJECT = re.compile(r"\b(?:qui|who|which)\s*\"?\s*$", _I)
# "…, disputed by the rebels, who said two fighters died": the relative's verb
_WHO_SAYS = re.compile(
    r",?\s*(?:who|which|qui)\s+(?:(?:a|ont|avait|avaient|have|has|had)\s+)?([\w'-]+)\s+", _I
)


def _who_says(shade: str, text: str, span: tuple[int, int]) -> list[Attribution]:
    """The denier's own account in a relative after it: a head that asserts.

    Example:
        >>> s = "The toll was disputed by the rebels, who said two fighters died."
        >>> [(a.phrase, a.kind, a.denial) for a in _who_says(s, s, (25, 35))]
        [('the rebels', 'head', False)]
    """
    m = _WHO_SAYS.match(shade, span[1])
    if not m or not REPORTING.fullmatch(m.group(1).lower()):
        return []
    return [Attribution("head", *span, m.start(1), m.end(1), text[span[0] : span[1]])]


# What only an account or a quotation before an inverted verb holds (no subject phrase does)
_ACCOUNT_MARKS = re.compile(r"[\"“”«»:;]|\d", _I)


def _subject_in_commas(shade: str, verb: int) -> bool:
    """Whether all that stands before ", said" is the verb's subject, a source closed by an
    apposition's comma ("The army's spokesman, Brig. Gen. Musa Bello, said the troops …"):
    the verb is a head's, not an inverted one (what was said precedes an inverted verb).

    Example:
        >>> s = "The police chief, Ali Sow, said the troops"
        >>> _subject_in_commas(s, s.index("said")), _subject_in_commas("Two died, said X", 10)
        (True, False)
    """
    before = shade[:verb].rstrip()
    if not before.endswith(",") or _ACCOUNT_MARKS.search(before):
        return False
    span = left_phrase(shade, 0, len(before) - 1)
    if not span or shade[: span[0]].strip(" \t\n-—–") or not valid_source(shade[span[0] : span[1]]):
        return False
    said = re.findall(r"[\w'-]+", before.lower())
    return not any(
        w in source_words.FINITE_AUXILIARIES or type_of_verb(w) or type_of_participle(w)
        for w in said
    )


def _a_clause(shade: str, start: int, end: int) -> bool:
    """Whether a phrase after "said" is the subject and verb of what was said: "…, said its
    fighters killed 20" (it ends with a claim verb), not "…, said its spokesman".

    Example:
        >>> s = "said its fighters killed 20"
        >>> _a_clause(s, 5, 24), _a_clause("said its spokesman", 5, 18)
        (True, False)
    """
    said = re.findall(r"[\w'-]+", shade[start:end].lower())
    return len(said) > 1 and bool(type_of_verb(said[-1]) or type_of_participle(said[-1]))


def pronoun_frames(shade: str, text: str, found: list[Attribution]) -> None:
    """Add the "précise-t-elle", "dit-il" frames: the pronoun is the source, resolved later.

    Example:
        >>> found = []
        >>> pronoun_frames("Douze morts, dit-il.", "Douze morts, dit-il.", found)
        >>> [(a.phrase, a.kind) for a in found]
        [('il', 'tail')]
    """
    for m in _VERB_PRONOUN.finditer(shade):
        if REPORTING.fullmatch(m.group("v").lower()) and not inside_span(m.start(), found):
            s0, s1 = m.span("p")  # the pronoun is the source, resolved to the one before
            a = Attribution("tail", s0, s1, m.start(), m.end("v"), text[s0:s1])
            a.denial = bool(DENIAL.match(m.group("v")))
            found.append(a)

"""The owner of a French claim noun, who asserts what it holds: "L'armée a démenti les
affirmations des rebelles selon lesquelles 40 soldats ont été tués" (the rebels assert the
40, the army denies it); "L'armée a confirmé les informations de RFI selon lesquelles …"
(RFI and the army both assert it); a claim noun called false after it ("… sont fausses").
``claim_owners`` reads them (its docstring has an example).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.french_frames import OBJECT_AGENT
from claimtrack.extraction.source_names import valid_source

_I = re.IGNORECASE

# "les affirmations des rebelles selon lesquelles …", "la version du M23, selon laquelle …":
# a claim named as a noun, its owner after "de", what it says after "selon lequel".
_OWNED = re.compile(
    r"(?<![\w'])(?:les|des|la|le|l'|ces|cette|ce|cet)\s*(?:[\w-]+\s+)?"
    r"(?P<noun>affirmations?|allegations?|informations?|declarations?|accusations?|versions?"
    r"|chiffres?|bilans?|assertions?|annonces?|propos|revendications?)\s+"
    r"(?P<of>de\s+la\s+|de\s+l'\s*|du\s+|des\s+|d'\s*|de\s+"
    # "les chiffres avancés par des sources locales, selon lesquels …": the agent owns them
    r"|(?:avancee?s?|donnee?s?|fournie?s?|publiee?s?|communiquee?s?|diffusee?s?)\s+par\s+)"
    r"(?P<src>[^,;:«»\"()]{2,60}?)\s*,?\s+selon\s+(?:lequel|laquelle|lesquels|lesquelles)\b",
    _I,
)
_ARTICLE = {"de la": "la ", "de l'": "l'", "du": "le ", "des": "les ", "d'": "", "de": ""}


def _owner(m: re.Match, text: str) -> str:
    """The owner of a claim noun as written, its article restored ("du M23": "le M23")."""
    of = " ".join(m.group("of").lower().split()).rstrip()
    return _ARTICLE.get(of, "") + text[slice(*m.span("src"))]


# What is left of a source phrase that swallowed the claim noun: its subject and denial verb
# ("L'armée dément (la version des rebelles, selon laquelle …)").
_SUBJECT_DENIES = re.compile(
    r"^(?P<src>[^,;:«»\"()]{2,60}?)\s+(?:(?:a|ont|avait|avaient)\s+)?"
    r"(?P<verb>dement(?:ent)?|dementi|contest\w*|rejet\w*|nie(?:nt)?|ni[ea]\w*|refut\w*)\s*$",
    _I,
)


# "… selon lesquelles 40 soldats ont été tués sont fausses": the claim called false after it
_CALLED_FALSE = re.compile(
    r"\s+(?:sont|est|etaient|etait|seraient|serait)\s+(?:(?:totalement|completement|tout a fait)"
    r"\s+)?(?:faux|fausses?|mensongere?s?|infondee?s?|sans fondement|erronee?s?)\b",
    _I,
)


def _clause_end(shade: str, start: int) -> int:
    """Where the clause from ``start`` ends: the next comma or semicolon, else the end."""
    return min([i for i in (shade.find(c, start) for c in ",;") if i >= 0] or [len(shade)])


def _denier(m: re.Match, shade: str, found: list[Attribution]) -> tuple[Attribution | None, int]:
    """The voice that denies a claim noun's content, and where that content ends: a head
    denial that speaks for it, or the voice that calls it false after it ("Selon l'armée,
    les affirmations des rebelles selon lesquelles … sont fausses"), a denial from then on."""
    covering = [b for b in found if b.content[0] <= m.start() < b.content[1]]
    head = next((b for b in covering if b.denial and b.kind == "head"), None)
    if head is not None:
        return head, len(shade)
    end = _clause_end(shade, m.end())
    if "," in shade[m.end("src") : m.end()]:  # ", selon laquelle …, est sans fondement"
        end = _clause_end(shade, end + 1)
    false = _CALLED_FALSE.search(shade, m.end(), end)
    voice = next((b for b in covering if b.kind in ("according", "tail", "inverted")), None)
    if false is not None and not covering:
        # "Les affirmations du JNIM selon lesquelles … sont fausses.": the outlet calls it
        # false; the owner still asserts what it holds
        return None, false.start()
    if false is None or voice is None:
        return None, len(shade)
    voice.denial = True
    return voice, false.start()


_CONFIRMS = re.compile(r"(?:confirm|corrobor|reconn)\w*", _I)


def _confirmed(m: re.Match, shade: str, text: str, found: list[Attribution]) -> bool:
    """A head that confirms a claim noun says what its owner says: the owner speaks too."""
    head = next(
        (
            b
            for b in found
            if b.kind == "head"
            and not b.denial
            and b.content[0] <= m.start() < b.content[1]
            and _CONFIRMS.search(shade, b.verb_start, b.verb_end)
        ),
        None,
    )
    if head is None or not valid_source(m.group("src")):
        return False
    phrase = _owner(m, text)
    if phrase not in head.also:
        head.also = (*head.also, phrase)
    return True


def claim_owners(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The owner of a claim noun a denial names, who asserts what it denies: "L'armée a
    démenti les affirmations des rebelles selon lesquelles 40 soldats ont été tués" (the
    rebels assert the 40, the army denies it), as "rejected the rebels' claim that …" is
    read in English; only where a denial speaks for it, as there.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "L'armée dément les affirmations du M23 selon lesquelles 40 soldats sont morts."
        >>> a = Attribution("head", 0, 7, 8, 14, "L'armée", denial=True, content=(14, 80))
        >>> [(b.phrase, b.kind) for b in claim_owners(text, shadow(text), [a])]
        [("L'armée", 'head'), ('le M23', 'owner')]
    """
    for m in _OWNED.finditer(shade):
        swallowed = [b for b in found if b.start <= m.start() < b.end]
        found = [b for b in found if b not in swallowed]
        for b in swallowed:  # "L'armée dément la version des rebelles, selon laquelle …"
            if d := _SUBJECT_DENIES.match(shade, b.start, m.start()):
                a = Attribution(
                    "head", *d.span("src"), *d.span("verb"), text[slice(*d.span("src"))]
                )
                a.denial, a.content = True, (d.end("verb"), len(shade))
                found.append(a)
        if any(b.kind == "owner" and b.start == m.start("src") for b in found):
            continue  # read already (the walk reads a sentence's frames twice)
        if _confirmed(m, shade, text, found):
            continue  # "L'armée a confirmé les informations de RFI selon lesquelles …"
        denial, stop = _denier(m, shade, found)
        if (denial is None and stop == len(shade)) or not valid_source(m.group("src")):
            continue
        start, end = m.span("src")
        phrase = _owner(m, text)
        nxt = min((b.start for b in found if b.start > m.end()), default=stop)
        found.append(
            Attribution("owner", start, end, *m.span("noun"), phrase, content=(m.end(), nxt))
        )
    return sorted(found, key=lambda b: b.start)


# "…, un bilan confirmé par X", "…, un chiffre que confirme X": X says the same figure.
_NOUN_CONFIRMED = re.compile(
    r",\s*(?:un|une|le|la|ce|cet|cette)\s+(?:bilans?|chiffres?|informations?|versions?)\s+"
    r"(?:(?:confirmee?s?|corroboree?s?)\s+(?:[\w-]+\s+)?par|(?:que|qu')\s*(?:confirm|corrobor)\w*)"
    r"\s+",
    _I,
)


def confirmed_by(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """ "Selon des habitants, 30 civils ont été tués, un chiffre confirmé par le maire": the
    residents and the mayor both give the 30; the confirmer speaks for no more than the
    voice before it (the parse reads it as a head over the whole sentence).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Selon X, 30 civils ont été tués, un bilan confirmé par Y."
        >>> a = Attribution("according", 6, 7, 0, 5, "X", content=(7, 57))
        >>> b = Attribution("head", 55, 56, 42, 50, "Y", content=(0, 57))
        >>> [(c.phrase, c.also) for c in confirmed_by(text, shadow(text), [a, b])]
        [('X', ('Y',))]
    """
    if "confirm" not in shade and "corrobor" not in shade:
        return found  # the cheap test first: most sentences confirm nothing
    for m in _NOUN_CONFIRMED.finditer(shade):
        confirmer = next((b for b in found if b.start == m.end()), None)
        src = _UNTIL_END.match(shade, m.end()) if confirmer is None else None
        if src and valid_source(src.group("src")):  # "…, un bilan que confirme l'armée"
            start, end = src.span("src")
            confirmer = Attribution("tail", start, end, m.end() - 1, m.end(), text[start:end])
        if confirmer is None:
            continue
        before = _voice_before(found, confirmer, m.start())
        if not before:  # "30 civils ont été tués, un bilan confirmé par X": X's alone
            confirmer.kind, confirmer.content = "tail", (0, m.start())
            found = sorted({id(b): b for b in [*found, confirmer]}.values(), key=lambda b: b.start)
            continue
        found = [b for b in found if b is not confirmer]
        for b in before:
            b.also = (*b.also, confirmer.phrase)
            b.content = (b.content[0], min(b.content[1], m.start()))
    return found


_UNTIL_END = re.compile(r"(?P<src>[^,;:.\"«»()]{2,60}?)\s*(?=[,;:.]|$)")


def _voice_before(found: list[Attribution], confirmer: Attribution, at: int) -> list[Attribution]:
    """The voices that speak for what a claim noun at ``at`` names: those covering it, else
    the latest closing before it ("…, selon des habitants, un bilan confirmé par X")."""
    others = [b for b in found if b is not confirmer]
    covering = [b for b in others if b.content[0] <= at - 1 < b.content[1]]
    if covering:
        return covering
    closing = [b for b in others if b.end <= at and b.content[1] <= at]
    last = max((b.end for b in closing), default=None)
    return [b for b in closing if b.end == last]


# "Un précédent bilan faisait état de …", "Le premier bilan était de …": an earlier toll
# with no owner of its own, then its verb (accents folded).
_EARLIER_TOLL = re.compile(
    r"(?<![\w'])(?P<toll>(?:un|le|l')\s*(?:(?:precedent|premier|ancien)\s+bilan"
    r"|bilan\s+(?:precedent|initial|anterieur))(?:\s+(?:provisoire|officiel))?)"
    r"\s+(?P<verb>(?:faisait|avait\s+fait|fait)\s+etat\s+d[e']|etait\s+de|s'elevait\s+a"
    r"|evoquait|parlait\s+d[e']|avait\s+ete\s+de)",
    _I,
)


def earlier_tolls(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """ "L'armée a annoncé 16 morts. Un précédent bilan faisait état de quatre morts": an
    earlier toll with no owner is the last source's (it stands for that source, as "ce
    bilan" does), where no frame of its sentence names another.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Un précédent bilan faisait état de 4 morts."
        >>> [(a.phrase, a.antecedent) for a in earlier_tolls(text, shadow(text), [])]
        [('Un précédent bilan', 'ce bilan')]
    """
    if "bilan" not in shade or found:
        return found  # the cheap test first; a toll with its source is read as written
    m = _EARLIER_TOLL.search(shade)
    if m is None:
        return found
    start, end = m.span("toll")
    verb_start, verb_end = m.span("verb")
    return [
        Attribution(
            "head",
            start,
            end,
            verb_start,
            verb_end,
            text[start:end],
            content=(verb_end, len(text)),
            antecedent="ce bilan",  # the last source, as "ce bilan" stands for it
        )
    ]


# A claim noun and its owner, read as the inverted subject of a verb whose own subject
# opens the sentence ("X, porte-parole du groupe, a démenti le bilan de la Monusco").
_CLAIM_OBJECT = re.compile(
    r"^(?:les|des|la|le|l'|ces|cette|ce|cet)\s*(?:[\w-]+\s+)?(?:bilans?|chiffres?|informations?"
    r"|affirmations?|allegations?|accusations?|versions?|annonces?|propos|declarations?)"
    # with its owner, or alone: "X dément cette déclaration" (a claim noun never speaks)
    r"(?:\s+(?:de|du|des|d')|\s*$)",
    _I,
)
# The subject before its auxiliary, past an opening participle ("Joint par l'AFP, …") or a
# time ("Lundi, …"): "Le porte-parole du groupe, Ali Sow, a (aussitôt) …".
_SUBJECT_BEFORE = re.compile(
    r"^(?P<lead>(?:(?:joint|interroge|contacte|sollicite|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|hier|de son cote|pour sa part)[^,;:«»\"]{0,40},\s*)?)"
    r"(?P<subj>[^;:«»\"]{2,160}?)\s*,?\s+(?:(?:a|ont|avait|avaient)\s+)?(?:[\w-]+ment\s+|aussitot\s+"
    r"|immediatement\s+|deja\s+|egalement\s+|pour sa part\s+|lundi\s+|mardi\s+|mercredi\s+"
    r"|jeudi\s+|vendredi\s+|samedi\s+|dimanche\s+)*$",
    _I,
)


def claim_objects(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """ "Le porte-parole du groupe, Ali Sow, a démenti le bilan de l'armée": the claim noun
    after the verb is what is denied, not who denies it; the subject before the verb does.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Le chef du groupe, Ali Sow, a démenti le bilan de l'armée."
        >>> a = Attribution("inverted", 38, 57, 28, 37, "le bilan de l'armée", True, (0, 28))
        >>> [(b.phrase, b.kind) for b in claim_objects(text, shadow(text), [a])]
        [('Le chef du groupe, Ali Sow', 'head')]
    """
    out = []
    for a in found:
        m = None
        if a.kind == "inverted" and _CLAIM_OBJECT.match(shadow_of(shade, a)):
            m = _SUBJECT_BEFORE.match(shade[: a.verb_start])
        if m is None or not valid_source(shade[slice(*m.span("subj"))]):
            out.append(a)
            continue
        start, end = m.span("subj")
        content = (a.verb_end, len(text))
        out.append(
            replace(a, kind="head", start=start, end=end, phrase=text[start:end], content=content)
        )
    return out


def shadow_of(shade: str, a: Attribution) -> str:
    """The folded text of an attribution's source phrase."""
    return shade[a.start : a.end]


def toll_agents(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """ "Il a rejeté le bilan de 16 victimes donné mercredi par le ministre": the minister
    asserts the 16 (an owner frame over the toll) that the speaker denies, or that no
    one else speaks for.
    The frames ``document_agents`` gave are kept; this reads the sentences it is not run
    on, and what other steps dropped after it.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Il a rejeté le bilan de 16 morts donné lundi par le ministre."
        >>> [(a.phrase, a.kind, a.content) for a in toll_agents(text, shadow(text), [])]
        [('le ministre', 'owner', (12, 33))]
    """
    if "par" not in shade or ("bilan" not in shade and "chiffre" not in shade):
        return found  # the cheap test first
    out = list(found)
    for m in OBJECT_AGENT.finditer(shade):
        start, end = m.span("src")
        # the agent read as an inverted subject ("…, annoncé par l'armée") gives way
        agent = [a for a in out if a.start < end and start < a.end and _AGENT.match(a.phrase)]
        rest = [a for a in out if a not in agent]
        if any(a.start < end and start < a.end for a in rest) or not valid_source(shade[start:end]):
            continue
        said = [a for a in rest if a.content[0] <= m.start() < a.content[1] and a.kind != "owner"]
        called_false = _CALLED_FALSE.match(shade, end)  # "… avancé par X est faux"
        if said and not any(a.denial for a in said) and not called_false:
            continue  # a toll confirmed or cited is its speaker's, as ``document_agents`` reads it
        out = rest
        owner = Attribution("owner", start, end, *m.span("given"), text[start:end])
        owner.content = (m.start(), m.start("given"))  # the toll and its figure
        out.append(owner)
    return sorted(out, key=lambda a: a.start)


_AGENT = re.compile(r"^par\s", _I)

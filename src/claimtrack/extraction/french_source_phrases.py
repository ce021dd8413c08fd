"""French source phrases widened or passed on, after the rules found them: an apposition
after a name that says whose the person is ("le lieutenant X, de la gendarmerie, …",
"selon le capitaine X, un officier du M23, …"), and a relay that names its own source
("Selon RFI, qui cite des sources locales, …": the local sources speak, RFI relays, as
"Citing X, the agency said" gives X).

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Selon RFI, qui cite des sources locales, 12 civils ont été tués."
    >>> a = Attribution("according", 6, 9, 0, 5, "RFI", content=(9, len(text)))
    >>> [(b.phrase, b.kind) for b in relayed(text, shadow(text), [a])]
    [('des sources locales', 'according')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.french_frames import REPORTING_FORMS
from claimtrack.extraction.lexicon import source_words
from claimtrack.extraction.source_names import titled_person, valid_source
from claimtrack.text import fold

_I = re.IGNORECASE
# What ends an apposition: a comma, the sentence's end, or the verb after a head's subject.
_UNTIL = r"(?=\s*(?:,|[.;!?]?\s*$))"
# ", de la gendarmerie", ", un officier du M23", ", membre de la société civile": whose the
# person named just before is; a role word (or another noun for a member) then "de X", or
# "de X" alone.
_ROLE = rf"(?:{source_words.ROLE_WORDS}|officier|membre|responsable|cadre|combattant|agent)"
_OF_APPOSITION = re.compile(
    r",\s*(?:(?:un|une|le|la|l')\s*)?"
    rf"(?:{_ROLE}(?:\s+[\w'-]+)?\s+)?"
    r"(?:de\s+la|de\s+l'|du|des|d')\s*[^,;:«»\"()]{2,50}?" + _UNTIL,
    _I,
)


def widened(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Sources that end in a person's name, with the apposition after it that says whose
    the person is: "le lieutenant X, de la gendarmerie" is the gendarmerie's (an officer
    with a rank alone would read as the army's).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Selon le lieutenant Jean Kasongo, de la gendarmerie, 12 civils ont péri."
        >>> a = Attribution("according", 6, 32, 0, 5, text[6:32], content=(32, len(text)))
        >>> [b.phrase for b in widened(text, shadow(text), [a])]
        ['le lieutenant Jean Kasongo, de la gendarmerie']
    """
    out = []
    for a in found:
        m = _OF_APPOSITION.match(shade, a.end)
        if m and titled_person(shade[a.start : a.end]) and not _inside(m, found, a):
            start = a.content[0] if a.content[0] != a.end else m.end()
            a = replace(
                a, end=m.end(), phrase=text[a.start : m.end()], content=(start, a.content[1])
            )
        out.append(a)
    return out


def _inside(m: re.Match, found: list[Attribution], a: Attribution) -> bool:
    """Whether another source or its verb lies in the apposition (then it is no apposition)."""
    return any(
        b is not a and (m.start() <= b.start < m.end() or m.start() <= b.verb_start < m.end())
        for b in found
    )


# ", qui cite des sources locales", ", citant la société civile", "qui citait un élu", "qui
# a interrogé des habitants", "qui a pu joindre un élu", "qui s'appuie sur des sources
# locales": the relay's own source, named right after it.
_RELAYS = (
    r"cite|citent|citait|citaient|interroge|interrogent|joint|joignent|contacte|contactent"
    r"|(?:pu|pouvait|pouvaient)\s+(?:joindre|interroger|contacter)"
    r"|s'appuie\s+sur|s'appuient\s+sur|se\s+fonde\s+sur|se\s+fondent\s+sur"
)
_CITES = re.compile(
    rf",?\s*(?:qui\s+(?:(?:a|ont|avait|avaient)\s+)?(?:{_RELAYS})"
    r"|citant)\s+(?P<src>[^,;:«»\"()]{2,60}?)"
    # "qui a joint le maire par téléphone": how is no part of who
    r"(?:\s+(?:par|au)\s+(?:telephone|whatsapp|courriel|e-mail))?" + _UNTIL,
    _I,
)


def relayed(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The sources a relay cites, in its place: "Selon RFI, qui cite des sources locales,
    …", "L'AFP, qui cite un élu, indique …", "…, rapporte RFI, qui cite des habitants."
    The cited source speaks for what the relay tells; a frame the rules read for it
    ("citant X") gives way.
    """
    out: list[Attribution] = []
    cited: list[Attribution] = []
    for a in found:
        m = _CITES.match(shade, a.end)
        start, end = m.span("src") if m else (0, 0)
        if not m or not valid_source(shade[start:end]):
            out.append(a)
            continue
        content = (m.end() if a.content[0] == a.end else a.content[0], a.content[1])
        cited.append(replace(a, start=start, end=end, phrase=text[start:end], content=content))
    # the rules' own frame of the cited phrase ("citant X") is the same source again
    out = [b for b in out if not any(b.start < c.end and c.start < b.end for c in cited)]
    return sorted([*out, *cited], key=lambda b: b.start)


_MOURNS = re.compile(r"deplor\w*", _I)
_THAT = re.compile(r"\W*(?:que|qu')?\W*", _I)


def _inside_voice(a: Attribution, b: Attribution, shade: str) -> bool:
    """Whether ``a`` opens what another voice ``b`` tells: in a quotation ``b`` closes
    ('« … », a ajouté X'), or right after "Selon X," or "X a indiqué que"."""
    if b.kind in ("tail", "inverted") and b.verb_start > a.verb_end:
        return shade.count('"', 0, a.start) % 2 == 1 and '"' in shade[a.verb_end : b.verb_start]
    after = max(b.end, b.verb_end)
    return (
        b.kind in ("according", "head")
        and after <= a.start == b.content[1]
        and bool(_THAT.fullmatch(shade, after, a.start))
    )


def mourned(shade: str, found: list[Attribution]) -> list[Attribution]:
    """A body that "déplore" its dead states its losses ("L'armée déplore 22 morts"), but
    named inside another's voice it is what that voice says of it: "« Les forces
    gouvernementales déplorent 22 morts », a ajouté X" and "Selon le gouverneur, les FARDC
    déplorent 22 morts" are X's and the governor's figures (the forces said nothing).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> s = shadow("Selon le maire, l'armée déplore 22 morts.")
        >>> found = [Attribution("according", 6, 14, 0, 5, "le maire", content=(14, 16)),
        ...          Attribution("head", 16, 23, 24, 31, "l'armée", content=(31, 41))]
        >>> [(a.phrase, a.content) for a in mourned(s, found)]
        [('le maire', (14, 41))]
    """
    for a in [
        a for a in found if a.kind == "head" and _MOURNS.fullmatch(shade, a.verb_start, a.verb_end)
    ]:
        voice = next((b for b in found if b is not a and _inside_voice(a, b, shade)), None)
        if voice is None:
            continue
        found = [b for b in found if b is not a]
        before = [b.verb_end for b in found if b.verb_end <= voice.start and b is not voice]
        if voice.kind in ("tail", "inverted"):
            voice.content = (max(before, default=0), voice.content[1])
        else:
            nxt = [b.start for b in found if b.start > a.start]
            voice.content = (voice.content[0], min(nxt, default=len(shade)))
    return found


# "Des sources citées par Reuters", "Un soldat joint par téléphone": how a source was
# reached, after it, is no part of it (the agency that cites it only relays).
_REACHED_AFTER = re.compile(
    r"\s*,?\s+(?:(?:citee?s?|interrogee?s?|jointe?s?|contactee?s?|sollicitee?s?|approchee?s?)"
    r"(?:\s+(?:par|au)\s+[^,;:«»\"()]*)?"
    # "un élu local ayant requis l'anonymat": how it spoke, as "qui a requis l'anonymat"
    r"|ayant\s+(?:requis|demande|souhaite\s+garder|prefere\s+garder|voulu\s+garder)"
    r"\s+l'\s*anonymat\b[^,;:«»\"()]*"
    # "Les FAMa par la voix du colonel X": the body speaks, through its officer
    r"|par\s+la\s+voix\s+(?:de|du|des|d')[^,;:«»\"()]*)$",
    _I,
)


def unreached(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Sources without how they were reached, after them: "Des sources sécuritaires citées
    par Reuters ont affirmé …" are the security sources.

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Un soldat joint par téléphone a affirmé que 12 civils ont péri."
        >>> a = Attribution("head", 0, 29, 32, 39, text[:29], content=(39, len(text)))
        >>> [b.phrase for b in unreached(text, shadow(text), [a])]
        ['Un soldat']
    """
    out = []
    for a in found:
        m = _REACHED_AFTER.search(shade, a.start, a.end)
        if m and m.start() > a.start and valid_source(shade[a.start : m.start()]):
            a = replace(a, end=m.start(), phrase=text[a.start : m.start()])
        out.append(a)
    return out


# Cues the rules do not list: "Aux dires des habitants, …", "De l'avis d'un élu, …",
# "Comme l'a indiqué le maire, …", "…, ainsi que l'a annoncé X." (the source after the verb),
# "Selon ce qu'a rapporté X, …".
_CUE = re.compile(
    r"(?:^|(?<=,)\s*|(?<=\s))(?P<verb>(?:aux\s+dires|de\s+l'avis)\s+(?P<of>du\s+|d'|de\s+)?"
    rf"|(?:comme|ainsi\s+que)\s+l'\s*(?:a|ont|avait|avaient)\s+(?:{REPORTING_FORMS})\s+"
    # "Selon ce qu'a rapporté X, …", "D'après ce qui a été annoncé par X, …"
    # (not "ce qu'a appris RFI auprès de X": X told it, french_sources reads it)
    r"|(?:selon|d'\s*apres)\s+ce\s+qu(?:e\s+|'\s*)(?:a|ont|avait|avaient|aurait)\s+"
    rf"(?!appris\b)(?:{REPORTING_FORMS})\s+|(?:selon|d'\s*apres)\s+ce\s+qui\s+(?:a|avait)\s+ete\s+"
    rf"(?:{REPORTING_FORMS})\s+par\s+)"
    r"(?P<src>(?:es\s)?[^,;:«»\"()]{2,60}?)(?=\s*(?:,|[.;!?]?\s*$))",
    _I,
)
# "Le maire a tenu à préciser que …": the verb of saying is the infinitive after "tenir à".
_KEEN = re.compile(
    r"^(?P<src>[^,;:«»\"()]{2,60}?)\s+(?:a|ont|avait|avaient)\s+(?:tenu|tenait|tenaient)\s+a\s+"
    rf"(?P<verb>{REPORTING_FORMS})\b",
    _I,
)


def cue_frames(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames of cues the rules do not list, where no frame stands: "Aux dires de X,",
    "De l'avis de X,", "Comme l'a indiqué X,", "ainsi que l'a annoncé X" (speaking for the
    clause they open or close), and "X a tenu à préciser que …" (a head).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Comme l'a indiqué le maire, 12 civils ont été tués."
        >>> [(a.phrase, a.kind) for a in cue_frames(text, shadow(text), [])]
        [('le maire', 'according')]
    """
    new = []
    for m in [*_CUE.finditer(shade), *_KEEN.finditer(shade)]:
        (start, end), (v0, v1) = m.span("src"), m.span("verb")
        if m.re is _CUE and m.group("of") is None and shade[start : start + 3].lower() == "es ":
            start -= 1  # "aux dires des habitants": "des habitants" speak
        # what the rules took for a source in the cue's own words ("Comme l'a indiqué")
        found = [b for b in found if not m.start() <= b.start < v1]
        if not valid_source(shade[start:end]) or any(
            b.start < end and start < b.end for b in [*found, *new]
        ):
            continue
        of = m.groupdict().get("of") or ""
        phrase = ("le " if fold(of).startswith("du") else "") + text[start:end]
        if m.re is _KEEN:
            a = Attribution("head", start, end, v0, v1, phrase, content=(v1, len(shade)))
        elif shade[: m.start()].strip(" ,"):  # "…, comme l'a indiqué le maire."
            a = Attribution("according", start, end, v0, v1, phrase, content=(0, v0))
        else:
            a = Attribution("according", start, end, v0, v1, phrase)
            a.content = (end, len(shade))
        new.append(a)
    return sorted([*found, *new], key=lambda b: b.start)


# A closing verb with its subject pronoun after it, in any tense of any reporting verb
# ("précisent-elles", "ont-elles précisé", "a-t-il poursuivi"), and the verbs that only
# report when they close a quotation ("poursuit-il", "a-t-il conclu").
_GOES_ON = r"poursui(?:t|vi|vait|vent)|conclu[t]?|enchaine|renchéri[t]?|rencheri[t]?"
_PRONOUN = r"(?P<p>il|elle|ils|elles)"
_CLOSING_PRONOUN = re.compile(
    r"(?:(?<=[,\"])|(?<=[,\"]\s))\s*(?:"
    rf"(?P<v1>{REPORTING_FORMS}|{_GOES_ON})-(?:t-)?{_PRONOUN.replace('p>', 'p1>')}"
    rf"|(?P<aux>a|ont|avait|avaient|aurait|auraient)-(?:t-)?{_PRONOUN.replace('p>', 'p2>')}\s+"
    rf"(?:(?:encore|aussi|egalement|ensuite|enfin|[a-z]+ment)\s+)?(?P<v2>{REPORTING_FORMS}|{_GOES_ON}))"
    r"(?![\w-])",
    _I,
)


def closing_pronouns(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The closing subject pronouns the rules miss ("…, précisent-elles", "…, a-t-il
    poursuivi"): a tail for what precedes, resolved across sentences like "a-t-il ajouté".

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Douze civils ont été tués, précisent-elles."
        >>> [(a.phrase, a.kind) for a in closing_pronouns(text, shadow(text), [])]
        [('elles', 'tail')]
    """
    new = []
    for m in _CLOSING_PRONOUN.finditer(shade):
        p = "p1" if m.group("p1") else "p2"
        (start, end), v0 = m.span(p), m.start("v1") if m.group("v1") else m.start("aux")
        v1 = m.end("v1") if m.group("v1") else m.end("v2")
        if any(b.start < v1 and m.start() < b.end for b in found):
            continue
        before = [b.verb_end for b in found if b.verb_end <= v0]
        a = Attribution(
            "tail", start, end, v0, v1, text[start:end], content=(max(before, default=0), v0)
        )
        new.append(a)
    return sorted([*found, *new], key=lambda b: b.start)


# "Du côté de l'armée, on affirme …", "Côté armée, on dénombre …": the side named speaks;
# "côté" is no part of it (the parse takes the fronted phrase for the subject of "on").
_SIDE_OF = re.compile(
    r"(?:du\s+)?cote\s+(?:(?P<of>de\s+la\s+|de\s+l'\s*|du\s+|des\s+|d'\s*|de\s+)|(?=\w))", _I
)
_OF_ARTICLE = {"de la": "la ", "de l'": "l'", "du": "le ", "des": "des ", "d'": "", "de": ""}


def sides(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Sources written as a side ("Du côté du M23, on affirme …") without "côté de".

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Du côté du M23, on affirme avoir tué 40 soldats."
        >>> a = Attribution("head", 0, 14, 19, 26, "Du côté du M23", content=(26, len(text)))
        >>> [b.phrase for b in sides(text, shadow(text), [a])]
        ['le M23']
    """
    out = []
    for a in found:
        m = _SIDE_OF.match(shade, a.start, a.end)
        if m and m.end() < a.end:
            of = _OF_ARTICLE[" ".join(m.group("of").lower().split())] if m.group("of") else ""
            a = replace(a, start=m.end(), phrase=of + text[m.end() : a.end])
        out.append(a)
    return out


# "…, a-t-on précisé de même source", "a-t-on indiqué de source militaire", "a-t-on
# confirmé auprès de la gendarmerie": the impersonal "on" heard it from the source after.
_HEARD_FROM = re.compile(
    r"\s+(?P<src>(?:de|des)\s+(?:memes?\s+)?sources?\b[^,;:.«»\"()]{0,40}?"
    r"|aupres\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|d')\s*[^,;:.«»\"()]{2,60}?)"
    r"(?=\s*(?:[,;:.!?]|$))",
    _I,
)
_AUPRES = re.compile(r"aupres\s+(?:de\s+(?=la\s|l')|du\s+|d')?", _I)


def heard_from(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """An impersonal "on" after its verb gives way to the source it heard it from: "« … »,
    a-t-on précisé de même source" is the same source's (as "a-t-on appris de source X").

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Huit soldats ont péri, a-t-on précisé de source militaire."
        >>> a = Attribution("tail", 27, 29, 30, 37, "on", content=(0, 21))
        >>> [b.phrase for b in heard_from(text, shadow(text), [a])]
        ['source militaire']
    """
    out = []
    for a in found:
        m = _HEARD_FROM.match(shade, max(a.end, a.verb_end))
        if a.phrase.lower() == "on" and a.kind in ("tail", "inverted") and m:
            start, end = m.span("src")
            lead = re.match(r"(?:de|des)\s+(?=(?:memes?\s+)?sources?\s+\w)|", shade[start:end], _I)
            start += lead.end() if lead else 0
            if told := _AUPRES.match(shade, start):
                start = told.end()
            if valid_source(shade[start:end]):
                a = replace(a, start=start, end=end, phrase=text[start:end])
        out.append(a)
    return out

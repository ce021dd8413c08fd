"""French reporting frames at the head of a clause, which the rules' verb lists miss: a
second speaker after "mais", "et", "alors que", "tandis que" ("L'armée affirme avoir tué 20
jihadistes, mais le groupe parle de trois morts": the three are the group's, not the
army's), a speaker with a verb the rules do not list ("Des habitants évoquent 12 civils
tués", "Un élu fait état de 30 morts"), and "Pour X, …" / "De source X, …". The
subject may stand behind a place or a time ("Au Tchad, un élu parle de …") and meet its
verb after appositions ("Le FDLR, par la voix de son porte-parole, X, parle de …").

The verbs are every form of the reporting lemmas, from the lemma tables, so "avancent",
"évoquait", "confie" are read as "affirme" is. The source phrase must read as one
(``valid_source``: a noun phrase, no finite verb), so a clause whose subject is a count
("alors que 12 soldats ont été tués") is no frame. Frames the rules found are kept; these
only add a speaker where no rule frame stands.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "L'armée affirme avoir tué 20 jihadistes, mais le groupe parle de trois morts."
    >>> [(a.phrase, a.kind) for a in clause_frames(text, shadow(text), [])]
    [("L'armée", 'head'), ('le groupe', 'head')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution import Attribution
from claimtrack.extraction.french_sources import DENYING_LEMMAS, REPORTING_LEMMAS
from claimtrack.extraction.lexicon.inflection import forms
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.source_names import valid_source
from claimtrack.text import fold

_LEMMA_OF = {
    form: lemma
    for lemma in REPORTING_LEMMAS
    for form in forms(lemma, "fr", "all", REPORTING_LEMMAS)
    if len(form) > 3 and not form.endswith(("ant", "ante", "ants", "antes"))  # no "disant"
}
_VERB = "|".join(sorted(_LEMMA_OF, key=len, reverse=True))
REPORTING_FORMS = _VERB  # every form of a reporting verb, folded, longest first
_ASIDE = r"(?:de (?:son|leur) cote|pour (?:sa|leur) part|quant a (?:lui|elle|eux))"
_STRESSED = r"(?:lui|elle|eux|elles)"  # "L'armée, elle, reconnaît …"
_ADVERB = r"toutefois|cependant|pourtant|aussi|encore|en outre|d'ailleurs|ensuite|enfin|deja"
# "Interrogé par RFI, X a déclaré …", "Joint par téléphone, X …": how the speaker was reached
_REACHED = r"(?:interroge|joint|contacte|sollicite|cite|approche)e?s?\b"
REACHED = re.compile(rf"^{_REACHED}$", re.IGNORECASE)
# Where and when, set before the subject ("Au Tchad, un élu parle de …", "Jeudi soir, …",
# "Dans un communiqué, …"): a preposition or a day opens it, never "au moins" (a count).
_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_FRONTED = (
    rf"(?:(?:a|au|aux|en|dans|depuis|lors|apres|avant|vers|sur|plus (?:tot|tard)|par ailleurs"
    rf"|(?:ce |le )?{_DAY}|hier|la veille|le lendemain)(?![\w'])(?! moins)"
    r"[^,;:\"«»()]{0,50}?,\s+)"
)
# Between the subject and its verb, set off by commas: an aside ("de son côté", "elle"), the
# voice it speaks through ("par la voix de son président, X"), a relative clause; not a
# source it cites ("L'agence, citant une source militaire, a annoncé …": the rules' own).
_APPOSITION = r"(?!\s*,\s*citant\b)(?:\s*,\s*[^,;:\"«»()]{2,60}?){1,3}\s*,"
# A toll given is a figure reported: "La gendarmerie a dressé un bilan de 12 morts", "le
# communiqué avait donné dans la journée un premier bilan de 15 morts"; not "a donné 300 sacs".
_GIVES_TOLL = (
    r"(?:donne|donnent|fourni|fournit|fournissent|dresse|dressent|communique|communiquent"
    r"|publie|publient|livre|livrent|etabli|etablit|etablissent|rendu public)"
    r"(?=\s+(?:[^,;:\"«»()]{0,30}?\s)?(?:un|le|son|leur|ce|cet|un tout)\s+(?:[\w-]+\s+)?"
    r"(?:bilans?|decomptes?|chiffres?)\b)"
)
# Nouns in "-ment" that name a speaker, no adverb: "Le gouvernement parle de …".
_NOT_A_NOUN = r"(?!(?:gouverne|commande|mouve|regi|detache|parle|groupe|departe|deploie)ment)"
# Where a clause opens: the sentence's start, "mais", "et", "alors que", "tandis que", ";";
# then where or when, an aside, the subject, its appositions, an auxiliary or an adverb, the verb.
_CLAUSE_HEAD = re.compile(
    rf"(?P<open>^(?:(?:mais|si)\s+)?|,?\s*\b(?:mais|et)\s+|\b(?:alors|tandis)\s+qu(?:e\s+|')|;\s*"
    # a comma splice of two voices: "Des élus évoquent 45 morts, l'armée avance 11 morts"
    r"|,\s+(?!(?:mais|et|alors|tandis)\b))"
    rf"{_FRONTED}?(?:{_ASIDE},?\s+|{_REACHED}[^,;:]{{0,60}},\s+)?"
    # "des sources locales (Studio Tamani)": a name in brackets may close the subject
    rf"(?P<src>[^,;:\"«»()]{{2,80}}?(?:\s*\([^()]{{1,40}}\))?)(?P<app>{_APPOSITION})?"
    r"\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?"
    rf"(?:(?:{_NOT_A_NOUN}[a-z]+ment|{_ADVERB}),?\s+|{_ASIDE}\s+)?"
    rf"(?P<verb>{_VERB}|(?:fait|font|faisait|faisaient|avait fait|ont fait) etat|{_GIVES_TOLL})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "Pour un responsable local, …", "De source hospitalière, …", "Côté armée, on parle de
# …": the speaker of what follows.
_FOR = re.compile(
    r"^\W*(?P<verb>pour|aux yeux d(?:e |u |es |')|de|(?:du\s+)?cote(?:\s+d(?:e |u |es |'))?)"
    r"\s*(?P<src>(?:source\s)?[^,;:\"«»]{2,60}?),",
    re.IGNORECASE,
)
# "des sources locales qui évoquent plus de 30 morts": a relative clause that reports.
_REPORTING_RELATIVE = re.compile(
    rf"\s*,?\s*\bqui\s+(?:(?:a|ont|avait|avaient)\s+)?"
    rf"(?P<verb>{_VERB}|(?:fait|font|faisait|faisaient) etat)(?![\w-])",
    re.IGNORECASE,
)
_IMPERSONAL = frozenset({"on", "nous", "je"})
# A passive before the verb: its subject is what was said, not who said it.
_PASSIVE_BEFORE = re.compile(
    r"(?<![\w'])(?:ete|etre|est|sont|etait|etaient|fut|furent|sera|seront)\s+$", re.IGNORECASE
)
# What a verb after a comma reports, if it reports anything: a word, not the sentence's end.
_SAYS_MORE = re.compile(r"\s+(?:(?:que|qu'|de|d'|avoir)\b|\w+)")
_FRONT_WORD = re.compile(r"(?:a|au|aux|en|dans|depuis|lors|apres|avant|vers|sur)\s", re.IGNORECASE)


def _counts_in(aside: str) -> bool:
    """Whether an apposition holds a figure: then it is a clause ("…, douze villageois ont
    péri, …"), not an aside between a subject and its verb."""
    return any(m.group("num") or m.group("word") for m in quantity_re().finditer(aside))


# A number standing alone ("20 soldats"), not a digit inside a name ("le M23", "les 3R").
_NUMBER = re.compile(r"(?<!\w)\d+(?:[.,\s]\d+)*(?!\w)")
_SOURCE_WORD = re.compile(r"\bsources?\b", re.IGNORECASE)


def _overlaps(a: Attribution, found: list[Attribution]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in found) or any(
        a.verb_start < b.verb_end and b.verb_start < a.verb_end for b in found
    )


def _speaks_there(m: re.Match, text: str, shade: str) -> bool:
    """Whether a clause head's subject is a speaker with its reporting verb."""
    start, end = m.span("src")
    words = shade[start:end].split()
    if words[0].lower() in _IMPERSONAL or _NUMBER.search(text[start:end]):
        return False  # "on indique que …" names no one; a count is no speaker (the M23 is)
    if _FRONT_WORD.match(shade[start:end]) or _counts_in(m.group("app") or ""):
        return False  # "Au total, douze villageois ont péri, a raconté …": no subject there
    if not valid_source(shade[start:end]):
        return False  # "Le bilan fait état de …": a toll is no speaker
    v0, v1 = m.span("verb")
    if m.group("open").strip() == "," and not _SAYS_MORE.match(shade, v1):
        return False  # "…, le ministère a précisé.": a tail, the rules' to read
    # "L'attaque a été confirmée par …": what is confirmed says nothing
    return not _PASSIVE_BEFORE.search(shade, 0, v0)


def clause_frames(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames the rules' ``found`` lack: a speaker at the head of a clause, "Pour X, …".

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Pour un élu local, le bilan dépasse 30 morts."
        >>> [(a.phrase, a.kind) for a in clause_frames(text, shadow(text), [])]
        [('un élu local', 'according')]
    """
    frames: list[Attribution] = []
    for m in _CLAUSE_HEAD.finditer(shade):
        start, end = m.span("src")
        phrase = text[start:end]
        if not _speaks_there(m, text, shade):
            continue
        v0, v1 = m.span("verb")
        lemma = _LEMMA_OF.get(fold(m.group("verb")).lower().split()[-1], "")
        if lemma == "apprendre":
            continue  # "L'AFP a appris auprès de X que …": who learned it only listened
        # "L'armée parle de 10 morts, mais selon le maire, …": until the next source
        nxt = min((b.start for b in found if b.start > v1), default=len(shade))
        a = Attribution("head", start, end, v0, v1, phrase, content=(v1, nxt))
        a.denial = lemma in DENYING_LEMMAS
        if not _overlaps(a, [*found, *frames]):
            frames.append(a)
    if m := _FOR.match(shade):
        start, end = m.span("src")
        sourced = m.group("verb").lower() != "de" or _SOURCE_WORD.match(m.group("src"))
        side = m.group("verb").lower().startswith(("cote", "du cote"))
        bare = side and "'" not in m["src"]
        # "Côté armée": the bare noun names the side ("l'armée")
        src = f"les {m['src']}" if bare else shade[start:end]
        # "Du côté de l'armée, 12 soldats ont été tués, selon X": a side, X the source
        if sourced and valid_source(src) and not (side and found):
            v0, v1 = m.span("verb")
            a = Attribution("according", start, end, v0, v1, text[start:end])
            a.content = (end + 1, len(shade))
            if not _overlaps(a, [*found, *frames]):
                frames.append(a)
    return frames


def relative_frames(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Sources whose relative clause reports a figure of its own ("des sources locales qui
    évoquent plus de 30 morts accusent …"): the source stops before "qui", and the clause
    is one more frame of the same source, speaking for what its verb governs.

    Example:
        >>> from claimtrack.extraction.attribution import find_attributions
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Des élus qui évoquent 40 morts accusent l'armée.")[0]
        >>> [(a.phrase, a.content) for a in relative_frames(s.text, s.shade, [
        ...     Attribution("head", 0, 33, 34, 42, s.text[:33], content=(42, 49))])]
        [('Des élus', (42, 49)), ('Des élus', (21, 33))]
    """
    frames: list[Attribution] = []
    for a in found:
        m = _REPORTING_RELATIVE.search(shade, a.start, a.end)
        if not m and (after := _REPORTING_RELATIVE.match(shade, a.end)):
            # "un bilan contesté par les rebelles qui affirment avoir tué 15 soldats": the
            # relative after the source reports on its own account, up to the next source
            frames += [a, _relative_clause(a, after, shade, found)]
            continue
        if not m or not valid_source(shade[a.start : m.start()]):
            frames.append(a)
            continue
        phrase = text[a.start : m.start()]
        v0, v1 = m.span("verb")
        frames.append(replace(a, end=m.start(), phrase=phrase))
        clause = Attribution("head", a.start, m.start(), v0, v1, phrase, content=(v1, a.end))
        clause.denial = _LEMMA_OF.get(fold(m.group("verb")).lower(), "") in DENYING_LEMMAS
        frames.append(clause)
    return frames


def _relative_clause(
    a: Attribution, m: re.Match, shade: str, found: list[Attribution]
) -> Attribution:
    """The frame of a reporting relative clause right after a source: the source speaks
    again, for what its verb governs, up to the next source."""
    v0, v1 = m.span("verb")
    nxt = min((b.start for b in found if b.start >= v1), default=len(shade))
    clause = Attribution("head", a.start, a.end, v0, v1, a.phrase, content=(v1, nxt))
    clause.denial = _LEMMA_OF.get(fold(m.group("verb")).lower(), "") in DENYING_LEMMAS
    return clause


# "Selon les informations fournies lundi par des habitants, …", "d'après un bilan établi par
# la gendarmerie": the document's agent speaks, not the document; a time may stand between.
_GIVEN = (
    r"(?:donne|fourni|communique|recueilli|publie|transmis|obtenu|rendu|avance|livre|etabli"
    r"|dresse|annonce|confirme|fait)e?s?(?:\s+publi(?:c|que)s?)?"
)
_DOCUMENT_AGENT = re.compile(
    r"\b(?:selon|d'apres)\s+(?:les|des|le|la|l'|un|une|de (?:nouvelles|premieres))\s*"
    r"(?:[\w-]+\s+)?(?:informations?|indications?|elements|donnees|chiffres?|bilans?"
    # "selon une annonce faite dimanche par l'armée", "une déclaration publiée par X"
    r"|annonces?|declarations?|precisions|rapports?"
    rf"|renseignements|decomptes?|estimations?)\s+(?:[\w-]+\s+)?{_GIVEN}"
    r"(?:,?\s+[^,;:\"«»()]{0,40}?)?"
    r"\s+par\s+(?P<src>[^,;:\"«»()]{2,80}?)(?=\s*(?:[,;:.]|$))",
    re.IGNORECASE,
)
# The toll as the sentence's subject, its agent after "par": "Le bilan officiel donné par
# X est de 38 morts", "Un premier bilan confirmé par X faisait état de 56 morts".
_SUBJECT_AGENT = re.compile(
    r"^(?:[^,;:\"«»()]{0,30},\s*)?(?:le|la|les|un|une|ce|cet|cette)\s+(?:[\w-]+\s+)?"
    rf"(?:bilans?|chiffres?|decomptes?|estimations?)\s+(?:[\w-]+\s+)?{_GIVEN}"
    r"(?:\s+[^,;:\"«»()]{0,30}?)?\s+par\s+(?P<src>[^,;:\"«»()]{2,80}?)"
    # "…par le maire de Ndop, Ntoh Daniel, faisait état de": the name after its role
    r"(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},)?,?\s+"
    r"(?=(?:est|etait|fait|faisait|avait|a|s'eleve|s'elevait|s'etablit|s'etablissait|se monte"
    r"|evoque|evoquait|porte|portait|indique|indiquait|mentionne|mentionnait)\b)",
    re.IGNORECASE,
)

# A toll as an object, its figure and its agent: "conteste le bilan de 60 morts avancé par
# X", "le bilan de 16 victimes, donné mercredi soir par X", "le bilan … donné par X a été …"
OBJECT_AGENT = re.compile(
    r"\b(?:le|les|un|ce|cet|son|leur)\s+(?:[\w-]+\s+)?(?:bilans?|chiffres?)\s+(?:[\w-]+\s+)?"
    # (the figure may stand in quotation marks: 'le bilan "d'au moins 50" morts avancé par X')
    r"[\"«]?\s*(?:de|d')\s*"
    rf"[^,;:()]{{1,40}}?\s*,?\s+(?P<given>{_GIVEN})\s+(?:[\w-]+\s+){{0,3}}?par\s+"
    r"(?P<src>[^,;:\"«»()]{2,80}?)(?=\s*(?:[,;:.]|$)|\s+(?:a|ont|est|sont|avait|avaient|etait"
    r"|etaient|fait|font|faisait|reste)\s)",
    re.IGNORECASE,
)

_TOLD_BY = re.compile(r"\s+aupres\s+(?:de\s+|des\s+|du\s+|d'\s*)", re.IGNORECASE)


# "Huit morts et dix blessés, tel est le bilan donné mercredi par le ministre": the toll
# before, its agent after.
_TOLL_IS = re.compile(
    r",\s*(?:tel|c')\s*est\s+(?:le|la|ce)\s+(?:[\w-]+\s+)?(?:bilans?|chiffres?|decomptes?)"
    rf"\s+(?:[\w-]+\s+)?{_GIVEN}(?:\s+[^,;:\"«»()]{{0,30}}?)?"
    r"\s+par\s+(?P<src>[^,;:\"«»()]{2,80}?)(?=\s*(?:[,;:.]|$))",
    re.IGNORECASE,
)


def document_agents(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames of "selon <a document> <given> par X": X speaks for what the document
    says, in place of any frame read inside the phrase ("les informations données").

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Selon les informations fournies par des habitants, 40 rebelles ont péri."
        >>> [(a.phrase, a.kind) for a in document_agents(text, shadow(text), [])]
        [('des habitants', 'according')]
    """
    agents = (_DOCUMENT_AGENT, _SUBJECT_AGENT, OBJECT_AGENT, _TOLL_IS)
    for m in [m for agent in agents for m in agent.finditer(shade)]:
        start, end = m.span("src")
        if told := _TOLD_BY.search(shade, start, end):
            start = told.end()  # "recueillies par l'AFP auprès d'un élu": the élu told it
        if not valid_source(shade[start:end]):
            continue
        v0, v1 = m.start(), m.start() + len(m.group().split()[0])
        found = [a for a in found if not (a.start < end and m.start() < a.end)]
        nxt = min((a.start for a in found if a.start >= end), default=len(shade))
        content = (end, nxt) if not shade[:v0].strip() else (0, v0)
        kind = "according"
        if "given" in m.re.groupindex:
            # "X conteste le bilan de 60 morts avancé par Y": Y's figure, which X denies; and
            # Y's alone where no one else speaks ("X a refusé de commenter le bilan …")
            around = [a for a in found if a.content[0] <= m.start() < a.content[1]]
            if around and not any(a.denial for a in around):
                continue
            kind, v0, v1, content = "owner", *m.span("given"), (m.start(), m.start("given"))
        found.append(Attribution(kind, start, end, v0, v1, text[start:end], content=content))
    return sorted(found, key=lambda a: a.start)


_CLAIM_NOUN = (
    r"(?:bilans?|chiffres?|informations?|affirmations?|accusations?|versions?|allegations?)"
)
# "…, un bilan démenti par l'armée", "…, un chiffre que conteste l'armée": the claim noun
# just before an inverted denial, which denies what was said before it.
_NOUN_BEFORE = re.compile(
    rf",\s*(?:un|une|le|la|ce|cet|cette)\s+{_CLAIM_NOUN}\s+(?:(?:que|qu')\s*)?$", re.IGNORECASE
)
# "…, mais l'armée rejette ce bilan.": a denial whose object is only the claim named before.
_NOUN_ONLY = re.compile(
    rf"\s*(?:ce|cet|cette|ces|le|la|les|l'|son|leur|leurs)\s*{_CLAIM_NOUN}\s*(?:[.;,]|$)",
    re.IGNORECASE,
)


# "…, un bilan que dément l'armée": the denial inverted after "que", which no rule reads.
_NOUN_THAT_DENIES = re.compile(
    rf",\s*(?:un|une|le|la|ce|cet|cette)\s+{_CLAIM_NOUN}\s+(?:que|qu')\s*"
    r"(?P<verb>(?:dement|contest|rejett|refut|ni)e?n?t?)\s+(?P<src>[^,;:.\"«»()]{2,60}?)\s*(?=[,;:.]|$)",
    re.IGNORECASE,
)


def _inverted_after_que(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """The frames of "…, un bilan que dément X" the rules lack: X denies, as a tail."""
    for m in _NOUN_THAT_DENIES.finditer(shade):
        start, end = m.span("src")
        if valid_source(shade[start:end]) and not any(
            a.start < end and start < a.end for a in found
        ):
            a = Attribution("inverted", start, end, *m.span("verb"), text[start:end], denial=True)
            found = sorted([*found, a], key=lambda b: b.start)
    return found


def denials_of_what_was_said(text: str, shade: str, found: list[Attribution]) -> list[Attribution]:
    """Denials that point back at a claim, read as tails: they deny what the sentence said
    before them, and the figure stays its first speaker's ("Selon des habitants, 45
    personnes ont été tuées, un bilan démenti par l'armée": the habitants say 45).

    Example:
        >>> from claimtrack.extraction.sentences import shadow
        >>> text = "Des habitants parlent de 45 morts, mais l'armée rejette ce bilan."
        >>> found = clause_frames(text, shadow(text), [])
        >>> [(a.phrase, a.kind) for a in denials_of_what_was_said(text, shadow(text), found)]
        [('Des habitants', 'head'), ("l'armée", 'tail')]
    """
    found = _inverted_after_que(text, shade, found)
    for a in found:
        if not a.denial:
            continue
        if a.kind == "inverted" and (m := _NOUN_BEFORE.search(shade, 0, a.verb_start)):
            end = m.start()
        elif a.kind == "head" and _NOUN_ONLY.match(shade, a.verb_end):
            end = a.start
        else:
            continue
        before = [b for b in found if b is not a and b.verb_end <= end]
        last = max(before, key=lambda b: b.verb_end, default=None)
        start = 0 if last is None else last.verb_end
        if last and last.kind in ("according", "tail") and last.content[1] <= last.start:
            start = last.content[0]  # "…, selon le JNIM, un bilan démenti par X": the JNIM's
        a.kind, a.content = "tail", (start, end)
        for b in found:  # the speaker before speaks up to the denial, not over it
            if b is not a and b.content[0] < end < b.content[1]:
                b.content = (b.content[0], end)
    return found

"""A headline's source, on either side of its colon: "Army: 20 militants killed",
"Dozens killed in attack: State media", and in brackets at its end: "Mali : 20 soldats
tués (armée)".

Example:
    >>> from claimtrack.extraction.sentences import split_sentences
    >>> a = headline(split_sentences("Army: 20 militants killed")[0])
    >>> a.phrase, a.kind
    ('Army', 'head')
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import Attribution
from claimtrack.extraction.number_forms import quantity_re
from claimtrack.extraction.sentences import Sentence
from claimtrack.extraction.source_names import ORG, ROLE, SOURCE_NOUN, valid_source

_I = re.IGNORECASE
_HEADLINE = re.compile(r"^\W*(?P<before>[^:]{2,60}?)\s*(?::|\s[-–—]\s)\s*(?P<after>[^:–—]{2,160})$")
# A headline in title case: "Rebels Say 100 Soldiers Killed" (lower-case "says" is a verb
# any sentence has; the capitalised one only a headline).
# "Army Denies 50 Soldiers Killed", "Rebels Claim Capture Of 40 Soldiers"; and after the
# headline: "12 Soldiers Killed In Ambush, Army Says".
_TITLE_VERB = r"(?P<verb>Says?|Claims?|Reports?|Confirms?|Denies|Deny)"
_TITLE_SAYS = re.compile(rf"^\W*(?P<before>[^:]{{2,60}}?)\s+{_TITLE_VERB}\s+\S")
_TITLE_TAIL = re.compile(rf",\s+(?P<before>[^,:]{{2,60}}?)\s+{_TITLE_VERB}\W*$")
_TITLE_VERBS = re.compile(rf"\s{_TITLE_VERB}\b")
_INSTITUTION = re.compile(rf"{SOURCE_NOUN.pattern}|{ROLE.pattern}|{ORG.pattern}", _I)


def headline(sentence: Sentence) -> Attribution | None:
    """A headline's source, on either side of its colon or after a dash.

    "Dozens killed in attack: State media" (the source after), "Army: 20 militants
    killed" (before). Only the article's first line, with no closing stop, and a side
    that reads as an institution (a source noun, a role or an organisation), not a place
    ("Mali: …").
    """
    shade = sentence.shade.rstrip()
    if sentence.paragraph or shade.endswith((".", "?", "!")):
        return None
    one_voice = len(_TITLE_VERBS.findall(shade)) == 1
    for kind, pattern in (("head", _TITLE_SAYS), ("tail", _TITLE_TAIL)):
        says = pattern.search(shade) if kind == "tail" else pattern.match(shade)
        if says and one_voice and _reads_as_source(says.group("before")):
            start, end = says.span("before")
            a = Attribution(kind, start, end, *says.span("verb"), sentence.text[start:end])
            a.denial = says.group("verb").startswith("Den")
            a.content = (says.end("verb"), len(shade)) if kind == "head" else (0, says.start())
            return a
    if (b := _BRACKETED.search(shade)) and _reads_as_source(b.group("src")):
        # "Mali : 20 soldats tués (armée)": the source in brackets at the end
        start, end = b.span("src")
        return Attribution(
            "tail", start, end, start, end, sentence.text[start:end], content=(0, b.start())
        )
    if not (m := _HEADLINE.match(shade)):
        return None
    for side, kind in (("after", "tail"), ("before", "head")):
        start, end = m.span(side)
        if _reads_as_source(shade[start:end]):
            a = Attribution(kind, start, end, start, end, sentence.text[start:end])
            a.content = (0, m.start("after")) if kind == "tail" else (m.end("before"), len(shade))
            return a
    return None


_BRACKETED = re.compile(r"\S.*\(\s*(?P<src>[^()]{2,40}?)\s*\)$")


def listed_sources(phrase: str) -> list[str]:
    """The sources a headline lists after its colon ("state media, NGO"), each one a
    source; the phrase alone when it is no such list ("Ali Sow, army spokesman").

    Example:
        >>> listed_sources("ministry, army"), listed_sources("Ali Sow, army spokesman")
        (['ministry', 'army'], ['Ali Sow, army spokesman'])
    """
    parts = [p.strip() for p in phrase.split(",")]
    if len(parts) < 2 or not all(
        _reads_as_source(p) and not ROLE.search(p) and not _LISTED.search(p) for p in parts
    ):
        return [phrase]  # an apposition: a name and what he is
    return parts


_LISTED = re.compile(r"\s+(?:and|et)\s+", _I)


# A headline's topic, named by its event: "South Kordofan insurgency: …", "Gaza war: …"
_TOPIC = re.compile(
    r"(?:insurgency|conflict|crisis|war|violence|unrest|clashes|fighting|offensive|siege"
    r"|battle|standoff|bombings?|ambush|raids?|massacre|killings|uprising|attacks?)\W*$",
    _I,
)


def _reads_as_source(phrase: str) -> bool:
    """A short institution, no figure in it: "Army", "State media", "sources sécuritaires";
    not a topic ending on its event ("Sahel insurgency")."""
    return (
        len(phrase.split()) <= 5
        and not _TOPIC.search(phrase)
        and bool(_INSTITUTION.search(phrase))
        and not quantity_re().search(phrase)
        and valid_source(phrase)
    )


# "Le ministre a été clair : « 30 terroristes ont été neutralisés »", "The spokesman was
# blunt: "We killed 30."": the subject before a colon speaks the quotation after it.
_COLON_QUOTE = re.compile(
    r"^\W*(?P<src>[^,:;\"()]{2,60}?)\s+(?P<verb>a|ont|avait|avaient|est|sont|etait|etaient"
    r"|se montre|se veut|s'est (?:montre|voulu)e?s?|reste|was|is|were|has been|had been"
    r"|remains)\b[^:\";]{0,40}:\s*\""
)


def colon_quote(sentence: Sentence) -> Attribution | None:
    """The speaker of a quotation opened after a colon, where no verb of saying names him.

    Example:
        >>> from claimtrack.extraction.sentences import split_sentences
        >>> s = split_sentences("Le ministre est formel : « Nous avons perdu deux hommes. »")[0]
        >>> colon_quote(s).phrase
        'Le ministre'
    """
    m = _COLON_QUOTE.match(sentence.shade)
    if not m or not valid_source(m.group("src")) or not _INSTITUTION.search(m.group("src")):
        return None
    start, end = m.span("src")
    v0, v1 = m.span("verb")
    phrase = sentence.text[start:end]
    return Attribution("head", start, end, v0, v1, phrase, content=(m.end(), len(sentence.shade)))

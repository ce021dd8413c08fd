"""The source phrase written after its cue: "according to a spokesman, Mahmoud Bassal, in
Gaza", "said Musa Ali, 45, a farmer": the noun phrase with the name, role, age or members
in apposition after it, up to where the claim goes on.

Example:
    >>> s = "according to officials, including Col. Ali Sow, 12 were killed"
    >>> start, end = right_phrase(s, len("according to "))
    >>> s[start:end]
    'officials, including Col. Ali Sow'
"""

from __future__ import annotations

import re

from claimtrack.extraction.attribution_record import REPORTING
from claimtrack.extraction.lexicon import french_speech, numbers, source_words
from claimtrack.extraction.source_channels import CHANNEL_NOUNS, owner_after
from claimtrack.extraction.source_names import is_person, titled_person
from claimtrack.extraction.source_phrases import (
    COMMA,
    FULL_STOP,
    HEADS,
    INCLUDING,
    NOUN_BEFORE_NAME,
    ROLE_AFTER,
    WHEN,
)

_I = re.IGNORECASE
_NP_STOP = re.compile(
    rf"{COMMA}|[;:!?\"()]|{FULL_STOP}"
    # "a statement from the police": the body the document comes from is its author
    r"|(?<!statement)(?<!report)(?<!figures)\sfrom\s"
    # ("des habitants ainsi que des élus": two sources joined, no clause)
    r"|(?<!\bainsi)\s(?:in|on|at|to|dans|sur|sous|lors|during|by|when|who|which|that|qui"
    r"|que|after|before|via|par|precisant|adding|stressing|saying)\s"
    # "a affirmé une source alors que …", "le ministre précisant :": a French clause
    rf"|\s(?:{french_speech.FR_CLAUSE_OPENERS})|\s(?:{french_speech.FR_SPEAKING_PARTICIPLES})(?![\w'-])"
    # a folded French "à", not the English article after "of" ("a member of a local group")
    r"|(?<!\bof)(?<!\bfor)\sa\s"
    # "réfutés par la rébellion et qu'il était impossible de vérifier": a clause joined on
    r"|\set\s+qu(?:e\s|['’])"
    # "Selon l'ONU jusqu'à 160 000 personnes": a count starts the claim, not the source;
    # an ordinal names a unit ("the commander of the 7th Division")
    r"|\s(?=\d(?!\d*(?:st|nd|rd|th)\b)"
    r"|(?:jusqu'a|au moins|at least|more than|plus de|pres de|environ|up to)\s)"
    # "…, a annoncé l'armée mardi.", "…, said police Sunday": when, not who
    rf"|\s(?:{numbers.DAY_WORDS})\b",
    _I,
)
_ACRONYM = re.compile(r"\([A-Z][\w/-]{1,11}\)")  # "le Bureau … (Ocha)": part of its name
_APPOSITION_END = re.compile(
    rf"[,;:!?\"()]|{FULL_STOP}|"
    r"\s(?:who|which|that|qui|que|when|after|before|adding|saying|precisant)\s",
    _I,
)
_REACHED = re.compile(
    r"(?<=\w)\s+(?:citee?s?|cited|quoted|interrogee?s?|jointe?s?|contactee?s?|contacted"
    r"|reached|interviewed|seen|obtained|reviewed|viewed)$",
    _I,
)
# "un communiqué de l'armée publié lundi", "… lu à la télévision", "… parvenu à l'AFP", "un
# rapport de l'ONU consulté par l'AFP": how and when the document came out is no part of it
_PUBLISHED = re.compile(
    r"(?<=\w)\s+(?:publiee?s?|diffusee?s?|released|issued|published|posted|lue?s?|rendue?s?"
    r"|parvenue?s?|transmise?s?|relayee?s?|consultee?s?|obtenue?s?)\b.*$",
    _I,
)


_WHAT_HE_IS = re.compile(rf"\s*(?:{NOUN_BEFORE_NAME.pattern}|{HEADS})", re.IGNORECASE)


def right_phrase(shade: str, start: int) -> tuple[int, int] | None:
    """The source phrase that starts at ``start``, with a ", Name," appositive.

    Example:
        >>> s = "according to a spokesman, Mahmoud Bassal, in Gaza"
        >>> start, end = right_phrase(s, len("according to "))
        >>> s[start:end]
        'a spokesman, Mahmoud Bassal'
    """
    if when := WHEN.match(shade, start):
        start = when.end()  # "a affirmé jeudi une source": the day is not the source
    if owner := owner_after(shade, start):
        return owner  # "according to a post on the army's Facebook page": the army
    if channel := _CHANNEL_OF.match(shade, start):
        start = channel.end()  # "reported on the website of the ministry": the ministry
    stop = _NP_STOP.search(shade, start)
    if stop and (channel := _CHANNEL_OF.match(shade, stop.start())):
        # "said a statement on the website of the ministry": the document and its owner
        stop = _NP_STOP.search(shade, channel.end())
    while stop and (acronym := _ACRONYM.match(shade, stop.start())):
        stop = _NP_STOP.search(shade, acronym.end())  # "la Direction … (Dirpa)": its name
    end = stop.start() if stop else len(shade)
    if stop and (place := _ROLE_IN_PLACE.match(shade, stop.start())):
        # "a spokesman for the police in Borno State, Ali Sow": where he serves, his name
        end = place.end() if _apposition_end(shade, start, place.end()) > place.end() else end
        stop = _NP_STOP.search(shade, place.end()) if end == place.end() else stop
    if stop and (body := _IN_INSTITUTION.match(shade, stop.start())):
        # "said an officer in the El Fuerte police department": the body he serves in
        end, stop = body.end(), _NP_STOP.search(shade, body.end())
    if stop and shade[stop.start()] == ",":
        end = _apposition_end(shade, start, stop.start())
    phrase = shade[start:end].rstrip(" .,")
    # "une source sécuritaire citée (par l'AIB)": how it was reached is no part of it
    phrase = _PUBLISHED.sub("", _REACHED.sub("", phrase))
    return (start, start + len(phrase)) if phrase else None


# "on the website of", "on the Telegram channel of": where a body published, before it
_CHANNEL_OF = re.compile(
    r"\s*(?:on|in|via|through)\s+(?:the\s+)?(?:official\s+)?(?:[\w-]+\s+)?"
    rf"(?:{CHANNEL_NOUNS})\s+of\s+",
    _I,
)
# "in the Kadi police department", "of the army", "at the defence ministry": the state body a
# source serves in, closing the phrase
_IN_INSTITUTION = re.compile(
    r"\s(?:in|of|at|with)\s+the\s+(?:(?-i:[A-Z])[\w'-]*\s+){0,3}"
    r"(?:police|army|military|navy|air force|defen[cs]e|interior|health|security forces)"
    r"(?:\s+(?:department|ministry|force|command|headquarters|service))?(?=\s*(?:[,.;]|$))",
    _I,
)
_ROLE_IN_PLACE = re.compile(
    r"\s(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}(?=,)", _I
)
# ", 45," after a name: his age, then maybe what he is ("said Musa Ali, 45, a farmer.")
_DESCRIBED = re.compile(r"\s*(?:an?|the)\s+(?![\d.])", _I)
_AGE_AFTER = re.compile(r",\s*\d{1,3}(?=\s*(?:[,.;]|$))")


# ", a 30-year-old trader," ", the village chief,": a short description naming a person
# (no verb), closed by a comma or the sentence's end
_PERSON_APPOSITION = re.compile(
    rf"\s*(?:an?|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{source_words.PERSON_NOUNS}|{source_words.ROLE_WORDS}"
    rf"|trader|shopkeeper|teacher|student|driver|elder|chief)(?=\s*(?:,|\.?$))",
    _I,
)


def _one_described(shade: str, start: int, comma: int) -> bool:
    """Whether one person named as a source is described after the comma (", a farmer"),
    not a list of casualties going on ("According to a witness, a soldier, a policeman …")."""
    person = _PERSON_APPOSITION.match(shade, comma + 1)
    if (said := _AUXILIARY_SAID.match(shade, comma + 1)) and REPORTING.fullmatch(said["verb"]):
        return False  # "…, a affirmé le gouverneur": the French auxiliary, not "a farmer"
    named = shade[start:comma].rstrip()
    one = not named.endswith("s") or bool(re.match(r"one of\s", named, _I))
    return bool(person) and one and not _LIST_GOES_ON.match(shade, person.end())


_AUXILIARY_SAID = re.compile(r"\s*a\s+(?P<verb>[a-z]+)\b")
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:an?|the|one|two|three|\d)\b|\s+(?:and|or)\b", _I)


# The French auxiliary "a" ("a tué", "a fait"), not the folded "à" before a place or an
# article ("à Kadi", "à la mairie").
_VERB_AFTER = re.compile(
    r"\s+a\s+(?!(?:la|le|les|l|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b)[a-z]"
)


def _apposition_end(shade: str, start: int, comma: int) -> int:
    """Where a source phrase ``shade[start:comma]`` ends when a comma follows it: past a
    name, a role, an age or the members of a group in apposition, else at the comma."""
    if INCLUDING.match(shade, comma + 1):
        # "officials, including Col. Ali Sow(, the army spokesman)": the group's members
        close = _APPOSITION_END.search(shade, comma + 1)
        end = close.start() if close else len(shade)
        member = INCLUDING.sub("", shade[comma + 1 : end], count=1).strip()
        if titled_person(member) and (role := ROLE_AFTER.match(shade, end + 1)):
            close = _APPOSITION_END.search(shade, role.end())  # ", the army spokesman"
            return close.start() if close else len(shade)
        return end
    if titled_person(shade[start:comma]) and (age := _AGE_AFTER.match(shade, comma)):
        after = age.end()
        if shade[after : after + 1] == "," and (role := _DESCRIBED.match(shade, after + 1)):
            close = _APPOSITION_END.search(shade, role.end())  # ", a farmer"
            return close.start() if close else len(shade)
        return after
    # ", Mahmoud Bassal," or ", le médecin colonel Amado Kafando,": a name in apposition.
    nxt = _NP_STOP.search(shade, comma + 1)
    tail_end = nxt.start() if nxt else len(shade)
    words = shade[comma + 1 : tail_end].split()
    titles = 0
    while words and words[0][:1].islower():
        words, titles = words[1:], titles + 1
    # "Selon la police, le groupe Boko Haram a tué …": a name the clause's verb follows is
    # its subject, no apposition; nor one after a clause's words ("parmi les soldats tués
    # figure le sergent X"): a name has an article and a title or two before it at most
    if (
        words
        and titles <= 4
        and is_person(" ".join(words))
        and not _VERB_AFTER.match(shade, tail_end)
    ):
        # "…, of the Liberation Front (LF)": a body's acronym, not a person's "(AFP)"
        acronym = _ACRONYM.match(shade, tail_end + (shade[tail_end : tail_end + 1] == " "))
        body = _OF_NAMED_BODY.match(shade, comma + 1)
        return acronym.end() if acronym and body else tail_end
    if _one_described(shade, start, comma):
        # "one of the survivors, a 30-year-old trader,": what the source is, no count
        return _PERSON_APPOSITION.match(shade, comma + 1).end()
    # (or what he is, "a resident of Kadi", or what he heads, "who heads the agency")
    role = (
        ROLE_AFTER.match(shade, comma + 1)
        or _WHAT_HE_IS.match(shade, comma + 1)
        or _OF_NAMED_BODY.match(shade, comma + 1)  # "Ali Sow, of the Liberation Front"
    )
    if titled_person(shade[start:comma]) and role:
        # "Ali Gueddei, porte-parole de l'Alliance", "Ali Traore, a local official":
        # the role stays, to the end of the apposition (its body's acronym too)
        close = _APPOSITION_END.search(shade, role.end())
        while close and (acronym := _ACRONYM.match(shade, close.start())):
            close = _APPOSITION_END.search(shade, acronym.end())
        return close.start() if close else len(shade)
    return comma


_OF_NAMED_BODY = re.compile(
    rf"\s*(?:of|from)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{0,4}}(?:{source_words.ORG_WORDS})\b"
)

"""What a source phrase is: a noun phrase that names who speaks, found beside its verb.

A source is a noun phrase: connectors ("But"), leading prepositional phrases ("In
a statement in Hebrew") and trailing adverbs ("however", "avaient le jour même")
are trimmed off. Whether the phrase can be a source at all is ``source_names``' job.

Example:
    >>> s = "In a statement the regional governor said"
    >>> start, end = left_phrase(s, 0, s.index(" said"))
    >>> s[start:end]
    'the regional governor'
"""

from __future__ import annotations

import re

from claimtrack.extraction.clause_subjects import phrase_tokens, trim_tokens
from claimtrack.extraction.lexicon import numbers, source_words, speech
from claimtrack.extraction.source_asides import blank_asides
from claimtrack.extraction.source_channels import CHANNEL_AFTER, CHANNEL_ASIDE, owner_before
from claimtrack.extraction.source_descriptions import described_person, past_description
from claimtrack.extraction.source_names import ROLE, is_person, titled_person, valid_source
from claimtrack.extraction.source_relatives import past_place_relative

_I = re.IGNORECASE
# A comma between digits is a thousands separator ("the 11,500-strong front"), no boundary.
COMMA = r"(?:(?<!\d),|,(?!\d))"
_BOUNDARY = re.compile(
    rf"{COMMA}|[;:\"]|\s(?:[-–—]|--)\s"
    # a sentence ends inside a quotation ("… in Helmand. Yesterday the army said"), not
    # an abbreviation ("Lt. Gen. X", "Capt. X")
    r"|(?-i:(?<!Capt)(?<!Brig)(?<!Prof)(?<!Sept)(?<=[a-z]{3})[.!?]\s+(?=[A-Z]))"
    r"|\b(?:while|whereas|but|tandis que|alors que|mais|when|after|before)\b"
    # "The attack came as the army said": a subordinate clause opens after these
    r"|\b(?:(?<!\bwell\s)as(?! well\b)|because|since|although|though|until|once)\s",
    _I,
)
# The full stop of a title ("M. Monteiro", "Mr. Smith", "Gen. Musa") ends no phrase.
FULL_STOP = (
    "".join(rf"(?<!\b{t})" for t in ("M", "Mr", "Ms", "Mrs", "Mme", "Mgr", "Dr", "Pr", "Gen"))
    + "".join(rf"(?<!\b{t})" for t in ("Col", "Lt", "Maj", "Capt", "Brig", "Sgt", "Cpl", "Gov"))
    + r"\."
)

# What a source says something about, before it: "a claim (that) the army denied".
# "a figure rebel spokesman X denied", "a claim local officials disputed": a source in
# lower case, a source noun or role within its first three words (not "the toll given by").
_LOWER_SOURCE = (
    r"(?:(?!(?:by|of|from|for|in|on|at|to|given|provided|released|issued|par|de|du|des)\s)"
    rf"[a-z][\w'-]*\s+){{0,2}}(?:{source_words.SOURCE_NOUNS}|{source_words.ROLE_WORDS})\b"
)
_BARE_RELATIVE = re.compile(
    # French has no bare relative: "un bilan militaire fait état de" is no "un bilan que"
    rf"\s*(?:(?:(?:an?|the|this|that)\s+(?:{speech.CLAIM_NOUNS})\s+(?:that\s+|which\s+)?"
    rf"|(?:une?|cette|ce|les?|la)\s+(?:{speech.CLAIM_NOUNS})\s+(?:que\s+|qu'))"
    r"(?=(?:the|an?|le|la|les|l')\b|(?-i:[A-Z])"
    rf"|{_LOWER_SOURCE})"
    r"|which\s+(?=the\s|an?\s|(?-i:[A-Z]))|ce\s+que\s+|ce\s+qu'|que\s+|qu')",
    _I,
)
INCLUDING = re.compile(
    r"\s*(?:dont|including|among them|among whom|(?:one|two|three) of (?:them|whom)|parmi eux"
    r"|parmi elles)\s",
    _I,
)
# ", the army spokesman", ", porte-parole de l'armée": a role after a name, one word before it
_TITLES_BEFORE_NAME = re.compile(
    r"^(?:(?!(?:of|in|from|at|for|de|du|des|en)\s)[a-z][\w'-]*\s+)+(?=[A-Z])"
)
# An apposition that names the noun before it again: "formerly called X", "dit X".
_RENAMING = re.compile(
    r",\s*(?:(?:formerly|also|once|previously|now|then|anciennement|aussi|egalement)\s+)?"
    r"(?:named|called|known\s+as|dubbed|renamed|nommee?s?|appelee?s?|surnommee?s?|connue?s?"
    r"\s+sous\s+le\s+nom\s+de)\s[^,]{1,60},\s*$",
    _I,
)
ROLE_AFTER = re.compile(
    rf"\s*(?:(?:le|la|l'|the|a|an)\s*)?(?:[\w'-]+\s+){{0,3}}(?:{source_words.ROLE_WORDS})\b"
    # "Ali Sow, a member of a local vigilante group", "Ali Sow, speaking for the army"
    rf"|{source_words.MEMBER_OF}",
    _I,
)
# "a affirmé jeudi une source", "The United States on Saturday said": days are not sources.
_DAY = rf"(?:{numbers.DAY_WORDS})(?:\s+(?:soir|matin|apres-midi|night|morning|evening))?"
WHEN = re.compile(rf"(?:(?:on|ce|le)\s+)?{_DAY},?\s+", _I)
# (before a determiner or a name: "Later reports said" is no time before "reports")
_TIME_OPENING = re.compile(
    rf"(?:{numbers.TIME_OPENINGS}),?\s+(?=(?:the|an?|its|their|his|her)\s|(?-i:[A-Z]))", _I
)
# "The rebels on the contrary alleged", "The army in turn said": an aside, not the source.
_ASIDE_AFTER = re.compile(
    r"(?<=\w),?\s+(?:on the contrary|in (?:turn|response|return|reply)|by contrast"
    r"|for (?:its|his|her|their|our) part),?$",
    _I,
)
_LAST_WORD = re.compile(r"\s+([\w'-]+)$")
# "Ali Musa, however, said", "The army, meanwhile, said": a filler as an aside in commas
_FILLER_ASIDE = re.compile(r",\s*([\w'-]+)\s*,$")
# An adverb between a source and its verb ("A second official also anonymously confirmed");
# not a noun in -ly ("the daily said", "a close ally said").
_ADVERB = re.compile(
    r"(?!(?:family|ally|rally|assembly|supply|daily|weekly|monthly|quarterly|anomaly)$)"
    r"[a-z]{3,}ly"
)
# ", 45," after a name (a capitalised word): his age
_AGE = re.compile(r"(?<=\b[A-Z][a-z])(?P<rest>[\w'’-]*),\s*\d{1,3}(?=\s*,)")
# "Police late Sunday said", "The army on Monday said", "un communiqué publié lundi"
_WHEN_AFTER = re.compile(
    # (after an apposition's closing comma too: "X, an ally of Y, on Saturday claimed")
    rf"(?<=[\w,])\s+(?:publiee?s?\s+|(?:late|early|earlier)\s+(?:on\s+)?|(?:on|ce)\s+)?{_DAY}$",
    _I,
)
# "ISWA, an ally of Boko Haram claimed": a description of the body named before it
_DESCRIPTION_AFTER_NAME = re.compile(source_words.DESCRIPTION_AFTER_NAME, _I)
# What a body's document is about is no part of its author: "the army's statement on the
# attack" (not "In a statement on Monday the governor said").
_TOPIC_AFTER = re.compile(
    r"(['’]s\s+(?:statements?|reports?|communiques?|figures|tally))\s+(?:on|about|into|over)\s+(?:(?!\bby\b)[^,])*$",
    _I,
)
# "The official, speaking on condition of anonymity, said", "A soldier who asked not to be
# named because he was not authorised to speak said": how it spoke is no part of it.
_ANONYMOUS_AFTER = re.compile(
    r",?\s+(?:who\s+)?(?:spoke|speaking|talking|asked|asking|requested|requesting|declined"
    r"|declining|refused)\s+(?:[\w'-]+\s+){0,5}?(?:anonymity|named|identified)\b[^,;:\"]*,?$"
    # "A military officer who was not authorised to speak to journalists said"
    r"|,?\s+who\s+(?:was|is|were|are)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)"
    r"\s+to\s+(?:speak|talk|comment|brief|disclose)\b[^,;:\"]*,?$",
    _I,
)
# "Officials, including Col. Ali Sow, (the army spokesman,) said": members named of a group of
# sources go with it (``split_speaker`` keeps the group as the source, the whole as speaker)
_MEMBERS = re.compile(
    r",\s*(?:including|among them|among whom|(?:one|two|three) of (?:them|whom))\s+"
    # closed by a comma: "12 soldiers, including a colonel, the army said" is no group
    r"[^,;:\"()]{1,60}(?:,\s*[^,;:\"()\d]{1,60})?,$",
    _I,
)
# "Russia, which is helping …, said", "One resident, who gave only his first name, Ali,
# said": a relative clause (and the name it gives) is skipped. ("who number about 2,000,":
# a comma inside a figure is no end of the clause)
_RELATIVE_ASIDE = re.compile(
    r",\s*(?:which|who|qui|whose|dont)\b(?:[^,]|(?<=\d),(?=\d))*"
    r"(?:,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?,\s*$",
    _I,
)

# "The statement, signed by Col. Ali Sow, said": how a document came out is no part of it;
# "The ministry, cited by Kadi Radio, said": nor who relays a voice
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:signed|issued|released|published|posted|read out|broadcast|sent|dated|seen"
    r"|cited|quoted)"
    r"\s+(?:by|on|in|to|late|early|after|overnight)\b[^,;:\"]*,\s*$",
    _I,
)
# "X, the main jihadist alliance, linked to Al-Qaeda, said": an affiliation after the name
# or its description (not the body it is tied to)
_AFFILIATION_ASIDE = re.compile(rf",\s*(?:{source_words.AFFILIATED})(?![\w'-])[^,;:\"]*,\s*$", _I)
# "Ali Sow, who heads the local emergency agency, said": he speaks for what he heads
HEADS = (
    r"who\s+(?:heads|headed|leads|led|commands|commanded|runs|ran|chairs|directs"
    r"|speaks\s+for|spoke\s+for|represents)\s"
)
WHO_HEADS = re.compile(rf",\s*{HEADS}\s*(?P<body>[^,;:\"]{{3,80}}),\s*$", _I)
# "One resident, Ali Sow, said": a person named after what he is (the noun before speaks)
NOUN_BEFORE_NAME = re.compile(
    rf"(?:an?|one|another|the)\s+(?:[a-z][\w'-]*\s+){{0,2}}(?:{source_words.PERSON_NOUNS})",
    _I,
)

# A subject pronoun right before the verb (not "…, he said" only: "an attack they said
# left 30 dead", "condemn what it said was …"); "and he"/"or she" belongs to a coordination.
_SUBJECT_PRONOUN = re.compile(r"(?<![\w'’-])(?<!\band )(?<!\bor )(?-i:it|they|he|she|we)(?=\s*$)")

# "…, both sides confirmed": the sides of the conflict, alone after a boundary (not
# "Officials on both sides said")
_BOTH_SIDES = re.compile(rf"(?<![\w'’-]){source_words.BOTH_SIDES}(?=\s*$)", _I)
_OPENS = re.compile(r"(?:^|[,;:\"]|[.!?]\s)\s*$")


def left_phrase(shade: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The source phrase that ends just before ``hi`` (a verb), not reaching before ``lo``.

    Example:
        >>> s = "Russia, which backs Damascus, said"
        >>> start, end = left_phrase(s, 0, s.index(" said"))
        >>> s[start:end]
        'Russia'
    """
    if owner := owner_before(shade, lo, hi):
        return owner  # "A statement posted on the army's website said": the army
    if pronoun := _SUBJECT_PRONOUN.search(shade, lo, hi):
        # "a drone strike it said killed 7": a subject pronoun is a whole noun phrase, so
        # the words before it are no part of the source (``pronouns`` resolves it)
        return pronoun.start(), pronoun.end()
    if (sides := _BOTH_SIDES.search(shade, lo, hi)) and _OPENS.search(shade, lo, sides.start()):
        return sides.start(), sides.end()  # "…, both sides said" ("both" is no connector here)
    left = CHANNEL_ASIDE.sub(",", shade[lo:hi].rstrip())
    left = blank_asides(_ANONYMOUS_AFTER.sub("", CHANNEL_AFTER.sub("", left)))
    if group := _group_before_members(shade, lo, left) or _head_of(left, lo):
        return group
    # "Musa Ali, 45, a farmer, said": a person's age is no apposition (blanked, so that
    # offsets into ``shade`` hold)
    left = _AGE.sub(lambda m: m["rest"] + " " * (len(m.group()) - len(m["rest"])), left)
    left = _without_fillers(left)
    # "The United States on Saturday said", "un communiqué publié lundi": no part of the source.
    left = _ASIDE_AFTER.sub("", _WHEN_AFTER.sub("", left))
    left = _TOPIC_AFTER.sub(r"\1", left)  # "the army's statement on the JNIM attack"
    if rel := _RELATIVE_ASIDE.search(left) or _PARTICIPLE_ASIDE.search(left):
        # "The statement, signed by Col. X, said": the statement; its opening comma kept, as
        # what stands before may be "Name, role," (not a part of a whole: "X, dont Y,")
        cut = rel.start()
        part = INCLUDING.match(left, cut + 1) or INCLUDING.match(left, left.rfind(",", 0, cut) + 1)
        left = left[: cut + (not part)]
    elif tie := _AFFILIATION_ASIDE.search(left):
        left = left[: tie.start() + 1]  # its comma kept: what stands before may be "X, a Y,"
    left = _RENAMING.sub("", left)  # "The group, formerly named Ansar Dine, said"
    left = _past_name_description(left)
    if left.endswith(","):
        span, left = _in_commas(left[:-1], lo)
        if span:
            return span
    seg = _segment(left)
    tokens = trim_tokens(phrase_tokens(left[seg:], lo + seg))
    if not tokens:
        return None
    start = _name_before_role(left, seg, lo)
    start = _role_before_name(left, seg, lo) if start is None else start
    return (tokens[0][0] if start is None else start), tokens[-1][1]


def _in_commas(body: str, lo: int) -> tuple[tuple[int, int] | None, str]:
    """The source span of a stretch before ", verb" ("Name, role"), or None; what is left."""
    # "A spokesman for X, Naji al-Mustafa, disputed": role, then a name in commas.
    cut = body.rfind(",")
    name = body[cut + 1 :].strip()
    # ", le colonel Abass Dembélé,": the titles before a name are part of it; not a
    # place after a preposition (", a resident of Deir al-Balah,")
    if cut > 0 and is_person(re.sub(_TITLES_BEFORE_NAME, "", name)):
        before = past_description(body[:cut])
        seg = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
        tokens = trim_tokens(phrase_tokens(before[seg:], lo + seg))
        if tokens and (
            ROLE.search(before[seg:]) or NOUN_BEFORE_NAME.fullmatch(before[seg:].strip())
        ):
            return (tokens[0][0], lo + len(body)), body
    elif (
        cut > 0
        and ROLE_AFTER.match(name)
        and (person := _person_before(body[:cut], lo)) is not None
    ):
        # "Ali Gueddei, porte-parole de l'Alliance, a déclaré": the role stays with the name
        return (person, lo + len(body)), body
    elif cut > 0 and titled_person(named := body[_segment(body[:cut]) : cut]):
        # "Nasae Dokoh, the village headman, said": a name and what he is
        start = trim_tokens(phrase_tokens(named, lo + cut - len(named)))[0][0]
        return (start, lo + len(body)), body
    elif cut > 0 and name[:1].islower() and _source_before(body[:cut]):
        # "le Groupe … (GSIM), lié à al-Qaïda, a revendiqué": skip the description;
        # not "In the meantime, another official, said": no source before that comma
        if (person := described_person(body[:cut], lo, _segment)) is not None:
            return (person, lo + len(body)), body  # "X, an ex-envoy, now a rebel, said"
        body = body[:cut]
    return None, body


def _past_name_description(left: str) -> str:
    """ "the Islamic State for West Africa (ISWA), an ally of Boko Haram": the name before
    a description of it whose closing comma is left out; else ``left`` as it is."""
    desc = _DESCRIPTION_AFTER_NAME.search(left)
    if not desc:
        return left
    before = left[: desc.start()]
    words = before[_segment(before) :].split()
    named = any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper())
    if not words or words[0].lower() in source_words.PREPOSITIONS or not named:
        return left  # "In Kabul, a group linked to …": a place before, not a source
    return before if _source_before(before) else left


def _without_fillers(left: str) -> str:
    """ "The Civil Defence, first responders …, had earlier said": auxiliaries and adverbs
    between the source and its verb go first."""
    while (last := _LAST_WORD.search(left) or _FILLER_ASIDE.search(left)) and (
        last.group(1).lower() in source_words.TRAILING_FILLERS or _ADVERB.fullmatch(last.group(1))
    ):
        left = left[: last.start()]
    return left


def _group_before_members(shade: str, lo: int, left: str) -> tuple[int, int] | None:
    """The span of a group of sources and the members it names after it ("Officials,
    including Col. Ali Sow,"), or None."""
    members = _MEMBERS.search(left)
    group = left_phrase(shade, lo, lo + members.start()) if members else None
    text = shade[group[0] : group[1]] if group else ""
    if group and valid_source(text) and not re.search(r"\d", text):
        return group[0], lo + len(left.rstrip(", "))
    return None


def _head_of(left: str, lo: int) -> tuple[int, int] | None:
    """The span of "X, who heads the agency," (the agency's, ``split_speaker`` says), or None."""
    heads = WHO_HEADS.search(left)
    if heads and (person := _person_before(left[: heads.start()], lo)) is not None:
        return person, lo + len(left.rstrip(", "))
    return None


def _source_before(before: str) -> bool:
    """Whether the stretch before a comma ends in a source phrase (not an adverbial)."""
    tokens = trim_tokens(phrase_tokens(before[_segment(before) :]))
    return bool(tokens) and valid_source(" ".join(t[2] for t in tokens))


# A dateline before the source: "CAIRO (Reuters) -A group said", "Kadi, Mar 18 (EFE).- The
# rebels said": a place or date, the wire in brackets, a dash (a bracket in a name, "the
# Allied Forces (ADF) said", has no dash after it)
_DATELINE = re.compile(r"[^()]{0,40}\((?-i:[A-Z])[^()]{1,40}\)\s*\.?\s*[-–—]+\s*", _I)
# and one that lost its dash: a place in capitals before an article or a possessive
# ("KHARTOUM Darfur's main rebel group said", "KABUL The Taliban said"; not "NATO forces")
_BARE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]{3,}(?:,?\s[A-Z][A-Z'’.-]+){0,3}\s+(?=(?:The|An?)\s|[A-Z][\w-]+['’]s\s)"
)


def _segment(left: str) -> int:
    """Where the last stretch of ``left`` that may hold a source starts."""
    seg = _in_relative(left, max((m.end() for m in _BOUNDARY.finditer(left)), default=0))
    if dateline := _DATELINE.match(left, seg) or _BARE_DATELINE.match(left, seg):
        seg = dateline.end()
    if seg and left[seg - 1] == "," and INCLUDING.match(left, seg):
        # "trois sources, dont un officier, ont déclaré": the part goes with its whole
        seg = max((m.end() for m in _BOUNDARY.finditer(left, 0, seg - 1)), default=0)
    if bare := _BARE_RELATIVE.match(left, seg):
        seg = bare.end()  # "…, a claim the army denied", "…, ce que l'armée a démenti"
    if when := WHEN.match(left, seg) or _TIME_OPENING.match(left, seg):
        seg = when.end()  # "Yesterday the army said": the day is no part of the source
    return past_place_relative(left, seg)


_WHO = re.compile(r"\s(?:who|that)\s", _I)
_PUNCTUATION = re.compile(r"[^\w\s]")


def _in_relative(left: str, seg: int) -> int:
    """Where the last phrase starts when the boundary at ``seg`` ("because", "after", "as")
    opens a clause inside a restrictive relative ("A witness who fled because he feared
    reprisals said"): at the noun the relative hangs on, else ``seg``."""
    marks = list(_BOUNDARY.finditer(left, 0, seg))
    hard = max((m.end() for m in marks if _PUNCTUATION.search(m.group())), default=0)
    who = _WHO.search(left, hard, seg)
    if hard == seg or who is None:
        return seg
    # the relative's noun starts after the last boundary before it ("The attack came as
    # soldiers who were deployed after the raid said": the soldiers)
    start = max((m.end() for m in marks if m.end() <= who.start()), default=0)
    noun = trim_tokens(phrase_tokens(left[start : who.start()]))
    return start if noun and valid_source(" ".join(t[2] for t in noun)) else seg


def _name_before_role(left: str, seg: int, lo: int) -> int | None:
    """Where "Name, role" starts when the role after the comma at ``seg`` follows a name.

    "Ali Traore, a spokesman for the alliance said": the closing comma is often left out;
    the name before the role is part of the source.
    """
    if not seg or left[seg - 1] != "," or not ROLE_AFTER.match(left, seg):
        return None
    before = left[: seg - 1]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    name = trim_tokens(phrase_tokens(before[cut:], lo + cut))
    return name[0][0] if name and titled_person(before[cut:]) else None


def _role_before_name(left: str, seg: int, lo: int) -> int | None:
    """Where "role, Name" starts when a name after the comma at ``seg`` follows a role.

    "Spokesperson of the army, Ali Traore has confirmed": the closing comma after the
    name is left out; the role before it, with its institution, is part of the source.
    """
    if not seg or left[seg - 1] != "," or not titled_person(left[seg:].strip()):
        return None
    before = left[: seg - 1]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    role = trim_tokens(phrase_tokens(before[cut:], lo + cut))
    if not role or not ROLE.search(before[cut:]) or not valid_source(before[cut:].strip()):
        return None
    return role[0][0]


def _person_before(before: str, lo: int) -> int | None:
    """Where a person's name (titles included) ends ``before`` starts, or None."""
    seg = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    tokens = trim_tokens(phrase_tokens(before[seg:], lo + seg))
    names = [t for t in tokens if t[2][:1].isupper()]
    if not names or not is_person(" ".join(t[2] for t in names)):
        return None
    return tokens[0][0]

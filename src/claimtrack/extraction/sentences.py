"""Text → sentences with their character offsets, and the language of a text.

All matching runs on the *shadow* of the text: accents dropped and quotes
straightened character for character, so the shadow has the same length as the
text and a match at ``[i, j)`` in the shadow is the span ``text[i:j]`` as written.

Example:
    >>> [s.text for s in split_sentences("Il a dit « non ». L'AFP.Deux morts.")]
    ['Il a dit « non ».', "L'AFP.", 'Deux morts.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.extraction.lexicon.languages import STOPWORDS

# Longest sentence we look at as one piece: the patterns are bounded, but a
# text with no full stops must not become one multi-megabyte "sentence".
MAX_SENTENCE = 1200
# How far an open quotation may run on across full stops before we give up on it.
MAX_QUOTE = 700

_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
_ABBREVIATIONS = re.compile(
    # (ranks in the plural and the enlisted ranks too: "Wounded were Pfcs. X, Y and Z")
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Cpt|Maj|Cpl|Pvt|Brig|Adm|Cdr|Cmdr|Lieut|Insp"
    r"|Pfc|Pfcs|Pte|Spc|Sgts|Cpls|Pvts|SSgt|TSgt|MSgt|Capts|Lts|Gens|Cols"
    r"|Supt|Cmdt|Prof|Rev|Hon|Pres|Amb|Mgr|St|Jr|Sr|No|vs|etc|Dec|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Gov|Sen|Rep|Mt|Ft|p|pp|ca)|\b[A-Z])$"
)

# "ACTUALITE.CD", "Reuters.com": a full stop inside a name, before its domain ending.
_DOMAIN = re.compile(r"(?<=[A-Z]\.)[A-Z]{2,4}(?![\w'-])|(?<=[a-z]\.)(?:com|org|net|info)\b")
_OPENERS, _CLOSERS = "“«", "”»"
# What a glued full stop may follow and still end a sentence: a closing quote or bracket.
_GLUED_AFTER = '")'
# A closing quote ends the sentence when the words inside it ended with . ! ? ('died."',
# 'morts. »') and a capital follows.
_QUOTE_ENDS = re.compile(r" [A-Z]")
_ENDED = re.compile(r"[.!?] ?$")
# "at 3 p.m. that …": no sentence starts in lower case, so a full stop before one ends none.
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# A text wrapped at a fixed width ("eight militants and one\nsoldier were killed"): a
# line break inside a sentence goes before a word in lower case, or after a word that
# never ends one. A headline ends with neither.
_WRAP_BEFORE = re.compile(
    r"(?:^|\W)(?:the|a|an|of|in|at|on|to|and|or|by|for|from|with|de|du|des|la|le|les|et|au"
    r"|aux|en|par|pour|sur|dans)[ \t]*$"
)
_WRAP_AFTER = re.compile(r"[ \t]*[a-z]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _QUOTES.items()}
    for code in range(0xC0, 0x250):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base.isascii() and base != chr(code):
            table[code] = base
    table[0xA0] = " "
    table[0x202F] = " "
    return table


def shadow(text: str) -> str:
    """The text with accents dropped and quotes straightened, one character for one.

    Example:
        >>> shadow("L’armée a démenti « tout »")
        'L\\'armee a dementi " tout "'
        >>> shadow("'Two died,' it said of the rebels' raid")
        '"Two died," it said of the rebels\\' raid'
        >>> shadow("50 dead -- among them 31 civilians - and 10 - 15 hurt")
        '50 dead —  among them 31 civilians — and 10 - 15 hurt'
    """
    shade = _SPACED_DASH.sub(lambda m: "—" + " " * (len(m.group()) - 1), text.translate(_table()))
    return _SINGLE_QUOTED.sub(_double, shade) if "'" in shade else shade


# "'20 soldiers were killed,' it said" (PTI and others quote in single marks): a quotation
# opens before a capital or a digit (never after a letter: "l'Armee") and closes after
# , . ! ? (a possessive "rebels' " never does); inside, an apostrophe sits in a word.
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'])'(?=[A-Z0-9])(?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?= )){1,700}?[,.!?]'(?=\s|$)"
)


def _double(m: re.Match) -> str:
    """A single-quoted quotation with its marks as double ones, one character for one."""
    return '"' + m.group()[1:-1] + '"'


# "50 Syrians -- including 31 civilians -- died": a spaced hyphen is a dash (not in "10 - 15")
_SPACED_DASH = re.compile(r"(?<=\s)(?<!\d\s)--?(?=\s)(?!\s\d)")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the text, its text as written and its shadow."""

    start: int
    end: int
    text: str
    shade: str
    paragraph: int


def _wrapped(shade: str, i: int) -> bool:
    """Whether the line break at ``i`` only wraps a sentence."""
    before = shade[max(0, i - 12) : i].rstrip(" \t")
    if not before or before[-1] in '.!?:;"':
        return False
    return bool(_WRAP_AFTER.match(shade, i + 1) or _WRAP_BEFORE.search(before))


def _boundaries(text: str, shade: str) -> list[int]:
    """Offsets where sentences end: after . ! ? (outside quotations) or at a blank line."""
    cuts: list[int] = []
    in_quote = False
    quote_open = 0
    i, n = 0, len(shade)
    while i < n:
        ch = shade[i]
        if ch == '"':
            closing = in_quote and text[i] not in _OPENERS
            # A curly or angle quote says which way it faces; a straight one toggles.
            in_quote = text[i] in _OPENERS or (text[i] not in _CLOSERS and not in_quote)
            quote_open = i
            if (
                closing
                and _QUOTE_ENDS.match(shade, i + 1)
                and _ENDED.search(shade[max(0, i - 2) : i])
            ):
                cuts.append(i + 1)  # '… defence forces." The visuals …': the quote ended it
        elif in_quote and i - quote_open > MAX_QUOTE:
            in_quote = False
        if ch == "\n" and not _wrapped(shade, i):
            cuts.append(i + 1)
            in_quote = False
        elif ch in ".!?" and not in_quote:
            j = i + 1
            # Outside a quotation the next quote mark opens one: it starts the next sentence.
            while j < n and shade[j] in "')]":
                j += 1
            nxt = shade[j] if j < n else ""
            # "l'AFP.Deux", "(sud-est).Selon", '(3H00 GMT)."Sept', 'NDS"."Les': a full
            # stop glued to a capital (or to a quotation opening on one) after a word, a
            # bracket or a quotation still ends a sentence; "Dec. 3", "Lt. Col." and "U.S."
            # do not.
            before = shade[i - 1] if i else " "
            glued = before.isalpha() or before in _GLUED_AFTER
            if (
                nxt == ""
                or (nxt.isspace() and not _LOWER_NEXT.match(shade, j))
                or (nxt.isupper() and glued)
                or (nxt == '"' and glued and shade[j + 1 : j + 2].isupper())
            ) and not (
                _ABBREVIATIONS.search(shade[max(0, i - 6) : i]) or _DOMAIN.match(shade, i + 1)
            ):
                cuts.append(j)
                i = j
                continue
        i += 1
    cuts.append(n)
    return cuts


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences with offsets; quotations stay whole, long runs are cut.

    Example:
        >>> s = split_sentences('"One. Two," he said. Next.')
        >>> [x.text for x in s]
        ['"One. Two," he said.', 'Next.']
    """
    shade = shadow(text)
    out: list[Sentence] = []
    paragraph, start, previous_end = 0, 0, 0
    for cut in _boundaries(text, shade):
        piece_start, end = start, cut
        start = cut
        while piece_start < end and shade[piece_start].isspace():
            piece_start += 1
        while end > piece_start and shade[end - 1].isspace():
            end -= 1
        if piece_start >= end:
            continue
        if out and "\n" in shade[previous_end:piece_start]:
            paragraph += 1
        while piece_start < end:
            stop = end
            if stop - piece_start > MAX_SENTENCE:
                # Cut an overlong run at the last space before the limit.
                limit = piece_start + MAX_SENTENCE
                space = shade.rfind(" ", piece_start + MAX_SENTENCE // 2, limit)
                stop = space if space > 0 else limit
            out.append(
                Sentence(
                    piece_start, stop, text[piece_start:stop], shade[piece_start:stop], paragraph
                )
            )
            piece_start = stop
            while piece_start < end and shade[piece_start].isspace():
                piece_start += 1
        previous_end = end
    return out


_WORD = re.compile(r"[a-z]+")


def detect_language(text: str, sample: int = 20000) -> str:
    """``"en"`` or ``"fr"``: which language's common function words the text uses more.

    Looks at the first ``sample`` characters only: enough to decide, and constant time.

    Example:
        >>> detect_language("Les autorités ont annoncé un bilan de 27 morts dans la région.")
        'fr'
        >>> detect_language("The army said 80 fighters were killed in the attacks.")
        'en'
    """
    words = _WORD.findall(shadow(text[:sample]).lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    return "fr" if scores["fr"] > scores["en"] else "en"

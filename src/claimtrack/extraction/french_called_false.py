"""A reporting clause a quotation calls false: "« Le M23 affirme avoir tué 40 soldats,
c'est faux », a déclaré le porte-parole de l'armée". The group inside the quotation
asserts its figure; the voice that closes the quotation (or opens it after a colon) denies
it, as "…, a claim the army denied" is read, and says what follows in the quotation: the
inner voice speaks only up to the words that call it false.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = '« Le M23 affirme avoir tué 40 soldats, c\\'est faux », a déclaré X.'
    >>> s = shadow(text)
    >>> inner = Attribution("head", 2, 8, 9, 16, "Le M23", content=(16, len(s)))
    >>> outer = Attribution("inverted", 63, 64, 52, 62, "X", content=(16, 52))
    >>> [(a.phrase, a.denial, a.content) for a in called_false(s, [inner, outer])]
    [('Le M23', False, (16, 37)), ('X', False, (16, 52)), ('X', True, (16, 50))]
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extraction.attribution_record import Attribution

_I = re.IGNORECASE
# ", c'est faux", ". C'est un mensonge", ", ce n'est pas vrai", "c'est archifaux" closing the
# quotation (over the accent-folded shade, whose quotation marks are all '"').
_FALSE_CLOSE = re.compile(
    r"\s*[,.;:!]\s*(?:(?:et|mais|or)\s+)?"
    r"(?:(?:c'est|c'etait|ce sont|tout cela est)\s+(?:(?:totalement|completement|tout a fait"
    r"|absolument|archi|encore|du|de la|de l'|un|une|des|pur|pure|gros|grossier)\s*)*"
    r"(?:faux|fausse|fausses|archifaux|mensonges?|mensonger|infonde|propagande|intox"
    r"|n'importe quoi|de la desinformation)"
    r"|(?:ce n'est pas|ce n'etait pas|rien de tout cela n'est)\s+(?:(?:du\s+)?tout\s+)?"
    r"(?:vrai|la verite|exact))"
    r"\s*(?:[.!]?\s*(?=\")|[.!;]\s+)",
    _I,
)


def called_false(shade: str, found: list[Attribution]) -> list[Attribution]:
    """Voices inside a quotation whose own words call them false ("« X affirme …, c'est
    faux », a déclaré Y"): X speaks up to those words, and Y, closing the quotation after
    them, denies what X says; so does Y opening it ("Y a déclaré : « X affirme …, c'est
    faux »").
    """
    for inner in [a for a in found if a.kind == "head" and not a.denial]:
        if shade.count('"', 0, inner.start) % 2 == 0:
            continue  # not inside a quotation
        close = shade.find('"', inner.verb_end)
        false = (
            next(_FALSE_CLOSE.finditer(shade, inner.verb_end, close + 1), None)
            if close > 0
            else None
        )
        if false is None:
            continue
        outer = next(
            (
                b
                for b in found
                if b.kind in ("inverted", "tail")
                and b.verb_start > close
                and b.content[0] <= inner.verb_end
                and b.content[1] >= false.end()
            ),
            None,
        )
        head = next((b for b in found if _opens(shade, b, inner)), None)
        voice = outer or head
        if voice is None:
            continue
        inner.content = (inner.content[0], min(inner.content[1], false.start()))
        # the voice denies what the inner one said, and says what follows in the quotation
        denier = replace(voice, kind="tail", denial=True, content=(inner.verb_end, false.end()))
        if head is voice:  # "X a déclaré : « Le M23 affirme …, c'est faux. Nous … »"
            head.content = (false.end(), max(head.content[1], close))
        found = sorted([*found, denier], key=lambda b: b.start)
    return found


_COLON_QUOTE = re.compile(r'\s*:\s*"\s*')


def _opens(shade: str, head: Attribution, inner: Attribution) -> bool:
    """Whether a head opens the quotation ``inner`` speaks in, after a colon."""
    return head.kind == "head" and bool(_COLON_QUOTE.fullmatch(shade, head.verb_end, inner.start))

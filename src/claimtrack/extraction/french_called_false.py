"""A reporting clause a quotation calls false: "« Le M23 affirme avoir tué 40 soldats,
c'est faux », a déclaré le porte-parole de l'armée". The group inside the quotation
asserts its figure; the voice that closes the quotation denies it (as "…, a claim the army
denied" is read): the inner voice speaks only up to the words that call it false.

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = '« Le M23 affirme avoir tué 40 soldats, c\\'est faux », a déclaré X.'
    >>> s = shadow(text)
    >>> inner = Attribution("head", 2, 8, 9, 16, "Le M23", content=(16, len(s)))
    >>> outer = Attribution("inverted", 63, 64, 52, 62, "X", content=(16, 52))
    >>> [(a.phrase, a.denial, a.content) for a in called_false(s, [inner, outer])]
    [('Le M23', False, (16, 37)), ('X', True, (16, 52))]
"""

from __future__ import annotations

import re

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
    r"\s*[.!]?\s*(?=\")",
    _I,
)


def called_false(shade: str, found: list[Attribution]) -> list[Attribution]:
    """Voices inside a quotation whose own words call them false ("« X affirme …, c'est
    faux », a déclaré Y"): X speaks up to those words, and Y, closing the quotation after
    them, denies what X says.
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
        if outer is None:
            continue
        inner.content = (inner.content[0], min(inner.content[1], false.start()))
        outer.denial = True
    return found

"""French attacking forces counted inside the noun of their group: "un groupe de 40 hommes
a attaqué le poste", "une force composée de 17 véhicules a attaqué un camp", "une colonne
d'une vingtaine de pick-up a pris d'assaut la ville". The figure counts the attackers (men,
or the vehicles they came in); the group, not the men, is the verb's subject, so the rules
that read "40 hommes ont attaqué" miss it. Fighters named with words of their own before
their verb are counted too: "environ 400 combattants jihadistes ont attaqué la base".

Example:
    >>> from claimtrack.extraction.sentences import shadow
    >>> text = "Selon l'armée, un groupe de 40 hommes a attaqué le poste."
    >>> [(f.claim_type, f.value, f.subject) for f in forces(shadow(text), text, [])]
    [('attackers', '40', 'hommes')]
"""

from __future__ import annotations

import re

from claimtrack.extraction.found import Found, covered
from claimtrack.extraction.number_forms import clean_value, not_a_count, quantity_re

_I = re.IGNORECASE
# the group before the figure: "un groupe de", "une force composée de", "une colonne forte de"
_GROUP = re.compile(
    r"(?<![\w'-])(?:un|une|le|la)\s+(?:groupe|colonne|force|commando|convoi|bande|horde"
    r"|unite|detachement|contingent)(?:\s+(?:arme|armee|terroriste|jihadiste|djihadiste"
    r"|rebelle|ennemie?|mauritanienne?|[a-z]+(?:ien|ienne|ais|aise)))?"
    r"(?:,?\s+(?:composee?|constituee?|formee?|forte?|estimee?)(?:\s+a)?)?\s+(?:de\s+|d')$",
    _I,
)
# the participle of an attack after its auxiliary: "a attaqué", "ont pris d'assaut"
_ATTACK_PP = (
    r"(?:attaque|pris d'assaut|fait irruption|encercle|assailli|investi|ouvert le feu"
    r"|tendu une embuscade)"
)
# what the figure counts: fighters, or what they rode in
_COUNTED = (
    r"hommes|combattants|assaillants|elements|individus|terroristes|jihadistes|djihadistes"
    r"|rebelles|insurges|vehicules|vehicule|motos|pick-up|pick-ups|camions|blindes"
)
# the noun ("de" after "une vingtaine"), maybe "armés" or a short aside, then the group's
# verb of attack, singular
_ATTACKED = re.compile(
    rf"(?:\s+de\s+|\s+d'|\s+)(?P<noun>{_COUNTED})(?:\s+(?:armes|lourdement armes|a moto))?"
    rf"(?:\s*,[^,;.]{{1,60}},)?\s+(?:(?:a|avait|aurait)\s+{_ATTACK_PP}|attaque|attaquait)(?![\w-])",
    _I,
)


# fighters, one or two words of their own (no verb, no small word), then a plural verb of
# attack: "400 combattants jihadistes ont attaqué", "30 assaillants venus du Niger" is not
_FIGHTERS_NAMED = re.compile(
    r"(?:\s+de\s+|\s+d'|\s+)(?P<noun>hommes|combattants|assaillants|elements|individus"
    r"|terroristes|jihadistes|djihadistes|rebelles|insurges|islamistes|miliciens|bandits)"
    r"(?:\s+(?!(?:ont|avaient|auraient|sont|qui|et|ou|de|des|du|d|a|au|aux|en|le|la|les)\b)"
    rf"[a-z]+){{1,2}}\s+(?:ont|avaient|auraient)\s+{_ATTACK_PP}(?![\w-])",
    _I,
)


def forces(shade: str, text: str, counts: list[Found]) -> list[Found]:
    """The attackers counted inside the group that attacked, or named with words of their
    own before their verb (module docstring), where no count was read."""
    out = []
    for q in quantity_re().finditer(shade):
        start, end = q.span("value")
        if not_a_count(q, shade) or covered(counts, start, end):
            continue
        m = _ATTACKED.match(shade, end)
        if not (m and _GROUP.search(shade[max(0, start - 60) : start])):
            m = _FIGHTERS_NAMED.match(shade, end)
        value = clean_value(text[start:end])
        if m and value:
            subject = text[m.start("noun") : m.end("noun")]
            out.append(Found("attackers", start, end, value, subject, rule="group force"))
    return out

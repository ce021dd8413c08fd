"""Round 11, French attribution read off real Sahel reporting (paraphrased, invented names,
places and figures): the source, claim type, figure and stance of each claim."""

from __future__ import annotations

import pytest

from tests.extraction.extract_helpers import claims

A = "asserts"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# A document named with an adjective that begins like "of" names no body: "officiel".
DOCUMENTS = [
    ("Le communiqué officiel ajoute que 4 terroristes ont été neutralisés à Kadi.",
     {("Le communiqué officiel", "killed", "4", A)}),
    ("Le rapport officiel indique que 9 civils ont été tués à Dori.",
     {("Le rapport officiel", "killed", "9", A)}),
    ("La déclaration officielle précise que 6 soldats ont été blessés.",
     {("La déclaration officielle", "wounded", "6", A)}),
    # near misses: a document of a body is still the body's
    ("Le communiqué du ministère ajoute que 4 terroristes ont été neutralisés à Kadi.",
     {("le ministère", "killed", "4", A)}),
    ("Le communiqué de l'armée précise que 4 terroristes ont été neutralisés.",
     {("l'armée", "killed", "4", A)}),
    ("The statement from the army said 4 militants were killed.",
     {("the army", "killed", "4", A)}),
    ("The official statement of the ministry said 4 militants were killed.",
     {("the ministry", "killed", "4", A)}),
    # information given by a body is the body's; the outlet's own is no one's
    ("Selon les informations de VOA, la plupart des 12 victimes sont des civils.",
     {("VOA", "killed", "12", A)}),
    ("Selon des informations de la radio Kalo FM, 12 civils ont été tués.",
     {("la radio Kalo FM", "killed", "12", A)}),
    ("Selon nos informations, 12 civils ont été tués.", set()),
    ("Au moins 13 civils ont été tués, selon des élus locaux, une information démentie par "
     "l'armée.",
     {("des élus locaux", "killed", "Au moins 13", A),
      ("l'armée", "killed", "Au moins 13", "denies")}),
]  # fmt: skip


# "mentionner", "relater" report: a second voice after "tandis que" keeps its own figure.
VERBS = [
    ("Une source sécuritaire a évoqué un bilan de 15 morts, tandis qu'une source locale a "
     "mentionné une vingtaine de morts.",
     {("Une source sécuritaire", "killed", "15", A),
      ("une source locale", "killed", "une vingtaine", A)}),
    ("Une source sécuritaire a évoqué 15 morts, tandis qu'un élu a mentionné 20 morts.",
     {("Une source sécuritaire", "killed", "15", A), ("un élu", "killed", "20", A)}),
    ("Un habitant a mentionné la mort de 12 civils.", {("Un habitant", "killed", "12", A)}),
    ("Un témoin relate que 7 villageois ont été tués par les assaillants.",
     {("Un témoin", "killed", "7", A), ("Un témoin", "responsibility", None, A)}),
    ("L'armée parle de 8 morts, alors qu'un chef coutumier relate que 30 personnes ont été "
     "tuées.",
     {("L'armée", "killed", "8", A), ("un chef coutumier", "killed", "30", A)}),
    # near miss: a participle used as an adjective names no speaker
    ("Le village mentionné plus haut a été attaqué par 40 hommes armés, selon le maire.",
     {("le maire", "attackers", "40", A), ("le maire", "attacked", None, A)}),
]  # fmt: skip


# A body's name that lists what it stands for is one source, commas and all.
LISTED = [
    ("Selon le Mouvement pour la paix, la justice et le progrès (MPJP), 12 soldats ont été "
     "tués.",
     {("le Mouvement pour la paix, la justice et le progrès (MPJP)", "killed", "12", A)}),
    ("Douze soldats ont été tués, a déclaré le Front pour la liberté, l'unité et la "
     "démocratie (FLUD).",
     {("le Front pour la liberté, l'unité et la démocratie (FLUD)", "killed", "Douze", A)}),
    ("Douze soldats ont été tués, selon le Mouvement pour la paix, la justice et le progrès "
     "(MPJP).",
     {("le Mouvement pour la paix, la justice et le progrès (MPJP)", "killed", "Douze", A)}),
    ("Le Mouvement pour la paix, la justice et le progrès (MPJP) a confirmé de son côté la "
     "mort de trois de ses membres.",
     {("Le Mouvement pour la paix, la justice et le progrès (MPJP)", "killed", "trois", A)}),
    ("Le Rassemblement des forces pour le changement, la justice et la paix (RFCJP) affirme "
     "avoir tué 12 soldats.",
     {("Le Rassemblement des forces pour le changement, la justice et la paix (RFCJP)",
       "killed", "12", A)}),
    # without an acronym, the name must be its verb's subject
    ("Le Conseil pour la paix, la sécurité et le développement a fait état de 12 morts.",
     {("Le Conseil pour la paix, la sécurité et le développement", "killed", "12", A)}),
    ("Le Mouvement pour la paix, la justice et le progrès a annoncé que 12 soldats ont été "
     "tués.",
     {("Le Mouvement pour la paix, la justice et le progrès", "killed", "12", A)}),
    # near misses: items that are sources, a list after a name with no acronym nor verb
    ("Le Front de libération, les habitants et la police ont affirmé que 12 soldats ont été "
     "tués.",
     {("les habitants", "killed", "12", A), ("la police", "killed", "12", A)}),
    ("Selon le Front de libération, la ville et le camp ont été attaqués par 40 hommes.",
     {("le Front de libération", "attackers", "40", A),
      ("le Front de libération", "attacked", None, A)}),
]  # fmt: skip


# The first person of a quotation is whoever closes it; an impersonal "on" gives way to
# the source it heard it from; how a body spoke and an adverb after "selon" are no part of it.
VOICES = [
    ('"J\'ai compté 48 morts", a déclaré à Radio Kalo un témoin.',
     {("un témoin", "killed", "48", A)}),
    ('"J\'ai compté 48 morts", a déclaré un témoin qui affirme avoir vu les corps.',
     {("un témoin", "killed", "48", A)}),
    ('« Nous avons compté 48 morts », a déclaré à l\'AFP un chef de village.',
     {("un chef de village", "killed", "48", A)}),
    ("« Je confirme que 12 soldats ont été tués », a déclaré le ministre.",
     {("le ministre", "killed", "12", A)}),
    # near misses: a body counts its own dead; a first person with no one to close it
    ("Les secouristes ont compté 48 morts.", {("Les secouristes", "killed", "48", A)}),
    ("Nous avons compté 48 morts dans le village.", set()),
    ('L\'armée a annoncé 9 morts. "Au moins huit soldats ont perdu la vie", a-t-on précisé '
     "de même source.",
     {("L'armée", "killed", "9", A), ("L'armée", "killed", "Au moins huit", A)}),
    ("Huit soldats ont péri, a-t-on confirmé auprès de la gendarmerie.",
     {("la gendarmerie", "killed", "Huit", A)}),
    ("Huit soldats ont péri lundi, a-t-on précisé de source hospitalière à Dori.",
     {("source hospitalière", "killed", "Huit", A)}),
    ("Huit soldats ont péri, a-t-on précisé.", {("on", "killed", "Huit", A)}),
    ("Les FAMa par la voix du colonel Ali Sow ont indiqué que 12 terroristes ont été "
     "neutralisés.", {("Les FAMa", "killed", "12", A)}),
    ("Le gouvernement par la voix de son porte-parole a annoncé que 12 soldats ont été tués.",
     {("Le gouvernement", "killed", "12", A)}),
    ("12 civils ont été tués, selon toujours l'AIB.", {("l'AIB", "killed", "12", A)}),
    ("Selon également des habitants, 12 civils ont été tués.",
     {("des habitants", "killed", "12", A)}),
]  # fmt: skip


# A denial in apposition after a closing inverted source denies what that source said;
# the press speaks ("rapporte la presse locale"), and a relay in a relative gives its source.
DENIED = [
    ("Au moins 13 civils ont été tués, a indiqué un élu, une information démentie par une "
     "source militaire.",
     {("un élu", "killed", "Au moins 13", A),
      ("une source militaire", "killed", "Au moins 13", "denies")}),
    ("Au moins 13 civils ont été tués, a indiqué un élu, ce que dément l'armée.",
     {("un élu", "killed", "Au moins 13", A), ("l'armée", "killed", "Au moins 13", "denies")}),
    ("Forty people died, said a resident, a claim the army denied.",
     {("a resident", "killed", "Forty", A), ("the army", "killed", "Forty", "denies")}),
    ("Au moins 13 civils ont été tués, rapporte la presse internationale qui cite des élus "
     "locaux, une information démentie par une source militaire.",
     {("des élus locaux", "killed", "Au moins 13", A),
      ("une source militaire", "killed", "Au moins 13", "denies")}),
    ("La presse locale rapporte que 13 civils ont été tués.",
     {("La presse locale", "killed", "13", A)}),
    ("Local press reported that 13 civilians were killed.", {("Local press", "killed", "13", A)}),
    # near misses: a press conference and a listener are no source
    ("Lors d'une conférence de presse, le ministre a déclaré que 12 soldats ont été tués.",
     {("le ministre", "killed", "12", A)}),
    ("At a press conference, the minister said 12 soldiers were killed.",
     {("the minister", "killed", "12", A)}),
    ("Le ministre a déclaré à la presse que 12 soldats ont été tués.",
     {("Le ministre", "killed", "12", A)}),
    ('"Douze soldats ont été tués", a déclaré le ministre à la presse.',
     {("le ministre", "killed", "Douze", A)}),
]  # fmt: skip


# How a subject was reached, in an aside after it, is no source: the subject speaks.
REACHED = [
    ("Les autorités locales, citées par la radio Kalo FM, font état de 12 morts.",
     {("Les autorités locales", "killed", "12", A)}),
    ("Les autorités locales, citées par la radio Kalo FM, ont affirmé que 12 civils ont été "
     "tués.", {("Les autorités locales", "killed", "12", A)}),
    ("Le maire, cité par la radio Kalo FM, fait état de 12 morts.",
     {("Le maire", "killed", "12", A)}),
    ("Un élu, joint par téléphone, a affirmé que 12 civils ont été tués.",
     {("Un élu", "killed", "12", A)}),
    # near misses: the participle first, and a relay that names its own source
    ("Citées par la radio Kalo FM, les autorités locales font état de 12 morts.",
     {("les autorités locales", "killed", "12", A)}),
    ("Des sources locales, citées par Reuters, font état de 12 morts.",
     {("Des sources locales", "killed", "12", A)}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), DOCUMENTS + VERBS + LISTED + VOICES + DENIED + REACHED
)
def test_french_attribution_round11(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected

"""Round 13, French attribution read off real reporting (Central Africa, Cameroon, Lebanon,
Niger; paraphrased, invented names, places and figures): the source, claim type, figure and
stance of each claim."""

from __future__ import annotations

import pytest

from tests.extraction.extract_helpers import claims

A = "asserts"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# A reflexive verb of a stated account reports, inverted or at the head of its clause:
# "s'est justifié X", "se sont vantés les rebelles", "X s'est félicité d'avoir tué …".
REFLEXIVE = [
    ("« Nous avons tué 17 soldats », s'est félicité le chef rebelle.",
     {("le chef rebelle", "killed", "17", A)}),
    ("« Nous avons abattu 23 militaires », se sont vantés les insurgés.",
     {("les insurgés", "killed", "23", A)}),
    ("« Ils ont tué 30 civils à Kadi », s'est indignée une habitante.",
     {("une habitante", "killed", "30", A)}),
    ("« Ce sont eux qui ont attaqué, nous avons perdu 4 hommes », s'est justifié Ali Sow, "
     "porte-parole de l'ex-rébellion.",
     {("l'ex-rébellion", "killed", "4", A), ("l'ex-rébellion", "attacked", None, A)}),
    ("Le chef du groupe s'est félicité d'avoir tué 12 gendarmes.",
     {("Le chef du groupe", "killed", "12", A)}),
    ("La milice se vante d'avoir abattu 9 militaires près de Bama.",
     {("La milice", "killed", "9", A)}),
    ("Le maire s'est inquiété de la mort de 14 civils.", {("Le maire", "killed", "14", A)}),
    # near misses: the verbs without their reflexive pronoun report nothing, nor do reflexive
    # verbs of what soldiers or villagers did
    ("Le général a félicité les troupes après la mort de 12 terroristes.", set()),
    ("Les soldats se sont défendus et ont tué 12 assaillants.", set()),
    ("Les habitants se sont insurgés après la mort de 12 villageois.", set()),
]  # fmt: skip


# "a appris l'AFP du gouverneur": the outlet (a time may follow it) only heard it; the one
# it heard it from speaks, as after "auprès de".
HEARD_FROM = [
    ("Un soldat a été tué à Kadi, a appris l'AFP du gouverneur de la région.",
     {("gouverneur de la région", "killed", "Un", A)}),
    ("Un militaire a été tué à Kadi, a appris l'agence Kalo, jeudi, du préfet de la région.",
     {("préfet de la région", "killed", "Un", A)}),
    ("Douze civils ont été tués, a appris RFI des habitants de Bama.",
     {("habitants de Bama", "killed", "Douze", A)}),
    ("Sept policiers ont été blessés, a appris l'AFP de la gendarmerie.",
     {("gendarmerie", "wounded", "Sept", A)}),
    ("Huit villageois ont été enlevés, a appris mardi Radio Kalo des autorités locales.",
     {("autorités locales", "captured", "Huit", A)}),
    # the outlet before its verb
    ("L'AFP a appris auprès des habitants que douze civils ont été tués.",
     {("habitants", "killed", "douze", A)}),
    ("L'AFP a appris jeudi auprès du maire que six villageois ont été enlevés.",
     {("maire", "captured", "six", A)}),
    ("RFI a appris de la gendarmerie que sept policiers ont été blessés.",
     {("gendarmerie", "wounded", "sept", A)}),
    # near misses: what a body learned is no report of its own
    ("L'armée a appris la mort du commandant.", set()),
    ("Les assaillants, ayant appris le passage d'un convoi de l'armée, ont attaqué le convoi.",
     set()),
    ("Ayant appris l'arrivée d'une patrouille de la police, les rebelles ont fui.", set()),
]  # fmt: skip


# "X a communiqué sur …": what it made known follows, after a colon too.
COMMUNICATED = [
    ("Le ministère a communiqué sur la mort de neuf civils.",
     {("Le ministère", "killed", "neuf", A)}),
    ("Lundi, l'armée a communiqué sur une bavure : la mort de six villageois.",
     {("l'armée", "killed", "six", A)}),
    ("Le gouverneur a communiqué sur l'enlèvement de 14 élèves.",
     {("Le gouverneur", "captured", "14", A)}),
    ("Les rebelles ont communiqué sur la capture de 5 soldats.",
     {("Les rebelles", "captured", "5", A)}),
    ("La police a communiqué sur une attaque qui a fait 8 blessés.",
     {("La police", "wounded", "8", A)}),
    # near miss: a statement about something is a noun, not a verb
    ("Un communiqué sur l'attaque a circulé après la mort de 12 soldats.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFLEXIVE + HEARD_FROM + COMMUNICATED)
def test_french_attribution_round13(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected

"""Round 6, French sources: who speaks and for whom, checked by the source's resolved
actor or state institution (French and English names never match by name), in invented
sentences over the frames of French wire copy ("a indiqué à l'AFP X", "a-t-on appris
auprès de X", "a appris l'AFP de source sécuritaire", "selon lui" in the same sentence,
"a fait savoir", "dans un communiqué", "sur sa page Facebook"), with the listener that
must never become the source, and ranks that speak for an armed group, not the state.
"""

from __future__ import annotations

import math
import re
import warnings

import pytest

import claimtrack as ct
from claimtrack.extraction.institutions import institution
from claimtrack.normalize.actors import alias_index
from claimtrack.normalize.quantities import parse_quantity
from claimtrack.text import fold

A = "asserts"
# the outlets that only listen: never a source where a speaker is named
LISTENERS = ["AFP", "RFI"]
_KEY = re.compile(r"[A-Z]{2}:\w+")


def _name(text: object) -> str:
    folded = re.sub(r"[^\w' -]+", " ", fold(str(text))).strip()
    return " ".join(re.sub(r"^(?:(?:le|la|les|un|une|des|de|du)\s+|l'\s*)", "", folded).split())


def _rows(text: str, country: str) -> list[dict]:
    """Each candidate: its names, table actor, state institution (its actor's first, as
    the benchmark reads it), claim type, figure and stance."""
    table, _ = alias_index()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, "t-1", country=country).astype(object)
    out = []
    for _, r in raw.iterrows():
        actor = r["actor_id"] if r["actor_id"] in table.index else None
        key = institution(table.loc[actor, "name"], country) if actor else None
        key = key or (r["institution"] if isinstance(r["institution"], str) else None)
        low, best = parse_quantity(r["value"])[:2] if isinstance(r["value"], str) else (0, 0)
        figure = best if not math.isnan(best) else low
        names = [_name(v) for v in (r["source_raw"], r["speaker"]) if isinstance(v, str)]
        out.append(
            dict(names=names, actor=actor, key=key, claim=(r["claim_type"], figure, r["stance"]))
        )
    return out


def _is(row: dict, who: str) -> bool:
    """``who``: "@actor", "CC:kind" (a state institution) or a name, word for word."""
    if who.startswith("@"):
        return row["actor"] == who[1:]
    if _KEY.fullmatch(who):
        return row["key"] == who
    name = _name(who)
    return any(f" {name} " in f" {n} " or f" {n} " in f" {name} " for n in row["names"] if n)


CASES = [
    # the listener is no source: the one who told it is
    ("indique-afp-colonel", "Douze soldats ont été tués, a indiqué à l'AFP le colonel Souleymane "
     "Dembélé, commandant du régiment.", "ML", ("ML:military", "killed", 12)),
    ("appris-afp-aupres-fama", "Huit personnes ont été blessées, a appris l'AFP auprès des FAMa.",
     "ML", ("ML:military", "wounded", 8)),
    ("appris-afp-aupres-ministere", "Quinze terroristes ont été neutralisés, a appris l'AFP auprès "
     "du ministère de la Défense.", "ML", ("ML:defence", "killed", 15)),
    ("appris-afp-source", "Douze soldats ont été tués, a appris l'AFP de source sécuritaire.", "ML",
     ("@security_sources", "killed", 12)),
    ("appris-samedi-afp", "Douze civils ont été tués, a appris samedi l'AFP auprès de la "
     "gendarmerie.", "BF", ("BF:police", "killed", 12)),
    ("appris-rfi-armee", "Douze civils ont été tués, a appris RFI auprès de l'armée.", "ML",
     ("ML:military", "killed", 12)),
    ("appris-afp-elu", "Douze civils ont été tués, a appris l'AFP auprès d'un élu local.", "ML",
     ("@local_politician", "killed", 12)),
    ("on-appris-source", "Douze soldats ont été tués, a-t-on appris de source sécuritaire.", "ML",
     ("@security_sources", "killed", 12)),
    ("selon-source-jointe", "Selon une source sécuritaire jointe par l'AFP, douze soldats ont été "
     "tués.", "ML", ("@security_sources", "killed", 12)),
    ("afp-head-aupres", "L'AFP a appris auprès d'un élu que douze soldats ont été tués.", "ML",
     ("élu", "killed", 12)),
    ("ondes-rfi", "Douze civils ont été tués, a affirmé sur les ondes de RFI le ministre de la "
     "Défense.", "ML", ("ML:defence", "killed", 12)),
    ("micro-rfi", "Douze civils ont été tués, a précisé au micro de RFI un habitant.", "ML",
     ("habitant", "killed", 12)),
    ("declare-rfi-m23", "Le colonel Willy Ngoma, porte-parole du M23, a déclaré à RFI que l'armée "
     "avait perdu 40 hommes.", "CD", ("@m23", "killed", 40)),
    # a bracketed acronym after a body's name is part of it
    ("dirpa-bracket", "Huit personnes ont été blessées, a indiqué la Direction de l'information "
     "et des relations publiques des armées (Dirpa).", "ML", ("ML:military", "wounded", 8)),
    ("ocha-bracket", "Selon le Bureau de coordination des affaires humanitaires (Ocha), 12 000 "
     "personnes ont fui.", "BF", ("Ocha", "displaced", 12000)),
    # "selon lui" in the same sentence: the subject of the clause before it
    ("selon-lui-colon", "Le maire de Gao a décrit l'attaque : selon lui, 12 civils ont été tués.",
     "ML", ("maire de Gao", "killed", 12)),
    ("selon-lui-et", "Joint par téléphone, un notable de la localité a décrit une attaque d'une "
     "rare violence et, selon lui, 30 civils ont été tués.", "ML", ("notable", "killed", 30)),
    ("selon-elle", "La gendarmerie a publié un communiqué ; selon elle, 4 assaillants ont été "
     "tués.", "BF", ("BF:police", "killed", 4)),
    ("selon-eux", "Des habitants ont témoigné de l'horreur : selon eux, 12 civils ont été tués.",
     "ML", ("habitants", "killed", 12)),
    # the staff, the FDS and a rank speak for the state's military where no group is named
    ("etat-major-tail", "Vingt terroristes ont été neutralisés, a indiqué l'état-major des "
     "armées.", "ML", ("ML:military", "killed", 20)),
    ("chef-etat-major-bf", "Vingt terroristes ont été neutralisés, a indiqué le chef "
     "d'état-major général des armées.", "BF", ("BF:military", "killed", 20)),
    ("fds-tail", "Quinze terroristes ont été neutralisés, ont indiqué les FDS.", "BF",
     ("BF:military", "killed", 15)),
    ("porte-parole-fds", "Le porte-parole des FDS a affirmé que 15 terroristes ont été "
     "neutralisés.", "BF", ("BF:military", "killed", 15)),
    ("commandant-zone", "Selon le commandant de la zone, 15 terroristes ont été neutralisés.",
     "ML", ("ML:military", "killed", 15)),
    ("forces-speciales", "Selon le général Moussa Barmou, commandant des forces spéciales, 20 "
     "terroristes ont été neutralisés.", "NE", ("NE:military", "killed", 20)),
    ("capitaine-head", "Le capitaine Ibrahim Sanogo a affirmé que 15 terroristes ont été "
     "neutralisés.", "BF", ("BF:military", "killed", 15)),
    ("lieutenant-selon", "Selon le lieutenant Moussa Koné, 20 terroristes ont été neutralisés.",
     "NE", ("NE:military", "killed", 20)),
    ("lt-colonel-operation", "Selon le lieutenant-colonel Mak Hazukay, porte-parole de "
     "l'opération Sokola 1, 40 rebelles ont été tués.", "CD", ("opération Sokola 1", "killed", 40)),
    ("a-t-il-afp", "Le colonel Souleymane Dembélé commande le secteur. « Nous avons perdu 12 "
     "hommes », a-t-il déclaré à l'AFP.", "ML", ("ML:military", "killed", 12)),
    ("officier-m23-object", "Un officier de l'armée a déclaré que le M23 avait tué 12 civils.",
     "CD", ("CD:military", "killed", 12)),
    # frames: "a fait savoir", a communiqué, a Facebook page
    ("fait-savoir-tail", "Douze soldats ont été tués, a fait savoir l'armée.", "ML",
     ("ML:military", "killed", 12)),
    ("facebook-tail", "Vingt terroristes ont été neutralisés, a affirmé l'armée sur sa page "
     "Facebook.", "BF", ("BF:military", "killed", 20)),
    ("communique-lu", "Douze soldats ont été tués, a annoncé l'armée dans un communiqué lu à la "
     "télévision publique.", "ML", ("ML:military", "killed", 12)),
    ("ministre-porte-parole", "Le ministre de la Communication, porte-parole du gouvernement, a "
     "affirmé que 12 soldats ont été tués.", "BF", ("BF:government", "killed", 12)),
    ("chef-de-l-etat", "Selon le chef de l'État, 20 soldats ont été tués.", "BF",
     ("BF:government", "killed", 20)),
    # "la même source": the latest source so called, not merely the last one named
    ("meme-source-source", "Selon une source sécuritaire, 20 soldats ont été tués. Selon le maire, "
     "30 civils ont été tués. Dix autres ont été blessés, selon la même source.", "ML",
     ("@security_sources", "wounded", 10)),
    # a toll another gave, where the speaker says nothing of it
    ("refuse-commenter", "Le porte-parole de l'armée a refusé de commenter le bilan de 12 morts "
     "avancé par les rebelles.", "CD", ("rebelles", "killed", 12)),
]  # fmt: skip

# Ranks and staffs of an armed group: never the state's military (nor the listener).
NOT_THE_STATE = [
    ("colonel-m23-head", "Le colonel Willy Ngoma, porte-parole du M23, a affirmé que 40 soldats "
     "ont été tués.", "CD", ("@m23", "killed", 40), "CD:military"),
    ("colonel-m23-tail", "Quarante soldats ont été tués, a affirmé le colonel Willy Ngoma, "
     "porte-parole militaire du M23.", "CD", ("@m23", "killed", 40), "CD:military"),
    ("colonel-rebelles", "Le colonel Ibrahim Diallo, porte-parole des rebelles, a affirmé que 40 "
     "soldats ont été tués.", "CD", ("rebelles", "killed", 40), "CD:military"),
    ("commandant-jnim", "Un commandant du JNIM a affirmé que 40 soldats ont été tués.", "ML",
     ("@jnim", "killed", 40), "ML:military"),
    ("commandant-groupe-arme", "Selon un commandant du groupe armé, 40 soldats ont été tués.", "ML",
     ("groupe armé", "killed", 40), "ML:military"),
    ("general-fsr", "Selon le général Mohamed Hamdan Daglo, chef des FSR, 40 soldats ont été "
     "tués.", "SD", ("@rsf", "killed", 40), "SD:military"),
    # a force by a name the table lacks: its officer's rank says not which state's
    ("barkhane", "Selon le lieutenant-colonel Jean Dupont, porte-parole de la force Barkhane, 20 "
     "terroristes ont été neutralisés.", "ML", ("force Barkhane", "killed", 20), "ML:military"),
    ("minusma-commandant", "Le commandant de la Minusma a affirmé que trois casques bleus ont été "
     "tués.", "ML", ("@minusma", "killed", 3), "ML:military"),
]  # fmt: skip

# No source at all, or none there.
NO_SOURCE = [
    ("on-appris-nobody", "Douze soldats ont été tués, a-t-on appris lundi.", "ML"),
    ("selon-toute-vraisemblance", "Selon toute vraisemblance, 12 soldats ont été tués.", "ML"),
    ("selon-lui-no-speaker", "Le bilan reste flou : selon lui, 12 civils ont été tués.", "ML"),
    ("colonel-killed", "Le colonel Souleymane Dembélé a été tué dans l'embuscade.", "ML"),
]  # fmt: skip


def _found(rows: list[dict], who: str, claim: tuple) -> bool:
    kind, figure = claim[1], float(claim[2])
    return any(r["claim"] == (kind, figure, A) and _is(r, who) for r in rows)


@pytest.mark.parametrize(("name", "text", "country", "gold"), CASES, ids=[c[0] for c in CASES])
def test_the_source_resolves_and_no_listener_speaks(name, text, country, gold):
    rows = _rows(text, country)
    assert _found(rows, gold[0], gold), (name, rows)
    assert not [r for r in rows if any(_is(r, w) for w in LISTENERS)], name


@pytest.mark.parametrize(
    ("name", "text", "country", "gold", "not_key"), NOT_THE_STATE, ids=[c[0] for c in NOT_THE_STATE]
)
def test_a_groups_rank_is_no_state_institution(name, text, country, gold, not_key):
    rows = _rows(text, country)
    assert _found(rows, gold[0], gold), (name, rows)
    assert not [r for r in rows if r["key"] == not_key], (name, rows)


@pytest.mark.parametrize(("name", "text", "country"), NO_SOURCE, ids=[c[0] for c in NO_SOURCE])
def test_no_one_named_speaks(name, text, country):
    rows = _rows(text, country)
    assert not [r for r in rows if r["names"] and r["names"] != ["lui"]], (name, rows)


@pytest.mark.parametrize(
    "text",
    [
        "Selon un habitant, 12 soldats ont été tués.",
        "Selon un militaire, 12 soldats ont été tués.",
        "According to a resident, 12 soldiers were killed.",
    ],
)
def test_the_one_who_speaks_is_no_one_counted(text):
    rows = _rows(text, "ML")
    assert [r["claim"] for r in rows] == [("killed", 12.0, A)], rows


def test_who_learned_it_is_no_source():
    assert _rows("Le maire a appris que douze soldats ont été tués.", "ML") == []


def test_french_ranks_and_staffs_name_the_military():
    assert institution("le colonel Souleymane Dembélé", "ML") == "ML:military"
    assert institution("l'état-major des armées", "BF") == "BF:military"
    assert institution("les FDS", "NE") == "NE:military"
    # a title that is no rank, and a rank of a group
    assert institution("le secrétaire général", "ML") is None
    assert institution("le procureur général", "ML") is None
    assert institution("le général Abdourahamane Tiani", "NE") is None  # army or junta?
    assert institution("un commandant des groupes armés", "ML") is None
    # a minister's portfolio is no name: he speaks for the government
    key = institution("le ministre de la Communication, porte-parole du gouvernement", "BF")
    assert key == "BF:government"
    # the gendarmerie's captain is the police's
    assert institution("le capitaine de la gendarmerie", "BF") == "BF:police"

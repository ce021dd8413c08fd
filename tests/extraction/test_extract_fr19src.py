"""Round 19, French attribution: general causes read from pages, each tested on invented
sentences of different wording (never a page's sentence).

- "il" after a body named in the plural whose one spokesman spoke ("Le porte-parole des
  forces …, X, a dit … . Il a ajouté …") stands for that spokesman's body, not an earlier
  source;
- a perfect infinitive after a reporting verb ("X, basés à Y, ont affirmé avoir repris …")
  is what was said, never an inverted source;
- a day after an inverted source ("…, a annoncé l'armée mardi.") is when, not part of it;
- "faire part (de)" reports, as "faire savoir" and "faire état de" do ("…», a fait part à
  l'AFP X", "X a fait part de la mort de …");
- a French denial of the claim just before by its noun ("a démenti cette avancée", "rejette
  ces affirmations") denies that claim's type and figure, as the English one does.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def rows(text: str) -> list[tuple]:
    """(source as written, speaker, claim type, value as written, stance) of each claim."""
    frame = ct.extract(text)
    nan = lambda v: None if v != v else v  # noqa: E731
    return [
        (r.source_raw, nan(r.speaker), r.claim_type, nan(r.value), r.stance)
        for r in frame.itertuples()
    ]


def sources(text: str) -> set[str]:
    return {r[0] for r in rows(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Quinze civils ont été tués, selon une source sécuritaire. Le porte-parole des forces "
        "armées, Ali Koné, a indiqué que deux militaires avaient été blessés. Il a ajouté que "
        "quatre assaillants avaient été tués.",
        "Douze personnes sont mortes, a-t-on appris de source hospitalière. Le porte-parole des "
        "rebelles, Moussa Diallo, a assuré que ses hommes contrôlaient la ville. Il a "
        "également affirmé que trois soldats avaient été capturés.",
    ],
)
def test_il_after_a_spokesman_of_a_plural_body_is_his(text):
    last = rows(text)[-1]
    assert "source" not in last[0]
    assert last[1]
    assert "Koné" in last[1] or "Diallo" in last[1]


@pytest.mark.parametrize(
    "text",
    [
        "Mardi, les forces loyales au président, basées à Kadi, ont assuré avoir gagné du "
        "terrain face aux rebelles.",
        "Hier, les combattants du mouvement, repliés dans la forêt, ont affirmé avoir repris "
        "trois villages.",
        "Jeudi, les miliciens, arrivés de l'ouest, ont déclaré être maîtres de la ville.",
    ],
)
def test_a_perfect_infinitive_is_no_inverted_source(text):
    assert not any(s.lower().startswith(("avoir", "être", "etre")) for s in sources(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Vingt soldats ont été tués lors de l'attaque, a annoncé l'armée mardi.", "l'armée"),
        ("Trois civils ont été blessés, a indiqué la police dimanche soir.", "la police"),
        ("Six rebels were killed in the raid, said police Sunday.", "police"),
    ],
)
def test_a_day_after_an_inverted_source_is_no_part_of_it(text, source):
    assert sources(text) == {source}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "« Nous avons perdu sept hommes et 11 autres sont blessés », a fait part à la presse "
            "le chef du groupe armé, Issa Maïga.",
            "11",
        ),
        ("Le préfet a fait part à Reuters de la mort de neuf villageois.", "neuf"),
        ("Les habitants ont fait part de 30 blessés après les tirs.", "30"),
    ],
)
def test_fait_part_reports_a_claim(text, figure):
    assert any(r[3] == figure and r[0] for r in rows(text))


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "Les rebelles ont affirmé avoir pris neuf villages. L'armée a démenti cette avancée.",
            "seized",
            9.0,
        ),
        (
            "Le groupe dit avoir capturé douze soldats. Le gouvernement rejette ces affirmations.",
            "captured",
            12.0,
        ),
    ],
)
def test_a_french_denial_of_the_claim_before_takes_its_type_and_figure(text, kind, figure):
    frame = ct.extract(text)
    denied = frame[frame["stance"] == "denies"]
    assert denied["claim_type"].tolist() == [kind]
    assert denied["value_best"].tolist() == [figure]

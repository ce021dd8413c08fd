"""French claim words and count structures (round 17): what is claimed, how many, and
with which stance. Every sentence here is invented."""

from __future__ import annotations

import claimtrack as ct


def _rows(text: str) -> list[tuple[str, str, object, str]]:
    df = ct.extract(text)
    return [
        (r.source_raw, r.claim_type, None if r.value is None else str(r.value), r.stance)
        for r in df.itertuples()
    ]


def test_a_toll_noun_sends_a_sentence_to_the_parse_for_its_source():
    # "parlent de" is found by the parse, which a toll noun alone now opens
    assert _rows("Les secours parlent de 14 victimes.") == [
        ("Les secours", "killed", "14", "asserts")
    ]
    assert _rows("Les gendarmes parlent toujours de six otages.") == [
        ("Les gendarmes", "captured", "six", "asserts")
    ]


def test_things_lost_in_a_list_are_destroyed_not_wounded():
    rows = _rows(
        "Le régiment « déplore trois morts, deux blessés et quatre camions perdus », "
        "a précisé l'état-major."
    )
    assert ("l'état-major", "destroyed", "quatre", "asserts") in rows
    assert ("l'état-major", "wounded", "quatre", "asserts") not in rows


def test_a_part_named_among_a_toll_with_its_whole_and_a_verb_of_place():
    # "se trouvent parmi les prisonniers", the part's own complement between
    assert _rows(
        "Le colonel a affirmé que quatre cadres du mouvement se trouvent parmi les prisonniers."
    ) == [("Le colonel", "captured", "quatre", "asserts")]
    assert _rows("Selon le préfet, deux agents de la mairie se trouvaient parmi les blessés.") == [
        ("le préfet", "wounded", "deux", "asserts")
    ]


def test_overrun_places_are_seized():
    assert _rows("Selon le gouverneur, les assaillants ont envahi trois casernes.") == [
        ("le gouverneur", "seized", "trois", "asserts")
    ]
    rows = _rows("Selon le gouverneur, deux garnisons ont été envahies.")
    assert rows == [("le gouverneur", "seized", "deux", "asserts")]


def test_one_of_a_whole_after_a_verb_of_harm_counts_one():
    rows = _rows("Selon le gouverneur, les assaillants ont incendié l'une des casernes.")
    assert rows == [("le gouverneur", "destroyed", "l'une", "asserts")]
    rows = _rows("Selon le gouverneur, les ravisseurs ont tué l'un des 9 otages.")
    assert ("le gouverneur", "killed", "l'un", "asserts") in rows
    assert ("le gouverneur", "captured", "9", "asserts") in rows
    # a negated verb asserts nothing of the one
    assert _rows("Selon le gouverneur, ils n'ont pas incendié l'une des casernes.") == []


def test_a_toll_that_settles_at_its_figure():
    rows = _rows("Le bilan des morts s'est établi à 31 personnes, a déclaré un médecin.")
    assert rows == [("un médecin", "killed", "31", "asserts")]
    rows = _rows("Le nombre de déplacés s'établit désormais à 4000, a déclaré un médecin.")
    assert rows == [("un médecin", "displaced", "4000", "asserts")]


def test_a_count_heading_a_list_of_things_takes_the_list_participle():
    # (the parse reads many of these; the rule reads those its tree leaves)
    rows = _rows(
        "Selon la gendarmerie, 60 fusils, de l'équipement et des munitions ont été récupérés."
    )
    assert rows == [("la gendarmerie", "seized", "60", "asserts")]
    rows = _rows("Selon la gendarmerie, 40 motos, du carburant et des pneus ont été incendiés.")
    assert rows == [("la gendarmerie", "destroyed", "40", "asserts")]


def test_elements_are_fighters_counted_as_the_attacking_force():
    rows = _rows("Selon des éleveurs, le campement a subi l'attaque de 70 éléments du groupe.")
    assert ("des éleveurs", "attackers", "70", "asserts") in rows
    assert all(r[1] != "attacked" or r[2] != "70" for r in rows)

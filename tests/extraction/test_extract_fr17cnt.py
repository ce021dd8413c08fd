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

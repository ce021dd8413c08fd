"""The English wire forms the dispatches needed, one invented sentence each (issue 13).

Each rule added for ``en_dispatches.yaml`` is tested here on short sentences of its own,
and on a sentence that looks like it but must give nothing (or something else).
"""

from __future__ import annotations

import pytest
from test_extract_en_challenge import mismatches

A, D = "asserts", "denies"
CASES = [
    # "X quoted Y as saying": Y is the source
    ("quoted-as-saying", "The state news agency quoted the governor as saying that 12 people "
     "died.", [("governor", "killed", 12, A)]),
    ("quoted-residents", "Local radio quoted residents as saying 30 houses were burned.",
     [("residents", "destroyed", 30, A)]),
    # "quoting Y" is "citing Y", as an aside after the verb too
    ("quoting-aside", "State media reported, quoting the defence ministry, that air strikes "
     "killed 40 militants.", [("defence ministry", "killed", 40, A)]),
    ("citing-aside", "The broadcaster reported, citing a police officer, that nine people were "
     "kidnapped.", [("a police officer", "captured", 9, A)]),
    ("quoting-inside-tail", "The ministry said the attack killed 40 soldiers, the agency "
     "quoting state media reported.", [("ministry", "killed", 40, A)]),
    # "Figures compiled by X show", "Data from X show"
    ("figures-compiled-by", "Figures compiled by the Civil Defence show that 84 people were "
     "killed.", [("Civil Defence", "killed", 84, A)]),
    ("data-from", "Data from the UN refugee agency show 12,000 people have been displaced.",
     [("UN refugee agency", "displaced", 12000, A)]),
    # people who speak: workers, rescuers, volunteers
    ("rescue-worker", "Ten people died, a rescue worker said.",
     [("a rescue worker", "killed", 10, A)]),
    ("aid-worker", "An aid worker said 25 children were wounded.",
     [("An aid worker", "wounded", 25, A)]),
    # tolls: a long place before "rose to", "bringing to N the number of people killed"
    ("toll-long-place", "The toll from a drone strike on a wedding party in Kunduz province "
     "rose to 19, officials said.", [("officials", "killed", 19, A)]),
    ("bringing-to", "The army said the blast killed four soldiers, bringing to 31 the number "
     "of soldiers killed this week.",
     [("army", "killed", 4, A), ("army", "killed", 31, A)]),
    ("number-of-people-displaced", "The fighting pushed to 8,000 the number of people displaced, "
     "the UN said.", [("UN", "displaced", 8000, A)]),
    # who is saved is no toll
    ("rescued-victims", "Police said they rescued 14 of the victims.", []),
    ("freed-hostages", "The army said it freed 22 hostages and killed five kidnappers.",
     [("army", "killed", 5, A)]),
    # households are where the counted come from
    ("one-family", "Nine people from one family were killed, the health ministry said.",
     [("health ministry", "killed", 9, A)]),
    ("all-from-one-family", "Six people, all from one family, died, relatives said.",
     [("relatives", "killed", 6, A)]),
    ("families-displaced", "Two families were displaced, the mayor said.",
     [("mayor", "displaced", 2, A)]),
    # one verb, two objects: one claim each
    ("launched-two-objects", "Russia launched 60 drones and three missiles at Ukraine "
     "overnight, the air force said.",
     [("air force", "attacked", 60, A), ("air force", "attacked", 3, A)]),
    # "Name, a resident of Place, said": the name, not the place
    ("resident-of-place", '"Eleven people were killed," Ali Hamdan, a resident of Khan '
     "Younis, told Reuters.", [("Ali Hamdan", "killed", 11, A)]),
    ("resident-of-place-head", "Amina Yusuf, a resident of Gwoza, said 6 people were killed.",
     [("Amina Yusuf", "killed", 6, A)]),
    # "has verified N killings"
    ("verified-killings", "The UN has verified 312 killings in the province this year.",
     [("UN", "killed", 312, A)]),
    ("verified-videos", "Reuters verified 30 videos of the attack.", []),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gold"), CASES, ids=[c[0] for c in CASES])
def test_each_wire_form_gives_its_sourced_figures(name, text, gold):
    assert mismatches(text, gold) == ([], []), name

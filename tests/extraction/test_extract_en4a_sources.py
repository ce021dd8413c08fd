"""Source noun phrases of fresh English wire pages (issue 13, en4a): an institution run by
a group ("the Hamas-run health ministry", "Houthi-controlled police") is the state
institution of the group's home country, else the article's; one run from another
country is not.

Phrases invented in the style of the pages.
"""

from __future__ import annotations

import pytest

from claimtrack.extraction.institutions import institution

RUN_BY_A_GROUP = [
    ("the Hamas-run health ministry", "PS", "PS:health"),
    ("the Houthi-run Health Ministry", "YE", "YE:health"),
    ("the Taliban-led interior ministry", "AF", "AF:interior"),
    ("Houthi-controlled police", "YE", "YE:police"),
    # the group's home, when the actor table knows it, over the article's country
    ("the Hamas-run health ministry", "IL", "PS:health"),
    ("the Houthi-run Health Ministry", None, "YE:health"),
]


@pytest.mark.parametrize(("phrase", "country", "key"), RUN_BY_A_GROUP)
def test_a_group_run_institution_is_the_countrys(phrase, country, key):
    assert institution(phrase, country) == key


# Run, installed or backed from another country: not the article's state; a group's own
# named body stays no institution.
NOT_THE_STATE = [
    ("the Russian-installed authorities", "UA"),
    ("Moscow-controlled authorities", "UA"),
    ("Russian-controlled police", "UA"),
    ("Kremlin-installed authorities", "UA"),
    ("the Arakan Army", "MM"),
]


@pytest.mark.parametrize(("phrase", "country"), NOT_THE_STATE)
def test_an_outside_power_or_a_named_group_gives_no_key(phrase, country):
    assert institution(phrase, country) is None

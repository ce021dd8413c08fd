"""Places named in article text (``extraction.places``)."""

from __future__ import annotations

import claimtrack as ct


def test_place_lists_give_one_location_each():
    raw = ct.extract(
        "The army said the attacks hit Diboli, Kayes and Sandere in Mali.", "t-1", country="ML"
    )
    assert raw.loc[0, "locations"].split(";") == ["Diboli", "Kayes", "Sandere"]

"""State institutions named generically, across languages, on invented source phrases."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.countries import country_words
from claimtrack.extraction.institutions import institution
from claimtrack.extraction.places import detect_country


@pytest.mark.parametrize(
    ("phrase", "country", "key"),
    [
        # one ministry, three wordings and two languages
        ("le ministère nigérien de la Défense", None, "NE:defence"),
        ("Niger's defence ministry", None, "NE:defence"),
        ("the Niger Ministry of Defence", None, "NE:defence"),
        ("le ministre de la Défense", "CO", "CO:defence"),
        ("Colombian defence minister Ana Ruiz", None, "CO:defence"),
        # the more specific institution wins over the broader word in the phrase
        ("Interior ministry spokesman Ali Khan", "AF", "AF:interior"),
        ("le ministère de l'Intérieur", "ML", "ML:interior"),
        ("the Health Ministry", "LB", "LB:health"),
        ("government troops", "PH", "PH:military"),
        ("a government spokesman", "PH", "PH:government"),
        # the country the phrase names beats the article's
        ("Kenyan police", "SO", "KE:police"),
        ("les forces armées maliennes", "BF", "ML:military"),
        ("Mali's army", None, "ML:military"),
        ("the U.S. military", "AF", "US:military"),
        ("US troops", "AF", "US:military"),
        ("CAR government spokesman", None, "CF:government"),
        ("local police chief", "KE", "KE:police"),
        ("les autorités", "TD", "TD:government"),
        ("l'armée", "NE", "NE:military"),
        ("selon l'état-major de l'armée malienne", None, "ML:military"),
        # a capital speaking is its country's government, whatever the article's country
        ("Kinshasa", None, "CD:government"),
        ("Moscow", "UA", "RU:government"),
        # a capital in the phrase places the institution in its country
        ("les autorités de Nairobi", "SO", "KE:government"),
        ("the police in Kabul", "PK", "AF:police"),
        ("French troops in Bamako", "ML", "FR:military"),  # the country named first
        # the health ministry's voice by another name
        ("medical authorities in Gaza", "PS", "PS:health"),
        ("health authorities", "SD", "SD:health"),
        ("les autorités sanitaires", "CD", "CD:health"),
        ("the authorities", "SD", "SD:government"),  # near miss: no health word
        # any other minister is the government's member and voice
        ("le ministre camerounais de la Communication", None, "CM:government"),
        ("the information minister", "SO", "SO:government"),
        ("Ministry of Information", "SO", "SO:government"),
        ("le ministre de la Défense", "ML", "ML:defence"),  # a portfolio with its own key
    ],
)
def test_generic_names_resolve(phrase: str, country: str | None, key: str) -> None:
    assert institution(phrase, country) == key


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("New People's Army", "PH"),  # a group's army, not the state's
        ("l'Armée de libération nationale", "CO"),
        ("the Arakan Army", "MM"),  # a name before "Army"
        ("the Free Syrian Army", "SY"),
        ("a rebel spokesman", "PH"),  # no institution word
        ("the army", None),  # no country: kept unresolved, never guessed
        ("UN peacekeeping troops", "CF"),
        ("officials in Kinshasa", "CD"),
        ("the former information minister", "SO"),  # speaks for no ministry now
        ("a rebel minister", "SD"),  # a capital in a phrase is a place, not a speaker
        ("", "ML"),
    ],
)
def test_groups_and_unknowns_stay_unresolved(phrase: str, country: str | None) -> None:
    assert institution(phrase, country) is None


@pytest.mark.parametrize(
    ("word", "iso"),
    [("nigeriennes", "NE"), ("tchadiens", "TD"), ("centrafricaine", "CF"), ("colombian", "CO")],
)
def test_peoples_in_french_and_english_name_their_country(word: str, iso: str) -> None:
    assert country_words()[word] == iso


def test_an_article_naming_its_country_only_by_adjective_is_placed() -> None:
    text = "Le gouvernement tchadien a annoncé que l'armée tchadienne contrôlait la zone."
    assert detect_country(text) == "TD"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # no country named: the country of the capitals and groups named by their own names
        ("The New People's Army ambushed a patrol in the hills, the military said.", "PH"),
        ("Officials in Kinshasa said the fighting went on for two days.", "CD"),
        ("Fighting went on near Goma in eastern DR Congo, officials said.", "CD"),
        # a country named beats any group's home
        ("Al-Shabaab fighters crossed into Kenya, Kenyan police said.", "KE"),
        # near misses: a generic name ("the army") or nothing at all is no country
        ("The army said the rebels fled into the hills.", None),
        ("Gunmen killed twelve people in the market, residents said.", None),
    ],
)
def test_a_text_naming_no_country_is_placed_by_the_names_it_gives(
    text: str, country: str | None
) -> None:
    assert detect_country(text) == country


def test_a_car_is_not_the_central_african_republic() -> None:
    text = "A car bomb killed 12 people in Iraq, Iraqi police said; the car was parked."
    assert detect_country(text) == "IQ"
    assert detect_country("The CAR government said rebels entered Birao.") == "CF"


def test_extract_gives_a_generic_source_its_institution() -> None:
    raw = ct.extract("Le ministère nigérien de la Défense a annoncé que sept soldats ont été tués.")
    assert raw[["source_raw", "institution"]].values.tolist() == [
        ["Le ministère nigérien de la Défense", "NE:defence"]
    ]
    named = ct.extract("Rebel commander Ali Musa said 12 soldiers were killed near Birao in CAR.")
    assert named["institution"].isna().all()  # a rebel commander is no state institution


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("88th Infantry Battalion", "PH:military"),
        ("Lt. Col. Ana Cruz, commanding officer of the 41st Infantry Battalion", "PH:military"),
        ("Brig. Gen. Ana Cruz, 205th Brigade commander", "PH:military"),
        ("la 5e région militaire", "PH:military"),
        ("the Ukrainian 72nd Mechanized Brigade", "UA:military"),
        ("the 2nd Battalion of the Philippine Army", "PH:military"),
        # a numbered unit of a group is the group's
        ("the 2nd Battalion of the Arakan Army", None),
        ("the 3rd Brigade of the rebel army", None),
        ("Al-Qassam Brigades", None),
    ],
)
def test_a_numbered_unit_is_its_states_military(phrase, key):
    assert institution(phrase, "PH") == key

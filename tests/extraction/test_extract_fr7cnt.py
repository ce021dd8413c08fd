"""Round 7, French counts tied to their predicate: invented sentences where an aside parts a
count's auxiliary from its participle or a claim's noun from its "de", a "permis de" chain
names several claims, an age stands in a list of people, a "dont" relative counts a part,
a claim of responsibility holds its attack's toll, killings are counted by their kind,
captives are freed and forces are still to come; each with its source, and the negative
cases that must give no claim.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims
from test_extract_en_challenge import mismatches

A = "asserts"

CASES = [
    # an aside between the auxiliary and the participle: any tense, voice and claim type
    ("aux-selon", "12 soldats ont, selon l'armée, été tués.", [("l'armée", "killed", 12, A)]),
    ("aux-ete-aside", "Douze soldats ont été, dimanche, tués, selon l'armée.",
     [("l'armée", "killed", 12, A)]),
    ("aux-two-words", "Selon la police, 30 civils ont, dimanche soir, été enlevés.",
     [("la police", "captured", 30, A)]),
    ("aux-pluperfect", "Quinze villageois avaient, selon des témoins, été blessés.",
     [("des témoins", "wounded", 15, A)]),
    ("aux-conditional", "Sept gendarmes auraient, selon une source sécuritaire, été tués.",
     [("une source sécuritaire", "killed", 7, A)]),
    ("aux-head", "L'armée a annoncé que 12 soldats avaient, lors de l'attaque, été tués.",
     [("L'armée", "killed", 12, A)]),
    ("aux-singular", "Un soldat a, selon l'armée, été tué.", [("l'armée", "killed", 1, A)]),
    ("aux-etre", "Cinq civils sont, selon la police, morts dans l'explosion.",
     [("la police", "killed", 5, A)]),
    ("aux-adverb", "Dix soldats ont été, selon l'armée, grièvement blessés.",
     [("l'armée", "wounded", 10, A)]),
    ("aux-coordinated", "Huit civils ont, selon l'ONU, été tués et douze autres blessés.",
     [("l'ONU", "killed", 8, A), ("l'ONU", "wounded", 12, A)]),
    ("aux-active", "Les rebelles ont, selon l'armée, tué 12 soldats.",
     [("l'armée", "killed", 12, A)]),
    ("aux-date", "Selon la police, 9 personnes ont, le 12 mars, été tuées.",
     [("la police", "killed", 9, A)]),
    ("aux-destroyed", "45 véhicules ont, a indiqué la police, été détruits.",
     [("la police", "destroyed", 45, A)]),
    ("aux-missing", "18 pêcheurs ont, selon l'armée, été portés disparus.",
     [("l'armée", "missing", 18, A)]),
    ("aux-freed", "Six otages ont, selon leurs proches, été libérés dimanche.", []),
    # an aside between a claim's noun and its "de"
    ("noun-mort", "L'armée a annoncé la mort, dimanche, de 12 soldats.",
     [("L'armée", "killed", 12, A)]),
    ("noun-enlevement", "La police a confirmé l'enlèvement, lundi soir, de 20 élèves.",
     [("La police", "captured", 20, A)]),
    ("noun-subject", "Selon l'armée, la mort, au cours des combats, de 9 soldats a été confirmée.",
     [("l'armée", "killed", 9, A)]),
    ("noun-destruction", "L'armée a annoncé la destruction, mardi, de 4 véhicules.",
     [("L'armée", "destroyed", 4, A)]),
    ("noun-deces", "L'armée déplore le décès, samedi, de trois militaires.",
     [("L'armée", "killed", 3, A)]),
    ("noun-disparition", "Le maire a annoncé la disparition, depuis lundi, de 14 pêcheurs.",
     [("Le maire", "missing", 14, A)]),
    ("noun-deploiement", "Le déploiement, la semaine dernière, de 300 soldats a été confirmé par "
     "l'armée.", [("l'armée", "present", 300, A)]),
    ("noun-liberation", "L'armée a annoncé la libération, dimanche, de 6 otages.", []),
    # each infinitive of a "permis de" chain, two or three, any claim type
    ("permis-two", "L'opération a permis de neutraliser 20 terroristes et de récupérer 15 motos, "
     "selon l'armée.", [("l'armée", "killed", 20, A), ("l'armée", "seized", 15, A)]),
    ("permis-three", "L'opération a permis de neutraliser 20 terroristes, de saisir 10 armes et "
     "de détruire 3 véhicules, selon l'armée.",
     [("l'armée", "killed", 20, A), ("l'armée", "seized", 10, A), ("l'armée", "destroyed", 3, A)]),
    ("permis-d-apostrophe", "Selon l'état-major, l'offensive a permis d'interpeller 12 suspects "
     "et de saisir 40 armes.",
     [("l'état-major", "captured", 12, A), ("l'état-major", "seized", 40, A)]),
    ("permis-approximate", "Ces frappes ont permis de détruire 6 pick-up et de neutraliser une "
     "trentaine de terroristes, a indiqué l'armée.",
     [("l'armée", "destroyed", 6, A), ("l'armée", "killed", 30, A)]),
    ("permis-arreter-liberer", "Le ratissage a permis d'arrêter 25 personnes, de saisir 8 motos et "
     "de libérer 3 otages, selon la gendarmerie.",
     [("la gendarmerie", "captured", 25, A), ("la gendarmerie", "seized", 8, A)]),
    ("permis-no-count-first", "Selon l'armée, l'opération a permis de neutraliser les assaillants "
     "et de récupérer 8 motos.", [("l'armée", "seized", 8, A)]),
    ("permis-head", "Les combats ont permis de neutraliser 30 assaillants et de récupérer 12 "
     "armes, a affirmé le ministre.",
     [("le ministre", "killed", 30, A), ("le ministre", "seized", 12, A)]),
    ("tente-de", "L'armée a tenté de neutraliser 20 terroristes, selon un communiqué.", []),
    # "la blessure de", "les blessures de": wounded
    ("blessure", "L'armée a annoncé la blessure de 3 soldats.", [("L'armée", "wounded", 3, A)]),
    ("blessure-autres", "L'attaque a entraîné la mort de 5 soldats et la blessure de 8 autres, "
     "selon l'armée.", [("l'armée", "killed", 5, A), ("l'armée", "wounded", 8, A)]),
    ("blessures", "Selon la police, l'explosion a causé les blessures de 12 passants.",
     [("la police", "wounded", 12, A)]),
    ("blessure-aside", "Le ministre a annoncé la blessure, dimanche, de 7 civils.",
     [("Le ministre", "wounded", 7, A)]),
    # ages are no counts, and part no person from the list or the verb
    ("ages-list", "Un garçon de 12 ans, une femme de 40 ans et son mari ont été tués, selon la "
     "police.", [("la police", "killed", 1, A)]),
    ("ages-two", "Deux enfants de 10 et 12 ans ont été tués, selon la police.",
     [("la police", "killed", 2, A)]),
    ("ages-apposition", "La victime, âgée de 45 ans, a été tuée devant son domicile, selon la "
     "police.", [("la police", "killed", 1, A)]),
    ("ages-brackets", "Un homme (35 ans) a été tué, selon la police.",
     [("la police", "killed", 1, A)]),
    ("ages-under", "Selon la police, 20 enfants de moins de 5 ans ont été tués.",
     [("la police", "killed", 20, A)]),
    # "dont" between a count and its verb: the whole, and the part of the same claim
    ("dont-passive", "20 civils, dont 5 enfants, ont été tués, selon la police.",
     [("la police", "killed", 20, A), ("la police", "killed", 5, A)]),
    ("dont-coordinated", "20 civils, dont 5 enfants, ont été tués et 12 blessés, selon la police.",
     [("la police", "killed", 20, A), ("la police", "killed", 5, A),
      ("la police", "wounded", 12, A)]),
    ("dont-freed", "Les 50 otages, dont 10 étrangers, ont été libérés, selon le ministre.", []),
    # a claim of responsibility holds only the attack: its toll is the outer voice's
    ("revendique-alone", "Le JNIM a revendiqué l'attaque ayant fait 9 morts.", []),
    ("revendique-tail", "Le JNIM a revendiqué l'attaque ayant fait 9 morts, a indiqué l'armée.",
     [("l'armée", "killed", 9, A)]),
    ("revendique-selon", "Selon l'armée, le JNIM a revendiqué l'attaque ayant tué 12 soldats.",
     [("l'armée", "killed", 12, A)]),
    ("revendique-faisant", "Les jihadistes ont revendiqué l'attaque faisant 30 morts, selon l'ONU.",
     [("l'ONU", "killed", 30, A)]),
    ("revendique-lors", "Le JNIM a revendiqué l'attaque lors de laquelle 12 soldats ont été tués, "
     "a indiqué l'armée.", [("l'armée", "killed", 12, A)]),
    ("revendique-au-cours", "Le JNIM a revendiqué l'attaque au cours de laquelle 12 soldats ont "
     "été tués, selon l'armée.", [("l'armée", "killed", 12, A)]),
    ("revendique-blesses", "Le groupe a revendiqué l'attaque ayant fait 7 blessés, d'après des "
     "témoins.", [("des témoins", "wounded", 7, A)]),
    ("revendique-enlevement", "Le JNIM a revendiqué l'enlèvement de cinq travailleurs "
     "humanitaires.", [("Le JNIM", "captured", 5, A)]),
    # killings counted by their kind
    ("executions", "Selon HRW, il y a eu 35 exécutions.", [("HRW", "killed", 35, A)]),
    ("executions-passive", "Selon l'ONU, 12 exécutions extrajudiciaires ont été recensées en mars.",
     [("l'ONU", "killed", 12, A)]),
    ("executions-fait-etat", "Le rapport fait état de 50 exécutions, a indiqué l'ONU.",
     [("l'ONU", "killed", 50, A)]),
    ("meurtres", "L'ONU a recensé 40 meurtres et 12 enlèvements en mars.",
     [("L'ONU", "killed", 40, A), ("L'ONU", "captured", 12, A)]),
    ("execution-none", "Aucune exécution n'a été signalée, selon l'ONU.",
     [("l'ONU", "killed", 0, A)]),
    # captives freed are no capture; captives held or taken are
    ("freed-active", "Selon la police, les ravisseurs ont relâché 5 otages.", []),
    ("freed-noun", "Selon le ministre, la libération de 12 otages a eu lieu dimanche.", []),
    ("freed-all", "Les 7 prisonniers ont tous été relâchés, a indiqué l'armée.", []),
    ("held", "Selon le ministre, 12 otages sont toujours détenus.",
     [("le ministre", "captured", 12, A)]),
    ("freed-taken-before", "Le gouvernement a annoncé la libération de 15 otages enlevés en mai.",
     [("Le gouvernement", "captured", 15, A)]),
    # presence now, not forces still to come
    ("deploiement", "L'armée a annoncé le déploiement de 300 soldats.",
     [("L'armée", "present", 300, A)]),
    ("deployes-present", "Selon le ministre, 400 soldats sont déployés à Gao depuis lundi.",
     [("le ministre", "present", 400, A)]),
    ("deployes-past", "Le ministre a annoncé que 300 soldats avaient été déployés.",
     [("Le ministre", "present", 300, A)]),
    ("deployes-hearsay", "Selon des témoins, 300 soldats seraient déployés à Gao.",
     [("des témoins", "present", 300, A)]),
    ("deployes-future", "300 soldats seront déployés dans la région, selon le ministre.", []),
    ("deployes-future-in-past", "Le ministre a annoncé que 300 soldats seraient déployés.", []),
    ("deployes-soon", "Le ministre a déclaré que 500 soldats seraient prochainement déployés à "
     "Gao.", []),
    ("deploiement-planned", "Selon le ministre, le gouvernement prévoit le déploiement de 1000 "
     "soldats.", []),
    ("deployes-doivent", "Selon le ministre, 500 soldats doivent être déployés à Gao.", []),
    # one adjective between a claim's noun and its "de" (not one of a claim to come)
    ("noun-adjective", "Selon l'ONU, l'exécution sommaire de 14 civils a été documentée.",
     [("l'ONU", "killed", 14, A)]),
    ("noun-adjective-plural", "Selon des sources locales, les exécutions sommaires de 12 "
     "villageois ont eu lieu lundi.", [("des sources locales", "killed", 12, A)]),
    ("deploiement-prochain", "Selon le ministre, le déploiement prochain de 500 soldats est "
     "prévu.", []),
    # a toll named before its figure, with "s'élève à", "est de"
    ("toll-s-eleve", "Selon l'ONU, le nombre de déplacés s'élève à 3000.",
     [("l'ONU", "displaced", 3000, A)]),
    ("toll-est-de", "Selon l'ONU, le nombre de blessés est de 45.", [("l'ONU", "wounded", 45, A)]),
    ("toll-participle", "Le nombre de personnes enlevées s'élève à 60, selon la police.",
     [("la police", "captured", 60, A)]),
    ("toll-imperfect", "Selon l'ONU, le nombre total de morts s'élevait déjà à 120.",
     [("l'ONU", "killed", 120, A)]),
    # an object relative between a count and its verb: both claims
    ("objrel-killed", "Selon l'armée, les 30 otages que les rebelles avaient enlevés ont été "
     "tués.", [("l'armée", "captured", 30, A), ("l'armée", "killed", 30, A)]),
    ("objrel-commas", "Selon l'armée, 12 soldats, que les rebelles avaient capturés, ont été "
     "tués.", [("l'armée", "captured", 12, A), ("l'armée", "killed", 12, A)]),
    ("objrel-pronoun", "Selon la police, les 20 élèves qu'ils avaient enlevés ont été tués.",
     [("la police", "captured", 20, A), ("la police", "killed", 20, A)]),
    ("objrel-things", "Selon la police, les 12 armes que les soldats ont saisies ont été "
     "détruites.", [("la police", "seized", 12, A), ("la police", "destroyed", 12, A)]),
    ("objrel-freed", "Selon l'armée, les 30 soldats que les rebelles avaient capturés ont été "
     "libérés.", [("l'armée", "captured", 30, A)]),
    ("objrel-copula", "Selon l'armée, les 3 véhicules que les rebelles ont détruits étaient "
     "vides.", [("l'armée", "destroyed", 3, A)]),
    ("objrel-died", "Les 5 civils que les jihadistes avaient blessés sont morts, a indiqué le "
     "maire.", [("le maire", "wounded", 5, A), ("le maire", "killed", 5, A)]),
    ("objrel-none", "Selon le maire, les 40 personnes que la police a entendues ont été "
     "relâchées.", []),
    # what may only happen is no claim; a part of victims counted dead is dead
    ("may-risquent", "Selon l'armée, 12 soldats risquent d'être tués.", []),
    ("may-pu", "Selon la police, 12 civils auraient pu être tués.", []),
    ("may-menaces", "Selon l'ONU, 40 villages sont menacés d'être attaqués.", []),
    ("victims-part", "Selon la police, les 30 victimes, dont 12 enfants, ont été inhumées.",
     [("la police", "killed", 30, A), ("la police", "killed", 12, A)]),
    ("pillage", "Selon le maire, le pillage de 12 boutiques a suivi l'attaque.",
     [("le maire", "seized", 12, A)]),
    # a "permis de" chain read on past a "dont" part; a claim of responsibility "dans un
    # communiqué" still holds only its attack
    ("permis-dont", "Selon un bilan officiel, l'opération a permis de neutraliser 45 "
     "terroristes, dont 3 chefs, et de saisir 30 armes.",
     [("un bilan officiel", "killed", 45, A), ("un bilan officiel", "killed", 3, A),
      ("un bilan officiel", "seized", 30, A)]),
    ("revendique-communique", "Le JNIM a revendiqué dans un communiqué l'attaque ayant fait 12 "
     "morts, selon l'armée.", [("l'armée", "killed", 12, A)]),
    ("revendique-relative-source", "Le JNIM, qui a revendiqué l'attaque ayant fait 9 morts, "
     "affirme avoir capturé 5 soldats.", [("Le JNIM", "captured", 5, A)]),
    # a "dont" part before a conditional auxiliary
    ("dont-conditional", "Selon des habitants, 29 militaires, dont 3 officiers, auraient été "
     "tués.", [("des habitants", "killed", 29, A), ("des habitants", "killed", 3, A)]),
    ("dont-conditional-etre", "Selon la police, 40 migrants, dont 6 femmes, seraient portés "
     "disparus.", [("la police", "missing", 40, A), ("la police", "missing", 6, A)]),
    # a person named one by a possessive at the end of a list of people
    ("kin-chauffeur", "Un soldat et son chauffeur ont été tués, selon l'armée.",
     [("l'armée", "killed", 1, A)]),
    ("kin-after-count", "Selon la police, 3 policiers et leur chef ont été blessés.",
     [("la police", "wounded", 3, A), ("la police", "wounded", 1, A)]),
    ("kin-no-claim", "Selon la police, le maire a été reçu avec son adjoint.", []),
    # an aside after a subjunctive auxiliary (a denial) or after a negation's "n'"
    ("aside-subjunctive-denied", "L'armée dément que 12 soldats aient, dimanche, été tués.",
     [("L'armée", "killed", 12, "denies")]),
    ("aside-negation-zero", "Selon l'armée, aucun soldat n'a, dimanche, été tué.",
     [("l'armée", "killed", 0, A)]),
    ("aside-noun-denied", "L'armée a démenti la mort, dimanche, de 12 soldats.",
     [("L'armée", "killed", 12, "denies")]),
    # numbers of dates, hours, distances and money in an aside are no counts
    ("aside-year", "Selon la police, 2 personnes ont, en 2023, été tuées.",
     [("la police", "killed", 2, A)]),
    ("aside-hour", "Selon la police, 12 personnes ont, à 10 heures, été tuées.",
     [("la police", "killed", 12, A)]),
    ("aside-money", "Les ravisseurs ont, selon la police, exigé 5 millions de francs.", []),
    # an aside between a claim's verb and its count
    ("verb-aside-night", "Les jihadistes ont enlevé, dans la nuit de samedi, 20 femmes, selon la "
     "police.", [("la police", "captured", 20, A)]),
    ("verb-aside-seized", "Les soldats ont saisi, au cours de l'opération, 40 armes, selon "
     "l'armée.", [("l'armée", "seized", 40, A)]),
    ("verb-aside-source", "Les rebelles ont tué, a indiqué l'armée, 12 soldats.",
     [("l'armée", "killed", 12, A)]),
    ("verb-aside-toll", "Selon la police, l'attaque a fait, d'après un premier bilan, 12 morts "
     "et 20 blessés.", [("la police", "killed", 12, A), ("la police", "wounded", 20, A)]),
    # two counts paired in order with two participles
    ("respectivement-before", "Selon l'armée, 12 et 30 soldats ont été respectivement tués et "
     "blessés.", [("l'armée", "killed", 12, A), ("l'armée", "wounded", 30, A)]),
    ("respectivement-after", "Selon l'armée, 12 et 30 soldats ont été tués et blessés, "
     "respectivement.", [("l'armée", "killed", 12, A), ("l'armée", "wounded", 30, A)]),
    ("respectivement-captured", "Selon la police, 4 et 9 personnes ont été respectivement "
     "enlevées et blessées.", [("la police", "captured", 4, A), ("la police", "wounded", 9, A)]),
]  # fmt: skip
PARAMS = [pytest.param(*case, id=case[0]) for case in CASES]


@pytest.mark.parametrize(("name", "text", "gold"), PARAMS)
def test_each_french_count_is_tied_to_its_predicate(name, text, gold):
    missed, extra = mismatches(text, gold)
    assert (missed, extra) == ([], []), name


def test_the_claim_of_responsibility_stays_with_the_claimant():
    rows = claims("Le JNIM a revendiqué l'attaque ayant fait 9 morts, a indiqué l'armée.")
    assert ("Le JNIM", "responsibility") in {(r[0], r[1]) for r in rows}


def test_a_list_with_ages_counts_each_person_named_with_an_article():
    rows = claims("Un garçon de 12 ans, une femme de 40 ans et son mari ont été tués, selon la "
                  "police.")  # fmt: skip
    killed = [r for r in rows if r[1] == "killed"]
    assert len(killed) == 3  # "Un garçon", "une", "son mari"
    assert all(r[0] == "la police" for r in killed)
    assert not any(r[2] in ("12", "40") for r in rows)

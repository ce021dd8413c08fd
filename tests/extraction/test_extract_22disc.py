"""Round 22, discourse in both languages: whom a source that is not a name stands for.
General causes read from pages, each tested on invented sentences (never a page's).

- a full stop glued to the next sentence after a closing bracket or quotation ("(nord).Selon
  X", '(vers 5H00 GMT)."Neuf …', 'douze morts"."Trois …') ends the sentence, as one glued
  after a word already did ("l'AFP.Deux"): the sentence after keeps its own source and a
  pronoun in the next one stands for it, not for the source of the run-together piece;
- a line that does not end as a sentence (a headline, "Related Posts", "Dernières
  Nouvelles", a byline) is no antecedent: a pronoun after it keeps the last source;
- a closing "…, it said" whose clause opens on a count ("Four women were wounded, it said")
  stands for the last source, never for the counted subject (irregular plurals "women",
  "men", "children" do not agree with "it" either);
- a subject something is done to in French ("L'armée est déployée", "ont été abattus") is
  no antecedent, as in English ("was deployed"); one reached to speak ("a été joint") and
  the verbs whose past takes "être" ("est intervenue") still act;
- "cette source (sécuritaire)" stands for the latest source that spoke, not for a body
  only seen doing something in between ("La gendarmerie est intervenue …").
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

from claimtrack.extraction.acting_subjects import done_to, is_sentence
from claimtrack.extraction.sentences import split_sentences

A = "asserts"


# --- a full stop glued after a bracket or a quotation -------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Il a parlé (nord).Selon lui, rien.", ["Il a parlé (nord).", "Selon lui, rien."]),
        ('Vers 5H00 (GMT)."Deux morts", dit-il.', ["Vers 5H00 (GMT).", '"Deux morts", dit-il.']),
        (
            'Il a dit "non"."Trois morts", a-t-il dit.',
            ['Il a dit "non".', '"Trois morts", a-t-il dit.'],
        ),
        ("It rained (AFP).The army said so.", ["It rained (AFP).", "The army said so."]),
    ],
)
def test_glued_stop_after_bracket_or_quote_ends_sentence(text, pieces):
    assert [s.text for s in split_sentences(text)] == pieces


@pytest.mark.parametrize(
    "text",
    [
        "The price rose to 3.5 dollars on Monday.",  # a decimal point
        "The U.S. Army said so.",  # an abbreviation
        "Il a cité (p. 3) le rapport.",  # an abbreviation in brackets
        "Visit Reuters.com for more.",  # a domain
    ],
)
def test_stops_that_end_no_sentence_stay(text):
    assert len(split_sentences(text)) == 1


def test_pronoun_after_glued_sentence_is_its_source_fr():
    text = (
        "Le maire de Gao a évoqué douze morts dans la ville (nord).Selon le colonel Ali Sow, "
        'joint par téléphone, "les rebelles ont fui vers le nord" (vers 5H00 GMT)."Neuf '
        'soldats ont été tués", a-t-il ajouté.'
    )
    got = rows(text)
    assert ("Le maire de Gao", "killed", "douze", A) in got
    assert ("le colonel Ali Sow", "killed", "Neuf", A) in got


def test_pronoun_after_glued_sentence_is_its_source_en():
    text = (
        "The mayor said 12 people died in the town (north).According to Colonel Ali Sow, "
        '"the rebels fled" (around 0500 GMT)."Nine soldiers were killed," he added.'
    )
    assert ("Colonel Ali Sow", "killed", "Nine", A) in rows(text)


def test_quoted_figure_glued_to_the_next_quotation_keeps_its_teller():
    text = (
        'Le gouverneur a parlé de "douze morts"."Trois assaillants ont été tués", a affirmé '
        'le colonel Ali Sow. "Neuf blessés", a-t-il ajouté.'
    )
    got = rows(text)
    assert ("Le gouverneur", "killed", "douze", A) in got
    assert ("le colonel Ali Sow", "killed", "Trois", A) in got


# --- a line of the page is no antecedent --------------------------------------------------


def test_page_line_is_no_antecedent_en():
    text = (
        "The army said it had killed 40 insurgents in the raid.\n\nRelated Stories\n\n"
        "They also claimed to have seized 12 rifles."
    )
    got = rows(text)
    assert all(r[0] != "Related Stories" for r in got)
    assert ("The army", "seized", "12", A) in got


def test_page_line_is_no_antecedent_fr():
    text = (
        "L'armée a annoncé la mort de 40 jihadistes.\n\nDernières Nouvelles\n\n"
        '"Douze soldats ont été blessés", a-t-il ajouté.'
    )
    assert all(r[0] != "Dernières Nouvelles" for r in rows(text))


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Related Posts", False),
        ("Publié par Agence\nle 16.04.2018 , 11h00", False),
        ("Army kills 12 rebels in the north", False),
        ("The army issued a statement.", True),
        ('"Two died," he said.', True),
        ("Il a parlé (AFP)", True),  # a source in brackets closes a headline
    ],
)
def test_is_sentence(text, ended):
    assert is_sentence(text) is ended


def test_sentence_subject_still_antecedent():
    # a sentence that ends as one still gives "it" its subject
    text = "The army issued a statement on Monday. It said 12 rebels were killed."
    assert ("The army", "killed", "12", A) in rows(text)


# --- a counted subject never tells its own figure ------------------------------------------


def test_counted_subject_is_not_the_closing_pronoun():
    text = "A police report said two children were killed. Four women were wounded, it said."
    got = rows(text)
    assert ("A police report", "wounded", "Four", A) in got
    assert all(r[0] != "Four women" for r in got)


def test_uncounted_subject_is_the_closing_pronoun():
    text = "The ministry has sent 20 doctors to the town, it said."
    assert all(r[0] != "it" for r in rows(text))


# --- a French subject something is done to --------------------------------------------------


@pytest.mark.parametrize(
    ("rest", "passive"),
    [
        (" béninoise est déployée dans le nord.", True),
        (" ont été abattus lors de l'opération.", True),
        (" sont parfois ciblés sur la route.", True),
        (" was deployed in the region.", True),
        (" est intervenue à Gao.", False),  # "être" as the auxiliary of an active verb
        (" a été joint par l'AFP.", False),  # reached to speak: he may speak next
        (" sont françaises.", False),  # an adjective, no participle
        (" a publié un communiqué.", False),
        (" est actif dans la région.", False),
    ],
)
def test_done_to(rest, passive):
    assert done_to(rest) is passive


# --- "cette source": the latest that spoke -------------------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        "L'armée nigérienne est déployée dans la région.",  # a passive: no antecedent
        "La gendarmerie est intervenue dans la région.",  # acting, not speaking
    ],
)
@pytest.mark.parametrize("this", ["cette source sécuritaire", "cette source"])
def test_this_source_is_the_last_that_spoke(between, this):
    text = (
        f"Le préfet a évoqué trois morts. Un haut responsable sécuritaire a confirmé "
        f"l'attaque. {between} Selon {this}, neuf civils ont été tués."
    )
    got = rows(text)
    assert ("Un haut responsable sécuritaire", "killed", "neuf", A) in got


def test_same_source_is_still_the_last():
    text = "L'armée a annoncé 9 morts. La même source a fait état de 4 blessés."
    assert ("L'armée", "wounded", "4", A) in rows(text)


def test_this_source_with_no_speaker_between_is_the_last():
    text = (
        "Une source militaire a fait état de 9 morts. Selon cette source, 4 soldats ont été "
        "blessés."
    )
    assert ("Une source militaire", "wounded", "4", A) in rows(text)

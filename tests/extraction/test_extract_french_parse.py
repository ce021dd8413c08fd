"""The French clause layer on a dependency parse: counts tied to their predicate through
the tree, who speaks, and what it adds to the rules. Every sentence here is invented."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.extraction.attribution import find_attributions
from claimtrack.extraction.french_clauses import read_french
from claimtrack.extraction.french_parse import claim_type, parse, parse_counts, pipeline
from claimtrack.extraction.french_sources import parse_sources
from claimtrack.extraction.sentences import shadow, split_sentences


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.claim_type, c.value) for c in parse_counts(parse(text), shadow(text), [])]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.phrase, a.kind) for a in parse_sources(parse(text), shadow(text))]


def test_the_pipeline_is_loaded_once_without_named_entities():
    assert pipeline() is pipeline()
    assert "ner" not in pipeline().pipe_names
    assert {"parser", "lemmatizer"} <= set(pipeline().pipe_names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle on the counted noun, and one per conjunct
        (
            "Sept soldats ont été tués et cinq autres blessés.",
            [("killed", "Sept"), ("wounded", "cinq")],
        ),
        # the object of an active claim verb, each verb of a coordination its own
        (
            "Les assaillants ont enlevé une femme et tué deux bergers.",
            [("captured", "une"), ("killed", "deux")],
        ),
        # a verb of dying: its subject is the count
        ("Selon l'armée, au moins sept civils auraient ainsi péri.", [("killed", "au moins sept")]),
        # the complement of a death
        ("La mort de trois otages a été confirmée.", [("killed", "trois")]),
        # a lemma the lexicon's forms do not spell
        ("Quatre enseignants ont été kidnappés.", [("captured", "Quatre")]),
    ],
)
def test_counts_are_tied_to_their_predicate_through_the_tree(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe a affirmé dans un communiqué avoir tué des soldats.",  # the agent, a document
        "Les deux camps se sont retrouvés à la table des négociations.",  # no claim word
    ],
)
def test_no_count_without_a_claim_predicate(text):
    assert _counts(text) == []


def test_a_count_whose_verb_is_negated_is_denied():
    text = "Trois soldats n'ont pas été tués."
    found = parse_counts(parse(text), shadow(text), [])
    assert [(c.claim_type, c.value, c.stance) for c in found] == [("killed", "Trois", "denies")]


def test_the_agent_of_an_active_verb_is_not_what_it_counts():
    assert _counts("Deux hommes armés ont tué un gendarme.") == [("killed", "un")]


def test_claim_types_by_form_and_lemma():
    doc = parse("Ils ont tué trois otages et incendié deux maisons.")
    assert [claim_type(t) for t in doc if t.pos_ == "VERB"] == ["killed", "destroyed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject, its relative clause kept
        (
            "Des habitants qui ont fui ont affirmé que dix civils ont été tués.",
            [("Des habitants qui ont fui", "head")],
        ),
        # inverted after a quotation; the listener is no part of the source
        (
            "« Trois soldats sont morts », a déclaré à l'AFP le colonel Ba.",
            [("le colonel Ba", "inverted")],
        ),
        # selon / d'après, a participle set off by commas left out
        (
            "D'après le gouverneur de la région, joint par téléphone, douze personnes sont mortes.",
            [("le gouverneur de la région", "according")],
        ),
        (
            "Sept soldats ont été tués, selon une source sécuritaire.",
            [("une source sécuritaire", "according")],
        ),
        # a verb with no reported clause is not a frame; nor one that is negated
        ("Le président a déclaré l'état d'urgence.", []),
        ("Le maire n'a pas confirmé que six maisons ont été détruites.", []),
    ],
)
def test_who_speaks(text, expected):
    assert _sources(text) == expected


def test_a_denial_frame_denies():
    text = "L'armée a démenti que 30 soldats aient été tués."
    (frame,) = parse_sources(parse(text), shadow(text))
    assert frame.denial
    assert text[slice(*frame.content)].strip().startswith("que 30")


def test_the_rules_keep_what_they_read():
    sentence = split_sentences("Cinq soldats ont été tués, a précisé le ministère.")[0]
    sources, claims = read_french(sentence, [])
    assert [a.phrase for a in sources] == ["le ministère"]
    assert claims == []  # the rules read "Cinq soldats … tués" already


def test_a_sentence_without_a_figure_is_not_parsed():
    sentence = split_sentences("Le ministère a affirmé que des soldats ont été tués.")[0]
    assert read_french(sentence, []) == ([], [])


def test_extract_adds_the_parse_counts_with_their_source():
    text = (
        # words between the auxiliary and the participle the rules do not bridge
        "Trois enseignants ont ainsi été sauvagement massacrés lundi soir, a confié à la radio "
        "un responsable local."
    )
    raw = ct.extract(text, "ex-fr", lang="fr")
    rows = raw[["source_raw", "claim_type", "value", "stance"]].values.tolist()
    assert rows == [["un responsable local", "killed", "Trois", "asserts"]]
    assert raw.loc[0, "rule"] == "inverted+parse"


def test_extract_of_english_text_never_parses_french():
    raw = ct.extract("Three teachers were kidnapped, a local official said.", "ex-en", lang="en")
    assert not raw["rule"].str.endswith("+parse").any()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hostages taken are captured; things shot down are destroyed
        ("Cinq policiers ont été pris en otage par des hommes armés.", [("captured", "Cinq")]),
        ("Les rebelles affirment avoir abattu un hélicoptère.", [("destroyed", "un")]),
        # the subject of a verb of fleeing is what it counts
        ("Quelque 2 000 habitants ont fui leurs villages.", [("displaced", "Quelque 2 000")]),
        # deaths told otherwise
        ("Six militaires sont tombés au combat.", [("killed", "Six")]),
        ("Les corps de neuf civils ont été retrouvés.", [("killed", "neuf")]),
        ("Cinquante-deux personnes ont péri dans le naufrage.", [("killed", "Cinquante-deux")]),
    ],
)
def test_claim_types_read_with_their_complement(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Dix soldats ont été tués, a-t-on appris auprès d'un responsable militaire.",
            "un responsable militaire",
        ),
        (
            "Cinq policiers ont été enlevés, a appris l'AFP de source sécuritaire.",
            "source sécuritaire",
        ),
    ],
)
def test_who_told_what_was_learnt(text, source):
    assert [phrase for phrase, _ in _sources(text)] == [source]


def test_a_rule_source_the_parse_reads_as_a_clause_gives_way():
    text = "Les forces armées ont perdu neuf hommes dans l'embuscade, reconnaît un officier."
    raw = ct.extract(text, "ex-fr", lang="fr")
    assert raw[["source_raw", "claim_type", "value"]].values.tolist() == [
        ["un officier", "killed", "neuf"]
    ]


def test_a_rule_source_with_a_relative_clause_is_kept():
    text = "Des habitants qui ont fui le village ont affirmé que dix civils ont été tués."
    sentence = split_sentences(text)[0]
    rules = find_attributions(sentence)
    assert [a.phrase for a in rules] == ["Des habitants qui ont fui le village"]
    assert read_french(sentence, rules)[0] == rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule's source read as a clause gives way; the rescuers speak, though no word list
        # knows them as a source: the inverted subject closes the sentence
        (
            "Cinquante-deux personnes ont péri dans le naufrage, ont indiqué les secours.",
            [["les secours", "killed", "Cinquante-deux"]],
        ),
        # one, in a sentence the rules give no source
        (
            "Un enfant a été tué et sa mère blessée, a raconté un voisin.",
            [["un voisin", "killed", "Un"]],
        ),
    ],
)
def test_sources_from_the_shape_of_the_clause(text, expected):
    raw = ct.extract(text, "ex-fr", lang="fr")
    assert raw[["source_raw", "claim_type", "value"]].values.tolist()[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée a confirmé l'enlèvement de 20 élèves.", [("captured", "20")]),
        ("Le porte-parole a évoqué la disparition de cinq pêcheurs.", [("missing", "cinq")]),
    ],
)
def test_the_complement_of_a_noun_of_the_event(text, expected):
    assert _counts(text) == expected


def test_curly_apostrophes_are_parsed_and_kept_as_written():
    text = "Trois gendarmes ont été tués, selon l’armée malienne."
    (frame,) = parse_sources(parse(text), shadow(text))
    assert frame.phrase == "l’armée malienne"

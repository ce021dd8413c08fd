"""Sentences with their offsets, and the language of a text (``extraction.sentences``)."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.extraction.sentences import detect_language, split_sentences


def test_sentences_keep_offsets_and_quotes_whole():
    text = 'Paris - Deux morts, selon l\'AFP.Trois blessés. "Un. Deux," a-t-il dit. Fin.'
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)][1:3] == [
        "Trois blessés.",
        '"Un. Deux," a-t-il dit.',
    ]


def test_language_detection():
    assert detect_language("Les autorités ont annoncé que les soldats étaient morts.") == "fr"
    assert detect_language("The authorities said the soldiers were killed.") == "en"
    assert ct.extract("L'armée a annoncé 12 morts.", "t").loc[0, "lang"] == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police spokesman Insp. Musa Ali said five died. Brig. Gen. Sani said three died.",
            ["Police spokesman Insp. Musa Ali said five died.", "Brig. Gen. Sani said three died."],
        ),
        (
            "The attack began at 3 a.m. and the army said 12 died. Residents fled.",
            ["The attack began at 3 a.m. and the army said 12 died.", "Residents fled."],
        ),
        ("It ended. the rest fled.\nNext line", ["It ended. the rest fled.", "Next line"]),
        ("It ended. The rest fled.", ["It ended.", "The rest fled."]),
    ],
)
def test_a_title_or_a_lower_case_word_after_a_full_stop_goes_on(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said 30 died.“We lost nobody,” he said.",
            ["The army said 30 died.", "“We lost nobody,” he said."],
        ),
        (
            'The army said 30 died."We lost nobody," he said. Next.',
            ["The army said 30 died.", '"We lost nobody," he said.', "Next."],
        ),
        (
            "« Nous avons perdu dix hommes. » Le groupe a démenti.",
            ["« Nous avons perdu dix hommes. »", "Le groupe a démenti."],
        ),
        (
            "He said “30 died. Ten fled.” It was denied.",
            ["He said “30 died. Ten fled.”", "It was denied."],
        ),
    ],
)
def test_a_quote_mark_says_which_sentence_it_belongs_to(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text wrapped at a fixed width: the break goes before a word in lower case …
        (
            "Six rebels and two\nguards were killed, the mayor said.",
            ["Six rebels and two\nguards were killed, the mayor said."],
        ),
        # … or after a word that never ends a sentence
        (
            "The base at\nTarnak was hit. Nobody died.",
            ["The base at\nTarnak was hit.", "Nobody died."],
        ),
        ("Le camp de\nBoni a été attaqué.", ["Le camp de\nBoni a été attaqué."]),
        # a headline, a dateline, a list or a blank line still ends one
        (
            "Army says 40 killed\nGao - The army said.",
            ["Army says 40 killed", "Gao - The army said."],
        ),
        ("Four killed.\nsources said more.", ["Four killed.", "sources said more."]),
        ("- 5 killed\n- 3 wounded", ["- 5 killed", "- 3 wounded"]),
        ("A quiet week\n\nthen the raid came.", ["A quiet week", "then the raid came."]),
    ],
)
def test_a_line_break_that_only_wraps_a_sentence_goes_on(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_a_wrapped_sentence_keeps_its_source():
    text = (
        "The battle went on all night, and nine militants and one\n"
        "soldier were killed, the governor said."
    )
    out = ct.extract(text, "t")
    assert sorted(out["value"]) == ["nine", "one"]
    assert set(out["source_raw"]) == {"the governor"}

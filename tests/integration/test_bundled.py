"""Every bundled incident: quotes true to the corpus, and the pipeline's invariants.

Each file in ``data/statements/`` runs on its own through read → normalize →
compare → summarize, so adding an incident adds cases here and breaks nothing else.
"""

from __future__ import annotations

import re
import sys
import warnings

import pytest
import yaml
from conftest import CORPUS, ROOT, corpus_file

from claimtrack.vocabulary import INDEPENDENT_TYPES

BUNDLED = sorted((ROOT / "data" / "statements").glob("*.yaml"))
CONVERTED = [p for p in BUNDLED if "corpus/dev/" in p.read_text(encoding="utf-8")]


def _corpus_text(cited: str) -> str:
    path = corpus_file(cited.removeprefix("shared/corpus/"))
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    return yaml.safe_load(path.read_text(encoding="utf-8"))["text"]


def test_at_least_twelve_converted_incidents_in_both_languages():
    assert len(CONVERTED) >= 12
    languages = {
        re.search(r"Language: (\w+)", p.read_text(encoding="utf-8")).group(1) for p in CONVERTED
    }
    assert languages == {"en", "fr"}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_quotes_sources_and_places_are_verbatim_and_short(path):
    from claimtrack.extraction.sentences import split_sentences

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = {d["id"]: _corpus_text(d["corpus_file"]) for d in doc["documents"]}
    converted = path in CONVERTED
    if converted:
        assert "Converted from the corpus case" in path.read_text(encoding="utf-8").splitlines()[0]
    for st in doc["statements"]:
        text = texts[st["document"]]
        assert st["quote"] in text, (path.name, st["id"], "quote")
        if not converted:
            continue  # the Mali file was written by hand: its sources are not all verbatim
        assert st["source"] in text, (path.name, st["id"], "source")
        assert len(split_sentences(st["quote"])) == 1, (path.name, st["id"], "one sentence")
        for claim in st["claims"]:
            for place in claim.get("locations") or []:
                assert place in text, (path.name, st["id"], place)


def _run(path):
    import claimtrack as ct

    raw = ct.read(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unresolved sources are reported, not errors
        tidy, rejects = ct.normalize(raw)
    result = ct.compare(tidy)
    return raw, tidy, rejects, result, ct.summarize(result)


@pytest.fixture(scope="module", params=BUNDLED, ids=lambda p: p.stem)
def run(request):
    return _run(request.param)


def test_every_row_is_accepted_or_rejected(run):
    raw, tidy, rejects, _, _ = run
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    assert not set(tidy["origin"]) & set(rejects["origin"])


def test_no_party_source_is_typed_independent(run):
    raw, tidy, _, _, _ = run
    parties = {p for listed in raw["parties"].dropna() for p in listed.split(";") if p}
    party = tidy[tidy["side"].isin(parties)]
    assert not party["source_type"].isin(INDEPENDENT_TYPES).any(), party[["source_raw"]]
    independent_typed = tidy[tidy["source_type"].isin(INDEPENDENT_TYPES)]
    assert independent_typed["side"].eq("independent").all(), independent_typed[["source_raw"]]


def test_compare_gives_a_status_to_every_measure(run):
    _, tidy, _, result, _ = run
    assert len(tidy)
    assert len(result["discrepancies"])
    assert result["discrepancies"]["status"].notna().all()


def test_sentences_have_no_empty_figure(run):
    *_, sentences = run
    assert sentences
    for sentence in sentences:
        assert not re.search(r"\bsays\s*[;,.]|\(\s*\)|\bnan\b|\bNone\b", sentence), sentence


def test_sentences_agree_in_number(run):
    *_, sentences = run
    plural_after_one = re.compile(r"\b1 (?:places|sources|towns|claims|measures|are|were)\b")
    assert not [s for s in sentences if plural_after_one.search(s)]


def _import_converter():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import corpus_to_statements
    finally:
        sys.path.pop(0)
    return corpus_to_statements


def _converter():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent: the shared corpus is not beside this checkout")
    return _import_converter()


def test_the_converter_examples_run():
    import doctest

    conv = _import_converter()  # the examples need no corpus
    failed, tried = doctest.testmod(conv, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried >= 7
    assert failed == 0


def test_the_converter_names_a_pronoun_by_its_source_and_keeps_one_event():
    conv = _converter()
    doc, comment = conv.convert("case-03")
    case = yaml.safe_load((CORPUS / "dev" / "case-03.yaml").read_text(encoding="utf-8"))
    assert "He" in [c["source"] for c in case["claims"]]
    sources = [st["source"] for st in doc["statements"]]
    assert "He" not in sources
    assert "Mullah Abdul Samad" in " ".join(sources)
    # The Kandahar grenade attack is another event: left out, and said so.
    assert len(doc["statements"]) == len(case["claims"]) - 1
    assert any("Kandahar" in line for line in comment)
    assert doc["incident"]["country"] == "AF"
    assert doc["incident"]["parties"] == ["afghan_state", "taliban"]
    claim_types = {st["claims"][0]["claim_type"] for st in doc["statements"]}
    assert "attacked" in claim_types
    assert "attacked_location" not in claim_types


def test_the_converter_refuses_what_it_cannot_convert(tmp_path):
    conv = _converter()
    with pytest.raises(SystemExit, match=r"case-99\.yaml not found"):
        conv.write("case-99", tmp_path)
    # a case whose header and text name no country, capital or group of known home
    case = yaml.safe_load(corpus_file("dev/case-59.yaml").read_text(encoding="utf-8"))
    case["text"] = "Gunmen attacked a village at dawn; residents said twelve people died."
    nowhere = tmp_path / "nowhere"
    nowhere.mkdir()
    body = yaml.safe_dump(case, allow_unicode=True, sort_keys=False)
    (nowhere / "case-59.yaml").write_text("# case-59 | an attack on a village\n" + body)
    with pytest.raises(SystemExit, match="pass --country"):
        conv.write("case-59", tmp_path, corpus=nowhere)
    assert conv.write("case-59", tmp_path, country="CD").name.startswith("cd-case-59-")
    # the corpus's own case-59 names its country only through "DR Congo" and its groups
    assert conv.write("case-59", tmp_path / "found").name.startswith("cd-case-59-")


def test_the_converter_writes_what_is_bundled(tmp_path):
    """The bundled files are the converter's output as is: rerunning it changes nothing."""
    conv = _converter()
    for path in CONVERTED:
        case = re.search(r"case-\d+", path.name).group()
        written = conv.write(case, tmp_path, country=path.name[:2].upper())
        assert written.name == path.name
        assert written.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")

"""Convert an annotated corpus case into a statements file (format in data/README.md).

    python scripts/corpus_to_statements.py case-07 -o data/statements/
    python scripts/corpus_to_statements.py case-66 --country IQ -o /tmp/out/

What it writes, from ``../shared/corpus/dev/case-NN.yaml``:

- the incident: the case's *main event* only (the ``incident`` label most claims
  carry; the first in the text on a tie): a statements file holds one incident, and
  the other labels are background or separate events. The header comment names
  the events left out. Country: the first country the case's header names (or
  ``--country``); parties: the sides of the actors the annotated sources resolve to.
- the document: outlet, url, date and ``corpus_file``.
- one statement per annotated claim: its quote (cut to the sentence that holds the
  value when the annotated span runs over several), the source as written, the
  annotated source type, claim type, subject (the annotator's label, its notes in
  brackets dropped), value as written, places and stance.
  A pronoun or other anaphor ("He", "il", "the statement") is written as the most
  explicit mention of the same source in the case, so that it can be resolved.

Only quotes of a sentence or less ship; the article text never does.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

from claimtrack.extraction.lexicon.source_words import PRONOUNS
from claimtrack.extraction.places import detect_country
from claimtrack.extraction.sentences import detect_language, split_sentences
from claimtrack.extraction.source_names import ANAPHORS
from claimtrack.normalize.actors import resolve_actors
from claimtrack.text import fold, slug
from claimtrack.vocabulary import CLAIM_TYPE_ALIASES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
NO_PARTY = ("", "independent", "unknown")


def short_slug(label: str, words: int = 6) -> str:
    """The label's first words as an id part.

    Example:
        >>> short_slug("Birao fighting (night of 1 December)")
        'birao-fighting-night-of-1-december'
    """
    return "-".join(slug(label).split("_")[:words])


def load_case(case: str, corpus: Path = CORPUS) -> tuple[dict, str]:
    """The parsed case and its header comment line (``# case-NN | event``)."""
    path = corpus / f"{case.removesuffix('.yaml')}.yaml"
    if not path.exists():
        raise SystemExit(f"error: {path} not found; expected a case name such as case-07")
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text.splitlines()[0]


def main_event(claims: list[dict]) -> str:
    """The label most claims carry (the first in the text on a tie).

    Example:
        >>> main_event([{"incident": "b"}, {"incident": "a"}, {"incident": "a"}])
        'a'
    """
    counts = Counter(c["incident"] for c in claims)
    return max(counts, key=lambda label: counts[label])


def is_anaphor(mention: str) -> bool:
    """Whether a source mention only points back at a source named before.

    Example:
        >>> [is_anaphor(m) for m in ("He", "Deux d'entre elles", "the statement", "The Army")]
        [True, True, True, False]
    """
    folded = fold(mention)
    return folded in PRONOUNS or bool(ANAPHORS.match(folded)) or folded in {"lesquels", "lequel"}


def written_sources(claims: list[dict]) -> list[str]:
    """Each claim's source as written; an anaphor becomes the longest other mention.

    Example:
        >>> claims = [{"source": "The RSF", "source_normalized": "RSF"},
        ...           {"source": "it", "source_normalized": "RSF"}]
        >>> written_sources(claims)
        ['The RSF', 'The RSF']
    """
    mentions: dict[str, list[str]] = {}
    for c in claims:
        if not is_anaphor(c["source"]):
            mentions.setdefault(c["source_normalized"], []).append(c["source"])
    return [
        max(mentions.get(c["source_normalized"], [c["source"]]), key=len)
        if is_anaphor(c["source"])
        else c["source"]
        for c in claims
    ]


def one_sentence(quote: str, value: str | None, subject: str) -> str:
    """The quote, or its sentence holding the value (else the most words of the subject).

    Example:
        >>> one_sentence("I don't know. It's a hoax", None, "the claim (a hoax)")
        "It's a hoax"
    """
    sentences = [s.text for s in split_sentences(quote)]
    if len(sentences) <= 1:
        return quote
    with_value = [s for s in sentences if value and value in s]
    if with_value:
        return with_value[0]
    words = set(re.findall(r"\w+", fold(subject)))
    return max(sentences, key=lambda s: len(words & set(re.findall(r"\w+", fold(s)))))


def subject_label(subject: str) -> str:
    """The annotator's subject without its notes in brackets, so that measures can meet.

    Example:
        >>> subject_label('people ("martyrs")'), subject_label("(the post)")
        ('people', '(the post)')
    """
    return re.sub(r"\s*\([^)]*\)", "", subject).strip() or subject


def parties_of(claims: list[dict], country: str) -> list[str]:
    """The sides of the actors the annotated sources resolve to, in order of appearance.

    Example:
        >>> parties_of([{"source_normalized": "Taliban"}, {"source_normalized": "Afghan army"}],
        ...            "AF")
        ['taliban', 'afghan_state']
    """
    names = pd.Series([c["source_normalized"] for c in claims])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unresolved institutions simply name no party
        sides = resolve_actors(names, country=pd.Series([country] * len(names)))["side"]
    return list(dict.fromkeys(s for s in sides if s not in NO_PARTY))


def convert(case: str, country: str | None = None, corpus: Path = CORPUS) -> tuple[dict, str]:
    """The statements document for a case and its header comment."""
    doc, header = load_case(case, corpus)
    label = main_event(doc["claims"])
    claims = [c for c in doc["claims"] if c["incident"] == label]
    left_out = sorted({c["incident"] for c in doc["claims"]} - {label})
    event = header.split("|", 1)[-1].split(":", 1)[0]
    country = country or detect_country(event) or detect_country(doc["text"])
    if not country:
        raise SystemExit(f"error: {case}: no country named in its header or text; pass --country")
    name = case.removesuffix(".yaml")
    incident = {
        "id": f"{country.lower()}-{name}-{short_slug(label)}",
        "title": label[:1].upper() + label[1:],
        "date": doc["date"],
        "country": country,
        "parties": parties_of(claims, country),
    }
    document = {
        "id": name,
        "outlet": doc["outlet"],
        "url": doc["url"],
        "published": doc["date"],
        "corpus_file": f"shared/corpus/dev/{name}.yaml",
    }
    statements = [
        statement(f"{name}-{i:02d}", c, source, name)
        for i, (c, source) in enumerate(zip(claims, written_sources(claims), strict=True), 1)
    ]
    lang = detect_language(doc["text"])
    comment = [
        f"Converted from the corpus case {name} (../{document['corpus_file']}) by",
        "scripts/corpus_to_statements.py: quotes, sources and places verbatim, one sentence",
        "or less; the article text stays in the corpus.",
        f"Case: {header.split('|', 1)[-1].strip()}",
        f"Language: {lang}. Main event: {label} ({len(claims)} of {len(doc['claims'])} claims).",
    ]
    if left_out:
        comment.append("Events left out (one incident per file): " + "; ".join(left_out) + ".")
    return {"incident": incident, "documents": [document], "statements": statements}, comment


def statement(sid: str, claim: dict, source: str, document: str) -> dict:
    """One statement with its one claim, in the order data/README.md shows."""
    value = claim["value_text"]
    out = {
        "id": sid,
        "source": source,
        "source_type": claim["source_type"],
        "document": document,
        "quote": one_sentence(claim["quote"], value, claim["subject"]),
    }
    item = {
        "claim_type": CLAIM_TYPE_ALIASES.get(claim["claim_type"], claim["claim_type"]),
        "subject": subject_label(claim["subject"]),
    }
    if value is not None:
        item["value"] = str(value)
    if claim["locations"]:
        item["locations"] = list(claim["locations"])
    item["stance"] = claim["stance"]
    out["claims"] = [item]
    return out


def write(case: str, output: Path, country: str | None = None, corpus: Path = CORPUS) -> Path:
    """Write the statements file of a case into a folder; returns its path."""
    doc, comment = convert(case, country, corpus)
    output.mkdir(parents=True, exist_ok=True)
    path = output / f"{doc['incident']['id']}.yaml"
    body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text("".join(f"# {line}\n" for line in comment) + body, encoding="utf-8")
    return path


def cli(argv: list[str] | None = None) -> int:
    """Command line: one or more cases, an output folder, an optional country."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="+", help="case names, e.g. case-07")
    parser.add_argument("-o", "--output", type=Path, default=Path("data/statements"))
    parser.add_argument("--country", help="ISO alpha-2 code, if the header's first is wrong")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    for case in args.cases:
        if not re.fullmatch(r"case-\d+(\.yaml)?", case):
            parser.error(f"{case!r} is not a case name such as case-07")
        print(write(case, args.output, args.country, args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(cli())

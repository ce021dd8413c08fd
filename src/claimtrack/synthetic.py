"""Seeded synthetic incidents, for demos, tests and benchmarks that need volume.

Everything here is made up and says so: incident ids start with ``synthetic-``,
titles say "synthetic", documents name the generator as their outlet. The
shapes are realistic (a state army and an armed group giving conflicting tolls,
residents and local officials naming places), the figures are random.

Example:
    >>> import tempfile
    >>> files = write_synthetic_statements(tempfile.mkdtemp(), n_incidents=3, seed=1)
    >>> [f.name for f in files][0]
    'synthetic-001.yaml'
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import yaml

# Real Malian towns (all in the gazetteer), so places resolve and plot.
TOWNS = (
    "Kayes",
    "Nioro",
    "Niono",
    "Molodo",
    "Diboli",
    "Sandaré",
    "Gogui",
    "Ségou",
    "Mopti",
    "Koutiala",
    "Djenné",
    "Bandiagara",
    "Kita",
    "Bafoulabé",
    "Kolokani",
    "Nara",
    "San",
    "Tominian",
    "Koro",
    "Ténenkou",
)
# Spelling variants a careless hand would type, to exercise fuzzy matching.
VARIANTS = {"Sandaré": "Sandere", "Gogui": "Gogoui", "Nioro": "Nioro du Sahel", "Ségou": "Segou"}
NUMBER_WORDS = {3: "three", 5: "five", 7: "seven", 12: "twelve", 15: "fifteen", 20: "twenty"}


def _value_text(rng: np.random.Generator, n: int) -> str:
    style = rng.integers(0, 5)
    if style == 0 and n in NUMBER_WORDS:
        return NUMBER_WORDS[n]
    if style == 1:
        return f"at least {n}"
    if style == 2:
        return f"about {n}"
    return str(n)


def synthetic_incident(index: int, rng: np.random.Generator) -> dict:
    """One synthetic incident in the YAML statements structure.

    Example:
        >>> doc = synthetic_incident(1, np.random.default_rng(0))
        >>> doc["incident"]["id"]
        'synthetic-001'
    """
    incident_id = f"synthetic-{index:03d}"
    day = int(rng.integers(1, 28))
    month = int(rng.integers(1, 13))
    date = f"2025-{month:02d}-{day:02d}"
    towns = [str(t) for t in rng.choice(TOWNS, size=int(rng.integers(2, 6)), replace=False)]
    true_killed = int(rng.integers(5, 60))
    army_figure = int(true_killed * rng.uniform(1.5, 4.0))
    group_soldiers = int(rng.integers(3, 40))
    army_soldiers = int(max(0, group_soldiers * rng.uniform(0.1, 0.7)))
    documents = _documents(incident_id, index, date, month, day)
    statements = _party_statements(
        documents, towns, army_figure, army_soldiers, group_soldiers, rng
    )
    statements += _other_statements(documents, towns, true_killed, rng)
    return {
        "incident": {
            "id": incident_id,
            "title": f"Synthetic incident {index} (generated, not real)",
            "date": date,
            "country": "ML",
            "parties": ["mali_state", "jnim"],
        },
        "documents": documents,
        "statements": statements,
    }


def _documents(incident_id: str, index: int, date: str, month: int, day: int) -> list[dict]:
    """The wire report and its follow-up two days later (no draw from the generator)."""
    documents = [
        {
            "id": f"{incident_id}-wire",
            "outlet": "synthetic wire (claimtrack generator)",
            "url": None,
            "title": f"Synthetic report {index}",
            "published": date,
        },
        {
            "id": f"{incident_id}-followup",
            "outlet": "synthetic daily (claimtrack generator)",
            "url": None,
            "title": f"Synthetic follow-up {index}",
            "published": f"2025-{month:02d}-{min(day + 2, 28):02d}",
        },
    ]
    return documents


def _party_statements(
    documents: list[dict],
    towns: list[str],
    army_figure: int,
    army_soldiers: int,
    group_soldiers: int,
    rng: np.random.Generator,
) -> list[dict]:
    """The army's toll and towns, JNIM's toll: every incident has them."""
    statements = [
        {
            "id": "army-toll",
            "source": "the army",
            "channel": "communiqué",
            "document": documents[0]["id"],
            "quote": f"[synthetic] The army said it killed {army_figure} attackers "
            f"and lost {army_soldiers} soldiers.",
            "claims": [
                {"claim_type": "killed", "subject": "attackers", "value": str(army_figure)},
                {"claim_type": "killed", "subject": "soldiers", "value": str(army_soldiers)},
            ],
        },
        {
            "id": "army-towns",
            "source": "Malian army",
            "channel": "communiqué",
            "document": documents[0]["id"],
            "quote": "[synthetic] The army listed the towns attacked: " + ", ".join(towns) + ".",
            "claims": [
                {
                    "claim_type": "attacked",
                    "subject": "towns",
                    "locations": [VARIANTS.get(t, t) if rng.random() < 0.3 else t for t in towns],
                }
            ],
        },
        {
            "id": "group-claim",
            "source": "JNIM",
            "channel": "statement",
            "document": documents[1]["id"],
            "quote": f"[synthetic] JNIM said it killed {group_soldiers} soldiers.",
            "claims": [
                {
                    "claim_type": "killed",
                    "subject": "soldiers",
                    "value": _value_text(rng, group_soldiers),
                }
            ],
        },
    ]
    return statements


def _other_statements(
    documents: list[dict], towns: list[str], true_killed: int, rng: np.random.Generator
) -> list[dict]:
    """Residents, a local official and a seizure, each drawn in or not (in this order)."""
    statements: list[dict] = []
    if rng.random() < 0.7:
        independent = int(true_killed * rng.uniform(0.8, 1.2))
        statements.append(
            {
                "id": "residents-toll",
                "source": "residents",
                "source_type": "eyewitness",
                "channel": "interview",
                "document": documents[1]["id"],
                "quote": f"[synthetic] Residents counted about {independent} dead attackers.",
                "claims": [
                    {
                        "claim_type": "killed",
                        "subject": "attackers",
                        "value": f"about {independent}",
                    }
                ],
            }
        )
    if rng.random() < 0.6:
        named = [str(t) for t in rng.choice(towns, size=max(1, len(towns) - 1), replace=False)]
        statements.append(
            {
                "id": "official-towns",
                "source": "a local official",
                "source_type": "local_official",
                "channel": "Facebook post",
                "document": documents[1]["id"],
                "quote": "[synthetic] A local official said " + ", ".join(named) + " were hit.",
                "claims": [{"claim_type": "attacked", "subject": "towns", "locations": named}],
            }
        )
    if rng.random() < 0.5:
        statements.append(
            {
                "id": "group-seized",
                "source": "GSIM",
                "channel": "video",
                "document": documents[1]["id"],
                "quote": "[synthetic] The group said it seized several vehicles.",
                "claims": [{"claim_type": "seized", "subject": "vehicles", "value": "several"}],
            }
        )
    return statements


def write_synthetic_statements(
    folder: str | Path, n_incidents: int = 20, seed: int = 0
) -> list[Path]:
    """Write ``n_incidents`` synthetic incidents as YAML statement files; return their paths.

    The same seed writes the same files, byte for byte.

    Example:
        >>> import tempfile, claimtrack as ct
        >>> folder = tempfile.mkdtemp()
        >>> _ = write_synthetic_statements(folder, n_incidents=2)
        >>> tidy, rejects = ct.load(folder)
        >>> tidy["incident_id"].str.startswith("synthetic-").all()
        np.True_
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    paths = []
    for index in range(1, n_incidents + 1):
        path = folder / f"synthetic-{index:03d}.yaml"
        header = (
            "# SYNTHETIC DATA, generated by claimtrack.synthetic (seeded); not real reporting.\n"
        )
        body = yaml.safe_dump(
            synthetic_incident(index, rng), sort_keys=False, allow_unicode=True, width=100
        )
        path.write_text(header + body, encoding="utf-8")
        paths.append(path)
    return paths

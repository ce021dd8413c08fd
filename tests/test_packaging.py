"""pyproject.toml declares what the package imports and environment.yml agrees; the README's
commands exist."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from conftest import ROOT

# conda-forge spellings of PyPI names.
CONDA_NAMES = {
    "matplotlib-base": "matplotlib",
    "pandera": "pandera",
    "spacy-model-fr_core_news_sm": "fr_core_news_sm",
}


def _name(spec: str) -> str:
    return re.split(r"[<>=!\[ ]", spec.strip(), maxsplit=1)[0].lower()


def _canonical(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503): RapidFuzz == rapidfuzz."""
    return re.sub(r"[-_.]+", "-", name).lower()


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_names = {_name(s) for s in project["dependencies"]}
    for extra in project["optional-dependencies"].values():  # dev, lab: conda installs all
        pip_names |= {_name(s) for s in extra}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    conda_names = {CONDA_NAMES.get(_name(d), _name(d)) for d in conda} - {"python", "pip"}
    assert conda_names == pip_names, (
        f"only in environment.yml: {sorted(conda_names - pip_names)}; "
        f"only in pyproject.toml: {sorted(pip_names - conda_names)}"
    )
    pip_section = next(d for d in env["dependencies"] if isinstance(d, dict))["pip"]
    assert "-e ." in pip_section


def _imported_top_level_modules(paths: list[Path]) -> dict[str, str]:
    """Third-party top-level module -> a file that imports it (absolute imports only)."""
    found: dict[str, str] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top != "claimtrack":
                    found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def test_every_directly_imported_package_is_declared():
    """What the package and its notebooks import is a core dependency, not a transitive one."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = {_canonical(_name(s)) for s in project["dependencies"]}
    distributions = importlib.metadata.packages_distributions()
    undeclared = {}
    # claimtrack.scale is the dask extra's, the explorer notebook the lab extra's (widgets):
    # each may import what its extra declares.
    scale = ROOT / "src" / "claimtrack" / "scale"
    extras = project["optional-dependencies"]
    dask = {_canonical(_name(s)) for s in extras["dask"]}
    lab = {_canonical(_name(s)) for s in extras["lab"]}
    explorer = ROOT / "notebooks" / "explore.py"
    notebooks = [p for p in (ROOT / "notebooks").glob("*.py") if p != explorer]
    for paths, declared in (
        ([p for p in (ROOT / "src" / "claimtrack").rglob("*.py") if scale not in p.parents], core),
        (notebooks, core),
        ([explorer], core | lab),
        ([*scale.rglob("*.py")], core | dask),
    ):
        undeclared |= {
            module: (where, distributions.get(module))
            for module, where in _imported_top_level_modules(paths).items()
            if not declared & {_canonical(d) for d in distributions.get(module, [])}
        }
    assert not undeclared, f"imported but not declared: {undeclared}"


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text()
    assert "make report" in readme
    assert "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_make_help_lists_targets():
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True)
    for target in ("report", "test", "lint", "lab"):
        assert target in out.stdout


def test_version_command():
    out = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.startswith("claimtrack ")


def test_cli_help_does_not_import_the_heavy_libraries():
    code = (
        "import sys, claimtrack.cli, claimtrack;"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'pandera') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_public_functions_are_not_hidden_by_their_modules():
    code = (
        "import claimtrack.comparison, claimtrack.read, claimtrack.normalize.places;"
        "import claimtrack as ct;"
        "print(callable(ct.compare), callable(ct.read), callable(ct.normalize))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "True True True", out.stderr

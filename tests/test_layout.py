"""House rules a reader relies on: small modules, short functions, a README that maps the tree."""

from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT

PACKAGE = ROOT / "src" / "claimtrack"
MAX_MODULE_LINES = 400
MAX_FUNCTION_CODE_LINES = 60
CODE_DIRS = ("src", "tests", "scripts", "benchmarks", "notebooks")


def python_files(*dirs: str) -> list:
    return sorted(p for d in dirs for p in (ROOT / d).rglob("*.py") if ".venv" not in p.parts)


def code_lines(lines: list[str], node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function's body that hold code: not blank, not a comment, not its docstring."""
    body = node.body[1:] if ast.get_docstring(node) and len(node.body) > 1 else node.body
    span = lines[body[0].lineno - 1 : node.end_lineno]
    return sum(1 for line in span if line.strip() and not line.strip().startswith("#"))


def long_functions(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    return [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({n} lines of code)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (n := code_lines(lines, node)) > MAX_FUNCTION_CODE_LINES
    ]


def test_code_lines_counts_code_only() -> None:
    source = 'def f():\n    """Doc.\n\n    More.\n    """\n    # why\n\n    x = 1\n    return x\n'
    node = ast.parse(source).body[0]
    assert code_lines(source.splitlines(), node) == 2


def test_no_module_is_over_the_size_a_reader_takes_in() -> None:
    big = [
        f"{p.relative_to(ROOT)} ({n} lines)"
        for p in python_files("src")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not big, f"modules over {MAX_MODULE_LINES} lines: {big}"


def test_no_function_is_over_sixty_lines_of_code() -> None:
    found = [hit for p in python_files(*CODE_DIRS) for hit in long_functions(p)]
    assert not found, "\n".join(found)


def _layout_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Layout\n(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert match, "README.md has no '## Layout' section"
    return match.group(1)


@pytest.mark.parametrize(
    "module",
    sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if not p.name.startswith("_") or (p.name == "__init__.py" and p.parent != PACKAGE)
    ),
)
def test_readme_layout_names_every_module(module: str) -> None:
    # A package is named by its folder ("comparison/"), a module by its path in the package.
    named = module.removesuffix("__init__.py")
    assert named in _layout_section(), f"README's Layout section does not name {named!r}"


def test_readme_layout_paths_exist() -> None:
    paths = re.findall(
        r"`((?:src|data|notebooks|tests|benchmarks|scripts)/[^`]*)`", _layout_section()
    )
    assert paths, "the Layout section names no path"
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert not missing, f"README's Layout section names paths that do not exist: {missing}"

"""Strict YAML and JSON parsing for statement files: nothing lost, nothing expanded.

PyYAML keeps the last of two equal keys, expands aliases without limit (a 624-byte
"billion laughs" file runs to a ``MemoryError``) and recurses once per nesting level;
``json`` keeps the last duplicate key and reads ``NaN`` as a float. Here:

- a key written twice in one mapping is an error naming both lines;
- aliases (``*name``, and so merge keys ``<<: *name``) are refused;
- nesting deeper than ``MAX_DEPTH`` is refused;
- scalars stay as written: numbers, dates and ``NaN`` are text (``80.7``, ``2025-13-45``,
  a 5,000-digit count), so the parsers downstream see what the user typed and say
  what is wrong with it; ``true``/``false`` and ``null`` keep their meaning.

Every refusal is a ``StrictError`` carrying the 1-based line.

Example:
    >>> load_yaml("a: 1\\nb: 2025-07-01\\n")
    {'a': '1', 'b': '2025-07-01', '__line__': 1, '__column__': 1}
    >>> load_yaml("a: 1\\na: 2\\n")
    Traceback (most recent call last):
    ...
    claimtrack.loaders.StrictError: line 2: key 'a' is written twice (lines 1 and 2); keep one
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

MAX_DEPTH = 64  # statements nest 4 deep; anything far deeper is not a statements file


class StrictError(ValueError):
    """Input the strict loaders refuse; ``line`` is 1-based (``None`` if unknown)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.reason = message


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys, aliases and deep nesting; scalars stay text.

    Each mapping gets ``__line__`` and ``__column__`` (1-based) of where it starts.
    """

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise StrictError(
                "YAML aliases (*name) are not accepted in statement files; write the value out",
                mark.line + 1,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise StrictError(f"nested more than {MAX_DEPTH} levels deep", mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _mapping(loader: StrictLoader, node: yaml.MappingNode) -> dict:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise StrictError("a mapping key must be plain text", key_node.start_mark.line + 1)
        line = key_node.start_mark.line + 1
        if key_node.value in seen:
            raise StrictError(
                f"key {key_node.value!r} is written twice (lines {seen[key_node.value]} and "
                f"{line}); keep one",
                line,
            )
        seen[key_node.value] = line
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__column__"] = node.start_mark.column + 1
    return mapping


def _as_written(loader: StrictLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
for _tag in ("int", "float", "timestamp"):
    StrictLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)


def load_yaml(text: str) -> Any:
    """Parse YAML strictly (see the module docstring); ``StrictError`` or ``yaml.YAMLError``.

    Example:
        >>> load_yaml("x: &a [1]\\ny: *a\\n")
        Traceback (most recent call last):
        ...
        claimtrack.loaders.StrictError: line 2: YAML aliases (*name) are not accepted in \
statement files; write the value out
    """
    try:
        return yaml.load(text, Loader=StrictLoader)  # a SafeLoader subclass: safe
    except yaml.reader.ReaderError as exc:  # a NUL or other control character: say where
        line = text[: exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise StrictError(
            f"character U+{code:04X} is not allowed in YAML; remove it", line
        ) from None


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise StrictError(f"key {key!r} is written twice in one object; keep one")
        seen[key] = value
    return seen


def load_json(text: str) -> Any:
    """Parse JSON strictly: duplicate keys refused, numbers and ``NaN`` kept as written.

    A duplicate key is reported with both lines (found by reading the text as YAML,
    which JSON is); ``json.JSONDecodeError`` passes through for malformed text.

    Example:
        >>> load_json('[{"value": NaN, "n": 80.7}]')
        [{'value': 'NaN', 'n': '80.7'}]
    """
    try:
        return json.loads(
            text, object_pairs_hook=_pairs, parse_int=str, parse_float=str, parse_constant=str
        )
    except RecursionError:
        raise StrictError("nested too deeply to be a statements file") from None
    except StrictError:
        try:  # JSON is YAML: the YAML reader knows the lines
            load_yaml(text)
        except (StrictError, yaml.YAMLError, RecursionError) as located:
            if isinstance(located, StrictError) and "written twice" in str(located):
                raise located from None
        raise


class InputError(ValueError):
    """A statements file that cannot be read at all; the message says where and why."""


def utf8(path: Path, data: bytes) -> str:
    """The bytes as text, or an ``InputError`` naming the line of the first bad byte.

    Example:
        >>> utf8(Path("f.csv"), b"a\\n\\xe9\\n")
        Traceback (most recent call last):
        ...
        claimtrack.loaders.InputError: f.csv:2: not UTF-8 text (byte 0xe9); save the file as UTF-8
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None

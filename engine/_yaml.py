"""A strict YAML reader: safe types only, duplicate keys refused, a line for every key.

Dates stay strings (pydantic parses them, with our error messages) and only ``true``/``false``
are booleans, so that the country code ``NO`` stays Norway.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["Lines", "YamlProblem", "load_yaml"]

Path = tuple[str | int, ...]
Lines = dict[Path, int]


class YamlProblem(Exception):
    """Raised with a message and a 1-based line; callers wrap it in their own error."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# libyaml's parser where PyYAML was built with it: ten times faster on the rulebook.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader without timestamps and without YAML 1.1 yes/no/on/off booleans."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _StrictLoader.yaml_implicit_resolvers.setdefault(_first, []).append(
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
    )


def load_yaml(text: str) -> tuple[Any, Lines]:
    """Parse one YAML document; return the data and the line of every key and list entry."""
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        lines: Lines = {}
        data = _build(loader, node, (), lines) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlProblem(f"not valid YAML: {exc.problem or exc}",
                          mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"not valid YAML: {exc}", None) from None
    finally:
        loader.dispose()
    return data, lines


def _build(loader: _StrictLoader, node: yaml.Node, path: Path, lines: Lines) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str | int):
                raise YamlProblem(f"a key must be text, not {type(key).__name__}", line)
            if key in out:
                first = lines.get((*path, key))
                raise YamlProblem(f"duplicate key {key!r} (first at line {first})", line)
            lines[(*path, key)] = line
            out[key] = _build(loader, value_node, (*path, key), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, child in enumerate(node.value):
            lines[(*path, index)] = child.start_mark.line + 1
            items.append(_build(loader, child, (*path, index), lines))
        return items
    return loader.construct_object(node, deep=True)


def line_of(lines: Lines, path: Path) -> int | None:
    """The line of ``path``, or of its nearest parent that has one."""
    probe = tuple(path)
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return None

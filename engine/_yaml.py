"""A strict YAML reader: safe types only, duplicate keys refused, a line for every key.

Dates stay strings (pydantic parses them, with our error messages) and only ``true``/``false``
are booleans, so that the country code ``NO`` stays Norway. Plain values only: a tag other
than text, number, boolean, null, list or mapping (``!!timestamp``, ``!!binary``,
``!!python/object:...``) is refused, and so is an integer of more than ``MAX_INT_DIGITS``
digits. Before anything is built the document is measured as parsed, aliases unexpanded: a
recursive alias, more than ``MAX_ALIASES`` alias uses, aliases that would add more than
``MAX_ALIAS_NODES`` nodes (an alias bomb: 300 bytes can stand for 10^9 nodes), more than
``MAX_NODES`` in all, or nesting deeper than ``MAX_DEPTH`` are refused with the line and key.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["MAX_ALIASES", "MAX_ALIAS_NODES", "MAX_DEPTH", "MAX_INT_DIGITS", "MAX_NODES",
           "Lines", "YamlProblem", "line_of", "load_yaml"]

Path = tuple[str | int, ...]
Lines = dict[Path, int]

# Far above the shipped rules (tens of aliases, 12 levels) and real event batches.
MAX_DEPTH = 64
MAX_ALIASES = 10_000
MAX_ALIAS_NODES = 100_000
MAX_NODES = 5_000_000
MAX_INT_DIGITS = 100

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_TAG + t for t in ("str", "int", "float", "bool", "null"))


class YamlProblem(Exception):
    """Raised with a message, a 1-based line and the dotted key (``rules[0].title``);
    callers wrap it in their own error."""

    def __init__(self, message: str, line: int | None, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.key = key


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
        if node is not None:
            _Measure().node(node, ())
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


def _dotted(path: Path) -> str | None:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or None


def _shown_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


class _Measure:
    """One pass over the parsed document, aliases unexpanded: its size, depth and tags."""

    def __init__(self) -> None:
        self.sizes: dict[int, int] = {}  # node id -> nodes it stands for, aliases expanded
        self.open: set[int] = set()  # nodes being measured (an alias to one is a cycle)
        self.aliases = 0
        self.expanded = 0
        self.total = 0

    def node(self, node: yaml.Node, path: Path) -> int:
        line = node.start_mark.line + 1
        ident = id(node)
        if ident in self.open:
            raise YamlProblem("recursive alias: the node contains itself", line, _dotted(path))
        if ident in self.sizes:  # the composer gives an alias the node it names
            self.aliases += 1
            self.expanded += self.sizes[ident]
            if self.aliases > MAX_ALIASES:
                raise YamlProblem(f"more than {MAX_ALIASES:,} alias uses", line,
                                  _dotted(path))
            if self.expanded > MAX_ALIAS_NODES:
                raise YamlProblem(f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes "
                                  "(an alias bomb?)", line, _dotted(path))
            self._count(self.sizes[ident], line, path)
            return self.sizes[ident]
        if len(path) > MAX_DEPTH:
            raise YamlProblem(f"nested too deep: more than {MAX_DEPTH} levels", line,
                              _dotted(path))
        self._tag(node, line, path)
        self.open.add(ident)
        size = 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlProblem("a key must be text, not a list or mapping",
                                      key_node.start_mark.line + 1, _dotted(path))
                self._tag(key_node, key_node.start_mark.line + 1, path)
                size += 1 + self.node(value_node, (*path, key_node.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                size += self.node(child, (*path, index))
        self.open.discard(ident)
        self.sizes[ident] = size
        self._count(1, line, path)
        return size

    def _count(self, n: int, line: int, path: Path) -> None:
        self.total += n
        if self.total > MAX_NODES:
            raise YamlProblem(f"more than {MAX_NODES:,} nodes in one document", line,
                              _dotted(path))

    @staticmethod
    def _tag(node: yaml.Node, line: int, path: Path) -> None:
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag not in _SCALAR_TAGS:
                raise YamlProblem(f"tag {_shown_tag(tag)} is not allowed: plain text, numbers, "
                                  "true/false and null only", line, _dotted(path))
            if tag == _TAG + "int":
                digits = sum(ch.isdigit() for ch in node.value)
                if digits > MAX_INT_DIGITS:
                    raise YamlProblem(f"integer too large: {digits:,} digits (at most "
                                      f"{MAX_INT_DIGITS})", line, _dotted(path))
        elif tag != _TAG + ("map" if isinstance(node, yaml.MappingNode) else "seq"):
            kind = "mapping" if isinstance(node, yaml.MappingNode) else "list"
            raise YamlProblem(f"tag {_shown_tag(tag)} on a {kind} is not allowed", line,
                              _dotted(path))


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

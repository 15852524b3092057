"""The one YAML loader of hubtools: safe tags only, and bounded work for hostile documents.

A 1 KB "billion laughs" (anchors whose aliases nest) composes into a tiny node graph
but expands into gigabytes as soon as anything walks, copies or serialises the data.
So every document is composed first (libyaml, in C, when available) and its node
graph is checked before any Python object is built: the text size, the number of
alias uses, the nesting depth, cycles, and the size the data would have once every
alias is expanded. A refused document raises `YamlRefused`, a one-line `UserError`
naming the source; syntax errors stay `yaml.YAMLError` for callers to word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from hubtools.errors import UserError

__all__ = ["Limits", "YamlRefused", "compose", "construct", "load"]

_BASE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost. Real cards and specs use a small fraction of each."""

    max_chars: int = 1 << 20  # 1 Mi characters of YAML
    max_aliases: int = 64  # alias uses (`*name`); hand-written metadata needs few or none
    max_depth: int = 64  # nested collections; deeper data breaks recursive readers
    max_expanded: int = 4 << 20  # nodes plus scalar characters once aliases are expanded


DEFAULT_LIMITS = Limits()


class YamlRefused(UserError):
    """The document is too large or too costly to expand; nothing was constructed."""

    def __init__(self, source: str, problem: str, fix: str = "remove anchors/aliases") -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: YAML refused: {problem}; {fix}")


def _check(node: yaml.Node, limits: Limits, source: str) -> None:
    """Walk the node graph once, in document order, and enforce `limits`.

    Composing turns every event but an alias into a fresh node, so an edge to a node
    already reached is an alias use. Expanded sizes are summed bottom-up: a chain of
    anchors is measured without ever being expanded.
    """
    if isinstance(node, yaml.ScalarNode):
        return
    aliases = 0
    size: dict[int, int] = {}  # id(node) -> expanded size, once its subtree is done
    open_ids = {id(node)}  # collections on the current path: an edge back is a cycle
    stack: list[tuple[yaml.Node, Any, int]] = [(node, iter(_children(node)), 1)]
    while stack:
        parent, children, depth = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            open_ids.discard(id(parent))
            total = 1 + sum(size[id(c)] for c in _children(parent))
            if total > limits.max_expanded:
                raise YamlRefused(
                    source, f"it would expand to over {limits.max_expanded:,} values and characters"
                )
            size[id(parent)] = total
            continue
        key = id(child)
        if key in size:
            aliases += 1
            if aliases > limits.max_aliases:
                raise YamlRefused(source, f"it uses more than {limits.max_aliases} aliases")
        elif key in open_ids:
            raise YamlRefused(source, "an alias refers to a collection that contains it")
        elif isinstance(child, yaml.ScalarNode):
            size[key] = 1 + len(child.value)
        elif depth >= limits.max_depth:
            raise YamlRefused(
                source, f"it nests deeper than {limits.max_depth} levels", "flatten it"
            )
        else:
            open_ids.add(key)
            stack.append((child, iter(_children(child)), depth + 1))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


class _CheckedLoader(_BASE_LOADER):
    """The safe loader whose single document is checked between composing and constructing."""

    limits: Limits = DEFAULT_LIMITS
    source: str = "YAML"

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        _check(node, self.limits, self.source)
        return _construct(self, node)


def _guard_size(text: str, limits: Limits, source: str) -> None:
    if len(text) > limits.max_chars:
        raise YamlRefused(
            source, f"{len(text):,} characters, over the {limits.max_chars:,} limit", "shrink it"
        )


def load(text: str, *, source: str = "YAML", limits: Limits = DEFAULT_LIMITS) -> Any:
    """`yaml.safe_load(text)` (C speed when libyaml is there) with `limits` enforced first.

    Raises YamlRefused (a one-line UserError naming `source`) for a refused document and
    yaml.YAMLError for invalid YAML.
    """
    _guard_size(text, limits, source)
    loader = _CheckedLoader(text)
    loader.limits = limits
    loader.source = source
    try:
        return loader.get_single_data()
    except RecursionError:  # the pure-Python composer, on deep nesting
        raise YamlRefused(source, "it nests too deeply", "flatten it") from None
    finally:
        loader.dispose()


def compose(
    text: str, *, source: str = "YAML", limits: Limits = DEFAULT_LIMITS
) -> yaml.Node | None:
    """The checked node graph of `text` (for readers that need line numbers and styles)."""
    _guard_size(text, limits, source)
    loader = _BASE_LOADER(text)
    try:
        node = loader.get_single_node()
    except RecursionError:
        raise YamlRefused(source, "it nests too deeply", "flatten it") from None
    finally:
        loader.dispose()
    if node is not None:
        _check(node, limits, source)
    return node


def construct(node: yaml.Node) -> Any:
    """Python data for a node graph that `compose` checked."""
    return _construct(_BASE_LOADER(""), node)


def _construct(loader: Any, node: yaml.Node) -> Any:
    """Build the data; PyYAML's own slips (a bad `!!timestamp`, Feb 30) become YAML errors."""
    try:
        return loader.construct_document(node)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, AttributeError, OverflowError, KeyError) as err:
        raise yaml.constructor.ConstructorError(
            None, None, f"a value cannot be read ({type(err).__name__})", node.start_mark
        ) from None

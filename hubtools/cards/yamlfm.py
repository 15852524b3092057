"""YAML for cards and specs, emitted by PyYAML's safe dumper, never by pasting strings.

The quoting style is chosen per string so that output is both readable and
unambiguous for every YAML reader (1.1 and 1.2):

* plain only for single-token identifiers and URLs (`en`, `text-generation`,
  `https://...`) that no reader could take for a boolean, number or null;
* double quotes for everything else (`"My dream is"`, `"no"`, `"1.10"`, `"---"`),
  which is also the huggingtweets widget style;
* in spec files, `|` blocks for multi-line text (extra Markdown sections).

PyYAML and libyaml escape characters outside the BMP in double quotes
(`"\\U0001F916"`). Emoji are common in names and prompts, so those escapes are
turned back into the characters and the result is checked by loading it again.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import threading
from collections.abc import Mapping
from typing import Any

import yaml

from hubtools import safe_yaml

__all__ = [
    "FRONT_MATTER_RE",
    "dump_front_matter",
    "dump_yaml",
    "merge_front_matter",
    "split_front_matter",
]

_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9_./:@+=?&%#~-]*")
# Words that some YAML reader resolves to a bool or null (1.1 lists y/n/on/off too).
_TRAP_WORDS = frozenset(
    {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"}
)  # compared case-insensitively
# In a double-quoted scalar: an escaped backslash (kept) or an astral escape (decoded).
_ASTRAL_ESCAPE_RE = re.compile(r"(\\\\)|\\U([0-9A-Fa-f]{8})")
_SPECIAL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")

# Same block rule as huggingface_hub.repocard.REGEX_YAML_BLOCK ("exact same regex as in
# the Hub server"), restated so that reading a card does not import the Hub client.
FRONT_MATTER_RE = re.compile(
    r"^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))"
)


def is_plain_safe(text: str) -> bool:
    """True when `text` may be written unquoted and every YAML reader reads it back as text."""
    return (
        _PLAIN_RE.fullmatch(text) is not None
        and text[-1] != ":"
        and text.lower() not in _TRAP_WORDS
    )


def _str_style(text: str, multiline_block: bool) -> str | None:
    if is_plain_safe(text):
        return None
    if "\n" in text:
        # Literal blocks turn \r, NEL and U+2028 into plain line breaks; those stay quoted.
        block = multiline_block and not _SPECIAL_RE.search(text.replace("\n", ""))
        return "|" if block else '"'
    return '"'


class _FrontMatterDumper(yaml.SafeDumper):
    multiline_block = False


class _SpecDumper(yaml.SafeDumper):
    multiline_block = True


_FAST_DUMPER: Any = None
if getattr(yaml, "__with_libyaml__", False):

    class _CFrontMatterDumper(yaml.CSafeDumper):
        multiline_block = False

    _FAST_DUMPER = _CFrontMatterDumper


def _represent_str(dumper: Any, data: str) -> yaml.Node:
    node: yaml.Node = dumper.represent_scalar(
        _STR_TAG, data, style=_str_style(data, dumper.multiline_block)
    )
    return node


def _represent_tuple(dumper: Any, data: tuple[Any, ...]) -> yaml.Node:
    node: yaml.Node = dumper.represent_list(list(data))
    return node


def _refuse(dumper: Any, data: Any) -> yaml.Node:
    """Sets and bytes would become `!!set`/`!!binary`, which metadata readers do not expect."""
    raise yaml.representer.RepresenterError("cannot represent an object", data)


_DUMPERS: list[Any] = [_FrontMatterDumper, _SpecDumper, *([_FAST_DUMPER] if _FAST_DUMPER else [])]
for _cls in _DUMPERS:
    _cls.ignore_aliases = lambda self, data: True  # repeat values, never `&id001`/`*id001`
    _cls.add_representer(str, _represent_str)
    _cls.add_representer(tuple, _represent_tuple)
    for _kind in (set, frozenset, bytes):
        _cls.add_representer(_kind, _refuse)


class _ReusableDumper:
    """One open libyaml emitter per thread: creating a dumper costs more than dumping a card.

    After a throw-away first document every `represent` writes `---` plus one
    document, which is the front-matter block up to its closing `---`.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def _open(self) -> tuple[Any, io.StringIO]:
        buffer = io.StringIO()
        dumper = _FAST_DUMPER(buffer, **_DUMP_OPTIONS)
        dumper.open()
        dumper.represent(None)
        buffer.seek(0)
        buffer.truncate()
        self._local.state = (dumper, buffer)
        return dumper, buffer

    def block(self, data: dict[str, Any]) -> str:
        state = getattr(self._local, "state", None)
        dumper, buffer = state if state is not None else self._open()
        try:
            dumper.represent(data)
        except BaseException:
            self._local.state = None  # the emitter is mid-document; never reuse it
            raise
        finally:
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        return text


_DUMP_OPTIONS: dict[str, Any] = dict(
    sort_keys=False, allow_unicode=True, default_flow_style=False, width=2**30
)
_REUSABLE = _ReusableDumper() if _FAST_DUMPER is not None else None


def _readable(text: str, data: Any) -> str:
    """`text` with `\\U0001F916` escapes decoded, if it still loads back as `data`."""
    if "\\U" not in text:
        return text
    decoded = _ASTRAL_ESCAPE_RE.sub(lambda m: m.group(1) or chr(int(m.group(2), 16)), text)
    try:
        same = safe_yaml.load(decoded.removeprefix("---\n")) == data
    except (yaml.YAMLError, safe_yaml.YamlRefused):
        same = False
    return decoded if same else text


def dump_yaml(data: Any, *, spec_style: bool = False) -> str:
    """Serialise JSON-like data (plus dates) as block YAML that `yaml.safe_load` reads back exactly.

    `spec_style` writes multi-line strings as `|` blocks (for humans editing spec files);
    otherwise they are double-quoted on one line (front matter).
    """
    if spec_style:
        dumper: type = _SpecDumper
    elif _FAST_DUMPER is not None:
        dumper = _FAST_DUMPER
    else:
        dumper = _FrontMatterDumper
    try:
        text = yaml.dump(data, Dumper=dumper, **_DUMP_OPTIONS)
    except yaml.representer.RepresenterError as err:
        bad = err.args[1] if len(err.args) > 1 else err
        raise TypeError(f"cannot write {type(bad).__name__} value {bad!r} as YAML") from None
    return _readable(text, data)


def merge_front_matter(
    owned: Mapping[str, Any], extra: Mapping[str, Any], order: list[str] | tuple[str, ...] = ()
) -> dict[str, Any]:
    """Combine template-owned keys with the card's other keys, keeping recorded positions.

    Owned keys whose value is None or empty are dropped, so an extra key of the same
    name (for example a hand-written widget) takes their place; otherwise the owned
    value wins. Keys named in `order` (the order a parsed card had) keep that order;
    any other key goes right after the key that precedes it in owned-then-extra order.
    """
    merged: dict[str, Any] = {}
    for key, value in owned.items():
        if value is None or (isinstance(value, list | dict | tuple) and not value):
            continue
        merged[key] = value
    for key, value in extra.items():
        merged.setdefault(key, value)
    if not order:
        return merged
    keys = [k for k in order if k in merged]
    placed = set(keys)
    natural = list(merged)
    for i, key in enumerate(natural):
        if key in placed:
            continue
        pos = 0
        for prev in reversed(natural[:i]):
            if prev in placed:
                pos = keys.index(prev) + 1
                break
        keys.insert(pos, key)
        placed.add(key)
    return {k: merged[k] for k in keys}


def dump_front_matter(data: Mapping[str, Any]) -> str:
    """The `---` block for `data`, or "" when there is nothing to say."""
    if not data:
        return ""
    data = dict(data)
    if _REUSABLE is not None:
        try:
            block = _REUSABLE.block(data)
        except yaml.representer.RepresenterError:
            block = ""  # report it from the path below, with its message
        if block.startswith("---\n"):
            return _readable(block, data) + "---\n"
    return f"---\n{dump_yaml(data)}---\n"


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split a card into (YAML text or None, body, 1-based line where the YAML starts)."""
    match = FRONT_MATTER_RE.search(text)
    if match is None:
        return None, text, 0
    yaml_start = text.count("\n", 0, match.end(1)) + 1
    return match.group(2), text[match.end() :], yaml_start


def json_default(value: Any) -> str:
    """JSON for the YAML scalars JSON lacks (dates), so spec hashes stay stable."""
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-like")

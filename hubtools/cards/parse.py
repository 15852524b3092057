"""Read an existing README.md back into a card spec, keeping what the template does not own.

The steps: repair mojibake (ftfy; not in cards the default template wrote, which are
UTF-8 by construction), split the front matter (the Hub's rule), detect
the layout, read the body with that layout's reader, then keep every front-matter
key and Markdown section the layout does not own, verbatim and in place, so that
regenerating the card loses nothing a person added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import yaml

from hubtools import safe_yaml
from hubtools.cards import values
from hubtools.cards.escape import url_problem
from hubtools.cards.layouts import (
    DEFAULT_MARKER,
    LAYOUT_FRONT_MATTER,
    LAYOUT_SECTIONS,
    BodyData,
    LayoutMismatch,
    detect_layout,
    read_body,
)
from hubtools.cards.mojibake import Unrepaired, repair_text
from hubtools.cards.sections import split_sections
from hubtools.cards.spec import CORE_STATS, HUB_URL, CardSection, CardSpec
from hubtools.cards.yamlfm import split_front_matter
from hubtools.errors import UserError

__all__ = ["DEFAULT_TAGS", "Layout", "ParseResult", "parse_card", "parse_card_file"]

DEFAULT_TAGS = ("text-generation", "hubtools")  # the default template tags every card with

Layout = Literal["huggingtweets", "huggingtweets-legacy", "default", "foreign"]


@dataclass
class ParseResult:
    """The spec read from a card, what could not be repaired, and the layout it had."""

    spec: CardSpec
    unrepaired: list[str]
    layout: Layout
    warnings: list[str] = field(default_factory=list)


def parse_card_file(path: str | Path, *, verify: bool = False) -> ParseResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(f"{path}: cannot read card ({err.strerror}); check the path") from None
    return parse_card(_decode(data, str(path)), source=str(path), verify=verify)


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(
            f"{source}: byte {err.start} is not UTF-8; save the card as UTF-8"
        ) from None


def parse_card(text: str, *, source: str = "README.md", verify: bool = False) -> ParseResult:
    """Parse card text. With `verify`, also re-render it and warn where the result differs."""
    warnings: list[str] = []
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        warnings.append(f"{source}: Windows line endings were read as '\\n'")
    if DEFAULT_MARKER in text:  # hubtools wrote this card as UTF-8; nothing to repair
        fixed, unrepaired = text, list[Unrepaired]()
    else:
        fixed, unrepaired = repair_text(text)
    for item in unrepaired:
        warnings.append(f"{source}:{item.line}: could not repair {item.text!r}; kept as is")
    yaml_text, body, yaml_line = split_front_matter(fixed)
    meta = _load_front_matter(yaml_text, yaml_line, source)
    chunks = split_sections(body)
    sections = {c.title: c.text for c in chunks}
    layout: Layout = detect_layout(body)  # type: ignore[assignment]
    try:
        found = read_body(layout, body, sections)
    except LayoutMismatch as err:
        warnings.append(f"{source}: looks like the {layout} layout but {err}; read as foreign")
        layout = "foreign"
        found = read_body(layout, body, sections)
    warnings.extend(f"{source}: {w}" for w in found.warnings)

    fields, extra = _split_front_matter_keys(meta, layout)
    if layout == "default" and "tags" in fields:
        fields["tags"] = _spec_tags(fields["tags"])
    stated_base = fields.pop("base_model", None)
    base_model = _base_model(stated_base, found)
    owned_titles = LAYOUT_SECTIONS[layout]
    extra_sections: list[CardSection] = []
    anchor: str | None = None
    for index, chunk in enumerate(chunks):
        if chunk.title is not None and chunk.title in owned_titles:
            anchor = chunk.title
        elif index > 0 or (layout == "foreign" and chunk.text.strip()):
            extra_sections.append(CardSection(markdown=chunk.text, after=anchor))
    spec = CardSpec(
        repo_id=found.repo_id or "",
        users=found.users,
        template="default" if layout == "foreign" else layout,
        base_model=base_model,
        hub_url=_hub_url(base_model, found),
        tracking=found.tracking,
        hyperparameters=found.hyperparameters,
        samples=found.samples,
        extra_front_matter=extra,
        front_matter_order=list(meta) if _needs_order(meta, layout, extra) else [],
        extra_sections=extra_sections,
        **fields,
    )
    for i, user in enumerate(spec.users):
        _check_counts(user.stats, f"{source}: users[{i}] (@{user.handle})", warnings)
    if layout == "foreign":
        warnings.append(
            f"{source}: not a layout hubtools renders; front matter and sections were kept, "
            "add repo_id and users before rendering"
        )
    elif verify:
        warnings.extend(_verify(spec, fixed, layout, source))
    unique = list(dict.fromkeys(u.text for u in unrepaired))
    return ParseResult(spec, unique, layout, warnings)


def _spec_tags(shown: list[str]) -> list[str]:
    """The spec's tags of a default card: the shortest list that, with DEFAULT_TAGS appended
    where missing (as the template does), gives the tags shown."""
    for cut in range(len(shown) + 1):
        if all(t in DEFAULT_TAGS for t in shown[cut:]):
            head = shown[:cut]
            if head + [t for t in DEFAULT_TAGS if t not in head] == shown:
                return head
    return shown


def _base_model(stated: str | None, found: BodyData) -> str | None:
    """The front matter's id, else the body's link, else None for a card that says the
    model was trained from a local one, else gpt2 (what huggingtweets always used)."""
    if stated or found.base_model:
        return stated or found.base_model
    return None if found.local_base else "gpt2"


def _hub_url(base_model: str | None, found: BodyData) -> str:
    """The Hub the body links the base model on (`{hub}/{id}`); huggingface.co by default."""
    link = found.base_link
    tail = "/" + quote(base_model, safe="/") if base_model else None
    if link and tail and link.endswith(tail) and url_problem(link[: -len(tail)]) is None:
        return link[: -len(tail)]
    return HUB_URL


def _load_front_matter(yaml_text: str | None, yaml_line: int, source: str) -> dict[str, Any]:
    if yaml_text is None:
        return {}
    try:
        meta = safe_yaml.load(yaml_text, source=f"{source}:{yaml_line}: front matter")
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = yaml_line + mark.line if mark is not None else yaml_line
        problem = getattr(err, "problem", None) or "syntax error"
        raise UserError(
            f"{source}:{line}: front matter is not valid YAML ({problem}); fix the YAML"
        ) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise UserError(
            f"{source}:{yaml_line}: front matter must be a mapping of keys, "
            f"not {type(meta).__name__}; write 'key: value' lines"
        )
    for key in meta:
        if not isinstance(key, str):
            raise UserError(
                f"{source}: front matter key {key!r} is not text (YAML reads unquoted "
                "on/off/yes/no/numbers as other types); quote the key"
            )
    return meta


def _is_texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _split_front_matter_keys(
    meta: dict[str, Any], layout: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Spec fields from the keys this layout owns; every other key, untouched, as extra."""
    owned = LAYOUT_FRONT_MATTER[layout]
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in meta.items():
        if key in owned and _take(key, value, fields, layout):
            continue
        extra[key] = value
    return fields, extra


# Values the default template writes itself; other values stay as extra keys.
_CONSTANT_KEYS = {"library_name": "transformers", "pipeline_tag": "text-generation"}


def _fits(key: str, value: Any) -> bool:
    """Whether `value` has the shape the spec field (and so the template) for `key` holds."""
    if key == "language":
        return isinstance(value, str) or (_is_texts(value) and bool(value))
    if key == "base_model":
        return isinstance(value, str) and bool(value)
    # Optional values the template would link or print: one the spec would refuse stays
    # an extra key, written back verbatim into the metadata and never into the body.
    if key == "license":
        return isinstance(value, str) and values.license_problem(value) is None
    if key == "tags":
        return _is_texts(value) and not any(values.tag_problem(v) for v in value)
    if key == "datasets":
        return _is_texts(value) and not any(values.dataset_problem(v) for v in value)
    if key == "thumbnail":
        return isinstance(value, str) and url_problem(value) is None
    if key == "widget":
        return _is_prompt_list(value) and not any(
            values.prompt_problem(item["text"]) for item in value
        )
    return False


def _take(key: str, value: Any, fields: dict[str, Any], layout: str) -> bool:
    """Store `value` in the spec field for `key` if it has the shape the template writes."""
    if key in _CONSTANT_KEYS:
        return bool(value == _CONSTANT_KEYS[key])
    if key == "model-index" and layout == "default":
        from hubtools.cards.modelindex import eval_results_from_model_index

        fields["eval_results"] = eval_results_from_model_index(value)
        return True
    if not _fits(key, value):
        return False
    fields[key] = [item["text"] for item in value] if key == "widget" else value
    return True


def _is_prompt_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, dict) and list(item) == ["text"] and isinstance(item["text"], str)
        for item in value
    )


def _needs_order(meta: dict[str, Any], layout: str, extra: dict[str, Any]) -> bool:
    """Record the key order only when the template's own order would not reproduce it."""
    owned = LAYOUT_FRONT_MATTER[layout]
    natural = [k for k in owned if k in meta] + [k for k in meta if k not in owned]
    return bool(extra) or list(meta) != natural


def _check_counts(stats: dict[str, int], who: str, warnings: list[str]) -> None:
    if all(k in stats for k in CORE_STATS):
        removed = sum(v for k, v in stats.items() if k not in ("downloaded", "kept"))
        if stats["downloaded"] - removed != stats["kept"]:
            warnings.append(
                f"{who}: kept ({stats['kept']}) is not downloaded minus the other counts "
                f"({stats['downloaded'] - removed}); the counts are kept as published"
            )
    else:
        missing = ", ".join(k for k in CORE_STATS if k not in stats)
        warnings.append(f"{who}: the data table has no {missing}; add them before rendering")


def _verify(spec: CardSpec, fixed: str, layout: str, source: str) -> list[str]:
    """Warn when regenerating would change the card: those edits would not be kept."""
    from hubtools.cards.render import render_card

    try:
        again = render_card(spec, layout)
    except UserError as err:
        return [f"{source}: re-rendering with {layout} fails: {err}"]
    if again == fixed:
        return []
    old, new = fixed.split("\n"), again.split("\n")
    line = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)) - 1,
    )
    was = old[line] if line < len(old) else ""
    now = new[line] if line < len(new) else ""
    return [
        f"{source}:{line + 1}: re-rendering with {layout} changes this line "
        f"(edits inside template sections are not kept): {was[:60]!r} -> {now[:60]!r}"
    ]

"""What a page shows, independent of HTTP: the card header, file rows, and the templates.

Shared by the local Hub's pages and `hubtools card preview`, so a preview is the page
the card will get once published.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
# Inline everything: a page loads nothing from outside (scripts never run, at all).
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' http: https:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
CSP_PREVIEW = CSP.replace("img-src 'self'", "img-src 'self' file:")


@dataclass(frozen=True, slots=True)
class CardHeader:
    """The metadata chips above a card and the widget prompts beside it."""

    pipeline_tag: str | None = None
    library: str | None = None
    license: str | None = None
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    base_models: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)
    widget: list[str] = field(default_factory=list)


def _strings(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str) and v]


def _prompt(item: object) -> str | None:
    if isinstance(item, str):
        return item
    text = item.get("text") if isinstance(item, dict) else None
    if isinstance(text, str):
        return text
    return None


def card_header(meta: dict[str, Any] | None, library_default: str | None = None) -> CardHeader:
    meta = meta or {}
    widget = meta.get("widget")
    prompts = [p for p in map(_prompt, widget if isinstance(widget, list) else []) if p]
    library = meta.get("library_name")
    return CardHeader(
        pipeline_tag=meta.get("pipeline_tag")
        if isinstance(meta.get("pipeline_tag"), str)
        else None,
        library=library if isinstance(library, str) else library_default,
        license=meta.get("license") if isinstance(meta.get("license"), str) else None,
        languages=_strings(meta.get("language")),
        tags=_strings(meta.get("tags")),
        base_models=_strings(meta.get("base_model")),
        datasets=_strings(meta.get("datasets")),
        widget=prompts,
    )


def human_size(size: int) -> str:
    """Bytes as the Hub shows them: `548 Bytes`, `1.2 kB`, `498 MB` (powers of 1000)."""
    if size < 1000:
        return f"{size} Bytes"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.3g} {unit}"
    raise AssertionError("unreachable")


def human_date(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return when.strftime("%Y-%m-%d %H:%M UTC")


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["size"] = human_size
    env.filters["date"] = human_date
    return env


def render_page(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)

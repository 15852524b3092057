"""README front-matter: parsed into `cardData`, and checked the way validate-yaml does."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from hubtools import safe_yaml

# The same block huggingface_hub.repocard recognises.
_FRONT_MATTER = re.compile(r"^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
PIPELINE_TAGS = frozenset(
    [
        "text-generation",
        "text2text-generation",
        "fill-mask",
        "text-classification",
        "token-classification",
        "question-answering",
        "summarization",
        "translation",
        "feature-extraction",
        "sentence-similarity",
        "zero-shot-classification",
        "conversational",
        "image-classification",
        "object-detection",
        "image-segmentation",
        "text-to-image",
        "image-to-text",
        "automatic-speech-recognition",
        "audio-classification",
        "text-to-speech",
        "reinforcement-learning",
        "tabular-classification",
        "tabular-regression",
        "image-text-to-text",
        "any-to-any",
        "other",
    ]
)


class MetadataError(ValueError):
    pass


def front_matter(text: str) -> dict[str, Any] | None:
    """The YAML mapping at the top of a card, None if there is none; MetadataError if broken."""
    match = _FRONT_MATTER.search(text)
    if match is None:
        return None
    try:
        data = safe_yaml.load(match.group(2), source="README.md front matter")
    except safe_yaml.YamlRefused as err:
        raise MetadataError(f"Error parsing YAML metadata: {err}") from None
    except yaml.YAMLError as err:
        raise MetadataError(f"Error parsing YAML metadata: {err}".replace("\n", " ")) from err
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError("YAML metadata must be a mapping (key: value pairs)")
    # JSON-safe: dates and other YAML scalars become strings, as the Hub returns them.
    safe: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return safe


def _str_or_list(meta: dict[str, Any], key: str, errors: list[str]) -> list[str]:
    value = meta.get(key)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v for v in values):
        errors.append(f'"{key}" must be a string or an array of non-empty strings')
        return []
    return values


def validate(text: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) for a README, as the Hub's validate-yaml reports them."""
    try:
        meta = front_matter(text)
    except MetadataError as err:
        return [str(err)], []
    if not meta:
        return [], []
    errors: list[str] = []
    warnings: list[str] = []
    for lang in _str_or_list(meta, "language", errors):
        if not _LANGUAGE.match(lang):
            errors.append(f'"language" must be ISO 639 codes, got {lang!r}')
    _str_or_list(meta, "tags", errors)
    _str_or_list(meta, "datasets", errors)
    _str_or_list(meta, "base_model", errors)
    for key in ("license", "library_name", "pipeline_tag", "thumbnail"):
        if key in meta and not isinstance(meta[key], str):
            errors.append(f'"{key}" must be a string')
    tag = meta.get("pipeline_tag")
    if isinstance(tag, str) and tag not in PIPELINE_TAGS:
        warnings.append(f'"pipeline_tag" {tag!r} is not a known task')
    widget = meta.get("widget")
    if widget is not None and not (
        isinstance(widget, list) and all(isinstance(w, dict) for w in widget)
    ):
        errors.append('"widget" must be an array of objects')
    index = meta.get("model-index")
    if index is not None and not (
        isinstance(index, list) and all(isinstance(m, dict) and "name" in m for m in index)
    ):
        errors.append('"model-index" must be an array of objects with a "name"')
    return errors, warnings

"""The card engine: card specs, Jinja templates, a parser for existing cards, and lint.

Public API (imported lazily, so `render_card` never pays for ftfy or huggingface_hub):

    CardSpec, CardUser, Tracking, CardSection    typed spec (cards/*.yaml)
    render_card(spec, template=None) -> str
    parse_card(text, *, source="README.md", verify=False) -> ParseResult
    parse_card_file(path, *, verify=False) -> ParseResult
    lint_card(data, file="README.md") -> list[Finding]
    lint_files(paths) -> list[Finding]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hubtools.cards.lint import Finding, lint_card, lint_files
    from hubtools.cards.parse import ParseResult, parse_card, parse_card_file
    from hubtools.cards.render import render_card
    from hubtools.cards.spec import CardSection, CardSpec, CardUser, Tracking

_EXPORTS = {
    "CardSpec": "spec",
    "CardUser": "spec",
    "Tracking": "spec",
    "CardSection": "spec",
    "render_card": "render",
    "parse_card": "parse",
    "parse_card_file": "parse",
    "ParseResult": "parse",
    "lint_card": "lint",
    "lint_files": "lint",
    "Finding": "lint",
}

__all__ = [
    "CardSection",
    "CardSpec",
    "CardUser",
    "Finding",
    "ParseResult",
    "Tracking",
    "lint_card",
    "lint_files",
    "parse_card",
    "parse_card_file",
    "render_card",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'hubtools.cards' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"hubtools.cards.{module}"), name)
    globals()[name] = value
    return value

"""Lint: offline findings with line numbers for what the Hub would reject or misread."""

from __future__ import annotations

from pathlib import Path

import ftfy
import pytest
from conftest import EXAMPLE_SPECS

from hubtools.cards.lint import lint_card, lint_files
from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSpec

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT / "fixtures" / "cards" / "examples"


def codes(text: str) -> dict[tuple[int, str], str]:
    """(line, code) -> the most severe finding there."""
    found: dict[tuple[int, str], str] = {}
    for f in lint_card(text.encode("utf-8"), "R.md"):
        if found.get((f.line, f.code)) != "error":
            found[(f.line, f.code)] = f.severity
    return found


@pytest.mark.parametrize("path", EXAMPLE_SPECS, ids=lambda p: p.stem)
@pytest.mark.parametrize("template", ["huggingtweets", "default"])
def test_rendered_cards_are_clean(path, template):
    spec = CardSpec.from_yaml(path)
    findings = lint_card(render_card(spec, template), "R.md")
    errors = [f.format() for f in findings if f.severity == "error"]
    assert errors == []
    if template == "default" and "barackobama" not in path.stem:
        assert [f.code for f in findings] == []


def test_published_examples_warn_about_mojibake_only():
    findings = lint_files(sorted(EXAMPLES.glob("*.md")))
    assert {f.code for f in findings} == {"mojibake", "mojibake-unrepairable"}
    assert all(f.severity == "warning" for f in findings)
    barack = [f for f in findings if "barackobama" in f.file and f.code == "mojibake-unrepairable"]
    assert [f.line for f in barack] == [23, 41, 43]


BAD = """\
---
language: no
license: MIT
"on": push
on: push
version: 1.10
pipeline_tag: text-gen
tags:
thumbnail: /img/x.png
widget:
- txt: hi
- text: 5
language: en
---

<div style="x">
![a](javascript:alert(1))
<img src="rel.png">
```html
<div> inside a fence is fine
```
</span>
"""


@pytest.mark.parametrize(
    ("line", "code", "severity"),
    [
        (2, "yaml11-boolean", "warning"),
        (2, "language-code", "error"),
        (3, "license-id", "error"),
        (5, "yaml11-boolean", "error"),
        (6, "yaml11-number", "warning"),
        (6, "unknown-key", "warning"),
        (7, "pipeline-tag", "error"),
        (8, "empty-value", "warning"),
        (9, "url-relative", "error"),
        (11, "widget-shape", "error"),
        (12, "widget-shape", "error"),
        (13, "duplicate-key", "error"),
        (16, "html-unbalanced", "error"),
        (17, "url-scheme", "error"),
        (18, "url-relative", "warning"),
        (22, "html-unbalanced", "error"),
    ],
)
def test_each_problem_is_found_on_its_line(line, code, severity):
    assert codes(BAD).get((line, code)) == severity


def test_quoted_values_are_not_traps():
    found = codes('---\nlanguage: "no"\n"on": push\nversion: "1.10"\ninference: false\n---\n\nx\n')
    assert not any(code.startswith("yaml11") for _, code in found)
    assert (2, "language-code") not in found


@pytest.mark.parametrize(
    ("front", "code"),
    [
        ("language: en\n  bad: [\n", "yaml-syntax"),
        ("- a\n", "yaml-not-mapping"),
        ("language:\n", "empty-value"),
        ("language: english\n", "language-code"),
        ("language: [en, xx]\n", "language-code"),
        ("license: other\n", "license-other"),
        ("model-index: [{results: [{}]}]\n", "model-index"),
        ("widget: hello\n", "widget-shape"),
        ("widget:\n- messages: hi\n", "widget-shape"),
        ("thumbnail: data:image/png;base64,AA\n", "url-scheme"),
    ],
)
def test_metadata_problems(front, code):
    assert any(c == code for _, c in codes(f"---\n{front}---\n\nbody\n"))


@pytest.mark.parametrize(
    "front", ["language: [en, fr, multilingual]\n", "language: zh-Hant\n", "language: yue\n"]
)
def test_valid_languages(front):
    assert not any(c == "language-code" for _, c in codes(f"---\n{front}---\n\nbody\n"))


def test_no_front_matter_and_size_limits():
    assert codes("just text\n") == {(1, "no-metadata"): "warning"}
    big = "---\nlanguage: en\n---\n\n" + "x" * (200 * 1024) + "\n"
    assert codes(big)[(1, "card-large")] == "warning"
    huge = b"---\nlanguage: en\n---\n\n" + b"x" * (11 * 1024 * 1024)
    assert any(f.code == "card-too-large" and f.severity == "error" for f in lint_card(huge))


def test_not_utf8_and_unreadable(tmp_path):
    (tmp_path / "a.md").write_bytes(b"---\nlanguage: en\n---\n\ncaf\xe9\n")
    findings = lint_files([tmp_path / "a.md", tmp_path / "missing.md"])
    assert [(f.line, f.code) for f in findings] == [(5, "not-utf8"), (0, "unreadable")]


def test_mojibake_in_published_card_is_pointed_at():
    raw = (EXAMPLES / "tdxf20.md").read_text(encoding="utf-8")
    assert codes(raw) == {(22, "mojibake"): "warning"}
    assert codes(ftfy.fix_text(raw)) == {}

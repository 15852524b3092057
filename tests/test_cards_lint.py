"""Lint: findings with line numbers for what the Hub would reject or misread, offline and
with the Hub's facts (existence on the test Hub, the repo's files)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import ftfy
import pytest
from conftest import EXAMPLE_SPECS
from huggingface_hub import HfApi
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from hubtools.cards import lint
from hubtools.cards.lint import lint_card, lint_files
from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSpec
from hubtools.publish.hubfacts import HubFacts

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT / "fixtures" / "cards" / "examples"
_MD = MarkdownIt("commonmark")


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


# --- what only the Hub and the repo know ------------------------------------------------


def _card(front: str, body: str = "body\n") -> bytes:
    return f"---\n{front}---\n\n{body}".encode()


@pytest.fixture(scope="module")
def hub_repos(hub):
    """A base model and a dataset that exist on the test Hub, and an id that does not."""
    api = HfApi()
    tag = uuid.uuid4().hex[:8]
    model, dataset = f"huggingtweets/base-{tag}", f"huggingtweets/posts-{tag}"
    api.create_repo(model)
    api.create_repo(dataset, repo_type="dataset")
    return model, dataset, f"huggingtweets/missing-{tag}"


def test_base_models_and_datasets_must_exist_on_the_hub(hub_repos, clean_hub):
    model, dataset, missing = hub_repos
    facts = HubFacts(HfApi())
    good = _card(f"base_model: {model}\ndatasets:\n- {dataset}\n")
    assert [f for f in lint_card(good, hub=facts) if f.severity == "error"] == []

    bad = _card(f"base_model: {missing}\ndatasets:\n- {dataset}\n- {missing}\n")
    found = {(f.line, f.code): f.severity for f in lint_card(bad, hub=facts)}
    assert found[(2, "base-model-missing")] == "error"
    assert found[(3, "dataset-missing")] == "error"
    # a model is not a dataset: the repo type is part of the question
    swapped = _card(f"base_model: {dataset}\ndatasets:\n- {model}\n")
    assert {f.code for f in lint_card(swapped, hub=facts)} >= {
        "base-model-missing",
        "dataset-missing",
    }
    # each id is asked once per run, however many cards name it
    asked = [r["path"] for r in clean_hub.requests()]
    assert asked.count(f"/api/models/{model}") == 1 and asked.count(f"/api/models/{missing}") == 1


def test_lint_cli_asks_the_configured_hub(hub_repos, tmp_path):
    model, _, missing = hub_repos
    (tmp_path / "ok.md").write_bytes(_card(f"base_model: {model}\n"))
    (tmp_path / "bad.md").write_bytes(_card(f"base_model: {missing}\n"))
    proc = _lint_cli([tmp_path / "ok.md", tmp_path / "bad.md"])
    assert proc.returncode == 1, proc.stderr
    assert f"bad.md:2: error: base-model-missing: base model {missing!r}" in proc.stdout
    assert f"{tmp_path / 'ok.md'}:" not in proc.stdout
    assert "hubtools: warning" not in proc.stderr


def test_unreachable_hub_gives_one_warning_and_checks_format_only(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for i in range(3):
        (tmp_path / f"c{i}.md").write_bytes(
            _card(f"base_model: org/model-{i}\ndatasets:\n- org/data-{i}\n")
        )
    (tmp_path / "format.md").write_bytes(_card("base_model: not/a/model\n"))
    paths = sorted(tmp_path.glob("*.md"))
    proc = _lint_cli(paths, env={"HF_ENDPOINT": f"http://127.0.0.1:{port}"})
    warnings = [line for line in proc.stderr.splitlines() if "hubtools: warning" in line]
    assert len(warnings) == 1, proc.stderr
    assert f"127.0.0.1:{port}" in warnings[0] and "format only" in warnings[0]
    assert "missing" not in proc.stdout
    assert "format.md:2: error: base-model-id-id" not in proc.stdout
    assert "format.md:2: error: base-model-id" in proc.stdout  # the format is still checked
    assert proc.returncode == 1


def _lint_cli(paths, env=None, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "lint", *map(str, paths), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize("code", ["xx", "zzz", "jp", "ua", "en-", "EN"])
def test_language_must_be_an_iso_639_code(code):
    assert codes(f"---\nlanguage: {code}\n---\n\nbody\n").get((2, "language-code")) == "error"


@pytest.mark.parametrize("code", ["de", "deu", "yue", "gsw", "fil", "pt-BR", "es-419", "zh-Hant"])
def test_iso_639_1_and_3_codes_and_tags_built_on_them_pass(code):
    assert (2, "language-code") not in codes(f"---\nlanguage: {code}\n---\n\nbody\n")


@pytest.mark.parametrize(("license", "ok"), [("mit", True), ("llama3.1", True), ("mit-0", False)])
def test_license_must_be_on_the_hubs_list(license, ok):
    assert ((2, "license-id") not in codes(f"---\nlicense: {license}\n---\n\nx\n")) is ok


REPO = lint.RepoFiles(
    has={"predictions.png", "avatars/a.png", "avatars/a b.png"}.__contains__,
    repo_id="org/model",
    endpoint="http://hub.test",
)
IMAGES = """\
---
thumbnail: http://hub.test/org/model/resolve/main/predictions.png
---

![a](avatars/a.png) ![space](avatars/a%20b.png)
![b](avatars/b.png)
<img src="http://hub.test/org/model/resolve/main/avatars/c.png">
<div style="background-image: url(&#39;http://HUB.test/org/Model/resolve/main/avatars/d.png&#39;)"></div>
![elsewhere](http://hub.test/other/repo/resolve/main/e.png) ![old](http://hub.test/org/model/resolve/0a1b2c/f.png)
![up](../../etc/passwd)
![ok](http://hub.test/org/model/resolve/main/avatars/a.png?download=true)
"""


def test_images_linked_into_the_repo_must_be_its_files():
    missing = {f.line: f.message for f in lint_card(IMAGES, repo=REPO) if f.code == "image-missing"}
    assert sorted(missing) == [6, 7, 8, 10]
    assert "'avatars/b.png' is not a file of org/model" in missing[6]
    assert "points outside" in missing[10]
    thumb = "---\nthumbnail: http://hub.test/org/model/resolve/main/nope.png\n---\n\nx\n"
    assert codes_with(thumb, repo=REPO)[(2, "image-missing")] == "error"
    # without the repo's files, nothing is claimed about them
    assert not any(f.code == "image-missing" for f in lint_card(IMAGES))


def codes_with(text: str, **context) -> dict[tuple[int, str], str]:
    return {(f.line, f.code): f.severity for f in lint_card(text, **context)}


def test_lint_files_checks_relative_images_next_to_the_card(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.png").write_bytes(b"png")
    (tmp_path / "README.md").write_text(
        "---\nlicense: mit\n---\n\n![a](img/a.png)\n![b](img/b.png)\n"
    )
    found = [(f.line, f.code) for f in lint_files([tmp_path / "README.md"])]
    assert (6, "image-missing") in found and (5, "image-missing") not in found


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("See [the paper](https://example.org/a_(b)c)d) for more.", "link-early-close"),
        ("[wiki](https://en.wikipedia.org/wiki/Ada_(language)", "link-broken"),
        ("[docs](https://example.org/my docs)", "link-broken"),
        ("![avatar](https://example.org/a.png", "link-broken"),
        ("[x](<https://example.org/a <b>)", "link-broken"),
    ],
)
def test_markdown_that_ends_a_link_early_is_flagged(line, code):
    assert codes(f"---\nlicense: mit\n---\n\n{line}\n").get((5, code)) == "error"


@pytest.mark.parametrize(
    "line",
    [
        "[wiki](https://en.wikipedia.org/wiki/Ada_(language))",
        "(see [docs](https://example.org/a)).",
        '[t](https://example.org/a "a title") and [u](<https://example.org/a b>)',
        "![img](https://example.org/a_(b).png)",
        "`[not](a link)` and ``[nor](this one)``",
        "[![badge](https://example.org/b.svg)](https://example.org)",
    ],
)
def test_well_formed_links_pass(line):
    found = codes(f"---\nlicense: mit\n---\n\n{line}\n")
    assert not any(code.startswith("link-") for _, code in found), found


_URL_CHARS = st.text(alphabet="ab/_.:()%-", min_size=1, max_size=12)


@settings(max_examples=300)
@given(dest=_URL_CHARS, tail=st.sampled_from(["", " and more", ".", "s of text"]))
def test_link_findings_agree_with_a_commonmark_parser(dest, tail):
    """Flagged exactly when markdown-it (CommonMark) does not link to the URL as written,
    except where the text left over starts with punctuation: `(see [x](y)).`, `[x](y):)`,
    `[x](y)(z)` are prose, and look the same as a URL cut short there. (Spaces: above.)"""
    assume(not dest.startswith("("))
    line = f"[t]({dest}){tail}"
    tokens = _MD.parseInline(line)[0].children or []
    hrefs = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    intended = _MD.normalizeLink(dest.strip())
    cuts = [
        k
        for k in range(4, len(line))
        if hrefs and line[k] == ")" and _MD.normalizeLink(line[4:k]) == hrefs[0]
    ]
    leftover = line[cuts[0] + 1 :] if cuts else ""  # the source text after the link as read
    assume(not (hrefs and hrefs[0] != intended and leftover[:1] in tuple("().,;:!?*_-")))
    flagged = any(
        code.startswith("link-") for _, code in codes(f"---\nlicense: mit\n---\n\n{line}\n")
    )
    assert flagged == (hrefs[:1] != [intended]), (line, hrefs, intended)


def test_a_correct_card_has_no_errors_with_hub_and_repo(hub_repos):
    model, dataset, _ = hub_repos
    endpoint = HfApi().endpoint
    card = f"""\
---
language:
- de
- en
license: mit
base_model: {model}
datasets:
- {dataset}
tags:
- text-generation
thumbnail: {endpoint}/huggingtweets/m/resolve/main/predictions.png
---

<div style="background-image: url(&#39;{endpoint}/huggingtweets/m/resolve/main/avatars/a.png&#39;)"></div>

Fine-tuned from [{model}]({endpoint}/{model}) on [posts]({endpoint}/datasets/{dataset}).
"""
    repo = lint.RepoFiles(
        has={"predictions.png", "avatars/a.png"}.__contains__,
        repo_id="huggingtweets/m",
        endpoint=endpoint,
    )
    findings = lint_card(card, hub=HubFacts(HfApi()), repo=repo)
    assert [f.format() for f in findings if f.severity == "error"] == []


def test_lint_cli_repo_option_checks_images_against_the_repos_files(hub_repos, tmp_path):
    model, _, missing = hub_repos
    HfApi().upload_file(path_or_fileobj=b"png", path_in_repo="avatars/a.png", repo_id=model)
    endpoint = HfApi().endpoint
    card = tmp_path / "README.md"
    card.write_text(
        "---\nlicense: mit\n---\n\n![a](avatars/a.png)\n"
        f"![b]({endpoint}/{model}/resolve/main/avatars/b.png)\n"
    )
    proc = _lint_cli([card], None, "--repo", model)
    assert proc.returncode == 1, proc.stderr
    assert [line.split(": ")[2] for line in proc.stdout.splitlines() if ": error: " in line] == [
        "image-missing"
    ]
    assert f"{card}:6: error: image-missing: image 'avatars/b.png'" in proc.stdout
    unknown = _lint_cli([card], None, "--repo", missing)
    assert unknown.returncode == 2 and "cannot list its files" in unknown.stderr

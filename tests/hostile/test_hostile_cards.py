"""Hostile card values: links, HTML and Markdown smuggled in through spec fields and READMEs.

Three walls, each tested on its own: the spec loader refuses a value that does not
have its field's shape (one line naming the field), the templates escape what they
print even when that check is bypassed, and `card lint` reports unsafe values in a
hand-written card. The oracle is independent of the code under test: the stdlib's
`html.parser` for tags and attributes, and markdown-it (CommonMark, every link kept) for
Markdown links.
"""

from __future__ import annotations

import copy
import html
import html.parser
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from fixtures.bounded import assert_one_line, capped, capped_cli
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from hubtools.cards.lint import lint_card
from hubtools.cards.parse import parse_card
from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSection, CardSpec, spec_from_dict
from hubtools.cards.templates import get_template
from hubtools.cards.view import card_context
from hubtools.errors import UserError

TWO_USERS = Path(__file__).resolve().parents[1] / "fixtures" / "cards" / "two-users.yaml"
EVIL_DATASET = "x) [evil](javascript:alert(1)"


def base_data(users: int = 2) -> dict[str, Any]:
    data = yaml.safe_load(TWO_USERS.read_text(encoding="utf-8"))
    data["users"] = data["users"][:users]
    data["repo_id"] = "alice/annoneil-bob_builds" if users == 2 else "alice/bob_builds"
    return data


# --- the independent oracle -----------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DANGER = ("javascript:", "data:", "vbscript:")


def rendered_markdown(card: str) -> str:
    """The card without front matter and fenced code: what renders as Markdown and HTML."""
    if card.startswith("---\n"):
        end = card.find("\n---\n", 3)
        card = card[end + 5 :] if end >= 0 else card
    kept, fence = [], None
    for line in card.split("\n"):
        m = _FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)
        elif (
            fence is not None and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
        ):
            fence = None
        elif fence is None:
            kept.append(line)
    return "\n".join(kept)


def dangerous(url: str) -> bool:
    """A javascript:/data:/vbscript: URL, even with entities, %-escapes, controls or NULs
    (U+FFFD once parsed) inside: stricter than browsers, as an oracle should be."""
    cleaned = "".join(ch for ch in unquote(html.unescape(url)) if ord(ch) > 0x20)
    return cleaned.replace("\ufffd", "").lower().startswith(_DANGER)


# A CommonMark parser (with GFM tables, as the Hub renders cards) that links every URL as
# written: markdown-it's own filter drops javascript: links, other renderers may not.
_COMMONMARK = MarkdownIt("commonmark", {"html": True}).enable("table")
_COMMONMARK.validateLink = lambda url: True


def live_links(card: str) -> list[str]:
    """Every link and image URL in the card as a CommonMark parser renders it."""
    rendered = _COMMONMARK.render(rendered_markdown(card))
    return [v for _, attrs in start_tags(rendered) for k, v in attrs if k in _LINKS and v]


class Tags(html.parser.HTMLParser):
    """Start tags and their attributes. `<![...>` is read up to `>` as a comment, as browsers
    do outside SVG and MathML (Python 3.11's parser raises AssertionError on a malformed one)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag

    def parse_html_declaration(self, i):
        if self.rawdata.startswith("<![", i):
            return self.parse_bogus_comment(i)
        return super().parse_html_declaration(i)


def start_tags(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Tags()
    parser.feed(text)
    parser.close()
    return parser.tags


_CSS_URL = re.compile(r"url\(\s*(?:'|\")?([^'\")]*)")
# What runs code whatever its attributes, or holds a document of its own.
_CODE_TAGS = {"script", "object", "embed", "applet", "base", "meta", "iframe", "frame", "frameset"}
# Attributes a browser loads or follows as a URL.
_LINKS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"}


def _template_shaped(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """The only HTML the templates write: `<div>` with class and style."""
    names = [name for name, _ in attrs]
    return tag == "div" and set(names) <= {"class", "style"} and len(names) == len(set(names))


def assert_no_live_code(card: str, section: str = "") -> None:
    """No script, no event handler, no attribute break-out, no javascript:/data: link.

    The templates write only `<div class style>`; any other tag must be one the hand-written
    `section` holds (the Hub renders harmless HTML such as `<a>` in a card), and no tag may
    run code, whoever wrote it.
    """
    text = rendered_markdown(card)
    assert not re.search(r"<script", text, re.I), "an unescaped <script"
    authored = Counter(tag for tag, _ in start_tags(rendered_markdown(section)))
    for tag, attrs in start_tags(text):
        assert tag not in _CODE_TAGS, f"a <{tag}> tag"
        if not _template_shaped(tag, attrs):
            assert authored[tag] > 0, f"a <{tag} {attrs}> tag the templates never write"
            authored[tag] -= 1
        for name, value in attrs:
            assert not name.startswith("on") and name != "srcdoc", f"<{tag} {name}=...>"
            if name in _LINKS and value:
                assert not dangerous(value), f"<{tag} {name}={value!r}>"
            for url in _CSS_URL.findall(html.unescape(value or "")):
                assert not dangerous(url), url
                if _template_shaped(tag, attrs):
                    assert url == "" or url.startswith(("http://", "https://")), url
    for url in live_links(card):
        assert not dangerous(url), f"a live link to {url!r}"


# --- regressions ----------------------------------------------------------------------


def test_dataset_link_injection_is_refused_at_the_spec_boundary(tmp_path):
    data = base_data()
    data["datasets"] = [EVIL_DATASET]
    with pytest.raises(UserError) as info:
        spec_from_dict(data, source="cards/evil.yaml")
    assert str(info.value).startswith("cards/evil.yaml: datasets[0]: must be a Hub dataset id")
    assert_one_line(str(info.value))

    path = tmp_path / "evil.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    run = capped_cli(["card", "render", str(path)])
    assert run.returncode == 2 and f"{path}: datasets[0]:" in run.stderr
    assert run.stdout == ""


def test_templates_escape_values_even_when_the_spec_check_is_bypassed():
    spec = spec_from_dict(base_data())
    spec.datasets = [EVIL_DATASET]
    spec.base_model = "gpt2) [evil](javascript:alert(1)"
    spec.repo_id = "alice/x'); import os; os.system('id"
    spec.users[0].name = '</div><script>alert(1)</script><div onclick="alert(1)">'
    spec.users[0].avatar_url = "javascript:alert(1)//https://x"
    spec.users[1].avatar_url = "https://x/a.png');background:url('javascript:alert(1)"
    for name in ("default", "huggingtweets"):
        card = get_template(name)[0].render(card_context(spec))  # no check_spec on purpose
        assert_no_live_code(card)
    assert "model='alice/x\\'); import os" in get_template("huggingtweets")[0].render(
        card_context(spec)
    )


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        (("datasets", 0), EVIL_DATASET, "datasets[0]"),
        (("datasets", 0), "a b", "datasets[0]"),
        (("base_model",), "gpt2)[x](javascript:alert(1)", "base_model"),
        (("users", 0, "avatar_url"), "javascript:alert(1)", "users[0].avatar_url"),
        (
            ("users", 0, "avatar_url"),
            "data:image/svg+xml,<svg onload=alert(1)>",
            "users[0].avatar_url",
        ),
        (("users", 0, "avatar_url"), "vbscript:msgbox(1)", "users[0].avatar_url"),
        (("users", 0, "avatar_url"), "https://x/a.png')", "users[0].avatar_url"),
        (("users", 0, "name"), "Ann\x1b[31m", "users[0].name"),
        (("users", 0, "handle"), "ann<script>", "users[0].handle"),
        (("tags", 0), "two words", "tags[0]"),
        (("tags", 0), "tab\there", "tags[0]"),
        (("tags", 0), '"><script>', "tags[0]"),
        (("language",), "en\n<script>", "language"),
        (("language",), "English", "language"),
        (("license",), "mit) [x](javascript:alert(1)", "license"),
        (("widget", 0), "bell\x07", "widget[0]"),
        (("thumbnail",), "javascript:alert(1)", "thumbnail"),
        (("tracking", "report_url"), "javascript:alert(1)", "tracking.report_url"),
        (("repo_id",), "alice/x'); evil('", "repo_id"),
        (
            ("extra_sections",),
            [{"markdown": "## A\n\n[x](javascript:alert(1))\n"}],
            "extra_sections[0].markdown",
        ),
        (
            ("extra_sections",),
            [{"markdown": "## A\n\n<img src=x onerror=alert(1)>\n"}],
            "extra_sections[0].markdown",
        ),
        (
            ("extra_sections",),
            [{"markdown": "## A\n\n<javascript:alert(1)>\n"}],
            "extra_sections[0].markdown",
        ),
        (
            ("extra_sections",),
            [{"markdown": "## A\n\n[x](javascript&#58;alert(1))\n"}],
            "extra_sections[0].markdown",
        ),
    ],
)
def test_each_unsafe_value_is_refused_naming_its_field(path, value, named):
    data = base_data()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(UserError) as info:
        spec_from_dict(data, source="spec.yaml")
    assert str(info.value).startswith(f"spec.yaml: {named}:"), str(info.value)
    assert_one_line(str(info.value))


def test_safe_values_of_every_field_still_load():
    data = base_data()
    data["datasets"] = ["alice/posts", "squad"]
    data["tags"] = ["license:mit", "region:us", "text-generation"]
    data["language"] = ["en", "pt-BR", "multilingual"]
    data["license"] = "apache-2.0"
    data["widget"] = ["Tab\tand\nnewline are fine", "🤖 <b>bold</b> [x](y)"]
    data["extra_sections"] = [
        {"markdown": "## Notes\n\n[docs](https://example.org) `javascript:` in code\n"}
    ]
    spec = spec_from_dict(data)
    assert_no_live_code(render_card(spec, "default"))


HOSTILE_CARD = """---
language: en
base_model: "gpt2) [evil](javascript:alert(1)"
datasets:
- "x) [evil](javascript:alert(1)"
tags:
- two words
---

[click](javascript:alert(1))
[entity](javascript&#58;alert(1))
<javascript:alert(1)>
<a href="javascript:alert(1)">a</a>
<img src="x.png" onerror="alert(1)">
<div style="background-image: url('javascript:alert(1)')"></div>
[ref]: vbscript:msgbox(1)

```
[in a fence](javascript:alert(1)) is code, not a link
```
"""


def test_lint_reports_unsafe_values_in_a_hand_written_card(tmp_path):
    findings = lint_card(HOSTILE_CARD, "README.md")
    by_line: dict[int, set[str]] = {}
    for f in findings:
        if f.severity == "error":
            by_line.setdefault(f.line, set()).add(f.code)
    assert "base-model-id" in by_line[3]
    assert "dataset-id" in by_line[4]
    assert "tag" in by_line[6]
    for line in (10, 11, 12, 16):
        assert "unsafe-link" in by_line.get(line, set()), (line, findings)
    for line in (13, 14, 15):
        assert "unsafe-html" in by_line.get(line, set()), (line, findings)
    assert 19 not in by_line, "a link inside a code fence is code"

    path = tmp_path / "README.md"
    path.write_text(HOSTILE_CARD, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "lint", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "unsafe-link" in run.stdout, run.stderr


def test_parse_keeps_an_unsafe_dataset_as_metadata_and_never_links_it():
    spec = spec_from_dict(base_data())
    card = render_card(spec, "default").replace(
        "- alice/annoneil-bob_builds-posts", f'- "{EVIL_DATASET}"', 1
    )
    parsed = parse_card(card)
    assert parsed.spec.datasets == []
    assert parsed.spec.extra_front_matter["datasets"] == [EVIL_DATASET]
    again = render_card(parsed.spec, "default")
    assert_no_live_code(again)
    assert yaml.safe_load(again.split("---\n")[1])["datasets"] == [EVIL_DATASET]


# --- property tests -------------------------------------------------------------------

FRAGMENTS = [
    "javascript:", "JaVaScRiPt:", "java\tscript:", "data:text/html,", "vbscript:", "alert(1)",
    "(", ")", "[", "]", "![", "](", "<", ">", "</div>", "<script>", '"', "'", "&#39;", "&#58;",
    "&", "|", "`", "```", "\\", "\n", "\n\n", "\r", "\t", "\x00", "\u2028", " onerror=",
    "url(", "https://", "http://x/", "/", "%", "#", "*", "_", "~", "-", " ", "@", "a", "🤖",
]  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=12).map("".join),
)

FIELDS: dict[str, tuple[Any, ...]] = {
    "name": ("users", 0, "name"),
    "avatar_url": ("users", 0, "avatar_url"),
    "handle": ("users", 0, "handle"),
    "tag": ("tags", 0),
    "dataset": ("datasets", 0),
    "language": ("language",),
    "license": ("license",),
    "widget": ("widget", 0),
    "base_model": ("base_model",),
    "thumbnail": ("thumbnail",),
    "repo_id": ("repo_id",),
    "report_url": ("tracking", "report_url"),
    "sample": ("samples", 0),
    "hyper_value": ("hyperparameters", "scheduler"),
}
# Where each field's value shows up again after `card parse` (today's round trips).
ROUND_TRIP = {
    "name": lambda s: s.users[0].name,
    "avatar_url": lambda s: s.users[0].avatar_url,
    "tag": lambda s: s.tags[0],
    "dataset": lambda s: s.datasets[0],
    "language": lambda s: s.language,
    "license": lambda s: s.license,
    "widget": lambda s: s.widget[0],
    "sample": lambda s: s.samples[0],
    "hyper_value": lambda s: s.hyperparameters["scheduler"],
    "report_url": lambda s: s.tracking.report_url,
}


def _set(data: dict, path: tuple, value: Any) -> dict:
    data = copy.deepcopy(data)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


BASES = {1: base_data(1), 2: base_data(2)}


@pytest.mark.parametrize("field", sorted(FIELDS))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(value=hostile_text, extra_key=hostile_text, section=hostile_text)
@example(value="](JAVASCRIPT:", extra_key="", section="")  # raw text in an HTML block: no link
@example(value="", extra_key="", section="<![\n")
def test_any_value_is_refused_or_renders_without_live_code(field, value, extra_key, section):
    for users, template in ((2, "default"), (2, "huggingtweets"), (1, "huggingtweets-legacy")):
        data = _set(BASES[users], FIELDS[field], value)
        data["hyperparameters"][extra_key or "k"] = value  # keys reach a table too
        data["extra_sections"] = [{"markdown": f"## Notes\n\n{section}\n", "after": "About"}]
        out = capped(lambda data=data: spec_from_dict(data, source="spec.yaml"), max_mb=64)
        if out.error is not None:
            assert str(out.error).startswith("spec.yaml: ")
            return
        card = capped(lambda s=out.value, t=template: render_card(s, t), max_mb=64).value
        assert_no_live_code(card, section)
        if template == "default" and field in ROUND_TRIP:
            parsed = parse_card(card).spec
            if "\r" not in value:  # parse reads Windows line endings as "\n" (a warning)
                assert ROUND_TRIP[field](parsed) == value
            assert parsed.users[0].name == out.value.users[0].name


def test_oracle_catches_what_it_must():
    """The oracle itself fails on the injections it exists to find."""
    for bad in (
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT&#58;alert(1))",
        "[x]( java\x00script:alert(1))",
        "<javascript:alert(1)>",
        '<div style="x" onclick="y">',
        '<div style="background-image: url(&#39;data:x&#39;)">',
        "<script>alert(1)</script>",
        "<img src=x>",
    ):
        with pytest.raises(AssertionError):
            assert_no_live_code(bad)
    for bad, section in (
        ('<a href="javascript:x">', '<a href="javascript:x">'),  # written by hand, still code
        ('<iframe srcdoc="&lt;script&gt;">', '<iframe srcdoc="&lt;script&gt;">'),
        ('<a onclick="x">', "<a>"),
        ("<a><a>", "<a>"),  # one more than the section holds: from a template
    ):
        with pytest.raises(AssertionError):
            assert_no_live_code(bad, section)
    assert_no_live_code('<a href="https://x">x</a> <b>y</b>', '<a href="https://x">x</a> <b>y</b>')
    assert_no_live_code("```\n[x](javascript:alert(1))\n```\n\\[x\\](javascript:alert(1))")


@pytest.mark.parametrize("section", ["<SCRIPT", "<script src=x", "text\n<Object"])
def test_an_unfinished_script_tag_in_a_section_is_refused(section):
    """A line opening `<script` without `>` starts a raw HTML block in CommonMark that swallows
    the rest of the card: found by hypothesis with random seeds."""
    data = base_data(2)
    data["extra_sections"] = [{"markdown": f"## Notes\n\n{section}\n", "after": "About"}]
    with pytest.raises(UserError, match=r"^spec\.yaml: extra_sections\[0\]\.markdown: <"):
        spec_from_dict(data, source="spec.yaml")


@pytest.mark.parametrize(
    "section",
    ['<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', "<iframe", "<frameset>"],
)
def test_a_frame_in_a_section_is_refused(section):
    """A frame holds a document of its own (`srcdoc` is HTML, run in the card's origin)."""
    data = base_data(2)
    data["extra_sections"] = [{"markdown": f"## Notes\n\n{section}\n", "after": "About"}]
    with pytest.raises(UserError, match=r"^spec\.yaml: extra_sections\[0\]\.markdown: <"):
        spec_from_dict(data, source="spec.yaml")


@pytest.mark.parametrize("section", ["<![\n", "<![A", "a <![if x]> b", "<![CDATA[x]]>"])
def test_a_marked_section_is_read_as_a_comment_not_a_crash(section):
    """Python 3.11's html.parser raised AssertionError on `<![\n` (found by hypothesis): spec
    check, render and lint now read it as browsers do."""
    data = base_data(2)
    data["extra_sections"] = [{"markdown": f"## Notes\n\n{section}\n", "after": "About"}]
    spec = spec_from_dict(data, source="spec.yaml")
    card = render_card(spec, "default")
    assert_no_live_code(card, section)
    assert [f.code for f in lint_card(card) if f.code.startswith(("html", "unsafe"))] == []


def test_extra_sections_round_trip_unchanged():
    spec = spec_from_dict(base_data())
    spec.extra_sections = [
        CardSection("## Notes\n\n[docs](https://example.org)\n", "Limitations and bias")
    ]
    assert parse_card(render_card(spec, "default")).spec.extra_sections == spec.extra_sections


def test_card_spec_from_yaml_text_names_the_file_for_unsafe_values():
    text = TWO_USERS.read_text(encoding="utf-8").replace(
        "tags: [hubtools, huggingtweets]", 'tags: ["two words"]'
    )
    with pytest.raises(UserError, match=r"^cards/x\.yaml: tags\[0\]: must not contain ' '"):
        CardSpec.from_yaml_text(text, source="cards/x.yaml")


HTML_PIECES = st.sampled_from(
    ["<", ">", "<!", "<![", "<!--", "-->", "]]>", "<?", "</", "<a", "<div", "<x-y", "CDATA[",
     "DOCTYPE", " ", "\n", "=", '"', "'", "a", "if", "&", "#", ";", "/", "[", "]", "-"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(HTML_PIECES, max_size=16).map("".join))
def test_lint_and_the_section_check_read_any_markup_without_crashing(markup):
    """A README or section from a stranger gets findings or a one-line refusal, never an
    exception from the HTML scanner."""
    findings = lint_card(f"---\nlicense: mit\n---\n\n# Card\n\n{markup}\n", "README.md")
    assert all(f.file == "README.md" and "\n" not in f.message for f in findings)
    data = base_data(2)
    data["extra_sections"] = [{"markdown": f"## Notes\n\n{markup}\n", "after": "About"}]
    try:
        spec_from_dict(data, source="spec.yaml")
    except UserError as err:
        assert_one_line(str(err))
        assert str(err).startswith("spec.yaml: ")

"""Escaping: untrusted names and URLs always render as text, checked by independent parsers."""

from __future__ import annotations

import html
import html.parser
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hubtools.cards.escape import (
    css_url,
    fence,
    html_text,
    md_cell,
    md_text,
    md_url,
    parse_table_value,
    py_str,
    table_value,
    unescape_md,
    url_problem,
)

ATTACKS = [
    "</div><script>alert(1)</script>",
    "a | b",
    "a \\| b",
    "\\",
    "x\\",
    "<img src=x onerror=alert(1)>",
    "&lt;not a tag&gt;",
    "&amp;",
    "&#10;",
    "AT&T",
    "Tom & Jerry",
    'O\'Brien "quoted"',
    "line\n\n# heading",
    "cr\r\nlf",
    "[click](javascript:alert(1))",
    "*bold* _it_ `code` ~~s~~ $x$",
    "¯\\_(ツ)_/¯",
    "🤖 AI CYBORG 🤖",
    "ðŸ‡ðŸ‡¹",
    "שלום | עולם",
]
names = st.one_of(st.sampled_from(ATTACKS), st.text())


class _Collect(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        self.tags.append("/" + tag)

    def handle_data(self, data):
        self.text.append(data)


def _gfm_cells(row: str) -> list[str]:
    """Split a table row the way GFM does: `\\x` is one unit, an unescaped `|` ends a cell."""
    cells, current, i = [], "", 0
    while i < len(row):
        if row[i] == "\\" and i + 1 < len(row):
            current += row[i : i + 2]
            i += 2
        elif row[i] == "|":
            cells.append(current)
            current = ""
            i += 1
        else:
            current += row[i]
            i += 1
    cells.append(current)
    return cells[1:-1]


def _commonmark_text(cell: str) -> str:
    """What CommonMark shows for escaped inline text: `\\|` first (GFM), then escapes, entities."""
    cell = cell.replace("\\|", "|")
    out, i = "", 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell) and re.match(r"[!-/:-@\[-`{-~]", cell[i + 1]):
            out += cell[i + 1]
            i += 2
        else:
            j = cell.find("\\", i + 1)
            j = len(cell) if j < 0 else j
            out += html.unescape(cell[i:j])
            i = j
    return out


@settings(max_examples=300, deadline=None)
@given(names)
def test_html_text_is_text_inside_a_div(name):
    markup = f"<div>{html_text(name)}</div>"
    parser = _Collect()
    parser.feed(markup)
    parser.close()
    assert parser.tags == ["div", "/div"]
    assert "".join(parser.text) == name
    assert "\n" not in markup and "\r" not in markup  # cannot end the Markdown HTML block


@settings(max_examples=300, deadline=None)
@given(st.lists(names, min_size=1, max_size=4))
def test_md_cell_keeps_columns_and_text(row_names):
    row = "| Data |" + "".join(f" {md_cell(n)} |" for n in row_names)
    cells = _gfm_cells(row)
    assert len(cells) == len(row_names) + 1
    for cell, name in zip(cells[1:], row_names, strict=True):
        assert _commonmark_text(cell[1:-1]) == name
        assert unescape_md(cell[1:-1]) == name


@settings(max_examples=300, deadline=None)
@given(names)
def test_md_text_has_no_markup_or_line_breaks(name):
    out = md_text(name)
    assert "<" not in out and "\n" not in out and "\r" not in out
    assert re.search(r"(?<!\\)[*_`\[\]~$]", out.replace("\\\\", "")) is None
    assert unescape_md(out) == name


@pytest.mark.parametrize(
    "url",
    [
        "https://evil/x.png'); background: url(javascript:alert(1)); x:('",
        'https://evil/x.png")',
        "https://evil/x.png\\');",
        "https://evil/x.png\nstyle=",
        "https://evil/x.png&#39;)",
        'https://evil/x.png"><script>alert(1)</script>',
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "//evil/x.png",
        "HTTPS://OK.example/x.png",
    ],
)
def test_avatar_url_breakouts_are_rejected_and_neutralised(url):
    safe = str(css_url(url))
    assert not re.search(r"['\"()\\\s<>`]", safe)
    assert safe == "" or safe.lower().startswith(("http://", "https://"))
    style = f"background-image: url(&#39;{safe}&#39;)"
    assert html.unescape(style).count("'") == 2  # the CSS string cannot be closed early
    if url != "HTTPS://OK.example/x.png":
        assert url_problem(url) is not None
    else:
        assert url_problem(url) is None and safe == url


def _percent_decoded(out: str) -> str:
    from urllib.parse import unquote

    return unquote(out)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_css_and_markdown_urls_never_break_out(text):
    """No output can end its context, and an http(s) URL is kept (only percent-encoded where
    it had to be): an escaper that returned "" for everything fails here."""
    for url in (text, "https://host/" + text):
        for out in (html.unescape(str(css_url(url))), md_url(url)):
            assert not re.search(r"['\"()\\\s<>`]", out)
            if re.fullmatch(r"https://host/\S*", url.strip()):  # whitespace inside: refused
                assert out.startswith("https://host/"), (url, out)
                assert _percent_decoded(out) == unquote_safe(url.strip()), (url, out)
            elif url_problem(url) is None:
                assert out == url
            else:
                assert out == "" or out.lower().startswith(("http://", "https://"))


def unquote_safe(url: str) -> str:
    """What the URL reads as once percent-decoded (the original may hold '%' sequences)."""
    from urllib.parse import unquote

    return unquote(url)


def test_valid_urls_pass_through_unchanged():
    url = "https://pbs.twimg.com/profile_images/1192531689060200448/S9KoiehJ_400x400.jpg"
    assert str(css_url(url)) == url and md_url(url) == url
    assert str(css_url("https://x/a?b=1&c=2")) == "https://x/a?b=1&amp;c=2"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_py_str_is_a_python_literal(text):
    import ast

    assert ast.literal_eval(py_str(text)) == text
    assert "\n" not in py_str(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="\r")))
def test_fence_contains_text_whatever_backticks(text):
    block = fence(text)
    ticks = block.split("\n", 1)[0][: -len("text")]
    assert block.endswith("\n" + ticks)
    assert block[len(ticks) + len("text") + 1 : -len(ticks) - 1] == text
    assert ticks not in text


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.sampled_from(["1e-4", "42", "true", "null", " x", "", '"q"', "[1]"]),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
        st.none(),
        st.lists(st.integers(), max_size=3),
    )
)
def test_table_values_keep_their_type(value):
    assume(not isinstance(value, str) or "\r" not in value)
    cell = table_value(value)
    assert "|" not in cell.replace("\\|", "")
    assert parse_table_value(cell) == value
    assert type(parse_table_value(cell)) is type(value)


def test_ordinary_names_are_untouched():
    for name in ["Speedcafe.com", "Formula One World", "O'Brien", "Tom & Jerry", "ðŸ‡ðŸ‡¹"]:
        assert str(html_text(name)) == name
    assert md_cell("Karlous") == "Karlous"

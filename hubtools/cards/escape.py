"""Context-correct escaping of untrusted per-person strings (names, prompts, URLs).

Each function escapes exactly what could change how its context is parsed, and
nothing more, so that ordinary names (`O'Brien`, `Tom & Jerry`) come out byte for
byte as huggingtweets wrote them while `</div><script>` or `a | b` render as text.
Every escape has an inverse in `unescape_*`, used by the card parser.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from markupsafe import Markup

__all__ = [
    "css_url",
    "fence",
    "html_text",
    "md_cell",
    "md_text",
    "md_url",
    "parse_table_value",
    "py_quoted",
    "py_str",
    "safe_http_url",
    "table_value",
    "unescape_html_text",
    "unescape_md",
    "url_path",
    "url_problem",
]

# `&` only starts a character reference when followed by `#` or an alphanumeric.
_AMBIGUOUS_AMP = re.compile(r"&(?=[#A-Za-z0-9])")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~$])")
_MD_CELL_SPECIAL = re.compile(r"([\\`*_\[\]~$|])")
_MD_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BACKTICKS = re.compile(r"`+")
# Characters that could end a CSS url('...'), an HTML attribute or a Markdown link.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f'\"()\\<>`]")
_PY_SQ_SPECIAL = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")
_HTTP_URL = re.compile(r"https?://[^/?#\s]+[^\s]*", re.IGNORECASE)


# Fast path: most names and prompts contain none of the characters any escaper touches.
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]~$|&<\r\n]")


def _newlines(text: str) -> str:
    return text.replace("\r", "&#13;").replace("\n", "&#10;")


def html_text(value: object) -> Markup:
    """Text inside an HTML element: `<` and ambiguous `&` escaped, line breaks as references.

    Line breaks become `&#10;` so a value can never end the Markdown HTML block it sits in.
    """
    text = str(value)
    if not _NEEDS_ESCAPE.search(text):
        return Markup(text)
    text = _AMBIGUOUS_AMP.sub("&amp;", text).replace("<", "&lt;")
    return Markup(_newlines(text))


def unescape_html_text(text: str) -> str:
    return html.unescape(text)


def md_text(value: object) -> str:
    """Text inside a Markdown paragraph: inline markup, raw HTML and line breaks neutralised."""
    return _md_escape(str(value), _MD_SPECIAL)


def md_cell(value: object) -> str:
    """Text inside a Markdown table cell: as `md_text`, plus `|` so columns stay put."""
    return _md_escape(str(value), _MD_CELL_SPECIAL)


def _md_escape(text: str, special: re.Pattern[str]) -> str:
    if not _NEEDS_ESCAPE.search(text):
        return text
    text = special.sub(r"\\\1", text)
    text = _AMBIGUOUS_AMP.sub("&amp;", text).replace("<", "&lt;")
    return _newlines(text)


def table_value(value: object) -> str:
    """A typed value in a table cell; `parse_table_value` gives back the same value and type.

    Text is written as is unless it would read back as something else (a number,
    `true`, quoted text, surrounding spaces); then, like every non-text value, as JSON.
    """
    if isinstance(value, str):
        if value == value.strip() and value and not _is_json(value):
            return md_cell(value)
        return md_cell(json.dumps(value, ensure_ascii=False))
    return md_cell(json.dumps(value, ensure_ascii=False, default=str))


def parse_table_value(cell: str) -> object:
    text = unescape_md(cell)
    try:
        return json.loads(text)
    except ValueError:
        return text


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def unescape_md(text: str) -> str:
    """Inverse of `md_text`/`md_cell` (backslash escapes, then character references)."""
    parts = _MD_UNESCAPE.split(text)
    # split() alternates literal text and escaped characters; only literal text holds references.
    return "".join(html.unescape(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def url_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s) URL safe to place in HTML, CSS or Markdown."""
    if not _HTTP_URL.fullmatch(url):
        return "must be an absolute http:// or https:// URL"
    bad = _URL_UNSAFE.search(url)
    if bad:
        return f"must not contain {bad.group()!r} (percent-encode it)"
    return None


def safe_http_url(value: object) -> str:
    """`value` if it is an http(s) URL, with every break-out character percent-encoded; else ""."""
    url = str(value)
    if not _HTTP_URL.fullmatch(url.strip()):
        return ""
    url = url.strip()
    return _URL_UNSAFE.sub(lambda m: quote(m.group(), safe=""), url)


def css_url(value: object) -> Markup:
    """A URL for `url(&#39;...&#39;)` inside a `style` attribute: http(s) only, no break-out."""
    url = safe_http_url(value)
    return Markup(url.replace("&", "&amp;"))


def md_url(value: object) -> str:
    """A URL for a Markdown link destination `(...)`: http(s) only, no break-out."""
    return safe_http_url(value)


def url_path(value: object) -> str:
    """A path put after a fixed `https://host/`: everything but unreserved characters and
    `/` percent-encoded, so an id can neither end the link nor change its scheme or host."""
    return quote(str(value), safe="/")


def py_quoted(value: object) -> str:
    """The inside of a single-quoted Python literal: backslash, quote and line breaks escaped."""
    text = str(value)
    if not _PY_SQ_SPECIAL.search(text):
        return text
    return json.dumps(text, ensure_ascii=False)[1:-1].replace("'", "\\'")


def py_str(value: object) -> str:
    """A double-quoted Python string literal (JSON string syntax is valid Python)."""
    return json.dumps(str(value), ensure_ascii=False)


def fence(value: object, info: str = "text") -> str:
    """`value` as a fenced code block whose fence is longer than any backtick run inside."""
    text = str(value)
    longest = max((len(m.group()) for m in _BACKTICKS.finditer(text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{info}\n{text}\n{ticks}"

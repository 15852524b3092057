"""The shape of each card value that reaches a link, a table, HTML or metadata.

The spec loader refuses a value that breaks one of these rules (one line naming the
field), the parser leaves such a value as an untouched extra key, and `card lint`
reports it in a hand-written card. Templates escape as well: these rules are the
first wall, not the only one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from hubtools.cards.htmlparser import HTMLParser
from hubtools.cards.hubdata import SPECIAL_LANGUAGES
from hubtools.repo_names import repo_id_problem

__all__ = [
    "UNSAFE_SCHEMES",
    "dataset_problem",
    "language_problem",
    "license_problem",
    "markdown_problem",
    "outside_fences",
    "prompt_problem",
    "tag_problem",
    "unsafe_html",
    "unsafe_markdown_links",
    "url_scheme_unsafe",
]

UNSAFE_SCHEMES = ("javascript", "data", "vbscript")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_LICENSE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")
_TAG_BAD = re.compile(r"[\s\x00-\x1f\x7f-\x9f<>\"'`\\\u2028\u2029\ufeff]")
_PROMPT_BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
# Browsers drop these inside a scheme ("java\tscript:" runs), so the check drops them too.
_SCHEME_NOISE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Markdown link/image destinations, reference definitions and autolinks.
_MD_DEST = re.compile(r"\]\(\s*<?([^)>\s]*)")
_MD_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_MD_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_URL_ATTRS = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "background", "poster", "data"}
    | {"srcset", "cite", "longdesc", "lowsrc", "dynsrc", "ping"}
)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.I)
# Tags that run code, redirect the page or hold a document of their own (an iframe's
# `srcdoc` is HTML run in the card's origin) whatever their URLs; a form is checked by URL.
_DANGEROUS_TAGS = frozenset(
    {"script", "object", "embed", "applet", "base", "meta", "iframe", "frame", "frameset"}
)
# The start of such a tag, even unfinished: a line that opens `<script` with no `>` still
# starts a raw HTML block in CommonMark, and the rest of the card becomes its content.
_DANGEROUS_START = re.compile(
    r"<({})(?![A-Za-z0-9-])".format("|".join(sorted(_DANGEROUS_TAGS))), re.IGNORECASE
)


def dataset_problem(value: str) -> str | None:
    """A dataset is a Hub repo id, `[namespace/]name`, so its link can only go to the Hub."""
    if not value:
        return "must not be empty"
    problem = repo_id_problem(value)
    return f"must be a Hub dataset id like 'user/name': {problem}" if problem else None


def tag_problem(value: str) -> str | None:
    if not value:
        return "must not be empty"
    if len(value) > 128:
        return "must be at most 128 characters"
    bad = _TAG_BAD.search(value)
    if bad:
        return f"must not contain {bad.group()!r} (no spaces, quotes or control characters)"
    return None


def language_problem(value: str) -> str | None:
    if value in SPECIAL_LANGUAGES or _LANG_RE.fullmatch(value):
        return None
    return "must be an ISO 639 code like 'en' or 'pt-BR' (or 'multilingual', 'code')"


def license_problem(value: str) -> str | None:
    if _LICENSE_RE.fullmatch(value):
        return None
    return "must be a Hub license id like 'mit' or 'apache-2.0' (letters, digits, '.', '-', '+')"


def prompt_problem(value: str) -> str | None:
    bad = _PROMPT_BAD.search(value)
    if bad:
        return f"must not contain the control character {bad.group()!r}"
    return None


def url_scheme_unsafe(url: str) -> str | None:
    """The scheme (`javascript`, `data`, `vbscript`) if following `url` would run or embed code."""
    text = _SCHEME_NOISE.sub("", html.unescape(url))
    m = _SCHEME.match(text)
    if m and m.group(1).lower() in UNSAFE_SCHEMES:
        return m.group(1).lower()
    return None


def outside_fences(text: str) -> Iterator[tuple[int, str]]:
    """(0-based line number, line) for each line outside fenced code blocks."""
    fence = None
    for number, line in enumerate(text.split("\n")):
        m = _FENCE_RE.match(line)
        if m:
            marker = m.group(1)
            if fence is None:
                fence = marker
                continue
            if marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
                continue
        if fence is None:
            yield number, line


def unsafe_markdown_links(line: str) -> list[str]:
    """Markdown link targets on one line whose scheme would run code."""
    found = [*_MD_DEST.findall(line), *_MD_REFDEF.findall(line), *_MD_AUTOLINK.findall(line)]
    return [url for url in found if url_scheme_unsafe(url)]


def unsafe_html(tag: str, attrs: list[tuple[str, str | None]]) -> list[str]:
    """What in one HTML start tag could run code: script-like tags, on* handlers, bad URLs."""
    problems = []
    if tag in _DANGEROUS_TAGS:
        problems.append(f"<{tag}> is not allowed in a card")
    for name, value in attrs:
        if name.startswith("on") or name == "srcdoc":
            problems.append(f"<{tag} {name}=...> runs script")
        elif value and name in _URL_ATTRS and url_scheme_unsafe(value):
            problems.append(f"<{tag} {name}> links to a {url_scheme_unsafe(value)}: URL")
        elif value and name == "style":
            for url in _CSS_URL.findall(html.unescape(value)):
                if url_scheme_unsafe(url):
                    problems.append(f"<{tag} style> loads a {url_scheme_unsafe(url)}: URL")
    return problems


class _TagScanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.extend(unsafe_html(tag, attrs))


def markdown_problem(markdown: str) -> str | None:
    """The first thing in hand-written Markdown that would run code when rendered, or None."""
    lines = [line for _, line in outside_fences(markdown)]
    for line in lines:
        for url in unsafe_markdown_links(line):
            return f"links to a {url_scheme_unsafe(url)}: URL ({url[:40]!r}); use http(s) links"
    text = "\n".join(lines)
    scanner = _TagScanner()
    scanner.feed(text)
    scanner.close()
    if scanner.problems:
        return f"{scanner.problems[0]}; remove it"
    unfinished = _DANGEROUS_START.search(text)
    if unfinished:
        return f"<{unfinished.group(1).lower()}> is not allowed in a card; remove it"
    return None

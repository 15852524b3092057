"""Card Markdown to HTML that is safe to show: CommonMark + GFM tables, then an allow-list.

The Hub lets cards carry inline HTML (the huggingtweets avatar block is `div`s with
`class` and `style`), so raw HTML is parsed, then cleaned by nh3 (ammonia): only the
tags, attributes, URL schemes and CSS properties listed here survive. Never kept:
`script`/`style`/`iframe`/`form`..., event handlers (`on*`), and `javascript:`,
`vbscript:` and `data:` URLs -- data: is refused for images too (an SVG data URL is a
document of its own; cards link images by URL or ship them as repo files). Relative
URLs point at the repo's own files (`/{repo}/resolve/{rev}/{path}`), as on the Hub.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import nh3
from markdown_it import MarkdownIt

from hubtools.localhub.metadata import _FRONT_MATTER, MetadataError, front_matter

MAX_CARD_CHARS = 512 * 1024  # beyond this the page links the file instead of rendering it

TAGS = frozenset(nh3.ALLOWED_TAGS) - {"area", "map"}
ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"style", "class", "title", "align", "lang", "dir"},
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "align", "title", "loading"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
STYLE_PROPERTIES = frozenset(
    [
        "display",
        "width",
        "height",
        "min-width",
        "min-height",
        "max-width",
        "max-height",
        "margin",
        "margin-left",
        "margin-right",
        "margin-top",
        "margin-bottom",
        "padding",
        "padding-left",
        "padding-right",
        "padding-top",
        "padding-bottom",
        "border",
        "border-radius",
        "border-color",
        "border-width",
        "border-style",
        "border-collapse",
        "border-top",
        "border-bottom",
        "border-left",
        "border-right",
        "background",
        "background-color",
        "background-image",
        "background-size",
        "background-position",
        "background-repeat",
        "color",
        "opacity",
        "font",
        "font-size",
        "font-weight",
        "font-style",
        "font-family",
        "line-height",
        "letter-spacing",
        "text-align",
        "text-decoration",
        "text-transform",
        "vertical-align",
        "white-space",
        "word-break",
        "flex",
        "flex-direction",
        "flex-wrap",
        "flex-grow",
        "flex-shrink",
        "flex-basis",
        "align-items",
        "align-self",
        "justify-content",
        "gap",
        "object-fit",
        "overflow",
        "list-style-type",
    ]
)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
# A CSS escape or comment could spell a scheme the URL check would not see.
_CSS_SUSPECT = re.compile(r"\\|/\*|expression\s*\(|@import|behavior|binding", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")

_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@dataclass(frozen=True, slots=True)
class CardHtml:
    """A card ready for a page: its front matter and its sanitized body HTML."""

    meta: dict[str, Any] | None
    html: str
    meta_error: str | None = None
    too_large: bool = False


def split_front_matter(text: str) -> str:
    """The card body: everything after the YAML block, or the whole text when there is none."""
    match = _FRONT_MATTER.search(text)
    return text[match.end() :] if match and match.start() == 0 else text


def _is_relative(url: str) -> bool:
    return not _SCHEME.match(url) and not url.startswith(("//", "#", "/"))


def _rewrite(url: str, base: str) -> str:
    """A relative URL (`avatar.png`, `./img/a.png`) as one of the repo's own files."""
    path, sep, rest = url.partition("?") if "?" in url else url.partition("#")
    path = posixpath.normpath(path) if path else path
    if not path or path == "." or path.startswith("../") or path == "..":
        return "" if path.startswith("..") else url  # no way out of the repo
    return base + quote(path, safe="/%") + (sep + rest if sep else "")


def _safe_style(value: str, base: str | None) -> str | None:
    """The style with its url()s checked: http(s), or a repo file; anything else drops it."""
    if _CSS_SUSPECT.search(value):
        return None

    def fix(match: re.Match[str]) -> str:
        url = match.group(2).strip()
        if re.match(r"https?://", url, re.IGNORECASE):
            return f"url('{url}')"
        if base is not None and _is_relative(url) and not url.lower().startswith("data"):
            return f"url('{_rewrite(url, base)}')"
        raise ValueError(url)

    try:
        return _CSS_URL.sub(fix, value) if "url(" in value.lower() else value
    except ValueError:
        return None


def sanitize(html: str, base: str | None = None) -> str:
    """`html` with only the allow-listed markup left; relative URLs under `base` (a prefix)."""

    # A preview's base is the card's folder (file:): its files may be linked, nothing else.
    local = base is not None and base.startswith("file:")

    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        if attr == "style":
            return _safe_style(value, base)
        if attr in ("src", "href") and base is not None and _is_relative(value):
            return _rewrite(value, base)
        if local and value.lower().startswith("file:") and not value.startswith(str(base)):
            return None
        return value

    return nh3.clean(
        html,
        tags=set(TAGS),
        attributes=ATTRIBUTES,
        url_schemes=set(URL_SCHEMES | {"file"}) if local else set(URL_SCHEMES),
        clean_content_tags={"script", "style"},
        filter_style_properties=set(STYLE_PROPERTIES),
        attribute_filter=attribute_filter,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_card(text: str, base: str | None = None) -> CardHtml:
    """A README's front matter and its body as sanitized HTML (relative URLs under `base`)."""
    try:
        meta, error = front_matter(text), None
    except MetadataError as err:
        meta, error = None, str(err)
    body = split_front_matter(text)
    if len(body) > MAX_CARD_CHARS:
        return CardHtml(meta, "", error, too_large=True)
    return CardHtml(meta, sanitize(_md.render(body), base), error)

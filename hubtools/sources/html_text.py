"""Mastodon's post HTML as text: paragraphs and line breaks kept, every tag removed.

Entities (`&amp;`, `&#39;`) are left encoded on purpose: decoding them is a cleaning rule,
applied once to every source in `hubtools.dataset.clean`. Mastodon sanitises post HTML to a
few tags with quoted attributes and escapes `<` in text, so tags can be matched with regexes.
A link's hidden parts (`<span class="invisible">https://</span>`) are text too, so a link
comes out as its full URL, which the URL rule then removes.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</p\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_to_text(content: str) -> str:
    if "<" not in content:
        return content
    text = _BREAK.sub("\n", content)
    text = _PARAGRAPH_END.sub("\n\n", text)
    return _TAG.sub("", text).strip("\n")

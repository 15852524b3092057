"""Split a card body at its `#`/`##` headings and put hand-written sections back in place.

Regenerating a card must not lose what people added to it. The parser keeps every
section whose heading the template does not own, with the title of the template
section it followed; after rendering, `insert_sections` puts each back there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from hubtools.cards.spec import CardSection

__all__ = ["Chunk", "insert_sections", "split_sections"]

_HEADING_RE = re.compile(r"(#{1,2})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|(#{1,2})[ \t]*$")
_FENCE_RE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A heading line and everything up to the next heading; the preamble has title None."""

    title: str | None
    text: str


def _heading_title(line: str) -> str | None:
    m = _HEADING_RE.fullmatch(line.rstrip("\r\n"))
    if m is None:
        return None
    return (m.group(2) or "").strip()


def split_sections(body: str) -> list[Chunk]:
    """Chunks in order; their texts concatenate back to `body` exactly."""
    chunks: list[Chunk] = []
    title: str | None = None
    start = 0
    fence: str | None = None
    pos = 0
    for line in body.splitlines(keepends=True):
        m = _FENCE_RE.match(line)
        if m:
            marker = m.group(1)
            if fence is None:
                fence = marker
            elif (
                marker[0] == fence[0]
                and len(marker) >= len(fence)
                and not line.strip()[len(marker) :]
            ):
                fence = None
        elif fence is None:
            heading = _heading_title(line)
            if heading is not None:
                chunks.append(Chunk(title, body[start:pos]))
                title, start = heading, pos
        pos += len(line)
    chunks.append(Chunk(title, body[start:]))
    return chunks


def _separate(out: list[str]) -> None:
    """Make sure what is written so far ends with a blank line before a new section."""
    if not out:
        return
    tail = out[-1]
    if tail.endswith("\n\n") or not tail:
        return
    out.append("\n" if tail.endswith("\n") else "\n\n")


def insert_sections(body: str, sections: Iterable[CardSection]) -> str:
    """Put each section after the template section titled `after` (unknown titles go last)."""
    sections = list(sections)
    if not sections:
        return body
    chunks = split_sections(body)
    titles = {c.title for c in chunks[1:]}
    by_anchor: dict[str | None, list[str]] = {}
    leftovers: list[str] = []
    for section in sections:
        if section.after is None or section.after in titles:
            by_anchor.setdefault(section.after, []).append(section.markdown)
        else:
            leftovers.append(section.markdown)
    out: list[str] = []
    after_inserted = False
    for index, chunk in enumerate(chunks):
        if after_inserted:
            _separate(out)
        out.append(chunk.text)
        inserted = by_anchor.pop(None if index == 0 else chunk.title, [])
        for markdown in inserted:
            _separate(out)
            out.append(markdown)
        after_inserted = bool(inserted)
    for markdown in leftovers:
        _separate(out)
        out.append(markdown)
    return "".join(out)

"""Repair double-encoded card text with ftfy, and point at what could not be repaired.

Many published cards were UTF-8 read as cp1252 and encoded again (`ðŸ¤–` for 🤖).
Only the encoding is repaired: curly quotes, full-width letters, ligatures and
Unicode normal forms in people's names are left exactly as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy
from ftfy.badness import BADNESS_RE

__all__ = ["Unrepaired", "repair_text"]

_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
# Characters that UTF-8 bytes 0x80-0xFF become when misread as cp1252 or latin-1.
_MOJIBAKE_ALPHABET = set(bytes(range(0x80, 0x100)).decode("latin-1")) | set(
    "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
)
_CHEAP_CHECK = re.compile(r"[\u0080-\u00ff\u0152-\u2122]")


@dataclass(frozen=True, slots=True)
class Unrepaired:
    """A run of text that still looks double-encoded after repair, kept as it is."""

    line: int
    text: str


def _runs(text: str) -> list[tuple[int, int]]:
    """Maximal spans of mojibake-alphabet characters around each suspicious match."""
    spans: list[tuple[int, int]] = []
    for match in BADNESS_RE.finditer(text):
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1] in _MOJIBAKE_ALPHABET:
            start -= 1
        while end < len(text) and text[end] in _MOJIBAKE_ALPHABET:
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def repair_text(text: str) -> tuple[str, list[Unrepaired]]:
    """(repaired text, runs that still look like mojibake with their 1-based line numbers).

    ftfy works line by line anyway; only lines with characters mojibake is made of are
    handed to it, which keeps parsing fast for mostly-ASCII cards.
    """
    if not _CHEAP_CHECK.search(text):
        return text, []
    lines = text.splitlines(keepends=True)
    left: list[Unrepaired] = []
    for number, line in enumerate(lines, start=1):
        if not _CHEAP_CHECK.search(line):
            continue
        fixed = ftfy.fix_text(line, _CONFIG)
        lines[number - 1] = fixed
        for start, end in _runs(fixed):
            if fixed[start:end].strip():
                left.append(Unrepaired(number, fixed[start:end].strip()))
    return "".join(lines), left

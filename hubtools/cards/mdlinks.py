"""Markdown links and images on one line, read the way CommonMark reads their destinations.

A URL with an unbalanced `)` ends the link early (`[a](https://x/a)b)` links to
`https://x/a` and shows `b)` as text), and one with a space or an unclosed `(` is no
link at all: the reader sees the brackets. Lint reports both, and reads image sources
from the same scan, so `![a](https://x/a_(b).png)` is one image, not a cut-off one.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

__all__ = ["MdLink", "scan_links"]

MAX_DEPTH = 32  # CommonMark's limit on nested parentheses in a destination
MAX_TITLE = 1000  # how far a link title is looked through for its end
_TICKS = re.compile(r"`+")
_ANGLE = re.compile(r"[<>]")
_BRACKETS = re.compile(r"[\[\]]")
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# What follows an early `)` when the URL went on: URL-like text, then the real `)`.
_CUT_TAIL = re.compile(r"[^\s()\[\]<>\"'`.,;:!?*_-][^\s\[\]<>\"'`]*\)")
_TITLE_END = {'"': '"', "'": "'", "(": ")"}


@dataclass(frozen=True, slots=True)
class MdLink:
    column: int  # where `](` starts
    image: bool
    destination: str  # as CommonMark reads it (what the link or image points at)
    problem: tuple[str, str] | None = None  # (code, message) when it is not what was written


def scan_links(line: str) -> list[MdLink]:
    """Every `[text](destination ...)` on the line, outside code spans, in order."""
    masked = _mask_code_spans(line)
    found: list[MdLink] = []
    openers = _openers(masked) if "](" in masked else {}
    start = 0
    while (at := masked.find("](", start)) >= 0:
        opener = openers.get(at)
        if opener is None:
            start = at + 2
            continue
        link, end = _destination(masked, at, image=opener > 0 and masked[opener - 1] == "!")
        found.append(link)
        start = max(end, at + 2)
    return found


def _mask_code_spans(line: str) -> str:
    """The line with each code span blanked: a backtick run up to the next run of the same
    length. Linear in the line (no regex backtracking on hostile runs of backticks)."""
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(line)]
    if len(runs) < 2:
        return line
    later: dict[int, deque[int]] = {}
    for index, (begin, end) in enumerate(runs):
        later.setdefault(end - begin, deque()).append(index)
    pieces, kept, index = [], 0, 0
    while index < len(runs):
        begin, end = runs[index]
        same = later[end - begin]
        while same and same[0] <= index:
            same.popleft()
        if not same:
            index += 1
            continue
        close = same.popleft()
        stop = runs[close][1]
        pieces += [line[kept:begin], " " * (stop - begin)]
        kept, index = stop, close + 1
    return "".join([*pieces, line[kept:]])


def _escaped(text: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and text[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _openers(text: str) -> dict[int, int]:
    """For each `]` that closes a `[`, the index of that `[` (one pass, a stack)."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for match in _BRACKETS.finditer(text):
        at = match.start()
        if _escaped(text, at):
            continue
        if match.group() == "[":
            stack.append(at)
        elif stack:
            pairs[at] = stack.pop()
    return pairs


def _destination(text: str, at: int, image: bool) -> tuple[MdLink, int]:
    """Read the destination after `](` at `at`; returns the link and where reading stopped."""
    i = at + 2
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    if i < n and text[i] == "<":  # <...> may hold spaces and parentheses, not < or >
        angle = _ANGLE.search(text, i + 1)
        if angle is None or angle.group() == "<":
            stop = n if angle is None else angle.start()
            return MdLink(at, image, text[i + 1 : stop], _broken(text[i + 1 : stop])), stop
        return MdLink(at, image, text[i + 1 : angle.start()]), angle.end()
    begin, depth = i, 0
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in _PUNCT:
            i += 2
            continue
        if char in " \t" or ord(char) < 0x20:
            break
        if char == "(":
            depth += 1
            if depth > MAX_DEPTH:
                break
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        i += 1
    dest = text[begin:i]
    if i < n and text[i] == ")" and depth == 0:
        tail = _CUT_TAIL.match(text[i + 1 : i + 201])
        problem = None
        if tail is not None:
            problem = (
                "link-early-close",
                f"the link ends at the ')' before {tail.group()[:40]!r}, so it points at "
                f"{dest[:60]!r}; write ')' in the URL as %29, or wrap the URL in <...>",
            )
        return MdLink(at, image, dest, problem), i + 1
    if depth == 0 and _title_then_close(text, i):
        return MdLink(at, image, dest), i
    return MdLink(at, image, dest, _broken(dest)), i


def _title_then_close(text: str, i: int) -> bool:
    """After a destination: optional spaces, an optional title, spaces, then `)`."""
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    if i < n and text[i] in _TITLE_END:
        end = text.find(_TITLE_END[text[i]], i + 1, i + MAX_TITLE)
        if end < 0:
            return False
        i = end + 1
        while i < n and text[i] in " \t":
            i += 1
    return i < n and text[i] == ")"


def _broken(dest: str) -> tuple[str, str]:
    return (
        "link-broken",
        f"not a link: after the URL {dest[:60]!r} Markdown expects ')'; write spaces in "
        "the URL as %20 and unbalanced parentheses as %28/%29",
    )

"""Read the data back out of the body of each card layout hubtools renders.

Each reader is the inverse of one template: it finds the values the template put
in (names, avatars, counts, links) and undoes the template's escaping. A body
that does not have the expected shape raises `LayoutMismatch`, and the parser then
treats the card as foreign rather than guess.
"""

from __future__ import annotations

import difflib
import html
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from hubtools.cards.escape import parse_table_value, unescape_md
from hubtools.cards.spec import CardUser, Tracking, complete_tracking

__all__ = [
    "DEFAULT_MARKER",
    "LAYOUT_FRONT_MATTER",
    "LAYOUT_SECTIONS",
    "BodyData",
    "LayoutMismatch",
    "detect_layout",
    "read_body",
    "split_row",
]

DEFAULT_MARKER = "<!-- hubtools: template=default -->"

# Front-matter keys each layout's template writes (in its order) and section titles it owns.
LAYOUT_FRONT_MATTER: dict[str, tuple[str, ...]] = {
    "huggingtweets": ("language", "thumbnail", "tags", "widget"),
    "huggingtweets-legacy": ("language", "thumbnail", "tags", "widget"),
    "default": (
        "language",
        "license",
        "library_name",
        "base_model",
        "pipeline_tag",
        "tags",
        "datasets",
        "widget",
        "thumbnail",
        "model-index",
    ),
    "foreign": ("language", "license", "base_model", "tags", "datasets", "widget", "thumbnail"),
}
_HUGGINGTWEETS_SECTIONS = frozenset(
    {
        "How does it work?",
        "Training data",
        "Training procedure",
        "How to use",
        "Limitations and bias",
        "About",
    }
)
LAYOUT_SECTIONS: dict[str, frozenset[str]] = {
    "huggingtweets": _HUGGINGTWEETS_SECTIONS,
    "huggingtweets-legacy": _HUGGINGTWEETS_SECTIONS,
    "default": frozenset(
        {
            "How to use",
            "Training data",
            "Training procedure",
            "Evaluation",
            "Sample generations",
            "Limitations and bias",
        }
    ),
    "foreign": frozenset(),
}

_HT_LABELS = {
    "Tweets downloaded": "downloaded",
    "Retweets": "retweets",
    "Short tweets": "short",
    "Tweets kept": "kept",
}
_DEFAULT_LABELS = {
    "Posts downloaded": "downloaded",
    "Reposts dropped": "retweets",
    "Short posts dropped": "short",
    "Posts kept": "kept",
    "Reposts": "retweets",  # cards rendered before the rows said what they count
    "Short posts": "short",
}
_DROPPED = " dropped"

_CURRENT_RE = re.compile(r'<div class="inline-flex flex-col"[^>]*>.*?\bAI (?:BOT|CYBORG)\b', re.S)
_LEGACY_NAME_RE = re.compile(
    r'<div style="margin-top: 8px; font-size: 19px; font-weight: 800">(.*) \U0001F916 AI Bot </div>'
)
_LEGACY_HANDLE_RE = re.compile(r'<div style="font-size: 15px">@(.*) bot</div>')
_LEGACY_AVATAR_RE = re.compile(r"background-image: url\('(.*?)'\)")
_SLOT_RE = re.compile(
    r'<div\s+style="display:(\w+);[^"]*?background-image: url\(&#39;(.*?)&#39;\)">'
)
_NAMES_DIV_RE = re.compile(
    r'<div style="text-align: center; font-size: 16px; font-weight: 800">(.*)</div>'
)
_HANDLE_DIV_RE = re.compile(r'<div style="text-align: center; font-size: 14px;">@(.*)</div>')
_REPORT_RE = re.compile(r"\[W&B report\]\((\S+?)\)")
_DATA_RUN_RE = re.compile(r"\[Explore the data\]\((\S+?)/artifacts\)")
_TRAIN_RUN_RE = re.compile(r"\[W&B training run\]\((\S+?)\)")
_BASE_MODEL_RE = re.compile(r"pre-trained \[[^\]]*\]\(https://huggingface\.co/(\S+?)\)")
_LOCAL_BASE_HT = "is based on a pre-trained local model which"
_DEFAULT_BASE_RE = re.compile(
    r"^This model is \[(?:[^\]\\\n]|\\.)*\]\((https?://[^)\s]+)\) fine-tuned", re.M
)
_LOCAL_BASE_DEFAULT = "This model is a local base model (not published on the Hub) fine-tuned"
_HT_REPO_RE = re.compile(r"model='([^'\n]+)'")
_DEFAULT_REPO_RE = re.compile(r'pipeline\("text-generation", model=("(?:[^"\\\n]|\\.)*")\)')
_FENCE_OPEN_RE = re.compile(r"^(`{3,})text$", re.M)


class LayoutMismatch(Exception):
    """The body has a layout's markers but not its shape."""


@dataclass
class BodyData:
    """What a layout reader found in the body; the parser adds the front matter."""

    users: list[CardUser]
    repo_id: str | None = None
    base_model: str | None = None
    base_link: str | None = None  # the URL the body links the base model with
    local_base: bool = False  # the body says the base model was a local one
    tracking: Tracking = field(default_factory=Tracking)
    hyperparameters: dict[str, Any] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def detect_layout(body: str) -> str:
    if DEFAULT_MARKER in body:
        return "default"
    if _CURRENT_RE.search(body) and "huggingtweets" in body:
        return "huggingtweets"
    if _LEGACY_NAME_RE.search(body) and _LEGACY_HANDLE_RE.search(body):
        return "huggingtweets-legacy"
    return "foreign"


def split_row(line: str) -> list[str]:
    """Cells of a Markdown table row, split at unescaped `|`, one padding space removed."""
    cells, current, i = [], [], 0
    text = line.strip()
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    cells.append("".join(current))
    if cells and cells[0].strip() == "":
        cells = cells[1:]
    if cells and cells[-1].strip() == "":
        cells = cells[:-1]
    return [_unpad(c) for c in cells]


def _unpad(cell: str) -> str:
    if cell.startswith(" "):
        cell = cell[1:]
    if cell.endswith(" "):
        cell = cell[:-1]
    return cell


def _table(body: str, first_cell: str) -> tuple[list[str], list[list[str]]]:
    """(header cells, data rows) of the table whose header starts with `first_cell`."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("|") and split_row(line)[:1] == [first_cell]:
            header = split_row(line)
            if i + 1 >= len(lines) or not re.fullmatch(r"\|( *:?-+:? *\|)+ *", lines[i + 1]):
                raise LayoutMismatch(f"the '{first_cell}' table has no separator row")
            rows = []
            for row in lines[i + 2 :]:
                if not row.startswith("|"):
                    break
                rows.append(split_row(row))
            return header, rows
    raise LayoutMismatch(f"no table starting with '| {first_cell} |'")


def _count(cell: str, where: str) -> int | None:
    text = cell.strip()
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise LayoutMismatch(f"{where}: {text!r} is not a whole number") from None


def _label_key(label: str, labels: dict[str, str]) -> str:
    if label in labels:
        return labels[label]
    if labels is _DEFAULT_LABELS:
        label = label.removesuffix(_DROPPED)
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "count"


def _stats(rows: list[list[str]], n: int, labels: dict[str, str]) -> list[dict[str, int]]:
    stats: list[dict[str, int]] = [{} for _ in range(n)]
    for row in rows:
        if not row:
            continue
        key = _label_key(unescape_md(row[0]), labels)
        for i in range(n):
            value = _count(row[i + 1], f"row {row[0]!r}") if i + 1 < len(row) else None
            if value is not None:
                stats[i][key] = value
    return stats


def _similarity(name: str, handle: str) -> float:
    a = re.sub(r"[^a-z0-9]", "", name.lower())
    b = re.sub(r"[^a-z0-9]", "", handle.lower())
    if not a or not b:
        return 0.0
    score = difflib.SequenceMatcher(None, a, b).ratio()
    if _subsequence(b, a) or _subsequence(a, b):
        score += 0.5
    return score


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def assign_handles(names: list[str], handles: list[str]) -> tuple[list[str], bool]:
    """Which sorted handle belongs to which name: best name/handle match, else reverse order.

    huggingtweets only prints the sorted, joined handles, while names keep the order
    the user typed them. The published examples were typed in reverse alphabetical
    order, which is the tie-break. Returns (handles in name order, confident).
    """
    fallback = sorted(handles, reverse=True)
    if len(names) <= 1:
        return list(handles), True
    if len(names) > 7:
        return fallback, False
    matrix = [[_similarity(name, handle) for handle in handles] for name in names]
    scored = []
    for perm in itertools.permutations(range(len(handles))):
        total = sum(matrix[row][col] for row, col in enumerate(perm))
        chosen = [handles[col] for col in perm]
        scored.append((total, chosen == fallback, chosen))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scored[0]
    confident = len(scored) == 1 or best[0] - scored[1][0] >= 0.3
    return (best[2] if confident else fallback), confident


def _slots(body: str) -> list[str]:
    """Avatar URLs by slot; hidden slots give ''."""
    return [
        html.unescape(url) if display != "none" else "" for display, url in _SLOT_RE.findall(body)
    ]


def _tracking(body: str) -> Tracking:
    def find(pattern: re.Pattern[str]) -> str | None:
        m = pattern.search(body)
        return m.group(1) if m else None

    return complete_tracking(
        Tracking(
            data_run_url=find(_DATA_RUN_RE),
            train_run_url=find(_TRAIN_RUN_RE),
            report_url=find(_REPORT_RE),
        )
    )


def _read_huggingtweets(body: str) -> BodyData:
    header, rows = _table(body, "Data")
    names = [unescape_md(c) for c in header[1:]]
    if not names:
        raise LayoutMismatch("the data table has no user columns")
    width = len(rows[0]) - 1 if rows else len(names)
    names_div = _NAMES_DIV_RE.search(body)
    if len(names) != width and names_div:
        # huggingtweets wrote names unescaped, so a '|' in one split the header row;
        # the avatar block joins the same names with ' & '.
        div_names = html.unescape(names_div.group(1)).split(" & ")
        if len(div_names) == width:
            names = div_names
    handle_div = _HANDLE_DIV_RE.search(body)
    if not handle_div:
        raise LayoutMismatch("no '@handle' line under the avatars")
    joined = html.unescape(handle_div.group(1))
    handles = joined.split("-") if len(names) > 1 else [joined]
    if len(handles) != len(names):
        raise LayoutMismatch(
            f"'@{joined}' names {len(handles)} accounts but the data table has {len(names)}"
        )
    warnings = []
    ordered, confident = assign_handles(names, handles)
    if not confident:
        warnings.append(
            "could not tell which handle belongs to which name; assigned "
            f"{', '.join(f'{n} = @{h}' for n, h in zip(names, ordered, strict=True))}; "
            "check users[].handle"
        )
    slots = _slots(body)
    stats = _stats(rows, len(names), _HT_LABELS)
    repo = _HT_REPO_RE.search(body)
    base = _BASE_MODEL_RE.search(body)
    return BodyData(
        users=[
            CardUser(h, n, slots[i] if i < len(slots) else "", s)
            for i, (h, n, s) in enumerate(zip(ordered, names, stats, strict=True))
        ],
        repo_id=repo.group(1) if repo else f"huggingtweets/{joined}",
        base_model=base.group(1) if base else None,
        local_base=_LOCAL_BASE_HT in body,
        tracking=_tracking(body),
        warnings=warnings,
    )


def _read_legacy(body: str) -> BodyData:
    name = _LEGACY_NAME_RE.search(body)
    handle = _LEGACY_HANDLE_RE.search(body)
    avatar = _LEGACY_AVATAR_RE.search(body)
    if not (name and handle):
        raise LayoutMismatch("no name and '@handle bot' lines")
    header, rows = _table(body, "Data")
    if header[1:] != ["Quantity"]:
        raise LayoutMismatch("the data table is not '| Data | Quantity |'")
    repo = _HT_REPO_RE.search(body)
    base = _BASE_MODEL_RE.search(body)
    user = CardUser(
        handle=html.unescape(handle.group(1)),
        name=html.unescape(name.group(1)),
        avatar_url=html.unescape(avatar.group(1)) if avatar else "",
        stats=_stats(rows, 1, _HT_LABELS)[0],
    )
    return BodyData(
        users=[user],
        repo_id=repo.group(1) if repo else f"huggingtweets/{user.handle}",
        base_model=base.group(1) if base else None,
        local_base=_LOCAL_BASE_HT in body,
        tracking=_tracking(body),
    )


def _read_default(body: str, sections: dict[str | None, str]) -> BodyData:
    header, rows = _table(body, "Data")
    names = [unescape_md(c) for c in header[1:]]
    if not rows or unescape_md(rows[0][0]) != "Handle":
        raise LayoutMismatch("the data table has no 'Handle' row")
    handles = [unescape_md(c).removeprefix("@") for c in rows[0][1:]]
    if len(handles) != len(names):
        raise LayoutMismatch("the 'Handle' row and the table header differ in length")
    slots = _slots(body)
    stats = _stats(rows[1:], len(names), _DEFAULT_LABELS)
    hyper: dict[str, Any] = {}
    if "| Hyperparameter | Value |" in body:
        for row in _table(body, "Hyperparameter")[1]:
            if len(row) >= 2:
                hyper[unescape_md(row[0])] = parse_table_value(row[1])
    repo = _DEFAULT_REPO_RE.search(body)
    base_link = _DEFAULT_BASE_RE.search(body)
    return BodyData(
        users=[
            CardUser(h, n, slots[i] if i < len(slots) else "", s)
            for i, (h, n, s) in enumerate(zip(handles, names, stats, strict=True))
        ],
        repo_id=json.loads(repo.group(1)) if repo else None,
        base_link=base_link.group(1) if base_link else None,
        local_base=_LOCAL_BASE_DEFAULT in body,
        tracking=_tracking(body),
        hyperparameters=hyper,
        samples=_samples(sections.get("Sample generations", "")),
    )


def _samples(section: str) -> list[str]:
    """The fenced blocks of the samples section, each exactly as `fence` wrapped it."""
    samples: list[str] = []
    pos = 0
    while True:
        m = _FENCE_OPEN_RE.search(section, pos)
        if m is None:
            return samples
        closing = "\n" + m.group(1) + "\n"
        end = section.find(closing, m.end())
        if end < 0:
            closing = "\n" + m.group(1)
            end = section.find(closing, m.end())
            if end < 0 or section[end + len(closing) :].strip():
                return samples
        samples.append(section[m.end() + 1 : end])
        pos = end + len(closing)


def read_body(layout: str, body: str, sections: dict[str | None, str]) -> BodyData:
    if layout == "huggingtweets":
        return _read_huggingtweets(body)
    if layout == "huggingtweets-legacy":
        return _read_legacy(body)
    if layout == "default":
        return _read_default(body, sections)
    return BodyData(users=[])

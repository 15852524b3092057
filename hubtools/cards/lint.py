"""Offline checks for what the Hub would reject or misread in a card, with line numbers.

The Hub's own validator needs the network and misses some problems (an empty
`language:` passes, `language: no` silently becomes `false`). These checks run
before any upload: YAML syntax and YAML 1.1 traps, metadata values (languages,
licenses, pipeline tags, widget shape), image URLs, links that Markdown cuts short,
HTML balance and card size. Given a `HubLookup`, base models and datasets must exist on
the Hub; given the repo's files (`RepoFiles`), images linked into the repo must be there.
"""

from __future__ import annotations

import difflib
import html
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import unquote

import yaml

from hubtools import safe_yaml
from hubtools.cards import hubdata, values
from hubtools.cards.htmlparser import HTMLParser
from hubtools.cards.mdlinks import scan_links
from hubtools.cards.mojibake import repair_text
from hubtools.cards.yamlfm import FRONT_MATTER_RE
from hubtools.repo_names import repo_id_problem

__all__ = ["Finding", "HubLookup", "RepoFiles", "lint_card", "lint_files"]

Severity = Literal["error", "warning"]
MAX_CARD_BYTES = 10 * 1024 * 1024  # the Hub refuses non-LFS files above 10 MB
LARGE_CARD_BYTES = 100 * 1024

_BOOL_WORDS = frozenset({"y", "yes", "n", "no", "on", "off", "true", "false"})
_VERSION_LIKE = re.compile(r"\d+\.\d*0")
_OCTAL_LIKE = re.compile(r"0[0-9]+")
_SEXAGESIMAL = re.compile(r"[0-9][0-9_]*(:[0-5]?[0-9])+")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_HTML_IMG_RE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]*)", re.I)
_CSS_URL_RE = re.compile(r"url\(\s*(?:&#39;|&quot;|['\"])?(.*?)(?:&#39;|&quot;|['\"])?\s*\)", re.I)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)


@dataclass(frozen=True, slots=True)
class Finding:
    file: str
    line: int
    severity: Severity
    code: str
    message: str

    def format(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.code}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class HubLookup(Protocol):
    """What the Hub holds: True, False, or None when it cannot be asked (offline)."""

    def exists(self, repo_id: str, repo_type: str) -> bool | None: ...


@dataclass(frozen=True)
class RepoFiles:
    """The files a card's repo holds once the card is committed (`has`), so images linked
    into the repo, relative (`avatars/a.png`) or absolute (`{endpoint}/{repo_id}/resolve/
    main/avatars/a.png`), can be checked. `revisions`: the revisions those files are at."""

    has: Callable[[str], bool]
    repo_id: str | None = None
    endpoint: str | None = None
    revisions: frozenset[str] = field(default_factory=lambda: frozenset({"main"}))


class _Collector:
    def __init__(
        self, file: str, hub: HubLookup | None = None, repo: RepoFiles | None = None
    ) -> None:
        self.file = file
        self.hub = hub
        self.repo = repo
        self.findings: list[Finding] = []

    def error(self, line: int, code: str, message: str) -> None:
        self.findings.append(Finding(self.file, line, "error", code, message))

    def warning(self, line: int, code: str, message: str) -> None:
        self.findings.append(Finding(self.file, line, "warning", code, message))


def lint_files(
    paths: Iterable[str | Path], *, hub: HubLookup | None = None, repo: RepoFiles | None = None
) -> list[Finding]:
    """Findings for each card file. Without `repo`, relative image links are checked
    against the files next to the card (the folder that would be uploaded)."""
    findings: list[Finding] = []
    for name in paths:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as err:
            findings.append(Finding(str(path), 0, "error", "unreadable", err.strerror or str(err)))
            continue
        files = repo or RepoFiles(has=_folder_has(path.parent))
        findings.extend(lint_card(data, str(path), hub=hub, repo=files))
    return findings


def _folder_has(folder: Path) -> Callable[[str], bool]:
    return lambda rel: (folder / rel).is_file()


def lint_card(
    data: bytes | str,
    file: str = "README.md",
    *,
    hub: HubLookup | None = None,
    repo: RepoFiles | None = None,
) -> list[Finding]:
    """All findings for one card, in line order. `hub`: check that base models and
    datasets exist; `repo`: check that images linked into the repo are in it."""
    out = _Collector(file, hub, repo)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_CARD_BYTES:
        out.error(1, "card-too-large", f"{len(raw)} bytes; the Hub refuses files over 10 MB")
    elif len(raw) > LARGE_CARD_BYTES:
        out.warning(1, "card-large", f"{len(raw) // 1024} KiB; cards this large load slowly")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        out.error(line, "not-utf8", "the card is not UTF-8; save it as UTF-8")
        return out.findings
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_mojibake(text, out)
    match = FRONT_MATTER_RE.search(text)
    if match is None:
        out.warning(1, "no-metadata", "no YAML front matter; the Hub shows no metadata")
        body, body_line = text, 1
    else:
        yaml_line = text.count("\n", 0, match.end(1)) + 1
        _check_front_matter(match.group(2), yaml_line, out)
        body, body_line = text[match.end() :], text.count("\n", 0, match.end()) + 1
    _check_body(body, body_line, out)
    return sorted(out.findings, key=lambda f: (f.line, f.severity != "error"))


# --- text ------------------------------------------------------------------------------


def _check_mojibake(text: str, out: _Collector) -> None:
    fixed, unrepaired = repair_text(text)
    if fixed != text:
        bad = [
            i + 1
            for i, (a, b) in enumerate(zip(text.split("\n"), fixed.split("\n"), strict=False))
            if a != b
        ]
        for line in bad[:3]:
            out.warning(
                line,
                "mojibake",
                "text looks double-encoded (UTF-8 read as cp1252); "
                "`hubtools card parse` then `render` repairs it",
            )
    for item in unrepaired[:3]:
        out.warning(
            item.line, "mojibake-unrepairable", f"{item.text!r} looks garbled beyond repair"
        )


# --- front matter ----------------------------------------------------------------------


def _check_front_matter(source: str, first_line: int, out: _Collector) -> None:
    try:
        root = safe_yaml.compose(source, source=f"{out.file}:{first_line}: front matter")
        data = None if root is None else safe_yaml.construct(root)  # bad dates, tags
    except yaml.YAMLError as err:  # a refused document (YamlRefused) is a UserError: no report
        mark = getattr(err, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(err, "problem", None) or "syntax error"
        out.error(line, "yaml-syntax", f"front matter is not valid YAML: {problem}")
        return
    if root is None or data is None:
        out.warning(first_line, "empty-metadata", "the front matter is empty")
        return
    if not isinstance(root, yaml.MappingNode) or not isinstance(data, dict):
        out.error(first_line, "yaml-not-mapping", "front matter must be 'key: value' lines")
        return
    for node in _scalars(root):
        _check_yaml11(node, first_line, out)
    seen: set[str] = set()
    for key_node, value_node in root.value:
        line = first_line + key_node.start_mark.line
        key = _construct(key_node)
        if not isinstance(key, str):
            continue  # reported by the YAML 1.1 check
        if key in seen:
            out.error(line, "duplicate-key", f"{key!r} appears twice; readers keep only one")
        seen.add(key)
        value = _construct(value_node)
        _check_key(key, value, line, first_line, value_node, out)
        if key == "license" and value == "other":
            _check_license_other("license_name" in data, line, out)


def _construct(node: yaml.Node) -> Any:
    return safe_yaml.construct(node)


def _scalars(node: yaml.Node, is_key: bool = False) -> Iterator[tuple[yaml.ScalarNode, bool]]:
    if isinstance(node, yaml.ScalarNode):
        yield node, is_key
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(key, True)
            yield from _scalars(value)


def _check_yaml11(item: tuple[yaml.ScalarNode, bool], first_line: int, out: _Collector) -> None:
    node, is_key = item
    if node.style:  # quoted or block scalars are always text (plain: None, or "" from libyaml)
        return
    line = first_line + node.start_mark.line
    text = node.value
    what = "key" if is_key else "value"
    if text.lower() in _BOOL_WORDS and (is_key or text.lower() not in ("true", "false")):
        severity = out.error if is_key else out.warning
        read = {"tag:yaml.org,2002:bool": "a boolean"}.get(node.tag, "text")
        severity(
            line,
            "yaml11-boolean",
            f"{what} {text} is read as {read} by YAML 1.1 (PyYAML, huggingface_hub) "
            f'but differently by YAML 1.2 readers; quote it: "{text}"',
        )
    elif node.tag == "tag:yaml.org,2002:float" and _VERSION_LIKE.fullmatch(text):
        out.warning(
            line,
            "yaml11-number",
            f"{what} {text} is the number {float(text)!r}, not the text {text!r}; "
            f'quote it if it is a version: "{text}"',
        )
    elif node.tag == "tag:yaml.org,2002:int" and (
        _OCTAL_LIKE.fullmatch(text) or _SEXAGESIMAL.fullmatch(text)
    ):
        value = _construct(node)
        out.warning(
            line,
            "yaml11-number",
            f'{what} {text} is {value} in YAML 1.1 but not in YAML 1.2; quote it: "{text}"',
        )
    elif is_key and node.tag != "tag:yaml.org,2002:str":
        out.error(line, "yaml-key-type", f'key {text} is not text; quote it: "{text}"')


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _check_key(
    key: str, value: Any, line: int, first_line: int, node: yaml.Node, out: _Collector
) -> None:
    if key not in hubdata.KNOWN_KEYS:
        hint = difflib.get_close_matches(key, hubdata.KNOWN_KEYS, n=1)
        fix = f"did you mean {hint[0]!r}?" if hint else "the Hub ignores it"
        out.warning(line, "unknown-key", f"unknown metadata key {key!r}; {fix}")
    if _is_empty(value):
        report = out.error if key in ("language", "license", "pipeline_tag") else out.warning
        report(line, "empty-value", f"{key!r} has no value; set one or remove the key")
        return
    check = _KEY_CHECKS.get(key)
    if check is not None:
        check(value, line, first_line, node, out)


def _texts(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _source_texts(node: yaml.Node) -> list[str]:
    """How each scalar was written, to show `no` rather than the `False` YAML made of it."""
    if isinstance(node, yaml.ScalarNode):
        return [node.value]
    if isinstance(node, yaml.SequenceNode):
        return [n.value if isinstance(n, yaml.ScalarNode) else "?" for n in node.value]
    return []


def _check_language(value: Any, line: int, _f: int, node: yaml.Node, out: _Collector) -> None:
    written = _source_texts(node)
    for i, code in enumerate(_texts(value)):
        if not isinstance(code, str):
            shown = written[i] if i < len(written) else repr(code)
            out.error(
                line,
                "language-code",
                f"language {shown} is read as {code!r}, not as a language code; "
                f'quote it: "{shown}"',
            )
        elif code in hubdata.SPECIAL_LANGUAGES:
            continue
        elif not _LANG_RE.fullmatch(code):
            out.error(line, "language-code", f"{code!r} is not an ISO 639 code like 'en'")
        elif not _known_language(code):
            out.error(
                line,
                "language-code",
                f"{code!r} is not an ISO 639-1 or 639-3 language code "
                "(or a tag built on one, like 'pt-BR')",
            )


def _known_language(code: str) -> bool:
    """ISO 639-1/639-3 languages and BCP 47 tags built on them, from the IANA registry
    that `langcodes` ships (no network; the whole registry, not a hand-kept list)."""
    import langcodes

    return bool(langcodes.tag_is_valid(code))


def _check_license(value: Any, line: int, _f: int, _n: yaml.Node, out: _Collector) -> None:
    if not isinstance(value, str) or value not in hubdata.LICENSES:
        hint = difflib.get_close_matches(str(value).lower(), hubdata.LICENSES, n=1)
        fix = (
            f"did you mean {hint[0]!r}?"
            if hint
            else "use 'other' with license_name and license_link"
        )
        out.error(line, "license-id", f"{value!r} is not a Hub license id; {fix}")


def _check_license_other(data_has_name: bool, line: int, out: _Collector) -> None:
    if not data_has_name:
        out.warning(line, "license-other", "license 'other' needs license_name (and license_link)")


def _check_pipeline(value: Any, line: int, _f: int, _n: yaml.Node, out: _Collector) -> None:
    if not isinstance(value, str) or value not in hubdata.PIPELINE_TAGS:
        hint = difflib.get_close_matches(str(value), hubdata.PIPELINE_TAGS, n=1)
        fix = f"did you mean {hint[0]!r}?" if hint else "see huggingface.co/tasks"
        out.error(line, "pipeline-tag", f"{value!r} is not a Hub pipeline tag; {fix}")


def _check_widget(value: Any, line: int, first: int, node: yaml.Node, out: _Collector) -> None:
    if not isinstance(value, list):
        out.error(line, "widget-shape", "widget must be a list of examples like '- text: ...'")
        return
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    for i, example in enumerate(value):
        at = first + items[i].start_mark.line if i < len(items) else line
        if not isinstance(example, dict):
            out.error(at, "widget-shape", "each widget example must be a mapping like 'text: ...'")
            continue
        if not any(k in example for k in ("text", "messages", "src", "source_sentence", "table")):
            out.error(at, "widget-shape", "widget example has no 'text' (or 'messages', 'src')")
        if "text" in example and not isinstance(example["text"], str):
            out.error(at, "widget-shape", f"widget text {example['text']!r} is not text; quote it")
        messages = example.get("messages")
        if messages is not None and not (
            isinstance(messages, list)
            and all(isinstance(m, dict) and {"role", "content"} <= set(m) for m in messages)
        ):
            out.error(at, "widget-shape", "widget messages must be a list of {role, content}")
        for key in example:
            if key not in hubdata.WIDGET_KEYS:
                out.warning(at, "widget-shape", f"unknown widget key {key!r}")


def _check_thumbnail(value: Any, line: int, _f: int, _n: yaml.Node, out: _Collector) -> None:
    _check_url(str(value), line, out, "thumbnail", required_absolute=True)
    _check_in_repo(str(value), line, out, "thumbnail")


def _model_problem(value: str) -> str | None:
    return "is not a Hub model id" if repo_id_problem(value) else None


def _check_repo_ids(
    repo_type: str, code: str, what: str, problem_of: Callable[[str], str | None]
) -> _KeyCheck:
    """A Hub id (or a list of them) that must be well formed and, when the Hub can be
    asked, exist there: a card must not link to a model or dataset nobody can open."""
    formats = _checked_texts(f"{code}-id", problem_of, what)

    def check(value: Any, line: int, first: int, node: yaml.Node, out: _Collector) -> None:
        before = len(out.findings)
        formats(value, line, first, node, out)
        if out.hub is None or len(out.findings) > before:
            return  # a malformed id is reported as such; only well-formed ones are looked up
        for item in _texts(value):
            if out.hub.exists(item, repo_type) is False:
                where = "datasets/" if repo_type == "dataset" else ""
                out.error(
                    line,
                    f"{code}-missing",
                    f"{what} {item!r} does not exist on the Hub ({where}{item} not found); "
                    "name one that exists or remove it",
                )

    return check


def _check_model_index(value: Any, line: int, _f: int, _n: yaml.Node, out: _Collector) -> None:
    from huggingface_hub.repocard_data import model_index_to_eval_results

    try:
        model_index_to_eval_results(value)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
        out.error(line, "model-index", f"model-index is malformed ({type(err).__name__}: {err})")


def _checked_texts(code: str, problem_of: Callable[[str], str | None], what: str) -> _KeyCheck:
    """A check for text (or a list of text) whose every item must satisfy `problem_of`."""

    def check(value: Any, line: int, _f: int, _n: yaml.Node, out: _Collector) -> None:
        for item in _texts(value):
            if not isinstance(item, str) or not item.strip():
                out.error(line, "metadata-type", f"{item!r} should be non-empty text")
                continue
            problem = problem_of(item)
            if problem:
                out.error(line, code, f"{what} {item[:60]!r} {problem}")

    return check


_KeyCheck = Callable[[Any, int, int, yaml.Node, _Collector], None]

_KEY_CHECKS: dict[str, _KeyCheck] = {
    "language": _check_language,
    "license": _check_license,
    "pipeline_tag": _check_pipeline,
    "tags": _checked_texts("tag", values.tag_problem, "tag"),
    "datasets": _check_repo_ids("dataset", "dataset", "dataset", values.dataset_problem),
    "base_model": _check_repo_ids("model", "base-model", "base model", _model_problem),
    "widget": _check_widget,
    "thumbnail": _check_thumbnail,
    "model-index": _check_model_index,
}


# --- body ------------------------------------------------------------------------------


def _check_url(url: str, line: int, out: _Collector, what: str, required_absolute: bool) -> None:
    lowered = url.strip().lower()
    if lowered.startswith(("http://", "https://")):
        return
    if re.match(r"[a-z][a-z0-9+.-]*:", lowered):
        out.error(line, "url-scheme", f"{what} URL {url!r} is not http(s)")
    elif required_absolute:
        out.error(line, "url-relative", f"{what} URL {url!r} must be absolute (https://...)")
    else:
        out.warning(
            line,
            "url-relative",
            f"{what} URL {url!r} is relative; it breaks in previews and mirrors, use https://...",
        )


def _check_body(body: str, first_line: int, out: _Collector) -> None:
    lines = list(values.outside_fences(body))
    for number, line in lines:
        at = first_line + number
        links = scan_links(line)
        for link in links:
            if link.problem is not None:
                out.error(at, *link.problem)
        images = [link.destination for link in links if link.image]
        for url in images + _HTML_IMG_RE.findall(line):
            if url:
                _check_url(url, at, out, "image", required_absolute=False)
                _check_in_repo(url, at, out, "image")
        for url in _CSS_URL_RE.findall(line):
            if url:  # url('') is how huggingtweets hides an empty avatar slot
                _check_url(url, at, out, "image", required_absolute=False)
                _check_in_repo(url, at, out, "image")
    for number, line in lines:
        for url in values.unsafe_markdown_links(line):
            scheme = values.url_scheme_unsafe(url)
            out.error(
                first_line + number,
                "unsafe-link",
                f"link to a {scheme}: URL {url[:60]!r}; use an http(s) link",
            )
    checker = _HtmlBalance(first_line)
    previous = -1
    for number, line in lines:
        # feed line by line so positions stay right; skipped fenced lines become blank
        checker.feed("\n" * (number - previous - 1) + line + "\n")
        previous = number
    checker.close()
    for at, message in checker.problems:
        out.error(at, "html-unbalanced", message)
    for at, message in checker.unsafe:
        out.error(at, "unsafe-html", f"{message}; the Hub strips it or it runs script")


def _check_in_repo(url: str, line: int, out: _Collector, what: str) -> None:
    """An image linked into the card's own repo must be a file of the repo (or the commit)."""
    if out.repo is None:
        return
    path = _repo_path(html.unescape(url).strip(), out.repo)
    if path is None:
        return
    where = out.repo.repo_id or "the card's folder"
    if path == ".." or path.startswith("../"):
        out.error(line, "image-missing", f"{what} {url[:80]!r} points outside {where}")
    elif not out.repo.has(path):
        out.error(
            line,
            "image-missing",
            f"{what} {path[:80]!r} is not a file of {where}; add it or fix the link",
        )


def _repo_path(url: str, repo: RepoFiles) -> str | None:
    """The repo path an image URL names, or None when it points elsewhere (another site,
    another repo, an older revision) and so cannot be checked against the repo's files."""
    if re.match(r"[a-z][a-z0-9+.-]*:|/|#", url, re.I):
        if not (repo.endpoint and repo.repo_id):
            return None
        prefix = f"{repo.endpoint.rstrip('/')}/{repo.repo_id}/resolve/"
        if not url.lower().startswith(prefix.lower()):
            return None
        revision, _, path = url[len(prefix) :].partition("/")
        if unquote(revision) not in repo.revisions:
            return None
    else:
        path = url
    path = unquote(re.split(r"[?#]", path, maxsplit=1)[0])
    path = posixpath.normpath(path) if path else "."
    return None if path == "." else path


class _HtmlBalance(HTMLParser):
    """Opening and closing tags must pair up, or the Markdown after them renders as HTML."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.stack: list[tuple[str, int]] = []
        self.problems: list[tuple[int, str]] = []
        self.unsafe: list[tuple[int, str]] = []

    def _line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            self.stack.append((tag, self._line()))
        if tag == "script":
            self.problems.append((self._line(), "<script> is removed by the Hub; drop it"))
        self._check_attrs(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_attrs(tag, attrs)

    def _check_attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for problem in values.unsafe_html(tag, attrs):
            if tag != "script":  # reported above
                self.unsafe.append((self._line(), problem))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if not any(t == tag for t, _ in self.stack):
            self.problems.append((self._line(), f"</{tag}> closes nothing"))
            return
        while self.stack:
            open_tag, line = self.stack.pop()
            if open_tag == tag:
                return
            self.problems.append((line, f"<{open_tag}> is not closed before </{tag}>"))

    def close(self) -> None:
        super().close()
        for tag, line in self.stack:
            self.problems.append((line, f"<{tag}> is never closed"))
        self.stack.clear()

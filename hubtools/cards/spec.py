"""The card spec: everything a model card shows, as typed data stored in `cards/*.yaml`.

A spec is plain data (dataclasses, lists, dicts); every template renders from it and
the parser produces it. Loading checks each field and fails with one line naming the
file, the field and the fix, because a spec is hand-edited far more often than code.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hubtools import safe_yaml
from hubtools.cards import values
from hubtools.cards.escape import url_problem
from hubtools.cards.yamlfm import dump_yaml, json_default
from hubtools.errors import UserError
from hubtools.repo_names import repo_id_problem

__all__ = [
    "CORE_STATS",
    "HUB_URL",
    "SPEC_VERSION",
    "CardSection",
    "CardSpec",
    "CardUser",
    "Tracking",
    "check_spec",
    "complete_tracking",
    "spec_from_dict",
]

SPEC_VERSION = 1
HUB_URL = "https://huggingface.co"
CORE_STATS = ("downloaded", "retweets", "short", "kept")
_HANDLE_RE = re.compile(r"[A-Za-z0-9_.]{1,64}")
_COUNTER_RE = re.compile(r"[a-z][a-z0-9_]*")
_WANDB_RUN_RE = re.compile(r"https://wandb\.ai/([^/\s]+)/([^/\s]+)/runs/([^/\s?#]+)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(slots=True)
class CardUser:
    """One person the model was trained on, in the order the user gave them."""

    handle: str
    name: str
    avatar_url: str = ""
    stats: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Tracking:
    """Experiment-tracking links (W&B). URLs are derived from ids when not given."""

    wandb_entity: str | None = None
    wandb_project: str | None = None
    data_run_id: str | None = None
    data_run_url: str | None = None
    train_run_id: str | None = None
    train_run_url: str | None = None
    report_url: str | None = None

    def __post_init__(self) -> None:
        complete_tracking(self)  # one canonical form, so equal links give equal spec hashes


@dataclass(slots=True)
class CardSection:
    """A Markdown section the template does not own, kept verbatim for regeneration.

    `markdown` starts with its heading line; `after` is the title of the template
    section it followed (None: before the first one).
    """

    markdown: str
    after: str | None = None


@dataclass(slots=True)
class CardSpec:
    """Everything a card shows. Field order is the order of `cards/*.yaml`."""

    repo_id: str
    users: list[CardUser]
    template: str = "default"
    base_model: str | None = "gpt2"  # None: trained from a local model that is on no Hub
    language: str | list[str] = "en"
    license: str | None = None
    tags: list[str] = field(default_factory=list)
    widget: list[str] = field(default_factory=list)
    thumbnail: str | None = None
    datasets: list[str] = field(default_factory=list)
    tracking: Tracking = field(default_factory=Tracking)
    hyperparameters: dict[str, Any] = field(default_factory=dict)
    eval_results: dict[str, float] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)
    extra_front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_order: list[str] = field(default_factory=list)
    extra_sections: list[CardSection] = field(default_factory=list)
    hub_url: str = HUB_URL  # where the card's links to Hub models and datasets point

    @property
    def handles(self) -> list[str]:
        return [u.handle for u in self.users]

    @property
    def joined_handles(self) -> str:
        """The huggingtweets repo name: handles sorted (case-insensitively) and joined by '-'."""
        return "-".join(sorted(self.handles, key=lambda h: (h.lower(), h)))

    def to_dict(self) -> dict[str, Any]:
        """Plain data in field order, with `spec_version` first (the YAML file layout)."""
        data = dataclasses.asdict(self)
        if data["hub_url"] == HUB_URL:
            del data["hub_url"]  # the default is left out, so older specs keep their hash
        return {"spec_version": SPEC_VERSION, **data}

    def to_yaml(self) -> str:
        return dump_yaml(self.to_dict(), spec_style=True)

    def spec_hash(self) -> str:
        """sha256 of compact JSON of `to_dict()`: the same whatever the YAML formatting.

        Key order is kept, not sorted: the order of hyperparameters or extra keys shows
        in the card, so two specs that render differently never share a hash.
        """
        canonical = json.dumps(
            self.to_dict(),
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
            default=json_default,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "spec") -> CardSpec:
        return spec_from_dict(data, source=source)

    @classmethod
    def from_yaml_text(cls, text: str, *, source: str = "spec") -> CardSpec:
        try:
            data = safe_yaml.load(text, source=source)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            problem = getattr(err, "problem", None) or str(err)
            raise UserError(
                f"{source}: {where}not valid YAML ({problem}); fix the YAML syntax"
            ) from None
        return spec_from_dict(data, source=source)

    @classmethod
    def from_yaml(cls, path: str | Path) -> CardSpec:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise UserError(f"{path}: no such spec file; check the path") from None
        except UnicodeDecodeError:
            raise UserError(f"{path}: not UTF-8 text; save the spec as UTF-8") from None
        except OSError as err:
            raise UserError(f"{path}: cannot read spec ({err.strerror})") from None
        return cls.from_yaml_text(text, source=str(path))


# --- loading -------------------------------------------------------------------------


class _Reader:
    """Typed field access that turns every mistake into `source: field: problem; fix`."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> UserError:
        return UserError(f"{self.source}: {where}: {problem}")

    def mapping(
        self, value: Any, where: str, known: tuple[str, ...] | None = None
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, got {_describe(value)}")
        for key in value:
            if not isinstance(key, str):
                raise self.fail(where, f"key {key!r} must be a string; quote it")
            if known is not None and key not in known:
                hint = difflib.get_close_matches(key, known, n=1)
                fix = (
                    f"did you mean {hint[0]!r}?" if hint else f"expected one of {', '.join(known)}"
                )
                raise self.fail(f"{where}.{key}" if where else key, f"unknown field; {fix}")
        return value

    def text(self, value: Any, where: str, *, optional: bool = False, empty: bool = True) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(where, f"expected text, got {_describe(value)}{_quote_hint(value)}")
        if not empty and not value.strip():
            raise self.fail(where, "must not be empty")
        return value

    def texts(self, value: Any, where: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list of text, got {_describe(value)}")
        return [self.text(v, f"{where}[{i}]") for i, v in enumerate(value)]

    def url(self, value: Any, where: str, *, optional: bool = True, empty: bool = False) -> Any:
        value = self.text(value, where, optional=optional)
        if value is None or (empty and value == ""):
            return value
        problem = url_problem(value)
        if problem:
            raise self.fail(where, f"{problem}; got {value!r}")
        return value

    def integer(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"expected a whole number, got {_describe(value)}")
        return value

    def number(self, value: Any, where: str) -> float | int:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"expected a number, got {_describe(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(where, "must be a finite number")
        return value

    def plain_data(self, value: Any, where: str) -> Any:
        """JSON-like data (plus YAML dates), so any front-matter value survives a round trip."""
        if value is None or isinstance(value, str | bool | int | _dt.date):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                raise self.fail(where, "must be a finite number")
            return value
        if isinstance(value, list):
            return [self.plain_data(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            self.mapping(value, where)
            return {k: self.plain_data(v, f"{where}.{k}") for k, v in value.items()}
        raise self.fail(where, f"unsupported value {_describe(value)}")


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value!r}"
    return f"{type(value).__name__} {value!r}"


def _quote_hint(value: Any) -> str:
    """YAML 1.1 reads `no`, `on`, `1.10` as booleans/numbers; say how to keep them text."""
    if isinstance(value, bool | int | float | _dt.date):
        return " (YAML reads unquoted no/yes/on/off/numbers/dates as non-text; put it in quotes)"
    return ""


_SPEC_KEYS = tuple(f.name for f in dataclasses.fields(CardSpec))
_USER_KEYS = tuple(f.name for f in dataclasses.fields(CardUser))
_TRACKING_KEYS = tuple(f.name for f in dataclasses.fields(Tracking))
_SECTION_KEYS = tuple(f.name for f in dataclasses.fields(CardSection))


def _read_user(r: _Reader, raw: Any, where: str, require_stats: bool = True) -> CardUser:
    raw = r.mapping(raw, where, _USER_KEYS)
    for key in ("handle", "name", "stats") if require_stats else ("handle", "name"):
        if key not in raw:
            raise r.fail(f"{where}.{key}", "missing; every user needs handle, name and stats")
    stats_raw = r.mapping(raw.get("stats") or {}, f"{where}.stats")
    stats = {k: r.integer(v, f"{where}.stats.{k}") for k, v in stats_raw.items()}
    return CardUser(
        handle=r.text(raw["handle"], f"{where}.handle"),
        name=r.text(raw["name"], f"{where}.name"),
        avatar_url=r.text(_none_to_empty(raw.get("avatar_url")), f"{where}.avatar_url"),
        stats=stats,
    )


def _none_to_empty(value: Any) -> Any:
    return "" if value is None else value


def _read_tracking(r: _Reader, raw: Any) -> Tracking:
    if raw is None:
        return Tracking()
    raw = r.mapping(raw, "tracking", _TRACKING_KEYS)
    values = {k: r.text(raw.get(k), f"tracking.{k}", optional=True) for k in _TRACKING_KEYS}
    return complete_tracking(Tracking(**values))


def complete_tracking(t: Tracking) -> Tracking:
    """Fill run URLs from ids (and ids, entity, project from URLs) so the spec is canonical."""
    for kind in ("data", "train"):
        run_id = getattr(t, f"{kind}_run_id")
        url = getattr(t, f"{kind}_run_url")
        if url is None and run_id and t.wandb_entity and t.wandb_project:
            setattr(
                t,
                f"{kind}_run_url",
                f"https://wandb.ai/{t.wandb_entity}/{t.wandb_project}/runs/{run_id}",
            )
        elif url is not None:
            m = _WANDB_RUN_RE.fullmatch(url)
            if m:
                t.wandb_entity = t.wandb_entity or m.group(1)
                t.wandb_project = t.wandb_project or m.group(2)
                if run_id is None:
                    setattr(t, f"{kind}_run_id", m.group(3))
    return t


def spec_from_dict(data: Any, *, source: str = "spec", require_stats: bool = True) -> CardSpec:
    """Build and check a spec from loaded YAML; raise UserError naming the bad field.

    `require_stats=False` reads a draft (a catalogue entry not trained yet): users may lack
    counts, which only `render_card(..., placeholder=...)` accepts."""
    r = _Reader(source)
    if data is None:
        raise UserError(f"{source}: the spec is empty; it needs at least repo_id and users")
    known = ("spec_version", *_SPEC_KEYS)
    data = r.mapping(data, "", known)
    version = data.get("spec_version", SPEC_VERSION)
    if version != SPEC_VERSION:
        raise r.fail("spec_version", f"this hubtools reads version {SPEC_VERSION}, got {version!r}")
    for key in ("repo_id", "users"):
        if key not in data:
            raise r.fail(key, "missing; a spec needs repo_id and users")
    users_raw = data["users"]
    if not isinstance(users_raw, list):
        raise r.fail("users", f"expected a list of users, got {_describe(users_raw)}")
    sections = []
    for i, raw in enumerate(data.get("extra_sections") or []):
        raw = r.mapping(raw, f"extra_sections[{i}]", _SECTION_KEYS)
        if "markdown" not in raw:
            raise r.fail(f"extra_sections[{i}].markdown", "missing; give the section's Markdown")
        sections.append(
            CardSection(
                markdown=r.text(raw["markdown"], f"extra_sections[{i}].markdown"),
                after=r.text(raw.get("after"), f"extra_sections[{i}].after", optional=True),
            )
        )
    language = data.get("language", "en")
    if isinstance(language, list):
        language = r.texts(language, "language")
    else:
        language = r.text(language, "language")
    hyper = r.mapping(data.get("hyperparameters") or {}, "hyperparameters")
    evals = r.mapping(data.get("eval_results") or {}, "eval_results")
    extra = r.mapping(data.get("extra_front_matter") or {}, "extra_front_matter")
    spec = CardSpec(
        repo_id=r.text(data["repo_id"], "repo_id"),
        users=[_read_user(r, u, f"users[{i}]", require_stats) for i, u in enumerate(users_raw)],
        template=r.text(data.get("template", "default"), "template", empty=False),
        base_model=r.text(data.get("base_model", "gpt2"), "base_model", optional=True, empty=False),
        language=language,
        license=r.text(data.get("license"), "license", optional=True),
        tags=r.texts(data.get("tags"), "tags"),
        widget=r.texts(data.get("widget"), "widget"),
        thumbnail=r.url(data.get("thumbnail"), "thumbnail"),
        datasets=r.texts(data.get("datasets"), "datasets"),
        tracking=_read_tracking(r, data.get("tracking")),
        hyperparameters={k: r.plain_data(v, f"hyperparameters.{k}") for k, v in hyper.items()},
        eval_results={k: r.number(v, f"eval_results.{k}") for k, v in evals.items()},
        samples=r.texts(data.get("samples"), "samples"),
        extra_front_matter={
            k: r.plain_data(v, f"extra_front_matter.{k}") for k, v in extra.items()
        },
        front_matter_order=r.texts(data.get("front_matter_order"), "front_matter_order"),
        extra_sections=sections,
        hub_url=r.text(data.get("hub_url", HUB_URL), "hub_url"),
    )
    check_spec(spec, source=source, require_stats=require_stats)
    return spec


def check_spec(spec: CardSpec, *, source: str = "spec", require_stats: bool = True) -> None:
    """The rules every template relies on; raise UserError naming the first broken one."""
    r = _Reader(source)
    problem = repo_id_problem(spec.repo_id) if spec.repo_id else "must not be empty"
    if problem:
        raise r.fail("repo_id", f"{problem}; got {spec.repo_id!r}")
    if not spec.users:
        raise r.fail("users", "at least one user is needed (handle, name, avatar_url, stats)")
    seen: set[str] = set()
    for i, user in enumerate(spec.users):
        _check_user(user, f"users[{i}]", r, seen, require_stats=require_stats)
    _check_numbers(spec, r)
    _check_links(spec, r)
    _check_values(spec, r)


def _check_user(
    user: CardUser, where: str, r: _Reader, seen: set[str], *, require_stats: bool
) -> None:
    """A handle that fits a repo name (once per card), a plain display name, a safe avatar
    link, whole-number counters."""
    if not isinstance(user.handle, str) or not _HANDLE_RE.fullmatch(user.handle):
        raise r.fail(
            f"{where}.handle",
            f"{user.handle!r} must be 1-64 letters, digits, '_' or '.', without '@' "
            "('-' joins handles in the repo name)",
        )
    if user.handle.lower() in seen:
        raise r.fail(f"{where}.handle", f"{user.handle!r} appears twice; list each user once")
    seen.add(user.handle.lower())
    if not isinstance(user.name, str) or _CONTROL_RE.search(user.name):
        raise r.fail(f"{where}.name", "must be text without control characters")
    if user.avatar_url:
        problem = url_problem(user.avatar_url)
        if problem:
            raise r.fail(f"{where}.avatar_url", f"{problem}; got {user.avatar_url!r}")
    missing = [k for k in CORE_STATS if k not in user.stats]
    if missing and require_stats:
        raise r.fail(
            f"{where}.stats",
            f"missing {', '.join(missing)}; give downloaded, retweets, short and kept",
        )
    for key, count in user.stats.items():
        if isinstance(count, bool) or not isinstance(count, int):
            raise r.fail(f"{where}.stats.{key}", f"expected a whole number, got {count!r}")
        if not isinstance(key, str) or not _COUNTER_RE.fullmatch(key):
            raise r.fail(
                f"{where}.stats.{key}", "counter names are lowercase letters, digits and '_'"
            )


def _check_numbers(spec: CardSpec, r: _Reader) -> None:
    """Evaluation results are finite numbers; hyperparameters and extra metadata plain data."""
    for key, value in spec.eval_results.items():
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise r.fail(f"eval_results.{key}", f"expected a finite number, got {value!r}")
    for key, value in spec.hyperparameters.items():
        r.plain_data(value, f"hyperparameters.{key}")
    for key, value in spec.extra_front_matter.items():
        r.plain_data(value, f"extra_front_matter.{key}")


def _check_links(spec: CardSpec, r: _Reader) -> None:
    """Every address the card links to: run pages, thumbnail, base model, the Hub itself."""
    for name in ("data_run_url", "train_run_url", "report_url"):
        value = getattr(spec.tracking, name)
        if value is not None and url_problem(value):
            raise r.fail(f"tracking.{name}", f"{url_problem(value)}; got {value!r}")
    if spec.thumbnail is not None and url_problem(spec.thumbnail):
        raise r.fail("thumbnail", f"{url_problem(spec.thumbnail)}; got {spec.thumbnail!r}")
    if spec.base_model is not None:
        problem = repo_id_problem(spec.base_model) if spec.base_model else "must not be empty"
        if problem:
            raise r.fail(
                "base_model",
                f"must be a Hub model id like 'gpt2' (null: a local model): {problem}",
            )
    problem = url_problem(spec.hub_url) if isinstance(spec.hub_url, str) else "must be text"
    if problem or spec.hub_url.endswith("/") or "?" in spec.hub_url or "#" in spec.hub_url:
        raise r.fail(
            "hub_url",
            f"{problem or 'must be the Hub address without a trailing /, ? or #'}; "
            f"got {spec.hub_url!r}",
        )


def _check_values(spec: CardSpec, r: _Reader) -> None:
    """Every value that reaches a link, a table, HTML or metadata has its field's shape."""
    languages = spec.language if isinstance(spec.language, list) else [spec.language]
    where = "language" if isinstance(spec.language, str) else None
    checks: list[tuple[str, Any, Any]] = [
        (where or f"language[{i}]", code, values.language_problem)
        for i, code in enumerate(languages)
    ]
    if spec.license is not None:
        checks.append(("license", spec.license, values.license_problem))
    checks += [(f"tags[{i}]", t, values.tag_problem) for i, t in enumerate(spec.tags)]
    checks += [(f"datasets[{i}]", d, values.dataset_problem) for i, d in enumerate(spec.datasets)]
    checks += [(f"widget[{i}]", w, values.prompt_problem) for i, w in enumerate(spec.widget)]
    checks += [
        (f"extra_sections[{i}].markdown", s.markdown, values.markdown_problem)
        for i, s in enumerate(spec.extra_sections)
    ]
    for field_name, value, problem_of in checks:
        if not isinstance(value, str):
            raise r.fail(field_name, f"expected text, got {_describe(value)}")
        problem = problem_of(value)
        if problem:
            shown = value if len(value) <= 60 else value[:57] + "..."
            raise r.fail(field_name, f"{problem}; got {shown!r}")

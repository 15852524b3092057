"""The catalogue: one YAML file per model, a card spec plus, for full entries, how to build it.

    # cards/ada_lovecode-grace_hopsalot.yaml
    spec_version: 1
    repo_id: huggingtweets/ada_lovecode-grace_hopsalot
    users: [...]            # the card spec (see hubtools.cards.spec)
    build:                  # absent: a card-only entry (publish or update just the card)
      sources: [x-archive:../hubtools/demo_posts/ada_lovecode, ...]   # one per user,
      base_model: gpt2                                                # relative to this file
      private: false
      train: {epochs: 4}
      flavor: a10g-small    # Jobs hardware, with bulk apply --runner hf-jobs

A bad entry does not stop the catalogue: it is loaded as an entry with an `error`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hubtools import safe_yaml
from hubtools.cards.spec import CardSpec, spec_from_dict
from hubtools.errors import UserError

_BUILD_KEYS = {"sources", "base_model", "base_model_id", "private", "train", "flavor"}


@dataclass(frozen=True)
class Build:
    sources: list[str]
    base_model: str = "gpt2"
    private: bool = False
    train: dict = field(default_factory=dict)
    flavor: str | None = None  # Hugging Face Jobs hardware (bulk apply --runner hf-jobs)
    base_model_id: str | None = None  # the Hub id a local base_model was saved from (the card)


@dataclass
class CatalogueEntry:
    path: Path
    repo_id: str
    spec: CardSpec | None = None
    build: Build | None = None
    error: str | None = None
    language_set: bool = False  # the entry states its language (else the data's is kept)

    @property
    def kind(self) -> str:
        return "full" if self.build is not None else "card"

    @property
    def card_spec(self) -> CardSpec:
        """The spec of an entry that loaded (entries with an `error` are never applied)."""
        if self.spec is None:
            raise UserError(self.error or f"{self.path}: no card spec")
        return self.spec

    @property
    def build_section(self) -> Build:
        """The `build:` section of a full entry."""
        if self.build is None:
            raise UserError(f"{self.path}: no build section")
        return self.build

    def build_hash(self) -> str | None:
        """What a trained model depends on: sources' content, base model, settings, users."""
        if self.build is None or self.spec is None:
            return None
        from hubtools.sources import fingerprint
        from hubtools.sources.spec import parse_spec

        prints = []
        for source in self.build.sources:
            try:
                prints.append(fingerprint(parse_spec(source)) or source)
            except UserError:
                prints.append(source)
        payload = [self.spec.handles, prints, self.build.base_model, self.build.train]
        return hashlib.sha256(
            json.dumps(payload, sort_keys=True, default=str).encode()
        ).hexdigest()[:32]


def entry_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif path.is_file():
            files.append(path)
        else:
            raise UserError(f"{path}: no such catalogue file or folder")
    return files


def load_entry(path: Path, namespace: str | None = None) -> CatalogueEntry:
    source = str(path)
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8-sig"), source=source)
    except safe_yaml.YamlRefused as err:
        return CatalogueEntry(path, _guess_repo(path), error=str(err))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        problem = str(err).splitlines()[0]
        return CatalogueEntry(
            path,
            _guess_repo(path),
            error=f"{source}: cannot read the entry ({problem}); fix the YAML",
        )
    if not isinstance(data, dict):
        return CatalogueEntry(
            path, _guess_repo(path), error=f"{source}: an entry is a mapping with repo_id and users"
        )
    raw_build = data.pop("build", None)
    if raw_build is not None and isinstance(data.get("users"), list):
        for user in data["users"]:  # a trained entry's counts come from its data stage
            if isinstance(user, dict):
                user.setdefault(
                    "stats", dict.fromkeys(("downloaded", "retweets", "short", "kept"), 0)
                )
    if namespace and isinstance(data.get("repo_id"), str):
        data["repo_id"] = f"{namespace}/{data['repo_id'].split('/')[-1]}"
    try:
        spec = spec_from_dict(data, source=source)
        build = _read_build(raw_build, path, spec) if raw_build is not None else None
    except UserError as err:
        return CatalogueEntry(path, str(data.get("repo_id") or _guess_repo(path)), error=str(err))
    return CatalogueEntry(path, spec.repo_id, spec, build, language_set="language" in data)


def load_catalogue(paths: list[Path], namespace: str | None = None) -> list[CatalogueEntry]:
    return [load_entry(p, namespace) for p in entry_files(paths)]


def _read_build(raw, path: Path, spec: CardSpec) -> Build:
    where = f"{path}: build"
    if not isinstance(raw, dict):
        raise UserError(f"{where} must be a mapping with sources (and base_model, train, private)")
    unknown = set(raw) - _BUILD_KEYS
    if unknown:
        raise UserError(
            f"{where}: unknown key {sorted(unknown)[0]!r}; use {', '.join(sorted(_BUILD_KEYS))}"
        )
    sources = raw.get("sources")
    if (
        not isinstance(sources, list)
        or len(sources) != len(spec.users)
        or not all(isinstance(s, str) for s in sources)
    ):
        raise UserError(
            f"{where}.sources: give one source string per user ({len(spec.users)} users)"
        )
    expected = "-".join(sorted(h.lower() for h in spec.handles))
    if spec.repo_id.split("/")[-1] != expected:
        raise UserError(
            f"{path}: repo_id: a trained entry's repo is named by its sorted handles; use .../{expected}"
        )
    if not isinstance(raw.get("train", {}), dict):
        raise UserError(f"{where}.train must be a mapping of training settings (e.g. epochs: 4)")
    return Build(
        sources=[_resolve(s, path.parent) for s in sources],
        base_model=_resolve_model(str(raw.get("base_model", "gpt2")), path.parent),
        private=bool(raw.get("private", False)),
        train=dict(raw.get("train") or {}),
        flavor=_flavor(raw.get("flavor"), where),
        base_model_id=_hub_id(raw.get("base_model_id"), f"{where}.base_model_id"),
    )


def _hub_id(value: object, where: str) -> str | None:
    from hubtools.repo_names import repo_id_problem

    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise UserError(f"{where}: a Hub model id like org/name")
    problem = repo_id_problem(value)
    if problem:
        raise UserError(f"{where}: a Hub model id like org/name: {problem}")
    return value


def _flavor(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9-]{1,40}", value):
        raise UserError(f"{where}.flavor: a Jobs hardware name such as a10g-small")
    return value


def _resolve(source: str, base: Path) -> str:
    """Paths in sources are relative to the entry file; network sources stay as they are."""
    kind, sep, target = source.partition(":")
    if sep and kind in ("mastodon", "bluesky"):
        return source
    if sep and kind in ("x-archive", "mastodon-archive", "jsonl", "csv", "txt"):
        return f"{kind}:{(base / target).resolve()}" if not Path(target).is_absolute() else source
    return str((base / source).resolve()) if not Path(source).is_absolute() else source


def _resolve_model(model: str, base: Path) -> str:
    local = base / model
    return str(local.resolve()) if model.startswith(".") or local.is_dir() else model


def _guess_repo(path: Path) -> str:
    return f"?/{path.stem}"

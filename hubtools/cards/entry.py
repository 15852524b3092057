"""What `card render` takes: a card spec, or a catalogue entry (`cards/*.yaml`) as it is.

A catalogue entry may carry a `build:` section (how to train it) and, when it is trained,
no counts: those come from its data stage. Rendering ignores `build:`; a count the entry
lacks is shown as a placeholder with a warning, or read from the card already published
for the entry's repo (`--from-hub`), along with the other facts of the trained model
(base model, hyperparameters, evaluation, samples) that the entry does not state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from hubtools import safe_yaml
from hubtools.cards.spec import CORE_STATS, CardSpec, spec_from_dict
from hubtools.errors import UserError

__all__ = ["PLACEHOLDER", "RenderInput", "published_spec", "render_input"]

PLACEHOLDER = "?"
# Facts of a trained model an entry leaves to its run; --from-hub takes them from the card.
_RUN_FACTS = ("base_model", "hub_url", "thumbnail", "tracking", "hyperparameters",
              "eval_results", "samples")  # fmt: skip


@dataclass
class RenderInput:
    """The spec to render; `placeholder` set when some counts are missing (a draft)."""

    spec: CardSpec
    placeholder: str | None = None
    warnings: list[str] = field(default_factory=list)


def _load(text: str, source: str) -> Any:
    try:
        return safe_yaml.load(text, source=source)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise UserError(f"{source}: {where}not valid YAML ({problem}); fix the YAML") from None


def render_input(text: str, source: str, published: CardSpec | None = None) -> RenderInput:
    """A spec or catalogue entry, ready to render (see the module docstring)."""
    data = _load(text, source)
    if not isinstance(data, dict) or ("build" not in data and published is None):
        return RenderInput(CardSpec.from_dict(data, source=source))
    build = data.get("build")
    data = {k: v for k, v in data.items() if k != "build"}  # how to train it: not card data
    if isinstance(build, dict) and "base_model" not in data and published is None:
        data["base_model"] = _built_from(build, source)
    if published is not None:
        _fill_from(data, published, source)
    spec = spec_from_dict(data, source=source, require_stats=False)
    warnings = [
        f"{source}: users[{i}] (@{u.handle}): no {', '.join(k for k in CORE_STATS if k not in u.stats)}"
        f" (a trained entry's counts come from its data stage); the card shows "
        f"{PLACEHOLDER!r}; render with --from-hub to read them from the published card"
        for i, u in enumerate(spec.users)
        if any(k not in u.stats for k in CORE_STATS)
    ]
    return RenderInput(spec, PLACEHOLDER if warnings else None, warnings)


def _built_from(build: dict[str, Any], source: str) -> str | None:
    """The base model a build names, as the card would state it (None: a local model)."""
    from pathlib import Path

    from hubtools.cards.origin import base_origin

    named = build.get("base_model_id")
    if isinstance(named, str) and named:
        return named
    base = build.get("base_model", "gpt2")
    if not isinstance(base, str) or not base:
        return "gpt2"
    local = Path(source).parent / base
    return base_origin(str(local) if local.is_dir() else base).hub_id


def _fill_from(data: dict[str, Any], published: CardSpec, source: str) -> None:
    """Counts, avatars and run facts the entry lacks, from the published card's spec."""
    stated = published.to_dict()
    for key in _RUN_FACTS:
        if key not in data and key in stated:
            data[key] = stated[key]
    people = {u.handle.lower(): u for u in published.users}
    users = data.get("users")
    for i, raw in enumerate(users if isinstance(users, list) else []):
        if not isinstance(raw, dict) or not isinstance(raw.get("handle"), str):
            continue
        match = people.get(raw["handle"].lower())
        if match is None:
            raise UserError(
                f"{source}: users[{i}]: @{raw['handle']} is not on the card published as "
                f"{published.repo_id}; render without --from-hub"
            )
        raw.setdefault("stats", dict(match.stats))
        if not raw.get("avatar_url"):
            raw["avatar_url"] = match.avatar_url


def published_spec(repo_id: str) -> CardSpec:
    """The spec read from README.md of `repo_id` on the configured Hub (HF_ENDPOINT)."""
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError

    from hubtools.cards.parse import parse_card_file

    try:
        path = hf_hub_download(repo_id, "README.md")
    except RepositoryNotFoundError:
        raise UserError(f"--from-hub: no repo {repo_id} on the Hub (or no access)") from None
    except EntryNotFoundError:
        raise UserError(f"--from-hub: {repo_id} has no README.md to read counts from") from None
    except Exception as err:  # network, HTTP: the client raises many kinds
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise UserError(f"--from-hub: cannot read {repo_id}'s card ({first})") from None
    result = parse_card_file(path)
    if result.layout == "foreign":
        raise UserError(f"--from-hub: {repo_id}'s card is not one hubtools renders")
    return result.spec

"""Which Hub model a run's weights came from: the card's `base_model`, from what happened.

`--base-model` is either a Hub id (the weights were downloaded from the configured Hub, so
that id is the fact) or a local folder. A local folder names its Hub origin only through
what the libraries leave in it, and only these traces are trusted:

- the Hugging Face cache layout, `.../models--NAMESPACE--NAME/snapshots/REVISION/` (a
  folder `snapshot_download` or `from_pretrained` filled);
- `_name_or_path` in `config.json` when it holds a Hub id, not a path (transformers 4
  wrote the id it loaded from there; transformers 5 no longer saves the key).

hubtools writes no record of its own: `tinymodel` builds weights from a config (they come
from no Hub model), and `hub import` only reads the folder. A folder with no trace is a
local model: the card says so, with no Hub link and no `base_model:` key, unless the user
names the id (`push --base-model-id`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from hubtools.repo_names import repo_id_problem

__all__ = ["BaseOrigin", "base_origin", "hub_id_in_config"]

_CACHE_DIR = re.compile(r"models--([^/]+?)(?:--([^/]+))?")


@dataclass(frozen=True)
class BaseOrigin:
    """`hub_id` None: a local model with no Hub origin. `how` says which trace told."""

    hub_id: str | None
    how: str  # "hub" | "cache" | "config" | "local"
    revision: str | None = None


def _from_cache_path(folder: Path) -> BaseOrigin | None:
    parts = folder.resolve().parts
    if len(parts) < 3 or parts[-2] != "snapshots":
        return None
    m = _CACHE_DIR.fullmatch(parts[-3])
    if m is None:
        return None
    hub_id = f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)
    if repo_id_problem(hub_id):
        return None
    return BaseOrigin(hub_id, "cache", parts[-1])


def hub_id_in_config(folder: Path) -> str | None:
    """`_name_or_path` of `config.json` when it is a Hub id (`gpt2`, `org/name`), else None."""
    try:
        data = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("_name_or_path") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value or value.startswith((".", "~")):
        return None
    if repo_id_problem(value) or (folder.parent / value).exists() or Path(value).exists():
        return None  # a path that happens to look like an id is no Hub fact
    return value


def base_origin(base_model: str, revision: str | None = None) -> BaseOrigin:
    """Where `--base-model` came from, read from the folder's own traces (see the module)."""
    folder = Path(base_model).expanduser()
    if not folder.is_dir():
        return BaseOrigin(base_model, "hub", revision)
    cached = _from_cache_path(folder)
    if cached is not None:
        return cached
    named = hub_id_in_config(folder)
    if named is not None:
        return BaseOrigin(named, "config")
    return BaseOrigin(None, "local")

"""The model folder as it is published: free of what only made sense on this machine.

`save_pretrained` records how the files were loaded here: `"is_local": true` in the
tokenizer config, and `_name_or_path` holding a local folder (which also leaks a private
path). On the Hub those keys are false or misleading, so the published copies drop them;
the weights and every other file go up byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

CONFIGS = ("config.json", "tokenizer_config.json", "generation_config.json")
LOCAL_KEYS = ("is_local",)
PATH_KEYS = ("_name_or_path", "name_or_path")


def publishable(name: str, path: Path) -> Path | bytes:
    """`path` itself, or the cleaned bytes of a config that recorded local loading."""
    if Path(name).name not in CONFIGS:
        return path
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return path  # not ours to fix; the Hub shows it as it is
    if not isinstance(data, dict):
        return path
    cleaned = {
        k: v
        for k, v in data.items()
        if k not in LOCAL_KEYS and not (k in PATH_KEYS and _is_local_path(v))
    }
    if cleaned == data:
        return path
    return (json.dumps(cleaned, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()


def _is_local_path(value: object) -> bool:
    """A folder on this machine, not a Hub id (`gpt2`, `org/name`)."""
    if not isinstance(value, str) or not value:
        return False
    return value.startswith(("/", "./", "../", "~")) or value.count("/") > 1 or "\\" in value

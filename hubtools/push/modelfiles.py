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


def avatar_files(data_dir: Path) -> dict[str, dict[str, Path | bytes]]:
    """{handle: {repo path: file}}: each user's avatar as the model repo publishes it.

    The image the dataset stored (`avatar_file` in users.json) goes up as it is; a user
    without one gets a letter avatar (the handle's initial on the handle's colour, as in
    `predictions.png`), so no card has an empty avatar slot.
    """
    from hubtools.dataset.avatars import file_name
    from hubtools.thumbnail import letter_avatar

    found: dict[str, dict[str, Path | bytes]] = {}
    for record in json.loads((data_dir / "users.json").read_text(encoding="utf-8")):
        handle = record["handle"]
        stored = record.get("avatar_file")
        path = data_dir / stored if isinstance(stored, str) and stored else None
        if path is not None and path.is_file() and not Path(stored).is_absolute():
            found[handle] = {Path(stored).as_posix(): path}
        else:
            found[handle] = {file_name(handle, "png"): letter_avatar(handle)}
    return found


def commit_files(
    run_dir: Path, data_dir: Path, users: list[tuple[str, str]], samples: list[str], *,
    card_only: bool,
) -> dict[str, Path | bytes]:  # fmt: skip
    """Every file of a push commit but README.md: the model folder (configs cleaned), the
    avatars the card links and `predictions.png`; with `card_only`, just the avatars."""
    from hubtools.thumbnail import ThumbnailUser, render_thumbnail

    avatars = avatar_files(data_dir)
    files: dict[str, Path | bytes] = {}
    for handle_files in avatars.values():
        files.update(handle_files)
    if card_only:
        return files
    model_dir = run_dir / "model"
    for path in sorted(model_dir.rglob("*")):
        if path.is_file():
            name = path.relative_to(model_dir).as_posix()
            files[name] = publishable(name, path)
    faces = {h: next(iter(f.values())) for h, f in avatars.items()}
    files["predictions.png"] = render_thumbnail(
        [ThumbnailUser(h, n, _as_file(faces.get(h))) for h, n in users], samples
    )
    return files


def _as_file(face: Path | bytes | None) -> Path | None:
    return face if isinstance(face, Path) else None  # a letter avatar is drawn again

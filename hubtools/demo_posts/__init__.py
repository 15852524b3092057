"""The demo posts of two fictional accounts (see generate.py), read as X archives.

They are generated on first use, not shipped: the generator is seeded, so every machine
makes the same bytes, cached under `$XDG_CACHE_HOME/hubtools/demo_posts/<generator hash>`
(`~/.cache/...` by default) and made again only when the generator changes.
"""

from __future__ import annotations

import os
from pathlib import Path

HANDLES = ("ada_lovecode", "grace_hopsalot")


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "hubtools" / "demo_posts"


def posts_dir(root: Path | None = None) -> Path:
    """The folder holding one X archive per demo account, generated if missing.

    Generation (about half a second) writes a temporary folder and renames it into place,
    so a crash or a concurrent run never leaves a half-written archive behind.
    """
    from hubtools.atomic import atomic_dir
    from hubtools.demo_posts.generate import VERSION, write

    target = (root or cache_root()) / VERSION
    with atomic_dir(target) as tmp:
        if tmp is not None:
            write(tmp)
    return target


def sources(root: Path | None = None) -> list[str]:
    """Source strings for the demo accounts, e.g. `x-archive:/.../ada_lovecode`."""
    folder = posts_dir(root)
    return [f"x-archive:{folder / handle}" for handle in HANDLES]

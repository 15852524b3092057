"""Bundled demo posts of two fictional accounts (see generate.py), read as X archives."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
HANDLES = ("ada_lovecode", "grace_hopsalot")


def sources() -> list[str]:
    """Source strings for the demo accounts, e.g. `x-archive:/.../ada_lovecode`."""
    return [f"x-archive:{HERE / handle}" for handle in HANDLES]

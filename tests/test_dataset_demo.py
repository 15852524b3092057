"""The demo posts: two fictional accounts that `make demo` trains on, generated on first use."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hubtools.dataset import DatasetOptions, collect
from hubtools.dataset.build import size_warnings
from hubtools.demo_posts import HANDLES, posts_dir, sources
from hubtools.demo_posts import generate as generator


def tree_hash(root: Path) -> str:
    """Every file's path and bytes under `root`."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def test_demo_accounts_build_without_warnings(tmp_path):
    users = collect(sources(tmp_path), DatasetOptions(), keep=True)
    assert [u.account.handle for u in users] == list(HANDLES)
    assert [u.account.display_name for u in users] == ["Ada Lovecode", "Grace Hopsalot"]
    for user in users:
        s = user.stats
        assert 300 <= s.downloaded <= 500
        assert s.retweets > 0 and s.short > 0 and s.kept >= 300
        texts = {k.text for k in user.filtered.kept}
        assert len(texts) > 0.9 * len(user.filtered.kept)  # varied, not one post repeated
    assert size_warnings(users, DatasetOptions()) == []


def test_generating_twice_gives_the_same_bytes(tmp_path):
    generator.write(tmp_path / "a")
    generator.write(tmp_path / "b")
    files = sorted(p.relative_to(tmp_path / "a").as_posix() for p in (tmp_path / "a").rglob("*.js"))
    assert files == [
        f"{h}/data/{name}.js" for h in HANDLES for name in ("account", "profile", "tweets")
    ]
    assert tree_hash(tmp_path / "a") == tree_hash(tmp_path / "b")


def test_posts_are_cached_by_generator_version(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = sources()
    folder = posts_dir()
    assert folder == tmp_path / "cache" / "hubtools" / "demo_posts" / generator.VERSION
    assert first == [f"x-archive:{folder / h}" for h in HANDLES]
    marker = folder / HANDLES[0] / "data" / "tweets.js"
    marker.write_bytes(b"kept")  # a second call reads the cache, it does not regenerate
    assert sources() == first and marker.read_bytes() == b"kept"
    assert [p.name for p in folder.parent.iterdir()] == [generator.VERSION]  # no temp left


def test_a_failed_generation_leaves_nothing_behind(tmp_path, monkeypatch):
    def half_then_crash(root: Path) -> list[Path]:
        (root / HANDLES[0]).mkdir()
        raise OSError("disk full")

    monkeypatch.setattr(generator, "write", half_then_crash)
    with pytest.raises(OSError, match="disk full"):
        posts_dir(tmp_path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert (posts_dir(tmp_path) / HANDLES[1] / "data" / "tweets.js").is_file()

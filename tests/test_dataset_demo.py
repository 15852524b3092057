"""The bundled demo posts: two fictional accounts that `make demo` trains on."""

from __future__ import annotations

from pathlib import Path

from hubtools.dataset import DatasetOptions, collect
from hubtools.dataset.build import size_warnings
from hubtools.demo_posts import HANDLES, HERE, sources
from hubtools.demo_posts.generate import write


def test_demo_accounts_build_without_warnings():
    users = collect(sources(), DatasetOptions())
    assert [u.account.handle for u in users] == list(HANDLES)
    assert [u.account.display_name for u in users] == ["Ada Lovecode", "Grace Hopsalot"]
    for user in users:
        s = user.stats
        assert 300 <= s.downloaded <= 500
        assert s.retweets > 0 and s.short > 0 and s.kept >= 300
        texts = {k.text for k in user.filtered.kept}
        assert len(texts) > 0.9 * len(user.filtered.kept)  # varied, not one post repeated
    assert size_warnings(users, DatasetOptions()) == []


def test_shipped_files_match_the_generator(tmp_path: Path):
    for folder in write(tmp_path):
        for path in folder.rglob("*.js"):
            shipped = HERE / path.relative_to(tmp_path)
            assert shipped.read_bytes() == path.read_bytes(), shipped

"""atomic_dir: a folder appears whole or not at all, and the first writer wins."""

from __future__ import annotations

import pytest

from hubtools.atomic import atomic_dir, write_text


def test_folder_appears_only_when_complete(tmp_path):
    target = tmp_path / "cache" / "v1"
    with atomic_dir(target) as tmp:
        assert tmp is not None and tmp.parent == target.parent
        (tmp / "a.txt").write_text("a")
        assert not target.exists()  # nothing visible before the block ends
    assert (target / "a.txt").read_text() == "a"
    assert sorted(p.name for p in target.parent.iterdir()) == ["v1"]


def test_a_failure_leaves_nothing(tmp_path):
    target = tmp_path / "v1"
    with pytest.raises(RuntimeError), atomic_dir(target) as tmp:
        assert tmp is not None
        (tmp / "half.txt").write_text("half")
        raise RuntimeError("crash")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_kept_and_the_work_skipped(tmp_path):
    target = tmp_path / "v1"
    target.mkdir()
    write_text(target / "a.txt", "first")
    with atomic_dir(target) as tmp:
        assert tmp is None
    assert (target / "a.txt").read_text() == "first"


def test_a_concurrent_writer_that_finished_first_wins(tmp_path):
    target = tmp_path / "v1"
    with atomic_dir(target) as tmp:
        assert tmp is not None
        (tmp / "a.txt").write_text("second")
        target.mkdir()  # another process renamed its complete copy in meanwhile
        (target / "a.txt").write_text("first")
    assert (target / "a.txt").read_text() == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1"]  # our copy is gone

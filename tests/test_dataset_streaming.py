"""Kept posts stream to disk: compact id set, split order from the spill, bounded memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.bounded import capped
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.dataset import DatasetOptions, build_dataset, collect
from hubtools.dataset.ids import PostIds, id_keys
from hubtools.dataset.language import SAMPLE, Reservoir
from hubtools.dataset.split import balance, split

IDS = st.one_of(
    st.integers(0, 2**64).map(str),  # canonical numbers, some past 2**63
    st.integers(0, 999).map(lambda n: f"{n:05d}"),  # leading zeros: not the number
    st.sampled_from(["", "0", "00", "+7", " 7", "7_0", "١٢", "abc", "at://did:plc:x/app/1"]),
    st.text(max_size=12),
)


@settings(max_examples=300)
@given(st.lists(st.lists(IDS, max_size=30), max_size=8))
def test_post_ids_tell_first_sightings_like_a_set(batches):
    """Each id is new exactly once, across batches and within one; `7`, `007` and `+7` are
    three different ids."""
    ids, oracle = PostIds(), set()
    for batch in batches:
        expected = []
        for post_id in batch:
            expected.append(post_id not in oracle)
            oracle.add(post_id)
        assert ids.add_new(id_keys(batch)) == expected
    assert len(ids) == len(oracle)
    assert all(post_id in ids for post_id in oracle)


def _jsonl(path: Path, handle: str, n: int, *, numbered: bool = False, say: str = "writes") -> str:
    rows = [
        {"text": f"{handle} {say} post number {i} about ships", "author": handle}
        | ({} if numbered else {"id": f"{handle}-{i}"})
        for i in range(n)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return f"jsonl:{path}"


@pytest.mark.parametrize("fraction", [0.0, 0.02, 0.1, 0.5])
def test_rows_follow_the_split_and_balance_rules(tmp_path: Path, fraction: float):
    """train.jsonl and validation.jsonl, read back from the spill, hold exactly what the
    in-memory rules of `hubtools.dataset.split` give for the same kept posts."""
    sources = [
        _jsonl(tmp_path / "ada.jsonl", "ada", 700),
        _jsonl(tmp_path / "bob.jsonl", "bob", 2),
        _jsonl(tmp_path / "cy.jsonl", "cy", 31, numbered=True),
        _jsonl(tmp_path / "cy2.jsonl", "cy", 31, numbered=True, say="also"),  # equal keys
    ]
    options = DatasetOptions(min_chars=0, warn_chars=0, validation_fraction=fraction, seed=3)
    users = collect(sources, options, keep=True)
    out = tmp_path / "ds"
    build_dataset(sources, out, options)
    splits = [split(u.kept or [], 3, u.account.handle, fraction) for u in users]
    padded = balance([train for train, _ in splits])
    expected_train = [(r.row.post.id, r.row.text, r.repeat) for rows in padded for r in rows]
    expected_val = [(r.post.id, r.text, 0) for _, val in splits for r in val]

    def rows(name: str) -> list[tuple[str, str, int]]:
        lines = (out / name).read_text().splitlines()
        return [(r["id"], r["text"], r["repeat"]) for r in map(json.loads, lines)]

    assert rows("train.jsonl") == expected_train
    assert rows("validation.jsonl") == expected_val
    assert not (out / ".rows").exists()


def test_memory_does_not_grow_with_the_archive(tmp_path: Path):
    """Python's peak allocations for twice the posts of an X archive grow by far less than
    the posts: kept posts are on disk, ids 8 bytes each (the list of kept posts this
    replaced grew ~0.6 KB a post). Both archives are many times the reader's blocks, whose
    buffers are the fixed part of the peak."""
    from fixtures.posts import builders as b

    options = DatasetOptions(min_chars=0, warn_chars=0, languages=False)
    peaks = []
    for n in (20_000, 40_000):
        files: dict[str, str | bytes] = dict(b.archive_files(b.random_tweets(n, seed=5)))
        folder = b.write_folder(tmp_path / f"x{n}", files)
        out = tmp_path / f"o{n}"

        def build(f: Path = folder, o: Path = out) -> object:
            return build_dataset([f"x-archive:{f}"], o, options)

        run = capped(build)
        assert run.error is None
        peaks.append(run.peak_bytes)
    assert peaks[1] - peaks[0] < 20_000 * 150, peaks  # under 150 bytes per extra post


def test_language_sample_is_bounded_and_repeatable(tmp_path: Path):
    source = _jsonl(tmp_path / "ada.jsonl", "ada", 3 * SAMPLE)
    options = DatasetOptions(min_chars=0, warn_chars=0)
    [one], [two] = collect([source], options), collect([source], options)
    assert len(one.sample.items) == SAMPLE == one.sample.seen // 3
    assert [k.post.id for k in one.sample.items] == [k.post.id for k in two.sample.items]
    picked = {int(k.post.id.rsplit("-", 1)[1]) for k in one.sample.items}
    assert min(picked) < SAMPLE and max(picked) >= 2 * SAMPLE  # from the whole history


def test_reservoir_is_uniform_over_the_stream():
    counts = [0] * 10
    for seed in range(200):
        reservoir = Reservoir(10, seed)
        for i in range(1000):
            reservoir.add(i)
        for i in reservoir.items:
            counts[i // 100] += 1
    assert min(counts) > 140 and max(counts) < 260, counts  # 200 expected per tenth

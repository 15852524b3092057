"""Posts → token ids (tokenized once, cached) → training batches.

Every post ends with the EOS token and EOS stays in the labels, so the model learns where a
post ends (a collator that pads with EOS and masks the pad id would hide it). Padding is
always right-padding with labels -100 by position, never by token id, and no attention mask
is passed: under a causal mask real tokens never see pads on their right.

Two batching modes:
- "pack": posts concatenated into fixed blocks (no padding; fixed shapes suit torch.compile).
  With `isolate=True` the position ids restart at every post, which makes transformers build
  a block-diagonal causal mask (only with `use_cache=False`), so a post never sees the one
  before it; the label of each post's first token is then -100, as nothing may predict it.
- "group": one post per row, rows of similar length batched together (length-grouped
  sampler), padded to the longest row of the batch.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, Sampler

from hubtools import progress
from hubtools.atomic import atomic_path
from hubtools.errors import UserError

CACHE_FORMAT = 1
IGNORE = -100
REQUIRED_FILES = ("train.jsonl", "validation.jsonl")
TOKENIZE_BATCH = 4096  # posts per tokenizer call: a progress step, still batched


@dataclass(frozen=True)
class Posts:
    """Tokenized posts: all ids concatenated (each post ends with EOS) plus post offsets."""

    ids: np.ndarray  # int32 [total tokens]
    offsets: np.ndarray  # int64 [n posts + 1]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    @property
    def num_tokens(self) -> int:
        return int(self.offsets[-1])

    def post(self, i: int) -> np.ndarray:
        return self.ids[self.offsets[i] : self.offsets[i + 1]]


def check_dataset_dir(dataset_dir: Path) -> None:
    """Fail early, naming the missing file, before any model is loaded."""
    if not dataset_dir.is_dir():
        raise UserError(f"{dataset_dir}: dataset folder not found; build it with `hubtools data`")
    for name in REQUIRED_FILES:
        if not (dataset_dir / name).is_file():
            raise UserError(
                f"{dataset_dir / name}: missing; a dataset folder needs "
                f"{' and '.join(REQUIRED_FILES)} (build it with `hubtools data`)"
            )


def read_posts(path: Path) -> list[str]:
    """The "text" of every line of a JSONL file; blank texts are skipped, bad lines are errors."""
    texts = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise UserError(f"{path} line {lineno}: not valid JSON ({err.msg})") from None
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise UserError(f'{path} line {lineno}: needs a string field "text"')
            if text.strip():
                texts.append(text)
    if not texts:
        raise UserError(
            f'{path}: no posts (every line needs a non-empty "text"); re-run `hubtools data`'
        )
    return texts


def tokenize_posts(
    texts: Sequence[str], tokenizer: Any, advance: Callable[[int], None] | None = None
) -> Posts:
    """Tokenize as at inference (the tokenizer's own special tokens, e.g. Llama's BOS) + EOS.

    In batches of TOKENIZE_BATCH posts, so that `advance(n)` can show progress."""
    eos = tokenizer.eos_token_id
    encoded: list[list[int]] = []
    for start in range(0, len(texts), TOKENIZE_BATCH):
        batch = list(texts[start : start + TOKENIZE_BATCH])
        encoded += tokenizer(batch, add_special_tokens=True)["input_ids"]
        if advance is not None:
            advance(len(batch))
    seqs = [ids if ids and ids[-1] == eos else [*ids, eos] for ids in encoded]
    lengths = np.fromiter((len(s) for s in seqs), dtype=np.int64, count=len(seqs))
    offsets = np.zeros(len(seqs) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    ids = np.fromiter((t for s in seqs for t in s), dtype=np.int32, count=int(offsets[-1]))
    return Posts(ids=ids, offsets=offsets)


def tokenizer_fingerprint(tokenizer: Any) -> str:
    backend = getattr(tokenizer, "backend_tokenizer", None)
    blob = (
        backend.to_str()
        if backend is not None
        else json.dumps(sorted(tokenizer.get_vocab().items()))
    )
    extra = f"{tokenizer.eos_token_id}|{tokenizer.bos_token_id}|{type(tokenizer).__name__}"
    return hashlib.sha256((blob + extra).encode()).hexdigest()


def load_token_posts(path: Path, tokenizer: Any, cache_dirs: Sequence[Path]) -> Posts:
    """Tokenize `path` once: the result is cached, keyed by file content and tokenizer.

    The cache goes next to the dataset (first writable of `cache_dirs`); a stale key simply
    misses. Writes are atomic, so concurrent processes at worst tokenize twice.
    """
    key = hashlib.sha256()
    key.update(f"format{CACHE_FORMAT}|".encode())
    key.update(tokenizer_fingerprint(tokenizer).encode())
    key.update(path.read_bytes())
    name = f"{path.stem}-{key.hexdigest()[:20]}.npz"
    for cache_dir in cache_dirs:
        cached = cache_dir / name
        if cached.is_file():
            try:
                with np.load(cached) as npz:
                    return Posts(ids=npz["ids"], offsets=npz["offsets"])
            except (OSError, ValueError, KeyError):
                pass  # unreadable cache: rebuild it
    texts = read_posts(path)
    with progress.task(f"tokenizing {path.name}", total=len(texts), unit="posts") as step:
        posts = tokenize_posts(texts, tokenizer, step.advance)
    for cache_dir in cache_dirs:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            with atomic_path(cache_dir / name) as tmp, open(tmp, "wb") as fh:
                np.savez(fh, ids=posts.ids, offsets=posts.offsets)
            break
        except OSError:
            continue  # read-only dataset folder: try the next place
    return posts


def auto_block_size(posts: Posts, context: int | None) -> int:
    """128 tokens fits tweets (p95 ≈ 52 GPT-2 tokens); longer posts get the next power of two."""
    longest = int(posts.lengths.max())
    size = 128 if longest <= 128 else 1 << math.ceil(math.log2(longest))
    size = min(size, 1024)
    return min(size, context) if context else size


# ---------------------------------------------------------------------------------- packing


def pack_blocks(
    posts: Posts, block_size: int, *, isolate: bool, pad_id: int
) -> dict[str, torch.Tensor]:
    """Concatenated posts cut into `block_size` rows; the last row is right-padded (labels -100)."""
    n = posts.num_tokens
    rows = max(1, math.ceil(n / block_size))
    total = rows * block_size
    input_ids = np.full(total, pad_id, dtype=np.int64)
    input_ids[:n] = posts.ids
    labels = input_ids.copy()
    labels[n:] = IGNORE
    out = {"input_ids": input_ids, "labels": labels}
    num_tokens = np.clip(n - np.arange(rows) * block_size, 0, block_size)
    if isolate:
        starts = posts.offsets[:-1]
        post_of_token = np.repeat(np.arange(len(posts)), posts.lengths)
        index = np.arange(total)
        pos_in_post = np.empty(total, dtype=np.int64)
        pos_in_post[:n] = index[:n] - starts[post_of_token]
        pos_in_post[n:] = index[n:] - n  # the padding run counts as one more "post"
        # A post that straddles a block boundary restarts at 0 in the next block.
        out["position_ids"] = np.minimum(pos_in_post, index % block_size)
        labels[starts] = IGNORE  # nothing in its own post precedes a post's first token
    tensors = {k: torch.from_numpy(v.reshape(rows, block_size)) for k, v in out.items()}
    tensors["num_tokens"] = torch.from_numpy(num_tokens)  # non-padding tokens per row
    return tensors


class BlockDataset(Dataset):
    """Rows of equal-length tensors (packed blocks)."""

    def __init__(self, tensors: dict[str, torch.Tensor]) -> None:
        self.tensors = tensors

    def __len__(self) -> int:
        return len(self.tensors["input_ids"])

    def __getitem__(self, i: int) -> dict[str, torch.Tensor]:
        return {k: v[i] for k, v in self.tensors.items()}


# ---------------------------------------------------------------------- grouped padding


class PostDataset(Dataset):
    """One post per row, truncated to `block_size` tokens."""

    def __init__(self, posts: Posts, block_size: int) -> None:
        self.posts = posts
        self.block_size = block_size

    def __len__(self) -> int:
        return len(self.posts)

    def __getitem__(self, i: int) -> torch.Tensor:
        return torch.from_numpy(self.posts.post(i)[: self.block_size].astype(np.int64))

    def lengths(self) -> np.ndarray:
        return np.minimum(self.posts.lengths, self.block_size)


@dataclass
class PadCollator:
    """Right-pads a list of posts; labels are -100 on padding (by position, not by token id)."""

    pad_id: int
    multiple_of: int = 1

    def __call__(self, rows: list[torch.Tensor]) -> dict[str, torch.Tensor]:
        width = max(len(r) for r in rows)
        width = -(-width // self.multiple_of) * self.multiple_of
        input_ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
        for i, r in enumerate(rows):
            input_ids[i, : len(r)] = r
            labels[i, : len(r)] = r
        num_tokens = torch.tensor([len(r) for r in rows])
        return {"input_ids": input_ids, "labels": labels, "num_tokens": num_tokens}


class LengthGroupedSampler(Sampler[int]):
    """Shuffled order in which consecutive `batch_size` items have similar lengths.

    Like transformers' sampler: a seeded permutation cut into mega-batches of 50 batches,
    each sorted by length. The order depends only on (seed, epoch), so a resumed run sees
    exactly the batches the interrupted one would have; call `set_epoch` every epoch.
    """

    def __init__(self, lengths: np.ndarray, batch_size: int, seed: int) -> None:
        self.lengths = np.asarray(lengths)
        self.mega = 50 * batch_size
        self.seed = seed
        self.epoch = 0

    def set_epoch(self, epoch: int) -> None:
        self.epoch = epoch

    def __len__(self) -> int:
        return len(self.lengths)

    def __iter__(self) -> Iterator[int]:
        g = torch.Generator().manual_seed(self.seed + self.epoch)
        perm = torch.randperm(len(self.lengths), generator=g).numpy()
        for start in range(0, len(perm), self.mega):
            chunk = perm[start : start + self.mega]
            order = np.argsort(-self.lengths[chunk], kind="stable")
            yield from chunk[order].tolist()


# ------------------------------------------------------------------------------- loaders


def train_loader(
    posts: Posts,
    *,
    batching: str,
    block_size: int,
    batch_size: int,
    isolate: bool,
    pad_id: int,
    seed: int,
    drop_last: bool = False,
    pad_multiple: int = 1,
    pin_memory: bool = False,
) -> DataLoader:
    """The (unprepared) training DataLoader; Accelerate's seedable sampler handles "pack"."""
    if batching == "pack":
        blocks = pack_blocks(posts, block_size, isolate=isolate, pad_id=pad_id)
        return DataLoader(
            BlockDataset(blocks),
            batch_size=batch_size,
            shuffle=True,
            drop_last=drop_last,
            pin_memory=pin_memory,
        )
    dataset = PostDataset(posts, block_size)
    sampler = LengthGroupedSampler(dataset.lengths(), batch_size, seed)
    return DataLoader(
        dataset,
        batch_size=batch_size,
        sampler=sampler,
        drop_last=drop_last,
        collate_fn=PadCollator(pad_id, pad_multiple),
        pin_memory=pin_memory,
    )


def eval_batches(
    posts: Posts, *, block_size: int, max_tokens: int, pad_id: int
) -> list[dict[str, torch.Tensor]]:
    """Validation as whole posts, one per row, sorted by length, about `max_tokens` per batch.

    Evaluation is per post whatever the training batching, so validation loss means the
    same thing (the model's loss on a post on its own) in every mode and run.
    """
    dataset = PostDataset(posts, block_size)
    order = np.argsort(-dataset.lengths(), kind="stable")
    collate = PadCollator(pad_id)
    batches, rows = [], []
    for i in order.tolist():
        rows.append(dataset[i])
        if len(rows) * len(rows[0]) >= max_tokens:
            batches.append(collate(rows))
            rows = []
    if rows:
        batches.append(collate(rows))
    return batches


def count_targets(labels: torch.Tensor) -> torch.Tensor:
    """Tokens that are predicted: labels shifted left by one, not -100."""
    return (labels[:, 1:] != IGNORE).sum()


def cache_dirs(dataset_dir: Path, output_dir: Path) -> list[Path]:
    return [dataset_dir / ".cache" / "hubtools-tokens", output_dir / "cache" / "tokens"]


def dataset_fingerprint(dataset_dir: Path) -> str:
    """Content hash of the training files (recorded in the summary and checkpoints)."""
    h = hashlib.sha256()
    for name in REQUIRED_FILES:
        h.update(name.encode())
        h.update((dataset_dir / name).read_bytes())
    return h.hexdigest()[:16]

"""Trainer data path and settings: tokenizing, EOS, packing, isolation, grouping, W&B mode."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from hubtools.errors import UserError
from hubtools.tinymodel import build_tiny_model, synthetic_posts, train_tokenizer
from hubtools.train import data as D
from hubtools.train import tracking
from hubtools.train.config import TrainConfig
from hubtools.train.modeling import CausalLMLoss, honours_post_isolation

POSTS = synthetic_posts(120, seed=3)


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer(POSTS, vocab_size=400)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("models")
    return {
        arch: build_tiny_model(root / arch, POSTS, arch=arch, vocab_size=400)
        for arch in ("gpt2", "llama")
    }


def test_every_post_ends_with_eos(tokenizer):
    posts = D.tokenize_posts(POSTS[:10], tokenizer)
    assert len(posts) == 10
    for i in range(10):
        post = posts.post(i)
        assert post[-1] == tokenizer.eos_token_id
        assert tokenizer.decode(post[:-1]) == POSTS[i]


def test_padding_never_masks_eos_even_when_pad_is_eos(tokenizer):
    """The classic bug: DataCollatorForLanguageModeling with pad = EOS sets EOS labels to -100."""
    eos = tokenizer.eos_token_id
    posts = D.tokenize_posts(POSTS[:4], tokenizer)
    batch = D.PadCollator(pad_id=eos)([torch.from_numpy(posts.post(i)).long() for i in range(4)])
    for row, n in zip(batch["labels"], batch["num_tokens"], strict=True):
        assert row[n - 1] == eos  # the post's own EOS is a target
        assert (row[n:] == D.IGNORE).all()  # padding (also EOS ids) is not


@pytest.mark.parametrize("isolate", [False, True])
def test_pack_blocks(tokenizer, isolate):
    posts = D.tokenize_posts(POSTS[:30], tokenizer)
    blocks = D.pack_blocks(posts, 16, isolate=isolate, pad_id=1)
    n = posts.num_tokens
    flat_ids = blocks["input_ids"].flatten()
    assert blocks["input_ids"].shape == (-(-n // 16), 16)
    assert torch.equal(flat_ids[:n], torch.from_numpy(posts.ids).long())  # nothing dropped
    assert int(blocks["num_tokens"].sum()) == n
    labels = blocks["labels"].flatten()
    assert (labels[n:] == D.IGNORE).all()
    ends = posts.offsets[1:] - 1
    assert (labels[ends] == tokenizer.eos_token_id).all()  # EOS learned in packed mode too
    if not isolate:
        assert "position_ids" not in blocks
        return
    pos = blocks["position_ids"].flatten()
    starts = posts.offsets[:-1]
    assert (pos[starts] == 0).all()  # positions restart at every post
    assert (pos.view(-1, 16)[:, 0] == 0).all()  # and at every block
    assert (labels[starts] == D.IGNORE).all()  # nothing predicts a post's first token
    assert (pos < 16).all()


def test_length_grouped_sampler_is_a_seeded_function_of_the_epoch():
    lengths = np.random.default_rng(0).integers(3, 60, size=500)
    s = D.LengthGroupedSampler(lengths, batch_size=8, seed=7)
    e0 = list(s)
    assert sorted(e0) == list(range(500))
    assert list(s) == e0  # same epoch, same order
    s.set_epoch(1)
    e1 = list(s)
    assert e1 != e0
    s2 = D.LengthGroupedSampler(lengths, batch_size=8, seed=7)
    s2.set_epoch(1)
    assert list(s2) == e1  # a fresh sampler (a resumed run) reproduces it

    # Batches are near-uniform in length: far less padding than random batches.
    def padded(order):
        batches = [lengths[order[i : i + 8]] for i in range(0, 500, 8)]
        return sum(8 * b.max() - b.sum() for b in batches)

    assert padded(e1) < 0.2 * padded(np.random.default_rng(1).permutation(500))


def test_group_batches_pad_right_and_keep_posts_whole(tokenizer):
    posts = D.tokenize_posts(POSTS[:40], tokenizer)
    dl = D.train_loader(
        posts, batching="group", block_size=256, batch_size=8, isolate=True, pad_id=1, seed=0
    )
    seen = 0
    for batch in dl:
        seen += len(batch["input_ids"])
        assert "position_ids" not in batch
        lengths = batch["num_tokens"]
        assert batch["input_ids"].shape[1] == lengths.max()
        assert int((batch["labels"] != D.IGNORE).sum()) == int(lengths.sum())
    assert seen == 40


def test_eval_batches_cover_every_post_once(tokenizer):
    posts = D.tokenize_posts(POSTS[:50], tokenizer)
    batches = D.eval_batches(posts, block_size=256, max_tokens=200, pad_id=1)
    assert sum(len(b["input_ids"]) for b in batches) == 50
    assert sum(int(b["num_tokens"].sum()) for b in batches) == posts.num_tokens


def test_tokenize_once_cache(tmp_path, tokenizer):
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in POSTS[:20]))
    calls = []

    class Counting:
        def __getattr__(self, name):
            return getattr(tokenizer, name)

        def __call__(self, *a, **k):
            calls.append(1)
            return tokenizer(*a, **k)

    dirs = [tmp_path / "cache"]
    first = D.load_token_posts(path, Counting(), dirs)
    second = D.load_token_posts(path, Counting(), dirs)
    assert len(calls) == 1 and len(list((tmp_path / "cache").glob("*.npz"))) == 1
    assert np.array_equal(first.ids, second.ids)
    path.write_text(path.read_text() + json.dumps({"text": "one more post"}) + "\n")
    assert (
        len(D.load_token_posts(path, Counting(), dirs)) == 21 and len(calls) == 2
    )  # content keyed


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no posts"),
        ('{"text": "  "}\n', "no posts"),
        ('{"text": "ok"}\nnot json\n', "line 2: not valid JSON"),
        ('{"author": "x"}\n', 'line 1: needs a string field "text"'),
    ],
)
def test_read_posts_errors(tmp_path, content, message):
    path = tmp_path / "train.jsonl"
    path.write_text(content)
    with pytest.raises(UserError, match=message):
        D.read_posts(path)


@pytest.mark.parametrize("arch", ["gpt2", "llama"])
def test_restarting_positions_isolate_packed_posts(models, tokenizer, arch):
    """With use_cache=False, a packed post's loss equals its loss alone (block-diagonal mask)."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(models[arch]).eval()
    model.config.use_cache = False
    assert honours_post_isolation(model)
    posts = D.tokenize_posts(POSTS[:6], tokenizer)
    block = D.pack_blocks(posts, posts.num_tokens, isolate=True, pad_id=1)
    loss_fn = CausalLMLoss(model)
    with torch.no_grad():
        packed = loss_fn(block["input_ids"], block["labels"], block["position_ids"])
        alone = sum(
            loss_fn(
                torch.from_numpy(posts.post(i)).long()[None],
                torch.from_numpy(posts.post(i)).long()[None],
            )
            for i in range(6)
        )
        leaky = loss_fn(
            block["input_ids"], block["labels"]
        )  # plain positions: posts see each other
    assert abs(float(packed - alone)) < 1e-3  # sums of ~1,000 nats: float noise only
    assert abs(float(leaky - alone)) > 2e-2


def test_config_check_names_the_option():
    base = {"dataset_dir": Path("d"), "output_dir": Path("o")}
    with pytest.raises(UserError, match="--batch-size must be > 0"):
        TrainConfig(**base, batch_size=0).check()
    with pytest.raises(UserError, match=r"--batching must be one of auto\|pack\|group"):
        TrainConfig(**base, batching="bogus").check()  # type: ignore[arg-type]
    TrainConfig(**base).check()


def test_hyperparameters_hold_no_secrets(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_supersecretvalue123")
    cfg = TrainConfig(Path("d"), Path("o"), run_name="x-hf_supersecretvalue123")
    assert "hf_supersecretvalue123" not in json.dumps(
        tracking.tracker_config(cfg.hyperparameters(), "wandb")
    )


def test_wandb_mode(monkeypatch, tmp_path):
    for key in ("WANDB_MODE", "WANDB_API_KEY", "WANDB_DISABLED", "WANDB_IDENTITY_TOKEN_FILE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    monkeypatch.setenv("WANDB_BASE_URL", "http://127.0.0.1:9")  # discard port: refused at once
    for key in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(key, raising=False)

    mode, note = tracking.wandb_mode(tmp_path)  # no key: offline by itself
    assert mode == "offline" and "no API key" in note
    monkeypatch.setenv("WANDB_API_KEY", "x" * 40)  # a key, but no server: say so, don't hang
    mode, note = tracking.wandb_mode(tmp_path)
    assert mode == "offline" and "unreachable" in note and "127.0.0.1:9" in note
    monkeypatch.setenv("WANDB_MODE", "disabled")
    assert tracking.wandb_mode(tmp_path) == ("disabled", None)
    monkeypatch.setenv("WANDB_MODE", "offline")
    assert tracking.wandb_mode(tmp_path) == ("offline", None)


def test_missing_tracker_package_is_a_user_error(tmp_path, monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(UserError, match=r"--tracker trackio: the trackio package is not installed"):
        tracking.plan_tracking("trackio", tmp_path, "run", {})
    assert tracking.plan_tracking("none", tmp_path, "run", {}).log_with is None

"""Tiny base models built locally, so tests, benches and `make demo` never download anything.

`build_tiny_model` trains a byte-level BPE tokenizer on the given texts, builds a randomly
initialised GPT-2 or Llama-architecture model from a config and saves both as a folder that
`--base-model` (any `from_pretrained` path) accepts. `synthetic_posts` makes fictional
tweet-like texts to train on.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

EOS = "<|endoftext|>"
PAD = "<|pad|>"

_WORDS = (  # noqa: SIM905 - a word list reads better as prose
    "coffee morning train rain code bug deploy friday weekend garden cat dog book "
    "music concert pizza bike river mountain sunset city market bread tea night "
    "meeting idea project team launch release paper draft song film game match "
    "goal win lose learn teach write read walk run cook bake paint build fix ship "
    "today tomorrow again finally really always never maybe just still very so "
    "the a my our your this that and but or with without for from about into over "
    "is was will can should might love hate need want think know feel see hear"
).split()
_TAGS = ("#monday", "#devlife", "#gardening", "#coffee", "#weekend", "#release", "#music")
_EMOJI = ("🙂", "🎉", "☕", "🌧️", "🚲", "🔥", "😅")


def synthetic_posts(n: int, *, seed: int = 0, mean_words: int = 14) -> list[str]:
    """`n` fictional tweet-like posts (words, @mentions, #tags, links, emoji), reproducible by seed."""
    rng = random.Random(seed)
    posts = []
    for _ in range(n):
        k = max(2, min(50, int(rng.lognormvariate(0, 0.5) * mean_words)))
        words = [rng.choice(_WORDS) for _ in range(k)]
        words[0] = words[0].capitalize()
        if rng.random() < 0.2:
            words.insert(0, f"@user{rng.randrange(100)}")
        if rng.random() < 0.15:
            words.append(rng.choice(_TAGS))
        if rng.random() < 0.1:
            words.append(f"https://t.co/{rng.randrange(16**8):08x}")
        if rng.random() < 0.12:
            words.append(rng.choice(_EMOJI))
        posts.append(" ".join(words) + rng.choice((".", "!", "?", "")))
    return posts


def train_tokenizer(texts: Sequence[str], vocab_size: int = 512):
    """A byte-level BPE tokenizer (GPT-2 style) trained on `texts`, as a transformers fast tokenizer.

    It is wrapped with `PreTrainedTokenizerFast(tokenizer_object=...)`: with transformers 5,
    `GPT2TokenizerFast(vocab_file=..., merges_file=...)` silently yields a one-token tokenizer.
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[EOS, PAD],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(list(texts), trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token=EOS, bos_token=EOS, unk_token=EOS, pad_token=PAD
    )


def build_tiny_model(
    out_dir: str | Path,
    texts: Sequence[str],
    *,
    arch: Literal["gpt2", "llama"] = "gpt2",
    vocab_size: int = 512,
    model_vocab_size: int | None = None,
    n_layer: int = 2,
    n_embd: int = 64,
    n_head: int = 2,
    n_positions: int = 256,
    dropout: float = 0.1,
    seed: int = 0,
) -> Path:
    """Save a randomly initialised `arch` model plus a tokenizer trained on `texts` into `out_dir`.

    `model_vocab_size` (>= the tokenizer's) sizes the embedding like a real model's vocabulary
    (e.g. 50257 for a GPT-2-small-sized benchmark) while the tokenizer stays small.
    """
    import torch
    from transformers import AutoModelForCausalLM, GPT2Config, LlamaConfig, PretrainedConfig
    from transformers.utils import logging as hf_logging

    out = Path(out_dir)
    tokenizer = train_tokenizer(texts, vocab_size=vocab_size)
    vocab = max(len(tokenizer), model_vocab_size or 0)
    ids = {
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "pad_token_id": tokenizer.pad_token_id,
    }
    config: PretrainedConfig
    if arch == "gpt2":
        config = GPT2Config(
            vocab_size=vocab,
            n_positions=n_positions,
            n_embd=n_embd,
            n_layer=n_layer,
            n_head=n_head,
            resid_pdrop=dropout,
            embd_pdrop=dropout,
            attn_pdrop=dropout,
            **ids,
        )
    elif arch == "llama":
        config = LlamaConfig(
            vocab_size=vocab,
            hidden_size=n_embd,
            intermediate_size=4 * n_embd,
            num_hidden_layers=n_layer,
            num_attention_heads=n_head,
            num_key_value_heads=n_head,
            max_position_embeddings=n_positions,
            attention_dropout=dropout,
            tie_word_embeddings=True,
            **ids,
        )
    else:
        raise ValueError(f"unknown arch {arch!r}: use 'gpt2' or 'llama'")
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        model.save_pretrained(out)
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    tokenizer.save_pretrained(out)
    return out


def write_dataset(
    out_dir: str | Path,
    posts: Sequence[str],
    *,
    validation: int | float = 0.1,
    author: str = "fictional",
) -> Path:
    """A dataset folder shaped like the data stage's: train/validation JSONL, users, manifest.

    `validation` is a count of posts or a fraction; the first posts go to validation.
    """
    import json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n_val = validation if isinstance(validation, int) else max(1, round(len(posts) * validation))
    splits = {"validation.jsonl": posts[:n_val], "train.jsonl": posts[n_val:]}
    for name, part in splits.items():
        lines = (json.dumps({"text": t, "author": author}, ensure_ascii=False) for t in part)
        (out / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    (out / "users.json").write_text(json.dumps([{"username": author}]) + "\n")
    manifest = {"train": len(posts) - n_val, "validation": n_val, "source": "synthetic"}
    (out / "manifest.json").write_text(json.dumps(manifest) + "\n")
    return out

"""The samples a card shows: what the model wrote, in whole characters."""

from __future__ import annotations

import pytest
from fixtures.posts.builders import MULTILINGUAL

from hubtools.tinymodel import build_tiny_model

pytest.importorskip("torch")


def test_samples_never_show_bytes_that_form_no_character(tmp_path):
    """An untrained byte-level model over Japanese, Chinese and Thai text draws single bytes
    of multi-byte characters at random; the decoder writes each stray one as U+FFFD."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from hubtools.train.generate import generate_samples, generation_config

    texts = [t for code in ("ja", "zh", "th", "ko") for t in MULTILINGUAL[code]] * 4
    folder = build_tiny_model(tmp_path / "tiny", texts, vocab_size=300, n_positions=64)
    model = AutoModelForCausalLM.from_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    config = generation_config(tokenizer, top_p=1.0, min_new_tokens=40, max_new_tokens=40,
                               context=64)  # fmt: skip
    prompts = ("今日は", "我们")
    samples = generate_samples(model, tokenizer, prompts, config, per_prompt=4, seed=3)

    assert len(samples) == 8
    assert all(s["num_new_tokens"] > 0 for s in samples)
    assert any(s["completion"] for s in samples)
    assert not [s["completion"] for s in samples if "\ufffd" in s["text"]]
    for s in samples:
        assert s["text"] == s["prompt"] + s["completion"]
        assert s["completion"].encode("utf-8").decode("utf-8") == s["completion"]

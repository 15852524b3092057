"""Sampling defaults for the Hub widget, and the sample generations the card shows."""

from __future__ import annotations

import copy
from typing import Any

import torch


def generation_config(
    tokenizer: Any,
    *,
    top_p: float,
    min_new_tokens: int,
    max_new_tokens: int,
    context: int | None = None,
) -> Any:
    """huggingtweets' widget settings: sample with top_p 0.95, between 10 and 160 new tokens.

    A model with a short context (tiny test models) gets fewer new tokens, leaving room for
    a prompt of up to a quarter of the context.
    """
    from transformers import GenerationConfig

    if context:
        max_new_tokens = max(1, min(max_new_tokens, context - context // 4))
        min_new_tokens = min(min_new_tokens, max_new_tokens)

    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    return GenerationConfig(
        do_sample=True,
        top_p=top_p,
        min_new_tokens=min_new_tokens,
        max_new_tokens=max_new_tokens,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id,
        pad_token_id=pad,
    )


@torch.no_grad()
def generate_samples(
    model: Any,
    tokenizer: Any,
    prompts: tuple[str, ...],
    gen_config: Any,
    *,
    per_prompt: int,
    seed: int,
) -> list[dict[str, Any]]:
    """One record per generation; seeded so a re-run gives the same samples.

    The global RNG is saved and restored around sampling, so generating never changes what
    a later training step would draw.
    """
    device = next(model.parameters()).device
    context = _context(model.config)
    saved = torch.get_rng_state()
    saved_cuda = torch.cuda.get_rng_state_all() if device.type == "cuda" else None
    was_training = model.training
    model.eval()
    samples = []
    try:
        for i, prompt in enumerate(prompts):
            enc = tokenizer(prompt, return_tensors="pt").to(device)
            n_prompt = enc["input_ids"].shape[1]
            room = gen_config.max_new_tokens if context is None else context - n_prompt
            fitted = copy.deepcopy(gen_config)  # never run past the model's positions
            fitted.max_new_tokens = max(1, min(gen_config.max_new_tokens, room))
            fitted.min_new_tokens = min(gen_config.min_new_tokens or 0, fitted.max_new_tokens)
            for k in range(per_prompt):
                torch.manual_seed(seed + 1000 * i + k)
                out = model.generate(**enc, generation_config=fitted)
                new = out[0, enc["input_ids"].shape[1] :].tolist()
                ended = tokenizer.eos_token_id in new
                if ended:
                    new = new[: new.index(tokenizer.eos_token_id)]
                completion = _whole_characters(tokenizer.decode(new, skip_special_tokens=True))
                samples.append(
                    {
                        "prompt": prompt,
                        "completion": completion,
                        "text": prompt + completion,
                        "num_new_tokens": len(new),
                        "ended_with_eos": ended,
                    }
                )
    finally:
        model.train(was_training)
        torch.set_rng_state(saved)
        if saved_cuda is not None:
            torch.cuda.set_rng_state_all(saved_cuda)
    return samples


def _whole_characters(text: str) -> str:
    """A byte-level model can stop, or wander, mid-character: the decoder writes each byte
    that forms no character as U+FFFD. The card shows what the model wrote, not those."""
    return text.replace("\ufffd", "")


def _context(config: Any) -> int | None:
    from hubtools.train.modeling import context_length

    return context_length(config)

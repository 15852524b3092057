"""Loading and checking the base model, and the loss module the loop trains."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F
from torch import nn

from hubtools.errors import UserError
from hubtools.train.data import IGNORE

if TYPE_CHECKING:
    from transformers import PreTrainedModel

_NOT_CAUSAL = (
    "ForMaskedLM",
    "ForSequenceClassification",
    "ForTokenClassification",
    "ForQuestionAnswering",
    "ForMultipleChoice",
    "ForPreTraining",
    "ForConditionalGeneration",
    "ForImageClassification",
)


def load_base_config(base_model: str) -> Any:
    """The base model's config, or a one-line error if it is missing or not a causal LM."""
    from transformers import AutoConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    try:
        config = AutoConfig.from_pretrained(base_model)
    except (OSError, ValueError) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UserError(
            f"--base-model {base_model}: cannot load its config ({reason}); give a local "
            "folder with config.json or a Hub model id"
        ) from None
    causal = set(MODEL_FOR_CAUSAL_LM_MAPPING_NAMES.values())
    archs = list(getattr(config, "architectures", None) or [])
    not_causal = (
        archs
        and not any(a in causal for a in archs)
        and any(a.endswith(_NOT_CAUSAL) for a in archs)
    )
    if (
        config.model_type not in MODEL_FOR_CAUSAL_LM_MAPPING_NAMES
        or getattr(config, "is_encoder_decoder", False)
        or not_causal
    ):
        kind = archs[0] if archs else f"a {config.model_type!r} model"
        raise UserError(
            f"--base-model {base_model}: {kind} is not a causal language model "
            "(AutoModelForCausalLM); pick a decoder-only model such as gpt2"
        )
    return config


def context_length(config: Any) -> int | None:
    """The longest sequence the model's positions support, if the config says."""
    text = config.get_text_config() if hasattr(config, "get_text_config") else config
    for name in ("n_positions", "max_position_embeddings", "n_ctx", "seq_length"):
        value = getattr(text, name, None)
        if isinstance(value, int) and value > 0:
            return value
    return None


def load_tokenizer(base_model: str) -> Any:
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(base_model)
    except (OSError, ValueError, TypeError) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UserError(
            f"--base-model {base_model}: cannot load its tokenizer ({reason})"
        ) from None
    if tokenizer.eos_token_id is None:
        raise UserError(
            f"--base-model {base_model}: its tokenizer has no EOS token, so a post's end "
            "cannot be learned; set eos_token in tokenizer_config.json"
        )
    return tokenizer


def load_model(base_model: str) -> PreTrainedModel:
    """fp32 master weights (autocast handles bf16/fp16), SDPA attention where supported."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(base_model, dtype=torch.float32)
    model.config.use_cache = False  # required for position-id post isolation, useless in training
    return model


@torch.no_grad()
def honours_post_isolation(model: PreTrainedModel) -> bool:
    """Whether restarting position ids isolates packed posts in this model.

    A post's logits packed after another one must equal its logits alone. transformers 5
    honours this for GPT-2, Llama and most decoders (with `use_cache=False`); checked, not assumed.
    """
    weight = model.get_input_embeddings().weight
    if not isinstance(weight, torch.Tensor):  # no token embedding matrix to probe with
        return False
    vocab, device = weight.shape[0], weight.device
    was_training = model.training
    model.eval()
    first = torch.arange(5, 13, device=device) % vocab
    second = torch.arange(20, 27, device=device) % vocab
    packed = torch.cat([first, second])[None]
    positions = torch.cat([torch.arange(8), torch.arange(7)]).to(device)[None]
    try:
        together = model(input_ids=packed, position_ids=positions, use_cache=False).logits[0, 8:]
        alone = model(input_ids=second[None], use_cache=False).logits[0]
        ok = torch.allclose(together.float(), alone.float(), atol=1e-4, rtol=1e-3)
    except Exception:  # a model that rejects position_ids cannot isolate posts
        ok = False
    model.train(was_training)
    return ok


class CausalLMLoss(nn.Module):
    """The model plus a summed token cross-entropy: one module for DDP and torch.compile.

    Returning the sum (not the mean) lets the loop divide by the number of target tokens in
    the whole optimizer step across all processes, so gradient accumulation and DDP give the
    same gradient as one big batch whatever the padding.
    """

    def __init__(self, lm: nn.Module) -> None:
        super().__init__()
        self.lm = lm

    def forward(
        self,
        input_ids: torch.Tensor,
        labels: torch.Tensor,
        position_ids: torch.Tensor | None = None,
    ) -> torch.Tensor:
        logits = self.lm(input_ids=input_ids, position_ids=position_ids, use_cache=False).logits
        targets = F.pad(labels[:, 1:], (0, 1), value=IGNORE)  # shift labels, not logits (no copy)
        return F.cross_entropy(
            logits.flatten(0, 1).float(), targets.flatten(), ignore_index=IGNORE, reduction="sum"
        )


def flops_per_token(model: PreTrainedModel, seq_len: int) -> float:
    """Training FLOPs per token, 6N + 12·L·d·T (PaLM appendix B; nanoGPT's estimate_mfu).

    N counts every parameter except learned position embeddings (the tied LM head is counted
    once through the token embedding, which it shares).
    """
    config: Any = (  # the text part of a multimodal config
        model.config.get_text_config() if hasattr(model.config, "get_text_config") else model.config
    )
    n = sum(p.numel() for p in model.parameters())
    for name, p in model.named_parameters():
        if name.endswith(("wpe.weight", "embed_positions.weight", "position_embeddings.weight")):
            n -= p.numel()
    layers = _first_set(config, "num_hidden_layers", "n_layer")
    width = _first_set(config, "hidden_size", "n_embd")
    return 6 * n + 12 * layers * width * seq_len


def _first_set(config: Any, *names: str) -> int:
    """The first of `names` the config sets (architectures name the same size apart)."""
    return next((int(v) for v in (getattr(config, n, None) for n in names) if v), 0)


def peak_flops(device: torch.device) -> float | None:
    """Dense bf16 peak of known accelerators (for MFU); None where unknown."""
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    for key, peak in (("H100", 989e12), ("H200", 989e12), ("GH200", 989e12), ("A100", 312e12)):
        if key in name:
            return peak
    return None

"""The template context: a spec flattened into the values templates show.

Derived values (the sorted handle, BOT vs CYBORG, avatar slots, table rows) are
computed here once, in Python, so templates stay presentation and every template
agrees on them. Values the spec does not have are left out of the context, so
StrictUndefined reports a template that needs them instead of printing "None".
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, NamedTuple

from hubtools.cards.spec import CORE_STATS, CardSpec

__all__ = ["DEFAULT_PROMPT", "MODEL_LABELS", "card_context", "model_label"]

DEFAULT_PROMPT = "My dream is"
MIN_AVATAR_SLOTS = 3
# How the huggingtweets layout names well-known base models in prose.
MODEL_LABELS = {
    "gpt2": "GPT-2",
    "openai-community/gpt2": "GPT-2",
    "gpt2-medium": "GPT-2 Medium",
    "openai-community/gpt2-medium": "GPT-2 Medium",
    "gpt2-large": "GPT-2 Large",
    "openai-community/gpt2-large": "GPT-2 Large",
    "gpt2-xl": "GPT-2 XL",
    "openai-community/gpt2-xl": "GPT-2 XL",
    "distilgpt2": "DistilGPT2",
    "distilbert/distilgpt2": "DistilGPT2",
}


def model_label(base_model: str) -> str:
    return MODEL_LABELS.get(base_model, base_model)


def _stat_keys(spec: CardSpec) -> list[str]:
    """Core counters in table order, extra counters (first seen first) before `kept`."""
    extra: dict[str, None] = {}
    for user in spec.users:
        for key in user.stats:
            if key not in CORE_STATS:
                extra.setdefault(key, None)
    return [*CORE_STATS[:3], *extra, CORE_STATS[3]]


class AvatarSlot(NamedTuple):
    display: str
    url: str


def _avatar_slots(spec: CardSpec) -> list[AvatarSlot]:
    """Three slots as huggingtweets drew them, more if a later user has an avatar.

    A slot shows (`display:inherit`) only when its user has an avatar URL; empty slots
    are `display:none` with an empty URL.
    """
    last = max((i for i, u in enumerate(spec.users) if u.avatar_url), default=-1)
    slots = []
    for i in range(max(MIN_AVATAR_SLOTS, last + 1)):
        url = spec.users[i].avatar_url if i < len(spec.users) else ""
        slots.append(AvatarSlot("inherit" if url else "none", url))
    return slots


def _shown_stats(stats: dict[str, int], placeholder: str | None) -> dict[str, int | str]:
    """A user's counts; with a placeholder, every missing core count shows as it."""
    shown: dict[str, int | str] = dict(stats)
    if placeholder is not None:
        for key in CORE_STATS:
            shown.setdefault(key, placeholder)
    return shown


def card_context(spec: CardSpec, placeholder: str | None = None) -> dict[str, Any]:
    """The values templates see; `base_model` is absent for a model trained from a local one.
    `placeholder`: what a count the spec lacks shows as (a draft's card)."""
    # Objects with attributes (not dicts): Jinja's attribute lookup is fastest on them,
    # and an attribute the spec lacks is simply absent, so StrictUndefined catches it.
    users = [
        SimpleNamespace(
            handle=u.handle,
            name=u.name,
            avatar_url=u.avatar_url,
            stats=_shown_stats(u.stats, placeholder),
        )
        for u in spec.users
    ]
    tracking = SimpleNamespace(
        **{
            k: getattr(spec.tracking, k)
            for k in spec.tracking.__slots__
            if getattr(spec.tracking, k) is not None
        }
    )
    context: dict[str, Any] = {
        "repo_id": spec.repo_id,
        "repo_name": spec.repo_id.rsplit("/", 1)[-1],
        "handle": spec.joined_handles,
        "users": users,
        "names": [u.name for u in spec.users],
        "bot": "BOT" if len(users) == 1 else "CYBORG",
        "avatar_slots": _avatar_slots(spec),
        "stat_keys": _stat_keys(spec),
        "base_model": spec.base_model,
        "base_model_label": None if spec.base_model is None else model_label(spec.base_model),
        "hub_url": spec.hub_url,
        "language": spec.language,
        "license": spec.license,
        "tags": list(spec.tags),
        "widget": list(spec.widget),
        "widget_items": [{"text": p} for p in spec.widget],
        "prompt": spec.widget[0] if spec.widget else DEFAULT_PROMPT,
        "thumbnail": spec.thumbnail,
        "datasets": list(spec.datasets),
        "tracking": tracking,
        "hyperparameters": dict(spec.hyperparameters),
        "eval_results": dict(spec.eval_results),
        "samples": list(spec.samples),
        "extra_front_matter": spec.extra_front_matter,
        "front_matter_order": spec.front_matter_order,
    }
    return {k: v for k, v in context.items() if v is not None}

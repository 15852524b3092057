"""Build the card spec of a finished run: the data stage's users, the trainer's summary."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from hubtools.cards.escape import url_problem
from hubtools.cards.spec import CardSpec, CardUser, Tracking

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def card_users(users_json: Path) -> list[CardUser]:
    users = []
    for record in json.loads(users_json.read_text(encoding="utf-8")):
        avatar = record.get("avatar_url") or ""
        # A display name comes from a profile anyone can edit; control characters go.
        name = _CONTROL.sub("", record.get("display_name") or "").strip()
        users.append(
            CardUser(
                handle=record["handle"],
                name=name or record["handle"],
                avatar_url="" if url_problem(avatar) else avatar,
                stats={k: int(v) for k, v in record["stats"].items()},
            )
        )
    return users


def detected_languages(users_json: Path) -> list[str]:
    """The languages the data stage found, most written first across all users (each user
    weighs the same, whatever their post count): what the card's `language` states."""
    weight: dict[str, float] = {}
    for record in json.loads(users_json.read_text(encoding="utf-8")):
        shares = record.get("language_shares") or {}
        for code in record.get("languages") or []:
            weight[code] = weight.get(code, 0.0) + float(shares.get(code, 1.0))
    return sorted(weight, key=lambda code: (-weight[code], code))


def _tracking(trackers: list[dict]) -> Tracking:
    wandb = next((t for t in trackers if t.get("name") == "wandb" and t.get("url")), None)
    if wandb is None or not str(wandb["url"]).startswith("https://wandb.ai/"):
        return Tracking()  # offline runs have no public URL to link
    return Tracking(train_run_url=wandb["url"])


def _rounded(value: float | None, digits: int) -> float | None:
    return round(value, digits) if value is not None and math.isfinite(value) else None


def base_model_id(base_model: str) -> str:
    """A Hub id for the card: a local base-model folder is named by its folder name."""
    path = Path(base_model)
    return path.name if path.is_dir() else base_model


def spec_for_run(
    repo_id: str,
    data_dir: Path,
    run_dir: Path,
    *,
    template: str,
    endpoint: str,
    widget: list[str],
    license: str | None,
    thumbnail: bool = True,
    language: str | list[str] | None = None,
) -> CardSpec:
    """The card of a finished run. `language`: what the user said (a flag, the catalogue);
    otherwise the languages detected in the kept posts; "en" only when none were found."""
    from hubtools.train import read_summary

    summary = read_summary(run_dir)
    samples_path = run_dir / summary.samples_file
    samples = json.loads(samples_path.read_text())["samples"] if samples_path.exists() else []
    evals = {
        "validation_loss": _rounded(summary.final_val_loss, 4),
        "perplexity": _rounded(summary.final_val_perplexity, 2),
    }
    hp = summary.hyperparameters
    hyperparameters = {
        k: hp[k]
        for k in (
            "epochs",
            "lr",
            "batch_size",
            "grad_accum",
            "block_size",
            "warmup_ratio",
            "weight_decay",
            "seed",
            "precision",
        )
        if k in hp and hp[k] is not None
    }
    hyperparameters.update(steps=summary.steps, tokens_seen=summary.tokens_seen)
    found = detected_languages(data_dir / "users.json")
    stated = language or (found[0] if len(found) == 1 else found) or "en"
    return CardSpec(
        repo_id=repo_id,
        users=card_users(data_dir / "users.json"),
        language=stated,
        template=template,
        base_model=base_model_id(summary.base_model),
        license=license,
        widget=list(widget),
        thumbnail=f"{endpoint}/{repo_id}/resolve/main/predictions.png" if thumbnail else None,
        tracking=_tracking(summary.trackers),
        hyperparameters=hyperparameters,
        eval_results={k: v for k, v in evals.items() if v is not None},
        samples=[s["text"] for s in samples][:5],
    )


PRESENTATION = ("template", "language", "license", "tags", "widget", "datasets",
                "extra_front_matter", "front_matter_order", "extra_sections")  # fmt: skip


def overlay(data: CardSpec, presentation: CardSpec) -> CardSpec:
    """The card of `data` (a run's or a published card's numbers) dressed as `presentation` says:
    template, metadata, prompts, and each user's name and avatar."""
    import dataclasses

    people = {u.handle.lower(): u for u in presentation.users}
    users = []
    for user in data.users:
        given = people.get(user.handle.lower())
        if given is not None:
            user = dataclasses.replace(
                user, name=given.name, avatar_url=given.avatar_url or user.avatar_url
            )
        users.append(user)
    changes = {name: getattr(presentation, name) for name in PRESENTATION}
    if presentation.thumbnail:
        changes["thumbnail"] = presentation.thumbnail
    return dataclasses.replace(data, users=users, **changes)

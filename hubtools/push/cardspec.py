"""Build the card spec of a finished run: the data stage's users, the trainer's summary."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from hubtools.cards.escape import url_problem
from hubtools.cards.origin import base_origin
from hubtools.cards.spec import CardSpec, CardUser, Tracking
from hubtools.errors import UserError
from hubtools.repo_names import repo_id_problem

if TYPE_CHECKING:
    from hubtools.train.summary import TrainingSummary

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


def base_model_of(summary: TrainingSummary, stated: str | None) -> str | None:
    """The card's `base_model`: the id the user names (`--base-model-id`), else the Hub id the
    run recorded the weights came from (None: a local model, stated as such on the card).
    A summary from before that record: a Hub id as given, a folder read for its traces."""
    if stated:
        problem = repo_id_problem(stated)
        if problem:
            raise UserError(f"--base-model-id {stated!r} {problem}; give a Hub id like org/name")
        return stated
    if summary.base_model_origin is not None:
        return summary.base_model_id
    return base_origin(summary.base_model).hub_id


_RUN_SETTINGS = ("lr", "batch_size", "grad_accum", "block_size", "warmup_ratio",
                 "weight_decay", "seed", "precision", "max_steps")  # fmt: skip


def run_hyperparameters(summary: TrainingSummary) -> dict[str, Any]:
    """What training did (epochs completed, steps, tokens, why it stopped), then the settings
    it ran with. The epochs asked for are no fact about the model and are left out."""
    hp = summary.hyperparameters
    facts: dict[str, Any] = {
        "epochs_completed": summary.epochs_completed,
        "steps": summary.steps,
        "tokens_seen": summary.tokens_seen,
        "stopped_early": _stopped_early(summary),
    }
    facts.update({k: hp[k] for k in _RUN_SETTINGS if hp.get(k) is not None})
    return facts


def _stopped_early(summary: TrainingSummary) -> str | bool:
    """False, or what stopped it: "max_steps" or "early_stopping"."""
    reason = summary.stop_reason
    if reason is None:  # a summary written before the reason was recorded
        planned = summary.hyperparameters.get("epochs")
        if summary.stopped_early:
            reason = "early_stopping"
        elif isinstance(planned, int | float) and summary.epochs_completed < planned:
            reason = "max_steps"
        else:
            reason = "completed"
    return False if reason == "completed" else reason


def repo_avatars(data_dir: Path, repo_id: str, endpoint: str) -> dict[str, str]:
    """{handle: URL of the avatar the commit publishes}, on the repo's own copy (an absolute
    URL: a CSS `url()` in the card's avatar block cannot be relative)."""
    from hubtools.push.modelfiles import avatar_files

    return {
        handle: f"{endpoint}/{repo_id}/resolve/main/{quote(next(iter(files)), safe='/@')}"
        for handle, files in avatar_files(data_dir).items()
    }


def card_people(
    data_dir: Path, repo_id: str, endpoint: str, language: str | list[str] | None
) -> tuple[str | list[str], list[CardUser]]:
    """The card's language and users, from the dataset: what the user said, else the
    languages detected in the kept posts ("en" only when none were found); avatars are
    the repo's own copies."""
    found = detected_languages(data_dir / "users.json")
    stated = language or (found[0] if len(found) == 1 else found) or "en"
    avatars = repo_avatars(data_dir, repo_id, endpoint)
    users = [
        dataclasses.replace(u, avatar_url=avatars.get(u.handle) or u.avatar_url)
        for u in card_users(data_dir / "users.json")
    ]
    return stated, users


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
    base_model_id: str | None = None,
) -> CardSpec:
    """The card of a finished run, every fact from the run's records. `language`: what the
    user said (a flag, the catalogue); otherwise the languages detected in the kept posts;
    "en" only when none were found. `base_model_id`: the user names the base model."""
    from hubtools.train import read_summary

    endpoint = endpoint.rstrip("/")
    summary = read_summary(run_dir)
    samples_path = run_dir / summary.samples_file
    samples = json.loads(samples_path.read_text())["samples"] if samples_path.exists() else []
    evals = {
        "validation_loss": _rounded(summary.final_val_loss, 4),
        "perplexity": _rounded(summary.final_val_perplexity, 2),
    }
    stated, users = card_people(data_dir, repo_id, endpoint, language)
    return CardSpec(
        repo_id=repo_id,
        users=users,
        language=stated,
        template=template,
        base_model=base_model_of(summary, base_model_id),
        license=license,
        widget=list(widget),
        thumbnail=f"{endpoint}/{repo_id}/resolve/main/predictions.png" if thumbnail else None,
        tracking=_tracking(summary.trackers),
        hyperparameters=run_hyperparameters(summary),
        eval_results={k: v for k, v in evals.items() if v is not None},
        samples=[s["text"] for s in samples][:5],
        hub_url=endpoint,
    )


PRESENTATION = ("template", "language", "license", "tags", "widget", "datasets",
                "extra_front_matter", "front_matter_order", "extra_sections")  # fmt: skip


def overlay(data: CardSpec, presentation: CardSpec) -> CardSpec:
    """The card of `data` (a run's or a published card's numbers) dressed as `presentation` says:
    template, metadata, prompts, and each user's name and avatar."""
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

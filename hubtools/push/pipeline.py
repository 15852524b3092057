"""Wire the stages: sources -> dataset -> trainer -> card -> publisher.

Every stage writes under `workdir` and is skipped or resumed on a re-run: the data
stage when its inputs are unchanged, training from its last checkpoint (or not at
all once finished), and publishing is idempotent (an unchanged model makes no commit).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hubtools import output
from hubtools.atomic import write_text
from hubtools.cards.spec import CardSpec
from hubtools.errors import UserError
from hubtools.lockfile import exclusive
from hubtools.progress import amount, rate
from hubtools.publish.publisher import Publisher, PublishRequest, PublishResult, require_token
from hubtools.push.pending import PENDING_FILES
from hubtools.repo_names import repo_id_problem

if TYPE_CHECKING:
    from hubtools.train import TrainConfig

_HANDLE = re.compile(r"[A-Za-z0-9_.]{1,64}(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?")  # user@instance


@dataclass
class PushOptions:
    handles: list[str]
    sources: list[str]
    workdir: Path
    namespace: str | None = None  # None: the token's user
    base_model: str = "gpt2"
    private: bool = False
    template: str | None = None  # None: the card base's template, else "default"
    license: str | None = None
    widget: list[str] = field(default_factory=lambda: ["My dream is"])
    train: dict = field(default_factory=dict)  # TrainConfig overrides (epochs, lr, ...)
    dry_run: bool = False
    card_only: bool = False
    card_base: CardSpec | None = None  # a catalogue entry's card: its presentation wins
    language: str | list[str] | None = None  # stated by the user; else detected in the posts
    meta: dict = field(default_factory=dict)  # recorded in the repo's hubtools.json
    base_model_id: str | None = None  # the Hub id the card names (else the run's record)
    wait: bool = False  # queue behind another push using the same workdir instead of failing


@dataclass
class PushOutcome:
    repo_id: str
    publish: PublishResult
    card: str
    stages: dict[str, str]  # stage -> "ran" | "skipped" | "resumed" | "pending" (dry run)
    pending: list[str] = field(default_factory=list)  # a dry run's files that training makes


def repo_name(handles: list[str]) -> str:
    """huggingtweets' naming: the handles sorted and joined with '-' (a Mastodon
    `user@instance` becomes `user_at_instance`: the Hub allows no '@' in names)."""
    return "-".join(sorted(h.lower().replace("@", "_at_") for h in handles))


def check_handles(handles: list[str], sources: list[str]) -> None:
    if not handles:
        raise UserError("name at least one user: hubtools push USER [USER...] --source SOURCE")
    for handle in handles:
        if not _HANDLE.fullmatch(handle.lstrip("@")):
            raise UserError(
                f"invalid handle {handle!r}: use letters, digits, '_' and '.', like ada_lovecode "
                "(or user@instance for Mastodon)"
            )
    if len({h.lower() for h in handles}) != len(handles):
        raise UserError("a user is named twice; give each handle once")
    if len(sources) != len(handles):
        raise UserError(
            f"give one --source per user: {len(handles)} users but {len(sources)} sources"
        )


def _check_namespace(api, namespace: str | None) -> str:
    """Whoami once (cached): fail before any work when the token cannot write there."""
    from hubtools.publish.retry import status_of

    try:
        me = api.whoami(cache=True)
    except Exception as err:
        if status_of(err) == 401:
            raise UserError("the Hub rejected the token (401); set a valid HF_TOKEN") from None
        raise UserError(
            f"cannot reach the Hub at {api.endpoint}: {str(err).splitlines()[0]}"
        ) from None
    writable = {me["name"], *(o["name"] for o in me.get("orgs", []))}
    role = me.get("auth", {}).get("accessToken", {}).get("role")
    target = namespace or me["name"]
    if role == "read":
        raise UserError("the token is read-only; publishing needs a write token")
    if target not in writable:
        raise UserError(
            f"the token's user {me['name']!r} cannot write to namespace {target!r} (403); use --namespace"
        )
    return target


def _stamp(path: Path) -> str | None:
    return path.read_text().strip() if path.exists() else None


def _train_key(data_key: str, config) -> str:
    values = {name: getattr(config, name) for name in config.RESUME_FIELDS}
    blob = json.dumps([data_key, values], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def run_push(
    options: PushOptions,
    api,
    *,
    say: Callable[[str], None] = print,
    publisher: Publisher | None = None,
) -> PushOutcome:
    handles = [h.lstrip("@") for h in options.handles]
    check_handles(handles, options.sources)
    name = repo_name(handles)
    if options.dry_run and options.namespace:
        namespace = options.namespace  # a dry run may plan for a namespace without a token
    else:
        require_token(api)
        namespace = _check_namespace(api, options.namespace)
    repo_id = f"{namespace}/{name}"
    problem = repo_id_problem(repo_id)
    if problem:
        raise UserError(f"repo name {repo_id!r} {problem}; choose shorter or different handles")

    work = Path(options.workdir)
    with exclusive(work / ".hubtools.lock", what=f"workdir {work}", wait=options.wait, say=say):
        return _run_stages(options, api, handles, repo_id, work, say, publisher)


def _run_stages(options, api, handles, repo_id, work: Path, say, publisher) -> PushOutcome:
    data_dir, run_dir = work / "data", work / "run"
    stages: dict[str, str] = {}
    planned = None  # a dry run's training settings when it does not train
    if options.card_only:
        if not (run_dir / "training_summary.json").exists():
            raise UserError(
                f"{run_dir}: no finished run to take the card from; run hubtools push without --card-only first"
            )
        stages.update(data="skipped", train="skipped")
    else:
        stages["data"] = _data_stage(handles, options, data_dir, say)
        config, key = _train_plan(options, data_dir, run_dir)
        if options.dry_run and not _trained(run_dir, key):
            config.check()  # a dry run still fails on settings that cannot train
            say(f"train: no finished run for these settings in {run_dir}; a dry run does not "
                "train: the card's training figures are pending")  # fmt: skip
            stages["train"], planned = "pending", config
        else:
            stages["train"] = _train_stage(config, key, run_dir, say)

    from hubtools.cards.render import render_card
    from hubtools.push.cardspec import overlay

    spec = _run_spec(options, repo_id, data_dir, run_dir, api.endpoint, planned)
    if options.card_base is not None:
        detected = spec.language
        spec = overlay(spec, options.card_base)
        spec = dataclasses.replace(spec, language=options.language or detected)
    if options.template:
        spec = dataclasses.replace(spec, template=options.template)
    card = render_card(spec)
    from hubtools.push.modelfiles import commit_files

    files: dict[str, Path | bytes] = {"README.md": card.encode("utf-8")}
    users = [(u.handle, u.name) for u in spec.users]
    partial = options.card_only or planned is not None  # pending: no model files to compare
    files.update(commit_files(run_dir, data_dir, users, spec.samples, card_only=partial))
    size = amount(sum(_size(f) for f in files.values()), "bytes")
    dry = " [dry run]" if options.dry_run else ""
    say(f"publishing {repo_id} ({len(files)} files, {size}){dry}")
    publisher = publisher or Publisher(api, log=say)
    started = time.perf_counter()
    result = publisher.publish(
        PublishRequest(
            repo_id,
            files,
            private=options.private,
            message="Update the model card"
            if options.card_only
            else f"New model for @{' @'.join(handles)}",
            spec_hash=spec.spec_hash(),
            dry_run=options.dry_run,
            partial=partial,
            meta=options.meta,
        )
    )
    if not options.dry_run:
        say(_upload_line(result, time.perf_counter() - started))
    stages["publish"] = result.action
    pending = list(PENDING_FILES) if planned is not None else []
    return PushOutcome(repo_id, result, card, stages, pending)


def _run_spec(options, repo_id, data_dir, run_dir, endpoint, planned) -> CardSpec:
    """The card's facts: the finished run's records, or a dry run's plan (figures pending)."""
    if planned is not None:
        from hubtools.push.pending import pending_spec

        return pending_spec(
            repo_id, data_dir, planned, endpoint=endpoint, widget=options.widget,
            license=options.license, language=options.language,
            base_model_id=options.base_model_id,
        )  # fmt: skip
    from hubtools.push.cardspec import spec_for_run

    return spec_for_run(
        repo_id, data_dir, run_dir, template="default", endpoint=endpoint,
        widget=options.widget, license=options.license, language=options.language,
        base_model_id=options.base_model_id,
    )  # fmt: skip


def _size(source: Path | bytes) -> int:
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def _upload_line(result: PublishResult, seconds: float) -> str:
    """What went up, how much and how fast (the changed files only: the rest was there)."""
    sent = [c for c in result.changes if c.kind != "delete"]
    if result.action == "unchanged" or not result.changes:
        return f"upload: nothing changed in {seconds:.1f} s"
    total = sum(c.size for c in sent)
    gone = len(result.changes) - len(sent)
    return (
        f"upload: {len(sent)} files, {amount(total, 'bytes')} in {seconds:.1f} s "
        f"({rate(total, seconds, 'bytes')})" + (f", {gone} deleted" if gone else "")
    )


def _data_stage(handles, options: PushOptions, data_dir: Path, say) -> str:
    from hubtools.dataset.build import DatasetOptions, build_dataset, is_current
    from hubtools.sources.spec import parse_spec

    specs = [parse_spec(src, handle=h) for src, h in zip(options.sources, handles, strict=True)]
    ds_options = DatasetOptions()
    if is_current(data_dir, specs, ds_options):
        say(f"data: {data_dir} is up to date")
        return "skipped"
    if data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    summary = build_dataset(specs, data_dir, ds_options)
    for warning in summary.warnings:
        say(f"warning: {warning}")
    kept = ", ".join(
        f"@{u.handle}: {u.stats.kept} kept of {u.stats.downloaded}" for u in summary.users
    )
    say(f"data: {kept}")
    return "ran"


def _train_plan(options: PushOptions, data_dir: Path, run_dir: Path) -> tuple[TrainConfig, str]:
    """The run's settings and their key (data + settings): an equal key, the same model."""
    from hubtools.train import TrainConfig

    settings = {"widget_prompts": tuple(options.widget), **options.train}
    config = TrainConfig(
        dataset_dir=data_dir, output_dir=run_dir, base_model=options.base_model,
        **settings,
    )  # fmt: skip
    manifest = json.loads((data_dir / "manifest.json").read_text())
    key = _train_key(manifest.get("key") or manifest["files"]["train.jsonl"]["sha256"], config)
    return config, key


def _trained(run_dir: Path, key: str) -> bool:
    """`run_dir` holds the finished model of these data and settings."""
    return (
        _stamp(run_dir / ".hubtools-train-key") == key
        and (run_dir / "training_summary.json").exists()
    )


def _train_stage(config: TrainConfig, key: str, run_dir: Path, say) -> str:
    from hubtools.train import run_training

    stamp = run_dir / ".hubtools-train-key"
    if _trained(run_dir, key):
        say(f"train: {run_dir} already holds this model")
        return "skipped"
    if _stamp(stamp) not in (None, key) and run_dir.exists():
        import shutil

        say("train: data or settings changed; training from scratch")
        shutil.rmtree(run_dir)
    resumed = (run_dir / "checkpoints").exists()
    summary = run_training(config, progress=output.level() <= logging.INFO)
    write_text(stamp, key + "\n")
    loss = summary.final_val_loss
    say(
        f"train: {summary.steps} steps, validation loss {loss:.3f}"
        if loss is not None
        else f"train: {summary.steps} steps"
    )
    return "resumed" if resumed else "ran"

"""Experiment tracking through Accelerate's tracker API (wandb, tensorboard, trackio).

W&B never blocks a run: `WANDB_MODE` is respected; with no API key it logs offline (into
`RUN_DIR/wandb`, upload later with `wandb sync`); online with a key but no route to the
server (where wandb would hang ~100 s, then fail) it says so and logs offline. Secrets never
reach a tracker: the config is the hyperparameters only, scrubbed of known token values.
"""

from __future__ import annotations

import importlib.util
import netrc
import os
import re
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hubtools.errors import UserError

SECRET_ENV = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY")
_PACKAGES = {
    "wandb": ("wandb",),
    "tensorboard": ("tensorboard", "tensorboardX"),
    "trackio": ("trackio",),
}


@dataclass
class TrackerInfo:
    """Where a run's tracking lives; goes into training_summary.json for the card."""

    name: str
    run_id: str | None = None
    url: str | None = None
    mode: str | None = None
    dir: str | None = None


@dataclass
class TrackingPlan:
    """Decided before the Accelerator exists (it takes `log_with` at construction)."""

    tracker: str  # "none" or an Accelerate tracker name
    init_kwargs: dict[str, dict[str, Any]]
    notes: list[str]

    @property
    def log_with(self) -> list[str] | None:
        return None if self.tracker == "none" else [self.tracker]


def secrets() -> list[str]:
    values = [os.environ.get(k, "") for k in SECRET_ENV]
    return [v for v in values if len(v) >= 8]


def scrub(value: Any) -> Any:
    """Replace any known secret value inside strings of a JSON-like structure."""
    if isinstance(value, str):
        for s in secrets():
            value = value.replace(s, "***")
        return value
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    return value


def _wandb_base_url() -> str:
    if url := os.environ.get("WANDB_BASE_URL"):
        return url
    try:
        from wandb.sdk.lib.urls import DEFAULT_BASE_URL
    except ImportError:  # private module moved: fall back to the classic host
        return "https://api.wandb.ai"
    return DEFAULT_BASE_URL


def _has_wandb_key(host: str) -> bool:
    if os.environ.get("WANDB_API_KEY") or os.environ.get("WANDB_IDENTITY_TOKEN_FILE"):
        return True
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    try:
        auth = netrc.netrc(path)
    except (OSError, netrc.NetrcParseError):
        return False
    return any(auth.authenticators(h) for h in (host, "api.wandb.ai"))


def _reachable(host: str, port: int, timeout: float = 3.0) -> str | None:
    """None if a TCP connection opens, else the reason."""
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as err:
        return err.strerror or type(err).__name__
    return None


def wandb_mode(run_dir: Path) -> tuple[str, str | None]:
    """The W&B mode to use and a one-line note for the user (None if nothing to say)."""
    if os.environ.get("WANDB_DISABLED", "").lower() in ("1", "true", "yes"):
        return "disabled", None
    explicit = os.environ.get("WANDB_MODE", "").strip().lower()
    if explicit in ("offline", "dryrun", "disabled"):
        return ("offline" if explicit == "dryrun" else explicit), None
    url = urlsplit(_wandb_base_url())
    host, port = url.hostname or "api.wandb.ai", url.port or (80 if url.scheme == "http" else 443)
    if not _has_wandb_key(host):
        if explicit == "online":
            raise UserError(
                "WANDB_MODE=online but no W&B API key: set WANDB_API_KEY (or run `wandb login`), "
                "or unset WANDB_MODE to log offline"
            )
        return "offline", (
            f"W&B: no API key, logging offline to {run_dir / 'wandb'} "
            "(upload later with `wandb sync`)"
        )
    if any(os.environ.get(k) for k in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return "online", None  # a direct probe says nothing behind a proxy
    if (reason := _reachable(host, port)) is not None:
        return "offline", (
            f"W&B: API key set but {host}:{port} is unreachable ({reason}); logging offline to "
            f"{run_dir / 'wandb'} instead of hanging (upload later with `wandb sync`)"
        )
    return "online", None


def plan_tracking(
    tracker: str, run_dir: Path, run_name: str, resume_ids: dict[str, str]
) -> TrackingPlan:
    if tracker == "none":
        return TrackingPlan("none", {}, [])
    if not any(importlib.util.find_spec(p) for p in _PACKAGES[tracker]):
        raise UserError(
            f"--tracker {tracker}: the {_PACKAGES[tracker][0]} package is not installed; "
            f"`pip install {_PACKAGES[tracker][0]}` or use --tracker none"
        )
    notes: list[str] = []
    kwargs: dict[str, Any] = {}
    if tracker == "wandb":
        mode, note = wandb_mode(run_dir)
        if note:
            notes.append(note)
        if mode == "disabled":
            return TrackingPlan("none", {}, notes)
        run_dir.mkdir(parents=True, exist_ok=True)
        kwargs = {"dir": str(run_dir), "name": run_name, "mode": mode}
        if run_id := resume_ids.get("wandb"):
            kwargs.update(id=run_id, resume="allow")
    return TrackingPlan(tracker, {tracker: kwargs}, notes)


def tracker_config(hparams: dict[str, Any], tracker: str) -> dict[str, Any]:
    """Hyperparameters for the tracker; TensorBoard's hparams only take scalars."""
    clean = scrub(hparams)
    if tracker == "tensorboard":
        return {
            k: v if isinstance(v, int | float | str | bool) else str(v) for k, v in clean.items()
        }
    return clean


def run_infos(accelerator: Any, plan: TrackingPlan) -> list[TrackerInfo]:
    """Ids and URLs of the started tracker runs (main process)."""
    if plan.tracker == "none" or not accelerator.is_main_process:
        return []
    run = accelerator.get_tracker(plan.tracker, unwrap=True)
    if plan.tracker == "wandb":
        mode = plan.init_kwargs["wandb"].get("mode")
        return [
            TrackerInfo(
                "wandb",
                run_id=run.id,
                url=None if mode == "offline" else run.url,
                mode=mode,
                dir=str(Path(run.dir).parent),
            )
        ]
    if plan.tracker == "tensorboard":
        return [TrackerInfo("tensorboard", dir=str(getattr(run, "log_dir", "")) or None)]
    return [TrackerInfo(plan.tracker, run_id=getattr(run, "name", None))]


def log_samples(
    accelerator: Any, plan: TrackingPlan, samples: list[dict[str, Any]], step: int
) -> None:
    if plan.tracker != "wandb" or not accelerator.is_main_process:
        return
    tracker = accelerator.get_tracker("wandb")
    rows = [
        [s["prompt"], s["completion"], s["num_new_tokens"], s["ended_with_eos"]] for s in samples
    ]
    tracker.log_table(
        "samples",
        columns=["prompt", "completion", "new_tokens", "ended_with_eos"],
        data=rows,
        step=step,
    )


def _artifact_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "run"


def log_artifacts(
    accelerator: Any,
    plan: TrackingPlan,
    *,
    dataset_dir: Path,
    model_dir: Path,
    run_name: str,
    hub_model_id: str | None,
    include_model: bool,
    metadata: dict[str, Any],
) -> None:
    """The dataset files and the model (a reference to its Hub repo when it has one)."""
    if plan.tracker != "wandb" or not accelerator.is_main_process:
        return
    import wandb

    run = accelerator.get_tracker("wandb", unwrap=True)
    data = wandb.Artifact(_artifact_name(f"dataset-{dataset_dir.name}"), type="dataset")
    for name in ("train.jsonl", "validation.jsonl", "users.json", "manifest.json"):
        if (dataset_dir / name).is_file():
            data.add_file(str(dataset_dir / name), name=name)
    run.log_artifact(data)
    if not include_model:
        return
    model = wandb.Artifact(
        _artifact_name(f"model-{run_name}"), type="model", metadata=scrub(metadata)
    )
    if hub_model_id:
        model.add_reference(f"https://huggingface.co/{hub_model_id}", name="hub", checksum=False)
    else:
        model.add_dir(str(model_dir))
    run.log_artifact(model)


def finish(accelerator: Any, plan: TrackingPlan) -> None:
    """End the tracker runs; for W&B also wait until its files are complete on disk.

    `run.finish()` can return before wandb-core has flushed the offline run file; shutting
    the service down (it restarts on the next run) makes RUN_DIR/wandb complete on return,
    so a caller may `wandb sync` or upload it at once.
    """
    accelerator.end_training()
    if plan.tracker != "wandb" or not accelerator.is_main_process:
        return
    import wandb

    if wandb.run is None:  # never end a run that someone else started in this process
        try:
            wandb.teardown()
        except SystemExit:  # wandb exits when its service did not stop cleanly
            say("W&B: its service did not shut down cleanly; the run files may be incomplete")


def as_dicts(infos: list[TrackerInfo]) -> list[dict[str, Any]]:
    return [asdict(i) for i in infos]


def say(note: str) -> None:
    print(f"hubtools: {note}", file=sys.stderr)

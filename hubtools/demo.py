"""`make demo`: the whole job, offline, on embedded defaults.

Starts a local Hub, builds a tiny base model (nothing is downloaded) and imports it into
the hub under a canonical id (`tiny-gpt2`, as `gpt2` is on the Hub), runs `hubtools push
--base-model tiny-gpt2` for two fictional accounts from the bundled sample posts, then
downloads the published repo with the real client, loads it with
`transformers.pipeline` and generates from the card's widget prompt. It ends by saying
where everything is: the card, the model folder, `predictions.png`, a screenshot of the
model page (with a headless Chromium, when one is installed) and the command that serves
that page again.

The local Hub stops when the demo ends: `make` returns with no server left behind (a
background server would hold a port, outlive the terminal and keep a piped `make demo`
waiting). Its state stays in the demo folder, so the printed command serves the same page
at the same address.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hubtools.localhub.process import HubAccount, HubProcess

HANDLES = ("ada_lovecode", "grace_hopsalot")
ORG = "huggingtweets"
BASE_ID = "tiny-gpt2"  # canonical (no namespace): resolved through the hub, as online
STAGES = 5
SCREENSHOT_TIMEOUT_S = 90


@dataclass
class Stages:
    """`== [2/5] what (12 s so far)`: each stage, and the time since the start."""

    t0: float = field(default_factory=time.perf_counter)
    done: int = 0

    def __call__(self, msg: str) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.t0
        print(f"\n== [{self.done}/{STAGES}] {msg} ({elapsed:.0f} s so far)", flush=True)

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0


@dataclass
class Result:
    """What the demo made, for the closing summary."""

    work: Path
    repo_id: str = ""
    url: str = ""
    port: int = 0
    model: Path | None = None
    shot: Path | None = None
    shot_note: str = ""
    generations: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m hubtools.demo", description=__doc__)
    parser.add_argument("--dir", type=Path, help="Folder for everything the demo makes.")
    args = parser.parse_args(argv)
    from hubtools import output

    output.configure()  # plain lines off a terminal, no library chatter
    work = args.dir.resolve() if args.dir else Path(tempfile.mkdtemp(prefix="hubtools-demo-"))
    work.mkdir(parents=True, exist_ok=True)
    stage = Stages()
    result = _run(work, stage)
    _summary(result, stage.elapsed())


def _run(work: Path, stage: Stages) -> Result:
    token = f"hf_demo_{secrets.token_hex(8)}"
    stage(f"starting a local Hub (state in {work / 'hub'})")
    result = Result(work)
    with HubProcess(
        work / "hub", [HubAccount("demo", token, orgs=[ORG])], log=work / "hub.log"
    ) as hub:
        env = {
            **os.environ,
            "HF_ENDPOINT": hub.url,
            "HF_HOME": str(work / "hf_home"),
            "HF_TOKEN": token,
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "WANDB_MODE": "offline",
            "WANDB_DIR": str(work),
            "TOKENIZERS_PARALLELISM": "false",
        }
        os.environ.update({k: v for k, v in env.items() if k.startswith(("HF_", "WANDB_"))})

        # after HF_ENDPOINT is set: the client reads it when first imported
        stage("building a tiny GPT-2 base model from a config (tokenizer trained on the posts)")
        base = _tiny_base(work / "base-model")
        stage(f"importing it into the local Hub as {BASE_ID} (same port, same state)")
        hub.extra_args += ["--import", f"{BASE_ID}={base}"]
        hub.restart()
        result.url, result.port = hub.url, hub.port

        stage(f"hubtools push {' '.join(HANDLES)} (data, 180 training steps, one commit)")
        result.repo_id = _push(work, env)
        tmp_png = work / ".model-page.tmp.png"  # Chromium wants the .png suffix
        shooting = _start_screenshot(f"{hub.url}/{result.repo_id}", tmp_png)  # in the background
        stage(f"downloading {result.repo_id} with huggingface_hub, generating with transformers")
        _download_and_generate(result)
        result.shot, result.shot_note = _finish_screenshot(
            shooting, tmp_png, work / "model-page.png"
        )
    return result


def _push(work: Path, env: dict[str, str]) -> str:
    from hubtools.demo_posts import sources

    src = sources()
    cmd = [sys.executable, "-m", "hubtools", "push", *HANDLES, "--source", src[0],
           "--source", src[1], "--namespace", ORG, "--base-model", BASE_ID,
           "--workdir", str(work / "push"), "--epochs", "12", "--lr", "1e-3", "--json"]  # fmt: skip
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"hubtools push failed (exit {proc.returncode}); see the messages above")
    repo_id: str = json.loads(proc.stdout)["repo_id"]
    return repo_id


def _download_and_generate(result: Result) -> None:
    from huggingface_hub import HfApi, snapshot_download
    from transformers import pipeline
    from transformers.utils import logging as hf_logging

    from hubtools import progress

    hf_logging.set_verbosity_error()
    with progress.shown():
        with progress.step(f"downloading {result.repo_id}"):
            model = Path(snapshot_download(result.repo_id, local_dir=result.work / "model"))
        with progress.step("loading the model and generating 3 samples"):
            generator = pipeline("text-generation", model=str(model), device="cpu")
            outputs = generator(
                "My dream is", num_return_sequences=3, max_new_tokens=40, do_sample=True
            )
    result.model = model
    result.files = sorted(HfApi().list_repo_files(result.repo_id))
    result.generations = [" ".join(out["generated_text"].split()) for out in outputs]


def _start_screenshot(url: str, shot: Path) -> subprocess.Popen[bytes] | str:
    """A headless Chromium drawing the live model page while the demo goes on (2 cores:
    its start-up overlaps the download); a sentence saying why not when there is none."""
    from hubtools.cards.preview import chromium_args, find_chromium

    chromium = find_chromium()
    if chromium is None:
        return (
            "no screenshot of the model page: no Chromium installed "
            "(apt-get install chromium, or set HUBTOOLS_CHROMIUM)"
        )
    shot.unlink(missing_ok=True)
    cmd = [*chromium_args(chromium, shot.parent / "chromium-profile"), "--window-size=1280,1800",
           f"--screenshot={shot}", url]  # fmt: skip
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _finish_screenshot(
    shooting: subprocess.Popen[bytes] | str, shot: Path, png: Path
) -> tuple[Path | None, str]:
    """`png` once Chromium wrote a real PNG (renamed into place), else why there is none."""
    from hubtools.cards.preview import PNG_MAGIC

    if isinstance(shooting, str):
        return None, shooting
    try:
        shooting.wait(SCREENSHOT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        shooting.kill()
        shooting.wait()
        return None, f"no screenshot: Chromium took over {SCREENSHOT_TIMEOUT_S} s"
    if not shot.is_file() or shot.read_bytes()[:8] != PNG_MAGIC:
        return None, "no screenshot: Chromium wrote no PNG"
    os.replace(shot, png)
    return png, ""


def _summary(result: Result, seconds: float) -> None:
    """The generations, then where everything is (and how to see the page again)."""
    page = f"{result.url}/{result.repo_id}"
    model = result.model or result.work / "model"
    print("\n----- generations from the published model " + "-" * 22)
    for text in result.generations:
        print(f"- {text}")
    print(f"\n== done in {seconds:.0f} s. Where everything is:")
    rows = [
        ("model card", model / "README.md"),
        ("model folder", f"{model}  ({len(result.files)} files, as published)"),
        ("predictions", model / "predictions.png"),
        ("page PNG", result.shot or result.shot_note),
        ("training run", result.work / "push" / "run"),
        ("model page", f"{page}  (the local Hub has stopped; serve it again with:)"),
    ]
    for label, value in rows:
        print(f"  {label:<13} {value}")
    serve = [*_hubtools(), "hub", "serve", "--root", str(result.work / "hub"),
             "--config", str(result.work / "hub-accounts.yaml"), "--port", str(result.port)]  # fmt: skip
    print(f"    {shlex.join(serve)}")
    print(f"  then open {page} (Ctrl-C stops it)")


def _hubtools() -> list[str]:
    """The `hubtools` script beside this Python (the venv's), else `python -m hubtools`."""
    script = Path(sys.executable).parent / "hubtools"
    if not script.is_file():
        return [sys.executable, "-m", "hubtools"]
    try:
        return [str(script.relative_to(Path.cwd()))]
    except ValueError:
        return [str(script)]


def _tiny_base(out: Path) -> Path:
    from hubtools.demo_posts import sources
    from hubtools.sources import load_posts
    from hubtools.tinymodel import build_tiny_model

    texts = [post.text for source in sources() for post in load_posts(source)]
    return build_tiny_model(out, texts, n_layer=4, n_embd=128, n_head=4, vocab_size=2048)


if __name__ == "__main__":
    main()

"""`make demo`: the whole job, offline, on embedded defaults.

Starts a local Hub, builds a tiny base model (nothing is downloaded) and imports it into
the hub under a canonical id (`tiny-gpt2`, as `gpt2` is on the Hub), runs `hubtools push
--base-model tiny-gpt2` for two fictional accounts from the bundled sample posts, then
downloads the published repo with the real client, loads it with
`transformers.pipeline` and generates from the card's widget prompt.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

HANDLES = ("ada_lovecode", "grace_hopsalot")
ORG = "huggingtweets"
BASE_ID = "tiny-gpt2"  # canonical (no namespace): resolved through the hub, as online


def _say(msg: str) -> None:
    print(f"\n== {msg}", flush=True)


def main() -> None:
    from hubtools.demo_posts import sources
    from hubtools.localhub.process import Account, HubProcess

    work = Path(tempfile.mkdtemp(prefix="hubtools-demo-"))
    token = f"hf_demo_{secrets.token_hex(8)}"
    _say(f"starting a local Hub (state in {work / 'hub'})")
    with HubProcess(
        work / "hub", [Account("demo", token, orgs=[ORG])], log=work / "hub.log"
    ) as hub:
        env = {
            **os.environ,
            "HF_ENDPOINT": hub.url,
            "HF_HOME": str(work / "hf_home"),
            "HF_TOKEN": token,
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "HF_HUB_DISABLE_XET": "1",
            "WANDB_MODE": "offline",
            "WANDB_DIR": str(work),
            "TOKENIZERS_PARALLELISM": "false",
        }
        os.environ.update({k: v for k, v in env.items() if k.startswith(("HF_", "WANDB_"))})

        # after HF_ENDPOINT is set: the client reads it when first imported
        _say("building a tiny GPT-2 base model from a config (tokenizer trained on the posts)")
        base = _tiny_base(work / "base-model")
        _say(f"importing it into the local Hub as {BASE_ID} (same port, same state)")
        hub.extra_args += ["--import", f"{BASE_ID}={base}"]
        hub.restart()

        _say(f"hubtools push {' '.join(HANDLES)}")
        src = sources()
        cmd = [sys.executable, "-m", "hubtools", "push", *HANDLES, "--source", src[0], "--source", src[1],
               "--namespace", ORG, "--base-model", BASE_ID, "--workdir", str(work / "push"),
               "--epochs", "12", "--lr", "1e-3", "--json"]  # fmt: skip
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"hubtools push failed (exit {proc.returncode}); see the messages above")
        result = json.loads(proc.stdout)
        repo_id = result["repo_id"]

        _say(f"downloading {repo_id} with huggingface_hub and generating with transformers")
        from huggingface_hub import HfApi, snapshot_download
        from transformers import pipeline
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        local = snapshot_download(repo_id)
        card = (Path(local) / "README.md").read_text(encoding="utf-8")
        generator = pipeline("text-generation", model=local, device="cpu")
        prompt = "My dream is"
        outputs = generator(prompt, num_return_sequences=3, max_new_tokens=40, do_sample=True)

        print(f"\nRepo:    {hub.url}/{repo_id}")
        print(f"Commit:  {result['commit_url']}")
        print("Files:   " + ", ".join(sorted(HfApi().list_repo_files(repo_id))))
        print("\n----- README.md " + "-" * 50)
        print(card)
        print("----- generations " + "-" * 48)
        for out in outputs:
            print(f"- {' '.join(out['generated_text'].split())}")


def _tiny_base(out: Path) -> Path:
    from hubtools.demo_posts import sources
    from hubtools.sources import load_posts
    from hubtools.tinymodel import build_tiny_model

    texts = [post.text for source in sources() for post in load_posts(source)]
    return build_tiny_model(out, texts, n_layer=4, n_embd=128, n_head=4, vocab_size=2048)


if __name__ == "__main__":
    main()

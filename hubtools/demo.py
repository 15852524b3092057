"""`make demo`: publish a small model to a local Hub with the real client, offline."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path


def main() -> None:
    from hubtools.localhub.process import Account, HubProcess

    work = Path(tempfile.mkdtemp(prefix="hubtools-demo-"))
    token = f"hf_demo_{secrets.token_hex(8)}"
    with HubProcess(work / "hub", [Account("demo", token, orgs=["huggingtweets"])]) as hub:
        os.environ.update(
            HF_ENDPOINT=hub.url,
            HF_HOME=str(work / "hf_home"),
            HF_TOKEN=token,
            HF_HUB_DISABLE_TELEMETRY="1",
            HF_HUB_DISABLE_XET="1",
        )
        from huggingface_hub import HfApi

        api = HfApi()
        folder = work / "example"
        folder.mkdir()
        (folder / "README.md").write_text(
            "---\nlanguage: en\ntags:\n- huggingtweets\n---\n\n# Example\n"
        )
        (folder / "config.json").write_text('{"model_type": "gpt2"}\n')
        (folder / "model.safetensors").write_bytes(os.urandom(64 * 1024))
        repo = "huggingtweets/example"
        api.create_repo(repo, exist_ok=True)
        commit = api.upload_folder(repo_id=repo, folder_path=folder, commit_message="Example model")
        print(f"Published {hub.url}/{repo}")
        print(f"Commit    {commit.commit_url}")
        for path in api.list_repo_files(repo):
            print(f"  {path}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

"""Shared set-up for the benchmarks: an isolated Hub client environment, set before import."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

TOKEN = "hf_bench_token"
REPO = Path(__file__).resolve().parents[1]


def isolated(name: str) -> Path:
    """A scratch folder, and the client pointed at nothing real: call before huggingface_hub."""
    root = Path(tempfile.mkdtemp(prefix=f"hubtools-bench-{name}-"))
    os.environ.update(
        HF_HOME=str(root / "hf_home"),
        HF_TOKEN=TOKEN,
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_DISABLE_PROGRESS_BARS="1",
    )
    os.environ.pop("HF_HUB_DISABLE_XET", None)  # the client's default: Xet
    sys.path.insert(0, str(REPO))
    return root

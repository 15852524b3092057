"""Applying 200 card-only catalogue entries with --jobs 1 and --jobs 8.

The local Hub adds 50 ms to every request (a real Hub is far away), so the figure
is the speed-up from overlapping requests, and the requests each entry costs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml
from benchenv import TOKEN, isolated

ROOT = isolated("bulk")
HERE = Path(__file__).resolve().parents[1]

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402


def catalogue(folder: Path, org: str, n: int) -> None:
    bases = [yaml.safe_load(p.read_text()) for p in sorted((HERE / "cards").glob("*.yaml"))]
    bases = [b for b in bases if "build" not in b]
    folder.mkdir(parents=True)
    for i in range(n):
        spec = dict(bases[i % len(bases)], repo_id=f"{org}/entry-{i:03d}")
        (folder / f"e{i:03d}.yaml").write_text(
            yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        )


def apply(hub: HubProcess, cards: Path, jobs: int) -> tuple[float, int]:
    env = {**os.environ, "HF_ENDPOINT": hub.url, "HF_TOKEN": TOKEN, "HF_HOME": str(ROOT / "hf"),
           "HF_HUB_DISABLE_TELEMETRY": "1"}  # fmt: skip
    hub.reset_requests()
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hubtools",
            "bulk",
            "apply",
            str(cards),
            "--jobs",
            str(jobs),
            "--json",
            "--rate",
            "1000000/300",
            "--state",
            str(ROOT / f"state-{jobs}.jsonl"),
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start, len(hub.requests())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    n = args.entries
    accounts = [HubAccount("bench", TOKEN, orgs=["serial", "parallel"])]
    with HubProcess(ROOT / "hub", accounts) as hub:
        catalogue(ROOT / "serial", "serial", n)
        catalogue(ROOT / "parallel", "parallel", n)
        hub.set_faults([f"* /*:delay={args.latency}"])
        t1, r1 = apply(hub, ROOT / "serial", 1)
        t8, r8 = apply(hub, ROOT / "parallel", 8)
    print(f"{n} card-only entries, {args.latency * 1000:.0f} ms added to every request")
    print(f"--jobs 1: {t1:7.2f} s  {r1 / n:5.2f} requests/entry")
    print(f"--jobs 8: {t8:7.2f} s  {r8 / n:5.2f} requests/entry")
    print(f"speed-up: {t1 / t8:.1f}x")


if __name__ == "__main__":
    main()

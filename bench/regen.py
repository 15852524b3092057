"""Regenerating 1,000 card-only repos: hubtools vs the obvious loop, first and second run.

The obvious loop is what a script author writes: for each repo, `ModelCard.load`,
parse + render, `card.push_to_hub`. Both render the same cards with the same
templates; the difference is the requests they spend and the time they take.
Targets: <= 5 requests per changed repo, <= 0.05 per unchanged repo on the second
run, and faster than the obvious loop.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchenv import TOKEN, isolated

ROOT = isolated("regen")
HERE = Path(__file__).resolve().parents[1]

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402

EXAMPLES = HERE / "tests" / "fixtures" / "cards" / "examples"


def seed(hub: HubProcess, org: str, n: int) -> None:
    """n repos holding the example cards as huggingtweets left them (double-encoded)."""
    cards = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.md"))]

    def make(i: int) -> None:
        name = f"model-{i:04d}"
        headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
        body = json.dumps({"name": name, "organization": org}).encode()
        urllib.request.urlopen(
            urllib.request.Request(f"{hub.url}/api/repos/create", body, headers)
        ).read()
        line = {"key": "file", "value": {"path": "README.md", "encoding": "base64",
                                         "content": base64.b64encode(cards[i % len(cards)]).decode()}}  # fmt: skip
        ndjson = (
            json.dumps({"key": "header", "value": {"summary": "seed"}}) + "\n" + json.dumps(line)
        )
        url = f"{hub.url}/api/models/{org}/{name}/commit/main"
        urllib.request.urlopen(urllib.request.Request(url, ndjson.encode(), headers)).read()

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(make, range(n)))


def run_hubtools(hub: HubProcess, org: str, ledger: Path, jobs: int) -> tuple[float, int, dict]:
    hub.reset_requests()
    start = time.perf_counter()
    env = {**os.environ, "HF_ENDPOINT": hub.url}
    proc = subprocess_run(
        [sys.executable, "-m", "hubtools", "card", "regen", "--author", org, "--template", "huggingtweets",
         "--jobs", str(jobs), "--ledger", str(ledger), "--json",
         # The local hub has no rate limit and the obvious loop has no budget: lift ours too
         # (with the real Hub's 1,000 calls / 5 min, any client needs 20 min for 1,000 repos).
         "--rate", "1000000/300"], env)  # fmt: skip
    elapsed = time.perf_counter() - start
    counts: dict[str, int] = {}
    for o in json.loads(proc):
        counts[o["result"]] = counts.get(o["result"], 0) + 1
    return elapsed, len(hub.requests()), counts


def subprocess_run(cmd: list[str], env: dict) -> str:
    import subprocess

    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout


OBVIOUS = """
import os, sys, json
from huggingface_hub import HfApi, ModelCard
from hubtools.cards.parse import parse_card
from hubtools.cards.render import render_card
api = HfApi()
for info in api.list_models(author=sys.argv[1]):
    card = ModelCard.load(info.id)
    new = render_card(parse_card(card.content).spec, "huggingtweets")
    ModelCard(new).push_to_hub(info.id, commit_message="Regenerate model card")
"""


def run_obvious(hub: HubProcess, org: str) -> tuple[float, int]:
    hub.reset_requests()
    start = time.perf_counter()
    subprocess_run([sys.executable, "-c", OBVIOUS, org], {**os.environ, "HF_ENDPOINT": hub.url})
    return time.perf_counter() - start, len(hub.requests())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repos", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    args = parser.parse_args()
    n = args.repos
    accounts = [HubAccount("bench", TOKEN, orgs=["ours", "theirs"])]
    with HubProcess(ROOT / "hub", accounts) as hub:
        seed(hub, "ours", n)
        seed(hub, "theirs", n)
        ledger = ROOT / "ledger.jsonl"
        t1, r1, c1 = run_hubtools(hub, "ours", ledger, args.jobs)
        t2, r2, c2 = run_hubtools(hub, "ours", ledger, args.jobs)
        o1, q1 = run_obvious(hub, "theirs")
        o2, q2 = run_obvious(hub, "theirs")

    print(
        f"{n} card-only repos on the local hub (hubtools --jobs {args.jobs}); results: {c1} then {c2}"
    )
    print(f"{'':22}{'wall s':>9}{'req/repo':>10}   {'obvious loop':>12}{'req/repo':>10}   speed-up")
    print(
        f"{'first run (changed)':22}{t1:9.2f}{r1 / n:10.3f}   {o1:12.2f}{q1 / n:10.3f}   {o1 / t1:6.1f}x"
    )
    print(
        f"{'second run (no change)':22}{t2:9.2f}{r2 / n:10.3f}   {o2:12.2f}{q2 / n:10.3f}   {o2 / t2:6.1f}x"
    )
    print("targets: <= 5 req per changed repo, <= 0.05 per unchanged repo, faster than the loop")


if __name__ == "__main__":
    main()

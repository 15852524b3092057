"""Regenerating 1,000 card-only repos: hubtools vs the obvious loop, first and second run.

The obvious loop is what a script author writes: list the org's models, then per repo
`ModelCard.load`, parse + render, `push_to_hub`. Both render the same cards with the same
templates; the difference is the requests they spend and the time they take.
Targets: <= 5 requests per changed repo, <= 0.05 per unchanged repo on the second
run, and faster than the obvious loop.

Fairness:
  - The loop in its strongest reasonable form: a ThreadPoolExecutor with as many threads
    as hubtools' --jobs, and it pushes only when the rendered card (as a ModelCard, which
    normalises the text the way `load` does) differs from the one it loaded, so its
    second run writes nothing either (`push_to_hub` alone would spend a preupload and a
    skipped commit per repo finding that out).
  - Each side runs in its own process, warm (imports done, templates compiled, a warm-up
    run on repos of its own): hubtools as `hubtools card regen` called in that process,
    the loop as a function. Neither pays interpreter start-up in the figures.
  - Every round gives each side fresh repos (an org of its own per round, all seeded
    before the hub starts, so the hub is the same size throughout) for the first run,
    then the same repos again for the second run; A goes first in even rounds, B in
    odd ones. Ratios are taken round by round; the median and min-max are printed.
  - Wall time, the client process's CPU and the local hub's CPU (read from /proc) are
    reported apart.

    python bench/regen.py [--repos 1000] [--jobs 8] [--rounds 6]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchenv import TOKEN, isolated
from fair import JobRound, JobSide, in_turn, job_ratios, spread

ROOT = isolated("regen")
HERE = Path(__file__).resolve().parents[1]

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402
from hubtools.localhub.store import Op, Store  # noqa: E402

EXAMPLES = HERE / "tests" / "fixtures" / "cards" / "examples"
RATE = "1000000/300"  # the local hub has no rate limit and the loop no budget: lift ours too
WARM_REPOS = 20
LOG = ROOT / "sides.log"  # the sides' warnings (cards the old notebook garbled beyond repair)
PHASES = ("first run (changed)", "second run (no change)")


def seed(root: Path, org: str, n: int) -> None:
    """n repos holding the example cards as huggingtweets left them (double-encoded),
    written straight into the stopped hub's store."""
    cards = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.md"))]
    store = Store(root)
    for i in range(n):
        repo = store.create_repo("model", f"{org}/model-{i:04d}", private=False, author="bench")
        store.apply(repo, ("branch", "main"), [Op("file", "README.md", cards[i % len(cards)])],
                    title="seed", message="", author="bench")  # fmt: skip


def hubtools_setup(jobs: int):
    """`hubtools card regen --author ORG ...` in a warm process; the job's input is
    (org, ledger), its result the count of each outcome."""

    def setup():
        from fair import hubtools_cli

        def job(arg: tuple[str, str]) -> dict[str, int]:
            org, ledger = arg
            out = hubtools_cli(["card", "regen", "--author", org, "--template", "huggingtweets",
                                "--jobs", str(jobs), "--ledger", ledger, "--rate", RATE,
                                "--json"])  # fmt: skip
            return dict(Counter(o["result"] for o in json.loads(out)))

        return job

    return setup


def loop_setup(jobs: int):
    """The obvious loop, on `jobs` threads, in a warm process; the job's input is the org."""

    def setup():
        from concurrent.futures import ThreadPoolExecutor

        from huggingface_hub import HfApi, ModelCard

        from hubtools.cards.parse import parse_card
        from hubtools.cards.render import render_card

        api = HfApi()

        def one(repo_id: str) -> str:
            card = ModelCard.load(repo_id)
            new = ModelCard(render_card(parse_card(card.content).spec, "huggingtweets"))
            if new.content == card.content:
                return "unchanged"
            new.push_to_hub(repo_id, commit_message="Regenerate model card")
            return "updated"

        def job(org: str) -> dict[str, int]:
            ids = [m.id for m in api.list_models(author=org)]
            with ThreadPoolExecutor(jobs) as pool:
                return dict(Counter(pool.map(one, ids)))

        return job

    return setup


class Timed:
    """A side, the input it gets in a round (`arg(tag)`), its rounds per phase, and the
    requests each run cost."""

    def __init__(self, side: JobSide, hub: HubProcess, arg: Callable[[str], object]) -> None:
        self.side, self.hub, self.arg = side, hub, arg
        self.rounds: dict[str, list[JobRound]] = {p: [] for p in PHASES}
        self.requests: dict[str, list[int]] = {p: [] for p in PHASES}

    def run(self, phase: str, tag: str) -> None:
        self.hub.reset_requests()
        self.rounds[phase].append(self.side.run(self.arg(tag)))
        self.requests[phase].append(len(self.hub.requests()))


def alternate(hub: HubProcess, jobs: int, rounds: int) -> tuple[Timed, Timed]:
    pid = hub.proc.pid if hub.proc else None
    ours = Timed(JobSide(f"hubtools --jobs {jobs}", hubtools_setup(jobs), pid, LOG), hub,
                 lambda tag: (f"ours{tag}", str(ROOT / f"ledger-{tag}.jsonl")))  # fmt: skip
    loop = Timed(JobSide(f"obvious loop, {jobs} threads", loop_setup(jobs), pid, LOG), hub,
                 lambda tag: f"theirs{tag}")  # fmt: skip
    try:
        for _ in PHASES:  # warm-up on repos of their own, untimed: changed, then unchanged
            for t in (ours, loop):
                t.side.run(t.arg("w"))
        for i in range(rounds):
            for phase in PHASES:
                for t in in_turn(i, ours, loop):
                    t.run(phase, str(i))
    finally:
        ours.side.close()
        loop.side.close()
    return ours, loop


def report(ours: Timed, loop: Timed, n: int) -> None:
    def med(rounds: list[JobRound], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in rounds)

    print(f"{'':24}{'side':<30}{'wall s':>8}{'cpu s':>8}{'hub cpu s':>11}{'req/repo':>10}  results")
    for phase in PHASES:
        for t, label in ((ours, phase), (loop, "")):
            r = t.rounds[phase]
            print(f"{label:<24}{t.side.name:<30}{med(r, 'wall'):8.2f}{med(r, 'cpu'):8.2f}"
                  f"{med(r, 'server_cpu'):11.2f}{max(t.requests[phase]) / n:10.3f}  "
                  f"{r[-1].result}")  # fmt: skip
        a, b = ours.rounds[phase], loop.rounds[phase]
        for attr, what in (("wall", "wall"), ("cpu", "client cpu"), ("server_cpu", "hub cpu"),
                           ("total_cpu", "all cpu")):  # fmt: skip
            print(f"{'':24}loop / hubtools, {what:<11} {spread(job_ratios(a, b, attr))}")
    print(f"({len(ours.rounds[PHASES[0]])} alternated rounds; req/repo is the most of any round)")


def verdict(ours: Timed, loop: Timed, n: int) -> None:
    changed = max(ours.requests[PHASES[0]]) / n
    unchanged = max(ours.requests[PHASES[1]]) / n
    faster = all(
        statistics.median(job_ratios(ours.rounds[p], loop.rounds[p], "wall")) > 1 for p in PHASES
    )
    checks = [("<= 5 req per changed repo", changed <= 5),
              ("<= 0.05 per unchanged repo", unchanged <= 0.05),
              ("faster than the loop (median wall, both runs)", faster)]  # fmt: skip
    print("targets: " + ", ".join(f"{name}: {'ok' if ok else 'MISSED'}" for name, ok in checks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8, help="hubtools --jobs = the loop's threads")
    parser.add_argument("--rounds", type=int, default=6, help="alternated rounds")
    args = parser.parse_args()
    n = args.repos
    tags = ["w", *map(str, range(args.rounds))]
    orgs = [f"{side}{tag}" for tag in tags for side in ("ours", "theirs")]
    for org in orgs:
        seed(ROOT / "hub", org, WARM_REPOS if org.endswith("w") else n)
    with HubProcess(ROOT / "hub", [HubAccount("bench", TOKEN, orgs=orgs)]) as hub:
        os.environ["HF_ENDPOINT"] = hub.url  # read by the workers' huggingface_hub import
        ours, loop = alternate(hub, args.jobs, args.rounds)
    print(f"{n} card-only repos per run on the local hub ({len(orgs) - 2} orgs of {n} repos); "
          "each side warm in its own process")  # fmt: skip
    report(ours, loop, n)
    verdict(ours, loop, n)


if __name__ == "__main__":
    main()

"""Applying 200 card-only catalogue entries with --jobs 1 and --jobs 8.

The local Hub adds 50 ms to every request (a real Hub is far away), so the figure
is the speed-up from overlapping requests, and the requests each entry costs.

Fairness:
  - Each side is `hubtools bulk apply` called in its own warm process (imports done, a
    warm-up apply of a few entries first, untimed); neither pays interpreter start-up.
  - Both apply the same catalogue; every round publishes it under a fresh namespace per
    side (`--namespace`, with a fresh state file), so each round creates the same repos
    from nothing on both sides. --jobs 1 goes first in even rounds, --jobs 8 in odd ones.
  - Wall time, the client process's CPU and the local hub's CPU (read from /proc) are
    reported apart; ratios are taken round by round, median and min-max printed.

    python bench/bulk.py [--entries 200] [--latency 0.05] [--rounds 4]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from collections import Counter
from pathlib import Path

import yaml
from benchenv import TOKEN, isolated
from fair import JobRound, JobSide, in_turn, job_ratios, spread

ROOT = isolated("bulk")
HERE = Path(__file__).resolve().parents[1]

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402

RATE = "1000000/300"  # no budget in the way: the figure is the overlap
WARM_ENTRIES = 5
JOBS = (1, 8)


def catalogue(folder: Path, n: int) -> Path:
    bases = [yaml.safe_load(p.read_text()) for p in sorted((HERE / "cards").glob("*.yaml"))]
    bases = [b for b in bases if "build" not in b]
    folder.mkdir(parents=True)
    for i in range(n):
        spec = dict(bases[i % len(bases)], repo_id=f"bench/entry-{i:03d}")
        (folder / f"e{i:03d}.yaml").write_text(
            yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        )
    return folder


def apply_setup(jobs: int):
    """`hubtools bulk apply CATALOGUE --namespace NS ...` in a warm process; the job's
    input is (catalogue, namespace), its result the count of each outcome."""

    def setup():
        from fair import hubtools_cli

        def job(arg: tuple[str, str]) -> dict[str, int]:
            cards, ns = arg
            out = hubtools_cli(["bulk", "apply", cards, "--namespace", ns, "--jobs", str(jobs),
                                "--json", "--rate", RATE, "--state", str(ROOT / f"state-{ns}.jsonl"),
                                "--workdir", str(ROOT / "work")])  # fmt: skip
            return dict(Counter(o["result"] for o in json.loads(out)))

        return job

    return setup


def alternate(hub: HubProcess, cards: tuple[Path, Path], rounds: int) -> dict[int, list]:
    """Rounds of each side: (JobRound, requests) per round."""
    pid = hub.proc.pid if hub.proc else None
    sides = {j: JobSide(f"--jobs {j}", apply_setup(j), pid, ROOT / "sides.log") for j in JOBS}
    timed: dict[int, list] = {j: [] for j in JOBS}
    try:
        for j, side in sides.items():  # warm-up, untimed
            side.run((str(cards[0]), f"jobs{j}w"))
        for i in range(rounds):
            for j in in_turn(i, *JOBS):
                hub.reset_requests()
                r = sides[j].run((str(cards[1]), f"jobs{j}r{i}"))
                timed[j].append((r, len(hub.requests())))
    finally:
        for side in sides.values():
            side.close()
    return timed


def report(timed: dict[int, list], n: int) -> None:
    def med(rounds: list[JobRound], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in rounds)

    print(f"{'':12}{'wall s':>8}{'cpu s':>8}{'hub cpu s':>11}{'req/entry':>11}  results")
    for j, runs in timed.items():
        rs = [r for r, _ in runs]
        print(f"--jobs {j:<5}{med(rs, 'wall'):8.2f}{med(rs, 'cpu'):8.2f}"
              f"{med(rs, 'server_cpu'):11.2f}{max(q for _, q in runs) / n:11.2f}  "
              f"{rs[-1].result}")  # fmt: skip
    one, eight = ([r for r, _ in timed[j]] for j in JOBS)
    print(f"speed-up (--jobs 1 / --jobs 8), wall: {spread(job_ratios(eight, one, 'wall'), '.1f')}")
    for attr, what in (("cpu", "client cpu"), ("server_cpu", "hub cpu")):
        print(f"  {what} (--jobs 1 / --jobs 8): {spread(job_ratios(eight, one, attr))}")
    print(f"({len(one)} alternated rounds; req/entry is the most of any round)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--rounds", type=int, default=4, help="alternated rounds")
    args = parser.parse_args()
    n = args.entries
    cards = (catalogue(ROOT / "warm", WARM_ENTRIES), catalogue(ROOT / "cards", n))
    orgs = [f"jobs{j}{tag}" for j in JOBS for tag in ["w", *(f"r{i}" for i in range(args.rounds))]]
    with HubProcess(ROOT / "hub", [HubAccount("bench", TOKEN, orgs=orgs)]) as hub:
        os.environ["HF_ENDPOINT"] = hub.url  # read by the workers' huggingface_hub import
        hub.set_faults([f"* /*:delay={args.latency}"])
        timed = alternate(hub, cards, args.rounds)
    print(f"{n} card-only entries, {args.latency * 1000:.0f} ms added to every request; "
          "each side warm in its own process")  # fmt: skip
    report(timed, n)


if __name__ == "__main__":
    main()

"""Fair A/B timing: each side warm in its own process, rounds alternated, wall and CPU apart.

A benchmark that runs one side first, cold, in the other's process, measures the order and
the shared heap as much as the code. Here each side is built once in a forked worker
(imports, compiled templates, warm caches), then the parent asks A and B for one round
each, in turn, for `rounds` rounds. Every round reports wall and CPU seconds per call; the
ratio is taken round by round, so a load spike hits both sides of the pair it lands in,
and the spread of those ratios is printed with the median.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

Setup = Callable[[], Callable[[], object]]  # builds the warm callable, in the worker


@dataclass
class Round:
    wall: float  # seconds per call
    cpu: float


def _worker(setup: Setup, conn) -> None:
    fn = setup()
    for _ in range(3):
        fn()  # warm: first calls fill caches and compile what is compiled lazily
    while True:
        n = conn.recv()
        if n is None:
            return
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(n):
            fn()
        conn.send(((time.perf_counter() - w0) / n, (time.process_time() - c0) / n))


class Side:
    def __init__(self, name: str, setup: Setup) -> None:
        self.name = name
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(setup, child), daemon=True)
        self.proc.start()
        self.rounds: list[Round] = []

    def run(self, n: int) -> Round:
        self.conn.send(n)
        wall, cpu = self.conn.recv()
        return Round(wall, cpu)

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(10)


@dataclass
class Comparison:
    a: str
    b: str
    a_rounds: list[Round]
    b_rounds: list[Round]

    def ratios(self, attr: str) -> list[float]:
        """B's time over A's, round by round: how many times faster A is."""
        pairs = zip(self.a_rounds, self.b_rounds, strict=True)
        return [getattr(rb, attr) / getattr(ra, attr) for ra, rb in pairs]

    def report(self, unit: str = "calls") -> str:
        def per_s(rounds: list[Round], attr: str) -> str:
            values = [1 / getattr(r, attr) for r in rounds]
            return f"{statistics.median(values):10,.0f} {unit}/s"

        lines = [
            f"  {self.a:<44} wall {per_s(self.a_rounds, 'wall')}   cpu {per_s(self.a_rounds, 'cpu')}",
            f"  {self.b:<44} wall {per_s(self.b_rounds, 'wall')}   cpu {per_s(self.b_rounds, 'cpu')}",
        ]
        for attr in ("wall", "cpu"):
            r = self.ratios(attr)
            lines.append(
                f"  ratio ({attr}): {statistics.median(r):.2f}x "
                f"(min {min(r):.2f}, max {max(r):.2f}, {len(r)} alternated rounds)"
            )
        return "\n".join(lines)


def compare(
    a: tuple[str, Setup], b: tuple[str, Setup], *, rounds: int = 9, round_s: float = 0.3
) -> Comparison:
    """Alternate A and B (A first in odd rounds, B first in even ones)."""
    side_a, side_b = Side(*a), Side(*b)
    try:
        # calibrate: calls per round so each side runs about `round_s`
        n_a = max(1, int(round_s / max(side_a.run(3).wall, 1e-7)))
        n_b = max(1, int(round_s / max(side_b.run(3).wall, 1e-7)))
        a_rounds, b_rounds = [], []
        for i in range(rounds):
            if i % 2 == 0:
                a_rounds.append(side_a.run(n_a))
                b_rounds.append(side_b.run(n_b))
            else:
                b_rounds.append(side_b.run(n_b))
                a_rounds.append(side_a.run(n_a))
        return Comparison(a[0], b[0], a_rounds, b_rounds)
    finally:
        side_a.close()
        side_b.close()

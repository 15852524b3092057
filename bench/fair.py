"""Fair A/B timing: each side warm in its own process, rounds alternated, wall and CPU apart.

A benchmark that runs one side first, cold, in the other's process, measures the order and
the shared heap as much as the code. Here each side is built once in a forked worker
(imports, compiled templates, warm caches), then the parent asks A and B for one round
each, in turn, for `rounds` rounds. Every round reports wall and CPU seconds per call; the
ratio is taken round by round, so a load spike hits both sides of the pair it lands in,
and the spread of those ratios is printed with the median.

`JobSide` is the same idea for jobs that cannot be repeated on the same input (a first
run on fresh repos): one whole job per call, its input handed in by the caller, the CPU of
the server it talks to (read from /proc) measured apart from its own.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import statistics
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

Setup = Callable[[], Callable[[], object]]  # builds the warm callable, in the worker
T = TypeVar("T")


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


# -- jobs: one call of a side is a whole run on its own input (fresh repos each round) ----
TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a process so far (a server's, read from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def own_cpu() -> float:
    """CPU seconds of this process, all its threads, and the children it waited for."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@dataclass
class JobRound:
    wall: float  # seconds for the whole job
    cpu: float  # the side's own process
    server_cpu: float  # the server's process, over the same job (0 without one)
    result: Any = None

    @property
    def total_cpu(self) -> float:
        return self.cpu + self.server_cpu


JobSetup = Callable[[], Callable[[Any], object]]  # builds the warm job, in the worker


def _job_worker(setup: JobSetup, conn, stderr: str | None) -> None:
    if stderr:  # the job's warnings, kept out of the report
        fd = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        os.dup2(fd, 2)
    job = setup()
    while True:
        arg = conn.recv()
        if arg is None:
            return
        w0, c0 = time.perf_counter(), own_cpu()
        try:
            result = job(arg)
        except Exception:
            conn.send((0.0, 0.0, RuntimeError(traceback.format_exc())))
            continue
        conn.send((time.perf_counter() - w0, own_cpu() - c0, result))


class JobSide:
    """A side that does one whole job per call, given its input, in its own warm process.

    For jobs that change what they work on (a first run on fresh repos): the caller hands
    each call its input, warms the side with untimed calls of its own, and alternates.
    `server_pid` is the process the job talks to; its CPU over the job is reported apart.
    `stderr`: a file for the worker's stderr (None: this process's).
    """

    def __init__(
        self,
        name: str,
        setup: JobSetup,
        server_pid: int | None = None,
        stderr: Path | None = None,
    ) -> None:
        self.name = name
        self.server_pid = server_pid
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_job_worker, args=(setup, child, stderr and str(stderr)), daemon=True
        )
        self.proc.start()

    def run(self, arg: Any) -> JobRound:
        s0 = cpu_of(self.server_pid) if self.server_pid else 0.0
        self.conn.send(arg)
        wall, cpu, result = self.conn.recv()
        if isinstance(result, RuntimeError):
            raise RuntimeError(f"{self.name} failed in its worker:\n{result}")
        s1 = cpu_of(self.server_pid) if self.server_pid else 0.0
        return JobRound(wall, cpu, s1 - s0, result)

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(10)


def in_turn(i: int, a: T, b: T) -> tuple[T, T]:
    """Round i's order: A first in even rounds, B first in odd ones."""
    return (a, b) if i % 2 == 0 else (b, a)


def spread(values: list[float], fmt: str = ".2f") -> str:
    """Median with its min-max, e.g. `2.31x (min 2.02, max 2.60)`."""
    if statistics.median(values) == float("inf"):
        return "n/a (A's CPU under the clock's tick in most rounds)"
    return f"{statistics.median(values):{fmt}}x (min {min(values):{fmt}}, max {max(values):{fmt}})"


def job_ratios(a: list[JobRound], b: list[JobRound], attr: str) -> list[float]:
    """B's over A's, round by round (`attr`: wall, cpu, server_cpu): how many times A is
    cheaper; inf where A's is 0 (CPU below the clock's tick)."""
    pairs = zip(a, b, strict=True)
    return [getattr(rb, attr) / getattr(ra, attr) if getattr(ra, attr) else float("inf")
            for ra, rb in pairs]  # fmt: skip


def hubtools_cli(argv: list[str]) -> str:
    """`hubtools ARGV...` run in this process (a warm one: imports done), its stdout
    returned; a non-zero exit raises."""
    import contextlib
    import io

    from hubtools.cli.main import app

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            app(argv, standalone_mode=False)
        except SystemExit as exit_:
            if exit_.code:
                raise RuntimeError(f"hubtools {' '.join(argv)}: exit {exit_.code}") from None
    return out.getvalue()

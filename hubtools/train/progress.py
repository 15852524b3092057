"""Progress on stderr: a live bar on a terminal, one line per log step otherwise (CI logs)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any


class Reporter:
    """Shows step, loss, tokens/s and ETA. Silent when disabled (API use, non-main processes)."""

    def __init__(self, enabled: bool, total: int, start_step: int) -> None:
        self.enabled = enabled
        self.total = total
        self.start_step = start_step
        self.t0 = time.perf_counter()
        self.bar: Any = None
        self.console: Any = None
        if not enabled:
            return
        from hubtools.output import console

        self.console = console()  # off a terminal: no wrapping, no carriage returns
        if self.console.is_terminal:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("[bold]train"),
                BarColumn(),
                TextColumn("step {task.completed}/{task.total}"),
                TextColumn("{task.fields[stats]}"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self.task = self.bar.add_task("train", total=total, completed=start_step, stats="")
            self.bar.start()

    def eta(self, step: int) -> str:
        done = step - self.start_step
        if done <= 0:
            return "?"
        left = (time.perf_counter() - self.t0) / done * (self.total - step)
        return str(timedelta(seconds=round(left)))

    def step(self, step: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=step)

    def log(self, step: int, metrics: dict[str, float]) -> None:
        if not self.enabled:
            return
        stats = f"loss {metrics['loss']:.3f} · {metrics['tokens_per_s']:,.0f} tok/s"
        if self.bar is not None:
            self.bar.update(self.task, completed=step, stats=stats)
        else:
            self.console.print(
                f"step {step}/{self.total} · epoch {metrics['epoch']:.2f} · {stats} · "
                f"lr {metrics['lr']:.2e} · eta {self.eta(step)}",
                highlight=False,
            )

    def note(self, text: str) -> None:
        if self.enabled:
            self.console.print(text, highlight=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

"""Progress of the long steps (reading posts, tokenizing, loading a model, uploading).

A command turns it on with `shown()`; library calls (tests, the API) stay silent. On a
terminal a step is a rich bar (a spinner when its total is unknown) that clears itself;
elsewhere (a CI log, a file) it is a start line, one line every `PERIOD_S` seconds and no
carriage return. Both end with the same summary line, so a log reads the same either way.
`--quiet` hides all of it.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from hubtools import output

if TYPE_CHECKING:
    from hubtools.sources.model import PostStream
    from hubtools.sources.spec import SourceSpec

T = TypeVar("T")
PERIOD_S = 10.0  # off a terminal: one line per this many seconds of a long step
CHUNK = 256  # items counted between two looks at the clock (cheap for a million posts)
_SHOWN: ContextVar[bool] = ContextVar("hubtools_progress_shown", default=False)


@contextmanager
def shown(enabled: bool = True) -> Iterator[None]:
    """Show the progress of the steps run inside (a command line turns this on)."""
    token = _SHOWN.set(enabled)
    try:
        yield
    finally:
        _SHOWN.reset(token)


def active() -> bool:
    return _SHOWN.get() and output.level() <= logging.INFO


def amount(value: float, unit: str) -> str:
    """`12.3 MB` (or `4.1 kB`) for bytes, `1,234 posts` for anything else."""
    if unit == "bytes":
        return f"{value / 1e6:,.1f} MB" if value >= 1e6 else f"{value / 1e3:.1f} kB"
    return f"{value:,.0f} {unit}"


def rate(value: float, seconds: float, unit: str) -> str:
    per_s = value / seconds if seconds > 0 else 0.0
    return f"{per_s / 1e6:,.1f} MB/s" if unit == "bytes" else f"{per_s:,.0f} {unit}/s"


class Task:
    """One step's counter; `advance` is cheap enough to call once per chunk of items."""

    def __init__(self, label: str, total: float | None, unit: str) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.done = 0.0
        self.t0 = time.perf_counter()
        self._next_line = self.t0 + PERIOD_S
        self._bar: Any = None
        self._bar_task: Any = None

    def elapsed(self) -> float:
        return time.perf_counter() - self.t0

    def count(self, n: float) -> None:
        """Count `n` more without a line (the last chunk: the summary line follows)."""
        self.done += n
        if self._bar is not None:
            self._bar.update(self._bar_task, completed=self.done)

    def advance(self, n: float = 1) -> None:
        self.count(n)
        if self._bar is not None:
            return
        now = time.perf_counter()
        if now >= self._next_line:
            self._next_line = now + PERIOD_S
            output.say(f"{self.label}: {self._so_far()}")

    def _so_far(self) -> str:
        seconds = self.elapsed()
        if self.total:
            share = f"{self.done / self.total:.0%}, "
            count = f"{amount(self.done, self.unit)} of {amount(self.total, self.unit)}"
        else:
            share, count = "", amount(self.done, self.unit)
        return f"{count} ({share}{rate(self.done, seconds, self.unit)}, {seconds:.0f} s)"

    def summary(self) -> str:
        seconds = self.elapsed()
        return (
            f"{self.label}: {amount(self.done, self.unit)} in {seconds:.1f} s "
            f"({rate(self.done, seconds, self.unit)})"
        )

    def start(self, announce: bool) -> None:
        """A bar on a terminal; elsewhere a start line if `announce` (a counted step speaks
        every PERIOD_S seconds and at its end, so a quick one is a single line)."""
        if sys.stderr.isatty():
            self._bar = _start_bar(self.label, self.total, self.unit)
            if self._bar is not None:
                self._bar_task = self._bar.task_ids[0]
                return
        if announce:
            output.say(f"{self.label} ...")

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _start_bar(label: str, total: float | None, unit: str) -> Any:
    """A rich bar on stderr, or None when another live display holds the terminal."""
    from rich.errors import LiveError
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    counter: list[Any] = []
    if unit == "bytes":
        counter = [DownloadColumn(), TransferSpeedColumn()]
    elif unit:  # a step with no unit (loading a model) is a spinner and a clock
        counted = MofNCompleteColumn() if total else TextColumn("{task.completed:,.0f}")
        counter = [counted, TextColumn(unit)]
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),
        BarColumn() if total else TextColumn(""),
        *counter,
        TimeRemainingColumn() if total else TimeElapsedColumn(),
    ]
    bar = Progress(*columns, console=output.console(), transient=True)
    bar.add_task(label, total=total)
    try:
        bar.start()
    except LiveError:  # a bar is already showing (nested steps): plain lines instead
        return None
    return bar


@contextmanager
def task(
    label: str, *, total: float | None = None, unit: str = "items", enabled: bool | None = None
) -> Iterator[Task]:
    """A step: its start, its progress and, when it ends normally, its summary line.

    `enabled=None` follows `shown()`; a disabled task counts but prints nothing.
    """
    on = active() if enabled is None else enabled and output.level() <= logging.INFO
    current = Task(label, total, unit)
    if on:
        current.start(announce=False)
    try:
        yield current
    finally:
        current.stop()
    if on:
        output.say(current.summary())


def iterate(
    items: Iterable[T], label: str, *, total: float | None = None, unit: str = "items"
) -> Iterator[T]:
    """Yield `items`, counting them as a step (nothing is added while progress is off)."""
    if not active():
        yield from items
        return
    with task(label, total=total, unit=unit) as current:
        pending = 0
        for item in items:
            yield item
            pending += 1
            if pending == CHUNK:
                current.advance(pending)
                pending = 0
        current.count(pending)


@contextmanager
def step(label: str, *, enabled: bool | None = None) -> Iterator[None]:
    """A step that cannot be counted (loading a model): a start line, then its duration."""
    on = active() if enabled is None else enabled and output.level() <= logging.INFO
    if not on:
        yield
        return
    current = Task(label, None, "")
    current.start(announce=True)  # nothing else is said until it ends (a download, say)
    try:
        yield
    finally:
        current.stop()
    output.say(f"{label}: done in {current.elapsed():.1f} s")


def reading(stream: PostStream, spec: SourceSpec) -> PostStream:
    """The hook `hubtools.sources.load_posts` calls: posts counted while they are read,
    labelled with the input's size for a file source. Off (the stream as it is) by default."""
    if not active():
        return stream
    from hubtools.sources.model import PostStream

    size = "" if spec.is_network else _size(spec.target)
    counted = iterate(stream, f"reading {spec}{size}", unit="posts")
    return PostStream(
        stream.account,
        counted,
        stream.source,
        fingerprint=stream.fingerprint,
        withholds=stream.withholds,
    )


def _size(target: str) -> str:
    """` (12.3 MB)` for a file, the files' total for a folder; empty when unreadable."""
    from pathlib import Path

    path = Path(target)
    try:
        if path.is_file():
            total = path.stat().st_size
        else:
            total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    except OSError:
        return ""
    return f" ({amount(total, 'bytes')})"

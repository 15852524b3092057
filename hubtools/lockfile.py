"""One writer per working folder: two `push` runs (or two `bulk apply` runs on one state
file) interleaving their checkpoints, datasets or state lines would corrupt each other.

The lock is an advisory `flock` on a small file: the kernel drops it when the holder exits,
however it exits (SIGKILL included), so a crash never leaves a stale lock to clean up by
hand. The holder writes its pid and command into the file, so the refusal can say who holds
it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from hubtools.errors import UserError


@contextlib.contextmanager
def exclusive(
    path: Path,
    *,
    what: str,
    wait: bool = False,
    say=lambda msg: None,
    poll_s: float = 0.2,
) -> Iterator[None]:
    """Hold the lock file `path` for the block; `what` names the guarded thing in messages.

    Without `wait`, a held lock is a `UserError` at once; with it, wait until it is free.
    """
    import fcntl  # POSIX only; imported here so the module imports everywhere

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if not wait:
                    raise UserError(
                        f"{what} is in use by another hubtools run ({holder}); "
                        "wait for it to finish, or pass --wait to queue behind it"
                    ) from None
                if not told:
                    say(f"waiting for {what}: in use by another hubtools run ({holder})")
                    told = True
                time.sleep(poll_s)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}: {_command()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    text = os.pread(fd, 300, 0).decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "pid unknown"


def _command() -> str:
    """The holder's sub-command, without its arguments (they may name private paths)."""
    return " ".join(["hubtools", *sys.argv[1:2]])

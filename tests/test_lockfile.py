"""One `push` per workdir and one `bulk apply` per state file, through the CLI.

The holder is a separate process (flock is per open file, so a holder in this process would
prove nothing about two processes); every wait is on a condition the other side prints.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from test_bulk import bulk, catalogue_commits, make_catalogue

HOLD = (
    "import sys; from pathlib import Path; from hubtools.lockfile import exclusive\n"
    "with exclusive(Path(sys.argv[1]), what='test'):\n"
    "    print('held', flush=True); sys.stdin.read()\n"
)


@pytest.fixture
def holder():
    """Start a process that holds a lock file until its stdin closes (or it is killed)."""
    procs: list[subprocess.Popen] = []

    def hold(path: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield hold
    for proc in procs:
        proc.kill()
        proc.wait()


def _push(handle: str, source: Path, workdir: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hubtools", "push", handle, "--source", f"jsonl:{source}",
         "--namespace", "huggingtweets", "--workdir", str(workdir), "--tracker", "none", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _posts(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"text": f"a fictional post number {i}"}) + "\n"
                            for i in range(20)))  # fmt: skip
    return path


def test_second_push_on_a_held_workdir_fails_at_once_and_writes_nothing(
    clean_hub, holder, tmp_path
):
    work = tmp_path / "work"
    holder(work / ".hubtools.lock")
    proc = _push(f"ada_{uuid.uuid4().hex[:6]}", _posts(tmp_path), work)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, err
    line = err.strip()
    assert "\n" not in line and "Traceback" not in line
    assert f"workdir {work}" in line and "--wait" in line and "pid " in line
    assert sorted(p.name for p in work.iterdir()) == [".hubtools.lock"]  # no stage ran


def test_lock_of_a_killed_holder_is_free_at_once(holder, tmp_path):
    lock = tmp_path / "work" / ".hubtools.lock"
    proc = holder(lock)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    again = holder(lock)  # would hang on readline if the lock outlived its holder
    assert again.poll() is None


def test_bulk_apply_refuses_a_held_state_file_then_waits_with_wait(clean_hub, holder, tmp_path):
    _, repos = make_catalogue(tmp_path, 2, 0)
    state = tmp_path / ".hubtools-bulk-state.jsonl"
    held = holder(state.with_name(state.name + ".lock"))

    refused = bulk(tmp_path, "apply", "cards")
    assert refused.returncode == 2
    assert "state file" in refused.stderr and "--wait" in refused.stderr
    assert [catalogue_commits(r) for r in repos] == [0, 0]

    waiting = subprocess.Popen(
        [sys.executable, "-m", "hubtools", "bulk", "apply", "cards", "--wait"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    first = waiting.stderr.readline()
    assert "waiting for state file" in first, first
    assert [catalogue_commits(r) for r in repos] == [0, 0]  # it really waits
    held.stdin.close()
    held.wait()
    waiting.communicate(timeout=300)
    assert waiting.returncode == 0
    assert [catalogue_commits(r) for r in repos] == [1, 1]

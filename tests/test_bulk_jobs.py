"""`bulk apply --runner hf-jobs` against the local Hub's Jobs API, with the real client.

Each full entry becomes one job (a local process on the local Hub) that downloads the
entry's staged inputs and runs `hubtools push`. Checked: each repo published exactly
once, also across a SIGKILLed apply; a failing job and a timed-out one reported with the
job id, the reason and the log tail, while the other entries publish.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml
from huggingface_hub import HfApi
from test_bulk import catalogue_commits, make_catalogue

ORG = "huggingtweets"
ENV = {"HUBTOOLS_JOB_POLL_S": "0.2", "WANDB_MODE": "offline", "OMP_NUM_THREADS": "1"}


def _apply(cwd: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hubtools", "bulk", "apply", "cards", "--runner", "hf-jobs",
         "--flavor", "cpu-basic", "--json", *extra],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **ENV},
    )  # fmt: skip


def _jobs_of(repos: list[str]) -> dict[str, list]:
    from hubtools.bulk.jobs import label_value

    jobs = list(HfApi().list_jobs(namespace=ORG))  # a generator
    return {r: [j for j in jobs if j.labels.get("hubtools-repo") == label_value(r)] for r in repos}


def _full_commits(repo_id: str) -> int:
    return catalogue_commits(repo_id)


def test_jobs_publish_each_entry_once_across_a_killed_apply(clean_hub, tmp_path):
    _, repos = make_catalogue(tmp_path, 0, 3)
    first = _apply(tmp_path, "--jobs", "3")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # kill the apply while its jobs run
        if any(j.status.stage == "RUNNING" for js in _jobs_of(repos).values() for j in js):
            break
        assert first.poll() is None, first.communicate()
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)
    first.wait()
    launched = {r: len(js) for r, js in _jobs_of(repos).items()}

    again = _apply(tmp_path, "--jobs", "3")
    out, err = again.communicate(timeout=900)
    assert again.returncode == 0, err[-3000:]
    items = json.loads(out)
    assert {i["result"] for i in items} == {"done"}
    assert [_full_commits(r) for r in repos] == [1] * len(repos)
    after = {r: len(js) for r, js in _jobs_of(repos).items()}
    # a job launched before the kill was followed, not launched a second time
    assert all(after[r] == max(1, launched[r]) for r in repos), (launched, after)
    # the token went as a secret: never in a job's command or environment
    token = os.environ["HF_TOKEN"]
    for job in (j for js in _jobs_of(repos).values() for j in js):
        assert token not in json.dumps([job.command, job.environment])
        assert job.secrets == {"HF_TOKEN": ""}  # the name only

    third = _apply(tmp_path)
    out, _ = third.communicate(timeout=300)
    assert third.returncode == 0
    assert {i["result"] for i in json.loads(out)} == {"nothing"}
    assert {r: len(js) for r, js in _jobs_of(repos).items()} == after


def test_failed_and_timed_out_jobs_are_reported_and_the_rest_publish(clean_hub, tmp_path):
    cards, repos = make_catalogue(tmp_path, 0, 3)
    broken, slow, fine = sorted(cards.glob("full-*.yaml"))
    entry = yaml.safe_load(broken.read_text())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{not json\n')
    entry["build"]["sources"] = [f"jsonl:../{bad.name}"]
    broken.write_text(yaml.safe_dump(entry, sort_keys=False))
    entry = yaml.safe_load(slow.read_text())
    entry["build"]["train"] = {"max_steps": 10**6, "epochs": 10**4, "tracker": "none"}
    (tmp_path / "slow").mkdir()
    slow = slow.rename(tmp_path / "slow" / slow.name)  # its own apply, with a short timeout
    slow.write_text(yaml.safe_dump(entry, sort_keys=False))

    proc = _apply(tmp_path, "--jobs", "2")
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 1, err[-3000:]
    by_repo = {i["repo_id"]: i for i in json.loads(out)}
    jobs = _jobs_of(repos)
    failed = by_repo[yaml.safe_load(broken.read_text())["repo_id"]]
    job_id = jobs[failed["repo_id"]][0].id
    assert failed["result"] == "failed"
    assert f"job {job_id} ended ERROR" in failed["error"]
    assert "bad.jsonl" in failed["error"]  # the log tail names the culprit
    ok = by_repo[yaml.safe_load(fine.read_text())["repo_id"]]
    assert ok["result"] == "done"
    assert _full_commits(ok["repo_id"]) == 1
    assert _full_commits(failed["repo_id"]) == 0

    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", "bulk", "apply", "slow", "--runner", "hf-jobs",
         "--flavor", "cpu-basic", "--json", "--timeout", "3s", "--state", "slow.jsonl"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, **ENV}, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr[-3000:]
    (timed,) = json.loads(proc.stdout)
    assert timed["result"] == "failed" and "timed out" in timed["error"], timed
    (job,) = _jobs_of([timed["repo_id"]])[timed["repo_id"]]
    assert job.status.stage == "ERROR" and job.status.message == "Job timed out"
    assert _full_commits(timed["repo_id"]) == 0

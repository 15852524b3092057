"""`make demo` end to end (`python -m hubtools.demo`), run once for the whole module.

It must say what it is doing, in plain lines off a terminal, and end by saying where
everything is; every path it prints must exist, and the command it prints to serve the
model page again must serve that page at the URL it printed.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from hubtools.cards.preview import PNG_MAGIC, find_chromium

REPO_ID = "huggingtweets/ada_lovecode-grace_hopsalot"
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Demo:
    work: Path
    out: str
    err: str
    rows: dict[str, str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    work = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools.demo", "--dir", str(work)],
        capture_output=True, text=True, timeout=1800, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    closing = proc.stdout[proc.stdout.index("Where everything is:") :]
    rows = dict(re.findall(r"^  ([A-Za-z][A-Za-z ]+?) {2,}(\S.*)$", closing, re.M))
    return Demo(work, proc.stdout, proc.stderr, rows)


def test_stages_in_order_and_plain_lines(demo):
    stages = re.findall(r"^== \[(\d)/(\d)\] ", demo.out, re.M)
    assert stages == [(str(i), "5") for i in range(1, 6)], demo.out[:3000]
    assert "\r" not in demo.out + demo.err  # a log, not a terminal: no carriage returns
    assert re.search(r"^step 180/180 ", demo.err, re.M)  # training progress, as lines
    assert re.search(r"^reading x-archive:\S+ \([\d.]+ [kM]B\): 480 posts in ", demo.err, re.M)
    assert re.search(r"^upload: \d+ files, [\d.]+ [kM]B in ", demo.err, re.M)
    assert len(re.findall(r"^- My dream is", demo.out, re.M)) == 3  # the generations


def test_every_printed_path_exists(demo):
    model = Path(demo.rows["model folder"].split("  ")[0])
    assert model == demo.work / "model"
    assert (model / "model.safetensors").is_file() and (model / "config.json").is_file()
    card = Path(demo.rows["model card"])
    assert card == model / "README.md" and "@ada_lovecode" in card.read_text()
    predictions = Path(demo.rows["predictions"])
    assert predictions.read_bytes()[:8] == PNG_MAGIC
    assert (Path(demo.rows["training run"]) / "training_summary.json").is_file()
    if find_chromium() is None:
        assert demo.rows["page PNG"].startswith("no screenshot of the model page: no Chromium")
    else:
        shot = Path(demo.rows["page PNG"])
        assert shot.parent == demo.work and shot.read_bytes()[:8] == PNG_MAGIC
        assert shot.stat().st_size > 20_000  # a drawn page, not a blank one


def test_the_printed_command_serves_the_printed_page(demo):
    page = demo.rows["model page"].split("  ")[0]
    assert re.fullmatch(rf"http://127\.0\.0\.1:\d+/{REPO_ID}", page)
    serve = re.search(r"^    (\S*hubtools.* hub serve .*)$", demo.out, re.M)
    assert serve, demo.out[-2000:]
    assert f"then open {page}" in demo.out
    with pytest.raises(OSError):  # the demo left no server behind
        urllib.request.urlopen(page, timeout=5)
    cmd = shlex.split(serve[1])
    if not Path(cmd[0]).is_absolute() and cmd[0] != sys.executable:
        cmd[0] = str(ROOT / cmd[0])
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().decode().strip()
        assert page.startswith(url + "/"), (url, page)
        with urllib.request.urlopen(page, timeout=30) as answer:
            html = answer.read().decode()
        assert "Ada Lovecode" in html and "Grace Hopsalot" in html
    finally:
        server.terminate()
        server.wait(30)

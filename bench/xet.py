"""Xet vs Git LFS on one local Hub: upload and download MB/s of a big file, in one run.

The unmodified client (`huggingface_hub` + `hf_xet`) against a `hubtools hub serve` on a
temp root. Each round uploads a fresh random file (so neither path can dedup it) and
downloads it into an empty cache, once through Xet (the client's default) and once through
LFS (`HF_HUB_DISABLE_XET`), alternating which goes first. Wall time and CPU time (the
client's process plus the server's, read from /proc) are reported apart, as the median
with the spread (min-max) over rounds, with the Xet/LFS ratio of the medians. Every
download is checked byte-identical (sha256) to what was uploaded.

    python bench/xet.py [--mb 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import resource
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchenv import TOKEN, isolated
from fair import cpu_of

ROOT = isolated("xet")

from huggingface_hub import HfApi, constants, hf_hub_download  # noqa: E402

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402

MB = 1000 * 1000
PATHS = ("xet", "lfs")


def client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Figures:
    """Seconds per transfer, wall and CPU (client + server), one entry per round."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def timed(figures: Figures, pid: int, action: Callable[[], object]) -> None:
    cpu0, srv0, t0 = client_cpu(), cpu_of(pid), time.perf_counter()
    action()
    figures.wall.append(time.perf_counter() - t0)
    figures.cpu.append(client_cpu() - cpu0 + cpu_of(pid) - srv0)


def random_file(path: Path, size: int) -> str:
    """`size` random bytes at `path` (written in blocks); their sha256."""
    digest = hashlib.sha256()
    with path.open("wb") as fh:
        left = size
        while left:
            block = os.urandom(min(left, 16 * MB))
            digest.update(block)
            fh.write(block)
            left -= len(block)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(16 * MB):
            digest.update(block)
    return digest.hexdigest()


def _download(got: list[str], repo: str, cache: Path, endpoint: str) -> None:
    got.append(hf_hub_download(repo, "weights.bin", cache_dir=cache, endpoint=endpoint))


def one_round(api: HfApi, pid: int, size: int, n: int, order: tuple[str, ...], out: dict) -> None:
    for path in order:
        constants.HF_HUB_DISABLE_XET = path == "lfs"
        repo = f"alice/bench-{path}-{n}"
        api.create_repo(repo)
        source = ROOT / f"{path}-{n}.bin"
        sha = random_file(source, size)
        up = functools.partial(
            api.upload_file, path_or_fileobj=source, path_in_repo="weights.bin", repo_id=repo
        )
        timed(out[path, "upload"], pid, up)
        source.unlink()
        cache = ROOT / f"cache-{path}-{n}"
        got: list[str] = []
        down = functools.partial(_download, got, repo, cache, api.endpoint)
        timed(out[path, "download"], pid, down)
        if sha256_of(Path(got[0])) != sha:
            raise SystemExit(f"{path}: the download of round {n} differs from the upload")
        shutil.rmtree(cache)
    constants.HF_HUB_DISABLE_XET = False


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f}  ({min(values):.1f}-{max(values):.1f})"


def report(out: dict, size: int) -> None:
    mb = size / MB
    print(f"\n{mb:.0f} MB, {len(out['xet', 'upload'].wall)} rounds; median (min-max)")
    print(f"{'':20} {'wall MB/s':>22} {'CPU s':>22} {'MB per CPU s':>22}")
    for op in ("upload", "download"):
        medians = {}
        for path in PATHS:
            fig = out[path, op]
            rate = [mb / w for w in fig.wall]
            per_cpu = [mb / c for c in fig.cpu]
            medians[path] = (statistics.median(rate), statistics.median(fig.cpu))
            print(f"{op + ' ' + path:20} {spread(rate):>22} {spread(fig.cpu):>22} "
                  f"{spread(per_cpu):>22}")  # fmt: skip
        (xr, xc), (lr, lc) = medians["xet"], medians["lfs"]
        print(f"{op + ' Xet/LFS':20} {'x' + format(xr / lr, '.2f'):>22} "
              f"{'x' + format(xc / lc, '.2f'):>22}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=300, help="file size in MB (10^6 bytes)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    size = args.mb * MB
    accounts = [HubAccount("alice", TOKEN)]
    server = HubProcess(ROOT / "hub", accounts, log=ROOT / "hub.log").start()
    assert server.proc is not None
    try:
        api = HfApi(endpoint=server.url, token=TOKEN)
        out = {(p, op): Figures() for p in PATHS for op in ("upload", "download")}
        for n in range(args.rounds):
            order = PATHS if n % 2 == 0 else PATHS[::-1]
            one_round(api, server.proc.pid, size, n, order, out)
            print(f"round {n + 1}/{args.rounds} done ({' then '.join(order)})", flush=True)
        report(out, size)
        print("every download byte-identical to its upload (sha256)")
    finally:
        server.stop()
        shutil.rmtree(ROOT, ignore_errors=True)


if __name__ == "__main__":
    main()

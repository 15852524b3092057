"""Run huggingface_hub's own test files against the local Hub, and count what passes.

huggingface_hub's sdist ships its tests (not their conftest); they talk to a staging Hub
named in tests/testing_constants.py. This copies the tests out of the sdist (never the
installed package), points that staging Hub (and the "production" one, which the Xet
download tests read a public repo from) at a local Hub holding the same users and tokens,
and runs the chosen files in a child pytest with a per-test timeout.

    python bench/upstream_hf.py                      # test_xet_upload.py test_xet_download.py -m xet
    python bench/upstream_hf.py tests/test_xet_utils.py tests/test_upload_pipeline.py
    python bench/upstream_hf.py --sdist /tmp/huggingface_hub-2.4.0.tar.gz --keep /tmp/run

Tests that need what no local Hub has (the real huggingface.co, Hub features outside
the repo API) are skipped with a reason starting "not applicable" (NOT_APPLICABLE below)
and counted apart.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from hubtools.localhub.process import HubAccount, HubProcess  # noqa: E402

DEFAULT_FILES = ["tests/test_xet_upload.py", "tests/test_xet_download.py"]

# The owner of the public Xet repo the download tests read ("production" upstream; seeded
# on the local Hub here). The other users and tokens are read from testing_constants.py.
SEED_USER, SEED_TOKEN = "celinah", "hf_localhub_celinah_write"
SEED_REPO, SEED_FILE = "celinah/dummy-xet-testing", "dummy.safetensors"

# test id (file::class::name, or a prefix of it) -> why it cannot run against a local Hub.
BUCKETS = (
    "buckets (create_bucket, /api/buckets) are a Hub storage product outside the repo API "
    "the local Hub serves"
)
NOT_APPLICABLE: dict[str, str] = {
    "tests/test_xet_upload.py::TestBucketXetUploadSkipSha256": BUCKETS,
    "tests/test_cli.py::TestSkillsMarketplaceCLI": (
        "installs skills from the live marketplace on huggingface.co/GitHub (network)"
    ),
}
# Tests using a fixture whose name holds "bucket" are not applicable either, for BUCKETS.

CONFTEST = '''\
"""Written by bench/upstream_hf.py: the fixtures the upstream tests expect, for a local Hub."""
from typing import Protocol
from unittest import mock
import pytest
from huggingface_hub import HfApi, RepoUrl, constants
from huggingface_hub.utils._runtime import is_package_available
from .testing_constants import ENDPOINT_PRODUCTION, ENDPOINT_PRODUCTION_URL_SCHEME, ENDPOINT_STAGING
from .testing_constants import TOKEN, USER
from .testing_utils import repo_name

NOT_APPLICABLE = __NOT_APPLICABLE__
BUCKETS = __BUCKETS__


@pytest.fixture(autouse=True)
def _temp_caches(monkeypatch, tmp_path):
    home = tmp_path / "hf_home"
    for name, sub in [("HF_HOME", ""), ("HF_HUB_CACHE", "hub"), ("HUGGINGFACE_HUB_CACHE", "hub"),
                      ("HF_XET_CACHE", "xet"), ("HF_ASSETS_CACHE", "assets"),
                      ("HF_TOKEN_PATH", "token"), ("HF_STORED_TOKENS_PATH", "stored_tokens")]:
        monkeypatch.setattr(constants, name, str(home / sub) if sub else str(home))


def pytest_collection_modifyitems(items):
    """Skip what needs more than a local Hub, before any fixture (module-scoped ones too)."""
    for item in items:
        reasons = [r for p, r in NOT_APPLICABLE.items() if (item.nodeid + "::").startswith(p + "::")]
        if any("bucket" in name for name in getattr(item, "fixturenames", ())):
            reasons.append(BUCKETS)
        if reasons:
            item.add_marker(pytest.mark.skip(reason="not applicable: " + reasons[0]))


class _Mocker:
    """The part of pytest-mock's `mocker` the upstream tests use, on unittest.mock."""

    Mock, MagicMock, call = mock.Mock, mock.MagicMock, mock.call

    def __init__(self):
        self._patchers = []
        mocker = self

        class _Patch:
            def __call__(self, *args, **kwargs):
                return mocker._start(mock.patch(*args, **kwargs))

            def object(self, *args, **kwargs):
                return mocker._start(mock.patch.object(*args, **kwargs))

            def dict(self, *args, **kwargs):
                return mocker._start(mock.patch.dict(*args, **kwargs))

        self.patch = _Patch()

    def _start(self, patcher):
        self._patchers.append(patcher)
        return patcher.start()

    def stopall(self):
        while self._patchers:
            self._patchers.pop().stop()


@pytest.fixture
def mocker():
    shim = _Mocker()
    yield shim
    shim.stopall()


@pytest.fixture(autouse=True)
def xet_mode(request, monkeypatch):
    if request.node.get_closest_marker("xet") is not None:
        if not is_package_available("hf_xet"):
            pytest.skip("Test requires `hf_xet` (marked with `pytest.mark.xet`)")
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", False)
        monkeypatch.delenv("HF_HUB_DISABLE_XET", raising=False)
    elif request.node.get_closest_marker("no_xet") is not None:
        if is_package_available("hf_xet"):
            pytest.skip("Test must run without `hf_xet` installed")


@pytest.fixture(autouse=True)
def production_endpoint(request, monkeypatch):
    """`production` tests read public repos; ENDPOINT_PRODUCTION is the local Hub here."""
    if request.node.get_closest_marker("production") is not None:
        monkeypatch.setattr(constants, "ENDPOINT", ENDPOINT_PRODUCTION)
        monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE", ENDPOINT_PRODUCTION_URL_SCHEME)


@pytest.fixture(scope="session")
def api():
    return HfApi(endpoint=ENDPOINT_STAGING, token=TOKEN)


@pytest.fixture(scope="session")
def api_prod():
    return HfApi(endpoint=ENDPOINT_PRODUCTION)


class RepoFactory(Protocol):
    def __call__(self, repo_type: str = "model", repo_id: str | None = None, **kwargs) -> RepoUrl: ...


@pytest.fixture
def repo_factory(api):
    """Temporary repos, deleted when the test ends (with the token that created them)."""
    created = []

    def factory(repo_type="model", repo_id=None, **kwargs):
        if repo_type == "space":
            kwargs.setdefault("space_sdk", "gradio")
        url = api.create_repo(repo_id=repo_id or repo_name(prefix=repo_type), repo_type=repo_type, **kwargs)
        created.append((url.repo_id, repo_type, kwargs.get("token")))
        return url

    yield factory
    for repo_id, repo_type, token in created:
        api.delete_repo(repo_id=repo_id, repo_type=repo_type, token=token, missing_ok=True)


@pytest.fixture
def new_repo_id(api):
    repo_id = f"{USER}/{repo_name()}"
    yield repo_id
    api.delete_repo(repo_id=repo_id, missing_ok=True)
'''

PYTEST_INI = """\
[pytest]
markers =
    api: upstream suite marker
    transfer: upstream suite marker
    inference: upstream suite marker
    xet: needs hf_xet
    no_xet: must run without hf_xet
    production: reads public repos (the local Hub here)
    deprecated: expects a FutureWarning
    git_lfs: needs git-lfs
"""


@dataclass
class Outcome:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)


def get_sdist(path: Path | None, workdir: Path, version: str) -> Path | None:
    """The sdist given, else `pip download` it (None when that fails: offline, say)."""
    if path is not None:
        if not path.is_file():
            raise SystemExit(f"--sdist {path}: no such file")
        return path
    dest = workdir / "sdist"
    cmd = [sys.executable, "-m", "pip", "download", f"huggingface_hub=={version}",
           "--no-binary", ":all:", "--no-deps", "-d", str(dest)]  # fmt: skip
    done = subprocess.run(cmd, check=False, capture_output=True, text=True)
    found = sorted(dest.glob("huggingface_hub-*.tar.gz"))
    if done.returncode != 0 or not found:
        last = (done.stderr.strip().splitlines() or ["no sdist"])[-1]
        print(f"upstream_hf: skipped, could not download huggingface_hub=={version}: {last}")
        return None
    return found[0]


def extract_tests(sdist: Path, dest: Path) -> Path:
    """Copy `tests/` out of the sdist into dest/tests (data-only extraction)."""
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.split("/")[1:2] == ["tests"]]
        for m in members:
            m.name = "/".join(m.name.split("/")[1:])
        tar.extractall(dest, members=members, filter="data")
    tests = dest / "tests"
    if not (tests / "testing_constants.py").is_file():
        raise SystemExit(f"{sdist}: no tests/testing_constants.py in this sdist")
    return tests


def accounts_of(tests: Path) -> list[HubAccount]:
    """The users, tokens and org testing_constants.py names (its string constants), as the
    local Hub's accounts: what the tests authenticate as is read, never copied here."""
    tree = ast.parse((tests / "testing_constants.py").read_text())
    const: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    const[target.id] = node.value.value
    accounts = [HubAccount(SEED_USER, SEED_TOKEN)]
    for user, token, orgs in (("USER", "TOKEN", ()), ("OTHER_USER", "OTHER_TOKEN", ()),
                              ("ENTERPRISE_USER", "ENTERPRISE_TOKEN", ("ENTERPRISE_ORG",))):  # fmt: skip
        if user in const and token in const:
            org_names = [const[o] for o in orgs if o in const]
            accounts.append(HubAccount(const[user], const[token], orgs=org_names))
    return accounts


def localise_constants(tests: Path, url: str) -> None:
    path = tests / "testing_constants.py"
    text = path.read_text()
    for name in ("ENDPOINT_STAGING", "ENDPOINT_PRODUCTION"):
        text, n = re.subn(rf'^{name} = "[^"]*"$', f'{name} = "{url}"', text, flags=re.M)
        if n != 1:
            raise SystemExit(f'{path}: could not find {name} = "..." to rewrite')
    path.write_text(text)


def _conftest() -> str:
    text = CONFTEST.replace("__NOT_APPLICABLE__", repr(NOT_APPLICABLE))
    return text.replace("__BUCKETS__", repr(BUCKETS))


def write_harness(tests: Path) -> None:
    (tests / "__init__.py").write_text("")
    (tests / "conftest.py").write_text(_conftest())
    (tests.parent / "pytest.ini").write_text(PYTEST_INI)


def seed_hub(url: str) -> None:
    """The public Xet repo the download tests read (upstream: celinah/dummy-xet-testing)."""
    from huggingface_hub import HfApi  # imported after the environment is set

    api = HfApi(endpoint=url, token=SEED_TOKEN)
    api.create_repo(SEED_REPO, exist_ok=True)
    payload = bytes((i * 7 + i // 251) % 256 for i in range(3 * 1024 * 1024))
    api.upload_file(path_or_fileobj=payload, path_in_repo=SEED_FILE, repo_id=SEED_REPO)


def child_env(url: str, workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.update(
        HF_ENDPOINT=url,
        HF_HOME=str(workdir / "hf_home"),
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_DISABLE_PROGRESS_BARS="1",
        DISABLE_SYMLINKS_IN_WINDOWS_TESTS="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def run_pytest(args: argparse.Namespace, workdir: Path, url: str) -> Path:
    report = workdir / "report.xml"
    files = args.files or DEFAULT_FILES
    cmd = [sys.executable, "-m", "pytest", *files, "-p", "no:cacheprovider", "-q",
           f"--timeout={args.test_timeout}", f"--junitxml={report}", "-o",
           "junit_family=xunit2", "-rfE", *(["-m", args.marker] if args.marker else []),
           *args.pytest_args]  # fmt: skip
    try:
        subprocess.run(cmd, cwd=workdir / "upstream", env=child_env(url, workdir),
                       timeout=args.total_timeout, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        print(f"pytest ran past {args.total_timeout}s and was stopped", file=sys.stderr)
    return report


def read_report(report: Path) -> Outcome:
    out = Outcome()
    if not report.exists():
        return out
    for case in ET.parse(report).getroot().iter("testcase"):
        test_id = _test_id(case.get("classname", ""), case.get("name", ""))
        bad = case.find("failure") if case.find("failure") is not None else case.find("error")
        skip = case.find("skipped")
        if bad is not None:
            out.failed.append(test_id)
            out.reasons[test_id] = (bad.get("message") or "").splitlines()[0][:200]
        elif skip is not None:
            msg = skip.get("message") or ""
            (out.not_applicable if "not applicable" in msg else out.skipped).append(test_id)
            out.reasons[test_id] = msg[:200]
        else:
            out.passed.append(test_id)
    return out


def _test_id(classname: str, name: str) -> str:
    """`tests.test_x.TestY` + `test_z` -> `tests/test_x.py::TestY::test_z`."""
    parts = classname.split(".")
    cut = next((i + 1 for i, p in enumerate(parts) if p.startswith("test_")), len(parts))
    module = "/".join(parts[:cut]) + ".py"
    return "::".join([module, *parts[cut:], *([name] if name else [])])


def print_outcome(out: Outcome) -> None:
    print(f"\npassed {len(out.passed)}  failed {len(out.failed)}  skipped {len(out.skipped)}"
          f"  not applicable {len(out.not_applicable)}")  # fmt: skip
    for test_id in out.failed:
        print(f"  FAILED {test_id}: {out.reasons.get(test_id, '')}")
    for title, ids in (("SKIPPED", out.skipped), ("NOT APPLICABLE", out.not_applicable)):
        by_reason: dict[str, list[str]] = {}
        for test_id in ids:
            by_reason.setdefault(out.reasons.get(test_id, ""), []).append(test_id)
        for reason, group in by_reason.items():
            print(f"  {title} ({len(group)}): {reason}")
            for test_id in group:
                print(f"      {test_id}")


def print_xet_traffic(requests: Path) -> None:
    """How many CAS calls the run made: evidence that the Xet path, not LFS, was exercised."""
    counts: Counter[str] = Counter()
    for line in requests.read_text().splitlines() if requests.exists() else []:
        entry = json.loads(line)
        path = re.sub(r"[0-9a-f]{64}", "HASH", str(entry.get("path", "")).split("?")[0])
        kind = re.sub(r"^/xet-cas/[^/]+", "cas", path)
        if kind.startswith("cas/") or "/xet-" in path:
            kind = re.sub(r"^/api/\w+/[^/]+/[^/]+/(xet-\w+-token)/.*$", r"\1", kind)
            counts[f"{entry.get('method')} {kind}"] += 1
    print("Xet traffic: " + (", ".join(f"{k} x{n}" for k, n in sorted(counts.items())) or "none"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="*", help="test files, relative to the sdist root")
    p.add_argument(
        "--sdist",
        type=Path,
        default=os.environ.get("HUBTOOLS_HF_SDIST") or None,
        help="huggingface_hub sdist [default: $HUBTOOLS_HF_SDIST, else pip download]",
    )
    p.add_argument("--version", default="", help="version to download (default: installed)")
    p.add_argument("--test-timeout", type=int, default=120, help="seconds per test")
    p.add_argument("--total-timeout", type=int, default=1200, help="seconds for the whole run")
    p.add_argument("--keep", type=Path, help="work here and keep it (default: a temp dir)")
    p.add_argument("-m", "--marker", default="xet", help="pytest -m expression ('' for none)")
    args, rest = p.parse_known_args(argv)
    args.pytest_args = rest  # passed on to pytest as they are
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="upstream-hf-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        os.environ["HF_HOME"] = str(workdir / "seed_hf_home")
        os.environ.pop("HF_HUB_DISABLE_XET", None)
        os.environ.update(HF_HUB_DISABLE_TELEMETRY="1", HF_HUB_DISABLE_PROGRESS_BARS="1")
        if not args.version:
            from importlib.metadata import version

            args.version = version("huggingface_hub")
        sdist = get_sdist(args.sdist, workdir, args.version)
        if sdist is None:
            return 0  # `make bench` offline: nothing to compare against
        tests = extract_tests(sdist, workdir / "upstream")
        write_harness(tests)
        requests = workdir / "requests.jsonl"
        extra = ["--request-log", str(requests)]
        with HubProcess(
            workdir / "hub", accounts_of(tests), extra_args=extra, log=workdir / "hub.log"
        ) as hub:
            localise_constants(tests, hub.url)
            seed_hub(hub.url)
            out = read_report(run_pytest(args, workdir, hub.url))
        print_outcome(out)
        print_xet_traffic(requests)
        print(f"hub log: {workdir / 'hub.log'}" if args.keep else "")
        return 1 if out.failed or not (out.passed or out.skipped) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Test set-up: the session's local Hub starts first, and the client is pointed at it.

`huggingface_hub` reads HF_ENDPOINT and friends at import time, so the session's local Hub
is started here, before anything imports the client: it binds port 0 and reports the port
it got (a port probed free and reused later may have been taken meanwhile).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

from hubtools.localhub.process import HubAccount, HubProcess

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="hubtools-tests-"))

ALICE_TOKEN = "hf_test_alice_write"
ALICE_READ_TOKEN = "hf_test_alice_read"
BOB_TOKEN = "hf_test_bob_write"
ACCOUNTS = [
    HubAccount("alice", ALICE_TOKEN, orgs=["huggingtweets"]),
    HubAccount("alice", ALICE_READ_TOKEN, role="read"),
    HubAccount("bob", BOB_TOKEN),
]


def start_hub(root: Path, *, port: int = 0, extra_args: Sequence[str] = ()) -> HubProcess:
    return HubProcess(
        root, ACCOUNTS, port=port, extra_args=list(extra_args), log=root.parent / "hub.log"
    ).start()


def _stop_session_hub() -> None:
    _SESSION_HUB.stop()
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


_SESSION_HUB = start_hub(_SESSION_DIR / "hub")
atexit.register(_stop_session_hub)

os.environ.update(
    HF_ENDPOINT=_SESSION_HUB.url,
    HF_HOME=str(_SESSION_DIR / "hf_home"),
    HF_TOKEN=ALICE_TOKEN,
    HF_HUB_DISABLE_TELEMETRY="1",
    HF_HUB_DISABLE_PROGRESS_BARS="1",
    HF_HUB_ETAG_TIMEOUT="5",
    WANDB_MODE="offline",
    WANDB_SILENT="true",
    WANDB_DIR=str(_SESSION_DIR / "wandb"),
    TOKENIZERS_PARALLELISM="false",
)
os.environ.pop("HF_HUB_OFFLINE", None)
# The hub speaks Xet and LFS; the suite runs the client's default (Xet, with hf_xet
# installed). A test on the LFS path asks for `lfs_client`; publishing tests run both ways.
os.environ.pop("HF_HUB_DISABLE_XET", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI: the same examples every run (a red build is reproducible) and no timing deadlines.
# explore (the scheduled workflow): random seeds and ten times the examples.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "explore", deadline=None, print_blob=True, max_examples=1000, derandomize=False
)
settings.load_profile(
    os.environ.get("HUBTOOLS_HYPOTHESIS") or ("ci" if os.environ.get("CI") else "dev")
)


# The catalogue specs built from the published example cards (other entries belong to bulk).
EXAMPLE_SPECS = [
    Path(__file__).resolve().parents[1] / "cards" / f"{name}.yaml"
    for name in (
        "autosport-formulaoneworld-speedcafe",
        "barackobama-karlousm-uofofn",
        "tdxf20",
        "spookymachine",
    )
]


@pytest.fixture(scope="session", autouse=True)
def _session_hub_stops_inside_the_run():
    """Stop the session's Hub when the last test is done, not at interpreter exit: its
    coverage data must be written before pytest-cov combines the children's data."""
    yield
    _stop_session_hub()


@pytest.fixture(scope="session")
def hub():
    """The session's local Hub, the one HF_ENDPOINT names (started above, stopped at exit)."""
    return _SESSION_HUB


@pytest.fixture
def clean_hub(hub):
    """The session hub with no faults left over and an empty request log."""
    hub.clear_faults()
    hub.reset_requests()
    yield hub
    hub.clear_faults()


@pytest.fixture
def own_hub(tmp_path):
    """A private hub for tests that restart, kill or reconfigure it."""
    servers: list[HubProcess] = []

    def make(*extra_args: str) -> HubProcess:
        server = start_hub(tmp_path / f"hub{len(servers)}", extra_args=list(extra_args))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def xet_client(monkeypatch):
    """The client as installed, with no environment variable: hf_xet for LFS-mode files."""
    pytest.importorskip("hf_xet")
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", False)
    monkeypatch.delenv("HF_HUB_DISABLE_XET", raising=False)


@pytest.fixture
def lfs_client(monkeypatch):
    """The client with Xet off (`HF_HUB_DISABLE_XET=1`, children too): Git LFS uploads
    and plain resolve downloads, for tests that count LFS requests."""
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")


@pytest.fixture(params=["xet", "lfs"])
def upload_path(request):
    """Runs a test through Xet (the client's default) and through Git LFS."""
    request.getfixturevalue("xet_client" if request.param == "xet" else "lfs_client")
    return request.param


@pytest.fixture
def repo_name():
    """A fresh repo name, so tests sharing the session hub never collide."""
    return f"test-{uuid.uuid4().hex[:10]}"

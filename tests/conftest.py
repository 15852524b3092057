"""Test set-up: the Hub client's environment is fixed here, before anything imports it.

`huggingface_hub` reads HF_ENDPOINT and friends at import time, so this module
reserves a loopback port for the session's local Hub and points the client at it
first; the server itself starts on first use (`hub` fixture).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import uuid
from pathlib import Path

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="hubtools-tests-"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


ALICE_TOKEN = "hf_test_alice_write"
ALICE_READ_TOKEN = "hf_test_alice_read"
BOB_TOKEN = "hf_test_bob_write"
_PORT = _free_port()
os.environ.update(
    HF_ENDPOINT=f"http://127.0.0.1:{_PORT}",
    HF_HOME=str(_SESSION_DIR / "hf_home"),
    HF_TOKEN=ALICE_TOKEN,
    HF_HUB_DISABLE_TELEMETRY="1",
    HF_HUB_DISABLE_PROGRESS_BARS="1",
    HF_HUB_DISABLE_XET="1",  # our hub speaks LFS; the regular path is tested on its own
    HF_HUB_ETAG_TIMEOUT="5",
    WANDB_MODE="offline",
    WANDB_SILENT="true",
    WANDB_DIR=str(_SESSION_DIR / "wandb"),
    TOKENIZERS_PARALLELISM="false",
)
os.environ.pop("HF_HUB_OFFLINE", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI: the same examples every run (a red build is reproducible) and no timing deadlines.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

from hubtools.localhub.process import Account, HubProcess  # noqa: E402

ACCOUNTS = [
    Account("alice", ALICE_TOKEN, orgs=["huggingtweets"]),
    Account("alice", ALICE_READ_TOKEN, role="read"),
    Account("bob", BOB_TOKEN),
]


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


def start_hub(root: Path, *, port: int = 0, extra_args: list[str] = ()) -> HubProcess:
    return HubProcess(
        root, ACCOUNTS, port=port, extra_args=list(extra_args), log=root.parent / "hub.log"
    ).start()


@pytest.fixture(scope="session")
def hub():
    """The session's local Hub, on the port HF_ENDPOINT already names."""
    server = start_hub(_SESSION_DIR / "hub", port=_PORT)
    yield server
    server.stop()
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


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
def repo_name():
    """A fresh repo name, so tests sharing the session hub never collide."""
    return f"test-{uuid.uuid4().hex[:10]}"

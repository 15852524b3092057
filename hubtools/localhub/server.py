"""Run the local Hub with uvicorn on a loopback port."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path

from hubtools.localhub.app import LocalHub


class _HideInjectedDrops(logging.Filter):
    """A dropped connection we injected on purpose is not an error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return type(exc).__name__ != "DroppedConnection"


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Headers and body go out in separate writes: without this, Nagle holds the body
    # back until the client's delayed ACK (40 ms per request).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(
    hub: LocalHub, host: str = "127.0.0.1", port: int = 0, *, access_log: bool = False
) -> None:
    """Serve until interrupted; the URL is the first line on stdout (port 0 picks one)."""
    import uvicorn

    sock = bind(host, port)
    url_host = f"[{host}]" if ":" in host else host
    print(f"http://{url_host}:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(
        hub,
        log_level="warning",
        access_log=access_log,
        lifespan="off",
        timeout_keep_alive=30,
    )
    logging.getLogger("uvicorn.error").addFilter(_HideInjectedDrops())
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        sys.stdout.flush()


def default_root() -> Path:
    return Path.home() / ".cache" / "hubtools" / "localhub"

"""Run the local Hub with uvicorn on a loopback port."""

from __future__ import annotations

import ipaddress
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


def is_loopback(host: str) -> bool:
    """True when every address `host` names is a loopback one (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def serve(
    hub: LocalHub,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    access_log: bool = False,
    show_admin_token: bool = False,
) -> None:
    """Serve until interrupted; the URL is the first line on stdout (port 0 picks one).

    A generated admin token goes to stderr, alone on its line; a non-loopback bind
    prints a warning there saying what is now reachable.
    """
    import uvicorn

    sock = bind(host, port)
    url_host = f"[{host}]" if ":" in host else host
    url = f"http://{url_host}:{sock.getsockname()[1]}"
    print(url, flush=True)
    if show_admin_token:
        print(f"hubtools hub: admin token for /_admin/*: {hub.admin_token}", file=sys.stderr)
    if not is_loopback(host):
        print(
            f"hubtools hub: warning: {url} is reachable from other machines, over plain "
            "HTTP: every public repo to anyone, private repos and writes to their token "
            "holders, LFS uploads to signed URLs, /_admin/* to the admin token",
            file=sys.stderr,
            flush=True,
        )
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

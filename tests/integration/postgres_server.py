"""A private PostgreSQL server for the tests: initdb in a temp folder, started on a free port,
stopped at the end. Debian's packages put the binaries in /usr/lib/postgresql/<v>/bin.

PostgreSQL refuses to run as root, so under root the server runs as the ``postgres`` user.
"""

from __future__ import annotations

import contextlib
import getpass
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL to an empty database ``mailbot`` on a fresh server."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries are not installed")
    folder = Path(tempfile.mkdtemp(prefix="mailbot-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        folder.chmod(0o755)
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    user = "postgres" if os.geteuid() == 0 else getpass.getuser()
    port = _free_port()
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust",
                                    "-U", user, "--no-sync"]),
                   check=True, capture_output=True)
    log = (folder / "server.log").open("wb")
    server = subprocess.Popen(
        _as_server_user([str(bin_dir / "postgres"), "-D", str(data), "-p", str(port),
                         "-k", str(sockets), "-c", "listen_addresses=127.0.0.1",
                         "-c", "fsync=off", "-c", "max_connections=50"]),
        stdout=subprocess.DEVNULL, stderr=log,
    )
    try:
        _wait_ready(port)
        _create_database(bin_dir, port, user)
        yield f"postgresql+psycopg://{user}@127.0.0.1:{port}/mailbot"
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(20)
        if server.poll() is None:
            server.kill()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_ready(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            time.sleep(0.3)  # accepting connections; give startup a moment to finish
            return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start on port {port}")


def _create_database(bin_dir: Path, port: int, user: str) -> None:
    for _ in range(50):
        done = subprocess.run(
            [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "mailbot"],
            capture_output=True,
        )
        if done.returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"createdb failed: {done.stderr.decode(errors='replace')}")

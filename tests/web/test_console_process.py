"""``mailbot web`` as a real process, started with nothing but a database URL (no config
file, no mail settings), on 127.0.0.1 by default; SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from support.web_client import csrf_of, free_port

from mailbot.shell.accounts import add_user
from mailbot.shell.store.models import Role
from mailbot.shell.wiring import open_database, utc_now


def test_mailbot_web_serves_the_console_from_a_database_url_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    add_user(open_database(url), "alex", Role.BUYER, "a long enough password", utc_now())
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env["MAILBOT_DATABASE_URL"] = url
    process = subprocess.Popen(
        [sys.executable, "-m", "mailbot", "web", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                login = httpx.get(f"{base}/login")
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise AssertionError("mailbot web did not start: " + process.stderr.read())
        assert login.status_code == 200
        assert "script-src 'self'" in login.headers["content-security-policy"]
        assert httpx.get(f"{base}/negotiations").status_code == 303
        with httpx.Client(base_url=base) as client:
            page = client.get("/login")
            signed_in = client.post("/login", data={
                "name": "alex", "password": "a long enough password",
                "csrf_token": csrf_of(page.text)},
                follow_redirects=True)
            assert signed_in.status_code == 200 and "0 negotiation(s)" in signed_in.text
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    assert "can show the store but not queue mail" in " ".join(stderr.split())

"""Serving the console with uvicorn, alone (``mailbot web``) or beside the mail loop on one
event loop (``mailbot run --web``, ``mailbot demo --web``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Iterator

import uvicorn
from starlette.applications import Starlette

from mailbot.shell.config import LOCAL_HOSTS, WebConfig

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    """Leaves SIGINT/SIGTERM to the caller, who stops the loop and the console together."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def server(
    app: Starlette, web: WebConfig, *, host: str | None = None, port: int | None = None
) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        host=host or web.host,
        port=port or web.port,
        proxy_headers=web.proxy_headers,
        forwarded_allow_ips="127.0.0.1" if web.proxy_headers else None,
        server_header=False,
        log_level="warning",
        lifespan="off",
    )
    return _Server(config)


def exposure_warning(host: str, web: WebConfig) -> str | None:
    """A warning when the console listens beyond this machine without TLS in front."""
    if host in LOCAL_HOSTS or web.secure_cookies:
        return None
    return (
        f"The console listens on {host}, beyond this machine, and its cookies are not "
        "HTTPS-only: put it behind a TLS reverse proxy and set web.secure_cookies = true "
        "(see the README, 'Web console')."
    )


def serve_until_stopped(console_server: uvicorn.Server) -> None:
    """Serve until SIGINT or SIGTERM, then finish the open requests and exit normally."""

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, lambda: setattr(console_server, "should_exit", True))
        await console_server.serve()

    asyncio.run(serve())


async def serve_beside(work: Awaitable[None], console_server: uvicorn.Server) -> None:
    """Run ``work`` (the mail loop) with the console beside it; when it ends, so does the
    console."""
    task = asyncio.create_task(console_server.serve())
    try:
        await work
    finally:
        console_server.should_exit = True
        await task

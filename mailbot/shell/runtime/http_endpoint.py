"""A tiny HTTP/1.0 server on the bot's event loop for the monitoring answers.

Three GET paths and no request bodies do not need a web framework; the answers (which
ask the database) are computed in a worker thread so the mail loop is never held up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from mailbot.shell.runtime.monitoring import Answer, Monitor

log = logging.getLogger(__name__)
READ_TIMEOUT_S = 5.0
REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}


async def serve_monitoring(monitor: Monitor, host: str, port: int) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            answer = await _answer(monitor, reader)
            head = (f"HTTP/1.0 {answer.status} {REASONS.get(answer.status, '')}\r\n"
                    f"Content-Type: {answer.content_type}\r\n"
                    f"Content-Length: {len(answer.body)}\r\nConnection: close\r\n\r\n")
            writer.write(head.encode("latin-1") + answer.body)
            await writer.drain()
        except (OSError, TimeoutError, ValueError) as error:
            log.debug("monitoring request dropped: %s", error)
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    return await asyncio.start_server(handle, host, port)


async def _answer(monitor: Monitor, reader: asyncio.StreamReader) -> Answer:
    request = await asyncio.wait_for(reader.readline(), READ_TIMEOUT_S)
    while (await asyncio.wait_for(reader.readline(), READ_TIMEOUT_S)).strip():
        pass  # headers: nothing in them matters here
    method, _, rest = request.decode("latin-1").partition(" ")
    path = rest.partition(" ")[0].partition("?")[0]
    if method not in ("GET", "HEAD"):
        return Answer(405, "text/plain; charset=utf-8", b"GET only\n")
    return await asyncio.to_thread(monitor.answer, path)

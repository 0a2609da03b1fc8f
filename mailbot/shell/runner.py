"""``mailbot run``: the bot's jobs on an APScheduler loop, with IMAP IDLE to react at once.

Jobs (in-memory job store, one per process; jobs never overlap): poll the inbox, flush
the outbox, check for silent suppliers. An IDLE watcher on its own connection runs the
poll job as soon as the server announces mail; polling on the interval is the fallback.
SIGTERM/SIGINT let the current message finish, then stop.

A failing server is reported once per distinct error and retried on a backoff shared by
every job that uses it (``runtime/backoff``): a refused login is not retried every 5 s.
With a monitoring address, ``/healthz``, ``/readyz`` and ``/metrics`` are served too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.imap_inbox import ImapInbox, ImapSettings
from mailbot.shell.mail.smtp_outbox import SmtpOutbox, SmtpSettings
from mailbot.shell.runtime import heartbeat
from mailbot.shell.runtime.backoff import ConnectionHealth
from mailbot.shell.runtime.faults import fault_code, record_fault
from mailbot.shell.runtime.http_endpoint import serve_monitoring
from mailbot.shell.runtime.monitoring import Monitor
from mailbot.shell.service import Mailbot
from mailbot.shell.store import leases

log = logging.getLogger(__name__)

RECONNECT_DELAY_S = 5.0
SWITCH_INTERVAL_S = 0.0005
# A running job renews its lease every third of this; a crashed holder's lease lapses.
LEASE_TTL = timedelta(seconds=60)
# The flush job runs every few seconds; its sign of life is written at most this often.
BEAT_EVERY = timedelta(seconds=30)


class _OverlapIsExpected(logging.Filter):
    """An interval firing while the job still runs is skipped by design (no overlapping
    runs; a running job loops while woken), so APScheduler's warning about it is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances reached" not in record.getMessage()



@dataclass(frozen=True)
class Intervals:
    poll_s: float = 60.0
    flush_s: float = 10.0
    silence_s: float = 300.0
    idle_timeout_s: float = 600.0


@dataclass
class Runner:
    bot: Mailbot
    imap: ImapSettings
    smtp: SmtpSettings
    intervals: Intervals = Intervals()
    use_idle: bool = True
    stop_event: asyncio.Event = field(default_factory=asyncio.Event)
    _wanted: set[str] = field(default_factory=set, init=False)
    holder: str = field(default_factory=leases.new_holder)
    monitoring: tuple[str, int] | None = None  # (host, port) of /healthz and /metrics
    _running: set[str] = field(default_factory=set, init=False)
    _beaten: dict[str, datetime] = field(default_factory=dict, init=False)
    _servers: dict[str, ConnectionHealth] = field(init=False)
    monitor: Monitor = field(init=False)

    def __post_init__(self) -> None:
        self._servers = {name: ConnectionHealth(name) for name in ("imap", "smtp")}
        self.monitor = Monitor(self.bot.db, self.intervals.poll_s, self._servers)

    async def run(self, *, until: Callable[[], bool] | None = None) -> None:
        """Run every job until stopped (or until ``until()`` holds, checked each second)."""
        inbox, outbox = ImapInbox(self.imap), SmtpOutbox(self.smtp)
        # Replies are read in a worker thread; a short GIL switch interval lets the event
        # loop answer the SMTP server between two of its steps instead of after 5 ms.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        scheduler_log = logging.getLogger("apscheduler.scheduler")
        if not any(isinstance(f, _OverlapIsExpected) for f in scheduler_log.filters):
            scheduler_log.addFilter(_OverlapIsExpected())
        scheduler = AsyncIOScheduler()
        self._schedule(scheduler, inbox, outbox)
        http = await self._serve_monitoring()
        scheduler.start()
        watcher = asyncio.create_task(self._watch_idle(scheduler)) if self.use_idle else None
        self._install_signal_handlers()
        try:
            while not self.stop_event.is_set():
                if until is not None and until():
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stop_event.wait(), 1.0)
        finally:
            self.bot.stopping = self.monitor.stopping = True
            scheduler.pause()
            await self._jobs_finished()
            scheduler.shutdown(wait=False)
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
            await inbox.close()
            await outbox.close()
            if http is not None:
                http.close()
                await http.wait_closed()

    async def _serve_monitoring(self) -> asyncio.Server | None:
        if self.monitoring is None:
            return None
        host, port = self.monitoring
        server = await serve_monitoring(self.monitor, host, port)
        bound = server.sockets[0].getsockname()[1]
        log.info("monitoring on http://%s:%d (/healthz, /readyz, /metrics)", host, bound,
                 extra={"event": "monitoring_started"})
        return server

    async def _jobs_finished(self, timeout_s: float = 30.0) -> None:
        """Let a running job finish its current message before the loop is torn down."""
        for _ in range(int(timeout_s / 0.05)):
            if not self._running:
                return
            await asyncio.sleep(0.05)
        log.warning("stopping with jobs still running: %s", sorted(self._running))

    def stop(self) -> None:
        self.bot.stopping = True
        self.stop_event.set()

    # ---- jobs ----------------------------------------------------------------------------

    def _schedule(self, scheduler: AsyncIOScheduler, inbox: ImapInbox, outbox: SmtpOutbox) -> None:
        now = datetime.now(UTC)
        jobs: tuple[tuple[str, float, Callable[[], Awaitable[None]]], ...] = (
            ("poll", self.intervals.poll_s, partial(self._poll, scheduler, inbox)),
            ("flush", self.intervals.flush_s, partial(self._flush, outbox)),
            ("silence", self.intervals.silence_s, self._silence),
        )
        for name, seconds, job in jobs:
            scheduler.add_job(
                partial(self._tracked, name, job),
                "interval",
                seconds=seconds,
                id=name,
                name=name,
                next_run_time=now,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
            )

    async def _tracked(self, name: str, job: Callable[[], Awaitable[None]]) -> None:
        """Run ``job``, and again while wake-ups arrived during the run: none is lost.

        The job's lease keeps other bot processes on the same database from running it at
        the same time; a process that finds it taken skips this turn.
        """
        if self.bot.stopping or name in self._running:
            return
        lease = f"{name}:{self.bot.mailbox}"
        if not leases.acquire(self.bot.db, lease, self.holder, datetime.now(UTC), LEASE_TTL):
            return
        self._running.add(name)
        renewal = asyncio.create_task(self._renew(lease))
        try:
            self._wanted.discard(name)
            await job()
            while name in self._wanted and not self.bot.stopping:
                self._wanted.discard(name)
                await job()
        finally:
            renewal.cancel()
            self._running.discard(name)
            leases.release(self.bot.db, lease, self.holder)

    async def _renew(self, lease: str) -> None:
        while True:
            await asyncio.sleep(LEASE_TTL.total_seconds() / 3)
            leases.acquire(self.bot.db, lease, self.holder, datetime.now(UTC), LEASE_TTL)

    async def _poll(self, scheduler: AsyncIOScheduler, inbox: ImapInbox) -> None:
        imap = self._servers["imap"]
        if not imap.due():
            return
        started = time.monotonic()
        try:
            if not inbox.is_connected:
                await inbox.connect()
            report = await self.bot.poll(inbox, lambda: self._wake(scheduler, "flush"))
        except MailError as error:
            self._failed(imap, error, "inbox poll")
            self._beat(heartbeat.POLL, f"failed: {error}", force=True)
            await inbox.close()
            return
        self._succeeded(imap)
        self._beat(heartbeat.POLL, f"fetched {report.fetched}, processed {report.processed}",
                   force=True)
        self.monitor.polled(time.monotonic() - started)
        if report.processed:
            self._wake(scheduler, "flush")

    async def _flush(self, outbox: SmtpOutbox) -> None:
        smtp = self._servers["smtp"]
        if not smtp.due():
            return
        try:
            report = await self.bot.flush(outbox)
        except MailError as error:
            self._failed(smtp, error, "outbox flush")
            self._beat(heartbeat.FLUSH, f"failed: {error}", force=True)
            await outbox.close()
            return
        self._succeeded(smtp)
        detail = f"sent {report.sent}, deferred {report.deferred}, failed {report.failed}"
        self._beat(heartbeat.FLUSH, detail, force=bool(report.sent or report.failed))
        if report.sent or report.failed:
            log.info(
                "outbox: %d sent, %d deferred, %d failed",
                report.sent,
                report.deferred,
                report.failed,
            )

    async def _silence(self) -> None:
        acted = self.bot.check_silence()
        self._beat(heartbeat.SILENCE, f"{acted} reminded or escalated", force=bool(acted))
        if acted:
            log.info("silence check: %d negotiation(s) reminded or escalated", acted)

    # ---- IDLE ----------------------------------------------------------------------------

    async def _watch_idle(self, scheduler: AsyncIOScheduler) -> None:
        """Hold a second connection in IDLE; run the poll job when the server says so."""
        while not self.stop_event.is_set():
            watcher = ImapInbox(self.imap)
            try:
                await watcher.connect()
                if not watcher.supports_idle:
                    log.info("server has no IDLE; polling every %ss", self.intervals.poll_s)
                    self._beat(heartbeat.IDLE, f"no IDLE on the server; polling every "
                               f"{self.intervals.poll_s:g} s", force=True)
                    return
                await watcher.select()
                self._beat(heartbeat.IDLE, "listening", force=True)
                while not self.stop_event.is_set():
                    if await watcher.wait_for_news(self.intervals.idle_timeout_s):
                        self._wake(scheduler, "poll")
            except MailError as error:
                imap = self._servers["imap"]
                self._failed(imap, error, "IDLE connection")
                self._beat(heartbeat.IDLE, f"reconnecting: {error}", force=True)
                self._wake(scheduler, "poll")  # catch up on anything missed while down
                await asyncio.sleep(max(RECONNECT_DELAY_S, imap.wait_s()))
            finally:
                await watcher.close()

    def _beat(self, name: str, detail: str, *, force: bool = False) -> None:
        """Leave a sign of life for the console; a failing store must not stop the job."""
        now = datetime.now(UTC)
        last = self._beaten.get(name)
        if not force and last is not None and now - last < BEAT_EVERY:
            return
        self._beaten[name] = now
        try:
            heartbeat.beat(self.bot.db, name, self.holder, now, detail)
        except Exception:  # the beat is for people; the mail must go on regardless
            log.exception("could not record the %s job's sign of life", name)

    # ---- failures ------------------------------------------------------------------

    def _failed(self, server: ConnectionHealth, error: MailError, what: str) -> None:
        """Log and record a failure when it is news; otherwise only count it."""
        news = server.failed(error)
        self.monitor.connection_failed(server.server, fault_code(server.server, error))
        wait = server.wait_s()
        if not news:
            log.debug("%s failed again (retry in %.0f s): %s", what, wait, error)
            return
        if server.permanent:
            log.error("%s failed: %s. This will not pass by itself: fix the configuration or "
                      "the server; retrying in %.0f s, then less and less often.",
                      what, error, wait,
                      extra={"event": "server_unusable", "server": server.server,
                             "retry_in_s": round(wait)})
        else:
            log.warning("%s failed (retrying%s): %s", what,
                        f" in {wait:.0f} s" if wait else "", error,
                        extra={"event": "server_failed", "server": server.server,
                               "retry_in_s": round(wait)})
        record_fault(self.bot.db, server.server, error, datetime.now(UTC))

    def _succeeded(self, server: ConnectionHealth) -> None:
        failures = server.failures
        if server.succeeded():
            log.info("%s server works again after %d failed attempt(s)",
                     server.server.upper(), failures,
                     extra={"event": "server_recovered", "server": server.server})

    def _wake(self, scheduler: AsyncIOScheduler, job_id: str) -> None:
        self._wanted.add(job_id)
        job = scheduler.get_job(job_id)
        if job is not None and job_id not in self._running:
            job.modify(next_run_time=datetime.now(UTC))

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.stop)

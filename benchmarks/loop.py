"""Whole-loop benchmark: the bot against the transport limit on real local mail servers.

    .venv/bin/python benchmarks/loop.py --replies N --server pymap|dovecot [--trickle M]
        [--interval 0.1] [--mail-host child|inproc] [--profile FILE] [--timeout S]

What it does, in one process (the mail servers in a child process by default, so that the
bot's memory and CPU are measured alone; ``--mail-host inproc`` runs them in this process):

1. setup: opens N + M negotiations (one supplier each, temp SQLite database) and sends the
   opening offers (``Mailbot.flush``); then APPENDs N supplier replies to the bot's inbox,
   each a real reply to that supplier's offer ("We can offer a 2% reduction and Net 45.",
   quoting the offer).
2. throughput: runs the bot (``Runner``, IDLE on) until every reply is answered, i.e. N
   counter-offers accepted by the SMTP server. ``replies_per_s`` = N / (first poll -> Nth
   answer accepted). Stage seconds come from timing wrappers installed here around the
   stage functions (the bot's code is not changed). Synchronous stages are exclusive CPU
   wall time; ``fetch`` and ``send`` are the wall time of their awaits, which includes
   time the event loop spent on other work (a send started while the poll processes
   waits for it), so with overlap they over-count: ``first_poll_s`` (fetch + process
   everything) and ``send_tail_s`` (from there to the Nth answer) split the wall time.
3. limit: on the same servers, raw UID FETCH of the same N messages (ImapInbox.fetch_after)
   plus N raw SMTP sends of an answer-sized message (SmtpOutbox.send), no bot logic:
   ``limit_per_s`` = N / (fetch_s + send_s).
4. trickle: the Runner (IDLE) keeps running while M more replies arrive, one every
   ``--interval`` seconds; latency = APPEND issued -> answer accepted by the SMTP server.

The last line of output is one JSON object with every figure. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import logging
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aioimaplib  # noqa: E402
import sqlalchemy.orm  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

import mailbot.shell.outgoing as outgoing_module  # noqa: E402
import mailbot.shell.processing as processing_module  # noqa: E402
import mailbot.shell.service as service_module  # noqa: E402
from mailbot.demo.environment import BOT_USER, local_settings, mail_users  # noqa: E402
from mailbot.demo.supplier_mail import reply_to  # noqa: E402
from mailbot.shell.actions import Actions  # noqa: E402
from mailbot.shell.dossier import Dossier  # noqa: E402
from mailbot.shell.mail.imap_inbox import ImapInbox, ImapSettings  # noqa: E402
from mailbot.shell.mail.local_servers import LocalMailSystem  # noqa: E402
from mailbot.shell.mail.mailbox_admin import append_messages  # noqa: E402
from mailbot.shell.mail.smtp_outbox import SmtpOutbox, SmtpSettings  # noqa: E402
from mailbot.shell.policy_files import load_policy, read_policy_text  # noqa: E402
from mailbot.shell.processing import InboundProcessor  # noqa: E402
from mailbot.shell.runner import Intervals, Runner  # noqa: E402
from mailbot.shell.service import Mailbot  # noqa: E402
from mailbot.shell.start import start_negotiations  # noqa: E402
from mailbot.shell.store.models import Direction, Message, Negotiation, Supplier  # noqa: E402
from mailbot.shell.template_context import SupplierInfo  # noqa: E402
from mailbot.shell.templates import TemplateStore  # noqa: E402
from mailbot.shell.wiring import build_mailbot, imap_settings, smtp_settings  # noqa: E402

POLICY = ROOT / "policies" / "packaging_renewal.yaml"
TEMPLATES = ROOT / "templates"
SUPPLIER_USER = "sales"  # every supplier is sales+sNNNNN@...: one mailbox receives all
REPLY_BODY = "We can offer a 2% reduction and Net 45."
CHUNK = 500  # replies built and appended this many at a time (bounded benchmark memory)

_HEADER = re.compile(rb"(?im)^(message-id|in-reply-to):[ \t]*(<[^>\r\n]+>)")

log = logging.getLogger("bench")


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def header_ids(raw: bytes) -> dict[str, str]:
    """Message-ID and In-Reply-To from the header block of ``raw`` (lower-case names)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return {m.group(1).decode().lower(): m.group(2).decode() for m in _HEADER.finditer(head)}


def rss_now_mb() -> float:
    return _status_kb("VmRSS") / 1024


class RssSampler:
    """A thread reading VmRSS every 20 ms: the peak of each phase, without clear_refs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def phase(self) -> float:
        """The peak since the last call (and restart the count)."""
        peak, self.peak = max(self.peak, rss_now_mb()), rss_now_mb()
        return peak

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_now_mb())


def _status_kb(field_name: str, pid: int | str = "self") -> float:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return float(line.split()[1])
    return 0.0


def git_state() -> str:
    """HEAD, with "+dirty" when the working tree has changes (others edit concurrently)."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "mailbot",
                                "templates"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty.strip() else "")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- the mail servers: in this process, or in a child process --------------------------


class MailHost(Protocol):
    def imap_settings(self, user: str, *, mailbox: str = "INBOX") -> ImapSettings: ...
    def smtp_settings(self) -> SmtpSettings: ...
    async def append_many(self, user: str, raws: list[bytes], mailbox: str = "INBOX") -> None: ...


class ChildMailHost:
    """``LocalMailSystem`` run by ``loop.py --serve-mail KIND`` in a child process."""

    def __init__(self, kind: str, users: dict[str, str]) -> None:
        self.kind = kind
        self.users = users
        self._process: subprocess.Popen[str] | None = None
        self._info: dict[str, Any] = {}

    async def __aenter__(self) -> ChildMailHost:
        self._process = subprocess.Popen(
            [sys.executable, __file__, "--serve-mail", self.kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(self.users) + "\n")
        self._process.stdin.flush()
        loop = asyncio.get_running_loop()
        line = await asyncio.wait_for(
            loop.run_in_executor(None, self._process.stdout.readline), 60
        )
        if not line:
            await self.__aexit__(None, None, None)
            raise RuntimeError("the mail-server child process exited before it was ready")
        self._info = json.loads(line)
        return self

    async def __aexit__(self, *exc: object) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            assert process.stdin is not None
            process.stdin.close()  # EOF: the child shuts its servers down and exits
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(loop.run_in_executor(None, process.wait), 30)
        except TimeoutError:
            process.terminate()
            try:
                await asyncio.wait_for(loop.run_in_executor(None, process.wait), 10)
            except TimeoutError:
                process.kill()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def peak_rss_mb(self) -> float:
        return _status_kb("VmHWM", self.pid) / 1024 if self.pid else 0.0

    def imap_settings(self, user: str, *, mailbox: str = "INBOX") -> ImapSettings:
        imap = self._info["imap"]
        return ImapSettings(
            host=imap["host"], port=imap["port"], username=user, password=self.users[user],
            mailbox=mailbox, security="plain", timeout=10.0,
        )

    def smtp_settings(self) -> SmtpSettings:
        smtp = self._info["smtp"]
        return SmtpSettings(host=smtp["host"], port=smtp["port"], security="plain", timeout=10.0)

    async def append_many(self, user: str, raws: list[bytes], mailbox: str = "INBOX") -> None:
        await append_messages(self.imap_settings(user), raws, mailbox)


def imap_kind(kind: str) -> Literal["pymap", "dovecot"]:
    return "dovecot" if kind == "dovecot" else "pymap"


async def serve_mail(kind: str) -> None:
    """The child: run the servers, print where they listen, stop at EOF on stdin."""
    users = json.loads(sys.stdin.readline())
    async with LocalMailSystem(users, imap=imap_kind(kind)) as mail:
        imap, smtp = mail.imap_settings(BOT_USER), mail.smtp_settings()
        info = {"imap": {"host": imap.host, "port": imap.port},
                "smtp": {"host": smtp.host, "port": smtp.port}}
        print(json.dumps(info), flush=True)
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        eof = loop.run_in_executor(None, sys.stdin.read)
        waiter = asyncio.ensure_future(stop.wait())
        await asyncio.wait({eof, waiter}, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        mail.smtp.delivered.clear()


@contextlib.asynccontextmanager
async def mail_host(kind: str, where: str, users: dict[str, str]) -> AsyncIterator[MailHost]:
    if where == "inproc":
        async with LocalMailSystem(users, imap=imap_kind(kind)) as mail:
            yield mail
    else:
        async with ChildMailHost(kind, users) as child:
            yield child


# ---- stage timing: wrappers around the bot's stage functions -----------------------------


@dataclass
class _Frame:
    start: float
    nested: float = 0.0


@dataclass
class Stages:
    """Seconds per stage. Synchronous stages are exclusive (a nested stage's time is
    taken out of its caller's); awaited stages (fetch, send) are wall time of the await,
    during which other tasks may run."""

    enabled: bool = False
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    calls: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    inclusive: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _stacks: dict[int, list[_Frame]] = field(default_factory=lambda: defaultdict(list))
    _undo: list[tuple[Any, str, Any]] = field(default_factory=list)

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self.inclusive.clear()

    @contextlib.contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        stack = self._stacks[threading.get_ident()]  # one stack per thread
        frame = _Frame(time.perf_counter())
        stack.append(frame)
        try:
            yield
        finally:
            stack.pop()
            total = time.perf_counter() - frame.start
            self.seconds[stage] += total - frame.nested
            self.inclusive[stage] += total
            self.calls[stage] += 1
            if stack:
                stack[-1].nested += total

    def add(self, stage: str, seconds: float) -> None:
        if self.enabled:
            self.seconds[stage] += seconds
            self.inclusive[stage] += seconds
            self.calls[stage] += 1

    def wrap(self, owner: Any, name: str, stage: str) -> None:
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        if isinstance(original, classmethod):
            func = original.__func__

            @functools.wraps(func)
            def class_wrapper(cls: Any, *args: Any, **kwargs: Any) -> Any:
                with self.timing(stage):
                    return func(cls, *args, **kwargs)

            replacement: Any = classmethod(class_wrapper)
        else:

            @functools.wraps(original)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                with self.timing(stage):
                    return original(*args, **kwargs)

            replacement = wrapper
        setattr(owner, name, replacement)
        self._undo.append((owner, name, original))

    def wrap_async(self, owner: Any, name: str, stage: str,
                   after: Callable[..., None] | None = None) -> None:
        original = owner.__dict__[name]

        @functools.wraps(original)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = await original(*args, **kwargs)
            self.add(stage, time.perf_counter() - start)
            if after is not None:
                after(*args, **kwargs)
            return result

        setattr(owner, name, wrapper)
        self._undo.append((owner, name, original))

    def wrap_async_generator(self, owner: Any, name: str, stage: str) -> None:
        original = owner.__dict__[name]

        @functools.wraps(original)
        async def wrapper(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            generator = original(*args, **kwargs)
            try:
                while True:
                    start = time.perf_counter()
                    try:
                        item = await generator.__anext__()
                    except StopAsyncIteration:
                        self.add(stage, time.perf_counter() - start)
                        return
                    self.add(stage, time.perf_counter() - start)
                    yield item
            finally:
                await generator.aclose()

        setattr(owner, name, wrapper)
        self._undo.append((owner, name, original))

    def undo(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


@dataclass
class Answers:
    """Which supplier replies have been answered, and when the SMTP server accepted it."""

    expected: dict[str, float | None] = field(default_factory=dict)  # reply id -> APPEND time
    answered: dict[str, float] = field(default_factory=dict)  # reply id -> accepted at
    other_sends: int = 0
    first_poll: float | None = None
    first_poll_end: float | None = None
    answered_during_first_poll: int = 0
    sample_answer: bytes = b""

    def expect(self, reply_id: str, appended_at: float | None = None) -> None:
        self.expected[reply_id] = appended_at

    def count(self, ids: set[str]) -> int:
        return sum(1 for i in ids if i in self.answered)

    def on_sent(self, raw: bytes) -> None:
        accepted = time.perf_counter()
        replying_to = header_ids(raw).get("in-reply-to")
        if replying_to in self.expected and replying_to not in self.answered:
            self.answered[replying_to] = accepted
            if not self.sample_answer:
                self.sample_answer = raw
        else:
            self.other_sends += 1


def install_wrappers(stages: Stages, answers: Answers) -> None:
    stages.wrap(processing_module, "parse_message", "parse")
    stages.wrap(processing_module, "read_parsed", "read")
    stages.wrap(processing_module, "decide", "decide")
    stages.wrap(TemplateStore, "render", "render")
    stages.wrap(outgoing_module, "compose", "compose")
    stages.wrap(sqlalchemy.orm.Session, "commit", "commit")
    stages.wrap(sqlalchemy.orm.Session, "flush", "flush")
    stages.wrap(sqlalchemy.orm.Session, "execute", "query")
    stages.wrap(Dossier, "load", "dossier")
    stages.wrap(service_module, "ingest", "ingest")
    stages.wrap(InboundProcessor, "process", "process_other")
    stages.wrap(Actions, "apply", "apply_other")
    stages.wrap(Mailbot, "check_silence", "silence_check")
    stages.wrap_async_generator(ImapInbox, "fetch_after", "fetch")
    stages.wrap_async(ImapInbox, "select", "fetch")

    def sent(_outbox: SmtpOutbox, raw: bytes, **_kw: Any) -> None:
        answers.on_sent(raw)

    stages.wrap_async(SmtpOutbox, "send", "send", after=sent)
    original_poll = Mailbot.__dict__["poll"]

    @functools.wraps(original_poll)
    async def poll(self: Mailbot, inbox: ImapInbox, *args: Any, **kwargs: Any) -> Any:
        first = answers.first_poll is None
        if first:
            answers.first_poll = time.perf_counter()
        report = await original_poll(self, inbox, *args, **kwargs)
        if first:
            answers.first_poll_end = time.perf_counter()
            answers.answered_during_first_poll = len(answers.answered)
        return report

    Mailbot.poll = poll  # type: ignore[method-assign]
    stages._undo.append((Mailbot, "poll", original_poll))


# ---- py-spy attached to this process for one phase ---------------------------------------


class Profiler:
    def __init__(self, path: Path | None, rate: int) -> None:
        self.path = path
        self.rate = rate
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        if self.path is None:
            return
        py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        fmt = "speedscope" if self.path.suffix == ".json" else (
            "flamegraph" if self.path.suffix == ".svg" else "raw")
        self._process = subprocess.Popen(
            [py_spy, "record", "--pid", str(os.getpid()), "--rate", str(self.rate),
             "--format", fmt, "-o", str(self.path), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        time.sleep(1.0)  # let it attach
        if self._process.poll() is not None:
            err = self._process.stderr.read().decode() if self._process.stderr else ""
            say(f"py-spy did not start: {err.strip()}")
            self._process = None

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGINT)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        say(f"profile written to {self.path}")


# ---- the benchmark -----------------------------------------------------------------------


@dataclass
class Options:
    replies: int
    server: str
    trickle: int
    interval: float
    mail_host: str
    timeout: float
    profile: Path | None
    profile_rate: int


def suppliers(count: int) -> list[SupplierInfo]:
    return [
        SupplierInfo(
            name=f"Supplier {i:05d}", email=f"{SUPPLIER_USER}+s{i:05d}@supplier.example",
            item="Corrugated boxes 40x30", unit_price=6.00, currency="USD",
            annual_volume=120_000,
        )
        for i in range(count)
    ]


def opening_offers(bot: Mailbot, after_id: int, limit: int) -> list[tuple[int, str, str, bytes]]:
    """(message row id, supplier name, supplier email, raw) of queued/sent opening offers."""
    with Session(bot.db) as session:
        statement = (
            select(Message.id, Supplier.name, Supplier.email, Message.raw)
            .join(Negotiation, col(Negotiation.id) == col(Message.negotiation_id))
            .join(Supplier, col(Supplier.id) == col(Negotiation.supplier_id))
            .where(Message.direction == Direction.OUTBOUND, Message.kind == "opening_offer")
            .where(col(Message.id) > after_id)
            .order_by(col(Message.id))
            .limit(limit)
        )
        return [(int(i or 0), n, e, bytes(r)) for i, n, e, r in session.exec(statement).all()]


def build_replies(rows: list[tuple[int, str, str, bytes]]) -> list[bytes]:
    now = datetime.now(UTC)
    return [reply_to(raw, REPLY_BODY, sender=email, sender_name=name, now=now)
            for _, name, email, raw in rows]


async def run_until(runner: Runner, done: Callable[[], bool], timeout: float,
                    progress: Callable[[], str]) -> bool:
    """Run the Runner until ``done()`` or the timeout; True when done."""
    deadline = time.monotonic() + timeout
    last_report = time.monotonic()

    def until() -> bool:
        nonlocal last_report
        if time.monotonic() - last_report >= 10:
            last_report = time.monotonic()
            say(progress())
        return done() or time.monotonic() > deadline

    await runner.run(until=until)
    return done()


async def benchmark(opts: Options) -> dict[str, Any]:
    result: dict[str, Any] = {"server": opts.server, "replies": opts.replies,
                              "trickle": opts.trickle, "mail_host": opts.mail_host,
                              "git": git_state()}
    work = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    stages, answers = Stages(), Answers()
    phase_rss: dict[str, float] = {}
    with RssSampler() as sampler:
        try:
            return await _benchmark(opts, result, work, stages, answers, phase_rss, sampler)
        finally:
            stages.undo()
            shutil.rmtree(work, ignore_errors=True)


async def _benchmark(opts: Options, result: dict[str, Any], work: Path, stages: Stages,
                     answers: Answers, phase_rss: dict[str, float], sampler: RssSampler,
                     ) -> dict[str, Any]:
    n, m = opts.replies, opts.trickle
    users = mail_users([SUPPLIER_USER])
    async with mail_host(opts.server, opts.mail_host, users) as host:
        settings = local_settings(
            cast(LocalMailSystem, host), database_url=f"sqlite:///{work / 'bot.sqlite3'}",
            templates_dir=TEMPLATES,
        )
        bot = build_mailbot(settings)
        install_wrappers(stages, answers)
        policy, policy_text = load_policy(POLICY), read_policy_text(POLICY)

        # ---- setup: open N + M negotiations, send the openings, append N replies ----
        sampler.phase()
        t = time.perf_counter()
        everyone = suppliers(n + m)
        start_negotiations(bot.db, bot.actions, policy, policy_text, everyone,
                           datetime.now(UTC))
        result["setup_start_s"] = round(time.perf_counter() - t, 2)
        say(f"opened {n + m} negotiations in {result['setup_start_s']} s")
        t = time.perf_counter()
        async with SmtpOutbox(host.smtp_settings()) as outbox:
            report = await asyncio.wait_for(bot.flush(outbox), opts.timeout)
        result["setup_openings_s"] = round(time.perf_counter() - t, 2)
        say(f"sent {report.sent} opening offers in {result['setup_openings_s']} s")
        if report.sent != n + m:
            raise RuntimeError(f"only {report.sent} of {n + m} opening offers were sent")

        t = time.perf_counter()
        last_id, appended = 0, 0
        throughput_ids: set[str] = set()
        while appended < n:
            rows = opening_offers(bot, last_id, min(CHUNK, n - appended))
            if not rows:
                break
            last_id = rows[-1][0]
            replies = build_replies(rows)
            for raw in replies:
                reply_id = header_ids(raw)["message-id"]
                throughput_ids.add(reply_id)
                answers.expect(reply_id)
            await asyncio.wait_for(host.append_many(BOT_USER, replies), opts.timeout)
            appended += len(replies)
        trickle_rows = opening_offers(bot, last_id, m)
        result["setup_append_s"] = round(time.perf_counter() - t, 2)
        say(f"appended {appended} replies in {result['setup_append_s']} s")
        phase_rss["setup"] = sampler.phase()

        # ---- throughput: the Runner until every reply is answered ----
        sampler.phase()
        rss_before = rss_now_mb()
        profiler = Profiler(opts.profile, opts.profile_rate)
        profiler.start()
        stages.reset()
        answers.other_sends = 0
        stages.enabled = True
        runner = Runner(bot, imap_settings(settings), smtp_settings(settings), Intervals())
        wall = time.perf_counter()
        finished = await run_until(
            runner, lambda: answers.count(throughput_ids) >= n, opts.timeout,
            lambda: f"throughput: {answers.count(throughput_ids)}/{n} answered",
        )
        stages.enabled = False
        profiler.stop()
        answered = answers.count(throughput_ids)
        if not finished:
            say(f"throughput phase timed out: {answered}/{n} answered")
        first = answers.first_poll or wall
        times = sorted(answers.answered[i] for i in throughput_ids if i in answers.answered)
        last = times[-1] if times else time.perf_counter()
        elapsed = last - first
        result["answered"] = answered
        result["throughput_s"] = round(elapsed, 3)
        result["replies_per_s"] = round(answered / elapsed, 2) if elapsed > 0 else 0.0
        result["other_sends"] = answers.other_sends
        if answers.first_poll_end is not None:
            # The first poll fetches and processes every reply before it returns; the
            # flush job mostly sends after it (its awaits wait while processing runs).
            result["first_poll_s"] = round(answers.first_poll_end - first, 3)
            result["send_tail_s"] = round(last - answers.first_poll_end, 3)
            result["answered_during_first_poll"] = answers.answered_during_first_poll
        result["stage_s"] = {k: round(v, 3) for k, v in sorted(
            stages.seconds.items(), key=lambda kv: -kv[1])}
        result["stage_s"]["other"] = round(elapsed - sum(stages.seconds.values()), 3)
        result["stage_calls"] = dict(sorted(stages.calls.items()))
        result["silence_check_inclusive_s"] = round(stages.inclusive.get("silence_check", 0), 3)
        phase_rss["throughput"] = sampler.phase()
        result["rss_before_bot_mb"] = round(rss_before, 1)
        result["rss_after_bot_mb"] = round(rss_now_mb(), 1)
        say(f"throughput: {answered}/{n} in {elapsed:.1f} s = {result['replies_per_s']}/s")

        # ---- limit: raw FETCH of the same N messages + N raw SMTP sends ----
        sampler.phase()
        result.update(await transport_limit(host, n, answers.sample_answer, settings))
        fetch_send = result["limit_fetch_s"] + result["limit_send_s"]
        result["limit_per_s"] = round(n / fetch_send, 2) if fetch_send else 0.0
        result["ratio"] = (round(result["replies_per_s"] / result["limit_per_s"], 3)
                           if result["limit_per_s"] else 0.0)
        phase_rss["limit"] = sampler.phase()
        say(f"limit: {result['limit_per_s']}/s (fetch {result['limit_fetch_s']} s, "
            f"send {result['limit_send_s']} s); ratio {result['ratio']}")

        # ---- trickle: M replies, one every interval, Runner with IDLE ----
        sampler.phase()
        if m:
            bot.stopping = False
            result.update(await trickle(host, bot, settings, answers, trickle_rows, opts))
        phase_rss["trickle"] = sampler.phase()
        if isinstance(host, ChildMailHost):
            result["mail_host_peak_rss_mb"] = round(host.peak_rss_mb(), 1)
    result["phase_peak_rss_mb"] = {k: round(v, 1) for k, v in phase_rss.items()}
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


async def transport_limit(host: MailHost, n: int, sample: bytes, settings: Any,
                          ) -> dict[str, Any]:
    """No bot logic: the same N messages fetched by UID, N answer-sized messages sent."""
    async with ImapInbox(host.imap_settings(BOT_USER)) as inbox:
        start = time.perf_counter()
        await inbox.select()
        fetched = 0
        async for batch in inbox.fetch_after(0, batch=settings.limits.fetch_batch):
            fetched += len(batch)
            if fetched >= n:
                break
        fetch_s = time.perf_counter() - start
    sender = settings.bot.address
    recipient = f"{SUPPLIER_USER}+limit@supplier.example"
    async with SmtpOutbox(host.smtp_settings()) as outbox:
        start = time.perf_counter()
        for _ in range(n):
            await outbox.send(sample, sender=sender, recipients=[recipient])
        send_s = time.perf_counter() - start
    return {"limit_fetched": fetched, "limit_fetch_s": round(fetch_s, 3),
            "limit_send_s": round(send_s, 3), "limit_message_bytes": len(sample)}


async def trickle(host: MailHost, bot: Mailbot, settings: Any, answers: Answers,
                  rows: list[tuple[int, str, str, bytes]], opts: Options) -> dict[str, Any]:
    """Replies arrive one every ``interval`` while the Runner (IDLE) runs."""
    replies = build_replies(rows)
    ids = [header_ids(raw)["message-id"] for raw in replies]
    for reply_id in ids:
        answers.expect(reply_id)
    wanted = set(ids)
    runner = Runner(bot, imap_settings(settings), smtp_settings(settings), Intervals())
    answers.first_poll = answers.first_poll_end = None

    def done() -> bool:
        return feeder.done() and (answers.count(wanted) >= len(ids) or trickle_timed_out())

    deadline: list[float] = []

    def trickle_timed_out() -> bool:
        return bool(deadline) and time.monotonic() > deadline[0]

    async def feed() -> None:
        await asyncio.sleep(3.0)  # the first poll has run and IDLE is in place
        imap = host.imap_settings(BOT_USER)
        client = aioimaplib.IMAP4(imap.host, imap.port, timeout=imap.timeout)
        await client.wait_hello_from_server()
        await client.login(imap.username, imap.password)
        try:
            for reply_id, raw in zip(ids, replies, strict=True):
                answers.expected[reply_id] = time.perf_counter()
                await client.append(raw, mailbox="INBOX", flags=None)
                await asyncio.sleep(opts.interval)
        finally:
            with contextlib.suppress(Exception):
                await client.logout()
        deadline.append(time.monotonic() + 30.0)

    feeder = asyncio.ensure_future(feed())
    try:
        await run_until(runner, done, opts.timeout,
                        lambda: f"trickle: {answers.count(wanted)}/{len(ids)} answered")
    finally:
        if not feeder.done():
            feeder.cancel()
        with contextlib.suppress(BaseException):
            await feeder
    latencies = sorted(
        answers.answered[i] - cast(float, answers.expected[i])
        for i in ids if i in answers.answered and answers.expected[i] is not None
    )
    out: dict[str, Any] = {"trickle_answered": len(latencies)}
    if latencies:
        out["p50_latency_s"] = round(statistics.median(latencies), 3)
        out["p95_latency_s"] = round(latencies[min(len(latencies) - 1,
                                                   int(0.95 * len(latencies)))], 3)
        out["max_latency_s"] = round(latencies[-1], 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=1000)
    parser.add_argument("--server", choices=["pymap", "dovecot"], default="pymap")
    parser.add_argument("--trickle", type=int, default=50, help="replies in the latency phase")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between them")
    parser.add_argument("--mail-host", choices=["child", "inproc"], default="child",
                        help="run the mail servers in a child process (default) or here")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per phase")
    parser.add_argument("--profile", type=Path, default=None,
                        help="py-spy output for the throughput phase (.json speedscope, "
                             ".svg flamegraph, else raw collapsed stacks)")
    parser.add_argument("--profile-rate", type=int, default=100)
    parser.add_argument("--serve-mail", choices=["pymap", "dovecot"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    if args.serve_mail:
        asyncio.run(serve_mail(args.serve_mail))
        return
    if args.server == "dovecot":
        from mailbot.shell.mail.dovecot import dovecot_available

        if not dovecot_available():
            sys.exit("Dovecot is not installed here")
    opts = Options(args.replies, args.server, args.trickle, args.interval, args.mail_host,
                   args.timeout, args.profile, args.profile_rate)
    result = asyncio.run(benchmark(opts))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

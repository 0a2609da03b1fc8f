"""Whole-loop benchmark: the bot against the transport limit on real local mail servers.

The instruments (mail servers in a child process, stage timing wrappers, memory sampling,
py-spy) are in ``benchmarks/harness/``; this script is the measurement.

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
import json
import logging
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aioimaplib  # noqa: E402
from harness.mail_host import ChildMailHost, MailHost, mail_host, serve_mail  # noqa: E402
from harness.measure import (  # noqa: E402
    RssSampler,
    git_state,
    header_ids,
    peak_rss_mb,
    rss_now_mb,
    say,
)
from harness.profiler import Profiler  # noqa: E402
from harness.stages import Answers, Stages, install_wrappers  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

from mailbot.demo.environment import BOT_USER, local_settings, mail_users  # noqa: E402
from mailbot.demo.supplier_mail import reply_to  # noqa: E402
from mailbot.shell.files.policies import load_policy, read_policy_text  # noqa: E402
from mailbot.shell.mail.imap_inbox import ImapInbox  # noqa: E402
from mailbot.shell.mail.local.servers import LocalMailSystem  # noqa: E402
from mailbot.shell.mail.smtp_outbox import SmtpOutbox  # noqa: E402
from mailbot.shell.runner import Intervals, Runner  # noqa: E402
from mailbot.shell.service import Mailbot  # noqa: E402
from mailbot.shell.start import start_negotiations  # noqa: E402
from mailbot.shell.store.models import Direction, Message, Negotiation, Supplier  # noqa: E402
from mailbot.shell.templates.context import SupplierInfo  # noqa: E402
from mailbot.shell.wiring import build_mailbot, imap_settings, smtp_settings  # noqa: E402

POLICY = ROOT / "policies" / "packaging_renewal.yaml"
TEMPLATES = ROOT / "templates"
SUPPLIER_USER = "sales"  # every supplier is sales+sNNNNN@...: one mailbox receives all
REPLY_BODY = "We can offer a 2% reduction and Net 45."
CHUNK = 500  # replies built and appended this many at a time (bounded benchmark memory)

_HEADER = re.compile(rb"(?im)^(message-id|in-reply-to):[ \t]*(<[^>\r\n]+>)")

log = logging.getLogger("bench")


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
        from mailbot.shell.mail.local.dovecot import dovecot_available

        if not dovecot_available():
            sys.exit("Dovecot is not installed here")
    opts = Options(args.replies, args.server, args.trickle, args.interval, args.mail_host,
                   args.timeout, args.profile, args.profile_rate)
    result = asyncio.run(benchmark(opts))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

"""Stage timing: wrappers installed around the bot's stage functions (its code is unchanged)."""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy.orm

import mailbot.shell.inbound.processing as processing_module
import mailbot.shell.outbound.queue as outgoing_module
import mailbot.shell.service as service_module
from harness.measure import header_ids
from mailbot.shell.decisions.actions import Actions
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.inbound.processing import InboundProcessor
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.service import Mailbot
from mailbot.shell.templates import TemplateStore


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

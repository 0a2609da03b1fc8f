"""An external program as the supplier, speaking JSON Lines (``--supplier-cmd``).

For each buyer message the simulator writes one line to the program's stdin; for an
offer (or reminder) it reads one line back, either a structured move
``{"intent": ..., "price_increase": ..., "terms": {...}}`` or ``{"body": "..."}``, an
email reply read by the same reader as real mail. After a terminal action the
program's stdin is closed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import queue
import shlex
import subprocess
import threading
from email.message import EmailMessage
from typing import IO, Any

from mailbot.core.engine import Action, Clarification, DealContext, SupplierMove
from mailbot.core.engine.moves import move_from_reading
from mailbot.core.terms import Intent, Terms
from mailbot.simulate.errors import SimulationError
from mailbot.simulate.messages import BuyerMessage

_STRUCTURED_INTENTS = frozenset({Intent.COUNTER, Intent.ACCEPT, Intent.REJECT, Intent.OTHER})


def move_from_json(
    data: Any, context: DealContext, last_offer: Terms | None,
    alternatives: tuple[Terms, ...] = (), clarifying: Clarification | None = None,
) -> SupplierMove:
    """A supplier reply line as a move; raises ``SimulationError`` saying what is wrong.
    A body answering a clarification is read with it (its letters name its packages)."""
    if not isinstance(data, dict):
        raise SimulationError(f"expected a JSON object, got {data!r}")
    if "body" in data:
        return read_body(str(data["body"]), context, last_offer, alternatives, clarifying)
    try:
        intent = Intent(data["intent"])
        terms = Terms.from_json(data.get("terms"))
        confidence = float(data.get("confidence", 1.0))
    except (KeyError, ValueError, TypeError) as error:
        raise SimulationError(
            f"bad supplier reply {data!r}: {error}; expected "
            '{"intent": "counter"|"accept"|"reject"|"other", "price_increase": bool, '
            '"terms": {...}} or {"body": "..."}'
        ) from None
    if intent not in _STRUCTURED_INTENTS:
        raise SimulationError(f"intent {intent.value!r} is not one a supplier program may send")
    return SupplierMove(intent, bool(data.get("price_increase", False)), terms, confidence)


def read_body(
    body: str, context: DealContext, last_offer: Terms | None,
    alternatives: tuple[Terms, ...] = (), clarifying: Clarification | None = None,
) -> SupplierMove:
    """Read a plain-text reply as the bot reads real email (a letter picks a package)."""
    try:
        # Imported by name and late: the reader is a separate, optional piece of the core.
        reading = importlib.import_module("mailbot.core.reading")
        read_reply, reading_context = reading.read_reply, reading.ReadingContext
    except (ImportError, AttributeError) as error:
        raise SimulationError(
            'replies as {"body": ...} need the reply reader (mailbot.core.reading.read_reply), '
            f"which is not available ({error}); reply with intent and terms instead"
        ) from None
    message = EmailMessage()
    message["From"] = "supplier@example.com"
    message["To"] = "buyer@example.com"
    message["Subject"] = "Re: our proposal"
    message.set_content(body)
    extra: dict[str, Any] = {"alternatives": alternatives} if alternatives else {}
    if clarifying is not None:
        extra = {"alternatives": clarifying.options, "clarifying": clarifying.for_reader()}
    ctx = reading_context(baseline_unit_price=context.baseline_unit_price,
                          currency=context.currency, last_offer=last_offer, **extra)
    return move_from_reading(read_reply(bytes(message), ctx))


class ExternalSupplier:
    """Runs ``command`` and exchanges one JSON line per buyer message with it."""

    def __init__(self, command: str, context: DealContext, timeout: float = 30.0) -> None:
        self._context = context
        self._timeout = timeout
        try:
            self._process = subprocess.Popen(
                shlex.split(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                text=True, encoding="utf-8",
            )
        except OSError as error:
            raise SimulationError(f"cannot start supplier program {command!r}: {error}") from None
        self._last_offer: Terms | None = None  # a clarification is read against it
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(
            target=_pump, args=(self._process.stdout, self._lines), daemon=True
        )
        self._reader.start()

    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        self._send(message)
        line = self._receive(message.round)
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise SimulationError(f"supplier reply to round {message.round} is not JSON "
                                  f"({error}): {line.strip()!r}") from None
        decision = message.decision
        if decision.action is Action.CLARIFY:
            return move_from_json(data, self._context, self._last_offer,
                                  clarifying=decision.clarification)
        self._last_offer = decision.terms
        return move_from_json(data, self._context, decision.terms, decision.alternatives)

    def close(self, message: BuyerMessage) -> None:
        with contextlib.suppress(SimulationError):  # it may have exited; the outcome stands
            self._send(message)
        self.shutdown()

    def shutdown(self) -> None:
        stdin = self._process.stdin
        if stdin is not None and not stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                stdin.close()
        try:
            self._process.wait(timeout=self._timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=self._timeout)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def _send(self, message: BuyerMessage) -> None:
        stdin = self._process.stdin
        if stdin is None or stdin.closed:
            raise SimulationError("the supplier program's input is already closed")
        try:
            stdin.write(json.dumps(message.to_json()) + "\n")
            stdin.flush()
        except BrokenPipeError:
            raise SimulationError(
                f"the supplier program exited before round {message.round}") from None

    def _receive(self, round_no: int) -> str:
        try:
            line = self._lines.get(timeout=self._timeout)
        except queue.Empty:
            raise SimulationError(f"the supplier program did not answer round {round_no} "
                                  f"within {self._timeout:g} s") from None
        if line is None:
            raise SimulationError(f"the supplier program closed its output instead of "
                                  f"answering round {round_no}")
        return line


def _pump(stream: IO[str] | None, lines: queue.Queue[str | None]) -> None:
    """Move the program's output lines into a queue, so reads can time out."""
    for line in stream or ():
        if line.strip():
            lines.put(line)
    lines.put(None)

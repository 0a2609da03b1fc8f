"""Writers of one process take SQLite's single write lock in the order they asked for it.

SQLite has one writer at a time, and a writer that finds the lock taken sleeps and polls
(the busy handler), so a thread that writes in a tight loop (reading and deciding a batch
of replies) takes the lock again before a waiting writer wakes up. The outbox marks each
message sent before it sends the next, so it must not starve: in-process writers queue
here first, and the lock goes to them in turn. Other processes still meet at SQLite's
own lock, as before. Reentrant per thread, so a nested transaction cannot deadlock.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager


class WriteTurns:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._queue: deque[int] = deque()  # tickets in arrival order; the first one writes
        self._issued = 0
        self._owner: int | None = None
        self._depth = 0

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Wait for this thread's turn to write, and hold it until the block ends."""
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
            else:
                ticket = self._issued
                self._issued += 1
                self._queue.append(ticket)
                self._changed.wait_for(lambda: self._queue[0] == ticket)
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._queue.popleft()
                    self._changed.notify_all()

"""In-process writers take SQLite's write lock in turn: a writer in a tight loop cannot
starve one that asked while it was writing."""

from __future__ import annotations

import threading
import time

from mailbot.shell.store.write_turns import WriteTurns


def test_a_waiting_writer_goes_before_the_busy_one_writes_again() -> None:
    turns, order = WriteTurns(), []
    asked = threading.Event()

    def busy() -> None:
        for i in range(5):
            with turns.turn():
                order.append(f"busy{i}")
                if i == 0:
                    asked.wait(2)
                    time.sleep(0.05)  # the other writer is queued by now

    def waiting() -> None:
        asked.set()
        with turns.turn():
            order.append("waiting")

    threads = [threading.Thread(target=busy), threading.Thread(target=waiting)]
    threads[0].start()
    time.sleep(0.01)
    threads[1].start()
    for t in threads:
        t.join(5)
    assert order[:2] == ["busy0", "waiting"]
    assert len(order) == 6


def test_a_thread_may_nest_its_turns() -> None:
    turns, done = WriteTurns(), []
    with turns.turn(), turns.turn():
        done.append(True)
    with turns.turn():  # released fully: the next turn is granted at once
        done.append(True)
    assert done == [True, True]

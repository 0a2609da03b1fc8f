"""``mailbot run`` on a compressed clock: reminders and the silent-supplier escalation
happen on a real process within seconds, as the policy schedules them in days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import SUPPLIER, Loop, negotiation, opened

from mailbot.shell.runtime.clock import CompressedClock

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize("how", ["option", "setting"])
async def test_a_silent_supplier_is_reminded_then_escalated_on_a_fast_clock(
    loop: Loop, tmp_path: Path, how: str
) -> None:
    await opened(loop)  # the offer is out; the policy reminds on days 3 and 6, escalates on 10
    fast = {"clock_speed": 86400} if how == "setting" else {}
    env = write_config(loop.settings, tmp_path / "mailbot.toml", silence_check_interval_s=0.25,
                       **fast)
    args = ("--clock-speed", "86400") if how == "option" else ()
    bot = await start_bot(env, tmp_path / "bot.log", args=args)
    try:
        delivered = await loop.mail.wait_for_deliveries(4, timeout=60)
    finally:
        await stop_bot(bot)
    to_supplier = [d for d in delivered if d.recipients == (SUPPLIER.email,)]
    to_buyer = [d for d in delivered if d.recipients == (loop.company.buyer_address,)]
    assert len(to_supplier) == 3, "the offer and two reminders"
    assert len(to_buyer) == 1
    n = negotiation(loop)
    assert (n.reminders_sent, n.state_reason) == (2, "silent_supplier")


def test_the_compressed_clock_runs_speed_times_real_time() -> None:
    real = [datetime(2025, 1, 1, tzinfo=UTC)]
    clock = CompressedClock(86400, real=lambda: real[0])
    real[0] += timedelta(seconds=2.5)
    assert clock() == datetime(2025, 1, 3, 12, tzinfo=UTC)
    with pytest.raises(ValueError, match="positive"):
        CompressedClock(0)

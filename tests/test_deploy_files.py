"""The service files say what the README promises: a dedicated user, restart on failure,
secrets from an environment file, JSON logs; a container health check on the monitoring
port the image turns on."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_systemd_unit() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "deploy" / "mailbot.service")
    service = unit["Service"]
    assert service["Type"] in ("simple", "notify")
    assert service["Restart"] == "on-failure"
    assert service["User"] == "mailbot"
    assert service["EnvironmentFile"] == "/etc/mailbot/mailbot.env"
    assert service["ExecStart"].endswith("mailbot run --log-format json")
    assert "StartLimitBurst" in unit["Unit"]


def test_containerfile_checks_health_on_the_port_it_turns_on() -> None:
    text = (ROOT / "Containerfile").read_text(encoding="utf-8")
    port = re.search(r"MAILBOT_MONITORING__PORT=(\d+)", text)
    assert port is not None
    assert re.search(r"^HEALTHCHECK .*\\$", text, re.M)
    assert f"http://127.0.0.1:{port.group(1)}/healthz" in text
    assert re.search(r"^USER 10001", text, re.M)  # not root
    assert 'CMD ["run", "--log-format", "json"]' in text

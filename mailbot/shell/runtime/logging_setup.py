"""How ``mailbot run`` logs: one line per event, as text or as JSON (``--log-format json``).

APScheduler announces every run of every job at INFO ("Running job ...", "executed
successfully"): with a flush every few seconds that drowns the events an operator needs,
so its loggers are held at WARNING.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Literal

LogFormat = Literal["text", "json"]
QUIET = ("alembic", "apscheduler", "aioimaplib", "mail.log", "mailparser", "msal", "urllib3")
TEXT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Fields a log call may add with ``extra=`` that the JSON line carries as its own keys.
EXTRA_FIELDS = ("event", "server", "retry_in_s", "mailbox", "database", "count")


class JsonLines(logging.Formatter):
    """One JSON object per record, newlines in a message escaped, never split."""

    def format(self, record: logging.LogRecord) -> str:
        document: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in EXTRA_FIELDS:
            if name in record.__dict__:
                document[name] = record.__dict__[name]
        if record.exc_info:
            document["exception"] = self.formatException(record.exc_info)
        return json.dumps(document, ensure_ascii=False, default=str)


def configure_logging(fmt: LogFormat = "text", level: int = logging.INFO) -> None:
    """Replace the root logger's handlers with one on stderr in ``fmt``."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if fmt == "json" else logging.Formatter(TEXT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))

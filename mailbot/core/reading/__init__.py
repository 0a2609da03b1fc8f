"""Reading supplier replies: raw email bytes plus context in, a ``Reading`` out.

Pure code: no file, network or clock access. The reply-form templates are passed in by
the caller as ``ReplyForm`` values built from their text.
"""

from mailbot.core.reading.clarified import understood_terms
from mailbot.core.reading.form import ReplyForm
from mailbot.core.reading.mime import ParsedMessage, parse_message
from mailbot.core.reading.model import (
    Clarifying,
    Evidence,
    Reading,
    ReadingContext,
    Unclear,
    UnclearKind,
)
from mailbot.core.reading.reader import read_parsed, read_reply
from mailbot.core.reading.reasons import Reason

__all__ = [
    "Clarifying",
    "Evidence",
    "ParsedMessage",
    "Reading",
    "ReadingContext",
    "Reason",
    "ReplyForm",
    "Unclear",
    "UnclearKind",
    "parse_message",
    "read_parsed",
    "read_reply",
    "understood_terms",
]

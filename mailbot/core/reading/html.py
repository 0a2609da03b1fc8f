"""HTML bodies to plain text that the quote stripper understands.

Mail clients mark quoted history in HTML structure rather than text: a ``blockquote``
(Apple Mail, Thunderbird, Gmail) or a reply-header ``div`` (Outlook). The converter keeps
that information by prefixing blockquote lines with ``>`` like a plain-text client would,
so one line-based stripper serves both kinds of body. Suppliers who answer inside the
quote type their answers in colour ("Agreed" in red under each term): coloured text in
the history comes out as a line of its own, marked with ``TYPED_MARK``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mailbot.core.reading.folding import Cue

_BLOCK_TAGS = frozenset(
    {"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
     "pre", "section", "article", "header", "footer", "dl", "dt", "dd", "center"}
)
_PARAGRAPH_TAGS = frozenset({"p", "table", "hr", "h1", "h2", "h3", "blockquote", "ul", "ol"})
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"head", "style", "script", "title", "xml"})
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


# Containers webmail clients put the quoted history in (as a blockquote would be).
_QUOTE_CLASSES = Cue(r"\b(gmail_quote|yahoo_quoted|moz-cite-prefix|zmail_extra|"
                            r"protonmail_quote|OutlookMessageHeader)\b")
# Outlook on the web and new Outlook start the history with a reply-header div; the
# original follows as siblings, so a separator line marks where the history starts.
_REPLY_HEADER_IDS = frozenset({"divrplyfwdmsg", "appendonsend", "x_divrplyfwdmsg"})
HISTORY_MARK = "-----Original Message-----"
TYPED_MARK = "\u2063"  # invisible separator: this line was typed in colour into the history
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base",
                        "wbr", "source"})
_COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)
_PLAIN_COLOURS = frozenset({"black", "#000", "#000000", "windowtext", "inherit", "initial",
                            "currentcolor", "rgb(0,0,0)", "rgb(0, 0, 0)", "auto", "#1f1f1f",
                            "#212121", "#222", "#222222", "#333", "#333333"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.skip_depth = 0
        self.cells_in_row = 0
        self.divs: list[bool] = []  # open divs: does this one hold quoted history?
        self.open: list[tuple[str, bool]] = []  # open elements: (tag, coloured text inside)
        self.current_coloured = False
        self.in_history = False

    def flush(self, paragraph: bool = False) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if text and self.current_coloured and (self.quote_depth or self.in_history):
            self.lines.append(TYPED_MARK + text)
        elif text:
            self.lines.append("> " * self.quote_depth + text)
        elif paragraph and self.lines and self.lines[-1]:
            self.lines.append("")

    def _coloured(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        inherited = bool(self.open) and self.open[-1][1]
        values = dict(attrs)
        colour = (values.get("color") or "").strip().lower() if tag == "font" else ""
        style = _COLOUR.search(values.get("style") or "")
        if style:
            colour = style.group(1).strip().lower()
        if not colour:
            return inherited
        return colour.replace(" !important", "") not in _PLAIN_COLOURS

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            self.open.append((tag, self._coloured(tag, attrs)))
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "br":
            self.flush()
        elif tag == "hr" and (dict(attrs).get("id") or "").lower() == "zwchr":
            self.flush(paragraph=True)
            self.lines.append(HISTORY_MARK)  # Zimbra's rule above the quoted original
            self.in_history = True
        elif tag == "blockquote":
            self.flush(paragraph=True)
            self.quote_depth += 1
        elif tag == "div":
            self._open_div(dict(attrs))
        elif tag in _CELL_TAGS:
            if self.cells_in_row:
                self.current.append(" | ")
            self.cells_in_row += 1
        elif tag in _BLOCK_TAGS:
            self.flush(paragraph=tag in _PARAGRAPH_TAGS)
            self.cells_in_row = 0

    def handle_endtag(self, tag: str) -> None:
        if any(open_tag == tag for open_tag, _ in self.open):
            while self.open and self.open.pop()[0] != tag:
                pass
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "blockquote" or (tag == "div" and self.divs and self.divs.pop()):
            self.flush(paragraph=True)
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.flush(paragraph=tag in _PARAGRAPH_TAGS)

    def _open_div(self, attrs: dict[str, str | None]) -> None:
        self.flush(paragraph=False)
        self.cells_in_row = 0
        if (attrs.get("id") or "").lower() in _REPLY_HEADER_IDS:
            self.lines.append(HISTORY_MARK)
            self.in_history = True
        style = (attrs.get("style") or "").lower().replace(" ", "")
        quoting = bool(_QUOTE_CLASSES.search(attrs.get("class") or "")) or (
            attrs.get("data-marker") == "__QUOTED_TEXT__") or attrs.get("name") == "quote" or (
            "border-left:" in style and ("padding-left" in style or "margin" in style
                                          or "padding:" in style))

        self.divs.append(quoting)
        if quoting:
            self.quote_depth += 1

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        coloured = bool(self.open) and self.open[-1][1]
        if coloured != self.current_coloured and data.strip():
            self.flush()
            self.current_coloured = coloured
        self.current.append(data.replace("\r", " ").replace("\n", " "))


def html_to_text(html: str) -> str:
    """Readable text of an HTML body; blockquoted lines come out ``>``-prefixed."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # HTMLParser's own failures on garbage markup
        pass
    collector.flush()
    return "\n".join(collector.lines).strip("\n")

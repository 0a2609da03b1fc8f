"""Charts drawn on the server as SVG: no chart library to vendor, nothing to run in the
browser, and the figures are in the page's text for a screen reader. Colours are SVG
attributes (not inline styles) so the console's Content-Security-Policy allows them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from markupsafe import Markup, escape

BAR = "#3b6ea8"
LINE = "#2f855a"
GRID = "#d0d7de"
TEXT = "#24292f"


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    fmt: Callable[[float], str] = lambda v: f"{v:,.0f}",
    width: int = 520,
    row: int = 26,
) -> Markup:
    """Horizontal bars, one per (label, value); values of 0 or less draw no bar."""
    label_w, value_w = 190, 80
    height = max(1, len(bars)) * row + 30
    top = max((v for _, v in bars), default=0.0) or 1.0
    span = width - label_w - value_w
    parts = [_title(title, width)]
    for index, (label, value) in enumerate(bars):
        y = 30 + index * row
        length = max(0.0, value) / top * span
        parts.append(
            f'<text x="{label_w - 8}" y="{y + row * 0.62:.1f}" text-anchor="end" '
            f'fill="{TEXT}" font-size="12">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" '
            f'fill="{BAR}"><title>{escape(label)}: {escape(fmt(value))}</title></rect>'
            f'<text x="{label_w + length + 6:.1f}" y="{y + row * 0.62:.1f}" fill="{TEXT}" '
            f'font-size="12">{escape(fmt(value))}</text>'
        )
    if not bars:
        parts.append(f'<text x="10" y="50" fill="{TEXT}" font-size="12">No data yet.</text>')
    return _svg(width, height, title, parts)


def line_chart(
    points: Sequence[tuple[datetime, float]],
    *,
    title: str,
    fmt: Callable[[float], str] = lambda v: f"{v:,.0f}",
    width: int = 520,
    height: int = 220,
) -> Markup:
    """A cumulative line over time (points in time order)."""
    left, right, top_pad, bottom = 70, 20, 30, 30
    parts = [_title(title, width)]
    if not points:
        parts.append(f'<text x="10" y="50" fill="{TEXT}" font-size="12">No data yet.</text>')
        return _svg(width, 80, title, parts)
    start, end = points[0][0], points[-1][0]
    seconds = max((end - start).total_seconds(), 1.0)
    top = max(v for _, v in points) or 1.0
    inner_w, inner_h = width - left - right, height - top_pad - bottom

    def x(at: datetime) -> float:
        return left + (at - start).total_seconds() / seconds * inner_w if len(points) > 1 \
            else left + inner_w / 2

    def y(value: float) -> float:
        return top_pad + inner_h - max(value, 0.0) / top * inner_h

    parts.append(
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{width - right}" y2="{y(0):.1f}" '
        f'stroke="{GRID}"/><line x1="{left}" y1="{y(top):.1f}" x2="{width - right}" '
        f'y2="{y(top):.1f}" stroke="{GRID}"/>'
        f'<text x="{left - 6}" y="{y(top) + 4:.1f}" text-anchor="end" fill="{TEXT}" '
        f'font-size="11">{escape(fmt(top))}</text>'
        f'<text x="{left - 6}" y="{y(0) + 4:.1f}" text-anchor="end" fill="{TEXT}" '
        f'font-size="11">0</text>'
        f'<text x="{left}" y="{height - 8}" fill="{TEXT}" font-size="11">'
        f'{start:%Y-%m-%d}</text><text x="{width - right}" y="{height - 8}" '
        f'text-anchor="end" fill="{TEXT}" font-size="11">{end:%Y-%m-%d}</text>'
    )
    path = " ".join(f"{x(at):.1f},{y(value):.1f}" for at, value in points)
    parts.append(f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="2"/>')
    for at, value in points:
        parts.append(
            f'<circle cx="{x(at):.1f}" cy="{y(value):.1f}" r="3" fill="{LINE}">'
            f"<title>{at:%Y-%m-%d}: {escape(fmt(value))}</title></circle>"
        )
    return _svg(width, height, title, parts)


def _title(title: str, width: int) -> str:
    return (
        f'<text x="{width / 2:.0f}" y="18" text-anchor="middle" fill="{TEXT}" '
        f'font-size="14" font-weight="bold">{escape(title)}</text>'
    )


def _svg(width: int, height: int, title: str, parts: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        + "".join(parts)
        + "</svg>"
    )

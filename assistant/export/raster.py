"""Paint the flow map and the charts as PNG with Pillow (for DOCX, which cannot hold SVG).

Pure Python route, chosen over converting the SVG (cairosvg needs the system cairo
library): the same geometry as the SVG (``flowmap.layout``, ``charts.BarChart``) painted
with Pillow's drawing primitives and its bundled font, at 1.5x (about 300 dpi at Word's
page width) for a crisp print. Curves are sampled into polylines; dashes are cut along the
sampled length. Saved as a 64-colour palette PNG: a third of the bytes to compress.
"""

from __future__ import annotations

import io
import itertools
import math
from contextvars import ContextVar
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from assistant.export.charts import BAR_COLOUR, HIGHLIGHT_COLOUR, LABEL_W, PAD, ROW_H, BarChart
from assistant.export.flowmap import (
    HOT_COLOUR,
    KIND_FILL,
    KIND_RADIUS,
    MARGIN,
    MATURITY_COLOURS,
    MATURITY_DASH,
    MATURITY_WIDTH,
    FlowMap,
    bezier_point,
    segments,
    shown_maturities,
)

SCALE = 1.5
#: The largest picture painted, in pixels (about 36 MB of RGB): a bigger map is scaled down.
MAX_PIXELS = 12_000_000
_scale: ContextVar[float] = ContextVar("raster_scale", default=SCALE)
SAMPLES = 32


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return _font_at(max(1, round(size * _scale.get())))


@cache
def _font_at(pixels: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=pixels)


def _png(image: Image.Image) -> bytes:
    """PNG bytes, as a 64-colour palette image: a third of the data to compress, same look."""
    buffer = io.BytesIO()
    palette = image.quantize(colors=64, method=Image.Quantize.FASTOCTREE)
    palette.save(buffer, format="PNG", optimize=False, compress_level=1)
    return buffer.getvalue()


def _s(value: float) -> float:
    return value * _scale.get()


def _polyline(points: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
    line = [points[0]]
    for segment in segments(points):
        line += [bezier_point(segment, i / SAMPLES) for i in range(1, SAMPLES + 1)]
    return line


def _dashed(
    draw: ImageDraw.ImageDraw, line: list[tuple[float, float]], colour: str, width: int
) -> None:
    on, off = 6 * _scale.get(), 4 * _scale.get()
    walked, drawing = 0.0, True
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        length = math.dist((x0, y0), (x1, y1))
        start = 0.0
        while start < length:
            left = (on if drawing else off) - walked
            step = min(left, length - start)
            if drawing:
                a, b = start / length, (start + step) / length
                draw.line(
                    [
                        (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                        (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                    ],
                    fill=colour,
                    width=width,
                )
            start += step
            walked += step
            if walked >= (on if drawing else off):
                walked, drawing = 0.0, not drawing


def _arrow(
    draw: ImageDraw.ImageDraw, tip: tuple[float, float], before: tuple[float, float], colour: str
) -> None:
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    size = 9 * _scale.get()
    left = (tip[0] - size * math.cos(angle - 0.45), tip[1] - size * math.sin(angle - 0.45))
    right = (tip[0] - size * math.cos(angle + 0.45), tip[1] - size * math.sin(angle + 0.45))
    draw.polygon([tip, left, right], fill=colour)


def _centred(
    draw: ImageDraw.ImageDraw, x: float, y: float, text: str, size: int, colour: str
) -> None:
    draw.text((x, y), text, fill=colour, font=_font(size), anchor="mm")


def picture_scale(width: float, height: float) -> float:
    """The paint scale of a ``width`` x ``height`` drawing: ``SCALE``, or less so that the
    picture stays under ``MAX_PIXELS`` (a 1,000-flow map would otherwise take gigabytes)."""
    area = max(width, 1.0) * max(height, 1.0)
    return min(SCALE, math.sqrt(MAX_PIXELS / area))


def flowmap_png(drawing: FlowMap) -> bytes:
    """The flow map as PNG bytes (deterministic for a given Pillow version)."""
    token = _scale.set(picture_scale(drawing.width, drawing.height))
    try:
        return _flowmap_png(drawing)
    finally:
        _scale.reset(token)


def _flowmap_png(drawing: FlowMap) -> bytes:
    image = Image.new("RGB", (int(_s(drawing.width)), int(_s(drawing.height))), "white")
    draw = ImageDraw.Draw(image)
    for curve in drawing.curves:
        colour = MATURITY_COLOURS[curve.maturity]
        width = max(1, round(MATURITY_WIDTH[curve.maturity] * _scale.get()))
        line = [(_s(x), _s(y)) for x, y in _polyline(curve.points)]
        if MATURITY_DASH[curve.maturity]:  # low and unknown are dashed
            _dashed(draw, line, colour, width)
        else:
            draw.line(line, fill=colour, width=width, joint="curve")
        if curve.arrow:
            _arrow(draw, line[-1], line[-3], colour)
    for junction in drawing.junctions:
        x, y, r = _s(junction.x), _s(junction.y), _s(junction.r)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=MATURITY_COLOURS[junction.maturity])
    for curve in drawing.curves:
        if curve.label_at is None:
            continue
        x, y = _s(curve.label_at[0]), _s(curve.label_at[1])
        r = _s(8)
        colour = MATURITY_COLOURS[curve.maturity]
        draw.ellipse(
            [x - r, y - r, x + r, y + r], fill="white", outline=colour, width=round(_scale.get())
        )
        _centred(draw, x, y, str(curve.number), 10, colour)
    for node in drawing.nodes:
        box = [_s(node.x), _s(node.y), _s(node.x + node.w), _s(node.y + node.h)]
        draw.rounded_rectangle(
            box,
            radius=_s(KIND_RADIUS.get(node.kind, 4)),
            fill=KIND_FILL.get(node.kind, "#ffffff"),
            outline=HOT_COLOUR if node.hot else "#5d6d7e",
            width=round(3 * _scale.get()) if node.hot else round(_scale.get()),
        )
        cx = _s(node.x + node.w / 2)
        first = node.y + 13 if len(node.label) > 1 else node.y + 19
        for i, text in enumerate(node.label):
            _centred(draw, cx, _s(first + i * 13), text, 11, "#17202a")
        caption = node.kind + (" · hot spot" if node.hot else "")
        _centred(draw, cx, _s(node.y + node.h - 8), caption, 8, "#566573")
    _legend(draw, drawing)
    return _png(image)


def _legend(draw: ImageDraw.ImageDraw, drawing: FlowMap) -> None:
    y = _s(drawing.legend_y)
    x = float(MARGIN)
    for maturity in shown_maturities(drawing):
        colour = MATURITY_COLOURS[maturity]
        width = max(1, round(MATURITY_WIDTH[maturity] * _scale.get()))
        line = [(_s(x), y), (_s(x + 34), y)]
        if MATURITY_DASH[maturity]:
            _dashed(draw, line, colour, width)
        else:
            draw.line(line, fill=colour, width=width)
        draw.text(
            (_s(x + 40), y), f"{maturity} maturity", fill="#17202a", font=_font(10), anchor="lm"
        )
        x += 150
    draw.rounded_rectangle(
        [_s(x), y - _s(7), _s(x + 22), y + _s(7)],
        radius=_s(3),
        outline=HOT_COLOUR,
        width=round(3 * _scale.get()),
    )
    draw.text((_s(x + 28), y), "hot spot", fill="#17202a", font=_font(10), anchor="lm")
    x += 100
    draw.ellipse([_s(x), y - _s(5), _s(x + 10), y + _s(5)], fill="#5d6d7e")
    draw.text(
        (_s(x + 16), y), "one flow to several targets", fill="#17202a", font=_font(10), anchor="lm"
    )


def chart_png(chart: BarChart) -> bytes:
    """A bar chart as PNG bytes."""
    token = _scale.set(picture_scale(chart.width, chart.height))
    try:
        return _chart_png(chart)
    finally:
        _scale.reset(token)


def _chart_png(chart: BarChart) -> bytes:
    image = Image.new("RGB", (int(_s(chart.width)), int(_s(chart.height))), "white")
    draw = ImageDraw.Draw(image)
    draw.text((_s(PAD), _s(PAD + 5)), chart.title, fill="#17202a", font=_font(11), anchor="lm")
    scale = chart.scale()
    for index, bar in enumerate(chart.bars):
        y = PAD + 18 + index * ROW_H
        width = max(bar.value * scale, 1.0)
        colour = HIGHLIGHT_COLOUR if bar.highlight else BAR_COLOUR
        draw.text(
            (_s(PAD + LABEL_W - 8), _s(y + ROW_H / 2)),
            chart.label_of(bar),
            fill="#17202a",
            font=_font(11),
            anchor="rm",
        )
        draw.rectangle(
            [_s(PAD + LABEL_W), _s(y + 4), _s(PAD + LABEL_W + width), _s(y + ROW_H - 4)],
            fill=colour,
        )
        draw.text(
            (_s(PAD + LABEL_W + width + 6), _s(y + ROW_H / 2)),
            f"{bar.value:.2f}{bar.note}",
            fill="#17202a",
            font=_font(11),
            anchor="lm",
        )
    return _png(image)

"""Horizontal bar charts (hot-spot scores, use-case ranking) as geometry, drawn as SVG or PNG.

A chart is small and plain on purpose: a label, a bar proportional to the score, the score
printed at the end of the bar; the highlighted bar (the chosen use case) is filled darker
and marked, so it still shows when printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.export.flowmap import FONT, escape, wrap_label

BAR_COLOUR = "#5d8aa8"
HIGHLIGHT_COLOUR = "#1a5276"
LABEL_W = 230
BAR_W = 330
ROW_H = 26
PAD = 12


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    note: str = ""
    highlight: bool = False


@dataclass
class BarChart:
    title: str
    bars: list[Bar] = field(default_factory=list)
    maximum: float = 0.0

    @property
    def width(self) -> float:
        return PAD * 2 + LABEL_W + BAR_W + 90

    @property
    def height(self) -> float:
        return PAD * 2 + 18 + len(self.bars) * ROW_H

    def scale(self) -> float:
        top = self.maximum or max((b.value for b in self.bars), default=1.0) or 1.0
        return BAR_W / top

    def label_of(self, bar: Bar) -> str:
        return wrap_label(bar.label, width=34, lines=1)[0]


def to_svg(chart: BarChart, css_class: str = "chart") -> str:
    """The chart as an inline ``<svg>`` (labels escaped)."""
    scale = chart.scale()
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class)}"'
        f' viewBox="0 0 {chart.width:g} {chart.height:g}" width="{chart.width:g}"'
        f' height="{chart.height:g}" role="img" font-family="{FONT}" font-size="11">',
        f"<title>{escape(chart.title)}</title>",
        f'<text x="{PAD}" y="{PAD + 10}" font-weight="bold">{escape(chart.title)}</text>',
    ]
    for index, bar in enumerate(chart.bars):
        y = PAD + 18 + index * ROW_H
        width = max(bar.value * scale, 1.0)
        colour = HIGHLIGHT_COLOUR if bar.highlight else BAR_COLOUR
        weight = ' font-weight="bold"' if bar.highlight else ""
        out.append(
            f'<g class="bar{" highlight" if bar.highlight else ""}">'
            f'<text x="{PAD + LABEL_W - 8}" y="{y + 15}" text-anchor="end"{weight}>'
            f"{escape(chart.label_of(bar))}</text>"
            f'<rect x="{PAD + LABEL_W}" y="{y + 4}" width="{width:.1f}" height="{ROW_H - 8}"'
            f' fill="{colour}"/>'
            f'<text x="{PAD + LABEL_W + width + 6:.1f}" y="{y + 15}"{weight}>'
            f"{bar.value:.2f}{escape(bar.note)}</text></g>"
        )
    out.append("</svg>")
    return "\n".join(out)

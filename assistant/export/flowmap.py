"""The flow hypergraph as a picture: one deterministic layout, drawn as SVG (HTML) or PNG (DOCX).

Layout (a simple layered drawing, no randomness so exports are byte-stable):

* actors are placed in columns by their layer in the information stream: a greedy order
  with few backward flows (Eades-Lin-Smyth; ties in the order the flows were told), then
  the longest path over forward flows, so origins sit left and final receivers right even
  when the flows loop; inside a column actors are ordered by the mean row of their
  upstream actors, then by name, which removes most crossings without an optimiser;
* a flow with one target is one curve from its source to its target;
* a flow with several targets is a hyperedge: a curve from the source into a small
  junction node, then one curve from the junction to each target;
* colour and dash give the flow's digital maturity (red dashed low, amber medium, green
  thick high), so the map still reads when printed in black and white; each flow carries
  its number, the same number as in the document's flow table;
* the top object hot spots get a thick red border.

The layout is plain geometry (``FlowMap``); ``to_svg`` writes it as an inline SVG with every
label escaped, ``assistant.export.raster`` paints the same geometry with Pillow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape as _html_escape
from typing import TYPE_CHECKING

from assistant.hypergraph.layout import edges, layers
from assistant.models.infoflow import UNKNOWN_MATURITY, maturity_label
from assistant.text.escape import xml_safe

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel

MATURITY_COLOURS = {"low": "#c0392b", "medium": "#d68910", "high": "#1e8449"}
MATURITY_DASH = {"low": "6 4", "medium": "", "high": ""}
MATURITY_WIDTH = {"low": 1.8, "medium": 1.8, "high": 3.0}
# An unknown maturity (an empty cell on a wall sheet) is drawn grey and dotted, and has a
# legend entry only on maps that hold such a flow.
MATURITY_COLOURS[UNKNOWN_MATURITY] = "#7f8c8d"
MATURITY_DASH[UNKNOWN_MATURITY] = "2 3"
MATURITY_WIDTH[UNKNOWN_MATURITY] = 1.8


def shown_maturities(drawing: FlowMap) -> list[str]:
    """The maturity words the map's markers and legend need (``unknown`` only when drawn)."""
    drawn = {curve.maturity for curve in drawing.curves}
    return [m for m in MATURITY_COLOURS if m != UNKNOWN_MATURITY or m in drawn]


KIND_FILL = {
    "person": "#eaf2fb",
    "team": "#e8f6f3",
    "organisation": "#f4ecf7",
    "process": "#fef5e7",
    "tool": "#eceff1",
    "data": "#fdedec",
}
KIND_RADIUS = {"person": 16, "team": 4, "organisation": 0, "process": 10, "tool": 2, "data": 8}
HOT_COLOUR = "#c0392b"
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"

NODE_W = 140
NODE_H = 46
COL_GAP = 96
ROW_GAP = 22
MARGIN = 24
LEGEND_H = 34
CHARS_PER_LINE = 20


def escape(text: object) -> str:
    """Markup-escaped text that XML can hold (see ``escape.xml_safe``): every label of
    the SVG map and charts goes through it."""
    return _html_escape(xml_safe(str(text)))


@dataclass(frozen=True)
class Node:
    """An actor box."""

    id: str
    label: tuple[str, ...]
    kind: str
    x: float
    y: float
    w: float = NODE_W
    h: float = NODE_H
    hot: bool = False

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass(frozen=True)
class Junction:
    """The middle of a hyperedge with several targets."""

    number: int
    x: float
    y: float
    maturity: str
    r: float = 5.0


@dataclass(frozen=True)
class Curve:
    """A path of a flow: start then (control, control, end) per cubic segment."""

    number: int
    maturity: str
    points: tuple[tuple[float, float], ...]
    arrow: bool
    label_at: tuple[float, float] | None = None


@dataclass
class FlowMap:
    """The whole drawing, in SVG user units (pixels)."""

    width: float
    height: float
    nodes: list[Node] = field(default_factory=list)
    junctions: list[Junction] = field(default_factory=list)
    curves: list[Curve] = field(default_factory=list)
    title: str = "Information flow map"

    @property
    def legend_y(self) -> float:
        return self.height - LEGEND_H + 8


def wrap_label(text: str, width: int = CHARS_PER_LINE, lines: int = 2) -> tuple[str, ...]:
    """Split a name over at most ``lines`` lines of ``width`` characters (… when cut)."""
    words = " ".join(text.split()).split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        while len(word) > width:
            if current:
                out.append(current)
                current = ""
            out.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width:
            current = candidate
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return tuple(out) or ("",)


def _order_columns(model: InfoFlowModel, layer_of: dict[str, int]) -> list[list[str]]:
    """Actors per column, each column ordered by the mean row of its upstream actors."""
    upstream: dict[str, set[str]] = {a: set() for a in layer_of}
    for u, v in edges(model):
        if layer_of[u] < layer_of[v]:
            upstream[v].add(u)
    columns: list[list[str]] = [[] for _ in range(max(layer_of.values(), default=-1) + 1)]
    for actor_id, layer in layer_of.items():
        columns[layer].append(actor_id)
    row: dict[str, float] = {}
    for index, column in enumerate(columns):
        first = index == 0
        column.sort(key=lambda actor_id: _row_key(model, upstream, row, actor_id, first))
        for position, actor_id in enumerate(column):
            row[actor_id] = position
    return columns


def _row_key(
    model: InfoFlowModel,
    upstream: dict[str, set[str]],
    row: dict[str, float],
    actor_id: str,
    first: bool,
) -> tuple[float, str, str]:
    """Mean row of the upstream actors already placed (first column: by name only)."""
    rows = [row[u] for u in upstream[actor_id] if u in row]
    mean = sum(rows) / len(rows) if rows and not first else float("inf")
    return (0.0 if first else mean, model.name_of(actor_id).casefold(), actor_id)


Point = tuple[float, float]
LANE_GAP = 9
CORNER = 8


def layout(model: InfoFlowModel, hot: set[str] | None = None) -> FlowMap:
    """Place every actor, junction and flow curve of ``model``.

    Flows between neighbouring columns are smooth curves; longer forward flows run in
    lanes above the actors, backward flows (loops in the process) in lanes below, so no
    line crosses a box.
    """
    hot = hot or set()
    columns = _order_columns(model, layers(model))
    column_of = {a: i for i, column in enumerate(columns) for a in column}
    flows = [
        (number, flow_id, model.source_of(flow_id), model.targets_of(flow_id))
        for number, flow_id in enumerate(model.flow_ids(), start=1)
    ]
    above = below = 0
    for _, _, source, targets in flows:
        for target in targets:
            gap = column_of[target] - column_of[source]
            above += gap > 1
            below += gap < 0
    tallest = max((len(c) for c in columns), default=1)
    inner_h = tallest * NODE_H + (tallest - 1) * ROW_GAP
    top_of_nodes = MARGIN + (above * LANE_GAP + 12 if above else 0)
    nodes: dict[str, Node] = {}
    for index, column in enumerate(columns):
        column_h = len(column) * NODE_H + (len(column) - 1) * ROW_GAP
        top = top_of_nodes + (inner_h - column_h) / 2
        x = MARGIN + index * (NODE_W + COL_GAP)
        for position, actor_id in enumerate(column):
            actor = model.actor(actor_id)
            nodes[actor_id] = Node(
                id=actor_id,
                label=wrap_label(actor.name),
                kind=actor.kind.value,
                x=x,
                y=top + position * (NODE_H + ROW_GAP),
                hot=actor_id in hot,
            )
    bottom_of_nodes = top_of_nodes + inner_h
    width = MARGIN * 2 + max(len(columns), 1) * NODE_W + max(len(columns) - 1, 0) * COL_GAP
    width = max(width, 760)
    height = bottom_of_nodes + (below * LANE_GAP + 16 if below else 0) + 16 + LEGEND_H
    drawing = FlowMap(width=width, height=height, nodes=list(nodes.values()))
    router = _Router(nodes, column_of, MARGIN, bottom_of_nodes + 16)
    used_junctions: dict[tuple[int, int], int] = {}
    for number, flow_id, source_id, target_ids in flows:
        maturity = maturity_label(model.flow_data(flow_id)["maturity"])
        source_node = nodes[source_id]
        target_nodes = [nodes[t] for t in target_ids]
        start = (source_node.x + source_node.w, source_node.cy)
        if len(target_nodes) == 1:
            points, label = router.route(source_node, start, target_nodes[0])
            drawing.curves.append(Curve(number, maturity, points, True, label))
            continue
        jx, jy = _junction_point(source_node, target_nodes, column_of, used_junctions)
        drawing.junctions.append(Junction(number=number, x=jx, y=jy, maturity=maturity))
        stub = (start, (start[0] + 16, start[1]), (jx - 16, jy), (jx, jy))
        drawing.curves.append(Curve(number, maturity, stub, False, (jx, jy - 11)))
        for target_node in target_nodes:
            points, _ = router.route(source_node, (jx, jy), target_node, from_junction=True)
            drawing.curves.append(Curve(number, maturity, points, True))
    return drawing


class _Router:
    """Paths from a start point to a target box, with lanes handed out in order."""

    def __init__(
        self, nodes: dict[str, Node], column_of: dict[str, int], top: float, bottom: float
    ) -> None:
        self.nodes = nodes
        self.column_of = column_of
        self.top = top
        self.bottom = bottom
        self.above = 0
        self.below = 0

    def route(
        self, source: Node, start: Point, target: Node, *, from_junction: bool = False
    ) -> tuple[tuple[Point, ...], Point]:
        gap = self.column_of[target.id] - self.column_of[source.id]
        if target.id == source.id:
            x, y = source.x + source.w * 0.7, source.y
            points = ((x - 16, y), (x - 30, y - 40), (x + 30, y - 40), (x + 16, y))
            return points, (x, y - 32)
        if gap == 1:
            end = (target.x, target.cy)
            dx = max((end[0] - start[0]) / 2, 20)
            points = (start, (start[0] + dx, start[1]), (end[0] - dx, end[1]), end)
            return points, bezier_point(points, 0.5)
        if gap > 1:  # forward over other columns: a lane above the actors
            lane = self.top + self.above * LANE_GAP
            self.above += 1
            out_x = start[0] if from_junction else start[0] + 10 + (self.above % 5) * 4
            in_x = target.x - 10 - (self.above % 5) * 4
            corners = [start, (out_x, start[1]), (out_x, lane), (in_x, lane)]
            corners += [(in_x, target.cy), (target.x, target.cy)]
            return _rounded(corners), ((out_x + in_x) / 2, lane)
        # gap <= 0: backwards or within the column — into the target's right side
        in_x = target.x + target.w + 10 + (self.below % 5) * 4
        out_x = start[0] if from_junction else start[0] + 10 + (self.below % 5) * 4
        if gap == 0:
            corners = [
                start,
                (out_x, start[1]),
                (out_x, target.cy),
                (target.x + target.w, target.cy),
            ]
            return _rounded(corners), (out_x, (start[1] + target.cy) / 2)
        lane = self.bottom + self.below * LANE_GAP
        self.below += 1
        corners = [start, (out_x, start[1]), (out_x, lane), (in_x, lane), (in_x, target.cy)]
        corners.append((target.x + target.w, target.cy))
        return _rounded(corners), ((out_x + in_x) / 2, lane)


def _rounded(corners: list[Point]) -> tuple[Point, ...]:
    """An orthogonal polyline as cubic segments with rounded corners (repeats dropped)."""
    pts: list[Point] = []
    for point in corners:
        if not pts or math.dist(pts[-1], point) > 0.01:
            pts.append(point)
    if len(pts) == 1:
        pts.append(pts[0])
    out: list[Point] = [pts[0]]

    def line_to(end: Point) -> None:
        a = out[-1]
        out.extend(
            [
                (a[0] + (end[0] - a[0]) / 3, a[1] + (end[1] - a[1]) / 3),
                (a[0] + 2 * (end[0] - a[0]) / 3, a[1] + 2 * (end[1] - a[1]) / 3),
                end,
            ]
        )

    for before, corner, after in zip(pts, pts[1:], pts[2:], strict=False):
        r_in = min(CORNER, math.dist(before, corner) / 2)
        r_out = min(CORNER, math.dist(corner, after) / 2)
        entry = _towards(corner, before, r_in)
        exit_ = _towards(corner, after, r_out)
        line_to(entry)
        out.extend([corner, corner, exit_])
    line_to(pts[-1])
    return tuple(out)


def _towards(a: Point, b: Point, distance: float) -> Point:
    length = math.dist(a, b) or 1.0
    return (a[0] + (b[0] - a[0]) * distance / length, a[1] + (b[1] - a[1]) * distance / length)


def _junction_point(
    source: Node,
    targets: list[Node],
    column_of: dict[str, int],
    used: dict[tuple[int, int], int],
) -> Point:
    """In the gap right of the source, level with the targets of the next column."""
    x = source.x + source.w + COL_GAP * 0.3
    near = [t.cy for t in targets if column_of[t.id] == column_of[source.id] + 1]
    y = (source.cy + sum(near) / len(near)) / 2 if near else source.cy
    slot = (round(x), round(y / 8))
    count = used.get(slot, 0)
    used[slot] = count + 1
    return x + 10 * count, y + 8 * count


def segments(points: tuple[Point, ...]) -> list[tuple[Point, Point, Point, Point]]:
    """The cubic segments of a path stored as start, (c1, c2, end)*."""
    return [
        (points[i], points[i + 1], points[i + 2], points[i + 3])
        for i in range(0, len(points) - 3, 3)
    ]


def bezier_point(points: tuple[Point, ...], t: float) -> Point:
    """A point of a cubic Bézier segment (for labels, and for drawing it as a polyline)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
    u = 1 - t
    x = u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3
    y = u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3
    return x, y


def _num(value: float) -> str:
    """Coordinates with at most one decimal: stable text, small files."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def to_svg(drawing: FlowMap, *, title: str | None = None) -> str:
    """The drawing as an inline ``<svg>`` element (every label escaped)."""
    w, h = _num(drawing.width), _num(drawing.height)
    label = escape(title or drawing.title)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="flowmap" viewBox="0 0 {w} {h}"'
        f' width="{w}" height="{h}" role="img" aria-labelledby="flowmap-title"'
        f' font-family="{FONT}">',
        f'<title id="flowmap-title">{label}</title>',
        "<defs>",
    ]
    for maturity in shown_maturities(drawing):
        colour = MATURITY_COLOURS[maturity]
        out.append(
            f'<marker id="arrow-{maturity}" viewBox="0 0 10 10" refX="9" refY="5"'
            ' markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse"'
            ' orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    out.append(f'<rect x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>')
    out.append('<g class="flows" fill="none">')
    for curve in drawing.curves:
        d = f"M{_num(curve.points[0][0])},{_num(curve.points[0][1])}" + "".join(
            f" C{_num(c1[0])},{_num(c1[1])} {_num(c2[0])},{_num(c2[1])} {_num(e[0])},{_num(e[1])}"
            for _, c1, c2, e in segments(curve.points)
        )
        dash = MATURITY_DASH[curve.maturity]
        attrs = (
            f' stroke="{MATURITY_COLOURS[curve.maturity]}"'
            f' stroke-width="{MATURITY_WIDTH[curve.maturity]}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + (f' marker-end="url(#arrow-{curve.maturity})"' if curve.arrow else "")
        )
        out.append(
            f'<path class="flow flow-{curve.maturity}" data-flow="{curve.number}" d="{d}"{attrs}/>'
        )
    out.append("</g>")
    out.append('<g class="junctions">')
    for junction in drawing.junctions:
        colour = MATURITY_COLOURS[junction.maturity]
        out.append(
            f'<circle class="junction" data-flow="{junction.number}" cx="{_num(junction.x)}"'
            f' cy="{_num(junction.y)}" r="{_num(junction.r)}" fill="{colour}"'
            ' stroke="#ffffff" stroke-width="1.5"/>'
        )
    out.append("</g>")
    out.append('<g class="flow-numbers" font-size="10" text-anchor="middle">')
    for curve in drawing.curves:
        if curve.label_at is None:
            continue
        x, y = curve.label_at
        colour = MATURITY_COLOURS[curve.maturity]
        out.append(
            f'<g class="flow-number"><circle cx="{_num(x)}" cy="{_num(y)}" r="8" fill="#ffffff"'
            f' stroke="{colour}"/><text x="{_num(x)}" y="{_num(y + 3.5)}"'
            f' fill="{colour}">{curve.number}</text></g>'
        )
    out.append("</g>")
    out.append('<g class="actors" font-size="11" text-anchor="middle">')
    for node in drawing.nodes:
        stroke = HOT_COLOUR if node.hot else "#5d6d7e"
        width = 3 if node.hot else 1.2
        out.append(
            f'<g class="actor actor-{node.kind}{" hot" if node.hot else ""}">'
            f'<rect x="{_num(node.x)}" y="{_num(node.y)}" width="{_num(node.w)}"'
            f' height="{_num(node.h)}" rx="{KIND_RADIUS.get(node.kind, 4)}"'
            f' fill="{KIND_FILL.get(node.kind, "#ffffff")}" stroke="{stroke}"'
            f' stroke-width="{width}"/>'
        )
        cx = node.x + node.w / 2
        first = node.y + 17 if len(node.label) > 1 else node.y + 22
        for i, line in enumerate(node.label):
            out.append(
                f'<text x="{_num(cx)}" y="{_num(first + i * 13)}" fill="#17202a">'
                f"{escape(line)}</text>"
            )
        out.append(
            f'<text x="{_num(cx)}" y="{_num(node.y + node.h - 5)}" font-size="8"'
            f' fill="#566573">{escape(node.kind)}{" · hot spot" if node.hot else ""}</text>'
        )
        out.append("</g>")
    out.append("</g>")
    out.append(_legend(drawing))
    out.append("</svg>")
    return "\n".join(out)


def _legend(drawing: FlowMap) -> str:
    y = drawing.legend_y
    parts = ['<g class="legend" font-size="10" fill="#17202a">']
    x = MARGIN
    for maturity in shown_maturities(drawing):
        colour, dash = MATURITY_COLOURS[maturity], MATURITY_DASH[maturity]
        parts.append(
            f'<line x1="{x}" y1="{_num(y)}" x2="{x + 34}" y2="{_num(y)}" stroke="{colour}"'
            f' stroke-width="{MATURITY_WIDTH[maturity]}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        parts.append(f'<text x="{x + 40}" y="{_num(y + 3.5)}">{maturity} maturity</text>')
        x += 150
    parts.append(
        f'<rect x="{x}" y="{_num(y - 7)}" width="22" height="14" rx="3" fill="#ffffff"'
        f' stroke="{HOT_COLOUR}" stroke-width="3"/>'
    )
    parts.append(f'<text x="{x + 28}" y="{_num(y + 3.5)}">hot spot</text>')
    x += 100
    parts.append(
        f'<circle cx="{x + 5}" cy="{_num(y)}" r="5" fill="#5d6d7e"/>'
        f'<text x="{x + 16}" y="{_num(y + 3.5)}">one flow to several targets</text>'
    )
    parts.append("</g>")
    return "".join(parts)

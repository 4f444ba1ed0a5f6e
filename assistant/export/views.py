"""What the rich formats (HTML, DOCX) show beyond the raw framing document.

Derived once from a ``FramingDocument`` so that HTML and DOCX tell the same story: the
cover facts, the open items, the flow map and the charts. Nothing here formats text for
a given format; escaping is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.export.charts import Bar, BarChart
from assistant.export.flowmap import FlowMap
from assistant.models.document import AnswerEntry, FramingDocument

STATUS_WORDS = {
    "answered": "Answered",
    "skipped": "Skipped",
    "missing": "Not answered yet (required)",
    "unanswered": "Not answered (optional)",
}


@dataclass
class OpenItems:
    """Questions the framing still owes an answer to, by reason."""

    missing: list[AnswerEntry] = field(default_factory=list)
    skipped: list[AnswerEntry] = field(default_factory=list)
    unanswered: list[AnswerEntry] = field(default_factory=list)
    review: list[AnswerEntry] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.skipped or self.unanswered or self.review)


@dataclass
class DocumentView:
    """A framing document plus the derived pieces the rich formats draw."""

    doc: FramingDocument
    authors: list[str]
    open_items: OpenItems
    flowmap: FlowMap | None
    hotspot_chart: BarChart | None
    usecase_chart: BarChart | None
    section_of: dict[str, str]

    @property
    def date(self) -> str:
        return self.doc.session.updated_at[:10]


def authors(doc: FramingDocument) -> list[str]:
    """Everyone named as the author of an event (notes, decisions), in order of appearance."""
    seen: dict[str, None] = {}
    for event in doc.events:
        name = event.data.get("author")
        if isinstance(name, str) and name.strip():
            seen.setdefault(" ".join(name.split()), None)
    return list(seen)


def open_items(doc: FramingDocument) -> OpenItems:
    items = OpenItems()
    for section in doc.sections:
        for entry in section.answers:
            if entry.status == "missing":
                items.missing.append(entry)
            elif entry.status == "skipped":
                items.skipped.append(entry)
            elif entry.status == "unanswered":
                items.unanswered.append(entry)
            if entry.status == "answered" and entry.needs_review:
                items.review.append(entry)
    return items


def hotspot_chart(doc: FramingDocument) -> BarChart | None:
    spots = [h for h in doc.hotspots if h.kind in ("actor", "object")] or list(doc.hotspots)
    if not spots:
        return None
    return BarChart(
        title="Hot spots (actors): score",
        bars=[Bar(label=h.name, value=h.score) for h in spots],
    )


def usecase_chart(doc: FramingDocument) -> BarChart | None:
    if not doc.usecases:
        return None
    return BarChart(
        title="Use-case ranking: weighted score (1-5)",
        bars=[
            Bar(
                label=u.title,
                value=u.score,
                note="  chosen" if u.chosen else "",
                highlight=u.chosen,
            )
            for u in doc.usecases
        ],
        maximum=5.0,
    )


def flowmap(doc: FramingDocument) -> FlowMap | None:
    """The laid-out flow hypergraph (None without flows); hot spots outlined."""
    if not doc.flows:
        return None
    from assistant.export.document import flow_model
    from assistant.export.flowmap import layout

    model = flow_model(doc)
    hot_names = {h.name for h in doc.hotspots if h.kind in ("actor", "object")}
    hot = {a for a in model.actor_ids() if model.name_of(a) in hot_names}
    return layout(model, hot)


def document_view(doc: FramingDocument) -> DocumentView:
    return DocumentView(
        doc=doc,
        authors=authors(doc),
        open_items=open_items(doc),
        flowmap=flowmap(doc),
        hotspot_chart=hotspot_chart(doc),
        usecase_chart=usecase_chart(doc),
        section_of={a.question_id: s.id for s in doc.sections for a in s.answers},
    )


def flow_detail(flow: dict[str, Any]) -> str:
    """``medium, frequency`` of a flow answer item (maturity is shown on its own)."""
    return ", ".join(str(flow[k]) for k in ("medium", "frequency") if flow.get(k))

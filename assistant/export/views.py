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
from assistant.hypergraph.patterns import PATTERNS_HEADING
from assistant.models.document import AnswerEntry, FramingDocument, Hotspot
from assistant.models.infoflow import UNKNOWN_MATURITY, maturity_label
from assistant.services.checks import label
from assistant.services.document import flow_model

STATUS_WORDS = {
    "answered": "Answered",
    "skipped": "Skipped",
    "missing": "Not answered yet (required)",
    "unanswered": "Not answered (optional)",
}


CHECK_WORDS = {"pass": "Passed", "fail": "Failed", "not_applicable": "Not applicable"}


@dataclass
class OpenItems:
    """Questions the framing still owes an answer to, by reason."""

    missing: list[AnswerEntry] = field(default_factory=list)
    skipped: list[AnswerEntry] = field(default_factory=list)
    unanswered: list[AnswerEntry] = field(default_factory=list)
    review: list[AnswerEntry] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.skipped or self.unanswered or self.review)


@dataclass(frozen=True)
class InfoFlowRow:
    """A flow as the tables show it: actors under the names the map gives them."""

    number: int
    source: str
    targets: str
    content: str
    detail: str
    maturity: str
    pain_points: list[str]


@dataclass(frozen=True)
class ProseItem:
    """One answer in a section's prose: a reader's label and the answer."""

    label: str
    entry: AnswerEntry


@dataclass(frozen=True)
class SourceText:
    """Free text that information flows were extracted from."""

    label: str
    text: str


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
    flow_rows: list[InfoFlowRow] = field(default_factory=list)

    @property
    def unknown_maturity_note(self) -> str:
        """A sentence when some flows' maturity is unknown (reported, never hidden)."""
        unknown = [str(f.number) for f in self.flow_rows if f.maturity == UNKNOWN_MATURITY]
        if not unknown:
            return ""
        which = "flow" if len(unknown) == 1 else "flows"
        return (
            f"Maturity unknown for {len(unknown)} {which} (#{', #'.join(unknown)}): counted as"
            " low in the hot spots until it is filled."
        )

    actor_hotspots: list[Hotspot] = field(default_factory=list)
    flow_hotspots: list[Hotspot] = field(default_factory=list)
    patterns_heading: str = PATTERNS_HEADING
    prose: dict[str, list[ProseItem]] = field(default_factory=dict)
    sources: list[SourceText] = field(default_factory=list)
    #: In a re-framing, per question id: what changed since the earlier framing, in words.
    since_earlier: dict[str, str] = field(default_factory=dict)
    #: In a re-framing, the earlier answers whose question is no longer asked: (label, was).
    no_longer_asked: list[tuple[str, str]] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)

    @property
    def date(self) -> str:
        return self.doc.session.updated_at[:10]


def _names(doc: FramingDocument, types: frozenset[str]) -> list[str]:
    seen: dict[str, None] = {}
    for event in doc.events:
        name = event.data.get("author")
        if event.type in types and isinstance(name, str) and name.strip():
            seen.setdefault(" ".join(name.split()), None)
    return list(seen)


#: Events whose author wrote the framing (notes are a reviewer's, not an author's).
AUTHORED = frozenset({"session_started", "answer_given", "answer_edited", "model_edited"})


def authors(doc: FramingDocument) -> list[str]:
    """Who wrote the framing (named on its answers or its start), in order of appearance."""
    return _names(doc, AUTHORED)


def reviewers(doc: FramingDocument) -> list[str]:
    """Who reviewed it: the authors of reviewer notes, in order of appearance."""
    return _names(doc, frozenset({"note_added"}))


def earlier_text(kind: str, value: Any) -> str:
    """An earlier answer, whole, in words (flows and use cases by their labels)."""
    if isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, dict) and kind == "flows":
                ends = f"{item.get('source', '')} → {', '.join(item.get('targets') or [])}"
                items.append(f"{ends}: {item.get('content')}" if item.get("content") else ends)
            elif isinstance(item, dict):
                items.append(str(item.get("title") or item))
            else:
                items.append(str(item))
        return "; ".join(items) if items else "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _carried(doc: FramingDocument) -> dict[str, Any]:
    """The answers a re-framing started from (its carried-over events), by question id."""
    carried: dict[str, Any] = {}
    for event in doc.events:
        if event.type == "answer_given" and event.data.get("carried_over") and event.question_id:
            carried.setdefault(event.question_id, event.data.get("value"))
    return carried


def no_longer_asked(doc: FramingDocument) -> list[tuple[str, str]]:
    """Earlier answers whose question the re-framing no longer asks (the branching changed)."""
    if not doc.session.reframed_from:
        return []
    asked = {a.question_id for s in doc.sections for a in s.answers}
    kinds = {q.id: q.kind.value for q in doc.flow_definition.questions()}
    return [
        (label(qid), earlier_text(kinds.get(qid, ""), value))
        for qid, value in _carried(doc).items()
        if qid not in asked
    ]


def since_earlier(doc: FramingDocument) -> dict[str, str]:
    """In a re-framing, each answer that is not the earlier framing's: new, or changed with
    the earlier value (the value carried over, kept in the re-framing's own history)."""
    if not doc.session.reframed_from:
        return {}
    carried = _carried(doc)
    out: dict[str, str] = {}
    for section in doc.sections:
        for entry in section.answers:
            qid = entry.question_id
            if entry.status != "answered" or entry.carried_over:
                continue
            if qid not in carried:
                out[qid] = "New since the earlier framing."
            elif carried[qid] != entry.value:
                out[qid] = "Changed since the earlier framing; it was: " + earlier_text(
                    entry.kind, carried[qid]
                )
    return out


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
    from assistant.export.flowmap import layout

    model = flow_model(doc)
    hot_names = {h.name for h in doc.hotspots if h.kind in ("actor", "object")}
    hot = {a for a in model.actor_ids() if model.name_of(a) in hot_names}
    return layout(model, hot)


def flow_rows(doc: FramingDocument) -> list[InfoFlowRow]:
    """The flows with each actor named as on the map (one name for one actor everywhere)."""
    if not doc.flows:
        return []
    from assistant.hypergraph.names import display_name

    model = flow_model(doc)

    def name(raw: str) -> str:
        found = model.find_actor(raw)
        return model.name_of(found) if found else display_name(raw)

    return [
        InfoFlowRow(
            number=index,
            source=name(f.source),
            targets=", ".join(name(t) for t in f.targets),
            content=f.content,
            detail=", ".join(x for x in (f.medium, f.frequency) if x),
            maturity=maturity_label(f.maturity),
            pain_points=list(f.pain_points),
        )
        for index, f in enumerate(doc.flows, start=1)
    ]


def prose(doc: FramingDocument) -> dict[str, list[ProseItem]]:
    """Per section, the answered questions as labelled paragraphs (no ids, no prompts)."""
    return {
        s.id: [ProseItem(label(a.question_id), a) for a in s.answers if a.status == "answered"]
        for s in doc.sections
    }


def source_texts(doc: FramingDocument) -> list[SourceText]:
    """The free text each accepted extraction of flows was made from, in order."""
    seen: dict[str, SourceText] = {}
    for event in doc.events:
        text = event.data.get("text") if event.type == "flows_extracted" else None
        if event.type == "answer_given":
            text = event.data.get("source_text")
        if isinstance(text, str) and text.strip() and text not in seen:
            seen[text] = SourceText(label(event.question_id or ""), text)
    return list(seen.values())


def document_view(doc: FramingDocument, *, with_map: bool = True) -> DocumentView:
    """The derived pieces; ``with_map=False`` skips laying out the map (Markdown draws none)."""
    return DocumentView(
        doc=doc,
        authors=authors(doc),
        open_items=open_items(doc),
        flowmap=flowmap(doc) if with_map else None,
        hotspot_chart=hotspot_chart(doc),
        usecase_chart=usecase_chart(doc),
        section_of={a.question_id: s.id for s in doc.sections for a in s.answers},
        flow_rows=flow_rows(doc),
        actor_hotspots=[h for h in doc.hotspots if h.kind in ("actor", "object")],
        flow_hotspots=[h for h in doc.hotspots if h.kind == "flow"],
        prose=prose(doc),
        sources=source_texts(doc),
        since_earlier=since_earlier(doc),
        no_longer_asked=no_longer_asked(doc),
        reviewers=reviewers(doc),
    )


def flow_detail(flow: dict[str, Any]) -> str:
    """``medium, frequency`` of a flow answer item (maturity is shown on its own)."""
    return ", ".join(str(flow[k]) for k in ("medium", "frequency") if flow.get(k))

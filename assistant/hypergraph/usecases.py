"""Use-case candidates from hot spots (METHOD.md §4.3) and their prioritisation (§3.2).

Two kinds of candidates, as the method names them:

* ``improve-flow`` — improve, automate or digitise one flow to answer a pain point. The
  flavour follows what the flow lacks: an immature carrier (paper, Excel, phone, email)
  → *digitise*; a document (PDF, scan, photo) → *extract*; a broadcast to three or more
  actors → *dashboard/alert*; a daily-or-more manual flow → *automate*; otherwise
  *integrate*.
* ``change-structure`` — change the model itself: remove a re-typing step (capture the
  data once, at its source), remove a human relay between two actors, replace an Excel /
  paper carrier by a system of record.

Every candidate is a pre-filled ``UseCase``: a title, a description written from the
template of §4.3, and first guesses of the four 1-5 scores (datability from the flow's
maturity: what is digital today is what a data product can use). They are proposals for
the user to edit, never a verdict.

Scoring (networkx-free, so the engine can rank answers cheaply): the total is the
weighted mean of the four lenses (default 0.25 each, so the total stays on the 1-5
scale), and the lowest-lens gate flags a candidate "blocked on <lens>" when any lens is
≤ ``gate`` (1.5, i.e. a score of 1 with integers). Blocked candidates rank after the
unblocked ones whatever their total; ties break by title, then input order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.models.usecase import LENSES, UseCase

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot, HotspotRanking
    from assistant.hypergraph.model import FlowModel

IMPROVE_FLOW = "improve-flow"
CHANGE_STRUCTURE = "change-structure"

_RETYPE = re.compile(
    r"re-?typ|re-?key|copie?[sd]?\b|by hand|manual|typed|keyed|transcri|key(?:s|ing)? in",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(r"\bpdf|scan|photo|word doc|handwrit|fax", re.IGNORECASE)
_VERBAL = re.compile(r"phone|call|radio|face[- ]to[- ]face|verbal|oral|meeting|tell", re.IGNORECASE)
_CARRIER = re.compile(
    r"paper|excel|spreadsheet|sheet|workbook|e-?mail|whatsapp|sms|chat|post|print|fax|phone|"
    r"radio|face[- ]to[- ]face|verbal|hand",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class UseCaseWeights:
    """Default weighting of the four lenses (METHOD.md §3.2) and the lowest-lens gate."""

    desirability: float = 0.25
    datability: float = 0.25
    feasibility: float = 0.25
    viability: float = 0.25
    gate: float = 1.5
    """A lens scored at or below this blocks the candidate (IDEO: score on the lowest lens)."""
    demote_blocked: bool = True
    """Rank blocked candidates after every unblocked one."""

    def of(self, lens: str) -> float:
        return float(getattr(self, lens))


DEFAULT_USECASE_WEIGHTS = UseCaseWeights()


class UseCaseScore(BaseModel):
    """The weighted total (1-5) and what blocks the use case, if anything."""

    total: float
    lowest: str
    blocked_on: list[str] = Field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_on)

    @property
    def flag(self) -> str:
        """``"blocked on datability"`` (or ``""``) — the words shown next to the total."""
        return "blocked on " + " and ".join(self.blocked_on) if self.blocked_on else ""


class RankedUseCase(BaseModel):
    """A use case with its rank and score."""

    rank: int
    usecase: UseCase
    score: UseCaseScore


def score_usecase(
    usecase: UseCase | Mapping[str, Any], weights: UseCaseWeights = DEFAULT_USECASE_WEIGHTS
) -> UseCaseScore:
    """Weighted mean of the lenses (weights normalised to sum 1) plus the lowest-lens gate."""
    uc = usecase if isinstance(usecase, UseCase) else UseCase.model_validate(dict(usecase))
    scores = uc.scores()
    weight_sum = sum(weights.of(lens) for lens in LENSES) or 1.0
    total = sum(weights.of(lens) * scores[lens] for lens in LENSES) / weight_sum
    lowest = min(LENSES, key=lambda lens: (scores[lens], LENSES.index(lens)))
    blocked = [lens for lens in LENSES if scores[lens] <= weights.gate]
    return UseCaseScore(total=round(total, 4), lowest=lowest, blocked_on=blocked)


def rank_usecases(
    usecases: Iterable[UseCase | Mapping[str, Any]],
    weights: UseCaseWeights = DEFAULT_USECASE_WEIGHTS,
) -> list[RankedUseCase]:
    """Rank by gate (unblocked first), total (desc), title, then input order."""
    items = [uc if isinstance(uc, UseCase) else UseCase.model_validate(dict(uc)) for uc in usecases]
    scored = [(uc, score_usecase(uc, weights), index) for index, uc in enumerate(items)]
    scored.sort(
        key=lambda t: (
            t[1].blocked and weights.demote_blocked,
            -t[1].total,
            t[0].title.casefold(),
            t[2],
        )
    )
    return [
        RankedUseCase(rank=rank, usecase=uc, score=score)
        for rank, (uc, score, _) in enumerate(scored, start=1)
    ]


# ---------------------------------------------------------------------------- proposals
def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(model: FlowModel, ids: Iterable[str], limit: int = 3) -> str:
    """ "A, B and C" — or "A, B, C and 12 others" for long lists (a hub has hundreds)."""
    names = [model.name_of(i) for i in ids]
    if len(names) <= 1:
        return "".join(names)
    if len(names) > limit + 1:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} others"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _template(
    who: str, step: str, product: str, info: str, sources: str, action: str, kpi: str
) -> str:
    """METHOD.md §4.3: For ⟨actor⟩ doing ⟨step⟩, ⟨product⟩ provides ⟨information⟩ from
    ⟨sources⟩, so that ⟨decision/action⟩ improves ⟨KPI⟩ (the KPI given as the expected gain)."""
    return (
        f"For {who} {step}, {product} provides {info} from {sources}, "
        f"so that {action} (expected gain: {kpi})."
    )


@dataclass
class _Draft:
    title: str
    kind: str
    description: str
    desirability: int
    datability: int
    feasibility: int
    viability: int
    origin: str

    def build(self) -> UseCase:
        clip = lambda v: max(1, min(5, v))  # noqa: E731
        return UseCase(
            title=_short(self.title, 200),
            kind=self.kind,
            description=_short(self.description, 4000),
            desirability=clip(self.desirability),
            datability=clip(self.datability),
            feasibility=clip(self.feasibility),
            viability=clip(self.viability),
            origin=self.origin,
        )


def _datability(data: Mapping[str, Any]) -> int:
    """What is digital today is what a data product can use: high 4, medium 3, low 2, verbal 1."""
    text = f"{data['medium']} {data['content']}"
    if (
        data["maturity"] == "low"
        and _VERBAL.search(text)
        and not _CARRIER.search(re.sub(_VERBAL, "", text))
    ):
        return 1
    return {"low": 2, "medium": 3, "high": 4}[data["maturity"]]


def _flow_draft(model: FlowModel, fid: str, spot: HotSpot, per_year: float) -> _Draft:
    data = model.flow_data(fid)
    source, targets = model.source_of(fid), model.targets_of(fid)
    src, tgt = model.name_of(source), _names(model, targets)
    info = data["content"] or "the information"
    medium = data["medium"]
    text = f"{medium} {data['content']}"
    pains = list(data["pain_points"])
    pain_text = f" It answers: {'; '.join(pains)}." if pains else ""
    today = (
        f" Today: {medium}, {data['maturity']} maturity."
        if medium
        else (f" Today: {data['maturity']} maturity.")
    )
    desirability = 3 + bool(pains) + spot.hot
    viability = 3 + (per_year >= 250)
    if _DOCUMENT.search(text):
        title = f"Extract {_short(info)} automatically from the documents {src} sends"
        product = "a document-extraction service (NLP)"
        action, kpi, feas = (
            f"{tgt} no longer read and re-key documents",
            "less handling time, fewer errors",
            3,
        )
    elif len(targets) >= 3:
        title = f"Publish {_short(info)} as a live dashboard with alerts"
        product = "a shared dashboard with alerts"
        action, kpi, feas = (
            f"{tgt} act on the same, current figures",
            "shorter delays, one version",
            4,
        )
    elif data["maturity"] == "low" and per_year >= 250:
        daily = "" if info.casefold().startswith("daily") else "daily "
        title = f"Automate the {daily}{_short(info)} flow from {src} to {tgt}"
        product = "an automated feed with suggested actions"
        action, kpi, feas = (
            f"{tgt} act without waiting for {src}",
            "shorter lead time, less effort",
            3,
        )
    elif data["maturity"] == "low" or _CARRIER.search(medium):
        title = f"Digitise {_short(info)} from {src} to {tgt}"
        product = "a structured digital form or record"
        action, kpi, feas = f"{tgt} receive complete, structured data", "fewer errors and delays", 4
    else:
        title = f"Integrate {_short(info)} from {src} into {tgt} automatically"
        product = "a system-to-system integration"
        action, kpi, feas = (
            f"{tgt} always work on current data",
            "lower latency, less manual work",
            4,
        )
    description = (
        _template(tgt, f"receiving {info}", product, info, src, action, kpi) + today + pain_text
    )
    return _Draft(
        title,
        IMPROVE_FLOW,
        description,
        desirability,
        _datability(data),
        feas,
        viability,
        f"flow:{fid}",
    )


def _retype_draft(model: FlowModel, fid: str, spot: HotSpot) -> _Draft | None:
    data = model.flow_data(fid)
    if not _RETYPE.search(f"{data['medium']} {data['content']}"):
        return None
    source = model.source_of(fid)
    tools = [t for t in model.targets_of(fid) if model.actor(t).kind in ("tool", "data")]
    if not tools:
        return None
    info = data["content"] or "the data"
    tool = _names(model, tools)
    upstream = [
        model.source_of(f)
        for f in model.flows_of(source)
        if f != fid and source in model.targets_of(f) and model.source_of(f) != source
    ]
    origin_text = _names(model, sorted(set(upstream))) if upstream else model.name_of(source)
    description = _template(
        model.name_of(source),
        f"re-typing {info} into {tool}",
        f"capture at the source ({origin_text} enters it once, {tool} receives it directly)",
        info,
        origin_text,
        "the re-typing step disappears",
        "fewer typing errors, no delay",
    )
    return _Draft(
        f"Remove the re-typing of {_short(info)} into {tool}",
        CHANGE_STRUCTURE,
        description,
        4,
        3,
        4,
        3 + spot.hot,
        f"flow:{fid}",
    )


def _relay_draft(model: FlowModel, spot: HotSpot) -> _Draft | None:
    actor = model.actor(spot.id)
    if actor.kind not in ("person", "team") or not spot.factors.get("brokerage_pairs"):
        return None
    flows = [model.flow_data(f) | {"id": f} for f in spot.flows]
    if not any(f["maturity"] == "low" for f in flows):
        return None
    ups = sorted({model.source_of(f["id"]) for f in flows} - {spot.id})
    downs = sorted(
        {
            t
            for f in flows
            if model.source_of(f["id"]) == spot.id
            for t in model.targets_of(f["id"])
            if t != spot.id and model.actor(t).kind not in ("tool", "data")
        }
    )
    if not ups or not downs:
        return None
    info = next((f["content"] for f in flows if f["content"]), "the information")
    description = _template(
        _names(model, downs),
        f"waiting for {info}",
        "a direct, shared channel",
        info,
        _names(model, ups),
        f"{actor.name} is no longer a relay",
        "shorter lead time, no single point of failure",
    )
    around = sorted(set(ups) | set(downs))
    return _Draft(
        f"Remove {actor.name} as a relay between {_names(model, around)}",
        CHANGE_STRUCTURE,
        description + f" Hot spot: {spot.summary}.",
        3 + spot.hot,
        2,
        3,
        3,
        f"object:{spot.id}",
    )


def _carrier_draft(model: FlowModel, spot: HotSpot) -> _Draft | None:
    actor = model.actor(spot.id)
    if actor.kind not in ("tool", "data") or spot.factors.get("own_maturity", 3) > 1:
        return None
    users = sorted({end for f in spot.flows for end in model.members_of_flow(f)} - {spot.id})
    description = _template(
        _names(model, users) or "its users",
        f"sharing data through {actor.name}",
        "a system of record with access rights and history",
        "the same records",
        actor.name,
        "updates are no longer lost or duplicated",
        "better data quality, less effort",
    )
    return _Draft(
        f"Replace {actor.name} with a shared system of record",
        CHANGE_STRUCTURE,
        description + f" Hot spot: {spot.summary}.",
        3 + spot.hot,
        3,
        3,
        3,
        f"object:{spot.id}",
    )


def propose_usecases(
    model: FlowModel,
    ranking: HotspotRanking | None = None,
    *,
    top: int = 3,
    limit: int = 8,
) -> list[UseCase]:
    """Pre-filled candidates from the ``top`` object and flow hot spots, at most ``limit``.

    Flows fully digital and painless are skipped (nothing to improve). Order follows the
    hot-spot ranking, so the list is deterministic.
    """
    from assistant.hypergraph.hotspots import rank_hotspots

    ranking = ranking or rank_hotspots(model)
    by_flow = {s.id: s for s in ranking.flows}
    drafts: list[_Draft] = []
    seen_flows: set[str] = set()

    def consider_flow(fid: str) -> None:
        if fid in seen_flows:
            return
        seen_flows.add(fid)
        spot = by_flow[fid]
        data = model.flow_data(fid)
        if data["maturity"] == "high" and not data["pain_points"]:
            return
        retype = _retype_draft(model, fid, spot)
        if retype is not None:
            drafts.append(retype)
        else:
            drafts.append(_flow_draft(model, fid, spot, spot.factors["per_year"]))

    for spot in ranking.objects[:top]:
        for draft in (_relay_draft(model, spot), _carrier_draft(model, spot)):
            if draft is not None:
                drafts.append(draft)
        for fid in spot.flows[:2]:
            consider_flow(fid)
    for spot in ranking.flows[:top]:
        consider_flow(spot.id)

    out: list[UseCase] = []
    titles: set[str] = set()
    for draft in drafts:
        usecase = draft.build()
        if usecase.title.casefold() in titles:
            continue
        titles.add(usecase.title.casefold())
        out.append(usecase)
    return out[:limit]

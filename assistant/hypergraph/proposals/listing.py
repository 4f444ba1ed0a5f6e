"""The list a workshop sees: both strategies interleaved, data cases first, the flows the
hot-spot review named as the worst drafted whatever their rank."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import zip_longest
from typing import TYPE_CHECKING

from assistant.hypergraph.contents import content_words
from assistant.hypergraph.patterns import find_patterns
from assistant.hypergraph.proposals.data_cases import (
    _enrich,
    _feed_system,
    _fill_left_empty,
    _learn_from_changes,
    _system_gap,
)
from assistant.hypergraph.proposals.drafts import (
    _SYSTEM_KINDS,
    _Draft,
    _flow,
    _is_artefact,
)
from assistant.hypergraph.proposals.flows import (
    _entered_as_it_happens,
    _improve,
    _live_board,
)
from assistant.hypergraph.proposals.structure import (
    _capture_once,
    _direct_access,
    _enter_once,
    _retire_artefact,
    _shared_board,
)
from assistant.media import RETYPING
from assistant.models.usecase import UseCase

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotSpot, HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel


# ------------------------------------------------------------------------- the list
def propose_usecases(
    model: InfoFlowModel,
    ranking: HotspotRanking | None = None,
    *,
    top: int = 3,
    limit: int = 8,
    named_at_review: Sequence[str] = (),
) -> list[UseCase]:
    """Candidates from the ``top`` object and flow hot spots, at most ``limit``.

    Every proposal names its hot spot and the pain it relieves, in the map's own words
    (contents, media, pain points), each lens with its reason and what to check first.
    Both strategies of the method appear when the map allows: improve a flow, and change
    the structure (capture once at the source, retire an artefact that only carries
    information, give readers direct access around a busy person — a person is never
    "removed"). Data use cases a pain points to (an output that ignores inputs the map
    carries, a content never fed to the system that needs it) come first, wherever their
    flow ranks. A lens the map cannot judge is left unscored (None) for the workshop to
    fill. Flows fully digital and painless are skipped. Deterministic: the order follows
    the hot-spot ranking, except that the flows the hot-spot review named as the worst
    (``named_at_review``, flow ids) are drafted whatever their rank, and come first: the
    workshop's judgement outweighs the score.
    """
    from assistant.hypergraph.hotspots import rank_hotspots

    ranking = ranking or rank_hotspots(model)
    by_flow = {s.id: s for s in ranking.flows}
    data_cases: list[_Draft] = []
    fed_cases: list[_Draft] = []
    improve: list[_Draft] = []
    structure: list[_Draft] = []
    carried: set[str] = set()

    def add_structure(draft: _Draft) -> None:
        """A structural draft whose flows an earlier one already carries says nothing new."""
        if draft.covers and set(draft.covers) <= carried:
            return
        structure.append(draft)
        carried.update(draft.covers)

    seen_flows: set[str] = set()
    retired: set[str] = set()

    def consider_flow(fid: str, spot: HotSpot) -> None:
        if fid in seen_flows:
            return
        seen_flows.add(fid)
        flow = _flow(model, fid)
        if flow.maturity == "high" and not flow.pains:
            return
        if all(_is_artefact(model, t) for t in flow.targets):
            if not set(flow.targets) & retired and (board := _live_board(model, flow, spot)):
                improve.append(board)
            return  # else the artefact itself gets a structural proposal
        into_systems = all(model.kind_of(t) in _SYSTEM_KINDS for t in flow.targets)
        if into_systems and (board := _live_board(model, flow, spot)):
            improve.append(board)
            return
        if flow.maturity == "medium" and into_systems and not flow.pains:
            return  # first-hand entry into a system already works
        capture = _capture_once(model, flow, by_flow.get(fid, spot))
        if capture is not None:
            add_structure(capture)
        elif into_systems and (on_time := _entered_as_it_happens(model, flow, spot)):
            improve.append(on_time)
        elif (better := _improve(model, flow, spot)) is not None:
            improve.append(better)

    @cache
    def words_of(fid: str) -> set[str]:
        return content_words(
            f"{model.flow_data(fid)['content'] or ''} {model.name_of(model.source_of(fid))}"
        )

    # the data use cases pains point to, wherever their flow ranks
    for spot in ranking.flows:
        if not model.flow_data(spot.id)["pain_points"]:
            continue
        flow = _flow(model, spot.id)
        enriched = (
            _enrich(model, flow, spot, words_of)
            or _fill_left_empty(model, flow, spot)
            or _system_gap(model, flow, spot)
        )
        fed = None if enriched else _feed_system(model, flow, spot)
        if enriched or fed:
            seen_flows.add(spot.id)
        # an output computed with what it ignores is the data product itself: it leads
        data_cases += [enriched] if enriched else []
        fed_cases += [fed] if fed else []

    # the same thing entered into several places by one person: entered once, at one place;
    # a system's output sent back changed: the output learns from the changes (a data case)
    by_object = {spot.id: spot for spot in ranking.objects}
    for pattern in find_patterns(model, ranking, skip_top=0):
        if pattern.kind == "round-trip" and pattern.flows[0] not in seen_flows:
            seen_flows.update(pattern.flows)
            data_cases.append(_learn_from_changes(model, pattern, by_flow[pattern.flows[0]]))
        if pattern.kind != "entered-again":
            continue
        source = model.source_of(pattern.flows[0])
        spot = by_object.get(source) or by_flow[pattern.flows[0]]
        once = _enter_once(model, pattern, spot)
        if once is not None:
            add_structure(once[0])
            retired.update(once[1])

    # artefacts that only carry information, among the hot spots or beside the top ones
    # (the weekly workbook a busy planner fills), each get a retirement proposal first
    near = [
        end
        for spot in ranking.objects[:top]
        for fid in spot.flows
        for end in model.members_of_flow(fid)
    ]
    artefacts = dict.fromkeys([spot.id for spot in ranking.objects[: top + 2]] + near)
    for ref in artefacts:
        if ref in retired:
            continue  # an entry made once already retires it
        retire = _retire_artefact(model, by_object[ref]) if ref in by_object else None
        if retire is not None:
            add_structure(retire)
            retired.add(ref)
    for fid in named_at_review:
        if fid in by_flow:
            consider_flow(fid, by_flow[fid])
    for spot in ranking.objects[:top]:
        board = _shared_board(model, spot)
        if board is not None:
            add_structure(board)
        relay = _direct_access(model, spot)
        if relay is not None:
            add_structure(relay)
        for fid in spot.flows[:2]:
            consider_flow(fid, spot)
    for spot in ranking.flows[:top]:
        consider_flow(spot.id, spot)
    # then the other painful flows, by rank, while the list has room
    for spot in ranking.flows[top:]:
        if len(data_cases) + len(improve) + len(structure) >= 2 * limit:  # some merge later
            break
        if model.flow_data(spot.id)["pain_points"]:
            consider_flow(spot.id, spot)
    # re-keying is a pain of its own wherever it ranks (the interview asks for the hours
    # it costs): a flow typed again into a system is drafted too, after the painful ones
    for spot in ranking.flows[top:]:
        if _flow(model, spot.id).media & RETYPING:
            consider_flow(spot.id, spot)

    # both strategies, interleaved, so that a short list still shows each; a flow whose
    # relay or paper a structural proposal removes is not proposed again as an improvement
    covered = {f"flow:{fid}" for d in structure for fid in d.covers}
    # ... unless that leaves no improvement at all: then the first stays, as the other
    # strategy for the same pain (the method wants both on the table)
    improve = [d for d in improve if d.origin not in covered] or improve[:1]
    # a content fed to the system that computes with it is already in that data case
    computed = {f"flow:{fid}" for d in data_cases for fid in d.covers}
    improve = data_cases + [d for d in fed_cases if d.origin not in computed] + improve
    drafts: list[_Draft] = []
    for pair in zip_longest(improve, structure):
        drafts += [d for d in pair if d is not None]
    named = set(named_at_review)
    drafts.sort(key=lambda d: not {d.origin.removeprefix("flow:"), *d.covers} & named)
    out: list[UseCase] = []
    titles: set[str] = set()
    for draft in drafts:
        usecase = draft.build()
        if usecase.title.casefold() in titles:
            continue
        titles.add(usecase.title.casefold())
        out.append(usecase)
    return out[:limit]

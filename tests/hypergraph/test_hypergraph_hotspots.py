"""Hot-spot scores: METHOD.md §4.2 sanity rules, a known top hot spot, reasons in words."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.hypergraph.frequency import frequency_per_year
from assistant.hypergraph.hotspots import (
    HotspotWeights,
    flow_weight,
    object_scores,
    rank_hotspots,
)
from assistant.hypergraph.model import InfoFlowModel
from assistant.models.infoflow import Actor, InformationFlow


def flow(source: str, *targets: str, **fields: object) -> InformationFlow:
    return InformationFlow(source=source, targets=list(targets), **fields)


PLANT = [
    flow(
        "field technician",
        "planner",
        content="job reports",
        medium="paper",
        maturity="low",
        frequency="daily",
        pain_points=["illegible", "late"],
    ),
    flow(
        "planner",
        "maintenance team",
        "warehouse",
        content="work orders",
        medium="email",
        maturity="low",
        frequency="daily",
    ),
    flow(
        "planner",
        "SAP PM",
        content="work orders",
        medium="re-typing",
        maturity="low",
        frequency="daily",
        pain_points=["typos"],
    ),
    flow(
        "warehouse",
        "planner",
        content="spare parts status",
        medium="phone",
        maturity="low",
        frequency="weekly",
    ),
    flow("SAP PM", "reporting", content="KPIs", medium="API", maturity="high", frequency="daily"),
    flow(
        "maintenance team",
        "field technician",
        content="assignments",
        medium="meeting",
        maturity="low",
        frequency="daily",
    ),
]


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        ("hourly", 8760),
        ("daily", 365),
        ("every Thursday", 52),
        ("twice a day", 730),
        ("weekly", 52),
        ("monthly", 12),
        ("at month end", 12),
        ("quarterly", 4),
        ("yearly", 1),
        ("every 15 minutes", 35040),
        ("3 times per week", 156),
        ("every two weeks", 26),
        ("per shipment", None),
        ("", None),
    ],
)
def test_frequency_words(text: str, per_year: float | None) -> None:
    assert frequency_per_year(text) == per_year


def test_expected_top_hot_spot_comes_first_with_reasons() -> None:
    ranking = rank_hotspots(
        InfoFlowModel.from_flows(PLANT, actors=[Actor(name="SAP PM", kind="tool")])
    )
    top = ranking.objects[0]
    assert top.name == "planner"
    assert top.rank == 1 and top.hot
    assert top.summary.startswith("4 flows (2 sent, 2 received), 4 of them manual (low maturity)")
    assert "3 pain points" in top.reasons
    assert any(
        r.startswith("broker between 4 actors (2 upstream, 3 downstream)") for r in top.reasons
    )
    assert top.flows[0] == "f1"  # heaviest incident flow first: daily, paper, 2 pains
    assert top.factors["flows"] == 4 and top.factors["low_maturity_flows"] == 4
    assert ranking.flows[0].name == "field technician → planner: job reports"
    assert ranking.flows[0].reasons == [
        "low maturity (paper)",
        "daily (~365/year)",
        "2 pain points: illegible; late",
    ]
    assert [s.rank for s in ranking.objects] == list(range(1, len(ranking.objects) + 1))


def test_flow_weight_bounds() -> None:
    model = InfoFlowModel.from_flows(
        [
            flow("a", "b", maturity="high", frequency="yearly"),
            flow("a", "b", maturity="low", frequency="hourly", pain_points=["x", "y", "z"]),
        ]
    )
    phi = math.log(2) / math.log(8761)
    assert flow_weight(model, "f1") == pytest.approx((0.5 + 0.5 * phi) * 0.25 * 0.5)
    assert flow_weight(model, "f2") == pytest.approx(1.0)


flows_strategy = st.lists(
    st.builds(
        lambda s, ts, m, fr, p: flow(
            f"n{s}", *[f"n{t}" for t in ts], maturity=m, frequency=fr, pain_points=["pain"] * p
        ),
        st.integers(0, 6),
        st.lists(st.integers(0, 6), min_size=1, max_size=3),
        st.sampled_from(["low", "medium", "high"]),
        st.sampled_from(["", "daily", "weekly", "monthly", "hourly"]),
        st.integers(0, 3),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=80, deadline=None)
@given(flows_strategy, flows_strategy)
def test_adding_a_flow_never_lowers_a_score(
    base: list[InformationFlow], extra: list[InformationFlow]
) -> None:
    before = object_scores(InfoFlowModel.from_flows(base))
    after = object_scores(InfoFlowModel.from_flows(base + extra[:1]))
    for actor_id, score in before.items():
        assert after[actor_id] >= score - 1e-9


@settings(max_examples=80, deadline=None)
@given(flows_strategy, st.integers(0, 100))
def test_raising_a_flow_to_high_maturity_lowers_its_members(
    flows: list[InformationFlow], pick: int
) -> None:
    index = pick % len(flows)
    flows = [
        f.model_copy(update={"maturity": "low"}) if i == index else f for i, f in enumerate(flows)
    ]
    model = InfoFlowModel.from_flows(flows)
    before = object_scores(model)
    fid = model.flow_ids()[index]
    members = model.members_of_flow(fid)
    model.edit_flow(fid, maturity="high")
    after = object_scores(model)
    for actor_id in members:
        assert after[actor_id] < before[actor_id]
    for actor_id in set(before) - set(members):
        assert after[actor_id] == pytest.approx(before[actor_id])


def test_a_digital_node_keeps_at_least_half_the_score_of_a_paper_one() -> None:
    paper = InfoFlowModel.from_flows(PLANT, actors=[Actor(name="planner", maturity="low")])
    digital = InfoFlowModel.from_flows(PLANT, actors=[Actor(name="planner", maturity="high")])
    low, high = object_scores(paper)["a:planner"], object_scores(digital)["a:planner"]
    assert high < low
    assert high >= 0.5 * low - 1e-9


@settings(max_examples=40, deadline=None)
@given(flows_strategy, st.randoms(use_true_random=False))
def test_scores_and_ranking_do_not_depend_on_order(
    flows: list[InformationFlow], rnd: random.Random
) -> None:
    shuffled = flows[:]
    rnd.shuffle(shuffled)
    a, b = (
        rank_hotspots(InfoFlowModel.from_flows(flows)),
        rank_hotspots(InfoFlowModel.from_flows(shuffled)),
    )
    assert [(s.id, s.score) for s in a.objects] == [(s.id, s.score) for s in b.objects]
    assert sorted((s.name, s.score) for s in a.flows) == sorted((s.name, s.score) for s in b.flows)


def test_ties_are_broken_by_name() -> None:
    model = InfoFlowModel.from_flows([flow("zeta", "omega"), flow("alpha", "beta")])
    names = [s.name for s in rank_hotspots(model).objects]
    assert names == ["alpha", "beta", "omega", "zeta"]


def test_weights_are_frozen_and_betweenness_is_an_option() -> None:
    weights = HotspotWeights()
    with pytest.raises(dataclasses.FrozenInstanceError):
        weights.broker_weight = 1.0  # type: ignore[misc]
    model = InfoFlowModel.from_flows(PLANT)
    plain = rank_hotspots(model, HotspotWeights(broker="none"))
    between = rank_hotspots(model, HotspotWeights(broker="betweenness"))
    sampled = rank_hotspots(
        model, HotspotWeights(broker="betweenness", betweenness_exact_max=2, betweenness_samples=3)
    )
    assert plain.objects[0].factors["broker_factor"] == 1.0
    assert between.objects[0].name == "planner"
    assert between.objects[0].factors["broker"] > 0
    assert sampled == rank_hotspots(
        model, HotspotWeights(broker="betweenness", betweenness_exact_max=2, betweenness_samples=3)
    )


def test_own_maturity_guessed_from_a_name() -> None:
    model = InfoFlowModel.from_flows([flow("planner", "Excel tracker", maturity="medium")])
    spots = {s.name: s for s in rank_hotspots(model).objects}
    assert spots["Excel tracker"].factors["own_maturity"] == 1
    assert "own maturity low (guessed from its name)" in spots["Excel tracker"].reasons
    assert spots["planner"].factors["own_maturity"] == 3

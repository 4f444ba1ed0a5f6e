"""Shapes across flows the hot-spot score ranks low: a system's output sent back changed,
the same thing entered into several systems, a painful flow rated medium or high.

The shipped examples carry one of each where a facilitator found them; maps of other
domains check the rules are not read off those three.
"""

from __future__ import annotations

from assistant.hypergraph.hotspots import rank_hotspots
from assistant.hypergraph.model import InfoFlowModel
from assistant.hypergraph.patterns import find_patterns
from assistant.models.infoflow import Actor
from tests.hypergraph.maps import example_model, flow


def patterns_of(model: InfoFlowModel, skip_top: int = 3):
    return find_patterns(model, rank_hotspots(model), skip_top=skip_top)


def test_a_system_proposal_rewritten_by_hand_is_a_round_trip():
    found = patterns_of(example_model("retail-demand"))
    trips = [p for p in found if p.kind == "round-trip"]
    assert [p.title for p in trips] == [
        "Round trip of store orders: ERP → Fresh department head → ERP"
    ]
    # both flows are rated high or medium: the score alone ranks them low
    assert "rated high and medium" in trips[0].summary
    assert "about 60% of fresh lines changed by hand" in trips[0].summary


def test_the_same_thing_entered_into_three_places_by_one_person():
    found = patterns_of(example_model("refinery-maintenance"))
    again = [p for p in found if p.kind == "entered-again"]
    assert len(again) == 1
    title = again[0].title
    assert title.startswith("Durations entered 3 times by Site planner: into ")
    assert all(name in title for name in ("SAP PM", "Primavera P6", "Shutdown scope workbook"))
    # the pain that says it is typed again is quoted, not another one
    assert '"durations re-typed from the workbook' in again[0].summary
    assert "durations are guesses" not in again[0].summary


def test_painful_digital_flows_are_listed_unless_already_shown():
    model = example_model("hospital-beds")
    found = patterns_of(model)
    digital = [p for p in found if p.kind == "digital-pain"]
    titles = [p.title for p in digital]
    assert any(t.startswith("Ward nurse in charge → ADT system: discharges") for t in titles)
    assert any(t.startswith("Ward physician → EHR: discharge summaries") for t in titles)
    assert all(", rated medium" in t or ", rated high" in t for t in titles)
    # a flow among the top flow hot spots is not listed again
    top = {s.id for s in rank_hotspots(model).flows[:3]}
    assert not top & {f for p in digital for f in p.flows}
    # a flow in a round trip or a repeated entry is not listed twice
    retail = patterns_of(example_model("retail-demand"))
    flows = [f for p in retail for f in p.flows]
    assert len(flows) == len(set(flows))


def _lab() -> InfoFlowModel:
    return InfoFlowModel.from_flows(
        [
            flow(
                "LIMS",
                "lab technician",
                content="worklist of samples",
                medium="screen",
                maturity="high",
                pain_points=["half the worklist is out of date"],
            ),
            flow(
                "lab technician",
                "LIMS",
                content="sample results and worklist changes",
                medium="manual entry",
                maturity="medium",
            ),
            flow(
                "ward clerk",
                "patient system",
                content="sample labels",
                medium="screen",
                maturity="medium",
            ),
            flow(
                "ward clerk",
                "request book",
                content="sample requests and labels",
                medium="paper book",
                maturity="low",
            ),
            flow(
                "courier firm", "ward clerk", content="pickup times", medium="phone", maturity="low"
            ),
            flow(
                "charge nurse",
                "duty doctor",
                content="deteriorating patients",
                medium="phone",
                maturity="low",
            ),
            flow(
                "duty doctor",
                "charge nurse",
                content="patients reviewed",
                medium="phone",
                maturity="low",
                pain_points=["no record of the review"],
            ),
            flow(
                "analyser", "LIMS", content="raw results", medium="HL7 interface", maturity="high"
            ),
            flow(
                "LIMS",
                "billing system",
                content="billable tests",
                medium="interface",
                maturity="high",
            ),
        ],
        actors=[
            Actor(name="LIMS", kind="tool"),
            Actor(name="patient system", kind="tool"),
            Actor(name="billing system", kind="tool"),
            Actor(name="analyser", kind="tool"),
            Actor(name="request book", kind="data"),
            Actor(name="courier firm", kind="organisation"),
        ],
    )


def test_other_domains_find_the_same_shapes_and_no_more():
    found = patterns_of(_lab(), skip_top=0)
    trips = [p.title for p in found if p.kind == "round-trip"]
    assert trips == ["Round trip of worklist: LIMS → lab technician → LIMS"]
    again = [p for p in found if p.kind == "entered-again"]
    assert len(again) == 1
    assert again[0].title.startswith("Labels entered 2 times by ward clerk: into ")
    assert {"request book", "patient system"} <= set(
        again[0].title.split(": into ")[1].split(" and ")
    )
    # people asking and answering each other are not a round trip through a system
    assert not any("duty doctor" in p.title for p in found if p.kind == "round-trip")
    # an automated, painless interface is nothing to look at
    assert not any("raw results" in p.title or "billable" in p.title for p in found)


def test_an_automated_send_to_two_systems_is_not_entered_again():
    model = InfoFlowModel.from_flows(
        [
            flow("order desk", "ERP", content="customer orders", medium="EDI", maturity="high"),
            flow("order desk", "CRM", content="customer orders", medium="API", maturity="high"),
            flow("sales rep", "CRM", content="visit notes", medium="app", maturity="medium"),
            flow(
                "sales rep",
                "forecast sheet",
                content="deal sizes",
                medium="Excel",
                maturity="medium",
            ),
        ],
        actors=[
            Actor(name="ERP", kind="tool"),
            Actor(name="CRM", kind="tool"),
            Actor(name="order desk", kind="team"),
            Actor(name="forecast sheet", kind="data"),
        ],
    )
    # the order desk's sends are automated; the sales rep enters two different things
    assert [p for p in patterns_of(model) if p.kind == "entered-again"] == []


def test_patterns_are_the_same_in_every_order_of_the_flows():
    model = example_model("refinery-maintenance")
    reversed_model = InfoFlowModel.from_flows(
        list(reversed(model.flows())),
        actors=[Actor(name=a.name, kind=a.kind) for a in model.actors()],
    )
    titles = sorted(p.title for p in patterns_of(model))
    assert titles == sorted(p.title for p in patterns_of(reversed_model))


def test_a_map_of_thousands_of_flows_gives_a_short_list():
    """A hub that sends a system's output back 750 times, and one person who types into 300
    systems: the list stays readable and each reason stays a sentence."""
    flows = []
    for i in range(750):
        flows.append(
            flow(
                "planning system",
                "planner",
                content=f"order {i} proposal",
                medium="screen",
                maturity="high",
                pain_points=["proposal ignores stock"],
            )
        )
        flows.append(
            flow(
                "planner",
                "planning system",
                content=f"order {i} corrections",
                medium="manual entry",
                maturity="medium",
                pain_points=[f"pain {i}"],
            )
        )
    for i in range(300):
        flows.append(
            flow(
                "clerk",
                f"register {i}",
                content="stock counts",
                medium="manual entry",
                maturity="medium",
                pain_points=["counts typed again"],
            )
        )
    actors = [Actor(name="planning system", kind="tool")]
    actors += [Actor(name=f"register {i}", kind="data") for i in range(300)]
    found = patterns_of(InfoFlowModel.from_flows(flows, actors=actors))
    kinds = [p.kind for p in found]
    assert kinds.count("round-trip") == 1  # one per system and person
    assert 1 <= kinds.count("digital-pain") <= 10
    again = [p for p in found if p.kind == "entered-again"]
    assert again[0].title.startswith("Counts entered 300 times by clerk: into ")
    assert again[0].title.endswith("and 296 more")
    assert again[0].summary.count("counts typed again") == 1
    assert all(len(p.summary) < 1000 for p in found)

"""Design-Data edits of a session (``services.design_data``), without any UI."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.models.infoflow import Actor, InformationFlow
from assistant.models.usecase import UseCase
from assistant.services import design_data as dd
from assistant.services.importing import import_document, read_document
from assistant.services.interview import Interview, InterviewService
from assistant.services.model import session_flows, session_model
from assistant.store.sqlite import SQLiteStore

REFINERY = Path(__file__).parents[2] / "sessions" / "refinery-maintenance.json"


@pytest.fixture
def service(tmp_path: Path) -> InterviewService:
    store = SQLiteStore(tmp_path / "d.db")
    store.conn.execute("PRAGMA synchronous = OFF")
    return InterviewService(store)


@pytest.fixture
def refinery(service: InterviewService) -> Interview:
    return service.open(import_document(service.store, read_document(REFINERY)))


def reopened(service: InterviewService, interview: Interview) -> Interview:
    return service.open(interview.id)


def test_flows_are_edited_in_place_and_stored(service, refinery):
    flow = InformationFlow(source="Warehouse", targets=["SAP PM"], content="counts")
    dd.add_flow(refinery, flow)
    dd.replace_flow(refinery, 0, flow.model_copy(update={"content": "first"}))
    dd.delete_flow(refinery, 1)
    flows = session_flows(reopened(service, refinery))
    assert len(flows) == 13
    assert flows[0].content == "first" and flows[-1].content == "counts"
    assert len(dd.flow_slots(refinery)) == 13
    with pytest.raises(UserError, match="no flow number 99"):
        dd.delete_flow(refinery, 98)


def test_delete_actor_removes_or_trims_its_flows(service, refinery):
    model = session_model(refinery)
    assert dd.deletion_effect(model, "Scaffolding contractor") == (0, 1)
    outcome = dd.delete_actor(refinery, "Scaffolding contractor")
    assert (outcome.flows_removed, outcome.flows_changed) == (0, 1)
    assert outcome.still_declared  # the list of actors still names it
    flows = session_flows(reopened(service, refinery))
    assert len(flows) == 13
    assert all("scaffolding contractor" not in [t.casefold() for t in f.targets] for f in flows)


def test_an_actor_edit_wins_over_the_declared_class(service, refinery):
    assert session_model(refinery).actor("SAP PM").kind == "tool"  # "SAP PM (tool)"
    ignored = dd.save_actor(refinery, Actor(name="SAP PM", kind="data", attributes={"site": "A"}))
    assert ignored == []
    actor = session_model(reopened(service, refinery)).actor("SAP PM")
    assert (actor.kind, actor.attributes) == ("data", {"site": "A"})


def test_hyperclass_needs_members_or_a_rule(refinery):
    with pytest.raises(UserError, match="give members"):
        dd.save_hyperclass(refinery, "Site A")
    with pytest.raises(UserError, match="unknown actor 'Nobody'"):
        dd.save_hyperclass(refinery, "Site A", ["Nobody"])
    dd.save_hyperclass(refinery, "Site A", ["site planner"], {"site": "A"})
    record = session_model(refinery).hyperclass("Site A")
    assert record.members == ["a:site-planner"] and record.where == {"site": "A"}


def test_parse_pairs_keeps_commas_inside_values():
    assert dd.parse_pairs("site=A, line=B\nbusiness line=Refining, Chemicals") == {
        "site": "A",
        "line": "B",
        "business line": "Refining, Chemicals",
    }
    with pytest.raises(UserError, match="'oops': expected key=value"):
        dd.parse_pairs("site=A\noops")


def test_keep_choose_rename_drop_and_pipe(service, refinery):
    new = UseCase(
        title="Live permit board", desirability=4, datability=3, feasibility=4, viability=3
    )
    dd.keep_usecase(refinery, new)
    with pytest.raises(UserError, match="already has"):
        dd.keep_usecase(refinery, new)
    dd.choose_usecase(refinery, "Live permit board")
    problem = refinery.question("problem_statement")
    assert "Live permit board" in refinery.prompt(problem)
    dd.update_usecase(refinery, "Live permit board", new.model_copy(update={"title": "Permits"}))
    again = reopened(service, refinery)
    assert dd.chosen_title(again) == "Permits"
    with pytest.raises(UserError, match="chosen use case"):
        dd.drop_usecase(again, "Permits")
    dd.drop_usecase(again, "Digital job cards and permits on tablets")
    assert "Digital job cards and permits on tablets" not in [
        u.title for u in dd.session_usecases(reopened(service, refinery))
    ]


def test_answers_given_aside_leave_the_interview_where_it_was(service, refinery):
    fresh = service.start(refinery.flow, "Fresh")
    assert fresh.current().id == "perimeter"
    asked = len(fresh.events)
    dd.add_flow(fresh, InformationFlow(source="planner", targets=["warehouse"]))
    dd.keep_usecase(
        fresh, UseCase(title="X", desirability=3, datability=3, feasibility=3, viability=3)
    )
    dd.choose_usecase(fresh, "X")
    again = reopened(service, fresh)
    assert again.current().id == "perimeter"  # still the question being asked
    assert again.state.answers["chosen_usecase"] == "X"
    added = again.events[asked:]
    assert [e.type.value for e in added] == ["answer_given"] * 3  # no cursor moves
    assert all(e.data["aside"] for e in added)
    # answering the question being asked still moves on
    again.answer("Marennes refinery")
    assert again.current().id == "perimeter_specifics"

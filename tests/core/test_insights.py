"""Before the hot-spot and use-case questions the assistant shows what the map says."""

from __future__ import annotations

from assistant.paths import examples_dir
from assistant.services.importing import import_document, read_document
from assistant.services.insights import question_insight
from assistant.services.interview import InterviewService
from assistant.services.model import session_model
from assistant.store import SQLiteStore


def refinery():
    store = SQLiteStore(":memory:")
    session_id = import_document(store, read_document(examples_dir() / "refinery-maintenance.json"))
    return InterviewService(store).open(session_id)


def test_hot_spot_review_shows_the_ranked_hot_spots_with_reasons():
    interview = refinery()
    text = question_insight(
        interview.engine, interview.state, interview.question("hot_spot_review")
    )
    first = text.splitlines()[1]
    assert first.startswith("• Site planner — 10 flows")
    assert "pain points" in first


def test_hot_spot_review_also_names_what_the_score_ranks_low():
    interview = refinery()
    text = question_insight(
        interview.engine, interview.state, interview.question("hot_spot_review")
    )
    lines = text.splitlines()
    heading = lines.index("Worth a look, though the score ranks them low:")
    assert heading > 6  # after the three object and three flow hot spots
    assert lines[heading + 1].startswith("• Durations entered 3 times by Site planner")


def test_use_case_question_offers_ideas_in_the_answer_format():
    interview = refinery()
    question = interview.question("usecase_candidates")
    lines = question_insight(interview.engine, interview.state, question).splitlines()[1:]
    assert lines
    for line in [line for line in lines if line.startswith("• ")]:
        title, *scores = line.removeprefix("• ").split(" | ")
        interview.validate(question, f"{title} | {' | '.join(scores)}")  # accepted as typed


def test_no_insight_without_flows_or_for_other_questions():
    interview = refinery()
    assert question_insight(interview.engine, interview.state, interview.question("vision")) is None


def test_actors_declared_with_their_class_shape_the_model():
    kinds = {a.name: a.kind.value for a in session_model(refinery()).actors()}
    assert kinds["SAP PM"] == "tool"
    assert kinds["Maintenance team"] == "team"


def test_use_case_question_names_what_the_review_said_the_map_missed():
    store = SQLiteStore(":memory:")
    session_id = import_document(store, read_document(examples_dir() / "retail-demand.json"))
    interview = InterviewService(store).open(session_id)
    text = question_insight(
        interview.engine, interview.state, interview.question("usecase_candidates")
    )
    last = text.splitlines()[-1]
    assert last.startswith("Named at the hot-spot review but not on the map")
    assert "the Friday call between category managers and the DC" in last


def test_use_case_ideas_start_with_the_flow_the_review_called_the_worst():
    interview = refinery()  # "The worst flow is the duration estimate itself: typed three times"
    text = question_insight(
        interview.engine, interview.state, interview.question("usecase_candidates")
    )
    first = text.splitlines()[1]
    assert first.startswith("• Durations entered once")


def test_a_paragraph_typed_at_the_flows_question_leads_to_ideas_in_its_own_words(
    tmp_path,
) -> None:
    """A dental practice talked through as one paragraph: the pain read from it ("Exact
    can't track …") becomes the first idea, and what goes to patients comes from the system."""
    from assistant.flow.loader import active_flow
    from assistant.services.headless import run_answers
    from tests.export.builders import service

    text = (
        "I'm the practice manager. The dentist types the treatment notes into Exact. The lead"
        " nurse keeps her own spreadsheet of the crowns waiting for a second fitting, because"
        " Exact can't track a two-stage crown properly, and she emails the spreadsheet to"
        " reception every Friday. Every month reception runs the recall list out of Exact and"
        " posts the recall letters to the patients, which takes a whole afternoon."
    )
    interview = service(tmp_path / "d.db").start(active_flow(), "Recalls", "Dental practice")
    run_answers(
        interview,
        {
            "perimeter": "A two-chair dental practice: recalls and crowns.",
            "perimeter_specifics": ["One site"],
            "actors": ["reception (team)"],
            "perimeter_maturity": 2,
            "information_flows": text,
            "hours_lost": 4,
            "hot_spot_review": "Confirmed: reception; the crowns spreadsheet is the worst.",
        },
        accept=True,
    )
    question = interview.question("usecase_candidates")
    ideas = question_insight(interview.engine, interview.state, question).splitlines()
    assert ideas[1].startswith(
        "• A two-stage crown handled in Exact, retiring the lead nurse's spreadsheet of the crowns"
    )
    assert any(
        line.startswith("• Recall letters sent to patients by Exact itself") for line in ideas
    )

"""Checks across sections: each rule passes on agreeing answers, fails on disagreeing ones,
and quotes the answers it read; ``data360 check`` scripts them (exit 1 on a failure)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from assistant.models.document import RankedUseCase
from assistant.services.checks import RULES, Answers, check_ids, on_map
from tests.export.builders import full_session, mini_session

ACTORS = ("Bed manager", "Ward nurse in charge", "ADT system", "EHR", "Housekeeping")


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from assistant.services.document import build_document

    return build_document(full_session(tmp_path_factory.mktemp("checks") / "c.db"))


def run(check_id: str, values: dict[str, Any], doc: Any, actors: tuple[str, ...] = ACTORS):
    rule = next(function for i, _, function in RULES if i == check_id)
    return rule(Answers(values, actors), doc)


def test_every_rule_is_listed_once() -> None:
    assert len(check_ids()) == len(set(check_ids())) == 9


def test_name_matching_is_the_maps(document) -> None:
    assert on_map("The ADT systems", ACTORS) == "ADT system"
    assert on_map("EHR expected discharge date", ACTORS) == "EHR"
    assert on_map("Housekeeping cleaning log", ACTORS) == "Housekeeping"
    assert on_map("School holidays", ACTORS) is None


def test_source_on_map(document) -> None:
    ok = run("source-on-map", {"data_sources": ["ADT movements - DIM - available"]}, document)
    assert ok.status == "pass"
    bad = run(
        "source-on-map",
        {"data_sources": ["ADT movements - DIM - available", "Lab results - lab - missing"]},
        document,
    )
    assert bad.status == "fail" and '"Lab results"' in bad.reason
    assert [q.text for q in bad.quotes] == ["Lab results - lab - missing"]
    assert bad.quotes[0].question == "Data sources" and bad.action


def test_persona_on_map(document) -> None:
    values = {"personas": ["Bed manager (primary): allocates beds", "Night site manager: nights"]}
    result = run("persona-on-map", values, document)
    assert result.status == "fail" and "Night site manager" in result.reason
    assert result.quotes[0].text == "Night site manager: nights"
    assert run("persona-on-map", {"personas": ["Bed managers: all"]}, document).status == "pass"


def test_kpi_without_baseline_or_target(document) -> None:
    good = ["Trolley wait at 18:00: 6.5 h -> 4 h by 2027"]
    assert run("kpi-baseline-target", {"kpis": good}, document).status == "pass"
    result = run("kpi-baseline-target", {"kpis": [*good, "Patient satisfaction up"]}, document)
    assert result.status == "fail"
    assert [q.text for q in result.quotes] == ["Patient satisfaction up"]


def test_no_personal_data_while_answers_name_people(document) -> None:
    values = {"personal_data": False, "data_sources": ["Patient records - DIM - available"]}
    result = run("personal-data", values, document)
    assert result.status == "fail" and "patient" in result.reason
    assert any("Patient records" in q.text for q in result.quotes)
    clean = {"personal_data": False, "data_sources": ["Sensor readings - plant - available"]}
    assert run("personal-data", clean, document).status == "pass"
    assert run("personal-data", {"personal_data": True}, document).status == "not_applicable"


def test_no_ml_model_while_tasks_predict(document) -> None:
    values = {
        "ml_model": "No, analytics / rules only",
        "task_types": ["Forecasting / regression", "Descriptive analytics / dashboard"],
    }
    result = run("ml-model", values, document)
    assert result.status == "fail" and "Forecasting / regression" in result.reason
    values["task_types"] = ["Descriptive analytics / dashboard"]
    assert run("ml-model", values, document).status == "pass"


def test_chosen_usecase_scoring_one_needs_a_mitigation(document) -> None:
    weak = RankedUseCase(
        title="Risky",
        desirability=4,
        datability=1,
        feasibility=4,
        viability=4,
        score=3.0,
        rank=1,
        chosen=True,
    )
    doc = document.model_copy(update={"usecases": [weak]})
    result = run("usecase-lens", {"chosen_usecase": "Risky"}, doc)
    assert result.status == "fail" and "datability" in result.reason
    mitigated = {"chosen_usecase": "Risky", "business_risks": ["Data access - ask the DPO first"]}
    passed = run("usecase-lens", mitigated, doc)
    assert passed.status == "pass"
    assert any(q.question_id == "business_risks" for q in passed.quotes)


def test_value_without_cost(document) -> None:
    value = {"value_quantification": "About 1 M EUR a year."}
    result = run("value-cost", value, document)
    assert result.status == "fail" and "not answered" in result.reason
    assert run("value-cost", {**value, "costs": "Build 300 k EUR"}, document).status == "pass"


def test_milestones_without_dates(document) -> None:
    plan = ["March 2027: POC", "MVP in the bed board"]
    result = run("milestone-dates", {"delivery_plan": plan}, document)
    assert result.status == "fail"
    assert [q.text for q in result.quotes] == ["MVP in the bed board"]
    assert run("milestone-dates", {"delivery_plan": plan[:1]}, document).status == "pass"


def test_missing_skills_need_an_action(document) -> None:
    team = ["Data scientist - 100%", "Missing: ML engineer for industrialisation"]
    result = run("skills-action", {"team": team}, document)
    assert result.status == "fail" and "ML engineer" in result.action
    steps = {"team": team, "next_steps": ["Hire an ML engineer - sponsor - March"]}
    assert run("skills-action", steps, document).status == "pass"


def test_cli_check_exits_1_on_a_failure_and_0_when_none_fails(cli, tmp_path: Path) -> None:
    db = Path(os.environ["DATA360_DB"])
    framing = full_session(db)
    result = cli("check", framing.id)
    assert result.code == 1, result.stderr
    assert "FAIL value-cost" not in result.stdout  # the generated answers give a cost
    assert "FAIL " in result.stdout and result.stdout.rstrip().endswith("checks failed.")
    report = cli("check", framing.id, "--json")
    assert report.code == 1
    data = json.loads(report.stdout)
    assert data["failed"] >= 1 and {c["id"] for c in data["checks"]} == set(check_ids())
    failed = [c for c in data["checks"] if c["status"] == "fail"]
    assert all(c["quotes"] and c["reason"] and c["action"] for c in failed)
    # A flow the rules do not apply to (the mini flow): nothing fails.
    mini = mini_session(db, session_id="0" * 31 + "9")
    quiet = cli("check", mini.id)
    assert quiet.code == 0 and quiet.stdout.rstrip().endswith("0 of 9 checks failed.")
    missing = cli("check", "nosuchsession")
    assert missing.code == 1 and missing.stderr.count("\n") == 1 and missing.stdout == ""

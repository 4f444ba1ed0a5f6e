"""TUI fixtures: the real app on a temporary database, a fixed clock, no cursor blink."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.flow.loader import load_flow_file
from assistant.models.flowdef import FlowDefinition
from assistant.services.interview import Interview, InterviewService
from assistant.store.sqlite import SQLiteStore
from assistant.tui.app import Data360App

FIXTURES = Path(__file__).parent / "fixtures"
FLOW_FILE = FIXTURES / "mini_flow.yaml"
NOW = "2026-01-01T00:00:00+00:00"


def clock() -> str:
    return NOW


ANSWERS: dict[str, Any] = {
    "perimeter": "Normandy refinery, maintenance planning",
    "flows": [
        {
            "source": "planner",
            "targets": ["maintenance", "warehouse"],
            "content": "shutdown plan",
            "medium": "email",
            "maturity": "low",
        },
        {
            "source": "maintenance",
            "targets": ["planner"],
            "content": "job status",
            "medium": "phone",
            "maturity": "low",
        },
    ],
    "candidates": [
        {
            "title": "Predictive scheduling",
            "desirability": 4,
            "datability": 3,
            "feasibility": 5,
            "viability": 2,
        },
        {
            "title": "Spare parts forecast",
            "desirability": 3,
            "datability": 4,
            "feasibility": 3,
            "viability": 3,
        },
    ],
    "chosen": "Predictive scheduling",
    "product_name": "PlanRight",
    "vision": "Plans that hold, for every planner of the site",
    "task_types": ["Forecast", "Recommend"],
    "automation": "Advise a person",
    "confidence": 4,
    "personal_data": True,
    "gdpr_basis": "Legitimate interest",
    "volume": 12,
    "remarks": "Work orders since 2019",
    "team": ["Ana (product owner)", "Bob (data scientist)"],
}
ORDER = list(ANSWERS)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times on screen are local: pin the zone so snapshots match everywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def flow() -> FlowDefinition:
    return load_flow_file(FLOW_FILE)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tui.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(db_path)
    # Durability is the store's own tests' business; here an fsync per answer only slows
    # the suite down (WAL still gives the app's reads and writes their real semantics).
    store.conn.execute("PRAGMA synchronous = OFF")
    yield store
    store.close()


@pytest.fixture
def service(store: SQLiteStore) -> InterviewService:
    return InterviewService(store, clock=clock)


AppFactory = Callable[..., Data360App]


@pytest.fixture
def make_app(store: SQLiteStore, flow: FlowDefinition, tmp_path: Path) -> AppFactory:
    """Build the real app as ``run_tui`` does, on the test database."""

    def factory(**overrides: Any) -> Data360App:
        chosen_store = overrides.pop("store", store)
        options: dict[str, Any] = {
            "flow": flow,
            "clock": clock,
            "lock_dir": tmp_path / "locks",
            "export_folder": tmp_path / "exports",
            "drafts_dir": tmp_path / "drafts",
            "cursor_blink": False,
            "db_label": "tui.db",
        }
        options.update(overrides)
        (tmp_path / "locks").mkdir(exist_ok=True)
        return Data360App(chosen_store, **options)

    return factory


def answered_until(
    service: InterviewService,
    flow: FlowDefinition,
    stop: str | None,
    title: str = "Maintenance planning",
    session_id: str = "s1",
) -> Interview:
    """A session answered with ANSWERS up to (not including) question ``stop``."""
    interview = service.start(flow, title, "Normandy refinery", session_id=session_id)
    while (question := interview.current()) is not None and question.id != stop:
        interview.answer(ANSWERS[question.id])
    return interview

"""Extraction time grows linearly with the answer, and an answer is read up to a bound
(issue 12 item 8: 40 KB without punctuation took 28 s). Work is counted, not timed."""

from __future__ import annotations

import pytest

from assistant.extract.heuristics import split_sentences
from assistant.extract.heuristics.sentence import Sentence
from assistant.extract.heuristics.tokens import MAX_SENTENCE_WORDS
from assistant.extract.offline import MAX_ANSWER_CHARS, OfflineExtractor

SAMPLE = (
    "every Monday the planner emails the weekly plan to the shift leads and the shift "
    "leads key the downtime into the MES which feeds the planning tool overnight "
)


def _blob(size: int) -> str:
    return (SAMPLE * (size // len(SAMPLE) + 1))[:size]


def _work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many times the reader looks at a token: a measure of work, not of time."""
    calls = 0
    original = Sentence.low

    def counting(self: Sentence, i: int) -> str:
        nonlocal calls
        calls += 1
        return original(self, i)

    with monkeypatch.context() as patch:
        patch.setattr(Sentence, "low", counting)
        OfflineExtractor().extract(text)
    return calls


def test_work_grows_linearly_without_punctuation(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _work(monkeypatch, _blob(4_000))
    double = _work(monkeypatch, _blob(8_000))
    assert small > 0
    assert double / small < 2.4  # quadratic reading gave > 4


def test_a_run_on_text_is_cut_into_bounded_sentences() -> None:
    parts = split_sentences(_blob(20_000))
    assert len(parts) > 1
    assert all(len(part.split()) <= MAX_SENTENCE_WORDS for part in parts)
    # nothing is lost: the words come back in order
    assert " ".join(parts).split() == _blob(20_000).split()


def test_a_long_sentence_is_cut_before_a_clause_word() -> None:
    words = ("the clerk types the figures " * 40).split()
    text = " ".join(words[:60]) + " and then emails them to the manager"
    parts = split_sentences(text)
    assert all(len(part.split()) <= MAX_SENTENCE_WORDS for part in parts)
    assert any(part.startswith(("and", "then")) for part in parts[1:])


def test_an_answer_past_the_bound_is_read_up_to_it_with_a_warning() -> None:
    text = "The planner emails the plan to the shift leads. " * (MAX_ANSWER_CHARS // 40)
    out = OfflineExtractor().extract(text)
    assert len(text) > MAX_ANSWER_CHARS
    assert any("first" in warning and "characters" in warning for warning in out.warnings)
    assert [(f.source, f.targets) for f in out.flows] == [("planner", ["shift leads"])]


def test_a_short_answer_has_no_bound_warning() -> None:
    out = OfflineExtractor().extract("The planner emails the plan to the shift leads.")
    assert not any("characters" in warning for warning in out.warnings)

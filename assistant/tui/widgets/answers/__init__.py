"""One answer input per question kind, and the factory that picks it."""

from __future__ import annotations

from typing import Any

from assistant.models.flowdef import Question, QuestionKind
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.answers.buttons import ScaleAnswer, YesNoAnswer
from assistant.tui.widgets.answers.choice import ChoiceAnswer, MultiAnswer
from assistant.tui.widgets.answers.flows import InfoFlowsAnswer
from assistant.tui.widgets.answers.text import LineAnswer, ParagraphAnswer
from assistant.tui.widgets.answers.usecases import UseCasesAnswer


def input_for(
    question: Question,
    choices: list[str] | None = None,
    value: Any = None,
    *,
    id: str | None = None,
) -> AnswerInput:
    """The input that fits the question's kind, prefilled with ``value`` if given."""
    kind = question.kind
    if kind is QuestionKind.text:
        cls: type[AnswerInput] = ParagraphAnswer if question.multiline else LineAnswer
    elif kind is QuestionKind.number:
        cls = LineAnswer
    elif kind is QuestionKind.list:
        cls = ParagraphAnswer
    elif kind is QuestionKind.choice:
        cls = ChoiceAnswer
    elif kind is QuestionKind.multi:
        cls = MultiAnswer
    elif kind is QuestionKind.scale:
        cls = ScaleAnswer
    elif kind is QuestionKind.yesno:
        cls = YesNoAnswer
    elif kind is QuestionKind.flows:
        cls = InfoFlowsAnswer
    else:
        cls = UseCasesAnswer
    return cls(question, choices, value, id=id)


__all__ = [
    "AnswerInput",
    "ChoiceAnswer",
    "InfoFlowsAnswer",
    "LineAnswer",
    "MultiAnswer",
    "ParagraphAnswer",
    "ScaleAnswer",
    "UseCasesAnswer",
    "YesNoAnswer",
    "input_for",
]

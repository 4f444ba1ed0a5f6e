"""Information flows: a chat input first, a small form one key away, the flows so far.

In a chat-style assistant the chat input comes first (issue 16): the focus lands in a
text box that takes a paragraph in plain words, notation lines, or both. Sending free
text opens the extraction review (the interview screen does that); pure notation is
answered at once. The form (ctrl+f) is for someone who prefers to fill fields one flow
at a time. Everything ends up in one answer: form flows as objects, text as it was
typed, validated by the engine.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Button, DataTable, Input, Label, Select

from assistant.extract.notation import format_unfinished
from assistant.models.infoflow import InformationFlow, maturity_label
from assistant.tui.browser_keys import keys_in_force
from assistant.tui.text import one_line
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.safe_input import SafeInput, real

NOTATION_HELP = "source -> target1, target2: content [medium] (low|medium|high) @frequency !pain"
FORM_KEY = "ctrl+f"
CHAT_PLACEHOLDER = (
    "ctrl+f: a form · or here, who sends what to whom: plain words, or notation lines"
    " (source -> target: content [medium] (low|medium|high))"
)
_COLUMNS = ("Source", "Targets", "Content", "Medium", "Maturity", "Frequency", "Pain points")


class InfoFlowsAnswer(AnswerInput):
    """A flows answer: form rows added to a table, plus free notation lines."""

    hint = "plain words or notation · enter new line · ctrl+j send · ctrl+f form"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+j,alt+enter",
            "send",
            "Send",
            id="flows.send",
            key_display="^j",
            tooltip="Send your text (and the flows added with the form)",
        ),
        Binding(
            FORM_KEY,
            "toggle_form",
            "Form",
            id="flows.form",
            tooltip="Show or hide a form that adds one flow at a time",
        ),
    ]

    DEFAULT_CSS = """
    InfoFlowsAnswer .flow-form {
        layout: grid;
        grid-size: 4;
        grid-columns: 9 1fr 9 1fr;
        grid-rows: 1;
        grid-gutter: 0 1;
        height: auto;
    }
    InfoFlowsAnswer .flow-form Label { color: $text-muted; }
    InfoFlowsAnswer .flow-form Input, InfoFlowsAnswer .flow-form Select { width: 1fr; }
    InfoFlowsAnswer .flow-form Button { width: auto; min-width: 10; }
    InfoFlowsAnswer #flow-table { height: auto; max-height: 6; margin-top: 1; }
    InfoFlowsAnswer #flow-notation { min-height: 3; max-height: 6; }
    InfoFlowsAnswer .flow-error { color: $error; height: auto; display: none; }
    InfoFlowsAnswer .flow-error.-shown { display: block; }
    InfoFlowsAnswer .flow-form.-hidden { display: none; }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        value = self.value
        items = value if isinstance(value, list) else []
        self.flows: list[dict[str, Any]] = [dict(item) for item in items if isinstance(item, dict)]
        if isinstance(value, str):
            self.text = value
        else:
            self.text = "\n".join(item for item in items if isinstance(item, str))

    def compose(self) -> ComposeResult:
        placeholder = keys_in_force(self.app, CHAT_PLACEHOLDER)
        yield PromptInput(self.text, placeholder=placeholder, id="flow-notation")
        table: DataTable[Text] = DataTable(id="flow-table", cursor_type="row", zebra_stripes=True)
        table.tooltip = "delete removes the highlighted flow"
        yield table
        with Grid(classes="flow-form -hidden"):
            yield Label("Source")
            yield SafeInput(placeholder="who or what sends", id="flow-source", compact=True)
            yield Label("Targets")
            yield SafeInput(
                placeholder="who receives, comma-separated", id="flow-targets", compact=True
            )
            yield Label("Content")
            yield SafeInput(placeholder="what is exchanged", id="flow-content", compact=True)
            yield Label("Medium")
            yield SafeInput(placeholder="email, Excel, ERP…", id="flow-medium", compact=True)
            yield Label("Often")
            yield SafeInput(placeholder="daily, weekly…", id="flow-frequency", compact=True)
            yield Label("Maturity")
            yield Select(
                [("low", "low"), ("medium", "medium"), ("high", "high")],
                value="medium",
                allow_blank=False,
                id="flow-maturity",
                compact=True,
            )
            yield Label("Pain")
            yield SafeInput(placeholder="pain points, separated by ;", id="flow-pain", compact=True)
            yield Label("")
            yield Button("Add flow", id="flow-add", compact=True, variant="primary")
        yield Label("", classes="flow-error", markup=False)

    def on_mount(self) -> None:
        follow_app_blink(self)
        table = self.query_one(DataTable)
        table.add_columns(*_COLUMNS)
        self._refresh_table()
        area = self.query_one(PromptInput)
        area.move_cursor(area.document.end)

    @property
    def form_shown(self) -> bool:
        return not self.query_one(".flow-form").has_class("-hidden")

    def action_toggle_form(self) -> None:
        """ctrl+f: the form for one flow at a time, or back to the text."""
        shown = not self.form_shown
        self.query_one(".flow-form").set_class(not shown, "-hidden")
        if shown:
            self.query_one("#flow-source", Input).focus()
        else:
            self.query_one(PromptInput).focus()

    def _refresh_table(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for flow in self.flows:
            table.add_row(
                *[
                    Text(one_line(cell, 40))
                    for cell in (
                        flow.get("source", ""),
                        ", ".join(flow.get("targets", [])),
                        flow.get("content", ""),
                        flow.get("medium", ""),
                        maturity_label(flow.get("maturity", "medium")),
                        flow.get("frequency", ""),
                        "; ".join(flow.get("pain_points", []) or []),
                    )
                ]
            )
        table.display = bool(self.flows)

    def _form_flow(self) -> dict[str, Any]:
        def value(name: str) -> str:
            return real(self.query_one(f"#flow-{name}", Input).value).strip()

        return {
            "source": value("source"),
            "targets": [t.strip() for t in value("targets").split(",") if t.strip()],
            "content": value("content"),
            "medium": value("medium"),
            "frequency": value("frequency"),
            "maturity": str(self.query_one("#flow-maturity", Select).value),
            "pain_points": [p.strip() for p in value("pain").split(";") if p.strip()],
        }

    def _form_error(self, message: str) -> None:
        label = self.query_one(".flow-error", Label)
        label.update(message)
        label.set_class(bool(message), "-shown")

    @on(Button.Pressed, "#flow-add")
    @on(Input.Submitted, ".flow-form Input")
    def add_flow(self, event: Button.Pressed | Input.Submitted | None = None) -> None:
        """Validate the form as one flow and add it to the table."""
        if event is not None:
            event.stop()
        try:
            flow = InformationFlow.model_validate(self._form_flow())
        except ValidationError as error:
            self._form_error(_form_message(error))
            return
        self.flows.append(flow.model_dump(mode="json"))
        for name in ("source", "targets", "content", "medium", "frequency", "pain"):
            self.query_one(f"#flow-{name}", Input).value = ""
        self._form_error("")
        self._refresh_table()
        self.query_one("#flow-source", Input).focus()

    def on_key(self, event: Any) -> None:
        table = self.query_one(DataTable)
        if event.key in ("delete", "backspace") and table.has_focus and self.flows:
            event.stop()
            index = table.cursor_row
            if 0 <= index < len(self.flows):
                del self.flows[index]
                self._refresh_table()

    def submit(self) -> None:
        """A flow typed in the form but not added yet is added first (or its error shown)."""
        if self.query_one("#flow-source", Input).value.strip():
            count = len(self.flows)
            self.add_flow()
            if len(self.flows) == count:
                return
        super().submit()

    def raw(self) -> Any:
        """The text alone; with form flows, those flows then the text's lines."""
        if not self.flows:
            return self.query_one("#flow-notation", PromptInput).value
        return [*self.flows, *self._notation_lines()]

    def _notation_lines(self) -> list[str]:
        """The chat input's lines that say something (no blank lines, no # comments)."""
        notation = self.query_one("#flow-notation", PromptInput).value
        return [
            line
            for line in notation.splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]

    def draft(self) -> Any:
        """The answer so far and a flow typed in the form but not added yet (a form left
        filled was lost on ctrl+q): a whole flow as sending would add it, half a flow as a
        notation line in the chat box, for the user to finish."""
        fields = self._form_flow()
        if not any(value for name, value in fields.items() if name != "maturity"):
            return self.raw()
        try:
            pending = InformationFlow.model_validate(fields).model_dump(mode="json")
        except ValidationError:
            unfinished = format_unfinished(fields)
            kept = self.raw()
            if isinstance(kept, list):
                return [*kept, unfinished]
            text = kept.rstrip("\n")
            return f"{text}\n{unfinished}" if text.strip() else unfinished
        return [*self.flows, pending, *self._notation_lines()]

    def focus_input(self) -> None:
        """The chat input (the form's first field when the form is open)."""
        if self.form_shown:
            self.query_one("#flow-source", Input).focus()
        else:
            self.query_one(PromptInput).focus()

    @on(PromptInput.Submitted)
    def _send_notation(self, event: PromptInput.Submitted) -> None:
        event.stop()
        self.submit()

    def action_send(self) -> None:
        self.submit()


_FIELD_HINTS = {
    "source": "give the source: who or what sends the information",
    "targets": "give at least one target: who receives it (comma-separated)",
}


def _form_message(error: ValidationError) -> str:
    """The first problem of the form, in words a first-time user understands."""
    first = error.errors()[0]
    field = str(first.get("loc", ("",))[0])
    if field in _FIELD_HINTS:
        return _FIELD_HINTS[field]
    message = str(first.get("msg", "invalid value"))
    return f"{field}: {message}" if field else message

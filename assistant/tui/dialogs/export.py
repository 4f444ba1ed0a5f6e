"""The export dialog: pick a format and a path, write in a worker, show where it went."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, LoadingIndicator, Select
from textual.worker import get_current_worker

from assistant.errors import UserError
from assistant.services.interview import Interview
from assistant.tui.messages import ExportFailed, ExportTargetExists, ExportWritten
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.safe_input import SafeInput, real

LABELS = {
    "markdown": "Markdown framing document",
    "json": "JSON (complete, re-importable)",
    "html": "HTML framing document",
    "docx": "Word framing document",
    "pdf": "PDF framing document (A4)",
    "graphml": "GraphML flow graph",
    "mermaid": "Mermaid flow diagram",
    "model": "Flow model (JSON)",
}


def formats() -> dict[str, str]:
    """Format → file suffix, as the export package offers them."""
    from assistant.export import FORMATS, SUFFIXES

    return {fmt: SUFFIXES.get(fmt, f".{fmt}") for fmt in FORMATS}


def with_suffix(path: str, suffix: str) -> str:
    """``path`` with its export suffix (any known one) replaced by ``suffix``."""
    for known in sorted(formats().values(), key=len, reverse=True):
        if path.endswith(known):
            return path[: -len(known)] + suffix
    return str(Path(path).with_suffix(suffix)) if Path(path).suffix else path + suffix


def default_export_path(title: str, suffix: str, folder: Path | None = None) -> Path:
    """``<folder>/<slug-of-title><suffix>``; the folder defaults to ``default_export_dir``
    (documents/data360, or ``DATA360_EXPORT_DIR``), not the process's working directory."""
    from assistant.config import default_export_dir

    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60] or "framing"
    return (folder or default_export_dir()) / f"{slug}{suffix}"


class ExportDialog(ModalScreen[Path | None]):
    """Returns the path written, or None when closed without exporting."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close", id="export.close")]

    DEFAULT_CSS = """
    ExportDialog #export-result { width: 100%; height: auto; }
    """

    def __init__(
        self, interview: Interview, fmt: str = "markdown", folder: Path | None = None
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.interview = interview
        self.formats = formats()
        self.fmt = fmt if fmt in self.formats else "markdown"
        self.folder = folder
        self.written: Path | None = None
        # The path the user was told already exists: pressing Export again overwrites it.
        self.confirm_overwrite: str | None = None

    def compose(self) -> ComposeResult:
        suffix = self.formats[self.fmt]
        with Vertical(classes="dialog") as dialog:
            dialog.border_title = "Export the framing"
            completeness = self.interview.summary().completeness
            yield Label(
                f"{self.interview.title[:60]} — {completeness.percent}% of the required"
                f" questions answered",
                classes="dialog-message",
                markup=False,
            )
            yield Label("Format", classes="field-label")
            yield Select(
                [(LABELS.get(fmt, fmt), fmt) for fmt in self.formats],
                value=self.fmt,
                allow_blank=False,
                id="format",
            )
            yield Label(
                "Write to (enter exports; a missing folder is created)", classes="field-label"
            )
            yield SafeInput(
                str(default_export_path(self.interview.title, suffix, self.folder)), id="path"
            )
            yield LoadingIndicator(id="exporting")
            yield Label("", id="export-result", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="export", variant="primary", compact=True)
                yield Button("Close", id="close", compact=True)

    def on_mount(self) -> None:
        self.query_one("#exporting").display = False
        field = self.query_one("#path", Input)
        follow_app_blink(self)
        field.focus()  # type a path at once; enter exports, tab goes to Export

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        self.fmt = str(event.value)
        field = self.query_one("#path", Input)
        field.value = with_suffix(field.value or "framing", self.formats[self.fmt])
        if self.query_one("#format", Select).has_focus:
            field.focus()  # the next enter exports

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#export")
    def start_export(self) -> None:
        path = real(self.query_one("#path", Input).value).strip()
        if not path:
            self._result("Give a file path to write to.", error=True)
            return
        force, self.confirm_overwrite = path == self.confirm_overwrite, None
        self.query_one("#exporting").display = True
        self.query_one("#export", Button).disabled = True
        self._result("Writing…")
        self._export(self.fmt, path, force)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, fmt: str, path: str, force: bool = False) -> None:
        """Rendering can take a while on a big session: off the UI thread."""
        from assistant.export import write_export
        from assistant.outfiles import OutputExistsError

        worker = get_current_worker()
        try:
            written = write_export(self.interview, fmt, path, force=force)
        except OutputExistsError:
            message: Message = ExportTargetExists(path)
        except UserError as error:
            message = ExportFailed(str(error))
        except Exception as error:  # a bug in an exporter must not take the app down
            message = ExportFailed(f"export failed: {error!r}")
        else:
            message = ExportWritten(written)
        if not worker.is_cancelled:
            self.post_message(message)

    def on_export_failed(self, event: ExportFailed) -> None:
        event.stop()
        self._done(None, event.message)

    def on_export_target_exists(self, event: ExportTargetExists) -> None:
        event.stop()
        self._exists(event.path)

    def on_export_written(self, event: ExportWritten) -> None:
        event.stop()
        self._done(event.path, None)

    def _exists(self, path: str) -> None:
        """Ask before replacing a file: the second press of Export on the same path does."""
        self.confirm_overwrite = path
        self.query_one("#exporting").display = False
        self.query_one("#export", Button).disabled = False
        self._result(f"{path} already exists. Press Export again to overwrite it.", error=True)
        self.query_one("#export", Button).focus()

    def _done(self, written: Path | None, error: str | None) -> None:
        self.query_one("#exporting").display = False
        self.query_one("#export", Button).disabled = False
        if written is None:
            self._result(error or "export failed", error=True)
            return
        self.written = written
        full = written.resolve()
        self._result(f"Written to {full}")
        self.query_one("#close", Button).focus()
        self.notify(f"Exported to {full}", title="Export")

    def _result(self, text: str, *, error: bool = False) -> None:
        label = self.query_one("#export-result", Label)
        label.update(text)
        label.set_class(error, "-error")

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        """Close; when nothing was written, say so (a closed dialog is no export)."""
        if self.written is None:
            self.notify("Nothing exported.", title="Export", severity="warning")
        self.dismiss(self.written)

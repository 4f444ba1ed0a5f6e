"""A list of options to tick that reads without colour and keeps each mark on its option."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

CURSOR = "›"
CHECKED = "[x]"
UNCHECKED = "[ ]"
_GUTTER = len(f"{CURSOR} {CHECKED} ")


class CheckList(SelectionList[SelectionType]):
    """Textual's SelectionList, with marks a person can read on any terminal.

    The stock list draws the same ``▐X▌`` whether an option is ticked or not (only the colour
    differs, which a monochrome terminal, a screen reader or a pasted screen loses) and shows
    the cursor by colour alone. It also takes screen lines for options: once a long label
    wraps, every mark below it shows (and a click on it toggles) the option of another row.
    Here a ticked option reads ``[x]``, an unticked one ``[ ]``, the cursor row starts with
    ``›``, and the mark sits on the first line of its own option only, so a long label can
    wrap instead of being cut to an ellipsis (a flow's medium and maturity come last).
    """

    DEFAULT_CSS = """
    CheckList { text-wrap: wrap; text-overflow: fold; }
    """

    def add_options(self, items):  # type: ignore[no-untyped-def]
        """Options added after the list was shown: the cursor goes on the first, so the
        arrow keys and space work at once and ``›`` shows where they act."""
        result = super().add_options(items)
        if self.highlighted is None and self.option_count:
            self.highlighted = 0
        return result

    def _get_left_gutter_width(self) -> int:
        return _GUTTER

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)
        try:
            index, line_of_option = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, OptionDoesNotExist):
            return line
        underlying = next(iter(line)).style or self.rich_style
        meta = Style(meta={"option": index})
        if line_of_option:
            return Strip([Segment(" " * _GUTTER, underlying + meta), *line])
        ticked = selection.value in self._selected
        here = self.highlighted == index
        component = "selection-list--button" + ("-selected" if ticked else "")
        component += "-highlighted" if here else ""
        mark_style = self.get_component_rich_style(component) + meta
        return Strip(
            [
                Segment(f"{CURSOR if here else ' '} ", underlying + meta),
                Segment(CHECKED if ticked else UNCHECKED, mark_style),
                Segment(" ", underlying + meta),
                *line,
            ]
        )

"""The workshop pack as Markdown, HTML (self-contained, printable) and DOCX.

Templates for the text formats (Jinja2: Markdown with the export's escaping filters, HTML
with autoescape on); python-docx for Word. A facilitator's flow file is user text like any
answer, so it is escaped the same way.
"""

from __future__ import annotations

import io
import os
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from assistant import __version__
from assistant.errors import UserError
from assistant.text.escape import md_cell, md_inline, printable
from assistant.workshop import pack as p
from assistant.workshop.csvflows import HELP as CSV_HELP
from assistant.workshop.pack import WorkshopPack

FORMATS = ("markdown", "html", "docx")
FILE_NAMES = {
    "markdown": "workshop-pack.md",
    "html": "workshop-pack.html",
    "docx": "workshop-pack.docx",
}


def _quote(text: str) -> str:
    """A Markdown block quote of user text, line breaks kept, markup escaped."""
    lines = printable(text).replace("\r\n", "\n").split("\n")
    return "\n".join(f"> {md_inline(line)}" if line.strip() else ">" for line in lines)


def _finalize(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


@cache
def _environment(kind: str) -> Environment:
    env = Environment(
        loader=PackageLoader("assistant.workshop", "templates"),
        autoescape=kind == "html",
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize if kind == "html" else None,
    )
    env.filters.update(inline=md_inline, cell=md_cell, quote=_quote)
    env.globals.update(duration=p.duration, ruled=_ruled)
    return env


def _ruled(lines: int) -> str:
    """Dotted lines to write on by hand (Markdown), one paragraph each."""
    return "\n\n".join(["." * 72] * lines)


def timing_note(pack: WorkshopPack) -> str:
    """How the timings were made, in the facilitator's words."""
    how = (
        f"Timings are fitted to {p.duration(pack.total_minutes)} from {pack.starts_at}: each"
        " section keeps its share of the suggested time"
        if pack.fitted
        else "Timings are suggestions"
    )
    return (
        f"{how} (from the kind of each question: mapping flows ~30 min, scoring use cases"
        f" ~25 min, a short text ~4 min) plus {p.SECTION_WRAP_UP} minutes per section to read"
        " the answers back and ask the group whether they are right; breaks every"
        f" {p.BREAK_EVERY} minutes at most."
    )


def _context(pack: WorkshopPack) -> dict[str, Any]:
    return {
        "pack": pack,
        "agenda": pack.agenda,
        "timing_note": timing_note(pack),
        "line_cm": p.NOTE_LINE_CM,
        "objectives": p.OBJECTIVES,
        "materials": p.MATERIALS,
        "participant_columns": p.PARTICIPANT_COLUMNS,
        "blank_participant_rows": p.BLANK_PARTICIPANT_ROWS,
        "parking_columns": p.PARKING_COLUMNS,
        "blank_parking_rows": p.BLANK_PARKING_ROWS,
        "notation_parts": p.NOTATION_PARTS,
        "notation_examples": p.NOTATION_EXAMPLES,
        "flow_columns": p.FLOW_COLUMNS,
        "csv_help": CSV_HELP,
        "blank_flow_rows": p.BLANK_FLOW_ROWS,
        "hotspot_rule": p.HOTSPOT_RULE,
        "hotspot_columns": p.HOTSPOT_COLUMNS,
        "blank_hotspot_rows": p.BLANK_HOTSPOT_ROWS,
        "lenses": p.LENSES,
        "blank_usecase_rows": p.BLANK_USECASE_ROWS,
        "generator": f"data360 {__version__}",
    }


def render_markdown(pack: WorkshopPack) -> str:
    text = _environment("markdown").get_template("pack.md.j2").render(**_context(pack))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def render_html(pack: WorkshopPack) -> str:
    return _environment("html").get_template("pack.html.j2").render(**_context(pack))


def render_docx(pack: WorkshopPack) -> bytes:
    try:
        from docx import Document
        from docx.enum.section import WD_ORIENT
        from docx.enum.table import WD_ROW_HEIGHT_RULE
        from docx.enum.text import WD_BREAK
        from docx.shared import Cm
    except ImportError:
        raise UserError(
            "the DOCX pack needs python-docx: pip install 'data360[docx]'", exit_code=2
        ) from None

    word = Document()
    _, width_cm, height_cm = p.PAPERS[pack.paper]
    first = word.sections[0]  # python-docx's template is US Letter: set the pack's paper
    first.page_width, first.page_height = Cm(width_cm), Cm(height_cm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(first, side, Cm(1.8))
    word.core_properties.title = printable(f"Workshop pack — {pack.title}")[:255]
    word.core_properties.author = "data360"
    word.core_properties.comments = f"Question flow {pack.flow_id} {pack.flow_version}"

    def para(text: str, style: str | None = None, *, bold: bool = False, italic: bool = False):
        paragraph = word.add_paragraph(style=style)
        lines = printable(text).split("\n")
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold = bold or None
            run.italic = italic or None
            if i < len(lines) - 1:
                run.add_break()
        return paragraph

    def table(header: list[str], rows: list[list[str]], blank_height: float | None = None):
        grid = word.add_table(rows=1, cols=len(header))
        grid.style = "Table Grid"
        for cell, title in zip(grid.rows[0].cells, header, strict=True):
            cell.text = printable(title)
            cell.paragraphs[0].runs[0].bold = True
        for values in rows:
            row = grid.add_row()
            if blank_height:
                row.height = Cm(blank_height)
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = printable(value)
        word.add_paragraph()

    def note_area(lines: int) -> None:
        """A framed box as tall as ``lines`` handwritten lines."""
        box = word.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        row = box.rows[0]
        row.height = Cm(lines * p.NOTE_LINE_CM)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        run = row.cells[0].paragraphs[0].add_run("Notes")
        run.italic = True
        word.add_paragraph()

    def page_break() -> None:
        word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    word.add_heading(printable(f"Workshop pack — {pack.title}"), level=0)
    para(
        f"Facilitator's guide for the Data 360 framing workshop. Question flow {pack.flow_id}"
        f" version {pack.flow_version}: {pack.question_count} questions,"
        f" {pack.starts_at}–{pack.ends_at} ({p.duration(pack.total_minutes)}).",
        italic=True,
    )
    if pack.description:
        para(pack.description)
    word.add_heading("Agenda", level=1)
    table(
        ["Starts", "Duration", "Part"],
        [[i.starts_at, p.duration(i.minutes) if i.minutes else "", i.title] for i in pack.agenda],
    )
    para(timing_note(pack), italic=True)
    page_break()
    word.add_heading("Objectives, participants and materials", level=1)
    word.add_heading("Objectives", level=2)
    for line in p.OBJECTIVES:
        para(line, "List Bullet")
    para("The sponsor's objective for this session:", bold=True)
    note_area(2)
    word.add_heading("Participants", level=2)
    table(
        list(p.PARTICIPANT_COLUMNS),
        [[""] * len(p.PARTICIPANT_COLUMNS) for _ in range(p.BLANK_PARTICIPANT_ROWS)],
        blank_height=0.9,
    )
    word.add_heading("Materials", level=2)
    for line in p.MATERIALS:
        para(f"☐ {line}")
    for index, section in enumerate(pack.sections, start=1):
        page_break()
        word.add_heading(
            printable(
                f"{index}. {section.title} ({p.duration(section.minutes)},"
                f" from {section.starts_at})"
            ),
            level=1,
        )
        if section.intro:
            para(section.intro, italic=True)
        for number, q in enumerate(section.questions, start=1):
            word.add_heading(printable(f"{number}. {q.prompt}"), level=2)
            facts = f"{q.id} · {q.kind} · {'required' if q.required else 'optional'}"
            facts += f" · ~{q.minutes} min"
            if q.condition:
                facts += f" · asked only when {q.condition}"
            para(facts, "Caption")
            if q.choices:
                para("Choices: " + ", ".join(q.choices))
            if q.help:
                paragraph = para("")
                paragraph.add_run("Why we ask: ").bold = True
                paragraph.add_run(printable(q.help))
            if q.example:
                para("Example answer:", bold=True)
                para(q.example, "Quote")
            note_area(q.note_lines)
    if pack.has_flows:
        page_break()
        word.add_heading("Flow notation and flow-mapping sheet", level=1)
        para("One information flow per line; everything after the first target is optional:")
        table(["Part", "Meaning"], [list(x) for x in p.NOTATION_PARTS])
        for line in p.NOTATION_EXAMPLES:
            para(line, "No Spacing")
        para(
            "Fill one row per flow on the wall. The columns are the CSV layout of"
            f" data360 import-flows SESSION FILE.csv: {CSV_HELP}."
        )
        sheet = word.sections[-1]
        new = word.add_section()
        new.orientation = WD_ORIENT.LANDSCAPE
        new.page_width, new.page_height = sheet.page_height, sheet.page_width
        word.add_heading("Flow-mapping sheet", level=2)
        table(
            ["#", *p.FLOW_COLUMNS],
            [[str(n)] + [""] * len(p.FLOW_COLUMNS) for n in range(1, p.BLANK_FLOW_ROWS + 1)],
            blank_height=0.9,
        )
    page_break()
    word.add_heading("Scoring grids", level=1)
    word.add_heading("Hot spots", level=2)
    para(p.HOTSPOT_RULE)
    table(
        list(p.HOTSPOT_COLUMNS),
        [[""] * len(p.HOTSPOT_COLUMNS) for _ in range(p.BLANK_HOTSPOT_ROWS)],
        blank_height=0.9,
    )
    word.add_heading("Use cases", level=2)
    para(
        "Score each candidate from 1 (poor) to 5 (excellent) on each lens; any lens at 1"
        " blocks the candidate whatever its total."
    )
    for lens, meaning in p.LENSES:
        paragraph = para("", "List Bullet")
        paragraph.add_run(f"{lens}: ").bold = True
        paragraph.add_run(meaning)
    header = ["Use case", "From hot spot", *(lens for lens, _ in p.LENSES), "Total", "Chosen?"]
    table(header, [[""] * len(header) for _ in range(p.BLANK_USECASE_ROWS)], blank_height=1.2)
    page_break()
    word.add_heading("Parking lot", level=1)
    para(
        "Questions and topics raised that do not belong to the moment: write them here, go"
        " on, and sort them at the close (owner and follow-up)."
    )
    table(
        list(p.PARKING_COLUMNS),
        [[""] * len(p.PARKING_COLUMNS) for _ in range(p.BLANK_PARKING_ROWS)],
        blank_height=1.6,
    )
    para(f"Generated by data360 {__version__}.", italic=True)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def write_pack(
    pack: WorkshopPack, directory: str | os.PathLike[str], *, force: bool = False
) -> dict[str, Path]:
    """Write the pack in every format into ``directory``; returns the files by format.

    Files already there are replaced only with ``force``, and the check covers the whole
    pack before anything is written, so a refusal never leaves half a pack.
    """
    from assistant.outfiles import refuse_existing, write_output

    target = Path(directory).expanduser()
    paths = {fmt: target / name for fmt, name in FILE_NAMES.items()}
    if target.exists() and not target.is_dir():
        raise UserError(f"{target} is not a directory; give a folder for the pack")
    if not force:
        refuse_existing(list(paths.values()))
    contents: dict[str, bytes] = {
        "markdown": render_markdown(pack).encode("utf-8"),
        "html": render_html(pack).encode("utf-8"),
        "docx": render_docx(pack),
    }
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot write the pack into {target}: {error.strerror or error}") from None
    return {fmt: write_output(paths[fmt], data, force=force) for fmt, data in contents.items()}

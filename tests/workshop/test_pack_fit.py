"""Issue 17 item 5: a workshop pack that fits the workshop it is printed for.

Driven from the CLI: the agenda is scaled to ``--start``/``--duration``/``--sections`` and
its times add up; note areas are big enough to write in; a page for objectives,
participants and materials and one for the parking lot; a volume column on the flow sheet;
A4 in every format unless ``--paper letter``.
"""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest

from assistant.workshop import pack as p

A4_CM, LETTER_CM = (21.0, 29.7), (21.59, 27.94)


def make_pack(cli, tmp_path: Path, *args: str, name: str = "pack") -> dict[str, Path]:
    result = cli("workshop-pack", "-o", str(tmp_path / name), *args)
    assert result.code == 0, result.stderr
    return {Path(line).suffix: Path(line) for line in result.stdout.split()}


def agenda_rows(markdown: str) -> list[tuple[int, int, str]]:
    """(start minute, length, title) of each row of the Markdown agenda."""
    section = markdown.split("## Agenda", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        found = re.match(r"^\| (\d\d):(\d\d) \| ([^|]*) \| (.*) \|$", line)
        if found:
            hours, minutes, length, title = found.groups()
            rows.append((int(hours) * 60 + int(minutes), _minutes(length.strip()), title))
    return rows


def _minutes(text: str) -> int:
    if not text:
        return 0
    found = re.fullmatch(r"(?:(\d+) h)? ?(?:(\d+) min)?", text)
    assert found, text
    return int(found.group(1) or 0) * 60 + int(found.group(2) or 0)


def docx(path: Path):
    import docx as python_docx

    return python_docx.Document(io.BytesIO(path.read_bytes()))


def test_an_afternoon_of_two_sections_fits_its_three_hours(cli, tmp_path: Path) -> None:
    args = ("--start", "13:30", "--duration", "3h", "--sections", "ideation,business")
    result = cli("workshop-pack", "-o", str(tmp_path / "pack"), *args)
    assert result.code == 0, result.stderr
    assert "13:30–16:30 (3 h)" in result.stderr
    files = {Path(line).suffix: Path(line) for line in result.stdout.split()}
    markdown = files[".md"].read_text()
    rows = agenda_rows(markdown)
    assert rows[0][0] == 13 * 60 + 30 and rows[-1] == (16 * 60 + 30, 0, "End")
    for (start, length, _), (next_start, _, _) in itertools.pairwise(rows):
        assert start + length == next_start  # the times add up
    titles = [title for _, _, title in rows]
    assert any(t.startswith("Ideation") for t in titles) and any(
        t.startswith("Business") for t in titles
    )
    assert not any(t.startswith(("Product", "Data ", "Build")) for t in titles)
    assert "`product_vision`" not in markdown and "`perimeter`" in markdown
    assert "Timings are fitted to 3 h from 13:30" in markdown
    # the DOCX and the HTML carry the same agenda
    html = files[".html"].read_text()
    assert "13:30–16:30" in html and "<td>16:30</td>" in html
    word = docx(files[".docx"])
    agenda = word.tables[0]
    assert [row.cells[0].text for row in agenda.rows][1] == "13:30"
    assert agenda.rows[-1].cells[0].text == "16:30"


@pytest.mark.parametrize(
    ("start", "minutes", "sections"),
    [
        (9 * 60, 90, ["ideation"]),
        (9 * 60, 120, ["ideation", "business"]),
        (13 * 60 + 30, 180, ["ideation", "business"]),
        (8 * 60, 300, None),
        (9 * 60, 7 * 60, None),
        (9 * 60, 10 * 60, None),
        (14 * 60, 4 * 60 + 35, ["product", "data", "build"]),
    ],
)
def test_fitted_agendas_add_up_and_end_on_time(start, minutes, sections) -> None:
    from assistant.flow.loader import active_flow

    pack = p.build_pack(active_flow(), start=start, minutes=minutes, sections=sections)
    assert pack.total_minutes == minutes and pack.ends_at == p.clock(start + minutes)
    clock = start
    for item in pack.agenda:
        assert item.starts_at == p.clock(clock)
        clock += item.minutes
    assert clock == start + minutes
    for section in pack.sections:
        floor = 5 * -(-(p.SECTION_WRAP_UP + len(section.questions)) // 5)
        assert section.minutes >= floor
    lunches = [i for i in pack.agenda if i.title == "Lunch"]
    assert len(lunches) <= 1 and (not lunches or minutes >= p.LUNCH_FOR)


def test_without_a_duration_the_suggested_day_adds_up() -> None:
    from assistant.flow.loader import active_flow

    pack = p.build_pack(active_flow())
    assert sum(item.minutes for item in pack.agenda) == pack.total_minutes
    anchors = [i.anchor for i in pack.agenda if i.anchor]
    assert anchors == ["workshop-sheet", *(s.id for s in pack.sections), "parking-lot"]
    assert all(s.minutes % 5 == 0 and s.minutes > 0 for s in pack.sections)


def test_a_duration_too_short_says_what_is_needed_and_writes_nothing(cli, tmp_path) -> None:
    result = cli("workshop-pack", "-o", str(tmp_path / "pack"), "--duration", "1h")
    assert result.code == 1
    assert "too short" in result.stderr and "at least 2 h 25 min" in result.stderr
    assert "fewer --sections" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "pack").exists()
    # the minimum it names is enough
    assert cli("workshop-pack", "-o", str(tmp_path / "ok"), "--duration", "2h25").code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--start", "25:00"), "--start '25:00': expected a time of day"),
        (("--duration", "soon"), "--duration 'soon': expected a length such as 3h"),
        (("--duration", "0h"), "the workshop needs some time"),
        (("--sections", "ideation,foo"), "no section 'foo' in flow 'data360'; its sections are"),
        (("--start", "22:00", "--duration", "3h"), "would end after midnight"),
        (("--paper", "legal"), "'legal' is not one of 'a4', 'letter'"),
    ],
)
def test_bad_options_are_one_line_errors(cli, tmp_path, args, message) -> None:
    result = cli("workshop-pack", "-o", str(tmp_path / "pack"), *args)
    assert result.code in (1, 2) and result.code == (1 if "midnight" in message else 2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "length", ["3h", "3 hours", "2h30", "2 h 30 min", "150min", "2:30", "2.5h"]
)
def test_durations_read_as_people_write_them(length: str) -> None:
    assert p.parse_duration(length) == (180 if length.startswith("3") else 150)


def test_note_areas_are_big_enough_to_write_in(cli, tmp_path: Path) -> None:
    files = make_pack(cli, tmp_path)
    html = files[".html"].read_text()
    heights = [float(h) for h in re.findall(r'class="notes" style="height: ([\d.]+)cm"', html)]
    assert heights and min(heights) >= 3 * p.NOTE_LINE_CM >= 2.5
    assert max(heights) >= 6 * p.NOTE_LINE_CM  # open questions get more room
    word = docx(files[".docx"])
    boxes = [t for t in word.tables if len(t.columns) == 1 and t.cell(0, 0).text == "Notes"]
    assert len(boxes) == len(heights) + 1  # one per question, one for the sponsor's objective
    assert min(box.rows[0].height.cm for box in boxes[1:]) >= 2.5


def test_objectives_participants_materials_and_parking_lot(cli, tmp_path: Path) -> None:
    files = make_pack(cli, tmp_path)
    word = docx(files[".docx"])
    texts = {
        ".md": files[".md"].read_text(),
        ".html": files[".html"].read_text(),
        ".docx": "\n".join(par.text for par in word.paragraphs),
    }
    for suffix, text in texts.items():
        for title in ("Objectives", "Participants", "Materials", "Parking lot"):
            assert title in text, (suffix, title)
        assert p.MATERIALS[1].split()[0] in text
    headers = [[c.text for c in t.rows[0].cells] for t in word.tables]
    assert list(p.PARTICIPANT_COLUMNS) in headers and list(p.PARKING_COLUMNS) in headers
    assert 'id="workshop-sheet"' in texts[".html"] and 'id="parking-lot"' in texts[".html"]


def test_the_flow_sheet_has_a_volume_column(cli, tmp_path: Path) -> None:
    files = make_pack(cli, tmp_path)
    html = files[".html"].read_text()
    sheet = html.split('class="blank flow-sheet"', 1)[1].split("</thead>", 1)[0]
    assert "<th>volume</th>" in sheet
    assert "| volume |" in files[".md"].read_text()
    headers = [[c.text for c in t.rows[0].cells] for t in docx(files[".docx"]).tables]
    assert ["#", *p.FLOW_COLUMNS] in headers and "volume" in p.FLOW_COLUMNS


@pytest.mark.parametrize(
    ("paper", "size", "css"), [(None, A4_CM, "A4"), ("letter", LETTER_CM, "letter")]
)
def test_paper_is_a4_by_default_letter_on_request(cli, tmp_path, paper, size, css) -> None:
    files = make_pack(cli, tmp_path, *(("--paper", paper) if paper else ()))
    word = docx(files[".docx"])
    first = word.sections[0]
    assert (round(first.page_width.cm, 2), round(first.page_height.cm, 2)) == size
    sheet = word.sections[-1]  # the landscape flow-mapping sheet
    assert (round(sheet.page_height.cm, 2), round(sheet.page_width.cm, 2)) == size
    html = files[".html"].read_text()
    assert f"@page {{ size: {css}; " in html and f"@page sheet {{ size: {css} landscape;" in html


def test_printed_pages_have_the_paper_size(cli, tmp_path: Path) -> None:
    """Render the HTML as a browser prints it (WeasyPrint, the PDF export's engine).

    WeasyPrint is in the test extras, so this always runs under ``make test``.
    """
    import weasyprint

    args = ("--start", "13:30", "--duration", "3h", "--sections", "ideation,business")
    counts = {}
    for paper, (width, height) in (("a4", A4_CM), ("letter", LETTER_CM)):
        files = make_pack(cli, tmp_path, *args, "--paper", paper, name=paper)
        pages = weasyprint.HTML(filename=str(files[".html"])).render().pages
        cm = [(round(pg.width / 96 * 2.54, 1), round(pg.height / 96 * 2.54, 1)) for pg in pages]
        assert cm[0] == (round(width, 1), round(height, 1))
        assert (round(height, 1), round(width, 1)) in cm  # the flow sheet, landscape
        counts[paper] = len(pages)
    # two sections of questions with room to write, the sheets and grids: a short pack
    assert 12 <= counts["a4"] <= 35, counts

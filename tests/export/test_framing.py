"""A decision-ready framing: summary first, action plan, honest completeness, documents a
sponsor reads (no internal ids, one vocabulary, one name per actor, CommonMark Markdown,
A4 DOCX with columns sized to content, PDF pages), and what XML cannot hold."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from assistant.export import render_export
from assistant.flow.loader import active_flow, load_flow_file
from assistant.paths import examples_dir
from assistant.services.document import build_document
from assistant.services.headless import run_answers
from assistant.services.importing import import_document, read_document
from assistant.services.interview import Interview
from tests.answers_for import answers_for
from tests.export.builders import MINI, mini_answers, mini_session, service

HOSPITAL = examples_dir() / "hospital-beds.json"


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Interview:
    from assistant.services.interview import InterviewService
    from assistant.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("hospital") / "h.db"))
    return InterviewService(store).open(import_document(store, read_document(HOSPITAL)))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.headings: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h2", "h3", "h4"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in:
            self.headings.append(f"{self._in}:{data.strip()}")


def docx_text(data: bytes) -> str:
    import docx

    word = docx.Document(io.BytesIO(data))
    parts = [p.text for p in word.paragraphs]
    parts += [c.text for t in word.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


# ---------------------------------------------------------------- summary and action plan
def test_summary_tells_what_is_proposed_worth_cost_and_decision(hospital) -> None:
    doc = build_document(hospital)
    s = doc.summary
    assert s.product == "BedSight"
    assert s.usecase == "Forecast discharges per ward for today and tomorrow"
    assert "1.1 M EUR" in s.value and "380 k EUR" in s.cost
    assert "executive committee" in s.decision and "15" in s.decision
    assert (s.kpis[0].baseline, s.kpis[0].target) == ("6.5 h", "under 4 h by end 2027")
    assert len(s.risks) == 3 and s.hotspots
    assert "Explainability (skipped)" in s.open_points
    # The order of DESIGN.md: summary first, the sections, checks, action plan, completeness.
    order = ["Summary", "1. Ideation", "Checks across sections", "Action plan", "Completeness"]
    markdown = render_export(hospital, "markdown").decode()
    positions = [markdown.index(f"## {title}") for title in order]
    assert positions == sorted(positions)
    page = _Text()
    page.feed(render_export(hospital, "html").decode())
    h2 = [h.removeprefix("h2:") for h in page.headings if h.startswith("h2:")]
    assert h2[0] == "Summary"
    assert [h for h in h2 if h in order or h.startswith("1. ")] == [
        "Summary",
        "1. Ideation - map the information flows",
        "Checks across sections",
        "Action plan",
        "Completeness",
    ]
    word = docx_text(render_export(hospital, "docx"))
    positions = [
        word.index(t) for t in ("Summary", "Decision asked", "Checks across", "Action plan")
    ]
    assert positions == sorted(positions)


def test_action_plan_has_owners_dates_and_derived_actions(hospital) -> None:
    doc = build_document(hospital)
    by_origin: dict[str, list[Any]] = {}
    for action in doc.actions:
        by_origin.setdefault(action.origin, []).append(action)
    steps = by_origin["next_step"]
    assert steps[0].owner == "director of care and patient flow"
    assert steps[0].due == "15 January 2027"
    sources = [a.action for a in by_origin["data_source"]]
    assert sources == [
        "Obtain access to EHR expected discharge date and diagnosis group",
        "Obtain access to Housekeeping cleaning log",
    ]
    assert all(c.status != "fail" for c in doc.checks) and "check" not in by_origin
    assert [a.action for a in by_origin["open_question"]] == ["Answer: Explainability"]
    assert by_origin["data_source"][1].owner == "housekeeping"
    assert by_origin["open_question"][0].owner == "to assign"
    assert by_origin["open_question"][0].due == "to set"
    assert [a.number for a in doc.actions] == list(range(1, len(doc.actions) + 1))
    markdown = render_export(hospital, "markdown").decode()
    assert "| 6 | Obtain access to EHR expected discharge date and diagnosis group | DIM |" in (
        markdown
    )


def test_completeness_is_never_100_with_a_skipped_question(tmp_path: Path) -> None:
    """The issue's case: every required answer given, the optional cost skipped."""
    flow = active_flow()
    answers = answers_for(flow.contract())
    del answers["costs"]  # optional: left out, so skipped
    interview = service(tmp_path / "c.db").start(flow, "Beds", "Hospital", session_id="c" * 32)
    run_answers(interview, answers)
    doc = build_document(interview)
    assert doc.completeness.percent == 100  # the engine's "required answered" figure
    assert doc.coverage is not None and doc.coverage.percent < 100
    assert [q.question for q in doc.coverage.skipped] == ["Costs"]
    assert "B-08" in doc.coverage.topics_uncovered
    assert doc.summary.cost == "Not given: the cost question is skipped."
    assert any(a.action == "Answer: Costs" for a in doc.actions)
    assert next(c for c in doc.checks if c.id == "value-cost").status == "fail"
    derived = next(a for a in doc.actions if a.origin == "check" and "cost" in a.action)
    assert (derived.owner, derived.due) == ("to assign", "to set")
    assert derived.why == "failed check: A value is weighed against a cost"
    for fmt in ("markdown", "html"):
        text = render_export(interview, fmt).decode()
        assert "100 %" not in text and "Costs" in text
    assert "100 %" not in docx_text(render_export(interview, "docx"))


# ---------------------------------------------------------------- readable documents
def test_no_internal_question_ids_in_html_or_docx(hospital) -> None:
    doc = build_document(hospital)
    ids = [a.question_id for s in doc.sections for a in s.answers if "_" in a.question_id]
    assert len(ids) > 30
    page = render_export(hospital, "html").decode()
    word = docx_text(render_export(hospital, "docx"))
    for question_id in ids:
        assert question_id not in page, question_id
        assert question_id not in word, question_id


def test_hot_spots_in_two_tables_with_one_vocabulary(hospital) -> None:
    page = _Text()
    page.feed(render_export(hospital, "html").decode())
    assert {"h4:Actors", "h4:Flows"} <= set(page.headings)
    markdown = render_export(hospital, "markdown").decode()
    assert "### Hot spots: actors" in markdown and "### Hot spots: flows" in markdown
    word = docx_text(render_export(hospital, "docx"))
    assert "Hot spots: actors" in word and "Hot spots: flows" in word
    data = render_export(hospital, "json").decode()
    for text in (markdown, "".join(page.text), word, data):
        assert not re.search(r"\bobjects?\b", text), "one vocabulary: actor"


def test_map_and_flow_table_use_the_same_actor_names(tmp_path: Path) -> None:
    from assistant.export.views import document_view

    answers = mini_answers()
    answers["flows"] = [
        "the planners -> Maintenance Teams: plan [email] (low)",
        "maintenance team -> planner: feedback [phone] (low)",
    ]
    interview = service(tmp_path / "n.db").start(
        load_flow_file(MINI),
        "Names",
        "Site",
        session_id="n" * 32,
    )
    run_answers(interview, answers)
    view = document_view(build_document(interview))
    assert view.flowmap is not None
    on_map = {" ".join(node.label) for node in view.flowmap.nodes}
    in_table = {r.source for r in view.flow_rows} | {
        t for r in view.flow_rows for t in r.targets.split(", ")
    }
    assert in_table <= on_map, (in_table, on_map)
    assert len(in_table) == 2


def test_flow_free_text_is_in_an_appendix_and_answers_read_as_prose(hospital) -> None:
    source = "ED triage nurse -> bed manager: admission requests with expected ward"
    markdown = render_export(hospital, "markdown").decode()
    appendix_b = markdown[markdown.index("## Appendix B") :]
    assert source in appendix_b.replace("\\-\\>", "->").replace("-\\>", "->")
    html_page = render_export(hospital, "html").decode()
    assert html_page.index("Appendix B") < html_page.rindex("admission requests with expected")
    assert "ED triage nurse -&gt; bed manager" in html_page
    assert "ED triage nurse -> bed manager" in docx_text(render_export(hospital, "docx"))
    # A section reads as labelled paragraphs; the questions themselves are in appendix A.
    business = markdown[markdown.index("## 2. Business") : markdown.index("## 3. Product")]
    assert "**Vision.** By the end of 2027" in business
    assert "?" not in business.split("\n", 3)[-1].replace("?)", "")
    appendix_a = markdown[markdown.index("## Appendix A") : markdown.index("## Appendix B")]
    assert "### In one sentence, what is the vision for BedSight?" in appendix_a


def test_markdown_renders_as_commonmark_and_gfm(hospital, tmp_path: Path) -> None:
    markdown = render_export(hospital, "markdown").decode()
    assert not re.search(r"(?<![0-9])\\[()#!]", markdown), "nothing escaped needlessly"
    html_out = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)
    parsed = _Text()
    parsed.feed(html_out)
    text = "".join(parsed.text)
    # Section intros render as emphasis, not as text framed by literal stars.
    assert html_out.count("<em>Before talking about a product") == 1
    assert not re.search(r"(^|\s)\*\S[^*\n]*\S\*(\s|$)", text), "a literal *...* survived"
    # Every Markdown table rendered as a table; no pipe-row left as text.
    assert html_out.count("<table>") == markdown.count("\n|---")
    assert not any(line.startswith("|") for line in text.splitlines())
    for heading in ("Summary", "Action plan", "Checks across sections", "Completeness"):
        assert f"<h2>{heading}</h2>" in html_out
    # Hostile text stays text.
    mini = render_export(mini_session(tmp_path / "m.db"), "markdown")
    rendered = MarkdownIt("commonmark").enable("table").render(mini.decode())
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered


def test_versions_are_labelled_apart(hospital) -> None:
    for fmt in ("markdown", "html"):
        text = render_export(hospital, fmt).decode()
        assert "question-flow version 1.0.0" in text and "(tool version)" in text
    word = docx_text(render_export(hospital, "docx"))
    assert "question-flow version 1.0.0" in word and "(tool version)" in word


# ---------------------------------------------------------------- DOCX
def test_docx_is_a4_with_columns_sized_to_content(hospital) -> None:
    import docx
    from docx.shared import Cm

    from assistant.export.docx import CHAR_INCHES, PAGE_WIDTH_INCHES

    word = docx.Document(io.BytesIO(render_export(hospital, "docx")))
    section = word.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.1)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.1)
    flows = next(t for t in word.tables if t.rows[0].cells[0].text == "#" and len(t.columns) == 7)
    widths = [c.width.inches for c in flows.columns]
    assert len(set(round(w, 2) for w in widths)) > 3, "columns sized to content"
    assert sum(widths) <= PAGE_WIDTH_INCHES + 0.01
    assert widths[0] < widths[3]  # the number column is narrower than the content
    for index, column in enumerate(flows.columns):
        longest = max(len(w) for cell in column.cells for w in (cell.text.split() or [""]))
        assert widths[index] >= longest * CHAR_INCHES, (index, longest)


def test_characters_xml_cannot_hold_do_not_break_any_export(tmp_path: Path) -> None:
    answers = mini_answers()
    answers["product_name"] = "Bad\ufffe name\uffff"
    answers["vision"] = "A vision \ufffe with \uffff noncharacters"
    answers["flows"] = ["planner\ufffe -> ware\uffffhouse: plan [email] (low)"]
    interview = service(tmp_path / "x.db").start(
        load_flow_file(MINI),
        "Title \ufffe\uffff",
        "Site",
        session_id="x" * 32,
    )
    run_answers(interview, answers)
    word = docx_text(render_export(interview, "docx"))
    assert "A vision" in word and "\ufffe" not in word and "\uffff" not in word
    for fmt in ("html", "graphml", "markdown"):
        text = render_export(interview, fmt).decode()
        assert "\ufffe" not in text and "\uffff" not in text, fmt


def test_a_huge_map_is_bounded_and_split_across_pages() -> None:
    from PIL import Image

    from assistant.export.docx import SLICE_RATIO, page_slices
    from assistant.export.flowmap import layout
    from assistant.export.raster import MAX_PIXELS, flowmap_png
    from assistant.hypergraph.model import InfoFlowModel
    from assistant.models.infoflow import InformationFlow

    flows = [
        InformationFlow(
            source=f"sender {i}",
            targets=[f"receiver {i}", f"hub {i % 20}"],
            content=f"item {i}",
            medium="email",
            maturity="low",
        )
        for i in range(300)
    ]
    drawing = layout(InfoFlowModel.from_flows(flows), set())
    assert drawing.width * drawing.height * 1.5**2 > MAX_PIXELS  # too big at full scale
    image = Image.open(io.BytesIO(flowmap_png(drawing)))
    assert image.width * image.height <= MAX_PIXELS
    parts = [Image.open(io.BytesIO(p)) for p in page_slices(flowmap_png(drawing))]
    assert len(parts) > 1
    assert all(p.height <= p.width * SLICE_RATIO + 1 for p in parts)
    assert sum(p.height for p in parts) == image.height


# ---------------------------------------------------------------- PDF
def test_pdf_from_the_html_has_a_summary_page(hospital, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm (poppler-utils) is needed to check the PDF pages"
    data = render_export(hospital, "pdf")
    assert data.startswith(b"%PDF-")
    target = tmp_path / "framing.pdf"
    target.write_bytes(data)
    subprocess.run(
        [pdftoppm, "-r", "30", "-png", str(target), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 8
    from PIL import Image

    for path in pages[:3]:
        with Image.open(path) as page:
            assert page.width < page.height  # A4 portrait
            assert abs(page.height / page.width - 29.7 / 21) < 0.02
            assert page.convert("L").getextrema()[0] < 100, "the page has ink"
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Page 2 is the summary, and it holds the whole of it: product to decision.
    assert "Summary" in text and "Decision asked" in text and "BedSight" in text
    last_words = " ".join(build_document(hospital).summary.decision.split()[-3:])
    assert last_words in " ".join(text.split())

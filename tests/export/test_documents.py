"""Framing documents: golden files per format, escaping, self-containment, DOCX structure."""

from __future__ import annotations

import html
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assistant.export import FORMATS, render_export
from assistant.services.document import build_document
from tests.export.builders import GOLDEN_DIR, HOSTILE, full_session, mini_session

TEXT_FORMATS = ("markdown", "json", "html")
SUFFIX = {"markdown": "md", "json": "json", "html": "html", "docx": "docx.txt"}


def docx_outline(data: bytes) -> str:
    """A stable text view of a .docx: styled paragraphs, tables, pictures (zip dates vary)."""
    import docx

    word = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = word.element.body
    tables = iter(word.tables)
    paragraphs = iter(word.paragraphs)
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = next(paragraphs)
            pictures = len(paragraph._p.xpath(".//pic:pic"))
            text = paragraph.text
            if pictures:
                lines.append(f"[picture x{pictures}]")
            if text.strip():
                lines.append(f"{paragraph.style.name}: {text}")
        elif tag == "tbl":
            table = next(tables)
            lines.append(f"[table {len(table.rows)}x{len(table.columns)}]")
            lines += ["  | " + " | ".join(c.text for c in row.cells) for row in table.rows]
    props = word.core_properties
    lines.append(f"[properties title={props.title!r} author={props.author!r}]")
    return "\n".join(lines) + "\n"


def rendered(interview, fmt: str) -> str:
    data = render_export(interview, fmt)
    return docx_outline(data) if fmt == "docx" else data.decode("utf-8")


@pytest.fixture
def sessions(tmp_path: Path) -> dict:
    db = tmp_path / "golden.db"
    return {"mini": mini_session(db), "full": full_session(db)}


@pytest.mark.parametrize("fmt", ["markdown", "json", "html", "docx"])
@pytest.mark.parametrize("name", ["mini", "full"])
def test_golden(sessions, name: str, fmt: str) -> None:
    text = rendered(sessions[name], fmt)
    golden = GOLDEN_DIR / f"{name}.{SUFFIX[fmt]}"
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"{golden} differs (UPDATE_GOLDEN=1)"


def test_every_format_is_listed() -> None:
    assert {"markdown", "json", "html", "docx"} <= set(FORMATS)


class _Structure(HTMLParser):
    """Collects tags, ids and text of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v for k, v in attrs if k == "id" and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_user_text_and_is_self_contained(sessions) -> None:
    page = render_export(sessions["mini"], "html").decode()
    parsed = _Structure()
    parsed.feed(page)
    assert "script" not in parsed.tags
    assert "b" not in parsed.tags and "plan" not in parsed.tags and "late" not in parsed.tags
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "\x1b" not in page and "\\x1b[31mred" in page
    for forbidden in ("<script", "<link", "@import", "http://", "https://", "<iframe"):
        assert forbidden not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert page.count("<svg") == 3  # flow map, hot spots, use cases
    # Every applicable question exactly once, the chosen use case marked.
    document = build_document(sessions["mini"])
    entries = [a for s in document.sections for a in s.answers]
    assert len([i for i in parsed.ids if i.startswith("q-")]) == len(entries)
    assert page.count('class="chosen"') == 1
    # The text answer (with its markup) is in the prose and in the appendix, escaped.
    assert page.count(html.escape("Second paragraph", quote=True)) == 2
    text = "".join(parsed.text)
    assert "Use <script>alert('x')</script> & a | pipe" in text


def test_markdown_escapes_pipes_and_markup(sessions) -> None:
    text = render_export(sessions["mini"], "markdown").decode()
    assert "<script>" not in text and "<b>" not in text
    assert "\x1b" not in text
    assert "work orders \\| \\<b\\>bold\\</b\\>" in text
    width = None
    for line in text.splitlines():  # every row of a table has as many cells as its header
        if not line.startswith("|"):
            width = None
            continue
        cells = len(re.split(r"(?<!\\)\|", line))
        width = width or cells
        assert cells == width, line


def test_docx_has_word_structure_and_pictures(sessions) -> None:
    import docx

    data = render_export(sessions["full"], "docx")
    word = docx.Document(io.BytesIO(data))
    styles = [p.style.name for p in word.paragraphs]
    document = build_document(sessions["full"])
    # + summary, action plan, checks, contents, flow map, completeness, two appendices
    assert styles.count("Heading 1") == len(document.sections) + 8
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    entries = [a for s in document.sections for a in s.answers]
    assert len(headings) == len(entries)
    assert len(word.inline_shapes) == 3  # flow map and two charts
    assert any(t.rows[0].cells[0].text == "#" for t in word.tables)  # the flow table
    mini = docx.Document(io.BytesIO(render_export(sessions["mini"], "docx")))
    body = "\n".join(p.text for p in mini.paragraphs)
    assert HOSTILE.replace("\x1b", "\\x1b") in body


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_cli_exports_rich_formats(cli, tmp_path: Path, fmt: str) -> None:
    session = mini_session(Path(os.environ["DATA360_DB"]))
    target = tmp_path / f"out.{fmt}"
    result = cli("export", session.id[:8], "-f", fmt, "-o", str(target))
    assert result.code == 0, result.stderr
    assert target.stat().st_size > 2000
    assert result.stdout == ""

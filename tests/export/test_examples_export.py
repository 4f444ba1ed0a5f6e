"""Every example session exports in every document format, each question exactly once."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser

import jsonschema
import pytest

from assistant.export import render_export
from assistant.hypergraph.patterns import PATTERNS_HEADING
from assistant.paths import examples_dir, schemas_dir
from assistant.services.document import build_document
from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.store import open_store

EXAMPLES = sorted(examples_dir().glob("*.json"))


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.ids += [v for k, v in attrs if k == "id" and v]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_exports_in_every_format(tmp_path, path) -> None:
    import docx

    store = open_store(str(tmp_path / "examples.db"))
    interview = InterviewService(store).open(import_document(store, read_document(path)))
    document = build_document(interview)
    entries = [a for s in document.sections for a in s.answers]

    schema = json.loads((schemas_dir() / "framing-document.schema.json").read_text())
    jsonschema.validate(json.loads(render_export(interview, "json")), schema)

    page = _Ids()
    page.feed(render_export(interview, "html").decode())
    assert "script" not in page.tags and "svg" in page.tags
    assert len([i for i in page.ids if i.startswith("q-")]) == len(entries)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"

    word = docx.Document(io.BytesIO(render_export(interview, "docx")))
    questions = [p.text for p in word.paragraphs if p.style.name == "Heading 3"]
    assert len(questions) == len(entries)

    markdown = render_export(interview, "markdown").decode()
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert len(
        [
            h
            for h in headings
            if h
            not in (
                "### Information flows",
                "### Hot spots: actors",
                "### Hot spots: flows",
                "### Use-case ranking",
                f"### {PATTERNS_HEADING}",
            )
        ]
    ) == len(entries)
    store.close()


def test_the_document_names_what_the_score_ranks_low(tmp_path) -> None:
    """The retail framing shows the rewritten order proposal in every format, beside the
    hot spots: the sponsor sees that a digital flow is not a working one."""
    import docx

    store = open_store(str(tmp_path / "retail.db"))
    path = examples_dir() / "retail-demand.json"
    interview = InterviewService(store).open(import_document(store, read_document(path)))
    trip = "Round trip of store orders: ERP → Fresh department head → ERP"

    markdown = render_export(interview, "markdown").decode()
    section = markdown.split(f"### {PATTERNS_HEADING}\n\n", 1)[1]
    assert section.startswith(f"- **{trip}**: ERP sends suggested store orders")
    assert markdown.index("### Hot spots: flows") < markdown.index(f"### {PATTERNS_HEADING}")

    page = _Ids()
    html = render_export(interview, "html").decode()
    page.feed(html)
    assert "patterns" in page.ids and f"<strong>{trip}</strong>" in html

    word = docx.Document(io.BytesIO(render_export(interview, "docx")))
    texts = [p.text for p in word.paragraphs]
    at = texts.index(PATTERNS_HEADING)
    assert texts[at + 1].startswith(f"{trip}: ")

    exported = json.loads(render_export(interview, "json"))
    assert exported["patterns"][0]["kind"] == "round-trip"
    store.close()

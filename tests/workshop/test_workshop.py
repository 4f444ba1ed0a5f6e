"""The facilitator's workshop pack and flows imported from a wall CSV (issue 7, item 4)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
import yaml

from tests.answers_for import answers_for
from tests.export.builders import GOLDEN_DIR, MINI


def contract(cli, *args: str) -> dict:
    return json.loads(cli("flow", "show", "--json", *args).stdout)


def docx_text(path: Path) -> str:
    import docx

    word = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [p.text for p in word.paragraphs]
    parts += [c.text for t in word.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def write_pack(cli, tmp_path: Path, *args: str) -> dict[str, Path]:
    out = tmp_path / "pack"
    result = cli("workshop-pack", "-o", str(out), *args)
    assert result.code == 0, result.stderr
    files = {Path(line).suffix: Path(line) for line in result.stdout.split()}
    assert set(files) == {".md", ".html", ".docx"}
    return files


def test_pack_holds_every_question_of_the_active_flow(cli, tmp_path: Path) -> None:
    files = write_pack(cli, tmp_path)
    flow = contract(cli)
    texts = {
        ".md": files[".md"].read_text(),
        ".html": files[".html"].read_text(),
        ".docx": docx_text(files[".docx"]),
    }
    questions = [q for s in flow["sections"] for q in s["questions"]]
    for suffix, text in texts.items():
        for q in questions:
            assert q["id"] in text, (suffix, q["id"])
        for section in flow["sections"]:
            assert section["title"] in text
        assert "Flow-mapping sheet" in text or "flow-mapping sheet" in text
        assert "Datability" in text and "Hot spots" in text
    html = texts[".html"]
    assert html.count('class="question"') == len(questions)
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    # Help and example of a question are there.
    first = next(q for q in questions if q.get("help") and q.get("example"))
    assert first["help"].split()[0] in texts[".md"]


def test_a_facilitators_flow_gets_its_own_pack(cli, tmp_path: Path) -> None:
    flow = yaml.safe_load(MINI.read_text())
    flow["sections"][1]["questions"][0]["help"] = "Say <script>alert(1)</script> | why"
    flow["sections"][1]["questions"][0]["example"] = "A <b>bold</b> vision"
    custom = tmp_path / "custom.yaml"
    custom.write_text(yaml.safe_dump(flow))
    files = write_pack(cli, tmp_path, "--flow", str(custom))
    md, html = files[".md"].read_text(), files[".html"].read_text()
    assert "`sponsor`" in md and "`information_flows`" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "\\<script\\>" in md and "<b>" not in md
    assert "sponsor" in docx_text(files[".docx"])


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_pack_golden(cli, tmp_path: Path, fmt: str) -> None:
    files = write_pack(cli, tmp_path, "--flow", str(MINI))
    text = files[f".{fmt}"].read_text()
    golden = GOLDEN_DIR / f"pack-mini.{fmt}"
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(text)
    assert text == golden.read_text(), f"{golden} differs (UPDATE_GOLDEN=1)"


# ---------------------------------------------------------------------------- import-flows
def new_session(cli, tmp_path: Path) -> str:
    answers = answers_for(contract(cli))
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({"answers": answers}))
    result = cli("run", "--answers", str(path), "--title", "Wall")
    assert result.code == 0, result.stderr
    return result.stdout.strip()


def flows_of(cli, tmp_path: Path, session: str) -> list[dict]:
    out = tmp_path / "doc.json"
    assert cli("export", session, "-f", "json", "-o", str(out), "--force").code == 0
    return json.loads(out.read_text())["flows"]


WALL = (
    "\ufeffSource,Targets,Content,Medium,Frequency,Maturity,Pain points\n"
    "planner,board;warehouse,weekly figures,paper,weekly,L,late;re-typed\n"
    '"SAP PM",dashboard,"job status, live",API,daily,high,\n'
    "\n"
    "# comment row,ignored,,,,,\n"
)


def test_import_flows_appends_to_the_flows_answer(cli, tmp_path: Path) -> None:
    session = new_session(cli, tmp_path)
    before = flows_of(cli, tmp_path, session)
    wall = tmp_path / "wall.csv"
    wall.write_text(WALL, encoding="utf-8")
    result = cli("import-flows", session[:8], str(wall), "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["added"] == 2 and summary["question_id"] == "information_flows"
    after = flows_of(cli, tmp_path, session)
    assert after[: len(before)] == before and len(after) == len(before) + 2
    assert after[-2]["targets"] == ["board", "warehouse"]
    assert after[-2]["maturity"] == "low" and after[-2]["pain_points"] == ["late", "re-typed"]
    assert after[-1]["content"] == "job status, live" and after[-1]["maturity"] == "high"
    # An ordinary answer event: the timeline shows it, a second import adds nothing.
    assert "edited information_flows" in cli("replay", session, "--plain").stdout
    again = json.loads(cli("import-flows", session, str(wall), "--json").stdout)
    assert again == {**summary, "added": 0, "duplicates": 2}


def test_semicolon_files_from_a_french_excel(cli, tmp_path: Path) -> None:
    session = new_session(cli, tmp_path)
    wall = tmp_path / "wall.csv"
    wall.write_text("source;targets;maturity\nplanner;board, warehouse;low\n", encoding="utf-8")
    assert cli("import-flows", session, str(wall)).code == 0
    assert flows_of(cli, tmp_path, session)[-1]["targets"] == ["board", "warehouse"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "source,targets,maturity\na,b,low\nc,d,medium\ne,f,hi\n",
            "row 4: maturity: expected low, medium, high or empty (unknown), got 'hi'",
        ),
        ("source,targets\na,b\n,c\n", "row 3: source: empty"),
        ("source,targets\na,b\nc,\n", "row 3: targets: empty"),
        ("source,content\na,b\n", "row 1: missing required column(s) targets"),
        ("source,targets\n", "no flow rows after the header"),
        ("source,targets\na,b,c\n", "row 2: 3 cells for 2 columns"),
        ("source,targets,content\na,b," + "x" * 600 + "\n", "row 2: content:"),
    ],
)
def test_import_errors_name_the_row_and_import_nothing(
    cli, tmp_path: Path, text: str, message: str
) -> None:
    session = new_session(cli, tmp_path)
    before = flows_of(cli, tmp_path, session)
    wall = tmp_path / "wall.csv"
    wall.write_text(text, encoding="utf-8")
    result = cli("import-flows", session, str(wall))
    assert result.code == 1
    assert message in result.stderr and "nothing imported" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert flows_of(cli, tmp_path, session) == before


def test_import_reports_every_bad_row(cli, tmp_path: Path) -> None:
    session = new_session(cli, tmp_path)
    wall = tmp_path / "wall.csv"
    wall.write_text("source,targets,maturity\n,b,low\nc,d,x\ne,f,low\n", encoding="utf-8")
    stderr = cli("import-flows", session, str(wall)).stderr
    assert "row 2: source: empty" in stderr and "row 3: maturity" in stderr


def test_import_file_problems(cli, tmp_path: Path) -> None:
    session = new_session(cli, tmp_path)
    missing = cli("import-flows", session, str(tmp_path / "nope.csv"))
    assert missing.code == 1 and "not found" in missing.stderr
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"source,targets\n\xff\xfe,a\n")
    bad = cli("import-flows", session, str(binary))
    assert bad.code == 1 and "not UTF-8" in bad.stderr
    wrong = tmp_path / "ok.csv"
    wrong.write_text("source,targets\na,b\n")
    question = cli("import-flows", session, str(wrong), "--question", "perimeter")
    assert question.code == 1 and "is a text question" in question.stderr

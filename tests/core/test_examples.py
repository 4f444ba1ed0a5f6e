"""The example sessions in sessions/ import, validate and round-trip exactly (item 8)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from assistant.paths import examples_dir, schemas_dir

EXAMPLES = sorted(examples_dir().glob("*.json"))


def test_there_are_at_least_two_realistic_examples():
    assert len(EXAMPLES) >= 2
    for path in EXAMPLES:
        document = json.loads(path.read_text())
        assert document["session"]["status"] == "complete"
        assert len(document["flows"]) >= 8
        assert document["chosen_usecase"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_imports_and_re_exports_byte_for_byte(cli, tmp_path, path):
    schema = json.loads((schemas_dir() / "framing-document.schema.json").read_text())
    jsonschema.validate(json.loads(path.read_text()), schema)
    imported = cli("import", str(path))
    assert imported.code == 0, imported.stderr
    out = tmp_path / "again.json"
    assert cli("export", imported.stdout.strip(), "-f", "json", "-o", str(out)).code == 0
    assert out.read_bytes() == path.read_bytes()

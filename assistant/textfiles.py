"""Reading a user's text file (flows, answers, exports, CSV, prose) with one-line errors.

Every command that takes a file reads it here, so a missing file, a folder, a file too
large or not UTF-8 is told the same way everywhere. A UTF-8 byte-order mark (Excel's
"CSV UTF-8", Notepad) is accepted. Sizes are bounded while reading, not from
``st_size`` (which is 0 for ``/dev/zero`` and FIFOs), and YAML is bounded after parsing
too: aliases can make a 1 MB file expand into gigabytes (``load_yaml``).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from assistant.errors import UserError

YAML_MAX_NODES = 1_000_000
"""Values a parsed YAML document may hold, aliases expanded."""
YAML_SLACK_CHARS = 1_000_000
"""Characters a parsed YAML document may hold beyond twice the size of its text."""

Location = tuple[str | int, ...]


def read_bounded(stream: BinaryIO, max_bytes: int | None, name: str, what: str) -> bytes:
    """At most ``max_bytes`` from ``stream``; more is a UserError (the size is counted)."""
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UserError(f"{what} {name} is larger than {max_bytes:,} bytes")
    return data


def read_text(
    path: str | os.PathLike[str],
    *,
    what: str = "file",
    max_bytes: int | None = None,
    stdin: bool = False,
) -> str:
    """The text of ``path`` (``-`` reads standard input when ``stdin`` is allowed).

    ``what`` names the file in messages ("flow file", "answers file", …).
    """
    name = str(path)
    if stdin and name == "-":
        name = "standard input"
        stream = getattr(sys.stdin, "buffer", None)  # absent when stdin is replaced by text
        if stream is not None:
            data = read_bounded(stream, max_bytes, name, what)
        else:
            limit = max_bytes + 1 if max_bytes else -1
            data = sys.stdin.read(limit).encode("utf-8")
    else:
        file = Path(path)
        try:
            if file.is_dir():
                raise IsADirectoryError
            with file.open("rb") as stream:
                data = read_bounded(stream, max_bytes, name, what)
        except FileNotFoundError:
            raise UserError(f"{what} not found: {name}") from None
        except IsADirectoryError:
            raise UserError(f"{what} {name} is a directory, not a text file") from None
        except OSError as error:
            raise UserError(f"cannot read {what} {name}: {error.strerror or error}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise UserError(f"{what} {name} is larger than {max_bytes:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{what} {name} is not UTF-8 text (byte {error.start}); save it as UTF-8"
        ) from None


# --- YAML, bounded after parsing ----------------------------------------------------------
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 5-10x faster
_MERGE = "tag:yaml.org,2002:merge"


class YamlTooLarge(yaml.YAMLError):
    """A document whose parsed value would exceed the node or character budget."""


class YamlDuplicateKey(yaml.YAMLError):
    """A mapping that gives the same key twice (PyYAML would silently keep the last)."""

    def __init__(self, key: Any, line: int, first: int) -> None:
        super().__init__(f"key {key!r} appears twice in one mapping (lines {first} and {line})")
        self.line = line


def compose_yaml(text: str) -> yaml.Node | None:
    """The node tree of one YAML document (safe tags only)."""
    return yaml.compose(text, Loader=_Loader)


def yaml_to_data(
    node: yaml.Node,
    *,
    max_nodes: int = YAML_MAX_NODES,
    max_chars: int,
    on_value: Callable[[Location, yaml.Node], None] | None = None,
) -> Any:
    """Plain data from a node tree, counting every value as often as aliases repeat it.

    Raises YamlTooLarge past ``max_nodes`` values or ``max_chars`` characters of scalars;
    ``on_value`` sees each value's location and node (line numbers for messages).
    """
    budget = [max_nodes, max_chars]

    def convert(node: yaml.Node, location: Location, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise YamlTooLarge(f"document too large (more than {max_nodes:,} values)")
        if depth > 200:
            raise YamlTooLarge("document nested too deeply")
        if on_value is not None:
            on_value(location, node)
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            lines: dict[Any, int] = {}
            merged: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE:  # ``<<: *base``: the base's keys, not overriding
                    sources = (
                        value_node.value
                        if isinstance(value_node, yaml.SequenceNode)
                        else [value_node]
                    )
                    for source in sources:
                        base = convert(source, location, depth + 1)
                        if isinstance(base, dict):
                            merged = {**base, **merged}
                    continue
                if isinstance(key_node, yaml.ScalarNode):
                    key = _scalar(key_node, budget)
                else:
                    key = "<complex key>"
                line = key_node.start_mark.line + 1
                if key in lines:
                    raise YamlDuplicateKey(key, line, lines[key])
                lines[key] = line
                out[key] = convert(value_node, (*location, key), depth + 1)
                if on_value is not None:
                    on_value((*location, key), key_node)
            return {**merged, **out} if merged else out
        if isinstance(node, yaml.SequenceNode):
            return [convert(item, (*location, i), depth + 1) for i, item in enumerate(node.value)]
        return _scalar(node, budget)

    try:
        return convert(node, (), 0)
    except RecursionError:
        raise YamlTooLarge("document nested too deeply") from None


@functools.cache
def _scalar_loader() -> yaml.SafeLoader:
    """Built on first use (it costs ~10 ms, paid by every command that imports this)."""
    return yaml.SafeLoader("")


def _scalar(node: yaml.Node, budget: list[int]) -> Any:
    budget[1] -= len(node.value) if isinstance(node.value, str) else 1
    if budget[1] < 0:
        raise YamlTooLarge("document too large once its aliases are expanded")
    return _scalar_loader().construct_object(node, deep=True)


def load_yaml(text: str, name: str, what: str = "file") -> Any:
    """Parse YAML (or JSON) safely and boundedly; any problem is one UserError with its line.

    The parsed value may hold at most twice the characters of the text (plus
    ``YAML_SLACK_CHARS``): aliases that would expand it beyond are refused.
    """
    try:
        node = compose_yaml(text)
        if node is None:
            return None
        return yaml_to_data(node, max_chars=2 * len(text) + YAML_SLACK_CHARS)
    except yaml.MarkedYAMLError as error:
        raise UserError(f"{name}:{yaml_error_line(error)}: {describe_yaml_error(error)}") from None
    except YamlDuplicateKey as error:
        raise UserError(f"{name}:{error.line}: {error}") from None
    except YamlTooLarge as error:
        raise UserError(f"{what} {name}: {error}") from None
    except (yaml.YAMLError, ValueError) as error:
        raise UserError(f"{name}: invalid YAML/JSON: {error}") from None


def yaml_error_line(error: yaml.MarkedYAMLError) -> int | str:
    mark = error.problem_mark or error.context_mark
    return mark.line + 1 if mark is not None else "?"


_YAML_HINTS = (
    (
        "mapping values are not allowed",
        "unexpected ':' — put text that contains ': ' in quotes",
    ),
    ("could not find expected ':'", "expected 'key: value' here — check the indentation"),
    ("did not find expected key", "indentation does not match the lines above"),
    ("expected <block end>", "indentation does not match the lines above"),
    ("did not find expected '-'", "a list item here must start with '- '"),
    ("that cannot start any token", "this character cannot start a value — put it in quotes"),
    ("found character '\\t'", "a tab character — indent with spaces"),
    ("found unexpected end of stream", "the file ends inside a quoted text — close the quote"),
    ("found undefined alias", "an alias (*name) refers to no anchor (&name)"),
    (
        "found unknown escape character",
        "unknown escape in a double-quoted text — use single quotes",
    ),
    (
        "could not determine a constructor",
        "unsupported tag (only plain YAML values are read)",
    ),
)


def describe_yaml_error(error: yaml.MarkedYAMLError) -> str:
    """A YAML syntax error said in words a user can act on, with its column."""
    problem = str(error.problem or error.context or "invalid YAML")
    mark = error.problem_mark or error.context_mark
    column = f", column {mark.column + 1}" if mark is not None else ""
    for fragment, hint in _YAML_HINTS:
        if fragment in problem or fragment in str(error.context or ""):
            return f"invalid YAML{column}: {hint}"
    return f"invalid YAML{column}: {problem}"

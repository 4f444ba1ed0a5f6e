"""Command modules; importing this package registers every command on ``assistant.cli.main.app``.

One module per command group. Keep imports at module top light: heavy libraries are
imported inside the command functions.
"""

from assistant.cli.commands import (  # noqa: F401
    check,
    extract,
    flow,
    llm,
    model,
    review,
    serve,
    sessions,
    workshop,
)

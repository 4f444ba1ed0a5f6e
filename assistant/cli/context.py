"""The settings every command shares, resolved once: which database, which question flow.

One source of truth, in this order: the command's own ``--db``/``--flow``, then the root
option (``data360 --db X COMMAND``, which typer also fills from ``DATA360_DB`` /
``DATA360_FLOW``), then the ``db``/``flow`` keys of the config file, then the defaults (the
user data directory, the shipped Data 360 flow). Commands ask :func:`database` and
:func:`flow_file`; nothing else reads those variables.

Kept free of typer and of the command modules, so ``main`` and the commands both import it
without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import env
from assistant.errors import UserError


@dataclass
class RootOptions:
    """What the root command was given (``None`` = not given there); the settings from
    the environment and the config file are ``assistant.settings.Settings``."""

    db: str | None = None
    flow: str | None = None


_current = RootOptions()


def _root_options() -> RootOptions:
    return _current


def remember(db: str | None, flow: str | None) -> RootOptions:
    """Keep the root options for the commands (called by the root callback, every run)."""
    global _current
    _current = RootOptions(db=db, flow=flow)
    return _current


def _config(path: str | None) -> dict[str, Any]:
    """Top-level ``db`` and ``flow`` of the config file (the one ``llm`` settings use)."""
    if path is None:
        return {}
    from assistant.config import read_config

    file = Path(path)
    try:
        if not file.is_file():
            return {}
    except OSError as error:
        raise UserError(f"cannot read config file {file}: {error.strerror}") from None
    data = read_config(file)
    return {k: str(data[k]) for k in ("db", "flow") if isinstance(data.get(k), str | Path)}


def _config_value(key: str) -> str | None:
    """``key`` in the config file in force (``assistant.config`` finds it), or None."""
    from assistant.config import config_file

    try:
        path = config_file()
    except UserError:  # a config directory we may not look into holds no config for us
        return None
    return _config(str(path)).get(key) if path is not None else None


def database(option: str | None = None) -> str:
    """The database location for this command (a path or a URL; see the module doc)."""
    from assistant.store import default_location

    return (
        option
        or _root_options().db
        or env("DATA360_DB")
        or _config_value("db")
        or default_location()
    )


def flow_file(option: str | None = None) -> str | None:
    """The question-flow file for this command, or ``None`` for the shipped flow."""
    return option or _root_options().flow or env("DATA360_FLOW") or _config_value("flow")

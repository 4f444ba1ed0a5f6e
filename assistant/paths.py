"""Where things live: packaged data (prompts, schemas, example sessions) and user dirs.

In a source checkout the data folders sit at the repository root; in a wheel they are
packed under ``assistant/_data`` (see pyproject's force-include). User data follows
the platform conventions through platformdirs.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "data360"
_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    packed = _PACKAGE / "_data"
    if (packed / "prompts").is_dir():
        return packed
    return _PACKAGE.parent


def prompts_dir() -> Path:
    return _data_root() / "prompts"


def schemas_dir() -> Path:
    return _data_root() / "schemas"


def examples_dir() -> Path:
    return _data_root() / "sessions"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def default_export_dir() -> Path:
    """Where exports and screenshots go unless a path is given.

    ``DATA360_EXPORT_DIR`` wins; otherwise ``data360`` in the user's documents folder
    (``XDG_DOCUMENTS_DIR`` on Linux, ``~/Documents`` elsewhere, through platformdirs),
    never the directory the program happened to be started from. It is created when the
    first file is written there, not before.
    """
    env = os.environ.get("DATA360_EXPORT_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_documents_path

    return user_documents_path() / APP_NAME


def default_db_path() -> Path:
    """``--db`` wins, then ``DATA360_DB``, then the user data directory."""
    env = os.environ.get("DATA360_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "data360.db"

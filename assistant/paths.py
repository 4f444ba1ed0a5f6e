"""Where things live: packaged data (prompts, schemas, example sessions) and user dirs.

In a source checkout the data folders sit at the repository root; in a wheel they are
packed under ``assistant/_data`` (see pyproject's force-include). User data follows
the platform conventions through platformdirs.
"""

from __future__ import annotations

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

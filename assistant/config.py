"""Where the program's settings come from: ``DATA360_*`` variables and the config file.

The one module that reads them (the LLM settings' own ``DATA360_*`` fields are read by
pydantic-settings in ``assistant.llm.config``, from the same prefix). The config file is
``config.yaml``/``config.yml``/``config.toml`` in the user config directory, or the file
named by ``DATA360_CONFIG``; it is read once per process and path (until it changes).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from assistant.errors import UserError

EnvName = Literal[
    "DATA360_DB", "DATA360_FLOW", "DATA360_CONFIG", "DATA360_AUTHOR", "DATA360_EXPORT_DIR"
]
CONFIG_NAMES = ("config.yaml", "config.yml", "config.toml")
MAX_CONFIG_BYTES = 1_000_000


def env(name: EnvName) -> str | None:
    """A ``DATA360_*`` variable; an empty value counts as not set."""
    return os.environ.get(name) or None


def config_file() -> Path | None:
    """The config file in force: ``DATA360_CONFIG``, else the first one found."""
    from assistant.paths import user_config_dir

    named = env("DATA360_CONFIG")
    if named:
        return Path(named).expanduser()
    folder = user_config_dir()
    for name in CONFIG_NAMES:
        try:
            if (folder / name).is_file():
                return folder / name
        except OSError as error:  # an unreadable config directory
            raise UserError(f"cannot read {folder / name}: {error.strerror}") from None
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The whole config file as a mapping; every problem is one ``UserError`` line."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise UserError(f"config file not found: {path}") from None
    except OSError as error:
        raise UserError(f"cannot read config file {path}: {error.strerror}") from None
    return dict(_parsed(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=8)
def _parsed(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    import tomllib

    from assistant.textfiles import read_text

    text = read_text(path, what="config file", max_bytes=MAX_CONFIG_BYTES)
    try:
        if path.endswith(".toml"):
            data: Any = tomllib.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text) or {}
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise UserError(f"{path}: invalid config file ({error})") from None
    except Exception as error:  # yaml.YAMLError without importing yaml eagerly
        raise UserError(f"{path}: invalid config file ({type(error).__name__})") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a mapping at the top of the config file")
    return data


def default_export_dir() -> Path:
    """Where exports and screenshots go unless a path is given.

    ``DATA360_EXPORT_DIR`` wins; otherwise ``data360`` in the user's documents folder
    (``XDG_DOCUMENTS_DIR`` on Linux, ``~/Documents`` elsewhere, through platformdirs),
    never the directory the program happened to be started from. It is created when the
    first file is written there, not before.
    """
    named = env("DATA360_EXPORT_DIR")
    if named:
        return Path(named).expanduser()
    from platformdirs import user_documents_path

    from assistant.paths import APP_NAME

    return user_documents_path() / APP_NAME

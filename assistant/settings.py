"""One settings object, loaded once: the ``DATA360_*`` variables and the config file.

Issue 13: the interview re-read the LLM settings (environment and config file) after
every answer, and the environment was read in five modules. ``load_settings`` reads
both once (through ``assistant.config``, the one module that touches them) into a
typed, frozen ``Settings`` that the app keeps and hands down: the LLM settings, the
export folder, the author of notes, and the ``keymap`` table (binding id → keys,
darrenburns/posting's ``keymap``) that lets a user move any key of the TUI.

Nothing here raises for a bad config: a problem becomes one line in ``warnings`` (or
``llm_error`` for the LLM section, raised where a model is wanted), so a typo in the
config file never stops the program from starting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.errors import UserError
from assistant.llm.config import LLMSettings

KEYMAP_TABLE = "keymap"


class Settings(BaseModel):
    """Everything the program takes from the environment and the config file."""

    model_config = ConfigDict(frozen=True)

    config_file: Path | None = None
    """The config file in force (``DATA360_CONFIG``, else ``config.yaml``/``.yml``/
    ``.toml`` in the user config directory), or None."""
    export_dir: Path
    """Where exports and screenshots go unless a path is given (``DATA360_EXPORT_DIR``,
    else ``data360`` in the documents folder)."""
    author: str = ""
    """Who writes reviewer notes (``DATA360_AUTHOR``), spaces normalised."""
    keymap: dict[str, str] = {}
    """The config file's ``keymap`` table: binding id → keys (``"f8"``, ``"ctrl+s,f8"``),
    as written; the TUI checks ids and key names when it applies it."""
    llm: LLMSettings | None = None
    """The ``LLMSettings`` (options, ``DATA360_*``, the ``llm`` section), or None when
    they are invalid (``llm_error`` says why)."""
    llm_error: str | None = None
    warnings: tuple[str, ...] = ()
    """One line per problem found in the config file, for the user to read."""

    @property
    def llm_settings(self) -> LLMSettings:
        """The LLM settings (``UserError`` when they are invalid, every time asked)."""
        if self.llm is None:
            raise UserError(self.llm_error or "no LLM settings")
        return self.llm


def load_settings() -> Settings:
    """Read the environment and the config file once into ``Settings`` (never raises)."""
    from assistant import config

    warnings: list[str] = []
    path: Path | None = None
    data: dict[str, Any] = {}
    try:
        path = config.config_file()
        if path is not None:
            data = config.read_config(path)
    except UserError as error:
        warnings.append(str(error))
    keymap, problems = _keymap_table(data.get(KEYMAP_TABLE), path)
    warnings.extend(problems)
    llm, llm_error = _llm()
    return Settings(
        config_file=path,
        export_dir=config.default_export_dir(),
        author=" ".join((config.env("DATA360_AUTHOR") or "").split()),
        keymap=keymap,
        llm=llm,
        llm_error=llm_error,
        warnings=tuple(warnings),
    )


def _llm() -> tuple[LLMSettings | None, str | None]:
    from assistant.llm import config as llm_config  # the module: tests count its loads

    try:
        return llm_config.load_settings(), None
    except UserError as error:
        return None, str(error)


def _keymap_table(table: Any, path: Path | None) -> tuple[dict[str, str], list[str]]:
    """The ``keymap`` table as binding id → keys; what cannot be used is a warning.

    TOML reads ``interview.skip = "f8"`` (unquoted) as a nested table: its dotted path
    is the id, so both spellings work."""
    if table is None:
        return {}, []
    where = f"{path}: " if path else ""
    if not isinstance(table, dict):
        return {}, [f"{where}'{KEYMAP_TABLE}' must be a table of binding id = keys; ignored"]
    keymap: dict[str, str] = {}
    problems: list[str] = []

    def walk(prefix: str, mapping: dict[Any, Any]) -> None:
        for key, value in mapping.items():
            binding_id = f"{prefix}{key}"
            if isinstance(value, dict):
                walk(f"{binding_id}.", value)
            elif isinstance(value, str) and value.strip():
                keymap[binding_id] = value.strip()
            else:
                problems.append(
                    f"{where}keymap '{binding_id}': expected keys such as \"f8\" or"
                    f' "ctrl+s,f8", got {value!r}; ignored'
                )

    walk("", table)
    return keymap, problems

"""The user's ``keymap`` table (config file), checked before Textual applies it.

Every binding of the TUI has an ``id`` (``interview.skip``, ``app.quit``…); the config
file's ``keymap`` table maps ids to keys and ``App.update_keymap`` moves them. Textual
silently ignores an id it does not know and a key that no terminal sends, so a typo
would leave the user wondering; here each such entry is one warning line (with the
closest id when there is one) and is left out, never a crash.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import pkgutil
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from textual.binding import Binding
from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS, Keys

MODIFIERS = frozenset({"ctrl", "alt", "shift", "super", "meta", "hyper"})
_NAMED = frozenset(
    value.rpartition("+")[2] for value in (k.value for k in Keys) if not value.startswith("<")
) | {"question_mark", *KEY_TO_UNICODE_NAME, *REPLACED_KEYS}


@lru_cache(maxsize=1)
def binding_ids() -> frozenset[str]:
    """The id of every binding the TUI declares (its modules are imported to read them)."""
    import assistant.tui

    ids: set[str] = set()
    for info in pkgutil.walk_packages(assistant.tui.__path__, "assistant.tui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                for binding in cls.__dict__.get("BINDINGS", []):
                    if isinstance(binding, Binding) and binding.id:
                        ids.add(binding.id)
    return frozenset(ids)


def key_problem(key: str) -> str | None:
    """Why ``key`` (one key, e.g. ``ctrl+s``) is not a key Textual can bind, or None."""
    if not key:
        return "an empty key"
    *modifiers, name = key.split("+")
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown:
        return f"'{unknown[0]}' is not a modifier (ctrl, alt, shift, super, meta)"
    if len(name) == 1 and name.isprintable() and not name.isspace():
        return None
    if name in _NAMED:
        return None
    try:
        unicodedata.lookup(name.replace("_", " ").upper())
    except KeyError:
        return f"'{name}' is not a key name (e.g. f8, escape, enter, a, question_mark)"
    return None


def usable_keymap(
    keymap: Mapping[str, str], known: frozenset[str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """The entries of ``keymap`` that can be applied, and one warning line per other one.

    ``known`` is the set of binding ids (``binding_ids()`` when not given)."""
    ids = binding_ids() if known is None else known
    usable: dict[str, str] = {}
    warnings: list[str] = []
    for binding_id, keys in keymap.items():
        if binding_id not in ids:
            close = difflib.get_close_matches(binding_id, sorted(ids), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            warnings.append(f"keymap: '{binding_id}' is not a binding id{hint}; ignored")
            continue
        parts = [part.strip() for part in keys.split(",")]
        problems = [p for p in map(key_problem, parts) if p]
        if problems:
            warnings.append(f"keymap: '{binding_id}' = {keys!r}: {problems[0]}; ignored")
            continue
        usable[binding_id] = ",".join(parts)
    return usable, warnings

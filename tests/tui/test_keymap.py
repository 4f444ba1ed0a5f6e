"""A user moves keys from the config file's ``keymap`` table (binding id -> keys).

The settings are loaded once (``assistant.settings``); a bad entry is a one-line
warning and the rest still applies; served in a browser, the browser's keymap holds for
every id the user did not set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.settings import load_settings
from assistant.tui.app import Data360App
from assistant.tui.keymap import binding_ids, key_problem, usable_keymap
from assistant.tui.widgets.keybar import KeyBar
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, settle, wait_until


def write_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("DATA360_CONFIG", str(path))
    return path


def key_bar(app: Any) -> str:
    return app.screen.query_one(KeyBar).render().plain


def warnings(app: Any) -> list[str]:
    return [str(n.message) for n in app._notifications if n.severity == "warning"]


async def open_question(pilot: Any) -> None:
    await settle(pilot)
    pilot.app.resume("s1")
    await wait_until(pilot, lambda: current_id_or_none(pilot) is not None, "the interview")
    await settle(pilot)


def current_id_or_none(pilot: Any) -> str | None:
    return current_id(pilot) if hasattr(pilot.app.screen, "interview") else None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("config.toml", '[keymap]\n"interview.skip" = "f8"\ninterview.back = "f7"\n'),
        ("config.yaml", "keymap:\n  interview.skip: f8\n  interview.back: f7\n"),
    ],
)
async def test_a_key_moved_in_the_config_file_works_and_shows(
    make_app, service, flow, tmp_path, monkeypatch, name, text
):
    write_config(tmp_path, monkeypatch, text, name)
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        assert warnings(app) == []
        bar = key_bar(app)
        assert "f8 Skip" in bar and "f7 Back" in bar, bar
        assert "^n" not in bar.split(), bar
        await pilot.press("ctrl+n")  # the old key no longer skips
        await settle(pilot)
        assert current_id(pilot) == "vision"
        await pilot.press("f8")
        await settle(pilot)
        assert current_id(pilot) != "vision"
        await pilot.press("f7")
        await settle(pilot)
        assert current_id(pilot) == "vision"


async def test_bad_keymap_entries_are_one_line_warnings_and_the_rest_applies(
    make_app, service, flow, tmp_path, monkeypatch
):
    write_config(
        tmp_path,
        monkeypatch,
        "[keymap]\n"
        '"interview.skp" = "f8"\n'  # unknown id
        '"interview.back" = "ctrl+nope"\n'  # not a key
        '"interview.review" = 3\n'  # not keys at all
        '"interview.skip" = "f9"\n',  # fine
        "config.toml",
    )
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        said = warnings(app)
        assert len(said) == 3, said
        assert all("\n" not in line for line in said)
        unknown = "keymap: 'interview.skp' is not a binding id (did you mean 'interview.skip'?)"
        assert any(w.startswith(unknown) for w in said), said
        assert any("'nope' is not a key name" in w for w in said)
        assert any("interview.review" in w for w in said)
        bar = key_bar(app)
        assert "f9 Skip" in bar and "^b Back" in bar, bar  # a bad entry leaves the key as it was
        await pilot.press("f9")
        await settle(pilot)
        assert current_id(pilot) != "vision"


async def test_a_keymap_that_is_not_a_table_does_not_stop_the_app(
    make_app, service, flow, tmp_path, monkeypatch
):
    write_config(tmp_path, monkeypatch, "keymap: [f8]\n", "config.yaml")
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        assert any("'keymap' must be a table" in w for w in warnings(app))
        assert "^n" in key_bar(app)


async def test_served_the_users_keys_win_and_the_browser_keys_fill_in(
    make_app, service, flow, tmp_path, monkeypatch
):
    monkeypatch.setattr(Data360App, "is_web", property(lambda self: True))
    write_config(tmp_path, monkeypatch, '[keymap]\n"interview.skip" = "alt+k"\n', "config.toml")
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        bar = key_bar(app)
        assert "alt+k Skip" in bar and "alt+n" not in bar, bar  # the user's key
        assert "alt+p Back" in bar, bar  # the browser's, for an id the user did not set
        await pilot.press("alt+k")
        await settle(pilot)
        assert current_id(pilot) != "vision"


def test_the_settings_are_read_once_into_one_object(tmp_path, monkeypatch):
    write_config(
        tmp_path,
        monkeypatch,
        'llm:\n  model: offline\nkeymap:\n  "app.quit": "alt+x"\n',
        "config.yaml",
    )
    monkeypatch.setenv("DATA360_EXPORT_DIR", str(tmp_path / "out"))
    monkeypatch.setenv("DATA360_AUTHOR", "  Ana   Lopez ")
    settings = load_settings()
    assert settings.config_file == tmp_path / "config.yaml"
    assert settings.export_dir == tmp_path / "out"
    assert settings.author == "Ana Lopez"
    assert settings.keymap == {"app.quit": "alt+x"}
    assert settings.llm_settings.model == "offline" and settings.warnings == ()


def test_a_broken_config_file_is_a_warning_not_a_crash(tmp_path, monkeypatch):
    write_config(tmp_path, monkeypatch, "keymap: [unclosed\n", "config.yaml")
    settings = load_settings()
    assert len(settings.warnings) == 1 and "invalid config file" in settings.warnings[0]
    assert settings.keymap == {}


def test_key_names_are_checked_like_textual_reads_them():
    for good in ("f8", "ctrl+s", "alt+enter", "question_mark", "?", "a", "ctrl+shift+up", "slash"):
        assert key_problem(good) is None, good
    for bad in ("", "ctrl+", "cmd+s", "ctrl+nope", "f99x"):
        assert key_problem(bad), bad
    known = binding_ids()
    assert {"interview.skip", "app.quit", "prompt.send"} <= known
    usable, said = usable_keymap({"app.quit": " alt+x , f10 "}, known)
    assert usable == {"app.quit": "alt+x,f10"} and said == []


async def test_texts_name_the_keys_the_user_moved(make_app, service, flow, tmp_path, monkeypatch):
    """In a terminal too, hints and the help name the user's keys, not the defaults."""
    from textual.widgets import Label, Markdown

    from assistant.tui.screens.help import HelpScreen

    write_config(
        tmp_path,
        monkeypatch,
        '[keymap]\n"flows.form" = "f9"\n"interview.help" = "f10"\n"app.palette" = "f11"\n',
        "config.toml",
    )
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:  # room for the palette
        await open_question(pilot)
        screen = app.screen
        hint = str(screen.query_one(".composer-hint", Label).content)
        assert "f9 form" in hint and "ctrl+f" not in hint, hint
        assert "f11 palette" in key_bar(app)
        await pilot.press("f9")
        await settle(pilot)
        assert not screen.query_one(".flow-form").has_class("-hidden")
        await pilot.press("f10")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        text = app.screen.query_one(Markdown).source
        assert "| `f11` | command palette" in text and "`ctrl+p`" not in text

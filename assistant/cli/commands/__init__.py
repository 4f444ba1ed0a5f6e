"""Command modules, one per command group, each with its own ``typer.Typer``.

``assistant.cli.main.build_app`` registers them (one line each); a command module never
imports ``main``. Keep imports at module top light: heavy libraries are imported inside
the command functions.
"""

"""The four lenses of the Data 360 method, defined once.

Kept apart from ``usecase.py`` (which needs pydantic) so light modules — the TUI's text
helpers loaded by the home screen — can name the lenses without importing pydantic.
"""

from __future__ import annotations

LENSES: tuple[str, str, str, str] = ("desirability", "datability", "feasibility", "viability")
"""In the order they are shown, typed (``title | d | da | f | v``) and weighted."""

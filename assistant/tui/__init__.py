"""The Textual front-end of data360 (``data360`` with no argument).

Nothing outside this package imports Textual; ``assistant.tui.app.run_tui`` is the entry
point the CLI calls.
"""

"""Services shared by the CLI and the TUI: they own the session and tie the pure core to the store.

Running the interview, building the framing document, importing an export, the model,
proposals, checks, diff, timeline, the LLM helper and the session lock live here; the
front-ends and the export renderers call them, never the other way round.
"""

"""Text rules shared by every output (exports, TUI, CLI): escaping lives here, once.

This package sits below everything but the models: it imports nothing of the project, so
services, the hypergraph exports and the TUI can all use it without reaching up into export.
"""

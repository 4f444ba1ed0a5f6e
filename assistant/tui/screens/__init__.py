"""Screens, one per module (their dialogs are in assistant.tui.dialogs)."""

"""Widgets of the data360 TUI, split by area (chat, answers, orientation)."""

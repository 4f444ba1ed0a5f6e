"""Pydantic v2 models for everything that crosses a boundary (files, database, exports)."""

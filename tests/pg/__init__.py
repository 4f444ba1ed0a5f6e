"""A real PostgreSQL server for the tests (started and stopped by the tests themselves)."""

"""Tests of the command line as a user scripts it (issue 11)."""

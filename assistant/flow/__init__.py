"""Question flows: loading, checking and the safe expressions they contain."""

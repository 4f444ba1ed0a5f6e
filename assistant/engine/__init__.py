"""The pure interview engine: answer validation and the fold of events into state."""

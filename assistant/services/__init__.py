"""Services shared by the CLI and the TUI: they tie the pure engine to the store."""

"""Modal dialogs and forms, one per module: screens open them, they know no screen."""

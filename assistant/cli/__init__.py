"""The ``data360`` command line: a thin typer layer over the services."""

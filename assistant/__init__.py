"""data360: a terminal assistant for Data 360 framing of data products."""

__version__ = "0.1.0"

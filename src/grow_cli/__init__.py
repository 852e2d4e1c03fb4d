"""grow: a command-line coaching conversation assistant."""

__version__ = "0.1.0"

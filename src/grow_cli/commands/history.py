"""Placeholder: filled in by the record-views work (issue 4)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""

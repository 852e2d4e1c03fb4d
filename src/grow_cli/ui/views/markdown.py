"""Markdown for people, rendered on the terminal."""

from __future__ import annotations

from grow_cli.ui import output


def show_markdown(text: str) -> None:
    """Render Markdown (a prep sheet, a note) on standard output."""
    from rich.markdown import Markdown

    output.console().print(Markdown(text))

"""The review screen before a conversation is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.models import Note


def show_review(body: str, note: Note) -> None:
    """The note as it will be saved, and the actions kept although not SMART."""
    from rich.markdown import Markdown
    from rich.markup import escape
    from rich.panel import Panel

    from grow_cli.ui.views.markdown import shown

    console = output.console()
    console.print()
    console.print(Panel(Markdown(shown(body)), title="Review", expand=False))
    for action in note.actions:
        if action.smart_override:
            console.print(f"[yellow]Kept although not SMART:[/] {escape(action.text)}")
    from grow_cli.domain.ownership import observations

    for line in observations(note):
        console.print(f"[cyan]{escape(line)}[/]")

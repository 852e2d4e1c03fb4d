"""`grow edit NOTE`: change what a note says, in its front matter, with your own editor."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import InteractiveOption, complete_note, environment


def edit(
    ctx: typer.Context,
    note: Annotated[
        str,
        typer.Argument(
            metavar="NOTE",
            help="A note id (e.g. alex-kim/2026-11-22-coaching; 'grow history PERSON' lists "
            "them) or the path of a note file, as 'grow show' takes it.",
            autocompletion=complete_note,
        ),
    ],
    interactive: InteractiveOption = None,
) -> None:
    """Edit a note's front matter (the TOML between the +++ lines, which is what grow reads)
    in $VISUAL or $EDITOR (else vi; EDITOR="code --wait" works).

    On saving, grow checks it as a note: on any problem it names every one and, at a
    terminal, opens the editor again on your text; otherwise nothing is saved and your text is
    kept in <notes>/.grow/editing/. The id, kind and person cannot change, nor can an item or
    goal that a later note refers to disappear. An accepted edit replaces the note in one step
    (same file name), its text (the Markdown body) made again from the front matter; the note as
    it was is kept in <notes>/.grow/edited/. A note grow skips as damaged can be mended this way
    too (give its path)."""
    from grow_cli.app.edit import edit as edit_note

    edit_note(environment(ctx), note, ask_again=interactive)


def register(app: typer.Typer) -> None:
    """Add `grow edit` to the app."""
    app.command("edit")(edit)

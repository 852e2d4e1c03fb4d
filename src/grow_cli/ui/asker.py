"""The terminal asker: questionary prompts and rich output, for the flows' engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from grow_cli.domain import validators
from grow_cli.ui import output, prompts


class Labelled(Protocol):
    """An option to pick: the value kept and the words shown (a flow's Choice)."""

    @property
    def value(self) -> str: ...

    @property
    def label(self) -> str: ...


STYLES = {
    "heading": "bold cyan",
    "heading-note": "bold green",
    "hint": "dim",
    "warning": "yellow",
    "": "",
}


class TerminalAsker:
    """Asks a person at the terminal."""

    def __init__(self, *, use_editor: bool = False) -> None:
        self.use_editor = use_editor

    def text(
        self,
        message: str,
        *,
        default: str,
        validate: validators.Check,
        instruction: str | None,
        long: bool,
    ) -> str:
        """A line of text, or the editor for long answers when --editor was given. The
        instruction is a line of its own above the question: shown after the question, the
        answer would be typed straight after it, as if it went on."""
        if instruction:
            self.say(instruction, style="hint")
        return prompts.text(
            message,
            default=default,
            validate=validate,
            use_editor=long and self.use_editor,
        )

    def choice(self, message: str, choices: Sequence[Labelled], *, default: str | None) -> str:
        """One of several options."""
        options = [prompts.Option(c.value, c.label) for c in choices]
        return prompts.select(message, options, default=default)

    def confirm(self, message: str, *, default: bool) -> bool:
        """Yes or no."""
        return prompts.confirm(message, default=default)

    def checkbox(
        self, message: str, choices: Sequence[Labelled], *, default: list[str]
    ) -> list[str]:
        """Any number of the options, ticked with the space bar."""
        options = [prompts.Option(c.value, c.label) for c in choices]
        return prompts.checkbox(message, options, default=default)

    def say(self, text: str, *, style: str = "") -> None:
        """Show a heading, a hint or a warning between questions."""
        from rich.markup import escape

        console = output.console()
        if style == "heading":
            console.print()
            console.rule(f"[{STYLES['heading']}]{escape(text)}[/]", align="left")
            return
        prefix = "  " if style == "hint" else ""
        shown = escape(text) if not STYLES.get(style) else f"[{STYLES[style]}]{escape(text)}[/]"
        console.print(f"{prefix}{shown}")

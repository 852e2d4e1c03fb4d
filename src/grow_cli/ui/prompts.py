"""The one module that talks to questionary (imported lazily: prompt_toolkit is slow to load).

Every prompt goes through `unsafe_ask()`, so Ctrl-C is never swallowed: it becomes
`PromptInterrupted`, and end of input becomes `NoInputError`, here and nowhere else. Callers keep
their draft and decide the message.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from grow_cli.errors import ExitCode, GrowError, Interrupted
from grow_cli.ui.editor import EditorError, edit_text

__all__ = ["EditorError", "NoInputError", "Option", "PromptInterrupted"]

Validator = Callable[[str], "bool | str"]
EDITOR_KEY_HINT = "Ctrl-X Ctrl-E opens your editor"


class PromptInterrupted(Interrupted):
    """Ctrl-C at a prompt."""


class NoInputError(GrowError):
    """Standard input ended while a prompt was waiting."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class Option:
    """One choice in a select prompt: the value stored and the words shown."""

    value: str
    label: str


def _run(question: Any) -> Any:
    from grow_cli.ui import pager

    pager.release()  # a question is never kept back in a pager's buffer
    try:
        return question.unsafe_ask()
    except KeyboardInterrupt:
        raise PromptInterrupted("Stopped.") from None
    except EOFError:
        raise NoInputError("Input ended before the conversation did.") from None


def text(
    message: str,
    *,
    default: str = "",
    validate: Validator | None = None,
    instruction: str | None = None,
    use_editor: bool = False,
) -> str:
    """Ask for a line of text; `use_editor` opens $EDITOR for a long answer instead."""
    if use_editor:
        return editor(message, default=default, validate=validate)
    import questionary

    return str(
        _run(
            questionary.text(
                message,
                default=default,
                validate=validate,
                instruction=instruction,
                enable_open_in_editor=True,
            )
        )
    )


def editor(message: str, *, default: str = "", validate: Validator | None = None) -> str:
    """Open $VISUAL or $EDITOR for an answer; offer to edit again while it is invalid."""
    current = default
    while True:
        answer = _edit_text(f"{current}\n\n# {message}\n# Lines starting with # are ignored.\n")
        verdict = validate(answer) if validate else True
        if verdict is True:
            return answer
        current = answer
        sys.stderr.write(f"  {verdict}\n")
        if not confirm("Edit it again?", default=True):
            raise PromptInterrupted("Stopped.")


def _edit_text(initial: str) -> str:
    edited = edit_text(initial, name="answer.md", hint="Set $EDITOR, or answer without --editor.")
    return "\n".join(line for line in edited.splitlines() if not line.startswith("#")).strip()


def select(message: str, options: Sequence[Option], *, default: str | None = None) -> str:
    """Pick one option; returns its value."""
    import questionary

    choices = [questionary.Choice(title=o.label, value=o.value) for o in options]
    chosen = next((c for c in choices if c.value == default), None)
    return str(_run(questionary.select(message, choices=choices, default=chosen)))


def checkbox(message: str, options: Sequence[Option], *, default: Sequence[str] = ()) -> list[str]:
    """Tick any number of options (space ticks, Enter ends); returns the values ticked."""
    import questionary

    choices = [
        questionary.Choice(title=o.label, value=o.value, checked=o.value in default)
        for o in options
    ]
    return [str(value) for value in _run(questionary.checkbox(message, choices=choices))]


def confirm(message: str, *, default: bool = True) -> bool:
    """A yes/no question; y or n answers without Enter."""
    import questionary

    return bool(_run(questionary.confirm(message, default=default)))


def editor_available() -> bool:
    """True when $VISUAL or $EDITOR names an editor to open."""
    return bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))

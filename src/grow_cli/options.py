"""The options and arguments several commands share, and the Environment of a run.

Its own module, outside commands/, so that the command modules share it without importing each
other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from grow_cli.env import Environment
from grow_cli.errors import UsageError

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
PERSON_HELP = (
    "The person: their slug, name (any case, accents optional), first name, or the start of one."
)


def _completion_environment(ctx: typer.Context) -> Environment:
    """The Environment of a Tab: the global options' callback has not run, so --notes is read
    from the parsed parameters."""
    from pathlib import Path

    notes = ctx.find_root().params.get("notes")
    return Environment.from_process(Path(notes) if isinstance(notes, str) and notes else None)


def _matching(pairs: Sequence[tuple[str, str]], incomplete: str) -> list[tuple[str, str]]:
    """The values (with their help) that start with what was typed, or whose help does."""
    typed = incomplete.casefold()
    return [
        (value, " ".join(help_text.split())[:70])  # one short line, as every shell shows it
        for value, help_text in pairs
        if value.casefold().startswith(typed) or help_text.casefold().startswith(typed)
    ]


def complete_person(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """People's slugs, each with their name, for the shell."""
    from grow_cli.app.completion import people

    return _matching(people(_completion_environment(ctx)), incomplete)


def complete_note(ctx: typer.Context, incomplete: str) -> list[str]:
    """Note ids for the shell."""
    from grow_cli.app.completion import note_ids

    return [i for i in note_ids(_completion_environment(ctx)) if i.startswith(incomplete)]


def complete_thread(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Thread ids, each with its goal, for the shell."""
    from grow_cli.app.completion import thread_ids

    return _matching(thread_ids(_completion_environment(ctx)), incomplete)


def choices(words: Sequence[str]) -> Any:
    """A completion of one of these words (a vocabulary's focuses, kinds, statuses)."""

    def complete(incomplete: str) -> list[str]:
        return [word for word in words if word.startswith(incomplete)]

    return complete


PersonArgument = Annotated[
    str, typer.Argument(metavar="PERSON", help=PERSON_HELP, autocompletion=complete_person)
]
OptionalPersonArgument = Annotated[
    str | None, typer.Argument(metavar="PERSON", help=PERSON_HELP, autocompletion=complete_person)
]
AnswersOption = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE",
        help="Take every answer from a TOML file ('-' reads stdin); nothing is asked.",
    ),
]
ResumeOption = Annotated[
    bool, typer.Option("--resume", help="Continue the conversation stopped earlier (its draft).")
]


def _editor_option(opens: str) -> Any:
    """--editor, whose help names the answers it opens in the editor for this command (the
    flow's long questions: tests/test_conventions.py checks the two agree)."""
    return Annotated[
        bool,
        typer.Option(
            "--editor",
            help=f"Write {opens} in your editor (the config's editor, $VISUAL or $EDITOR) "
            "instead of on one line.",
        ),
    ]


CoachEditorOption = _editor_option(
    "the SBI situation, behavior and impact, the goal, reality and will, their direction "
    "(career) and your private notes"
)
FeedbackEditorOption = _editor_option("the situation, behavior and impact")
CheckinEditorOption = _editor_option("your private notes")
OneOnOneEditorOption = _editor_option(
    "the SBI situation, behavior and impact, the goal, reality and will when you coach on a "
    "goal, their direction (career), and your private notes"
)
JournalEditorOption = _editor_option(
    "the goal, reality and will (grow), what happened, what you did, what it tells you and "
    "what you will try (reflection), and your direction (career)"
)
InteractiveOption = Annotated[
    bool | None,
    typer.Option(
        "--interactive/--no-interactive",
        help="Force prompting on or off (default: prompt only on a terminal).",
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="DATE",
        help="The day it happened, if not today: YYYY-MM-DD, 'yesterday', '3 days ago'. Dates "
        "in the answers ('by Friday') are read from that day.",
    ),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        metavar="TAG",
        help="Only notes tagged TAG (any case). Repeat to require several tags.",
    ),
]
PAST_DATE_HELP = "YYYY-MM-DD, 'yesterday', '7 days ago', '2 weeks ago', 'last month'"


def environment(ctx: typer.Context) -> Environment:
    """The Environment the global options built for this run."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment.from_process()
    return root.obj


def date_option(option: str, phrase: str | None, today: dt.date) -> dt.date | None:
    """A --since/--until value: ISO, 'yesterday', '7 days ago', 'last month' (None if not given).

    One parser for every command that looks back, so they all accept the same words.
    """
    from grow_cli.domain.dates import past_date

    if phrase is None:
        return None
    try:
        return past_date(phrase, today)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def check_choice(option: str, value: str | None, choices: Sequence[str]) -> None:
    """Refuse a value that is not one of the vocabulary's words, naming them."""
    if value is not None and value not in choices:
        raise UsageError(f"{option} {value!r} is not one of: {', '.join(choices)}.")

"""The options and arguments several commands share, and the Environment of a run.

Its own module, outside commands/, so that the command modules share it without importing each
other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated

import typer

from grow_cli.env import Environment
from grow_cli.errors import UsageError

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
PERSON_HELP = (
    "The person: their slug, name (any case, accents optional), first name, or the start of one."
)
PersonArgument = Annotated[str, typer.Argument(help=PERSON_HELP)]
OptionalPersonArgument = Annotated[str | None, typer.Argument(help=PERSON_HELP)]
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
EditorOption = Annotated[
    bool, typer.Option("--editor", help="Open $EDITOR for long answers (goal, reality, will).")
]
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

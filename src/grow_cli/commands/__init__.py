"""One thin module per command group: parse options, call the core, render."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from grow_cli.env import Environment


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
    from grow_cli.errors import UsageError

    if phrase is None:
        return None
    try:
        return past_date(phrase, today)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def write_file_option(value: str, text: str, *, example: str) -> Path | None:
    """Write a command's file output: '-' prints it (returns None), a folder is refused, anything
    else is written atomically (0600) and its path returned. `example` names a file in the hint."""
    from grow_cli.errors import UsageError
    from grow_cli.store.atomic import write_replacing
    from grow_cli.ui import output

    if value == "-":
        output.line(text.removesuffix("\n"))
        return None
    target = Path(value).expanduser()
    if target.is_dir():
        raise UsageError(f"{target} is a folder.", hint=f"Give a file name, e.g. {example}.")
    write_replacing(target, text)
    return target

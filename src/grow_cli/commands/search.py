"""`grow search TEXT`: find notes again by their words, person, focus, kind, dates and tags."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.domain.vocabulary import FOCUSES, KINDS
from grow_cli.errors import UsageError
from grow_cli.options import (
    PAST_DATE_HELP,
    TagOption,
    check_choice,
    choices,
    date_option,
    environment,
)
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.search import Filters


def search(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(
            help="Words to find. Every word must be somewhere in the note; '' lists every note "
            "that passes the options.",
            metavar="TEXT",
            show_default=False,
        ),
    ],
    person: Annotated[
        str | None,
        typer.Option(
            "--person", metavar="PERSON", help="Only notes about this person (name or slug)."
        ),
    ] = None,
    focus: Annotated[
        str | None,
        typer.Option(
            "--focus",
            metavar="FOCUS",
            help="Only notes with this focus: " + ", ".join(FOCUSES) + ".",
            autocompletion=choices(FOCUSES),
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only notes of this kind: " + ", ".join(KINDS) + ".",
            autocompletion=choices(KINDS),
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", metavar="DATE", help=f"Only notes on or after DATE: {PAST_DATE_HELP}."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Only notes on or before DATE (as --since)."),
    ] = None,
    tag: TagOption = None,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON list, newest first, of notes (id, path, date, kind, person, "
            "focus, mode, topic, goal, summary, tags, counts) with their matches (each "
            "{field, text}).",
        ),
    ] = False,
) -> None:
    """Find notes by the words in them, newest first.

    Searches every answer written in a note's front matter (topic, goal, reality, options, will,
    feedback, actions, support, update notes, reflection, career, tags), not the Markdown body.
    Case does not matter and a word matches inside longer words ('triage' finds 'triaged'). Each
    note found shows its date, who it is about (or 'journal'), kind and id, then the answers that
    hold the words, with the words highlighted.

    Exit status is 0 whether or not anything matched (unlike grep): nothing found is a normal
    answer, said in one line. Scripts can test for an empty list with --json.
    """
    from grow_cli.app.search import find
    from grow_cli.domain.search import Filters

    check_choice("--focus", focus, FOCUSES)
    check_choice("--kind", kind, KINDS)
    today = environment(ctx).today
    start, end = date_option("--since", since, today), date_option("--until", until, today)
    if start is not None and end is not None and start > end:
        raise UsageError(f"--since {since!r} is after --until {until!r}: nothing could match.")
    asked = Filters(None, focus, kind, start, end, tuple(tag or ()))
    found = find(environment(ctx), text, person, asked)
    matches, filters = found.matches, found.filters
    if json_:
        output.print_json([found.shown(match) for match in matches])
    elif not matches:
        output.line(_nothing_found(text, person, filters, since, until))
    else:
        from grow_cli.ui.views.search import print_matches

        print_matches(matches, found.words, found.name_of)


def _nothing_found(
    text: str, person: str | None, filters: Filters, since: str | None, until: str | None
) -> str:
    given = [
        f"{option} {value}"
        for option, value in (
            ("--person", person),
            ("--focus", filters.focus),
            ("--kind", filters.kind),
            ("--since", since),
            ("--until", until),
        )
        if value is not None
    ] + [f"--tag {tag}" for tag in filters.tags]
    what = f"No notes match {text.strip()!r}" if text.strip() else "No notes match"
    return what + (f" (with {', '.join(given)})." if given else ".")


def register(app: typer.Typer) -> None:
    """Add `grow search` to the app."""
    app.command("search")(search)

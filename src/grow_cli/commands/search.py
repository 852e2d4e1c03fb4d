"""`grow search TEXT`: find notes again by their words, person, focus, kind, dates and tags."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.commands import date_option, environment
from grow_cli.errors import UsageError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.search import Excerpt, Filters, Match
    from grow_cli.records import Records

FOCUSES = ("performance", "development", "career")
KINDS = ("coaching", "checkin", "feedback", "journal")

TagOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        metavar="TAG",
        help="Only notes tagged TAG (any case). Repeat to require several tags.",
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE",
        help="Only notes on or after DATE: YYYY-MM-DD, 'yesterday', '7 days ago', '2 weeks ago', "
        "'last month'.",
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", metavar="DATE", help="Only notes on or before DATE (as --since)."),
]


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
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind", metavar="KIND", help="Only notes of this kind: " + ", ".join(KINDS) + "."
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    tag: TagOption = None,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON list, newest first: id, path, date, kind, person, focus, tags and "
            "matches (each {field, text}).",
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
    from grow_cli.commands.cycle import load_records
    from grow_cli.domain.search import Filters, query_words
    from grow_cli.domain.search import search as find

    _check_choice("--focus", focus, FOCUSES)
    _check_choice("--kind", kind, KINDS)
    today = environment(ctx).today
    start, end = date_option("--since", since, today), date_option("--until", until, today)
    if start is not None and end is not None and start > end:
        raise UsageError(f"--since {since!r} is after --until {until!r}: nothing could match.")
    records = load_records(ctx)
    slug = _person_slug(records, person)
    filters = Filters(slug, focus, kind, start, end, tuple(tag or ()))
    words = query_words(text)
    matches = find((loaded.note for loaded in records.loaded), words, filters)
    if json_:
        where = {id(loaded.note): str(loaded.path) for loaded in records.loaded}
        output.print_json([_match_json(match, where.get(id(match.note))) for match in matches])
    elif not matches:
        output.line(_nothing_found(text, person, filters, since, until))
    else:
        _print_matches(records, matches, words)


def _check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise UsageError(f"{option} {value!r} is not one of: {', '.join(choices)}.")


def _person_slug(records: Records, person: str | None) -> str | None:
    if person is None:
        return None
    from grow_cli.commands.history import person_slug

    return person_slug(records.locations, records, person)


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


def _match_json(match: Match, path: str | None) -> dict[str, Any]:
    note = match.note
    return {
        "id": note.id,
        "path": path,
        "date": note.date,
        "kind": note.kind,
        "person": note.person,
        "focus": note.focus,
        "tags": note.tags,
        "matches": [{"field": a.field, "text": a.text} for a in match.answers],
    }


def _print_matches(records: Records, matches: list[Match], words: list[str]) -> None:
    """One line per answer, left for the terminal to wrap as grep does, written in one go.

    Plain text with ANSI styles (output.styled, only on a colour terminal) rather than rich: the
    user's text is never read as markup, and thousands of matches print in milliseconds.
    """
    blocks = ["\n".join(_match_lines(records, match, words)) + "\n" for match in matches]
    plural = "s" if len(matches) != 1 else ""
    output.line("\n".join([*blocks, f"{len(matches)} note{plural} found."]))


def _match_lines(records: Records, match: Match, words: list[str]) -> list[str]:
    """The note's heading line, then one line per answer that holds the words."""
    from grow_cli.domain.search import excerpt

    note = match.note
    if note.person is None:
        who, kind = "journal", note.mode or note.kind
    else:
        who, kind = records.name_of(note.person), note.kind
    date = output.styled(note.date.isoformat(), "bold")
    lines = [f"{date}  {_plain(who)}  {kind}  {output.styled(note.id or '', 'dim')}"]
    for answer in match.answers:
        shown = excerpt(answer.text, words)
        lines.append(f"  {output.styled(answer.field + ':', 'dim')} {_marked(shown)}")
    return lines


def _marked(shown: Excerpt) -> str:
    """The excerpt with each matched word in the match style."""
    parts, at = [], 0
    for start, end in shown.spans:
        parts += [shown.text[at:start], _match_style(shown.text[start:end])]
        at = end
    parts.append(shown.text[at:])
    return "".join(parts)


def _match_style(word: str) -> str:
    return output.styled(output.styled(word, "yellow"), "bold")


def _plain(text: str) -> str:
    """A name as one line with no control characters (it is printed without rich)."""
    from grow_cli.domain.search import printable

    return printable(" ".join(text.split()))


def register(app: typer.Typer) -> None:
    """Add `grow search` to the app."""
    app.command("search")(search)

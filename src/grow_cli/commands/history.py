"""`grow history PERSON` and `grow show NOTE`: a person's record, newest first, and one note.

`history` reads the person's notes, `show` those of the person its id or path names (from the
index: app/records.py, store/scope.py); both print a warning for every damaged note in the folder
(which is skipped), and show items with their *current* status folded from later check-ins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.options import (
    JsonOption,
    PersonArgument,
    TagOption,
    complete_note,
    complete_thread,
    environment,
)
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.app.serialize import JSON
    from grow_cli.env import Environment


def history(
    ctx: typer.Context,
    person: PersonArgument,
    tag: TagOption = None,
    thread: Annotated[
        str | None,
        typer.Option(
            "--thread",
            metavar="THREAD",
            help="Only the notes of this thread ('grow goals' lists ids).",
            autocompletion=complete_thread,
        ),
    ] = None,
    json_: JsonOption = False,
) -> None:
    """A person's record, newest first: one line per note with its date, kind, focus, topic
    (or goal), what it holds, and the note id to give to 'grow show'. --thread ID keeps the notes
    of one goal ('grow goals' lists the ids)."""
    from grow_cli.app import notes_view
    from grow_cli.domain.search import has_tags

    env = environment(ctx)
    # From what the index keeps of their notes, unless one thread is asked for.
    kept = None if thread is not None else notes_view.read_one(env, person)
    name_of: Callable[[str | None], str]
    if kept is not None:
        slug, name_of, mine = str(kept.slug), kept.name_of, kept.rows
        rows = [row for row in mine if has_tags(row["tags"], tag or [])]
    else:
        slug, name_of, mine, rows = _read_history(env, person, tag, thread)
    if json_:
        output.print_json(rows)
        return
    name = name_of(slug)
    if mine and not rows:
        narrowed = [f"tagged {', '.join(tag)}"] if tag else []
        narrowed += [f"in thread {thread}"] if thread else []
        output.line(f"No notes about {name} {' and '.join(narrowed)}.")
        return
    if not mine:
        output.line(f"No notes about {name} yet. Start with: grow coach {slug}")
        return
    from grow_cli.ui.views.notes import history_table

    history_table(rows)


def _read_history(
    env: Environment, person: str, tag: list[str] | None, thread: str | None
) -> tuple[str, Callable[[str | None], str], list[Any], list[JSON]]:
    """The person's slug, how to name people, their notes and the rows of those shown, from
    their notes."""
    from grow_cli.app import records
    from grow_cli.app.serialize import note_json
    from grow_cli.domain.search import has_tags
    from grow_cli.domain.status import note_order_key

    found = records.read_person(env, person)
    slug = found.person_slug(person)
    mine = sorted(
        found.notes_of(slug),
        key=lambda loaded: note_order_key(loaded.note.date, loaded.note.id or ""),
        reverse=True,
    )
    shown = [loaded for loaded in mine if has_tags(loaded.note.tags, tag or [])]
    if thread is not None:
        in_thread = set(found.thread_of(slug, thread).note_ids)
        shown = [loaded for loaded in shown if loaded.note.id in in_thread]
    return slug, found.name_of, mine, [note_json(loaded.note, str(loaded.path)) for loaded in shown]


def show(
    ctx: typer.Context,
    note: Annotated[
        str,
        typer.Argument(
            metavar="NOTE",
            help="A note id (e.g. alex-kim/2026-11-22-coaching; 'grow history PERSON' lists "
            "them), the path of a note file, or a thread id ('grow goals' lists them) for its "
            "timeline.",
            autocompletion=complete_note,
        ),
    ],
    json_: JsonOption = False,
    as_written: Annotated[
        bool,
        typer.Option(
            "--as-written",
            help="Show the body as it is in the file instead of one made from the front matter.",
        ),
    ] = False,
) -> None:
    """One note, for people: its body made afresh from the front matter (the part grow trusts),
    then where each of its items stands now, including changes made in later check-ins. A body
    edited by hand is named in a warning: the edit shows nowhere ('grow edit NOTE' changes what
    was said)."""
    from grow_cli.app import records
    from grow_cli.app.show import fresh_body, items_of, written_body

    env = environment(ctx)
    found = records.read_note(env, note)
    if found.ledger.thread(note.strip()) is not None:
        _show_thread(found, note.strip(), env.today, json_)
        return
    loaded = found.find_note(note)
    from grow_cli.app.bodies import warn_hand_edits

    warn_hand_edits(found, [loaded])
    items = items_of(found, loaded.note)
    if json_:
        from grow_cli.app.serialize import shown_note_json

        output.print_json(shown_note_json(loaded.note, str(loaded.path), items, env.today))
        return
    from grow_cli.ui.views.notes import show_note

    body = written_body(loaded.path) if as_written else fresh_body(found, loaded.note)
    show_note(body, items, env.today, loaded.note, found.path_of(loaded))


def _show_thread(found: Records, thread_id: str, today: dt.date, json_: bool) -> None:
    from grow_cli.app.goals import timeline

    data = timeline(found, thread_id, today)
    if json_:
        output.print_json(data)
        return
    from grow_cli.ui.views.threads import show_timeline

    show_timeline(data, found.name_of(data["person"]))


def register(app: typer.Typer) -> None:
    """Add `grow history` and `grow show` to the app."""
    app.command("history")(history)
    app.command("show")(show)
